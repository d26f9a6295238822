"""The event editor and the details pane speak people: the rule in words, the interval
with its unit, and moving the start keeps the event's length (all-day events too)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime

from desktop import i18n
from models.events import schedule as ev
from models.events.occurrences import delete_occurrence, occurrences
from models.events.schedule import EventFields
from tests.models.calendar_fixtures import cal  # noqa: F401
from views.calendar.details import DetailsPanel
from views.calendar.editor import EventDialog


@pytest.fixture
def chinese(qapp):
    i18n.use_language("zh_CN")
    yield
    i18n.use_language("en")


@pytest.fixture
def weekly(cal):  # noqa: F811
    ws, (a, _), _ = cal
    made, _ = ev.create_event(ws.conn, EventFields(
        title="周三夜跑", starts_at="2026-12-02T19:00:00+08:00",
        ends_at="2026-12-02T21:00:00+08:00", community_id=a,
        rrule="FREQ=WEEKLY;BYDAY=WE;COUNT=8", status="已发布"))
    delete_occurrence(ws.conn, made.id, "2026-12-16T19:00:00+08:00")
    return ws, ev.get_event(ws.conn, made.id)


def _moment(edit) -> datetime:
    return edit.dateTime().toPython()


def test_the_interval_carries_the_unit_of_the_frequency(qtbot, cal):  # noqa: F811
    ws, _, _ = cal
    dialog = EventDialog(ws.conn, day=date(2026, 12, 2))
    qtbot.addWidget(dialog)
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("WEEKLY"))
    assert dialog.interval.text() == "every 1 week"
    dialog.interval.setValue(2)
    assert dialog.interval.text() == "every 2 weeks"
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("MONTHLY"))
    assert dialog.interval.text() == "every 2 months"
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("DAILY"))
    dialog.interval.setValue(1)
    assert dialog.interval.text() == "every 1 day"


def test_the_interval_carries_its_unit_in_chinese(qtbot, cal, chinese):  # noqa: F811
    ws, _, _ = cal
    dialog = EventDialog(ws.conn, day=date(2026, 12, 2))
    qtbot.addWidget(dialog)
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("WEEKLY"))
    assert dialog.interval.text() == "每 1 周"
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("MONTHLY"))
    assert dialog.interval.text() == "每 1 个月"
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("DAILY"))
    assert dialog.interval.text() == "每 1 天"


def test_moving_the_start_keeps_the_length(qtbot, weekly):
    ws, event = weekly
    dialog = EventDialog(ws.conn, event)
    qtbot.addWidget(dialog)
    # past the end (21:00): the 2-hour event stays 2 hours
    dialog.starts.setDateTime(QDateTime(QDate(2026, 12, 2), QTime(22, 0)))
    assert _moment(dialog.ends) == datetime(2026, 12, 3, 0, 0)
    # earlier: the end follows too
    dialog.starts.setDateTime(QDateTime(QDate(2026, 12, 2), QTime(18, 30)))
    assert _moment(dialog.ends) == datetime(2026, 12, 2, 20, 30)
    # editing the end changes the length, which the next move keeps
    dialog.ends.setDateTime(QDateTime(QDate(2026, 12, 2), QTime(22, 0)))
    dialog.starts.setDateTime(QDateTime(QDate(2026, 12, 9), QTime(19, 0)))
    assert _moment(dialog.ends) == datetime(2026, 12, 9, 22, 30)
    f = dialog.fields()
    assert f.starts_at.startswith("2026-12-09T19:00") and f.ends_at.startswith("2026-12-09T22:30")


def test_moving_an_all_day_event_keeps_its_days(qtbot, cal):  # noqa: F811
    ws, (a, _), _ = cal
    made, _ = ev.create_event(ws.conn, EventFields(
        title="会员日", starts_at="2026-12-12T00:00:00+08:00",
        ends_at="2026-12-15T00:00:00+08:00", all_day=True, community_id=a))  # 12th-14th
    dialog = EventDialog(ws.conn, made)
    qtbot.addWidget(dialog)
    dialog.starts.setDate(QDate(2026, 12, 20))
    assert dialog.ends.date() == QDate(2026, 12, 22)
    f = dialog.fields()
    assert f.starts_at.startswith("2026-12-20T00:00") and f.ends_at.startswith("2026-12-23T00:00")


def test_the_editor_says_the_rule_in_words(qtbot, weekly):
    ws, event = weekly
    dialog = EventDialog(ws.conn, event)
    qtbot.addWidget(dialog)
    assert dialog.rule_summary.text() == "Repeats every Wednesday, 8 times, 1 skipped"
    assert dialog.until.date() == QDate(2027, 3, 2)  # not 2000-01-01 beside "Until"
    dialog.interval.setValue(2)
    dialog.weekday_boxes[1].setChecked(True)
    dialog.end_never.setChecked(True)
    assert dialog.rule_summary.text() == ("Repeats every 2 weeks on Tuesday and Wednesday, "
                                          "1 skipped")


def test_a_rule_from_another_app_reads_as_words_and_is_kept(qtbot, weekly):
    ws, event = weekly
    odd, _ = ev.update_event(ws.conn, event.id,
                             rrule="FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1")
    dialog = EventDialog(ws.conn, odd)
    qtbot.addWidget(dialog)
    text = dialog.rule_summary.text()
    assert "monthly on each Monday to Friday, only the last of those dates" in text
    assert "FREQ" not in text
    assert dialog.fields().rrule == "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"


def _details(qtbot, ws, event) -> str:
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    found = occurrences(ws.conn, event.start, event.end)
    panel.show_occurrence(found[0], ws.conn, {})
    return panel.body.text()


def test_the_details_pane_says_the_rule_in_words(qtbot, weekly):
    ws, event = weekly
    text = _details(qtbot, ws, event)
    assert "Repeats (every Wednesday, 8 times, 1 skipped)" in text
    assert "FREQ" not in text


def test_the_details_pane_says_the_rule_in_chinese(qtbot, weekly, chinese):
    ws, event = weekly
    text = _details(qtbot, ws, event)
    assert "重复（每周三，共 8 次，已跳过 1 次）" in text
    assert "FREQ" not in text
