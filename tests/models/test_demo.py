"""The demo workspace: realistic in shape, the same for the same seed, all or nothing."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

import pytest

from models.core.errors import Cancelled
from models.demo.builder import DAYS, build_demo
from models.store.connection import integrity_check
from models.store.stats import table_counts
from models.store.workspace import open_workspace
from tests.conftest import DEMO_TODAY


def content_digest(path) -> str:
    h = hashlib.sha256()
    with open_workspace(path, readonly=True) as ws:
        for table in table_counts(ws.conn):
            for row in sorted(map(repr, ws.conn.execute(f'SELECT * FROM "{table}"'))):
                h.update(row.encode())
    return h.hexdigest()


def test_same_seed_same_data_other_seed_other_data(tmp_path):
    paths = [tmp_path / f"{n}.qunzhu" for n in ("a", "b", "c")]
    for path, seed in zip(paths, (5, 5, 6), strict=True):
        with open_workspace(path) as ws:
            build_demo(ws, 200, seed=seed, today=DEMO_TODAY)
    assert content_digest(paths[0]) == content_digest(paths[1])
    assert content_digest(paths[0]) != content_digest(paths[2])


def test_the_data_does_not_depend_on_how_many_processes_draw_it(tmp_path, monkeypatch):
    """Parts of 120 members: one process draws all four, then two processes two each."""
    from models.demo import parts

    monkeypatch.setattr(parts, "PART", 120)
    digests = []
    for workers in (1, 2):
        monkeypatch.setattr(parts, "MAX_WORKERS", workers)
        path = tmp_path / f"{workers}.qunzhu"
        with open_workspace(path) as ws:
            summary = build_demo(ws, 450, seed=3, today=DEMO_TODAY)
            owners = ws.conn.execute(
                "SELECT count(*), count(DISTINCT community_id) FROM memberships"
                " WHERE role = '群主'").fetchone()
        assert summary.members == 450
        assert owners == (summary.communities, summary.communities), "one owner each"
        digests.append(content_digest(path))
    assert digests[0] == digests[1]


def test_demo_looks_like_a_real_workspace(demo_path):
    with open_workspace(demo_path, readonly=True) as ws:
        c = ws.conn
        assert integrity_check(c) == ""
        counts = table_counts(c)
        assert 3 <= counts["communities"] <= 8
        assert counts["plans"] == counts["communities"]
        assert counts["members"] == 300
        assert 6 <= counts["activities"] / counts["members"] <= 16, "about ten per member"
        platforms = {r[0] for r in c.execute("SELECT platform FROM communities")}
        assert len(platforms) >= 2
        assert c.execute("SELECT count(*) FROM members m WHERE NOT EXISTS"
                         " (SELECT 1 FROM memberships WHERE member_id = m.id)").fetchone()[0] == 0
        # Referrers joined before the people they invited.
        assert c.execute("SELECT count(*) FROM members WHERE referrer_id >= id").fetchone()[0] == 0
        assert c.execute("SELECT count(*) FROM members WHERE referrer_id IS NOT NULL"
                         ).fetchone()[0] > 10
        phones = c.execute("SELECT count(phone), count(DISTINCT phone) FROM members").fetchone()
        assert phones[0] == phones[1] > 200
        assert all(len(p) == 11 and p.startswith("1") for (p,) in
                   c.execute("SELECT phone FROM members WHERE phone IS NOT NULL"))
        # Join dates spread over three years up to "today".
        first, last = c.execute("SELECT min(created_at), max(created_at) FROM members").fetchone()
        three_years_ago = DEMO_TODAY - timedelta(days=DAYS - 1)
        assert first[:10] == three_years_ago.isoformat() and last[:10] <= DEMO_TODAY.isoformat()
        assert last[:7] == DEMO_TODAY.isoformat()[:7]
        # 2-4 events a month, registrations and check-ins, checklists with items.
        months = c.execute("SELECT count(*), count(DISTINCT substr(starts_at, 1, 7)) FROM events"
                           ).fetchone()
        assert 2 <= months[0] / months[1] <= 4
        assert counts["registrations"] > 0 and counts["checklist_items"] > 0
        checked_in = c.execute("SELECT count(*) FROM registrations WHERE checked_in_at IS NOT NULL"
                               ).fetchone()[0]
        attended = c.execute(
            "SELECT count(*) FROM activities WHERE kind = '参加活动'").fetchone()[0]
        assert checked_in == attended > 0, "every check-in is in the member's activity"
        assert counts["violations"] > 0 and counts["needs"] > 0 and counts["points_ledger"] > 300
        # Chinese names of two or three characters (two-character surnames allowed).
        names = [r[0] for r in c.execute("SELECT display_name FROM members")]
        assert all(2 <= len(n) <= 4 for n in names)
        assert all("\u4e00" <= n[0] <= "\u9fff" for n in names)
        # Indexes were rebuilt after the bulk load.
        indexes = {r[0] for r in c.execute("SELECT name FROM sqlite_schema WHERE type = 'index'")}
        assert {"activities_member", "members_phone", "memberships_community"} <= indexes
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_demo_refuses_a_workspace_with_data(demo_path):
    with open_workspace(demo_path) as ws, pytest.raises(ValueError, match="already holds data"):
        build_demo(ws, 10, today=DEMO_TODAY)


def test_cancelled_demo_leaves_the_workspace_empty(workspace_path, monkeypatch, tmp_path):
    import tempfile

    from models.demo import parts

    monkeypatch.setattr(parts, "PART", 1000)  # parts drawn by processes, quickly
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    with open_workspace(workspace_path) as ws:
        before = table_counts(ws.conn)
        with pytest.raises(Cancelled):
            build_demo(ws, 20_000, today=date(2026, 1, 1),
                       progress=lambda step, done, total: done < 4000)
        assert table_counts(ws.conn) == before
        assert ws.conn.execute("SELECT count(*) FROM members").fetchone()[0] == 0
        indexes = {r[0] for r in ws.conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'index'")}
        assert "activities_member" in indexes, "dropped indexes come back with the rollback"
        attached = [row[1] for row in ws.conn.execute("PRAGMA database_list")]
        assert [name for name in attached if name != "temp"] == ["main"], "staging detached"
    assert list(scratch.iterdir()) == [], "the staging files are gone"


def test_demo_writes_the_summaries_the_triggers_would(demo_path):
    """The demo fills points, last active, tags ... itself for speed; they must be exact."""
    from models.members.summaries import REFRESH_MEMBER_SUMMARIES

    columns = "id, points, last_active_at, joined_at, tags_text, communities_text"
    with open_workspace(demo_path) as ws:
        written = ws.conn.execute(f"SELECT {columns} FROM members ORDER BY id").fetchall()
        with ws.transaction() as c:
            for statement in REFRESH_MEMBER_SUMMARIES:
                c.execute(statement)
        recomputed = ws.conn.execute(f"SELECT {columns} FROM members ORDER BY id").fetchall()
    assert written == recomputed


def test_demo_search_index_finds_members(demo_path):
    from models.search.query import find_members

    with open_workspace(demo_path, readonly=True) as ws:
        name, phone = ws.conn.execute(
            "SELECT display_name, phone FROM members WHERE phone IS NOT NULL LIMIT 1").fetchone()
        assert name in [h.display_name for h in find_members(ws.conn, name, limit=500)]
        assert name in [h.display_name for h in find_members(ws.conn, phone[-5:], limit=500)]
        assert find_members(ws.conn, name[0], limit=5)


def test_the_search_index_built_in_another_process_is_whole_and_stays_live(
        tmp_path, monkeypatch):
    """Two parts: the full-text indexes are built apart and adopted. They must pass FTS5's
    own check, find what a scan finds, and keep working in the same connection."""
    from models.demo import parts
    from models.members import records
    from models.search import query
    from models.search.text_index import FTS_TABLES

    monkeypatch.setattr(parts, "PART", 200)
    with open_workspace(tmp_path / "search.qunzhu") as ws:
        build_demo(ws, 400, seed=4, today=DEMO_TODAY)
        c = ws.conn
        for table in FTS_TABLES:
            c.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
            sizes = c.execute(f"SELECT count(*) FROM {table}_docsize").fetchone()[0]
            assert sizes == 400, "every member's sizes (FTS5's check does not look)"
        name = c.execute("SELECT display_name FROM members WHERE id = 321").fetchone()[0]
        scanned = {row[0] for row in c.execute(
            "SELECT id FROM members WHERE display_name LIKE ?", (f"%{name[1:]}%",))}
        found = {hit.id for hit in query.find_members(c, name[1:], limit=1000)}
        assert scanned <= found and 321 in found
        new_id, _ = records.create_member(c, {"display_name": "新来的测试员"})
        assert {hit.id for hit in query.find_members(c, "测试员")} == {new_id}
        assert 321 in {hit.id for hit in query.find_members(c, name, limit=1000)}
        for table in FTS_TABLES:
            c.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")


def test_the_demo_grants_a_few_honours_to_some_members(demo_path):
    """With no honours the Analytics board showed only its empty text: a new user trying the
    demo never saw the feature."""
    from models.activity import honours

    with open_workspace(demo_path, readonly=True) as ws:
        made = honours.list_honours(ws.conn, every=True)
        assert {h.name for h in made} == {"活跃之星", "老朋友", "裂变达人"}
        members = ws.conn.execute("SELECT count(*) FROM members").fetchone()[0]
        for h in made:
            held = honours.holders(ws.conn, h.id)
            assert 0 < held < members / 4, (h.name, held)  # earned by some, not by all
        shown = ws.conn.execute("SELECT count(*) FROM members WHERE honours_text LIKE ?",
                                ("%活跃之星%",)).fetchone()[0]
        star = next(h for h in made if h.name == "活跃之星")
        assert shown == honours.holders(ws.conn, star.id)
