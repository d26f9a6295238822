"""The calendar's "Print badges…": the seat holders of the occurrence selected, painted on
a worker to the file chosen, the workspace left exactly as it was; with nobody to print
for, a message says what to do first and no file is asked for."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from models.events import registrations as reg
from tests.checksums import checksum
from tests.models.calendar_fixtures import cal  # noqa: F401
from tests.views.test_attendee_export_window import menu_action
from tests.views.test_calendar import add, view  # noqa: F401
from views.calendar import badge_export


def test_print_badges_of_the_selected_event(view, qtbot, monkeypatch, tmp_path):  # noqa: F811
    target = tmp_path / "badges.pdf"
    monkeypatch.setattr(badge_export, "ask_save_path", lambda *a, **k: target)
    event = add(view, title="十二月读书会", start="2026-12-09T19:30:00",
                end="2026-12-09T21:00:00")
    reg.register(view.conn, event.id, view.members[:3])
    names = [view.conn.execute("SELECT display_name FROM members WHERE id = ?",
                               (m,)).fetchone()[0] for m in view.members[:3]]
    view.reload()
    view.go_to(date(2026, 12, 9))
    view.select(next(o for o in view.found if o.event.id == event.id))
    before = checksum(view.conn)
    menu_action(view.details, "Print badges…").trigger()
    qtbot.waitUntil(target.exists, timeout=30000)
    text = PdfReader(target).pages[0].extract_text()
    assert "十二月读书会" in text
    assert all(name in text for name in names), text
    assert checksum(view.conn) == before


def test_nobody_registered_says_what_to_do_and_asks_for_no_file(view, monkeypatch):  # noqa: F811
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    monkeypatch.setattr(badge_export, "ask_save_path",
                        lambda *a, **k: (_ for _ in ()).throw(AssertionError("asked")))
    event = add(view, title="空场", start="2026-12-10T19:30:00", end="2026-12-10T21:00:00")
    view.reload()
    view.go_to(date(2026, 12, 10))
    view.select(next(o for o in view.found if o.event.id == event.id))
    menu_action(view.details, "Print badges…").trigger()
    assert said and "Registrations" in said[0]
