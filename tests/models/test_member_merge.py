"""Merging two records of one person keeps every row of both (by table), keeps the
summaries equal to a recount, and undo brings both records back exactly."""

from __future__ import annotations

import json

import pytest

from models.core.errors import DomainError
from models.members import merge as merging
from models.store.operations import recorded, run
from models.store.workspace import open_workspace
from tests.checksums import checksum, differing, fts_ok
from tests.models.merge_fixtures import tables_referencing_members, two_records
from tests.models.test_analytics_summary import rebuild, snapshot

#: What identifies a row of each table apart from its member (rows keep their ids when
#: moved; combined rows are one per key).
KEYS = {
    "memberships": "community_id", "member_tags": "tag_id", "member_honours": "honour_id",
    "registrations": "event_id", "member_fields": "field_id || ':' || value",
    "not_duplicates": None, "members": None,
}


def rows_of(conn, table: str, column: str, ids: tuple[int, ...]) -> set:
    key = KEYS.get(table, "rowid")
    marks = ",".join("?" * len(ids))
    return {r[0] for r in conn.execute(
        f"SELECT {key} FROM {table} WHERE {column} IN ({marks})", ids)}


def test_every_table_that_references_members_is_merged(workspace_path):
    """A table added later that points at members and that the merge forgets fails here."""
    with open_workspace(workspace_path) as ws:
        found = set(tables_referencing_members(ws.conn))
    handled = set(merging.MOVERS) | merging.DERIVED | {"members", "member_fields"}
    assert found - handled == set(), "merge.MOVERS does not move these tables' rows"
    assert handled - found == set()


def test_merge_keeps_every_row_of_both_and_undo_restores_them(demo_path):
    with open_workspace(demo_path) as ws:
        conn = ws.conn
        with ws.transaction():
            kept, gone, shared = two_records(conn)
        tables = tables_referencing_members(conn)
        before = {t: rows_of(conn, t, c, (kept, gone)) for t, cs in tables.items()
                  for c in cs if KEYS.get(t, "rowid") is not None and t not in merging.DERIVED}
        points = conn.execute("SELECT sum(points) FROM members WHERE id IN (?, ?)",
                              (kept, gone)).fetchone()[0]
        invitees = {m for (m,) in conn.execute("SELECT id FROM members WHERE referrer_id = ?",
                                               (gone,))}
        # a single-value custom field both hold keeps the chosen value only
        before["member_fields"].discard(f"{shared['car']}:特斯拉")
        state = checksum(conn)
        choices = {"city": gone, f"field:{shared['car']}": gone}
        done = run(conn, recorded(lambda c: merging.merge(c, kept, gone, choices)))

        assert conn.execute("SELECT 1 FROM members WHERE id = ?", (gone,)).fetchone() is None
        after = {t: rows_of(conn, t, c, (kept,)) for t, cs in tables.items() for c in cs
                 if KEYS.get(t, "rowid") is not None and t not in merging.DERIVED}
        new_record = {r for (r,) in conn.execute("SELECT max(id) FROM member_merges")}
        after["member_merges"] -= new_record  # this merge's own record
        for table, rows in before.items():
            assert after[table] == rows, table
        # combined: the earliest join, the higher role, not left; the checked-in registration
        role, joined, left = conn.execute(
            "SELECT role, joined_at, left_at FROM memberships WHERE member_id = ?"
            " AND community_id = ?", (kept, shared["community"])).fetchone()
        assert (role, joined[:10], left) == ("管理员", "2026-01-01", None)
        assert conn.execute("SELECT checked_in_at IS NOT NULL FROM registrations WHERE"
                            " member_id = ? AND event_id = ?",
                            (kept, shared["event"])).fetchone()[0] == 1
        assert conn.execute("SELECT value FROM member_fields WHERE member_id = ? AND"
                            " field_id = ?", (kept, shared["car"])).fetchall() == [("比亚迪",)]
        assert conn.execute("SELECT granted_at FROM member_honours WHERE member_id = ?"
                            " AND honour_id = ?", (kept, shared["honour"])
                            ).fetchone()[0].startswith("2026-04-01")
        city, tel, kept_points, referrer = conn.execute(
            "SELECT city, phone, points, referrer_id FROM members WHERE id = ?",
            (kept,)).fetchone()
        assert (city, tel) == ("杭州", "13800138000")
        assert kept_points == points == conn.execute(
            "SELECT sum(delta) FROM points_ledger WHERE member_id = ?", (kept,)).fetchone()[0]
        assert referrer is not None
        assert {m for (m,) in conn.execute("SELECT id FROM members WHERE referrer_id = ?",
                                           (kept,))} >= invitees
        record = conn.execute("SELECT merged_id, detail FROM member_merges WHERE member_id = ?"
                              " AND merged_id = ?", (kept, gone)).fetchone()
        assert json.loads(record[1])["taken"] == {"city": "杭州"}
        merged_summaries = snapshot(conn)
        # undo: both records exactly as before; redo: the merge again
        back = run(conn, done.undo)
        assert checksum(conn) == state, differing(checksum(conn), state)
        assert fts_ok(conn)
        run(conn, back.undo)
        assert conn.execute("SELECT 1 FROM members WHERE id = ?", (gone,)).fetchone() is None
        # the summaries kept by triggers (after the merge, and after its redo) equal a recount
        assert snapshot(conn) == merged_summaries
        with ws.transaction():
            rebuild(conn)
        assert snapshot(conn) == merged_summaries


def test_a_merge_never_makes_a_referral_circle(workspace_path):
    with open_workspace(workspace_path) as ws:
        conn = ws.conn
        x = conn.execute
        for name in ("甲", "乙", "丙"):
            x("INSERT INTO members (display_name, created_at, updated_at) VALUES (?, ?, ?)",
              (name, "2026-01-01", "2026-01-01"))
        # 丙 invited by 乙 (gone); kept 甲 is invited by 丙: after the merge 丙's referrer
        # is 甲, so 甲 keeping 丙 as referrer would close a circle
        x("UPDATE members SET referrer_id = 2 WHERE id = 3")
        x("UPDATE members SET referrer_id = 3 WHERE id = 1")
        merging.merge(conn, 1, 2)
        assert x("SELECT id, referrer_id FROM members ORDER BY id").fetchall() == [
            (1, None), (3, 1)]
        detail = json.loads(x("SELECT detail FROM member_merges").fetchone()[0])
        assert detail["referrer_dropped"] == 3


def test_merge_refuses_itself_and_records_in_the_trash(workspace_path):
    with open_workspace(workspace_path) as ws:
        conn = ws.conn
        for name, deleted in (("甲", None), ("乙", "2026-02-01T00:00:00+08:00")):
            conn.execute("INSERT INTO members (display_name, created_at, updated_at,"
                         " deleted_at) VALUES (?, '2026-01-01', '2026-01-01', ?)",
                         (name, deleted))
        state = checksum(conn)
        with pytest.raises(DomainError):
            merging.merge(conn, 1, 1)
        with pytest.raises(DomainError) as refused:
            merging.merge(conn, 1, 2)
        assert refused.value.params["name"] == "乙"
        assert checksum(conn) == state
