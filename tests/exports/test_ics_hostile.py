"""Hostile calendar files, as a user runs them: ``qunzhu import calendar`` refuses each bad
value with one line naming the event and the property, exits 2 and leaves the workspace
exactly as it was; rows an older version stored never break an export or a view."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from desktop.cli import main
from exports.ics import calendar_bytes
from models.events import schedule as ev
from models.events.occurrences import occurrences
from models.events.schedule import EventFields
from models.store.workspace import open_workspace

HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//hostile//EN\r\n"
GOOD = ("BEGIN:VEVENT\r\nUID:good-1\r\nSUMMARY:Book club\r\nDTSTAMP:20260101T000000Z\r\n"
        "DTSTART:20261202T113000Z\r\nDTEND:20261202T130000Z\r\nEND:VEVENT\r\n")


def vevent(uid: str, summary: str, *lines: str) -> str:
    return (f"BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:{summary}\r\nDTSTAMP:20260101T000000Z\r\n"
            + "".join(line + "\r\n" for line in lines) + "END:VEVENT\r\n")


def calendar(*events: str) -> bytes:
    return (HEAD + GOOD + "".join(events) + "END:VCALENDAR\r\n").encode()


@pytest.fixture(autouse=True)
def _one_application(qapp):
    """``main`` makes a QCoreApplication when there is none; the view test needs a
    QApplication, so the tests share pytest-qt's."""
    return qapp


@pytest.fixture
def workspace(tmp_path):
    """A workspace with one event of its own, already there before the import."""
    path = tmp_path / "ws.qunzhu"
    with open_workspace(path) as ws:
        ev.create_event(ws.conn, EventFields(
            title="已有活动", starts_at="2026-11-01T19:00:00+08:00", rrule="FREQ=WEEKLY;COUNT=4"))
    return path


def contents(path) -> list[tuple]:
    with open_workspace(path, readonly=True) as ws:
        return ws.conn.execute("SELECT * FROM events ORDER BY id").fetchall()


def run(*argv: str) -> int:
    return main([*argv, "--lang", "en"])


HOSTILE = {
    "sequence past 64 bits": (
        vevent("seq-1", "Huge sequence", "DTSTART:20261201T193000Z",
               "SEQUENCE:99999999999999999999999"), "SEQUENCE"),
    "capacity past 64 bits": (
        vevent("cap-1", "Huge capacity", "DTSTART:20261201T193000Z",
               "X-QUNZHU-CAPACITY:99999999999999999999999"), "X-QUNZHU-CAPACITY"),
    "budget one past SQLite's largest": (
        vevent("bud-1", "Huge budget", "DTSTART:20261201T193000Z",
               "X-QUNZHU-BUDGET:9223372036854775808"), "X-QUNZHU-BUDGET"),
    "expected attendance past 64 bits": (
        vevent("att-1", "Huge crowd", "DTSTART:20261201T193000Z",
               "X-QUNZHU-EXPECTED-ATTENDANCE:-99999999999999999999"),
        "X-QUNZHU-EXPECTED-ATTENDANCE"),
    "far-future start with a duration": (
        vevent("far-1", "Far future", "DTSTART:99991201T000000Z", "DURATION:P60D"), "DURATION"),
    "start past the year 9999": (
        vevent("far-2", "Too far", "DTSTART;TZID=Asia/Shanghai:99991231T230000"), "DTSTART"),
    "duplicate RECURRENCE-ID": (
        vevent("dup-1", "Weekly run", "DTSTART:20261201T113000Z", "RRULE:FREQ=WEEKLY;COUNT=5")
        + vevent("dup-1", "Moved run", "DTSTART:20261209T113000Z",
                 "RECURRENCE-ID:20261208T113000Z")
        + vevent("dup-1", "Moved again", "DTSTART:20261210T113000Z",
                 "RECURRENCE-ID:20261208T113000Z"), "RECURRENCE-ID"),
    "duplicate UID": (
        vevent("good-1", "Same UID", "DTSTART:20261203T113000Z"), "UID"),
    "EXDATE as a period": (
        vevent("per-1", "Daily standup", "DTSTART:20261201T013000Z", "RRULE:FREQ=DAILY;COUNT=5",
               "EXDATE;VALUE=PERIOD:20261202T013000Z/PT1H"), "EXDATE"),
    "garbage EXDATE": (
        vevent("exd-1", "Daily standup", "DTSTART:20261201T013000Z", "RRULE:FREQ=DAILY;COUNT=5",
               "EXDATE:notadate"), "EXDATE"),
    "invalid FREQ": (
        vevent("frq-1", "Fortnightly", "DTSTART:20261201T113000Z",
               "RRULE:FREQ=FORTNIGHTLY;COUNT=5"), "RRULE"),
    "FREQ=SECONDLY": (
        vevent("sec-1", "Every second", "DTSTART:20200101T000000Z", "RRULE:FREQ=SECONDLY"),
        "RRULE"),
    "FREQ=MINUTELY with a huge COUNT": (
        vevent("min-1", "Every minute", "DTSTART:20200101T000000Z",
               "RRULE:FREQ=MINUTELY;COUNT=999999999"), "RRULE"),
    "a rule that never happens": (
        vevent("nev-1", "30 February", "DTSTART:20260101T000000Z",
               "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"), "RRULE"),
    "a huge COUNT": (
        vevent("cnt-1", "Forever daily", "DTSTART:20260101T000000Z",
               "RRULE:FREQ=DAILY;COUNT=99999999999999999999"), "RRULE"),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_a_bad_value_is_one_line_naming_event_and_property(name, workspace, tmp_path, capsys):
    text, prop = HOSTILE[name]
    source = tmp_path / "hostile.ics"
    source.write_bytes(calendar(text))
    before = contents(workspace)
    assert run("import", "calendar", str(source), "--workspace", str(workspace)) == 2
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if "nothing was imported" not in line]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    uid = text.split("UID:")[-1].split("\r\n")[0]
    assert f"UID {uid}" in lines[0] and f": {prop}" in lines[0], lines[0]
    assert contents(workspace) == before


def test_problem_lines_follow_the_language(workspace, tmp_path, capsys):
    source = tmp_path / "hostile.ics"
    source.write_bytes(calendar(*(HOSTILE["FREQ=SECONDLY"][:1])))
    assert main(["import", "calendar", str(source), "--workspace", str(workspace),
                 "--lang", "zh_CN"]) == 2
    err = capsys.readouterr().err
    assert "活动" in err and "RRULE" in err and "sec-1" in err


def store_as_an_older_version_did(path, rrule: str, exdates: str | None = None,
                                  starts_at: str = "2020-01-01T08:00:00+08:00") -> int:
    """A row written straight into the file, as versions before these checks could."""
    with open_workspace(path) as ws:
        event, _ = ev.create_event(ws.conn, EventFields(title="旧版本的活动", starts_at=starts_at))
        ws.conn.execute("UPDATE events SET rrule = ?, exdates = ? WHERE id = ?",
                        (rrule, exdates, event.id))
    return event.id


@pytest.mark.parametrize("rrule", ["FREQ=FORTNIGHTLY", "FREQ=SECONDLY", "FREQ=MINUTELY;COUNT=9",
                                   "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "COUNT=3",
                                   "FREQ=DAILY;COUNT=5;UNTIL=20300101", "garbage;;==;"])
def test_a_stored_rule_it_cannot_read_never_breaks_export(rrule, workspace, tmp_path, capsys):
    store_as_an_older_version_did(workspace, rrule, exdates="not-a-date,2020-01-02T08:00:00+08:00")
    out = tmp_path / "out.ics"
    assert run("export", "calendar", "--workspace", str(workspace), "-o", str(out)) == 0
    assert out.read_bytes().count(b"BEGIN:VEVENT") == 2
    with open_workspace(workspace, readonly=True) as ws:
        tz = timezone(timedelta(hours=8))
        found = occurrences(ws.conn, datetime(2019, 12, 30, tzinfo=tz),
                            datetime(2020, 1, 6, tzinfo=tz))
    assert any(o.event.title == "旧版本的活动" for o in found)  # at least its first occurrence


def test_a_stored_per_second_series_does_not_freeze_the_calendar(workspace, monkeypatch):
    """Counts the days dateutil is asked to walk (no timing): bounded by the budget."""
    from models.events import rule_walk

    store_as_an_older_version_did(workspace, "FREQ=SECONDLY", starts_at="2000-01-01T00:00:00+08:00")
    store_as_an_older_version_did(workspace, "FREQ=HOURLY", starts_at="1900-01-01T00:00:00+08:00")
    store_as_an_older_version_did(workspace, "FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30",
                                  starts_at="2000-01-01T00:00:00+08:00")
    walked = []
    real = rule_walk._CountingInfo._spend

    def counting(self, found):
        walked.append(1)
        return real(self, found)

    monkeypatch.setattr(rule_walk._CountingInfo, "_spend", counting)
    tz = timezone(timedelta(hours=8))
    with open_workspace(workspace, readonly=True) as ws:
        found = occurrences(ws.conn, datetime(2026, 5, 1, tzinfo=tz),
                            datetime(2026, 6, 12, tzinfo=tz))
        calendar_bytes(ws.conn)
    hourly = [o for o in found if o.event.rrule == "FREQ=HOURLY"]
    assert len(hourly) == 42 * 24  # an hourly series from 1900 still shows every hour
    assert len(walked) <= 2 * rule_walk.WORK_BUDGET


def test_the_calendar_tab_opens_over_a_stored_per_second_series(workspace, qtbot):
    from PySide6.QtGui import QUndoStack

    from views.calendar.view import CalendarView

    store_as_an_older_version_did(workspace, "FREQ=SECONDLY",
                                  starts_at=datetime.now().astimezone().replace(
                                      microsecond=0).isoformat())
    with open_workspace(workspace) as ws:
        stack = QUndoStack()
        view = CalendarView(ws, stack)
        qtbot.addWidget(view)
        view.show()
        shown = [o for o in view.found if o.event.title == "旧版本的活动"]
        assert len(shown) == 1  # its first occurrence, not one a second
        view.close()
