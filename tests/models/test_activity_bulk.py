"""The bulk loader of activities on its own: rows written inside ``activities_loaded``
come out as the per-row triggers would have left them (summaries equal to a rebuild,
instants in the workspace's zone), in a community, in none, or in several at once."""

from __future__ import annotations

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
