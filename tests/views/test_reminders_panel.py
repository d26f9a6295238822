"""The reminders list as an operator reads it (days, overdue first in the warning tone, an
empty state saying what to do) and the notifications: the status bar when there is no tray,
once on start, once per occurrence about to begin."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMainWindow

from desktop import i18n
from models.events import schedule as ev
from models.events.reminders import reminders
from models.events.schedule import EventFields
from tests.models.calendar_fixtures import cal  # noqa: F401
from views import tones
from views.reminders.notifier import Notifier
from views.reminders.panel import RemindersPanel

NOW = datetime.fromisoformat("2026-12-01T18:30:00+08:00")  # a Tuesday evening


def at(text: str) -> datetime:
    return datetime.fromisoformat(f"2026-12-{text}+08:00")


@pytest.fixture
def lang(qapp):
    yield i18n.use_language
    i18n.use_language("en")


@pytest.fixture
def coming(cal):  # noqa: F811
    """The workspace of ``cal`` with a week ahead: tonight, Thursday, an item overdue."""
    ws, (a, _), members = cal

    def add(title, start, end=None, **extra):
        found, _ = ev.create_event(ws.conn, EventFields(
            title=title, starts_at=f"2026-12-{start}+08:00",
            ends_at=f"2026-12-{end}+08:00" if end else None, community_id=a,
            status="已发布", **extra))
        return found

    tonight = add("读书会", "01T19:30:00", "01T21:30:00", location="静安区图书馆", capacity=20)
    add("晨跑", "03T07:00:00", "03T08:00:00", online=False, location="世纪公园")
    add("线上共读", "04T20:00:00", "04T21:00:00", online=True, link="https://meeting.example/1")
    from models.events.registrations import register

    register(ws.conn, tonight.id, members[:3])
    cur = ws.conn.execute("INSERT INTO checklists (event_id, title, created_at, updated_at)"
                          " VALUES (?, '读书会物料', '2026-11-01', '2026-11-01')", (tonight.id,))
    ws.conn.executemany(
        "INSERT INTO checklist_items (checklist_id, name, due_on, status, owner)"
        " VALUES (?, ?, ?, ?, ?)", [(cur.lastrowid, "易拉宝", "2026-11-28", "待准备", "小王"),
                                    (cur.lastrowid, "签到表", "2026-12-02", "已下单", None)])
    return ws


@pytest.fixture
def panel(qtbot):
    widget = RemindersPanel()
    qtbot.addWidget(widget)
    widget.resize(520, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_list_groups_the_days_ahead_with_overdue_items_first(panel, coming):
    panel.show_reminders(reminders(coming.conn, now=NOW))
    assert panel.rows() == [
        ("Overdue", [("3 day(s) late", "⚠ 易拉宝",
                      "读书会物料 · 待准备 · owner 小王")]),
        ("Today · Tue 1 Dec", [("19:30–21:30", "读书会", "3/20 signed up · 静安区图书馆")]),
        ("Tomorrow · Wed 2 Dec", [("Due", "签到表", "读书会物料 · 已下单")]),
        ("Thursday 3 Dec", [("07:00–08:00", "晨跑", "0 signed up · 世纪公园")]),
        ("Friday 4 Dec", [("20:00–21:00", "线上共读", "0 signed up · Online")]),
    ]
    overdue = panel.tree.topLevelItem(0)
    warning = tones.tone("warning", panel.palette())
    assert overdue.foreground(0).color() == warning
    assert all(overdue.child(0).foreground(c).color() == warning for c in range(3))
    assert overdue.child(0).toolTip(0) == "Due Sat 28 Nov"
    tomorrow_item = panel.tree.topLevelItem(2).child(0)
    assert tomorrow_item.foreground(1).color() != warning  # due, not late: no alarm


def test_the_list_speaks_chinese(panel, coming, lang):
    lang("zh_CN")
    panel.show_reminders(reminders(coming.conn, now=NOW))
    headings = [h for h, _ in panel.rows()]
    assert headings[:3] == ["逾期", "今天 · 12月1日（周二）", "明天 · 12月2日（周三）"]
    assert headings[3].startswith("星期四")
    today_rows = panel.rows()[1][1]
    assert today_rows == [("19:30–21:30", "读书会", "已报名 3/20 · 静安区图书馆")]


def double_click(qtbot, tree, row) -> None:
    """Press and release, then the double click (as a mouse sends them)."""
    where = tree.visualItemRect(row).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_double_click_says_which_event_or_item(panel, coming, qtbot):
    panel.show_reminders(reminders(coming.conn, now=NOW))
    tree = panel.tree
    event_row = tree.topLevelItem(1).child(0)
    with qtbot.waitSignal(panel.event_activated) as opened:
        double_click(qtbot, tree, event_row)
    assert opened.args[0].event.title == "读书会"
    item_row = tree.topLevelItem(0).child(0)
    with qtbot.waitSignal(panel.item_activated) as opened:
        double_click(qtbot, tree, item_row)
    checklist_id, item_id = opened.args
    assert coming.conn.execute("SELECT name FROM checklist_items WHERE id = ? AND"
                               " checklist_id = ?", (item_id, checklist_id)).fetchone() == (
        "易拉宝",)


def test_an_empty_week_says_what_to_do_next(panel, cal, qtbot):  # noqa: F811
    ws, _, _ = cal
    panel.show_reminders(reminders(ws.conn, now=NOW))
    assert panel.stack.currentWidget() is panel.empty
    assert panel.empty.title.text() == "Nothing coming up"
    assert "Plan an event in the Calendar" in panel.empty.body.text()
    assert "7 day(s)" in panel.empty.body.text()
    with qtbot.waitSignal(panel.calendar_requested):
        panel.empty.button.click()


# -- notifications ------------------------------------------------------------------------


@pytest.fixture
def window(qtbot):
    """A window whose status bar is where notifications go without a tray."""
    widget = QMainWindow()
    qtbot.addWidget(widget)
    return widget


def notifier(window) -> Notifier:
    found = Notifier(window.statusBar().showMessage, QIcon(), window)
    assert found.tray is None  # offscreen: no system tray
    return found


def said(window) -> str:
    text = window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    return text


def test_without_a_tray_the_start_up_notice_goes_to_the_status_bar(window, coming):
    n = notifier(window)
    n.update(reminders(coming.conn, now=NOW), now=NOW)
    text = said(window)
    assert text.startswith("Coming up — ")
    assert "Today: 19:30–21:30 读书会" in text and "2 checklist item(s) due, 1 overdue" in text
    assert "晨跑" not in text  # Thursday is not today or tomorrow
    n.update(reminders(coming.conn, now=NOW), now=NOW)  # a fresh read after an edit
    assert said(window) == ""  # once a run


def test_an_event_about_to_begin_is_announced_once(window, coming):
    n = notifier(window)
    n.update(reminders(coming.conn, now=at("02T09:00:00")), now=at("02T09:00:00"))
    said(window)  # the start-up notice
    n._on_timer_timeout(now=at("03T05:30:00"))
    assert said(window) == ""  # 90 minutes ahead: not yet
    n._on_timer_timeout(now=at("03T06:15:00"))
    assert said(window) == "In 45 min: 晨跑 — 07:00 · 世纪公园"
    n._on_timer_timeout(now=at("03T06:30:00"))
    n.update(n.found, now=at("03T06:40:00"))  # read again: still once
    assert said(window) == ""
    n._on_timer_timeout(now=at("04T19:05:00"))
    assert said(window) == "In 55 min: 线上共读 — 20:00 · https://meeting.example/1"


def test_what_starts_within_the_hour_at_start_up_is_not_announced_twice(window, coming):
    n = notifier(window)
    n.update(reminders(coming.conn, now=NOW), now=NOW)  # 18:30, 读书会 at 19:30
    assert "读书会" in said(window)
    n._on_timer_timeout(now=at("01T18:45:00"))
    assert said(window) == ""


def test_notifications_turned_off_say_nothing(window, coming):
    n = notifier(window)
    n.set_enabled(False)
    n.update(reminders(coming.conn, now=NOW), now=NOW)
    n._on_timer_timeout(now=at("03T06:15:00"))
    assert said(window) == ""
    n.set_enabled(True)  # on again: the start-up notice it held back
    assert said(window).startswith("Coming up")


def test_a_new_day_asks_for_a_fresh_read(window, coming, qtbot):
    n = notifier(window)
    n.update(reminders(coming.conn, now=NOW), now=NOW)
    with qtbot.waitSignal(n.stale):
        n._on_timer_timeout(now=at("02T00:01:00"))
