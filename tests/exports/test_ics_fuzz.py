"""Hostile calendar files made by hypothesis from a valid event with its properties mutated
(RRULE parts, huge numbers, odd dates and durations, EXDATE/RDATE values, unknown TZIDs,
duplicate RECURRENCE-IDs). Whatever the file: ``qunzhu import calendar`` exits 0 or 2,
never with a traceback; on 2 the workspace is unchanged; everything it accepted exports,
and expands over ten years within the work budget (counted, not timed).

Derandomized, so CI sees the same files each run; ``QUNZHU_FUZZ_EXAMPLES`` raises the count
for a longer hunt on a developer's machine.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.cli import main
from models.events import rule_walk
from models.events.occurrences import occurrences
from models.store.workspace import open_workspace

settings.register_profile(
    "calendar-fuzz", max_examples=int(os.environ.get("QUNZHU_FUZZ_EXAMPLES", "150")),
    deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.function_scoped_fixture])

HUGE = ["99999999999999999999999", "9223372036854775808", "9223372036854775807",
        "-9223372036854775809", "-1", "0", "1e9", "", "12abc", "٣"]
DATES = ["20261201T193000Z", "20261201T193000", "20261201", "99991231T235959Z", "00010101",
         "00010101T000000Z", "99991201T000000Z", "19000101T000000Z", "20260230T100000",
         "2026-12-01", "notadate", "20261201T250000Z", "20261201T193000+0800"]
TZIDS = ["Asia/Shanghai", "Mars/Olympus_Mons", "", "Europe/Berlin", "UTC", "../etc/passwd"]
RULE_PARTS = {
    "FREQ": ["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY",
             "FORTNIGHTLY", "", "daily"],
    "INTERVAL": ["1", "2", "0", "-3", "99999999", "99999999999999999999"],
    "COUNT": ["1", "5", "10000", "10001", "999999999", "0", "-1", "x"],
    "UNTIL": ["20271231T235959Z", "20271231", "99991231T235959Z", "19000101", "2027", "x"],
    "BYDAY": ["MO", "MO,WE,FR", "1MO", "-1FR", "53MO", "XX", "+2TU"],
    "BYMONTHDAY": ["1", "30", "31", "-1", "0", "32"],
    "BYMONTH": ["2", "12", "13", "0"],
    "BYYEARDAY": ["1", "366", "-366", "367"],
    "BYWEEKNO": ["1", "53", "-53", "54"],
    "BYSETPOS": ["1", "-1", "366", "0"],
    "BYHOUR": ["9", "0,6,12,18", "24", ",".join(str(h) for h in range(24))],
    "BYMINUTE": ["0", "0,30", "60", ",".join(str(m) for m in range(60))],
    "BYSECOND": ["0", "0,30", "61"],
    "WKST": ["MO", "SU", "XX"],
}


@st.composite
def rrules(draw) -> str:
    keys = draw(st.lists(st.sampled_from(sorted(RULE_PARTS)), max_size=4, unique=True))
    parts = [f"FREQ={draw(st.sampled_from(RULE_PARTS['FREQ']))}"] if draw(st.booleans()) or \
        not keys else []
    parts += [f"{k}={draw(st.sampled_from(RULE_PARTS[k]))}" for k in keys if k != "FREQ"]
    if draw(st.integers(0, 9)) == 0:
        parts.append(draw(st.text(alphabet="=;,:ABCXYZ019-", max_size=12)))
    return "RRULE:" + ";".join(parts)


def dated(name: str):
    return st.builds(lambda tz, value, kind: f"{name}{tz}{kind}:{value}",
                     st.sampled_from(["", *(f";TZID={t}" for t in TZIDS)]),
                     st.sampled_from(DATES),
                     st.sampled_from(["", "", ";VALUE=DATE", ";VALUE=PERIOD"]))


PROPERTY = st.one_of(
    rrules(),
    dated("DTSTART"), dated("DTEND"), dated("RECURRENCE-ID"), dated("RDATE"),
    st.builds(lambda v: f"EXDATE:{v}", st.sampled_from(DATES)),
    st.builds(lambda a, b: f"EXDATE:{a},{b}", st.sampled_from(DATES), st.sampled_from(DATES)),
    st.just("EXDATE;VALUE=PERIOD:20261202T193000Z/PT1H"),
    st.builds(lambda v: f"DURATION:{v}", st.sampled_from(
        ["PT1H", "P1D", "-PT1H", "P99999999D", "P9999W", "PT0S", "P1Y", "garbage"])),
    st.builds(lambda p, v: f"{p}:{v}", st.sampled_from(
        ["SEQUENCE", "X-QUNZHU-CAPACITY", "X-QUNZHU-BUDGET", "X-QUNZHU-EXPECTED-ATTENDANCE",
         "X-QUNZHU-EXPECTED-NEW-MEMBERS"]), st.sampled_from(HUGE)),
    st.builds(lambda p, v: f"{p}:{v}", st.sampled_from(
        ["STATUS", "X-QUNZHU-KIND", "X-QUNZHU-STATUS", "CATEGORIES", "SUMMARY", "UID"]),
        st.text(alphabet="abcXYZ活动;,:\\ ", max_size=10)),
)


@st.composite
def calendars(draw) -> bytes:
    events = []
    for index in range(draw(st.integers(1, 3))):
        props = {"UID": f"fuzz-{draw(st.integers(0, 2))}",
                 "SUMMARY": f"Fuzz {index}",
                 "DTSTART": "DTSTART;TZID=Asia/Shanghai:20261201T193000",
                 "DTEND": "DTEND;TZID=Asia/Shanghai:20261201T210000"}
        lines = [f"UID:{props['UID']}", f"SUMMARY:{props['SUMMARY']}", props["DTSTART"]]
        if draw(st.booleans()):
            lines.append(props["DTEND"])
        mutations = draw(st.lists(PROPERTY, min_size=1, max_size=4))
        for line in mutations:
            name = line.split(":")[0].split(";")[0]
            if name in ("DTSTART", "DTEND", "UID", "SUMMARY") and draw(st.booleans()):
                lines = [x for x in lines if not x.startswith(name)]  # replace, or add twice
            lines.append(line)
        events.append("BEGIN:VEVENT\r\n" + "\r\n".join(lines) + "\r\nEND:VEVENT\r\n")
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//fuzz//EN\r\n" + "".join(events)
            + "END:VCALENDAR\r\n").encode()


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("fuzz") / "template.qunzhu"
    open_workspace(path).close()
    return path


def rows(path: Path) -> list[tuple]:
    with open_workspace(path, readonly=True) as ws:
        return ws.conn.execute("SELECT * FROM events ORDER BY id").fetchall()


@pytest.mark.slow
@settings(settings.get_profile("calendar-fuzz"))
@given(data=calendars())
def test_any_calendar_file_is_imported_or_refused_cleanly(data, template, qapp, capsys):
    with tempfile.TemporaryDirectory() as folder:
        workspace, source = Path(folder) / "ws.qunzhu", Path(folder) / "in.ics"
        shutil.copy(template, workspace)
        source.write_bytes(data)
        before = rows(workspace)
        code = main(["import", "calendar", str(source), "--workspace", str(workspace),
                     "--lang", "en"])
        err = capsys.readouterr().err
        assert code in (0, 2), err
        if code == 2:
            assert rows(workspace) == before
            return
        out = Path(folder) / "out.ics"
        assert main(["export", "calendar", "--workspace", str(workspace), "-o", str(out),
                     "--lang", "en"]) == 0
        assert out.read_bytes().startswith(b"BEGIN:VCALENDAR")
        spent = []
        real = rule_walk._CountingInfo._spend

        def counting(self, found):
            spent.append(found[2] - found[1] + 1)
            return real(self, found)

        tz = timezone(timedelta(hours=8))
        with mock.patch.object(rule_walk._CountingInfo, "_spend", counting), \
                open_workspace(workspace, readonly=True) as ws:
            series = ws.conn.execute("SELECT count(*) FROM events WHERE rrule IS NOT NULL"
                                     ).fetchone()[0]
            occurrences(ws.conn, datetime(2020, 1, 1, tzinfo=tz), datetime(2030, 1, 1, tzinfo=tz))
        assert sum(spent) <= (series + 1) * (rule_walk.WORK_BUDGET + 400)
