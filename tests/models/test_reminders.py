"""What the reminders list holds: the days ahead grouped (overdue items first), events still
running, standalone checklists in every community, and the facts the group texts tell."""

from __future__ import annotations

from datetime import date, datetime

from models.events import registrations as reg
from models.events import schedule as ev
from models.events.group_texts import DEFAULT_SLOTS, bring_lines, group_facts
from models.events.occurrences import occurrences
from models.events.reminders import by_day, reminders
from models.events.schedule import EventFields
from tests.models.calendar_fixtures import cal  # noqa: F401

NOW = datetime.fromisoformat("2026-12-01T18:30:00+08:00")  # a Tuesday evening


def event(ws, title, start, end=None, community_id=None, **extra):
    found, _ = ev.create_event(ws.conn, EventFields(
        title=title, starts_at=f"{start}+08:00", ends_at=f"{end}+08:00" if end else None,
        community_id=community_id, status=extra.pop("status", "已发布"), **extra))
    return found


def checklist(ws, event_id, title, items):
    cur = ws.conn.execute("INSERT INTO checklists (event_id, title, created_at, updated_at)"
                          " VALUES (?, ?, '2026-11-01', '2026-11-01')", (event_id, title))
    ws.conn.executemany("INSERT INTO checklist_items (checklist_id, name, due_on, status, owner)"
                        " VALUES (?, ?, ?, ?, ?)",
                        [(cur.lastrowid, *item) for item in items])
    return cur.lastrowid


def test_days_ahead_are_grouped_with_overdue_items_first(cal):  # noqa: F811
    ws, (a, _), _ = cal
    running = event(ws, "下午茶", "2026-12-01T17:00:00", "2026-12-01T19:00:00", a)
    tonight = event(ws, "读书会", "2026-12-01T19:30:00", "2026-12-01T21:30:00", a)
    event(ws, "早跑", "2026-12-01T07:00:00", "2026-12-01T08:00:00", a)  # over already
    event(ws, "跑步", "2026-12-03T07:00:00", "2026-12-03T08:00:00", a)
    event(ws, "草稿", "2026-12-02T10:00:00", None, a, status="草稿")  # not announced
    event(ws, "太远", "2026-12-09T10:00:00", None, a)  # past 7 whole days
    event(ws, "最后一天", "2026-12-08T23:00:00", None, a)  # the horizon's last day counts
    checklist(ws, tonight.id, "读书会物料", [
        ("易拉宝", "2026-11-28", "待准备", "小王"),  # overdue
        ("签到表", "2026-12-02", "已下单", None),
        ("矿泉水", "2026-11-29", "已到货", None)])  # arrived: nothing to do
    found = reminders(ws.conn, now=NOW)
    groups = by_day(found)
    assert [g.day for g in groups] == [None, date(2026, 12, 1), date(2026, 12, 2),
                                       date(2026, 12, 3), date(2026, 12, 8)]
    overdue, today, tomorrow, thursday, last = groups
    assert [i.name for i in overdue.items] == ["易拉宝"] and not overdue.events
    assert [o.event.title for o in today.events] == ["下午茶", "读书会"]
    assert today.events[0].event.id == running.id  # running now: still worth a glance
    assert [i.name for i in tomorrow.items] == ["签到表"] and not tomorrow.events
    assert [o.event.title for o in thursday.events] == ["跑步"]
    assert [o.event.title for o in last.events] == ["最后一天"]
    assert found.overdue_items == 1


def test_registrations_and_capacity_travel_with_each_occurrence(cal):  # noqa: F811
    ws, (a, _), members = cal
    talk = event(ws, "讲座", "2026-12-02T19:00:00", "2026-12-02T21:00:00", a, capacity=30)
    reg.register(ws.conn, talk.id, members[:3])
    event(ws, "线上共读", "2026-12-02T20:00:00", "2026-12-02T21:00:00", a,
          rrule="FREQ=WEEKLY;COUNT=4", capacity=100)
    found = reminders(ws.conn, now=NOW)
    by_title = {o.event.title: found.signed_up(o) for o in found.events}
    assert by_title == {"讲座": (3, 30), "线上共读": (0, 100)}


def test_a_standalone_checklist_shows_in_every_community(cal):  # noqa: F811
    ws, (a, b), _ = cal
    other = event(ws, "跑步团聚餐", "2026-12-05T18:00:00", None, b)
    checklist(ws, None, "仓库盘点", [("胶带", "2026-12-02", "待准备", None)])
    checklist(ws, other.id, "聚餐物料", [("餐具", "2026-12-02", "待准备", None)])
    assert [i.name for i in reminders(ws.conn, a, now=NOW).items] == ["胶带"]
    assert sorted(i.name for i in reminders(ws.conn, b, now=NOW).items) == ["胶带", "餐具"]


def test_a_deleted_event_takes_its_checklist_items_off_the_list(cal):  # noqa: F811
    ws, (a, _), _ = cal
    gone = event(ws, "取消了", "2026-12-05T18:00:00", None, a)
    checklist(ws, gone.id, "物料", [("横幅", "2026-12-02", "待准备", None)])
    ev.delete_event(ws.conn, gone.id)
    assert reminders(ws.conn, now=NOW).empty


def test_what_to_bring_is_read_from_the_description():
    description = ("19:00 签到，19:30 开始\n请携带：笔记本、水杯\n- 自带一本想分享的书\n"
                   "Please bring: a laptop\n嘉宾：李老师")
    assert bring_lines(description) == ("笔记本、水杯", "一本想分享的书", "a laptop")
    assert bring_lines("活动当天请携带身份证入场") == ("活动当天请携带身份证入场",)
    assert bring_lines(None) == () and bring_lines("欢迎报名。") == ()


def test_group_facts_of_an_occurrence(cal):  # noqa: F811
    ws, (a, _), members = cal
    talk = event(ws, "讲座\n第二场", "2026-12-02T19:00:00", "2026-12-02T21:00:00", a,
                 capacity=5, location="  静安区图书馆\n3 楼 ", description="请带笔")
    reg.register(ws.conn, talk.id, members[:2])
    [o] = occurrences(ws.conn, NOW, datetime.fromisoformat("2026-12-03T00:00:00+08:00"))
    facts = group_facts(ws.conn, o)
    assert (facts.title, facts.place, facts.bring) == ("讲座 第二场", "静安区图书馆 3 楼", ("笔",))
    assert (facts.taken, facts.slots, facts.full) == (2, 3, False)
    reg.register(ws.conn, talk.id, members[2:5])
    facts = group_facts(ws.conn, o)
    assert facts.full and facts.slots == DEFAULT_SLOTS  # a waitlist to fill
