"""The event editor, registrations (waitlist), check-in at the door and outcomes, tested
as dialogs directly (never left waiting in exec)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from models.events import registrations as reg
from models.events import schedule as ev
from models.events.outcomes import outcome
from models.events.schedule import EventFields
from tests.models.calendar_fixtures import cal  # noqa: F401
from tests.views.performing import performer
from views.calendar.checkin import CheckInDialog
from views.calendar.editor import EventDialog
from views.calendar.outcomes import MonthSummaryDialog, OutcomeDialog
from views.calendar.registrations import RegistrationsDialog, SignupListDialog


@pytest.fixture
def event(cal):  # noqa: F811
    ws, (a, _), members = cal
    made, _ = ev.create_event(ws.conn, EventFields(
        title="读书分享", starts_at="2026-12-05T19:00:00+08:00",
        ends_at="2026-12-05T21:00:00+08:00", community_id=a, capacity=2, budget=50000,
        status="已发布"))
    return ws, made, members


def test_editor_writes_a_weekly_rule_and_warns_about_clashes(qtbot, event):
    ws, made, _ = event
    dialog = EventDialog(ws.conn, day=date(2026, 12, 5), hour=20, community_id=made.community_id)
    qtbot.addWidget(dialog)
    assert "读书分享" in dialog.clash.text()  # 20:00-22:00 overlaps 19:00-21:00
    dialog.title.setText("夜跑")
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("WEEKLY"))
    assert dialog.weekday_boxes[5].isChecked()  # the start's weekday (Saturday) is ticked
    dialog.weekday_boxes[1].setChecked(True)
    dialog.end_count.setChecked(True)
    dialog.count.setValue(6)
    dialog.budget.setValue(1234.5)
    f = dialog.fields()
    assert f.rrule == "FREQ=WEEKLY;BYDAY=TU,SA;COUNT=6"
    assert f.budget == 123450 and f.title == "夜跑"
    dialog.title.clear()
    with qtbot.waitSignal(dialog.validated) as checked:
        dialog.accept()
    assert checked.args[0] == ["Give the event a title."]
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_editor_keeps_a_rule_it_cannot_show(qtbot, event):
    ws, made, _ = event
    odd, _ = ev.update_event(ws.conn, made.id, rrule="FREQ=MONTHLY;BYDAY=1SA")
    dialog = EventDialog(ws.conn, odd)
    qtbot.addWidget(dialog)
    assert "monthly on the first Saturday" in dialog.rule_summary.text()
    assert dialog.fields().rrule == "FREQ=MONTHLY;BYDAY=1SA"
    assert dialog.fields().starts_at == made.starts_at


def test_editor_starts_from_an_earlier_event(qtbot, event):
    ws, made, _ = event
    dialog = EventDialog(ws.conn, day=date(2027, 1, 9))
    qtbot.addWidget(dialog)
    index = dialog.template.findData(made.id)
    dialog.template.setCurrentIndex(index)
    dialog.template.activated.emit(index)
    f = dialog.fields()
    assert f.title == "读书分享" and f.capacity == 2 and f.status == "草稿"
    assert f.starts_at.startswith("2027-01-09T19:00") and f.ends_at.startswith("2027-01-09T21:00")


def test_registrations_past_capacity_wait_and_move_up(qtbot, event, monkeypatch):
    ws, made, members = event
    changes = []
    dialog = RegistrationsDialog(ws.conn, made.id, performer(ws.conn, changes.append))
    qtbot.addWidget(dialog)
    for name in ("张晓明", "李娜", "王芳"):
        dialog.search.setText(name)
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    statuses = [dialog.table.topLevelItem(i).text(2) for i in range(3)]
    assert statuses == ["Registered", "Registered", "Waitlist"]
    assert "full" in dialog.summary.text() or "waitlist" in dialog.summary.text()
    dialog.table.setCurrentItem(dialog.table.topLevelItem(0))
    dialog._on_cancel_clicked()
    assert "王芳" in dialog.summary.text()
    assert [dialog.table.topLevelItem(i).text(2) for i in range(2)] == ["Registered"] * 2
    assert changes and all(c.touches("registrations") for c in changes)


def test_pasted_signup_list_registers_and_creates_members(qtbot, event, monkeypatch):
    ws, made, members = event
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    ev.update_event(ws.conn, made.id, capacity=None)
    dialog = RegistrationsDialog(ws.conn, made.id, performer(ws.conn))
    qtbot.addWidget(dialog)
    paste = SignupListDialog(ws.conn, made.community_id)
    qtbot.addWidget(paste)
    paste.set_text("1. 张晓明\n2. 新朋友 13500000000\n3、李娜")
    states = [paste.preview.topLevelItem(i).text(5) for i in range(3)]
    assert states == ["Found", "Not found", "Found"]  # creating is asked for, never assumed
    paste.create.setChecked(True)
    assert paste.preview.topLevelItem(1).text(5) == "Not found: will be created"
    result = dialog.import_signup_list(paste)
    assert len(result.registered) == 3
    assert ws.conn.execute("SELECT count(*) FROM members WHERE display_name = '新朋友'"
                           " AND phone = '13500000000'").fetchone()[0] == 1


def test_check_in_by_name_phone_and_pinyin_with_live_counts(qtbot, event):
    ws, made, members = event
    ev.update_event(ws.conn, made.id, capacity=None)
    reg.register(ws.conn, made.id, members[:4])
    dialog = CheckInDialog(ws.conn, made.id, performer(ws.conn))
    qtbot.addWidget(dialog)
    assert dialog.numbers["registered"].text() == "4"
    for text in ("李娜", "1234", "wf"):  # name, last digits of 张晓明's phone, pinyin of 王芳
        dialog.search.setText(text)
        assert dialog.hits.count() >= 1
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
        assert dialog.search.text() == ""
    assert "王芳" in dialog.feedback.text()
    assert [dialog.numbers[k].text() for k in ("registered", "checked_in", "walk_ins",
                                               "no_shows")] == ["4", "3", "0", "1"]
    dialog.search.setText("lina")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert "already" in dialog.feedback.text()


def test_walk_in_added_on_the_spot(qtbot, event):
    ws, made, members = event
    dialog = CheckInDialog(ws.conn, made.id, performer(ws.conn))
    qtbot.addWidget(dialog)
    dialog.search.setText("陈新来")
    assert dialog.hits.count() == 0 and "walk-in" in dialog.feedback.text()
    assert dialog.walk_in_name.text() == "陈新来"
    dialog.walk_in_phone.setText("13012345678")
    qtbot.mouseClick(dialog.walk_in_button, Qt.MouseButton.LeftButton)
    assert dialog.numbers["walk_ins"].text() == "1" and dialog.numbers["checked_in"].text() == "1"
    # a member not signed up is checked in as a walk-in too
    dialog.search.setText("赵磊")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.numbers["walk_ins"].text() == "2"
    dialog._on_undo_clicked()
    assert dialog.numbers["walk_ins"].text() == "1"


def test_outcome_totals_and_month_summary(qtbot, event):
    ws, made, members = event
    ev.update_event(ws.conn, made.id, capacity=None, expected_attendance=4)
    reg.register(ws.conn, made.id, members[:4])
    for m in members[:3]:
        reg.check_in(ws.conn, made.id, m)
    dialog = OutcomeDialog(ws.conn, made.id, performer(ws.conn))
    qtbot.addWidget(dialog)
    assert dialog.attendance.text() == "3 checked in of 4 registered (75%), expected 4"
    dialog.new_members.setValue(5)
    dialog.conversions.setValue(2)
    dialog.revenue.setValue(198)
    dialog.cost.setValue(620)
    assert dialog.budget.text() == "¥120.00 over the budget of ¥500.00"
    dialog.accept()
    result = outcome(ws.conn, made.id)
    assert (result.new_members, result.conversions, result.revenue, result.actual_cost) == (
        5, 2, 19800, 62000)
    summary = MonthSummaryDialog(ws.conn, None)
    qtbot.addWidget(summary)
    row = summary.table.topLevelItem(0)
    assert [row.text(i) for i in range(9)] == [
        "2026-12", "1", "3", "5", "2", "198.00", "620.00", "500.00", "206.66"]


def test_dates_in_the_editor_follow_qdate(qtbot, event):
    ws, made, _ = event
    dialog = EventDialog(ws.conn, made)
    qtbot.addWidget(dialog)
    assert dialog.starts.date() == QDate(2026, 12, 5)
    dialog.all_day.setChecked(True)
    f = dialog.fields()
    assert f.all_day and f.starts_at == "2026-12-05T00:00:00+08:00"
    assert f.ends_at == "2026-12-06T00:00:00+08:00"


def test_signup_list_from_a_gbk_csv_file(qtbot, event, tmp_path):
    ws, made, members = event
    path = tmp_path / "报名.csv"
    path.write_bytes("姓名,手机\r\n张晓明,13800001234\r\n王芳,\r\n".encode("gbk"))
    paste = SignupListDialog(ws.conn, made.community_id)
    qtbot.addWidget(paste)
    assert paste.load_file(str(path))
    assert [(x.name, x.member_id) for x in paste.matched] == [
        ("张晓明", members[0]), ("王芳", members[2])]
