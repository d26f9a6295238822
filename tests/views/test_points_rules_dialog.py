"""Points Rules & Honours dialog: every change an undoable operation (undo and redo exact),
refusals said in the dialog, rule removal keeping or taking back points; the roster's
honours column, filter and profile badges."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from models.activity import honours, intake
from models.members import records
from models.members.communities import create_community
from models.members.roster import Column, RosterFilter, RosterSort
from models.store.workspace import open_workspace
from tests.checksums import checksum
from views.points_editors import HonourEditor, HonourValues, RuleEditor, RuleValues
from views.points_rules import PointsRulesDialog


@pytest.fixture
def ws(workspace_path):
    with open_workspace(workspace_path) as ws:
        community = create_community(ws.conn, "读书会").id
        members = [records.create_member(ws.conn, {"display_name": n}, community)[0]
                   for n in ("张三", "李四")]
        ws.conn.executemany(
            "INSERT INTO activities (member_id, community_id, occurred_at, kind) VALUES"
            " (?, ?, ?, '发言')", [(members[0], community, f"2026-05-0{d}T09:0{i}:00+08:00")
                                  for d in (1, 2) for i in range(3)]
            + [(members[1], community, "2026-05-01T10:00:00+08:00")])
        ws.community, ws.members = community, members
        yield ws


@pytest.fixture
def dialog(qtbot, ws):
    changes = []
    d = PointsRulesDialog(ws, QUndoStack(), changes.append, ws.community)
    d.changes = changes
    qtbot.addWidget(d)
    return d


def _points(ws):
    return [r[0] for r in ws.conn.execute("SELECT points FROM members ORDER BY id")]


def test_rules_and_honours_are_undoable_operations_undone_exactly(dialog, ws):
    states = [checksum(ws.conn)]
    assert dialog.add_rule(RuleValues("发言", 2, None, 2)) is not None
    states.append(checksum(ws.conn))
    assert dialog.rules.rowCount() == 1 and dialog.rules.item(0, 3).text() == "2"
    dialog.rules.selectRow(0)
    assert dialog.buttons["backfillRule"].isEnabled()
    rule_id = dialog._selected(dialog.rules)
    dialog.backfill(rule_id)
    assert _points(ws) == [4, 2]  # 2 a day at most, over two days; the other one message
    states.append(checksum(ws.conn))
    dialog.add_honour(HonourValues("话唠", "points", 3, False))
    assert [h.name for h in honours.of_member(ws.conn, ws.members[0])] == ["话唠"]
    assert dialog.honours.item(0, 4).text() == "1"
    states.append(checksum(ws.conn))
    dialog.remove_rule(rule_id, take_back=True)
    assert _points(ws) == [0, 0] and honours.of_member(ws.conn, ws.members[0]) == []
    states.append(checksum(ws.conn))
    stack = dialog.undo_stack
    assert stack.count() == 4
    for expected in reversed(states[:-1]):
        stack.undo()
        assert checksum(ws.conn) == expected
    for expected in states[1:]:
        stack.redo()
        assert checksum(ws.conn) == expected
    assert all(c.source == "points" for c in dialog.changes)


def test_removing_a_rule_keeps_its_points_unless_asked(dialog, ws):
    dialog.add_rule(RuleValues("发言", 1, None, None))
    dialog.rules.selectRow(0)
    dialog.backfill(dialog._selected(dialog.rules))
    assert _points(ws) == [6, 1]
    dialog.remove_rule(dialog._selected(dialog.rules), take_back=False)
    assert _points(ws) == [6, 1] and dialog.rules.rowCount() == 0


def test_refusals_are_said_and_leave_no_step(dialog, ws):
    dialog.add_rule(RuleValues("发言", 1, None, None))
    before = checksum(ws.conn)
    assert dialog.add_rule(RuleValues("发言", 3, None, None)) is None
    assert "发言" in dialog.status.text()
    assert dialog.add_honour(HonourValues("  ", "points", 5, False)) is None
    assert dialog.status.text()
    assert checksum(ws.conn) == before and dialog.undo_stack.count() == 1


def test_the_buttons_open_editors_and_ask_before_back_filling(dialog, ws, monkeypatch):
    def accept_rule(editor):
        editor.set_values(RuleValues("购买", 1, 1000, None))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RuleEditor, "exec", accept_rule)
    dialog.add_rule_clicked()
    assert dialog.rules.item(0, 0).text() in ("Purchase", "购买")
    assert dialog.rules.item(0, 2).text().startswith("¥10")

    def accept_honour(editor):
        editor.set_values(HonourValues("老朋友", "months_active", 1, True))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(HonourEditor, "exec", accept_honour)
    dialog.add_honour_clicked()
    assert honours.list_honours(ws.conn, every=True)[0].community_id is None
    assert dialog.honours.item(0, 4).text() == "2"  # both spoke in May
    dialog.rules.selectRow(0)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: asked.append(a) or QMessageBox.StandardButton.No)
    dialog.backfill_clicked()
    assert not asked  # nothing of that kind: said, not asked
    assert dialog.status.text()


def test_a_typed_kind_of_the_operators_own(qtbot):
    editor = RuleEditor(["打卡"])
    qtbot.addWidget(editor)
    editor.kind.setCurrentText("读书打卡")
    editor.cap_on.setChecked(True)
    editor.cap.setValue(5)
    assert editor.values() == RuleValues("读书打卡", 1, None, 5)
    editor.kind.setCurrentIndex(editor.kind.findData("打卡"))
    assert editor.values().kind == "打卡"


def test_roster_shows_filters_and_sorts_by_honours(ws):
    from models.members import roster

    honours.add_honour(ws.conn, "话唠", "months_active", 1, ws.community)
    honours.add_honour(ws.conn, "元老", "points", 5)
    honours.grant_points(ws.conn, [ws.members[1]], 5, "奖励")
    rows = roster.page(ws.conn, RosterFilter(), RosterSort(Column.HONOURS), 0, 10)
    assert [r.honours_text for r in rows] == ["元老、话唠", "话唠"]
    found = roster.page(ws.conn, RosterFilter(honour_ids=(2,)), RosterSort(), 0, 10)
    assert [r.id for r in found] == [ws.members[1]]
    assert roster.count(ws.conn, RosterFilter(honour_ids=(1, 2))) == 2
    plan = ws.conn.execute("EXPLAIN QUERY PLAN SELECT count(*) FROM members m WHERE "
                           + roster.where(RosterFilter(honour_ids=(2,)))[0], (2,)).fetchall()
    assert any("member_honours" in str(r) and "SEARCH" in str(r) for r in plan)


def test_roster_export_has_the_honours_column(ws, tmp_path):
    import openpyxl

    from exports.roster import RosterExport, export_roster

    honours.add_honour(ws.conn, "话唠", "months_active", 1)
    export_roster(ws.conn, tmp_path / "r.xlsx", RosterExport())
    sheet = openpyxl.load_workbook(tmp_path / "r.xlsx").active
    header = [c.value for c in sheet[1]]
    column = header.index("荣誉")
    assert sorted(str(r[column].value) for r in sheet.iter_rows(min_row=2)) == ["话唠", "话唠"]


def test_profile_shows_honours_as_badges(qtbot, ws):
    from views.roster.profile import ProfileDialog

    honours.add_honour(ws.conn, "话唠", "months_active", 1)
    profile = ProfileDialog(ws, QUndoStack(), lambda c: None, ws.members[0])
    qtbot.addWidget(profile)
    chips = [w.text() for w in profile.findChildren(QLabel) if w.objectName() == "honourBadge"]
    assert chips == ["🏅 话唠"]


def test_the_door_check_in_hook_used_by_other_writers_is_quiet_without_rules(ws):
    before = checksum(ws.conn)
    intake.after_activities_added(ws.conn, "id > 0")
    assert checksum(ws.conn) == before


def test_profile_counts_a_long_history_with_thousands_separators(qtbot, ws):
    from views.roster.profile import ProfileDialog

    ws.conn.executemany(
        "INSERT INTO activities (member_id, community_id, occurred_at, kind) VALUES"
        " (?, ?, ?, '发言')", [(ws.members[1], ws.community,
                               f"2026-04-{1 + i // 60:02d}T{i % 24:02d}:{i % 60:02d}:00+08:00")
                              for i in range(1_199)])
    profile = ProfileDialog(ws, QUndoStack(), lambda c: None, ws.members[1])
    qtbot.addWidget(profile)
    texts = [w.text() for w in profile.findChildren(QLabel)]
    assert "1,200 interaction(s); the latest 300 shown" in texts
