"""The calendar tab driven as a person drives it: create by double-click, edit, drag to
move and undo, a repeating series with one occurrence changed, clashes marked, keys."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack

from models.core import clock
from models.events import schedule as ev
from models.events.occurrences import occurrences
from models.events.schedule import EventFields
from tests.models.calendar_fixtures import cal  # noqa: F401
from views.calendar.view import AGENDA, SERIES, THIS_ONE, WEEK, CalendarView

DAY = date(2026, 12, 1)


@pytest.fixture
def view(qtbot, cal):  # noqa: F811
    ws, communities, members = cal
    stack = QUndoStack()
    widget = CalendarView(ws, stack)
    widget.undo_stack_ref = stack  # keep the stack alive with the view
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.go_to(DAY)
    widget.communities, widget.members = communities, members
    return widget


def add(view, title="读书分享", start="2026-12-10T19:00:00", end="2026-12-10T21:00:00",
        community=0, **extra):
    event, change = ev.create_event(view.conn, EventFields(
        title=title, starts_at=start + "+08:00", ends_at=end + "+08:00",
        community_id=view.communities[community], **extra))
    view.apply_changes(change)
    return event


def chip_center(view, title, day=None) -> QPoint:
    for rect, o in view.month.chips():
        if o.event.title == title and (day is None or o.start.date() == day):
            return rect.center()
    raise AssertionError(f"no chip {title} on {day}")


def cell_center(view, day: date) -> QPoint:
    return view.month.cell_rect(day).center() + QPoint(0, 30)


def drag(qtbot, widget, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(widget, start + QPoint(10, 10))
    qtbot.mouseMove(widget, end)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_double_click_a_day_creates_an_event_there_and_undo_removes_it(view, qtbot, monkeypatch):
    seen = []

    def fill(dialog):
        seen.append(dialog.starts.date().toPython())
        dialog.title.setText("新年读书会")
        return True

    monkeypatch.setattr(view, "run_dialog", fill)
    with qtbot.waitSignal(view.changed) as changed:
        qtbot.mouseDClick(view.month, Qt.MouseButton.LeftButton,
                          pos=cell_center(view, date(2026, 12, 17)))
    assert seen == [date(2026, 12, 17)] and changed.args[0].touches("events")
    assert [o.event.title for o in view.found] == ["新年读书会"]
    assert view.found[0].start.hour == 19 and view.found[0].event.community_id is None
    view.undo_stack.undo()
    assert view.found == []
    view.undo_stack.redo()
    assert [o.event.title for o in view.found] == ["新年读书会"]


def test_edit_saves_and_bumps_sequence(view, monkeypatch):
    event = add(view)

    def fill(dialog):
        assert dialog.title.text() == "读书分享"
        dialog.title.setText("读书分享（改）")
        dialog.capacity.setValue(25)
        return True

    monkeypatch.setattr(view, "run_dialog", fill)
    view.edit(view.found[0])
    saved = ev.get_event(view.conn, event.id)
    assert saved.title == "读书分享（改）" and saved.capacity == 25 and saved.sequence == 1
    view.undo_stack.undo()
    assert ev.get_event(view.conn, event.id).title == "读书分享"


def test_drag_to_another_day_moves_and_undo_moves_back(view, qtbot):
    event = add(view)
    drag(qtbot, view.month, chip_center(view, "读书分享"), cell_center(view, date(2026, 12, 12)))
    moved = ev.get_event(view.conn, event.id)
    assert moved.starts_at == "2026-12-12T19:00:00+08:00"
    assert moved.ends_at == "2026-12-12T21:00:00+08:00"
    assert view.undo_stack.count() == 1
    view.undo_stack.undo()
    assert ev.get_event(view.conn, event.id).starts_at == "2026-12-10T19:00:00+08:00"
    assert [o.start.day for o in view.found] == [10]


def test_week_view_drag_changes_day_and_hour(view, qtbot):
    event = add(view, start="2026-12-02T19:00:00", end="2026-12-02T20:00:00")
    view.set_mode(WEEK)
    rect = next(r for r, o in view.week.chips() if o.event.id == event.id)
    target = QPoint(int(52 + 3.5 * view.week._column_width()),
                    int(view.week._top() + 10.5 * view.week.hour_height()))
    drag(qtbot, view.week, rect.center(), target)
    assert ev.get_event(view.conn, event.id).starts_at == "2026-12-03T10:00:00+08:00"


def test_series_one_occurrence_moved_by_drag_and_the_series_edited(view, qtbot, monkeypatch):
    series = add(view, title="每周夜读", start="2026-12-02T20:00:00", end="2026-12-02T21:00:00",
                 rrule="FREQ=WEEKLY;BYDAY=WE;COUNT=4")
    assert [o.start.day for o in view.found] == [2, 9, 16, 23]
    drag(qtbot, view.month, chip_center(view, "每周夜读", date(2026, 12, 9)),
         cell_center(view, date(2026, 12, 11)))
    assert [o.start.day for o in view.found] == [2, 11, 16, 23]
    assert ev.get_event(view.conn, series.id).rrule == "FREQ=WEEKLY;BYDAY=WE;COUNT=4"
    # the series is renamed; the moved occurrence keeps its own row and title
    monkeypatch.setattr(view, "ask_scope", lambda occurrence, verb: SERIES)

    def rename(dialog):
        dialog.title.setText("每周共读")
        return True

    monkeypatch.setattr(view, "run_dialog", rename)
    view.edit(next(o for o in view.found if o.start.day == 16))
    assert {o.start.day: o.event.title for o in view.found} == {
        2: "每周共读", 11: "每周夜读", 16: "每周共读", 23: "每周共读"}
    # one occurrence deleted
    monkeypatch.setattr(view, "ask_scope", lambda occurrence, verb: THIS_ONE)
    view.delete(next(o for o in view.found if o.start.day == 23))
    assert [o.start.day for o in view.found] == [2, 11, 16]
    view.undo_stack.undo()
    assert [o.start.day for o in view.found] == [2, 11, 16, 23]
    view.undo_stack.undo()  # the rename
    view.undo_stack.undo()  # the move
    assert [o.start.day for o in view.found] == [2, 9, 16, 23]
    assert {o.event.title for o in view.found} == {"每周夜读"}


def test_clashes_are_marked_in_month_and_agenda(view):
    add(view, title="分享会")
    add(view, title="工作坊", start="2026-12-10T20:00:00", end="2026-12-10T22:00:00")
    add(view, title="跑步", community=1)
    assert {o.event.title: o.clash for o in view.month.occurrences} == {
        "分享会": True, "工作坊": True, "跑步": False}
    view.set_mode(AGENDA)
    texts = [view.agenda.topLevelItem(i).text(1) for i in range(view.agenda.topLevelItemCount())]
    assert "⚠ 分享会" in texts and "跑步" in texts


def test_keyboard_moves_days_months_and_back_to_today(view, qtbot):
    view.month.setFocus()
    qtbot.keyClick(view.month, Qt.Key.Key_Right)
    assert view.day == date(2026, 12, 2)
    qtbot.keyClick(view.month, Qt.Key.Key_Down)
    assert view.day == date(2026, 12, 9)
    qtbot.keyClick(view.month, Qt.Key.Key_PageDown)
    assert view.day == date(2027, 1, 9) and view.month.first_shown == date(2026, 12, 28)
    qtbot.keyClick(view.month, Qt.Key.Key_PageUp)
    qtbot.keyClick(view.month, Qt.Key.Key_PageUp)
    assert view.day == date(2026, 11, 9)
    qtbot.keyClick(view.month, Qt.Key.Key_T)
    assert view.day == clock.today()  # the workspace's today (China), not the machine's


def test_copy_makes_a_draft_a_week_later(view):
    add(view, status="已结束")
    view.select(view.found[0])
    view.details.copy_clicked.emit()
    copies = [o for o in occurrences(view.conn, datetime.fromisoformat("2026-12-01T00:00:00+08:00"),
                                     datetime.fromisoformat("2027-01-01T00:00:00+08:00"))]
    assert [(o.start.day, o.event.status) for o in copies] == [(10, "已结束"), (17, "草稿")]
    assert view.selected().start.day == 17


def test_community_picker_scopes_the_calendar(view):
    add(view, title="A")
    add(view, title="B", community=1)
    view.set_community(view.communities[1])
    assert [o.event.title for o in view.found] == ["B"]
    view.set_community(None)
    assert len(view.found) == 2


def test_reminder_horizon_is_a_workspace_setting(view, qtbot):
    from models.events.reminders import reminder_days

    with qtbot.waitSignal(view.changed, timeout=5000) as changed:
        view.details.reminder_days.setValue(14)
    assert changed.args[0].touches("workspace_settings")  # the window's reminders read again
    assert reminder_days(view.conn) == 14
    # a setting like any other write: one undo step, and the box follows it back
    assert view.undo_stack.count() == 1
    before = reminder_days(view.conn)
    view.undo_stack.undo()
    assert reminder_days(view.conn) != 14 and view.details.reminder_days.value() == \
        reminder_days(view.conn)
    view.undo_stack.redo()
    assert reminder_days(view.conn) == before == view.details.reminder_days.value()


def test_details_show_the_outcome_of_a_finished_event(view):
    from models.events import registrations as reg
    from models.events.outcomes import save_outcome

    event = add(view, status="已结束")
    reg.check_in(view.conn, event.id, view.members[0])
    save_outcome(view.conn, event.id, new_members=3, conversions=1, revenue=9900,
                 actual_cost=20000, notes="下次提前一周宣传")
    view.reload()
    view.select(view.found[0])
    text = view.details.body.text()
    assert "Outcome: 1 came, 3 new members, 1 conversions" in text
    assert "Revenue ¥99.00, cost ¥200.00" in text and "下次提前一周宣传" in text


def test_a_full_day_offers_more_and_opens_its_week(view, qtbot):
    for hour in range(8, 20):
        add(view, title=f"活动{hour}", start=f"2026-12-10T{hour:02d}:00:00",
            end=f"2026-12-10T{hour:02d}:30:00", community=hour % 2)
    view.month.chips()
    assert view.month._more, "a day with 12 events cannot show them all in a month cell"
    rect, hidden = view.month._more[0]
    shown = [o for _, o in view.month.chips() if o.start.day == 10]
    assert hidden + len(shown) == 12
    qtbot.mouseClick(view.month, Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.mode == WEEK and view.day == date(2026, 12, 10)
    assert len([o for _, o in view.week.chips() if o.start.day == 10]) == 12


def test_creating_an_event_can_start_its_checklist_from_a_template(view, monkeypatch):
    from models.materials import checklists

    def fill(dialog):
        dialog.title.setText("一月读书沙龙")
        combo = dialog.checklist_template
        combo.setCurrentIndex(next(i for i in range(combo.count())
                                   if combo.itemText(i).endswith("线下沙龙")))
        return True

    monkeypatch.setattr(view, "run_dialog", fill)
    view.create_on(date(2027, 1, 16))
    (event,) = [o.event for o in view.found if o.event.title == "一月读书沙龙"]
    checklist_id = checklists.checklist_for_event(view.conn, event.id)
    items = checklists.list_items(view.conn, checklist_id, date(2027, 1, 1))
    assert "场地预订" in [i.name for i in items]
    assert next(i for i in items if i.name == "场地预订").due_on == "2027-01-02"
    view.undo_stack.undo()  # the checklist first, then the event
    assert checklists.checklist_for_event(view.conn, event.id) is None
