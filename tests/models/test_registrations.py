"""Registrations past capacity wait; cancellations move the waitlist up; check-in by name,
phone and pinyin; walk-ins; outcomes and their monthly totals; reminders."""

from __future__ import annotations

from datetime import datetime

from models.events import registrations as reg
from models.events import schedule as ev
from models.events.member_lookup import find_members, match_signup_list
from models.events.outcomes import month_summaries, outcome, save_outcome
from models.events.reminders import reminders, set_reminder_days
from models.events.schedule import EventFields
from tests.models.calendar_fixtures import cal  # noqa: F401


def make_event(ws, community_id, capacity=None, day="2026-12-05"):
    event, _ = ev.create_event(ws.conn, EventFields(
        title="读书分享", starts_at=f"{day}T19:00:00+08:00", ends_at=f"{day}T21:00:00+08:00",
        community_id=community_id, capacity=capacity, budget=50000, status="已发布"))
    return event.id


def test_past_capacity_waits_and_moves_up_on_cancellation(cal):  # noqa: F811
    ws, (a, _), m = cal
    event_id = make_event(ws, a, capacity=2)
    result = reg.register(ws.conn, event_id, m[:4])
    assert result.registered == (m[0], m[1]) and result.waitlisted == (m[2], m[3])
    assert reg.counts(ws.conn, event_id).waitlisted == 2
    again = reg.register(ws.conn, event_id, [m[0]])
    assert again.already == (m[0],)
    promoted, change = reg.cancel(ws.conn, event_id, m[1])
    assert promoted == [m[2]] and change.touches("registrations")
    statuses = {r.member_id: r.status for r in reg.list_registrations(ws.conn, event_id)}
    assert statuses == {m[0]: "registered", m[2]: "registered", m[3]: "waitlisted"}
    promoted, _ = reg.set_capacity(ws.conn, event_id, 5)
    assert promoted == [m[3]]


def test_check_in_writes_attendance_and_counts_update(cal):  # noqa: F811
    ws, (a, _), m = cal
    event_id = make_event(ws, a)
    reg.register(ws.conn, event_id, m[:3])
    first = reg.check_in(ws.conn, event_id, m[0])
    assert first.outcome == "checked_in"
    assert reg.check_in(ws.conn, event_id, m[0]).outcome == "already"
    walk = reg.check_in(ws.conn, event_id, m[4])
    assert walk.outcome == "walk_in"
    new = reg.walk_in(ws.conn, event_id, "陈新来", "13012345678")
    assert new.outcome == "walk_in"
    assert reg.counts(ws.conn, event_id) == reg.Counts(
        registered=3, checked_in=3, walk_ins=2, no_shows=2, waitlisted=0)
    rows = ws.conn.execute("SELECT member_id, community_id, kind FROM activities"
                           " WHERE event_id = ? ORDER BY id", (event_id,)).fetchall()
    assert rows == [(m[0], a, "参加活动"), (m[4], a, "参加活动"), (new.member_id, a, "参加活动")]
    # the walk-in joined the community
    assert ws.conn.execute("SELECT count(*) FROM memberships WHERE member_id = ? AND"
                           " community_id = ?", (new.member_id, a)).fetchone()[0] == 1


def test_find_members_by_name_phone_and_pinyin(cal):  # noqa: F811
    ws, (a, _), m = cal
    event_id = make_event(ws, a)
    reg.register(ws.conn, event_id, m[:3])
    def names(text, **kw):
        return [h.display_name for h in find_members(ws.conn, text, event_id=event_id, **kw)]
    assert names("李娜") == ["李娜"]
    assert names("1234") == ["张晓明"]  # last four digits, among the registered
    assert names("zxm") == ["张晓明"]
    assert names("lina") == ["李娜"]
    assert names("张") == ["张晓明", "张伟"]  # registered first, then the roster
    assert names("1363") == ["张伟"]  # phone prefix over the roster
    assert find_members(ws.conn, "1234", event_id=event_id)[0].registration == "registered"
    assert names("张", community_id=a) == ["张晓明", "张伟"]
    assert find_members(ws.conn, "   ") == []


def test_pasted_signup_list_is_matched_line_by_line(cal):  # noqa: F811
    ws, (a, _), m = cal
    pasted = "1. 张晓明\n2、李娜 139-1111-2222\n\n陈某某, 13500000000\n赵磊"
    lines = match_signup_list(ws.conn, pasted, community_id=a)
    assert [(x.name, x.phone, x.member_id, x.problem) for x in lines] == [
        ("张晓明", None, m[0], ""), ("李娜", "13911112222", m[1], ""),
        ("陈某某", "13500000000", None, "not_found"), ("赵磊", None, m[4], "")]


def test_outcome_totals_per_event_and_month(cal):  # noqa: F811
    ws, (a, _), m = cal
    first = make_event(ws, a, day="2026-12-05")
    second = make_event(ws, a, day="2026-12-19")
    reg.register(ws.conn, first, m[:4])
    for member in m[:3]:
        reg.check_in(ws.conn, first, member)
    reg.check_in(ws.conn, second, m[0])
    save_outcome(ws.conn, first, new_members=5, conversions=2, revenue=19800, actual_cost=62000,
                 notes="场地偏小")
    save_outcome(ws.conn, second, new_members=1, conversions=0, revenue=0, actual_cost=30000,
                 notes=None)
    result = outcome(ws.conn, first)
    assert (result.attendance, result.registered, result.show_rate) == (3, 4, 0.75)
    assert result.over_budget == 12000
    [december] = month_summaries(ws.conn, a)
    assert december.month == "2026-12"
    assert (december.events, december.attendance, december.new_members, december.conversions,
            december.revenue, december.actual_cost, december.budget) == (
        2, 4, 6, 2, 19800, 92000, 100000)
    assert december.cost_per_attendee == 23000


def test_reminders_list_coming_events_and_due_items(cal):  # noqa: F811
    ws, (a, _), _ = cal
    event_id = make_event(ws, a, day="2026-12-05")
    make_event(ws, a, day="2026-12-30")
    ws.conn.execute("INSERT INTO checklists (id, event_id, title, created_at, updated_at)"
                    " VALUES (1, ?, '物料', '2026-11-01', '2026-11-01')", (event_id,))
    ws.conn.executemany("INSERT INTO checklist_items (checklist_id, name, due_on, status)"
                        " VALUES (1, ?, ?, ?)", [("易拉宝", "2026-12-03", "待准备"),
                                                 ("签到表", "2026-11-30", "已下单"),
                                                 ("矿泉水", "2026-12-03", "已到货")])
    now = datetime.fromisoformat("2026-12-01T09:00:00+08:00")
    found = reminders(ws.conn, now=now)
    assert [o.start.day for o in found.events] == [5]
    assert [i.name for i in found.items] == ["签到表", "易拉宝"] and found.overdue_items == 1
    set_reminder_days(ws.conn, 30)
    assert len(reminders(ws.conn, now=now).events) == 2


def test_sheet_rows_with_a_header_are_matched(cal):  # noqa: F811
    ws, (a, _), m = cal
    sheet = "序号,姓名,手机,备注\n1,李娜,13911112222,带朋友\n2,新人,13700000000,\n"
    lines = match_signup_list(ws.conn, sheet, community_id=a)
    assert [(x.name, x.phone, x.member_id) for x in lines] == [
        ("李娜", "13911112222", m[1]), ("新人", "13700000000", None)]
