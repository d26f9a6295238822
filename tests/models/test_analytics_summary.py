"""The summary tables stay equal to a rebuild from the raw rows after every kind of write
(the triggers of migrations 4 and 9), and demo data fills them."""

from __future__ import annotations

import random

from models.analytics import (
    buyers_summary,
    funnel_summary,
    people_summary,
    points_summary,
    summary,
)
from models.store.workspace import open_workspace

TABLES = ("member_activity", "activity_daily", "activity_cohorts", "member_dims",
          "member_funnel", "funnel_daily", "points_daily", "purchase_members",
          "people_counts")


def rebuild(conn):
    summary.rebuild(conn)
    funnel_summary.rebuild(conn)
    points_summary.rebuild(conn)
    buyers_summary.rebuild(conn)
    people_summary.rebuild(conn)


def snapshot(conn):
    def keep(table, row):
        # a count that went back to zero is the same as no row
        if table == "activity_daily":
            return row[2:] != (0, 0, 0, 0)
        if table == "funnel_daily":
            return any(row[4:])
        if table == "points_daily":
            return any(row[2:])
        return table in ("member_activity", "member_funnel", "purchase_members",
                         "people_counts") \
            or row[-1] != 0
    return {t: sorted(r for r in conn.execute(f"SELECT * FROM {t}") if keep(t, r))
            for t in TABLES}


WRITES = [
    "INSERT INTO activities (member_id, community_id, occurred_at, kind, amount) VALUES "
    "(?, ?, ?, ?, ?)",
]


def test_demo_fills_the_summaries(demo_path):
    with open_workspace(demo_path) as ws:
        counted = ws.conn.execute("SELECT count(*) FROM member_activity").fetchone()[0]
        assert counted > 0
        before = snapshot(ws.conn)
        assert ws.conn.execute("SELECT count(*) FROM member_funnel").fetchone()[0] > 0
        with ws.transaction() as conn:
            rebuild(conn)
        assert snapshot(ws.conn) == before


def test_triggers_keep_summaries_equal_to_a_rebuild(demo_path):
    rng = random.Random(5)
    with open_workspace(demo_path) as ws:
        c = ws.conn
        n = c.execute("SELECT max(id) FROM members").fetchone()[0]
        with ws.transaction():
            for _ in range(200):
                c.execute(WRITES[0], (
                    rng.randint(1, n), rng.choice([1, 2, 3, None]),
                    f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T10:00:00+08:00",
                    rng.choice(["发言", "购买"]), rng.choice([0, 990])))
            for sql in [
                "DELETE FROM activities WHERE id IN (SELECT id FROM activities"
                " ORDER BY random() LIMIT 150)",
                "UPDATE activities SET occurred_at = '2025-01-05T09:00:00+08:00', kind = '购买',"
                " amount = 100, community_id = NULL"
                " WHERE id IN (SELECT id FROM activities ORDER BY random() LIMIT 60)",
                "UPDATE memberships SET joined_at = '2024-02-02T10:00:00+08:00'"
                " WHERE id IN (SELECT id FROM memberships ORDER BY random() LIMIT 30)",
                "UPDATE memberships SET left_at = '2026-02-01T00:00:00+08:00'"
                " WHERE id IN (SELECT id FROM memberships ORDER BY random() LIMIT 20)",
                "DELETE FROM memberships WHERE id IN (SELECT id FROM memberships"
                " ORDER BY random() LIMIT 20)",
                "INSERT OR IGNORE INTO memberships (member_id, community_id, joined_at)"
                " SELECT id, 3, '2025-06-01T00:00:00+08:00' FROM members"
                " ORDER BY random() LIMIT 30",
                "UPDATE members SET created_at = '2024-03-03T10:00:00+08:00'"
                " WHERE id IN (SELECT id FROM members ORDER BY random() LIMIT 20)",
                "UPDATE members SET deleted_at = '2026-01-01T00:00:00+08:00'"
                " WHERE id IN (SELECT id FROM members ORDER BY random() LIMIT 20)",
                "UPDATE members SET city = '拉萨', gender = NULL, birth_year = 1999"
                " WHERE id IN (SELECT id FROM members ORDER BY random() LIMIT 20)",
                "DELETE FROM member_tags WHERE member_id IN (SELECT member_id FROM member_tags"
                " ORDER BY random() LIMIT 20)",
                "INSERT OR IGNORE INTO member_tags SELECT id, 2 FROM members"
                " ORDER BY random() LIMIT 20",
                # referral chains: a new referrer moves everyone below; sources, purchases
                "UPDATE members SET referrer_id = (SELECT id FROM members ORDER BY random()"
                " LIMIT 1) WHERE id IN (SELECT id FROM members ORDER BY random() LIMIT 30)",
                "UPDATE members SET referrer_id = NULL WHERE id IN (SELECT referrer_id"
                " FROM members WHERE referrer_id IS NOT NULL ORDER BY random() LIMIT 10)",
                "UPDATE members SET source = '地推' WHERE id IN (SELECT id FROM members"
                " ORDER BY random() LIMIT 20)",
                "UPDATE activities SET kind = '购买', amount = 500 WHERE id IN (SELECT id"
                " FROM activities ORDER BY random() LIMIT 40)",
                "INSERT INTO points_ledger (member_id, delta, reason, occurred_at) SELECT id,"
                " 30 - abs(random() % 60), '测试', '2026-10-0' || (1 + abs(random() % 9))"
                " || 'T10:00:00+08:00' FROM members ORDER BY random() LIMIT 40",
                "DELETE FROM points_ledger WHERE id IN (SELECT id FROM points_ledger"
                " ORDER BY random() LIMIT 30)",
                "UPDATE points_ledger SET delta = -delta, occurred_at = '2025-03-03T08:00:00+08:00'"
                " WHERE id IN (SELECT id FROM points_ledger ORDER BY random() LIMIT 20)",
                "UPDATE members SET deleted_at = NULL WHERE id IN (SELECT id FROM members"
                " WHERE deleted_at IS NOT NULL ORDER BY random() LIMIT 5)",
                "INSERT INTO members (display_name, city, created_at, updated_at) VALUES"
                " ('新人', '成都', '2026-11-01T00:00:00+08:00', '2026-11-01T00:00:00+08:00')",
                "INSERT INTO members (display_name, referrer_id, source, created_at, updated_at)"
                " VALUES ('朋友', 7, '朋友推荐', '2026-11-02T00:00:00+08:00',"
                " '2026-11-02T00:00:00+08:00')",
                # erasing members (PIPL) cascades to their activities, memberships and tags
                "DELETE FROM members WHERE id IN (SELECT id FROM members"
                " ORDER BY random() LIMIT 20)",
            ]:
                c.execute(sql)
        kept = snapshot(c)
        with ws.transaction():
            rebuild(c)
        rebuilt = snapshot(c)
    for table in TABLES:
        assert kept[table] == rebuilt[table], table


def test_slipping_list_is_in_the_order_of_every_slipping_id(demo_path):
    from models.analytics import audience
    from tests.conftest import DEMO_TODAY

    with open_workspace(demo_path) as ws:
        for community in (None, 1):
            slipping = audience.slipping_away(ws.conn, community, DEMO_TODAY)
            every = audience.slipping_ids(ws.conn, community, DEMO_TODAY)
            assert slipping.count == len(every) > 0
            assert slipping.ids == every[:audience.LIST_LIMIT]
            assert all(m.name for m in slipping.members)


def test_a_workspace_without_memberships_rebuilds_its_funnel_as_the_triggers_keep_it(tmp_path):
    """Members in no community (a list imported without one): the bulk rebuild, which a
    big import or a zone change runs, found no days to read the windows from and wrote
    every member as not activated."""
    with open_workspace(tmp_path / "w.qunzhu") as ws:
        conn = ws.conn
        with ws.transaction():
            for n in range(3):
                conn.execute("INSERT INTO members (display_name, created_at, updated_at)"
                             " VALUES (?, '2026-03-01T10:00:00+08:00', '2026-03-01')", (f"m{n}",))
            conn.execute("INSERT INTO activities (member_id, occurred_at, kind, amount) VALUES"
                         " (1, '2026-03-02T10:00:00+08:00', '发言', 0),"
                         " (2, '2026-04-05T10:00:00+08:00', '购买', 990)")
        kept = snapshot(conn)
        assert [r[5:9] for r in kept["member_funnel"]] == [(1, 0, 0, 0), (0, 1, 0, 1),
                                                             (0, 0, 0, 0)]
        with ws.transaction():
            rebuild(conn)
        assert snapshot(conn) == kept
