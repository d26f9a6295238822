"""Check-in at the door, driven the way an operator drives it: type, Enter, type, Enter.

The dialog is shown (a shown QDialog picks a default button, which is what made Enter
create members out of whatever was typed next), never exec'd.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from models.events import registrations as reg
from models.events import schedule as ev
from models.events.schedule import EventFields
from tests.models.calendar_fixtures import cal  # noqa: F401
from tests.views.performing import performer
from views.calendar.checkin import CheckInDialog


@pytest.fixture
def door(cal, qtbot):  # noqa: F811
    """A shown check-in dialog for an event of two seats: 张晓明 and 李娜 registered,
    黄晓明 on the waitlist."""
    ws, (a, _), members = cal
    event, _ = ev.create_event(ws.conn, EventFields(
        title="读书分享", starts_at="2026-12-05T19:00:00+08:00",
        ends_at="2026-12-05T21:00:00+08:00", community_id=a, capacity=2))
    with ws.transaction():
        waiting = reg.add_member(ws.conn, "黄晓明", "13555556666", a)
    result = reg.register(ws.conn, event.id, [members[0], members[1], waiting])
    assert result.waitlisted == (waiting,)
    dialog = CheckInDialog(ws.conn, event.id, performer(ws.conn))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return ws, event.id, dialog, waiting


def member_count(ws) -> int:
    return ws.conn.execute("SELECT count(*) FROM members").fetchone()[0]


def type_and_enter(qtbot, dialog, text: str) -> None:
    """Type where the focus is (as a person would), then Enter. Chinese arrives the way an
    input method commits it, in one piece (QTest cannot type it key by key)."""
    target = dialog.focusWidget()
    if text.isascii():
        qtbot.keyClicks(target, text)
    else:
        target.insert(text)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def test_enter_after_a_check_in_adds_nobody_and_the_next_search_checks_in(qtbot, door):
    ws, event_id, dialog, waiting = door
    before = member_count(ws)
    type_and_enter(qtbot, dialog, "1234")  # 张晓明's phone tail
    assert member_count(ws) == before
    assert "张晓明" in dialog.feedback.text()
    assert dialog.focusWidget() is dialog.search and dialog.search.text() == ""
    # the next person, by pinyin initials: 黄晓明 is on the waitlist
    type_and_enter(qtbot, dialog, "hxm")
    assert member_count(ws) == before
    assert ws.conn.execute("SELECT count(*) FROM members WHERE display_name = 'hxm'"
                           ).fetchone()[0] == 0
    row = ws.conn.execute("SELECT status, checked_in_at, walk_in FROM registrations WHERE"
                          " event_id = ? AND member_id = ?", (event_id, waiting)).fetchone()
    assert row[0] == "registered" and row[1] and row[2] == 0  # promoted and checked in
    assert "黄晓明" in dialog.feedback.text() and "waitlist" in dialog.feedback.text()
    assert dialog.numbers["checked_in"].text() == "2"


def test_no_button_takes_enter(door):
    *_, dialog, _ = door
    for button in dialog.findChildren(QPushButton):
        assert not button.isDefault() and not button.autoDefault(), button.text()


def test_enter_in_the_walk_in_name_box_creates_nobody(qtbot, door):
    ws, _, dialog, _ = door
    before = member_count(ws)
    dialog.walk_in_name.setFocus()
    type_and_enter(qtbot, dialog, "hxm")
    qtbot.keyClick(dialog.walk_in_name, Qt.Key.Key_Enter)
    assert member_count(ws) == before
    qtbot.mouseClick(dialog.walk_in_button, Qt.MouseButton.LeftButton)  # only the button
    assert member_count(ws) == before + 1


def test_each_check_in_is_confirmed_with_its_time_and_a_repeat_changes_nothing(qtbot, door):
    ws, event_id, dialog, _ = door
    type_and_enter(qtbot, dialog, "李娜")
    at = ws.conn.execute("SELECT checked_in_at FROM registrations WHERE event_id = ? AND"
                         " checked_in_at IS NOT NULL", (event_id,)).fetchone()[0]
    assert "李娜" in dialog.feedback.text() and at[11:16] in dialog.feedback.text()
    assert "李娜" in dialog.recent.item(0).text() and at[11:16] in dialog.recent.item(0).text()
    activities = ws.conn.execute("SELECT count(*) FROM activities").fetchone()[0]
    type_and_enter(qtbot, dialog, "lina")
    assert f"already checked in at {at[11:16]}" in dialog.feedback.text()
    assert ws.conn.execute("SELECT count(*) FROM activities").fetchone()[0] == activities
    assert dialog.numbers["checked_in"].text() == "1"
    assert dialog.recent.count() == 2 and "already" in dialog.recent.item(0).text()


def test_the_walk_in_form_is_filled_only_when_nobody_is_found(qtbot, door):
    ws, _, dialog, _ = door
    dialog.search.setText("李娜")
    assert dialog.walk_in_name.text() == ""  # found: nothing to add
    dialog.search.setText("陈新来")
    assert dialog.walk_in_name.text() == "陈新来"


def test_a_walk_in_with_a_known_phone_is_not_added_twice(qtbot, door):
    ws, _, dialog, _ = door
    before = member_count(ws)
    dialog.walk_in_name.setText("王芳芳")
    dialog.walk_in_phone.setText("137 2222 3333")  # 王芳's phone
    qtbot.mouseClick(dialog.walk_in_button, Qt.MouseButton.LeftButton)
    assert member_count(ws) == before
    assert "王芳" in dialog.feedback.text() and dialog.hits.item(0).text().startswith("王芳")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert "✓ 王芳" in dialog.feedback.text() and member_count(ws) == before
