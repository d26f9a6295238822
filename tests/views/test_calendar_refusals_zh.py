"""The calendar tells a Chinese user in Chinese why it refused: the editor's own checks (a
series ending before it starts) and the message box when a write is turned down (the event
was removed meanwhile, e.g. by emptying the trash in another window)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from desktop import i18n
from models.events import schedule as ev
from tests.models.calendar_fixtures import cal  # noqa: F401
from tests.views.test_calendar import add, view  # noqa: F401
from views.calendar.editor import EventDialog

_CJK = re.compile(r"[\u4e00-\u9fff]")
_ENGLISH = re.compile(r"\b[A-Za-z]+(?: [A-Za-z]+){2,}\b")


@pytest.fixture
def chinese(qapp):
    i18n.use_language("zh_CN")
    yield
    i18n.use_language("en")


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    return shown


def _removed(view, event_id: int) -> None:  # noqa: F811
    """As emptying the trash in another window leaves it: the row is gone."""
    view.conn.execute("DELETE FROM events WHERE id = ?", (event_id,))


def test_editing_an_event_removed_meanwhile_says_so_in_chinese(
        view, chinese, warnings, monkeypatch):  # noqa: F811
    event = add(view)

    def fill(dialog):
        dialog.title.setText("读书分享（改）")
        _removed(view, event.id)
        return True

    monkeypatch.setattr(view, "run_dialog", fill)
    view.edit(view.found[0])

    assert len(warnings) == 1
    assert _CJK.search(warnings[0]) and not _ENGLISH.search(warnings[0]), warnings
    assert str(event.id) in warnings[0]
    assert view.undo_stack.count() == 0


def test_copying_an_event_removed_meanwhile_says_so_in_chinese(
        view, chinese, warnings):  # noqa: F811
    event = add(view)
    occurrence = view.found[0]
    _removed(view, event.id)

    view.copy(occurrence)

    assert len(warnings) == 1
    assert _CJK.search(warnings[0]) and not _ENGLISH.search(warnings[0]), warnings
    assert ev.get_event(view.conn, event.id) is None


def test_the_editor_refuses_a_series_ending_before_it_starts_in_chinese(
        view, chinese, qtbot):  # noqa: F811
    dialog = EventDialog(view.conn, day=date(2026, 12, 10), hour=19,
                         community_id=view.communities[0], parent=view)
    qtbot.addWidget(dialog)
    dialog.title.setText("跑步打卡")
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("WEEKLY"))
    dialog.end_until.setChecked(True)
    dialog.until.setDate(QDate(2026, 12, 1))

    problems = dialog.problems()

    assert len(problems) == 1
    assert _CJK.search(problems[0]) and not _ENGLISH.search(problems[0]), problems
    dialog.accept()
    assert dialog.problem.text() == problems[0]
    assert dialog.result() == 0  # not accepted: still open for a fix
