"""Quick logging in the window: the dialog, the roster's bulk action and shortcut, the
profile's button; each log one undo step that undoes exactly. And the dashboard's new
sections over a demo workspace."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox

from models.core import clock
from models.store.workspace import open_workspace
from tests.checksums import checksum, differing
from tests.conftest import DEMO_TODAY
from views.quick_log import QuickLogDialog
from views.roster.view import RosterView

NOW = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)  # 11:00 in Shanghai, the demo's today


@pytest.fixture
def env(demo_path, qtbot, monkeypatch):
    monkeypatch.setattr(clock, "utc_now", lambda: NOW)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: (
        told.append(text), QMessageBox.StandardButton.Ok)[1])
    # dialogs are driven by hand, never left waiting
    monkeypatch.setattr(QDialog, "open", lambda self: None)
    with open_workspace(demo_path) as ws:
        stack = QUndoStack()
        roster = RosterView(ws, stack)
        qtbot.addWidget(roster)
        community_id = ws.conn.execute("SELECT min(id) FROM communities").fetchone()[0]
        roster.set_community(community_id)
        yield ws, stack, roster, told, community_id
        stack.clear()


def members(conn, community_id, count):
    return [r[0] for r in conn.execute(
        "SELECT member_id FROM memberships WHERE community_id = ? AND left_at IS NULL"
        " ORDER BY member_id LIMIT ?", (community_id, count))]


def logged(conn, note):
    return conn.execute("SELECT member_id, community_id, kind, amount, substr(occurred_at, 1, 10)"
                        " FROM activities WHERE note = ? ORDER BY member_id",
                        (note,)).fetchall()


def test_the_dialog_offers_kinds_today_and_the_current_community(env, qtbot):
    ws, _stack, _roster, _told, community_id = env
    communities = [(community_id, "A"), (community_id + 1, "B")]
    dialog = QuickLogDialog(ws.conn, [1, 2], communities, community_id + 1)
    qtbot.addWidget(dialog)
    kinds = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert kinds[:4] == ["发言", "分享", "邀请", "购买"]
    assert dialog.day.date().toPython() == DEMO_TODAY
    assert dialog.day.maximumDate().toPython() == DEMO_TODAY
    assert dialog.community.currentData() == community_id + 1
    assert not dialog.amount.isEnabled()
    dialog.kind.setCurrentIndex(kinds.index("购买"))
    assert dialog.amount.isEnabled()
    dialog.amount.setValue(88.5)
    dialog.note.setText("现场付款")
    entry = dialog.entry()
    assert (entry.kind, entry.amount_fen, entry.community_id, entry.note) == (
        "购买", 8850, community_id + 1, "现场付款")
    dialog.kind.setEditText("答疑")
    assert dialog.entry().kind == "答疑" and dialog.entry().amount_fen is None


def test_bulk_log_for_the_selection_is_one_undo_step_and_undoes_exactly(env, monkeypatch):
    ws, stack, roster, told, community_id = env
    ids = members(ws.conn, community_id, 5)
    monkeypatch.setattr(roster, "selected_ids", lambda: list(ids))
    before = checksum(ws.conn)
    dialog = roster.log_interaction_for_selected()
    assert dialog is not None and dialog.community.currentData() == community_id
    dialog.kind.setEditText("打卡")
    dialog.note.setText("bulk-log")
    dialog.accept()
    assert [r[0] for r in logged(ws.conn, "bulk-log")] == ids
    assert {r[1:] for r in logged(ws.conn, "bulk-log")} == {
        (community_id, "打卡", 0, DEMO_TODAY.isoformat())}
    assert stack.count() == 1 and not told
    after = checksum(ws.conn)
    stack.undo()
    assert checksum(ws.conn) == before, differing(checksum(ws.conn), before)
    stack.redo()
    assert checksum(ws.conn) == after
    # the kind the operator added is offered next time
    again = roster.log_interaction_for_selected()
    assert again.kind.findData("打卡") >= 0


def test_a_refused_log_is_said_and_leaves_no_step(env, monkeypatch):
    ws, stack, roster, told, community_id = env
    monkeypatch.setattr(roster, "selected_ids", lambda: [members(ws.conn, community_id, 1)[0]])
    before = checksum(ws.conn)
    dialog = roster.log_interaction_for_selected()
    dialog.kind.setEditText("很" * 30)
    dialog.accept()
    assert stack.count() == 0 and checksum(ws.conn) == before
    assert told and "20" in told[0]


def test_ctrl_l_on_the_roster_opens_the_dialog(env, monkeypatch):
    ws, _stack, roster, _told, community_id = env
    monkeypatch.setattr(roster, "selected_ids", lambda: members(ws.conn, community_id, 2))
    action = next(a for a in roster.table.actions()
                  if a.shortcut().toString() == QKeySequence("Ctrl+L").toString())
    action.trigger()
    assert roster.findChildren(QuickLogDialog)


def test_the_profile_logs_and_shows_the_note(env, qtbot):
    ws, stack, roster, _told, community_id = env
    member = members(ws.conn, community_id, 1)[0]
    profile = roster.open_profile(member)
    qtbot.addWidget(profile)
    dialog = profile.log_interaction()
    assert dialog.community.currentData() is not None
    dialog.kind.setCurrentIndex(dialog.kind.findData("分享"))
    dialog.note.setText("分享了活动海报")
    dialog.accept()
    assert stack.count() == 1
    assert logged(ws.conn, "分享了活动海报")[0][0] == member
    table = profile.activity_table
    notes = [table.item(r, 5).text() for r in range(table.rowCount())]
    assert "分享了活动海报" in notes
    profile.close()
