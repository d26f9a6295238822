"""The texts copied for the group chat, in both languages, and the 接龙 coming back: what
people fill in and append must read, through our own parser and the paste dialog, as exactly
those people."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtGui import QGuiApplication, QUndoStack

from desktop import i18n
from models.events import registrations as reg
from models.events import schedule as ev
from models.events.group_texts import group_facts
from models.events.occurrences import occurrences
from models.events.schedule import EventFields
from models.events.signup_text import LineKind, parse_signup_text
from tests.models.calendar_fixtures import cal  # noqa: F401
from views.calendar.group_texts import reminder_text, signup_text
from views.calendar.signup_paste import SignupListDialog
from views.calendar.view import CalendarView

TODAY = date(2026, 12, 12)  # the day before the event


@pytest.fixture
def lang(qapp):
    yield i18n.use_language
    i18n.use_language("en")


@pytest.fixture
def ws(cal):  # noqa: F811
    return cal[0]


def occurrence(ws, title="周六读书会", **extra):
    values = dict(location="静安区图书馆 3 楼", capacity=20, status="已发布",
                  description="19:00 签到\n请携带：笔记本、水杯\n嘉宾：李老师")
    values.update(extra)
    event, _ = ev.create_event(ws.conn, EventFields(
        title=title, starts_at="2026-12-13T19:30:00+08:00", ends_at="2026-12-13T21:30:00+08:00",
        **values))
    first = datetime.fromisoformat("2026-12-13T00:00:00+08:00")
    [found] = [o for o in occurrences(ws.conn, first, first.replace(day=14))
               if o.event.id == event.id]
    return found


def test_reminder_text_in_english(ws):
    text = reminder_text(group_facts(ws.conn, occurrence(ws)), TODAY)
    assert text == ("Reminder: 周六读书会\n"
                    "When: Tomorrow (Sun 13 Dec), 19:30–21:30\n"
                    "Where: 静安区图书馆 3 楼\n"
                    "Bring: 笔记本、水杯\n"
                    "See you there!")


def test_reminder_text_in_chinese(ws, lang):
    lang("zh_CN")
    text = reminder_text(group_facts(ws.conn, occurrence(ws)), TODAY)
    assert text == ("【活动提醒】周六读书会\n"
                    "时间：明天 12月13日（周日）19:30–21:30\n"
                    "地点：静安区图书馆 3 楼\n"
                    "请携带：笔记本、水杯\n"
                    "不见不散！")


def test_an_online_reminder_gives_the_link(ws, lang):
    o = occurrence(ws, online=True, location=None, link="https://meeting.tencent.com/x",
                   description=None)
    assert reminder_text(group_facts(ws.conn, o)).splitlines()[1:] == [
        "When: Sun 13 Dec, 19:30–21:30", "Join online: https://meeting.tencent.com/x",
        "See you there!"]
    lang("zh_CN")
    assert reminder_text(group_facts(ws.conn, o)).splitlines()[2] == \
        "线上参加：https://meeting.tencent.com/x"


def test_signup_text_in_both_languages(ws, lang):
    facts = group_facts(ws.conn, occurrence(ws, capacity=3))
    assert signup_text(facts, TODAY) == (
        "#接龙\n周六读书会\nWhen: Tomorrow (Sun 13 Dec), 19:30–21:30\n"
        "Where: 静安区图书馆 3 楼\nPlaces: 3\n"
        "Sign up: your name and the last 4 digits of your phone\ne.g. Alex 1234\n\n1.\n2.\n3.")
    lang("zh_CN")
    assert signup_text(facts, TODAY) == (
        "#接龙\n周六读书会\n时间：明天 12月13日（周日）19:30–21:30\n地点：静安区图书馆 3 楼\n"
        "名额：3 人\n报名请写 姓名+手机尾号\n例 张三 1234\n\n1.\n2.\n3.")


def fill_in(text: str) -> str:
    """What a WeChat group does to a 接龙: people fill numbered lines and append more."""
    lines = text.splitlines()
    filled = {"1.": "1. 张伟 4444", "2.": "2.李娜 13911112222", "3.": "3. 王芳 +1（新朋友）"}
    lines = [filled.get(line, line) for line in lines]
    last = max(int(line[:-1]) for line in lines if line[:-1].isdigit() and line.endswith("."))
    return "\n".join([*lines, f"{last + 1}. 赵磊 带孩子"])


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("title", ["周六读书会", "3、春季读书会", "2026 新年聚会"])
def test_the_signup_text_comes_back_as_the_people_who_signed_up(cal, qtbot, lang,  # noqa: F811
                                                               language, title):
    ws, (a, _), members = cal
    lang(language)
    o = occurrence(ws, title=title, community_id=a, capacity=None,
                   location="1. 号楼 2、层")  # hostile: numbering inside the place
    text = signup_text(group_facts(ws.conn, o), TODAY)
    entries = parse_signup_text(fill_in(text))
    people = [e for e in entries if e.kind == LineKind.ENTRY]
    assert [(e.name, e.phone, e.tail, e.guests) for e in people] == [
        ("张伟", None, "4444", 0), ("李娜", "13911112222", None, 0), ("王芳", None, None, 1),
        ("赵磊", None, None, 0)]
    heading = [e for e in entries if e.kind == LineKind.HEADER]
    assert len(heading) == text.split("\n\n")[0].count("\n") + 1  # every line above the list
    assert {e.kind for e in entries} == {LineKind.HEADER, LineKind.ENTRY, LineKind.EMPTY}
    dialog = SignupListDialog(ws.conn, a)
    qtbot.addWidget(dialog)
    dialog.set_text(fill_in(text))
    matched = {x.name: x.member_id for x in dialog.matched}
    assert matched == {"张伟": members[3], "李娜": members[1], "王芳": members[2],
                       "赵磊": members[4]}
    assert dialog.to_register() == 4


def test_a_full_event_starts_a_waitlist(ws, cal, lang):  # noqa: F811
    _, (a, _), members = cal
    o = occurrence(ws, capacity=2, community_id=a)
    reg.register(ws.conn, o.event.id, members[:2])
    text = signup_text(group_facts(ws.conn, o), TODAY)
    assert "Full: the list below is the waitlist" in text
    assert text.endswith("\n10.")


def test_the_calendar_copies_both_texts(cal, qtbot):  # noqa: F811
    ws, communities, _ = cal
    stack = QUndoStack()
    view = CalendarView(ws, stack)
    qtbot.addWidget(view)
    view.go_to(date(2026, 12, 13))
    o = occurrence(ws, community_id=communities[0])
    view.reload()
    view.select(next(x for x in view.found if x.key == o.key))
    buttons = {b.text(): b for b in view.details.buttons}
    buttons["Copy reminder"].click()
    assert QGuiApplication.clipboard().text().startswith("Reminder: 周六读书会\nWhen: ")
    buttons["Copy 接龙"].click()
    assert QGuiApplication.clipboard().text().startswith("#接龙\n周六读书会\nWhen: ")
    assert stack.count() == 0  # copying writes nothing
