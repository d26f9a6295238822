"""Calendar files: read back by icalendar with every event, RRULE, time zone and UID as
written; exported then imported creates no duplicates; bad files change nothing."""

from __future__ import annotations

from datetime import date, datetime

import icalendar
import pytest

from exports.ics import calendar_bytes, export_calendar
from exports.ics_import import CalendarImportError, import_calendar
from models.core import zones
from models.events import schedule as ev
from models.events.occurrences import delete_occurrence, detach_occurrence
from models.events.schedule import EventFields
from models.events.series_tally import EventTally
from tests.models.calendar_fixtures import cal  # noqa: F401


def seed(ws, a, b):
    single, _ = ev.create_event(ws.conn, EventFields(
        title="年终读书分享会：《置身事内》", starts_at="2026-12-20T14:00:00+08:00",
        ends_at="2026-12-20T17:00:00+08:00", community_id=a, kind="分享会",
        location="杭州 · 纸间书店二楼", capacity=40, budget=120000, status="已发布",
        description="第一行\n第二行，含逗号; 分号"))
    series, _ = ev.create_event(ws.conn, EventFields(
        title="每周夜跑", starts_at="2026-12-02T19:30:00+08:00",
        ends_at="2026-12-02T21:00:00+08:00", community_id=b, kind="聚会",
        rrule="FREQ=WEEKLY;BYDAY=WE;COUNT=8", status="已发布"))
    online, _ = ev.create_event(ws.conn, EventFields(
        title="直播答疑", starts_at="2026-12-10T20:00:00+08:00", community_id=a, kind="直播",
        online=True, link="https://meeting.tencent.com/x"))
    whole, _ = ev.create_event(ws.conn, EventFields(
        title="会员日", starts_at="2026-12-12T00:00:00+08:00",
        ends_at="2026-12-13T00:00:00+08:00", all_day=True, community_id=a, kind="促销"))
    moved, _ = detach_occurrence(ws.conn, series.id, "2026-12-16T19:30:00+08:00")
    ev.update_event(ws.conn, moved.id, starts_at="2026-12-17T19:30:00+08:00",
                    ends_at="2026-12-17T21:00:00+08:00")
    delete_occurrence(ws.conn, series.id, "2026-12-23T19:30:00+08:00")
    return single, series, online, whole


def test_export_is_read_back_by_icalendar_as_written(cal, tmp_path):  # noqa: F811
    ws, (a, b), _ = cal
    single, series, online, whole = seed(ws, a, b)
    ev.update_event(ws.conn, single.id, title="年终读书分享会：《置身事内》（加场）")
    path = tmp_path / "out.ics"
    summary = export_calendar(ws.conn, path)
    assert summary.events == 5 and summary.tzids == ("Asia/Shanghai",)
    parsed = icalendar.Calendar.from_ical(path.read_bytes())
    assert [tz["TZID"] for tz in parsed.walk("VTIMEZONE")] == ["Asia/Shanghai"]
    found = {(str(e["UID"]), "RECURRENCE-ID" in e): e for e in parsed.walk("VEVENT")}
    assert len(found) == 5
    first = found[(single.uid, False)]
    assert str(first["SUMMARY"]) == "年终读书分享会：《置身事内》（加场）"
    assert str(first["DESCRIPTION"]) == "第一行\n第二行，含逗号; 分号"
    assert first["SEQUENCE"] == 1
    assert first["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert first["DTSTART"].dt == datetime.fromisoformat("2026-12-20T14:00:00+08:00")
    assert str(first["X-QUNZHU-COMMUNITY"]) == "读书会"
    weekly = found[(series.uid, False)]
    assert weekly["RRULE"] == icalendar.vRecur.from_ical("FREQ=WEEKLY;BYDAY=WE;COUNT=8")
    assert [d.dt for d in weekly["EXDATE"].dts] == [
        datetime.fromisoformat("2026-12-23T19:30:00+08:00")]
    exception = found[(series.uid, True)]
    assert exception["RECURRENCE-ID"].dt == datetime.fromisoformat("2026-12-16T19:30:00+08:00")
    assert exception["DTSTART"].dt.day == 17
    assert found[(whole.uid, False)]["DTSTART"].dt == date(2026, 12, 12)
    assert str(found[(online.uid, False)]["URL"]) == "https://meeting.tencent.com/x"


def test_scope_by_community_and_dates(cal):  # noqa: F811
    ws, (a, b), _ = cal
    seed(ws, a, b)
    data, summary = calendar_bytes(ws.conn, community_id=b)
    assert summary.events == 2  # VEVENTs: the series and its edited occurrence
    # ... which people count as one series of 7 (8 less the one deleted)
    assert summary.tally == EventTally(singles=0, series=1, occurrences=7, endless=0)
    _, summary = calendar_bytes(ws.conn, community_id=a, start=date(2026, 12, 11),
                                end=date(2026, 12, 31))
    assert summary.events == 2


def test_export_then_import_creates_no_duplicates(cal, tmp_path):  # noqa: F811
    ws, (a, b), _ = cal
    seed(ws, a, b)
    data, _ = calendar_bytes(ws.conn)
    before = ws.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    report = import_calendar(ws.conn, data)
    # the series and its edited occurrence are one thing to a person
    assert (report.created, report.updated, report.unchanged) == (0, 0, 4)
    assert report.tally == EventTally(singles=3, series=1, occurrences=7, endless=0)
    assert ws.conn.execute("SELECT count(*) FROM events").fetchone()[0] == before


def test_import_into_another_workspace_recreates_everything(cal, tmp_path):  # noqa: F811
    from models.members.communities import create_community
    from models.store.workspace import open_workspace

    ws, (a, b), _ = cal
    seed(ws, a, b)
    data, _ = calendar_bytes(ws.conn)
    with open_workspace(tmp_path / "other.qunzhu") as other:
        create_community(other.conn, "读书会")
        report = import_calendar(other.conn, data)
        assert report.created == 4
        assert any("跑步团" in str(n) for n in report.notes)  # a community the file names, not here
        again, _ = calendar_bytes(other.conn)
        assert import_calendar(other.conn, again).unchanged == 4
        row = other.conn.execute("SELECT rrule, exdates, capacity, budget FROM events WHERE"
                                 " rrule IS NOT NULL").fetchone()
        assert row[0].startswith("FREQ=WEEKLY") and row[1] == "2026-12-23T19:30:00+08:00"


GOOGLE = b"""BEGIN:VCALENDAR\r
PRODID:-//Google Inc//Google Calendar 70.9054//EN\r
VERSION:2.0\r
BEGIN:VEVENT\r
DTSTART:20261205T110000Z\r
DTEND:20261205T120000Z\r
UID:abc123@google.com\r
SEQUENCE:2\r
SUMMARY:Team sync \xe5\x91\xa8\xe4\xbc\x9a\r
LOCATION:https://meet.google.com/xyz\r
ATTENDEE;CN=Li:mailto:li@example.com\r
STATUS:CONFIRMED\r
END:VEVENT\r
BEGIN:VTODO\r
UID:todo-1\r
SUMMARY:buy cups\r
END:VTODO\r
END:VCALENDAR\r
"""


def test_google_file_is_mapped_and_what_is_left_out_is_reported(cal):  # noqa: F811
    ws, _, _ = cal
    zones.set_default_tzid(ws.conn, "Asia/Shanghai")
    report = import_calendar(ws.conn, GOOGLE)
    assert report.created == 1
    assert any("ATTENDEE" in str(n) for n in report.notes)
    assert any("VTODO" in str(n) for n in report.notes)
    event = ev.get_by_uid(ws.conn, "abc123@google.com")
    assert event.title == "Team sync 周会" and event.online
    assert event.link == "https://meet.google.com/xyz"
    assert event.starts_at == "2026-12-05T19:00:00+08:00"  # UTC shown in the local zone
    assert event.sequence == 2
    changed = GOOGLE.replace(b"Team sync", b"Team meeting").replace(b"SEQUENCE:2", b"SEQUENCE:3")
    assert import_calendar(ws.conn, changed).updated == 1
    assert ev.get_by_uid(ws.conn, "abc123@google.com").title == "Team meeting 周会"


@pytest.mark.parametrize("data, problem", [
    (b"hello", "not an iCalendar file"),
    (GOOGLE.replace(b"DTSTART:20261205T110000Z\r\n", b""), "no DTSTART"),
    (GOOGLE.replace(b"DTEND:20261205T120000Z", b"DTEND:20261204T120000Z"), "before the start"),
])
def test_invalid_file_is_refused_and_nothing_written(cal, data, problem):  # noqa: F811
    ws, _, _ = cal
    before = ws.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    with pytest.raises(CalendarImportError) as raised:
        import_calendar(ws.conn, data)
    assert any(problem in str(p) for p in raised.value.problems)
    assert ws.conn.execute("SELECT count(*) FROM events").fetchone()[0] == before


def test_one_bad_event_among_good_ones_writes_none(cal):  # noqa: F811
    ws, _, _ = cal
    bad = GOOGLE.replace(b"END:VCALENDAR", b"BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:no start\r\n"
                                           b"END:VEVENT\r\nEND:VCALENDAR")
    with pytest.raises(CalendarImportError, match="no DTSTART"):
        import_calendar(ws.conn, bad)
    assert ws.conn.execute("SELECT count(*) FROM events").fetchone()[0] == 0


OUTLOOK = """BEGIN:VCALENDAR\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
VERSION:2.0\r
METHOD:PUBLISH\r
BEGIN:VTIMEZONE\r
TZID:China Standard Time\r
BEGIN:STANDARD\r
DTSTART:16010101T000000\r
TZOFFSETFROM:+0800\r
TZOFFSETTO:+0800\r
END:STANDARD\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
CLASS:PUBLIC\r
DTSTART;TZID="China Standard Time":20261208T140000\r
DTEND;TZID="China Standard Time":20261208T153000\r
RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=TU\r
SUMMARY;LANGUAGE=zh-cn:周例会\r
LOCATION;LANGUAGE=zh-cn:3 楼会议室\r
UID:040000008200E00074C5B7101A82E00800000000\r
SEQUENCE:0\r
BEGIN:VALARM\r
TRIGGER:-PT15M\r
ACTION:DISPLAY\r
DESCRIPTION:Reminder\r
END:VALARM\r
END:VEVENT\r
BEGIN:VEVENT\r
DTSTART;VALUE=DATE:20261225\r
DTEND;VALUE=DATE:20261226\r
SUMMARY:圣诞节\r
UID:040000008200E00074C5B7101A82E00800000001\r
END:VEVENT\r
END:VCALENDAR\r
""".encode()


def test_outlook_file_with_a_windows_zone_and_an_alarm(cal):  # noqa: F811
    from datetime import datetime as dt

    from models.events.occurrences import occurrences

    ws, _, _ = cal
    report = import_calendar(ws.conn, OUTLOOK)
    assert report.created == 2
    assert any("VALARM" in str(n) for n in report.notes)
    weekly = ev.get_by_uid(ws.conn, "040000008200E00074C5B7101A82E00800000000")
    assert weekly.starts_at == "2026-12-08T14:00:00+08:00" and weekly.location == "3 楼会议室"
    assert weekly.rrule.startswith("FREQ=WEEKLY")
    days = [o.start.day for o in occurrences(ws.conn, dt.fromisoformat("2026-12-01T00:00:00+08:00"),
                                             dt.fromisoformat("2027-01-01T00:00:00+08:00"))]
    assert days == [8, 15, 22, 25]
    christmas = ev.get_by_uid(ws.conn, "040000008200E00074C5B7101A82E00800000001")
    assert christmas.all_day and christmas.starts_at.startswith("2026-12-25T00:00:00")
