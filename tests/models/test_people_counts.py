"""``people_counts`` (format 15) stays equal to a count of the raw activities after every
kind of write, and the top speakers and inviters ranked from it are the ranking a count of
the raw rows gives (people in the trash left out, ties by id)."""

from __future__ import annotations

import random
from datetime import date

from models.analytics import engagement_people
from models.analytics.period import Period
from models.imports.activity_bulk import activities_loaded
from models.members import records
from models.store.workspace import open_workspace

WRITE = ("INSERT INTO activities (member_id, community_id, occurred_at, kind, amount)"
         " VALUES (?, ?, ?, ?, 0)")
KINDS = ("发言", "邀请", "分享", "购买")


def raw_counts(conn) -> list[tuple]:
    return conn.execute(
        "SELECT community_id, kind, member_id, count(*) FROM activities NOT INDEXED"
        " WHERE community_id IS NOT NULL AND kind IN ('发言', '邀请')"
        " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3").fetchall()


def kept_counts(conn) -> list[tuple]:
    return conn.execute("SELECT community_id, kind, member_id, n FROM people_counts"
                        " ORDER BY 1, 2, 3").fetchall()


def raw_top(conn, community_id: int, period: Period, kind: str, top: int) -> list[tuple]:
    """The ranking counted from every activity row, in Python."""
    counts: dict[int, int] = {}
    for (member_id,) in conn.execute(
            "SELECT a.member_id FROM activities a NOT INDEXED JOIN members m"
            " ON m.id = a.member_id AND m.deleted_at IS NULL"
            " WHERE a.community_id = ? AND a.kind = ? AND a.occurred_at >= ?"
            " AND a.occurred_at < ?", (community_id, kind, period.lo, period.hi)):
        counts[member_id] = counts.get(member_id, 0) + 1
    ranked = sorted(counts.items(), key=lambda mn: (-mn[1], mn[0]))[:top]
    names = dict(conn.execute("SELECT id, display_name FROM members"))
    return [(m, names[m], n) for m, n in ranked]


def random_writes(conn, rng: random.Random, communities: list[int], members: list[int]) -> None:
    for _ in range(300):
        conn.execute(WRITE, (rng.choice(members), rng.choice([*communities, None]),
                             f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}"
                             f"T{rng.randint(0, 23):02d}:30:00+08:00", rng.choice(KINDS)))


def test_counts_equal_the_raw_rows_after_every_kind_of_write(demo_path):
    rng = random.Random(11)
    with open_workspace(demo_path) as ws:
        conn = ws.conn
        assert kept_counts(conn) == raw_counts(conn) != []  # the demo counted them
        communities = [c for (c,) in conn.execute("SELECT id FROM communities")]
        members = [m for (m,) in conn.execute("SELECT id FROM members")]
        with ws.transaction():
            random_writes(conn, rng, communities, members)
            for sql in [
                "DELETE FROM activities WHERE id IN (SELECT id FROM activities"
                " WHERE kind IN ('发言', '邀请') ORDER BY random() LIMIT 120)",
                # a message becomes a share, a share a message, one moves community
                "UPDATE activities SET kind = '分享' WHERE id IN (SELECT id FROM activities"
                " WHERE kind = '发言' ORDER BY random() LIMIT 40)",
                "UPDATE activities SET kind = '邀请' WHERE id IN (SELECT id FROM activities"
                " WHERE kind = '分享' ORDER BY random() LIMIT 40)",
                f"UPDATE activities SET community_id = {communities[0]} WHERE id IN"
                " (SELECT id FROM activities WHERE community_id IS NOT NULL"
                " ORDER BY random() LIMIT 40)",
                "UPDATE activities SET community_id = NULL WHERE id IN (SELECT id FROM"
                " activities WHERE kind = '发言' ORDER BY random() LIMIT 20)",
                # merging two people moves one's activities onto the other
                "UPDATE activities SET member_id = 3 WHERE member_id = 4",
                # a time zone's rewrite of instants changes no count
                "UPDATE activities SET occurred_at = replace(occurred_at, 'T', 'T')",
            ]:
                conn.execute(sql)
        assert kept_counts(conn) == raw_counts(conn)
        # the trash, restoring, leaving a community: history keeps every count
        trashed = [m for (m,) in conn.execute(
            "SELECT DISTINCT member_id FROM activities WHERE kind = '发言' LIMIT 12")]
        records.set_deleted(conn, trashed, True)
        records.set_deleted(conn, trashed[:4], False)
        records.leave_community(conn, trashed[4:8], communities[0])
        assert kept_counts(conn) == raw_counts(conn)
        # emptying the trash deletes people and, through the cascade, their activities
        records.empty_trash(conn, trashed[8:])
        assert conn.execute("SELECT count(*) FROM activities WHERE member_id IN"
                            " (SELECT value FROM json_each(?))",
                            (str(trashed[8:]),)).fetchone()[0] == 0
        assert kept_counts(conn) == raw_counts(conn)
        members = [m for (m,) in conn.execute("SELECT id FROM members")]
        # a bulk load writes with the triggers off and adds its rows' counts after
        with ws.transaction():
            first = conn.execute("SELECT max(id) + 1 FROM activities").fetchone()[0]
            with activities_loaded(conn, first, bulk=True):
                random_writes(conn, rng, communities, members[:30])
        assert kept_counts(conn) == raw_counts(conn)


def test_top_people_are_the_ranking_of_the_raw_rows(demo_path):
    rng = random.Random(3)
    with open_workspace(demo_path) as ws:
        conn = ws.conn
        communities = [c for (c,) in conn.execute("SELECT id FROM communities")]
        members = [m for (m,) in conn.execute("SELECT id FROM members")]
        with ws.transaction():
            random_writes(conn, rng, communities, members)
            # ties: two people with the same count in a short period
            for member in (41, 40):
                for day in (2, 3):
                    conn.execute(WRITE, (member, communities[0],
                                         f"2026-11-{day:02d}T09:00:00+08:00", "发言"))
        # the busiest speakers of all time in the trash: left out, the next ones listed
        busiest = [m for (m,) in conn.execute(
            "SELECT member_id FROM people_counts WHERE kind = '发言' ORDER BY n DESC LIMIT 3")]
        records.set_deleted(conn, busiest, True)
        periods = [Period(date(2026, 11, 1), date(2026, 11, 7)),
                   Period(date(2026, 11, 2), date(2026, 11, 3)),
                   Period.last_days(30, date(2026, 11, 23)),
                   Period(date(2026, 1, 1), date(2026, 11, 23)),
                   Period(date(2020, 1, 1), date(2030, 12, 31)),
                   Period(date(2019, 1, 1), date(2019, 12, 31))]
        for period in periods:
            for community in communities:
                for kind in engagement_people.KINDS:
                    for top in (1, 3, 10):
                        found = engagement_people.top_people(conn, community, period, kind, top)
                        assert [(p.member_id, p.name, p.count) for p in found] == raw_top(
                            conn, community, period, kind, top), (period, community, kind, top)
