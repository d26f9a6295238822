"""The bulk loader of activities on its own: rows written inside ``activities_loaded``
come out as the per-row triggers would have left them (summaries equal to a rebuild,
instants in the workspace's zone), in a community, in none, or in several at once."""

from __future__ import annotations

import random

import pytest

from models.core.zones import set_default_tzid
from models.imports.activity_bulk import activities_loaded
from models.members import records
from models.members.communities import create_community
from models.store.workspace import open_workspace
from tests.models.test_import_undo import summaries_agree

WRITE = ("INSERT INTO activities (member_id, community_id, occurred_at, kind, amount)"
         " VALUES (?, ?, ?, ?, ?)")


def test_rows_in_several_communities_and_none_count_as_a_rebuild_would(workspace_path):
    with open_workspace(workspace_path) as ws:
        conn = ws.conn
        set_default_tzid(conn, "Asia/Shanghai")
        club = create_community(conn, "读书会").id
        run = create_community(conn, "跑团").id
        li, _ = records.create_member(conn, {"display_name": "李娜"}, club)
        wang, _ = records.create_member(conn, {"display_name": "王芳"}, run)
        conn.execute(WRITE, (li, club, "2026-03-01T09:00:00+08:00", "发言", 0))
        with ws.transaction():
            first = conn.execute("SELECT max(id) + 1 FROM activities").fetchone()[0]
            with activities_loaded(conn, first, bulk=True):
                conn.executemany(WRITE, [
                    (li, club, "2026-03-01T10:00:00+08:00", "发言", 0),
                    (li, None, "2026-03-01T11:00:00+08:00", "购买", 990),
                    (wang, run, "2026-03-02T08:00:00+08:00", "购买", 1200),
                    # 23:30 UTC is the next morning in Shanghai: moved, counted on the 2nd
                    (wang, None, "2026-03-01T23:30:00+00:00", "购买", 500)])
        assert conn.execute("SELECT occurred_at FROM activities WHERE amount = 500"
                            ).fetchone()[0] == "2026-03-02T07:30:00+08:00"
        assert conn.execute("SELECT day, purchases, revenue FROM activity_daily"
                            " WHERE scope = 0 ORDER BY day").fetchall() == [
            ("2026-03-01", 1, 990), ("2026-03-02", 2, 1700)]
        assert conn.execute("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"
                            " AND tbl_name = 'activities'").fetchone()[0] >= 10
        assert summaries_agree(conn)


def _rows(rng, members, places, count, months=("2026-02", "2026-03")):
    rows = []
    for _ in range(count):
        month = rng.choice(months)
        at = f"{month}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:00+08:00"
        kind, amount = ("购买", rng.randint(1, 5000)) if rng.random() < 0.2 else ("发言", 0)
        rows.append((rng.choice(members), rng.choice(places), at, kind, amount))
    return rows


@pytest.mark.parametrize("old, new", [(200, 30), (30, 200)],
                         ids=["fewer-new-rows", "more-new-rows"])
@pytest.mark.parametrize("spread", ["one-community", "several-and-none"])
def test_a_load_over_days_and_months_already_counted_counts_as_a_rebuild(
        workspace_path, old, new, spread):
    """The workspace already counts activity on the days and months the load adds to (the
    same members, others, other communities, none): daily actives, cohorts and totals come
    out as a full count; also when a membership starts during the load."""
    rng = random.Random(f"{old}-{new}-{spread}")
    with open_workspace(workspace_path) as ws:
        conn = ws.conn
        set_default_tzid(conn, "Asia/Shanghai")
        club = create_community(conn, "读书会").id
        run = create_community(conn, "跑团").id
        members = [records.create_member(conn, {"display_name": f"成员{n}"},
                                         club if n % 3 else run)[0] for n in range(8)]
        conn.executemany(WRITE, _rows(rng, members, [club, run, None], old,
                                      ("2026-01", "2026-02", "2026-03")))
        places = [club] if spread == "one-community" else [club, run, None]
        with ws.transaction():
            first = conn.execute("SELECT max(id) + 1 FROM activities").fetchone()[0]
            with activities_loaded(conn, first, bulk=True):
                conn.executemany(WRITE, _rows(rng, members, places, new))
                # a membership starting meanwhile moves the member's cohort (its trigger)
                conn.execute("INSERT INTO memberships (member_id, community_id, joined_at)"
                             " VALUES (?, ?, '2026-02-10T09:00:00+08:00')", (members[1], run))
        assert summaries_agree(conn)
        assert conn.execute("SELECT sum(actions) FROM activity_daily WHERE scope = 0"
                            ).fetchone()[0] == old + new


@pytest.mark.parametrize("zone, written, stored", [
    ("Asia/Shanghai", "2026-03-01T09:00:00+08:00", "2026-03-01T09:00:00+08:00"),
    ("Asia/Shanghai", "2026-03-01T01:00:00Z", "2026-03-01T09:00:00+08:00"),
    # Shanghai kept summer time until 1991: an instant then is +09:00 local
    ("Asia/Shanghai", "1988-07-01T12:00:00+08:00", "1988-07-01T13:00:00+09:00"),
    ("Europe/Berlin", "2026-07-01T12:00:00+01:00", "2026-07-01T13:00:00+02:00"),
    ("Europe/Berlin", "2026-01-10T12:00:00+01:00", "2026-01-10T12:00:00+01:00"),
])
def test_loaded_instants_end_in_the_zone_at_their_moment(workspace_path, zone, written, stored):
    with open_workspace(workspace_path) as ws:
        conn = ws.conn
        set_default_tzid(conn, zone)
        club = create_community(conn, "读书会").id
        li, _ = records.create_member(conn, {"display_name": "李娜"}, club)
        with ws.transaction():
            first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM activities").fetchone()[0]
            with activities_loaded(conn, first, bulk=True):
                conn.execute(WRITE, (li, club, written, "发言", 0))
        assert conn.execute("SELECT occurred_at FROM activities").fetchone()[0] == stored
        assert summaries_agree(conn)
