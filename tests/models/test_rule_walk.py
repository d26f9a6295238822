"""The bounded walk gives what dateutil gives from the real DTSTART (fast-forwarding moves
DTSTART by whole periods only), and stops within its budget on rules that never yield."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr

from models.events import rule_walk

CHINA = timezone(timedelta(hours=8))
BERLIN = ZoneInfo("Europe/Berlin")
RULES = ["FREQ=HOURLY;INTERVAL=5", "FREQ=HOURLY;BYHOUR=9,18;BYDAY=MO", "FREQ=DAILY;INTERVAL=3",
         "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE,SA;BYSETPOS=1",
         "FREQ=WEEKLY;BYDAY=MO,FR;WKST=SU", "FREQ=MONTHLY;BYDAY=-1FR", "FREQ=MONTHLY;INTERVAL=7",
         "FREQ=MONTHLY;BYMONTHDAY=31", "FREQ=YEARLY;BYWEEKNO=53;BYDAY=MO",
         "FREQ=YEARLY;INTERVAL=3;BYMONTH=2;BYMONTHDAY=29", "FREQ=DAILY;UNTIL=20270101T000000Z"]


@pytest.mark.parametrize("text", RULES)
@pytest.mark.parametrize("start", [datetime(2001, 3, 25, 2, 30, tzinfo=BERLIN),
                                   datetime(2019, 10, 10, 19, 30, tzinfo=CHINA)])
def test_the_walk_finds_what_dateutil_finds_from_the_real_start(text, start):
    after = datetime(2026, 3, 20, tzinfo=start.tzinfo)
    before = after + timedelta(days=400)
    rule = rule_walk.parse(text, start)
    walked = rule_walk.walk(rule, after, before)
    expected = [s for s in rrulestr(text, dtstart=start).between(after, before, inc=True)
                if s < before]
    assert walked.complete and walked.starts == expected


@pytest.mark.parametrize("text", ["FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
                                  "FREQ=HOURLY;BYMONTH=4;BYMONTHDAY=31",
                                  "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;COUNT=3"])
def test_a_rule_that_never_yields_stops_within_the_budget(text):
    start = datetime(2026, 1, 1, tzinfo=CHINA)
    walked = rule_walk.walk(rule_walk.parse(text, start), start, datetime(9999, 1, 1, tzinfo=CHINA))
    assert walked.starts == [] and not walked.complete
    assert rule_walk.problem(text, start).trouble is rule_walk.Trouble.TOO_SPARSE


@pytest.mark.parametrize("text, trouble", [
    ("FREQ=SECONDLY", "too_often"), ("FREQ=MINUTELY;INTERVAL=90", "too_often"),
    ("FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12;BYMINUTE=0,30", "too_often"),
    ("FREQ=DAILY;COUNT=10001", "too_many"), ("FREQ=DAILY;COUNT=2;UNTIL=20270101", "unreadable"),
    ("FREQ=DAILY;UNTIL=2027", "unreadable"), ("FREQ=WEEKLY;FREQ=DAILY", "unreadable")])
def test_rules_the_calendar_cannot_show_are_named(text, trouble):
    assert rule_walk.problem(text, datetime(2026, 1, 1, tzinfo=CHINA)).trouble == trouble


def test_an_all_day_series_ending_on_a_date_is_read_in_its_own_zone():
    """Google and Apple end all-day series with UNTIL=<DATE>; dateutil refuses that with a
    zoned DTSTART, which used to make the whole series vanish."""
    start = datetime(2026, 12, 1, tzinfo=CHINA)
    walked = rule_walk.walk(rule_walk.parse("FREQ=DAILY;UNTIL=20261205", start), start,
                            start + timedelta(days=30))
    assert [s.day for s in walked.starts] == [1, 2, 3, 4, 5]
