"""The undo stack holds a changed row's unchanged values once (``row_undo._sharing``): a
bulk load's tens of thousands of member rows differ in a column or two each, and two
copies of every name and search text were most of an order import's undo memory."""

from __future__ import annotations

from models.core.changes import Change
from models.store.operations import recorded, run
from models.store.workspace import open_workspace


def test_before_and_after_images_share_their_unchanged_values(workspace_path):
    with open_workspace(workspace_path) as ws:
        with ws.conn:
            ws.conn.execute("INSERT INTO members (display_name, city, created_at, updated_at)"
                            " VALUES ('张三', '杭州', '2026-01-01', '2026-01-01')")
        done = run(ws.conn, recorded(lambda c: c.execute(
            "UPDATE members SET nickname = '三哥'") and Change.of("members")))
        (members,) = [t for t in done.undo.rows.tables if t.table == "members"]
        ((_, before, after),) = members.rows
        at = members.columns.index
        assert after[at("display_name")] is before[at("display_name")]
        assert after[at("city")] is before[at("city")]
        assert (before[at("nickname")], after[at("nickname")]) == (None, "三哥")
