"""A barcode scanner at the door types a ticket code and Enter, as key events: the holder
is checked in exactly once, a repeat says when and writes nothing, and the phone search
the first digits set off never checks in someone else."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from models.events import registrations as reg
from models.events import schedule as ev
from models.events.schedule import EventFields
from tests.checksums import checksum
from tests.models.calendar_fixtures import cal  # noqa: F401
from tests.views.performing import performer
from views.calendar.checkin import CheckInDialog

#: 李娜's ticket. Its first four digits are 张晓明's phone tail (13800001234), so the
#: search on the way to the twelfth digit lists 张晓明 first.
LINA = "123450607080"


@pytest.fixture
def door(cal, qtbot):  # noqa: F811
    ws, (a, _), members = cal
    event, _ = ev.create_event(ws.conn, EventFields(
        title="读书分享", starts_at="2026-12-05T19:00:00+08:00",
        ends_at="2026-12-05T21:00:00+08:00", community_id=a, capacity=2))
    reg.register(ws.conn, event.id, members[:3])  # 王芳 waits
    ws.conn.execute("UPDATE registrations SET code = ? WHERE member_id = ?",
                    (LINA, members[1]))
    dialog = CheckInDialog(ws.conn, event.id, performer(ws.conn))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return ws, event.id, dialog, members


def scan(qtbot, dialog, typed: str) -> None:
    """What a scanner does: key presses into the focused box, then Enter."""
    qtbot.keyClicks(dialog.focusWidget(), typed)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)


def checked_in(ws, event_id) -> dict[int, str]:
    return dict(ws.conn.execute("SELECT member_id, checked_in_at FROM registrations WHERE"
                                " event_id = ? AND checked_in_at IS NOT NULL", (event_id,)))


def test_a_scan_checks_in_its_holder_once_and_nobody_its_digits_matched(qtbot, door):
    ws, event_id, dialog, members = door
    qtbot.keyClicks(dialog.search, LINA[:4])
    assert "张晓明" in dialog.hits.item(0).text()  # the phone search, on the way
    qtbot.keyClicks(dialog.search, LINA[4:])
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    done = checked_in(ws, event_id)
    assert list(done) == [members[1]]  # 李娜, not 张晓明
    time = done[members[1]][11:16]
    assert dialog.banner.isVisible()
    assert "李娜" in dialog.banner.text() and time in dialog.banner.text()
    assert dialog.search.text() == "" and dialog.focusWidget() is dialog.search
    assert dialog.walk_in_phone.text() == ""  # not left holding the code's first digits
    assert dialog.numbers["checked_in"].text() == "1"
    assert dialog.perform.stack.count() == 1

    before = checksum(ws.conn)
    scan(qtbot, dialog, "1234 5060-7080")  # typed by hand from the badge, as printed
    assert checksum(ws.conn) == before
    assert f"already checked in at {time}" in dialog.banner.text()
    assert dialog.perform.stack.count() == 1 and dialog.recent.count() == 2
    assert dialog.search.text() == "" and dialog.focusWidget() is dialog.search


def test_unknown_and_waitlisted_codes_check_in_nobody_until_the_operator_says(qtbot, door):
    ws, event_id, dialog, members = door
    before = checksum(ws.conn)
    scan(qtbot, dialog, "000011112222")
    assert "0000 1111 2222" in dialog.banner.text() and "No ticket" in dialog.banner.text()
    waiting = ws.conn.execute("SELECT code FROM registrations WHERE member_id = ?",
                              (members[2],)).fetchone()[0]
    scan(qtbot, dialog, waiting)
    assert "王芳" in dialog.banner.text() and "waitlist" in dialog.banner.text()
    assert checksum(ws.conn) == before and dialog.perform.stack.count() == 0
    assert dialog.let_in.isVisible() and "王芳" in dialog.let_in.text()
    assert not dialog.let_in.isDefault() and not dialog.let_in.autoDefault()
    qtbot.mouseClick(dialog.let_in, Qt.MouseButton.LeftButton)
    assert list(checked_in(ws, event_id)) == [members[2]]
    assert not dialog.let_in.isVisible()
