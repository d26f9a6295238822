"""A repeat rule reads as words in both languages (每周三，共 8 次 / every Wednesday, 8
times), however it was written: by our editor, by another calendar app, or by hand. The
raw rule shows only when nothing of it can be read."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop import i18n
from views.calendar.rule_text import rule_text

#: A Wednesday evening in Shanghai.
START = datetime.fromisoformat("2026-12-02T19:00:00+08:00")

RULES = [
    # (rule, skipped, English, Chinese)
    ("FREQ=WEEKLY;BYDAY=WE;COUNT=8", 0, "every Wednesday, 8 times", "每周三，共 8 次"),
    ("FREQ=WEEKLY;BYDAY=WE;COUNT=8", 2, "every Wednesday, 8 times, 2 skipped",
     "每周三，共 8 次，已跳过 2 次"),
    ("FREQ=WEEKLY;COUNT=1", 1, "every Wednesday, 1 time, 1 skipped",
     "每周三，共 1 次，已跳过 1 次"),
    ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH", 0, "every 2 weeks on Tuesday and Thursday",
     "每两周的周二、周四"),
    ("FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,WE,FR", 0,
     "every 3 weeks on Monday, Wednesday and Friday", "每 3 周的周一、周三、周五"),
    ("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", 0, "every weekday (Monday to Friday)",
     "每个工作日（周一至周五）"),
    ("FREQ=MONTHLY;BYDAY=1SA", 0, "monthly on the first Saturday", "每月第一个周六"),
    ("FREQ=MONTHLY;BYDAY=-1FR", 0, "monthly on the last Friday", "每月最后一个周五"),
    ("FREQ=MONTHLY;BYMONTHDAY=15", 0, "monthly on day 15", "每月 15 日"),
    ("FREQ=MONTHLY", 0, "monthly on day 2", "每月 2 日"),  # the start's day
    ("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=1,15,-1", 0,
     "every 2 months on days 1, 15 and the last day", "每两个月 1、15 日、最后一天"),
    ("FREQ=DAILY;UNTIL=20261231T155959Z", 0, "daily until 2026-12-31", "每天，到 2026-12-31"),
    ("FREQ=DAILY;INTERVAL=10;UNTIL=20261231", 0, "every 10 days until 2026-12-31",
     "每 10 天，到 2026-12-31"),
    ("FREQ=YEARLY", 0, "yearly on December 2", "每年 12 月 2 日"),
    ("FREQ=YEARLY;BYMONTH=5;BYDAY=2SU", 0, "yearly on the second Sunday of May",
     "每年 5 月第二个周日"),
    # parts our editor cannot make, still in words
    ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", 0,
     "monthly on each Monday to Friday, only the last of those dates",
     "每月每个周一至周五，只取其中最后一个"),
    ("FREQ=DAILY;BYHOUR=9,18;BYMINUTE=30", 0, "daily at 09:30 and 18:30",
     "每天 09:30、18:30"),
    ("FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13", 0, "monthly on day 13, when that is a Friday",
     "每月 13 日，且逢周五"),
    ("FREQ=WEEKLY;BYMONTH=3,6;BYDAY=SA", 0, "every Saturday, only in March and June",
     "每周六，仅 3 月、6 月"),
    ("RRULE:freq=hourly;interval=2;wkst=SU", 0, "every 2 hours", "每两小时"),
    # hostile or unknown parts: the rest in words, only the unreadable part as written
    ("FREQ=WEEKLY;BYDAY=WE;X-NAME=1;BYEASTER=0", 0,
     "every Wednesday (and parts Qunzhu cannot read: X-NAME=1;BYEASTER=0)",
     "每周三（另有群主无法识别的部分：X-NAME=1;BYEASTER=0）"),
    ("FREQ=WEEKLY;BYDAY=XX;COUNT=-3", 0,
     "weekly (and parts Qunzhu cannot read: BYDAY=XX;COUNT=-3)",
     "每周（另有群主无法识别的部分：BYDAY=XX;COUNT=-3）"),
    ("FREQ=DAILY;COUNT=3;COUNT=4", 0, "daily, 3 times (and parts Qunzhu cannot read: COUNT=4)",
     "每天，共 3 次（另有群主无法识别的部分：COUNT=4）"),
    # nothing understood: the text as it is
    ("FREQ=FORTNIGHTLY", 0, "a rule Qunzhu cannot read: FREQ=FORTNIGHTLY",
     "群主无法识别的规则：FREQ=FORTNIGHTLY"),
    ("not a rule at all", 0, "a rule Qunzhu cannot read: not a rule at all",
     "群主无法识别的规则：not a rule at all"),
]


@pytest.fixture
def chinese(qapp):
    i18n.use_language("zh_CN")
    yield
    i18n.use_language("en")


@pytest.mark.parametrize(("rule", "skipped", "english", "chinese_text"), RULES)
def test_rules_read_as_words_in_english(qapp, rule, skipped, english, chinese_text):
    assert rule_text(rule, START, skipped) == english


@pytest.mark.parametrize(("rule", "skipped", "english", "chinese_text"), RULES)
def test_rules_read_as_words_in_chinese(chinese, rule, skipped, english, chinese_text):
    assert rule_text(rule, START, skipped) == chinese_text


def test_until_is_the_last_day_where_the_event_happens():
    """UNTIL in UTC 15:59:59 is 23:59:59 in Shanghai: still the 31st there."""
    assert rule_text("FREQ=DAILY;UNTIL=20261231T160000Z", START) == "daily until 2027-01-01"
    assert rule_text("FREQ=DAILY;UNTIL=20261231T155959Z", START).endswith("2026-12-31")
