"""The calendar's "Print sign-in sheet…" and "Export attendee list…": the file chosen is
written (off the UI thread) for the occurrence selected, and the workspace is left exactly
as it was."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QPushButton

from models.events import registrations as reg
from models.events.occurrences import detach_occurrence
from tests.checksums import checksum
from tests.models.calendar_fixtures import cal  # noqa: F401
from tests.views.test_calendar import add, view  # noqa: F401
from views.calendar import attendee_export


@pytest.fixture
def chosen(monkeypatch, tmp_path):
    """Save dialogs answer with tmp_path / NAME, NAME set by the test (no suffix typed)."""
    answer = {"name": "sheet"}

    def ask(parent, title, file_name, filters, suffix=None):
        answer["suggested"] = file_name
        return tmp_path / answer["name"]

    monkeypatch.setattr(attendee_export, "ask_save_path", ask)
    return answer


def menu_action(details, text: str):
    """An entry of the details pane's "Print and export" menu."""
    return next(a for a in details.paper_menu.actions() if a.text() == text)


def button(widget, text: str) -> QPushButton:
    return next(b for b in widget.findChildren(QPushButton) if b.text() == text)


def test_print_sign_in_sheet_of_one_day_of_a_series(view, qtbot, chosen, tmp_path):  # noqa: F811
    series = add(view, title="每周三 共读", start="2026-12-02T19:30:00",
                 end="2026-12-02T21:00:00", rrule="FREQ=WEEKLY;BYDAY=WE;COUNT=4")
    day, _ = detach_occurrence(view.conn, series.id, "2026-12-09T19:30:00+08:00")
    reg.register(view.conn, day.id, view.members[:3])
    view.reload()
    view.go_to(date(2026, 12, 9))
    view.select(next(o for o in view.found if o.start.day == 9))
    before = checksum(view.conn)
    menu_action(view.details, "Print sign-in sheet…").trigger()
    target = tmp_path / "sheet.pdf"
    qtbot.waitUntil(target.exists, timeout=20000)
    assert "2026-12-09" in chosen["suggested"] and chosen["suggested"].endswith(".pdf")
    text = PdfReader(target).pages[0].extract_text()
    assert "每周三 共读" in text and "2026-12-09" in text
    assert "张晓明" in text and "138****1234" in text
    assert checksum(view.conn) == before


def test_attendee_list_from_the_registrations_dialog(view, qtbot, chosen, tmp_path):  # noqa: F811
    from models.events.occurrences import OccurrenceRef
    from views.calendar.registrations import RegistrationsDialog

    event = add(view)
    reg.register(view.conn, event.id, view.members[:2])
    chosen["name"] = "list"
    dialog = RegistrationsDialog(view.conn, OccurrenceRef(event.id, event.starts_at, event.id),
                                 view.perform, view)
    qtbot.addWidget(dialog)
    button(dialog, "Export attendee list…").click()
    target = tmp_path / "list.xlsx"
    qtbot.waitUntil(target.exists, timeout=20000)
    rows = list(openpyxl.load_workbook(target).worksheets[0].values)
    assert [r[1] for r in rows[1:]] == ["张晓明", "李娜"]
