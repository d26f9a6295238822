"""The written definitions (``models/analytics/glossary.py``), checked on a workspace built by
hand: eight people, twenty activities, three events (one a weekly series), every number below
counted by hand in the comments, never by the code under test.

Today is Monday 2026-11-23 in the workspace's zone (Asia/Shanghai); the computer runs on UTC.
Four periods: A last 30 days (10-25..11-23), B a closed past period (08-01..09-30), C this year
(01-01..11-23), D community 1 (读书会) over the last 30 days.

People (created = joined the workspace; memberships below):
  m1 Ann  02-10 公众号, c1 since 02-10                        referred m2
  m2 Bo   08-05 朋友推荐 (by m1), c1 since 08-05              referred m3
  m3 Cy   10-28 朋友推荐 (by m2), c2 since 10-28
  m4 Di   11-20 公众号, c1 since 11-20, never active
  m5 Ed   08-20 线下活动, c1 08-20, left c1 09-25, posted in c1 after leaving (10-30)
  m6 Fay  10-30 公众号, c2 since 10-30, in the trash since 11-15 (activity and a purchase)
  m7 Gu   03-05 no source, no membership: posts and buys in c1 (a non-member)
  m8 Hu   10-24 23:30 +08:00 公众号, c1 since then: joined on the 24th, not the 25th;
          checked in at 迎新会 by the app at 2026-10-24 16:20 UTC, i.e. 10-25 00:20 in the
          workspace's zone: that activity belongs to 10-25 (the first day of A)
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime

import pytest

from models.analytics import (
    audience,
    buyers_summary,
    funnel_summary,
    growth,
    points_summary,
    summary,
    zone_change,
)
from models.analytics.dashboard import compute_dashboard
from models.analytics.goals import GOAL_METRICS
from models.analytics.period import Period
from models.core import clock, zones
from models.events import registrations
from models.schema.sql import split_statements
from models.store.workspace import open_workspace, transaction

TODAY = date(2026, 11, 23)
A = Period(date(2026, 10, 25), TODAY)
B = Period(date(2026, 8, 1), date(2026, 9, 30))
C = Period(date(2026, 1, 1), TODAY)
T = "T10:00:00+08:00"

ROWS = f"""
INSERT INTO communities (id, name, created_at) VALUES
  (1, '读书会', '2026-01-01{T}'), (2, '跑步群', '2026-01-01{T}');
INSERT INTO members (id, display_name, source, referrer_id, created_at, updated_at,
                     deleted_at) VALUES
  (1, 'Ann', '公众号', NULL, '2026-02-10{T}', '2026-02-10{T}', NULL),
  (2, 'Bo', '朋友推荐', 1, '2026-08-05{T}', '2026-08-05{T}', NULL),
  (3, 'Cy', '朋友推荐', 2, '2026-10-28{T}', '2026-10-28{T}', NULL),
  (4, 'Di', '公众号', NULL, '2026-11-20{T}', '2026-11-20{T}', NULL),
  (5, 'Ed', '线下活动', NULL, '2026-08-20{T}', '2026-08-20{T}', NULL),
  (6, 'Fay', '公众号', NULL, '2026-10-30{T}', '2026-10-30{T}', '2026-11-15{T}'),
  (7, 'Gu', NULL, NULL, '2026-03-05{T}', '2026-03-05{T}', NULL),
  (8, 'Hu', '公众号', NULL, '2026-10-24T23:30:00+08:00', '2026-10-24T23:30:00+08:00', NULL);
INSERT INTO memberships (member_id, community_id, joined_at, left_at, status) VALUES
  (1, 1, '2026-02-10{T}', NULL, 'active'),
  (2, 1, '2026-08-05{T}', NULL, 'active'),
  (3, 2, '2026-10-28{T}', NULL, 'active'),
  (4, 1, '2026-11-20{T}', NULL, 'active'),
  (5, 1, '2026-08-20{T}', '2026-09-25{T}', 'removed'),
  (6, 2, '2026-10-30{T}', NULL, 'active'),
  (8, 1, '2026-10-24T23:30:00+08:00', NULL, 'active');
INSERT INTO activities (id, member_id, community_id, occurred_at, kind, amount) VALUES
  (1, 1, 1, '2026-02-11{T}', '发言', 0),
  (2, 1, 1, '2026-03-01{T}', '购买', 9900),
  (3, 1, 1, '2026-03-20{T}', '发言', 0),
  (4, 1, 1, '2026-09-10{T}', '发言', 0),
  (5, 1, 1, '2026-09-11{T}', '发言', 0),
  (6, 1, 1, '2026-09-12{T}', '发言', 0),
  (7, 1, 1, '2026-11-20{T}', '发言', 0),
  (8, 2, 1, '2026-08-06{T}', '发言', 0),
  (9, 2, 1, '2026-09-10T20:00:00+08:00', '发言', 0),
  (10, 2, 1, '2026-09-15{T}', '购买', 5000),
  (11, 2, 1, '2026-10-05{T}', '发言', 0),
  (12, 3, 2, '2026-10-29{T}', '发言', 0),
  (13, 3, 2, '2026-11-10{T}', '购买', 3000),
  (14, 5, 1, '2026-08-21{T}', '发言', 0),
  (15, 5, 1, '2026-10-30{T}', '发言', 0),
  (16, 6, 2, '2026-10-31{T}', '发言', 0),
  (17, 6, 2, '2026-11-01{T}', '购买', 2000),
  (18, 7, 1, '2026-11-05{T}', '发言', 0),
  (19, 7, 1, '2026-11-06{T}', '购买', 1000);
INSERT INTO events (id, uid, community_id, title, kind, starts_at, ends_at, rrule, tzid,
                    status, created_at, updated_at) VALUES
  (1, 'e1', 1, '读书分享会', '分享会', '2026-11-08T19:00:00+08:00',
   '2026-11-08T21:00:00+08:00', NULL, NULL, '已结束', '2026-11-01{T}', '2026-11-01{T}'),
  (2, 'e2', 2, '夜跑', '运动', '2026-11-02T19:00:00+08:00', '2026-11-02T20:00:00+08:00',
   'FREQ=WEEKLY;COUNT=6', 'Asia/Shanghai', '已发布', '2026-10-20{T}', '2026-10-20{T}'),
  (3, 'e3', 1, '迎新会', '聚会', '2026-10-25T00:00:00+08:00', '2026-10-25T01:00:00+08:00',
   NULL, NULL, '已结束', '2026-10-20{T}', '2026-10-20{T}');
INSERT INTO registrations (event_id, member_id, status, registered_at, checked_in_at,
                           walk_in) VALUES
  (1, 1, 'registered', '2026-11-02{T}', '2026-11-08T19:05:00+08:00', 0),
  (1, 2, 'registered', '2026-11-02{T}', NULL, 0),
  (1, 7, 'registered', '2026-11-08T19:20:00+08:00', '2026-11-08T19:20:00+08:00', 1),
  (2, 3, 'registered', '2026-10-29{T}', '2026-11-09T19:05:00+08:00', 0),
  (2, 6, 'registered', '2026-10-31{T}', NULL, 0);
"""


def build(path, monkeypatch) -> None:
    """The workspace above; the last row is written by the app on a computer set to UTC."""
    with open_workspace(path) as ws:
        with ws.transaction() as c:
            for statement in split_statements(ROWS):
                c.execute(statement)
            zones.set_default_tzid(c, "Asia/Shanghai")
        monkeypatch.setattr(clock, "utc_now", lambda: datetime(
            2026, 10, 24, 16, 20, tzinfo=UTC), raising=False)
        registrations.check_in(ws.conn, 3, 8)  # a walk-in at the door, written by the app


@pytest.fixture
def conn(tmp_path, monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    path = tmp_path / "definitions.qunzhu"
    try:
        build(path, monkeypatch)
        ws = open_workspace(path, readonly=True)
        yield ws.conn
        ws.close()
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.fixture
def ws(tmp_path, monkeypatch):
    """The same workspace, open for writing."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    path = tmp_path / "definitions.qunzhu"
    try:
        build(path, monkeypatch)
        with open_workspace(path) as opened:
            yield opened
    finally:
        monkeypatch.undo()
        time.tzset()


def kpis(d):
    return {k.key: (k.value, k.previous) for k in d.kpis}


def stages(funnel):
    """(members, settled, pending) per stage: settled = joiners whose window has closed."""
    return {s.key: (s.members, s.settled, s.pending) for s in funnel.stages()}


# -- time zone ---------------------------------------------------------------------------


def test_rows_the_app_writes_carry_the_workspace_offset(conn):
    at = conn.execute("SELECT occurred_at FROM activities WHERE member_id = 8").fetchone()[0]
    assert at == "2026-10-25T00:20:00+08:00"


#: Each summary and how many of its leading columns are the key (rows counting nothing are
#: left behind by the triggers and mean the same as no row).
KEYS = {"member_activity": 2, "activity_daily": 2, "activity_cohorts": 3, "member_dims": 3,
        "member_funnel": 2, "funnel_daily": 4, "points_daily": 2, "purchase_members": 4}


def summaries(conn) -> dict[str, list[tuple]]:
    return {t: [row for row in conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2, 3")
                if t in ("member_activity", "member_funnel", "purchase_members")
                or any(row[k:])] for t, k in KEYS.items()}


def rebuilt(conn) -> dict[str, list[tuple]]:
    """What the summaries hold when counted again from the rows."""
    conn.execute("SAVEPOINT recount")
    try:
        for part in (summary, funnel_summary, points_summary, buyers_summary):
            part.rebuild(conn)
        return summaries(conn)
    finally:
        conn.execute("ROLLBACK TO recount")
        conn.execute("RELEASE recount")


def daily(conn, scope=0) -> dict[str, int]:
    return dict(conn.execute("SELECT day, members FROM activity_daily WHERE scope = ?"
                             " AND members > 0", (scope,)).fetchall())


def test_an_instant_in_another_offset_counts_on_its_day_in_the_zone(ws):
    # Ann posts at 23:30 UTC on 11-21 (imported, or an old app on a UTC computer): that is
    # 07:30 on the 22nd in Shanghai, so her activity belongs to the 22nd
    with ws.transaction() as c:
        c.execute("INSERT INTO activities (member_id, community_id, occurred_at, kind, amount)"
                  " VALUES (1, 1, '2026-11-21T23:30:00+00:00', '购买', 500)")
        c.execute("INSERT INTO members (id, display_name, created_at, updated_at) VALUES"
                  " (9, 'Ivy', '2026-11-22T16:10:00Z', '2026-11-22T16:10:00Z')")
    conn = ws.conn
    assert conn.execute("SELECT occurred_at FROM activities WHERE amount = 500").fetchone() == (
        "2026-11-22T07:30:00+08:00",)
    assert conn.execute("SELECT created_at FROM members WHERE id = 9").fetchone() == (
        "2026-11-23T00:10:00+08:00",)
    assert daily(conn).get("2026-11-21") is None and daily(conn)["2026-11-22"] == 1
    assert summaries(conn) == rebuilt(conn)
    # a period ending on the 21st has none of it; one on the 22nd has the purchase
    k = kpis(compute_dashboard(conn, None, Period(date(2026, 11, 21), date(2026, 11, 21)),
                               today=TODAY))
    assert k["revenue"][0] == 0 and k["new_members"][0] == 0
    k = kpis(compute_dashboard(conn, None, Period(date(2026, 11, 22), date(2026, 11, 23)),
                               today=TODAY))
    assert k["revenue"][0] == 500 and k["new_members"][0] == 1   # Ivy on the 23rd


def test_another_zone_buckets_every_instant_again(ws):
    # in UTC, m8's check-in (10-25 00:20 in Shanghai) happened on 10-24, and his joining
    # (23:30 on the 24th in Shanghai) at 15:30 on the 24th
    before = daily(ws.conn)
    assert before["2026-10-25"] == 1 and "2026-10-24" not in before
    zones.change_workspace_zone(ws.conn, "UTC")
    conn = ws.conn
    assert conn.execute("SELECT occurred_at FROM activities WHERE member_id = 8").fetchone() == (
        "2026-10-24T16:20:00+00:00",)
    after = daily(conn)
    assert after["2026-10-24"] == 1 and "2026-10-25" not in after
    assert summaries(conn) == rebuilt(conn)
    # the set-based path for big workspaces gives the same, back in Shanghai
    with transaction(conn):
        zone_change.change_zone(conn, "Asia/Shanghai")
    assert daily(conn) == before
    assert conn.execute("SELECT occurred_at FROM activities WHERE member_id = 8").fetchone() == (
        "2026-10-25T00:20:00+08:00",)
    assert summaries(conn) == rebuilt(conn)


def test_today_is_the_workspace_zones_date(conn, monkeypatch):
    # 17:00 UTC on the 23rd is 01:00 on the 24th in Shanghai
    monkeypatch.setattr(clock, "utc_now", lambda: datetime(2026, 11, 23, 17, 0,
                                                             tzinfo=UTC), raising=False)
    assert zones.today(conn) == date(2026, 11, 24)


# -- A: last 30 days, every community ------------------------------------------------------


def test_last_30_days_kpis(conn):
    d = compute_dashboard(conn, None, A, today=TODAY)
    k = kpis(d)
    # members at the end of 11-23: all 8 were added by then, m6 is in the trash -> 7;
    # at the end of 10-24 (the previous period): m1, m2, m5, m7, m8 (23:30 on the 24th) -> 5
    assert k["members"] == (7, 5)
    # joined 10-25..11-23: m3, m6 (in the trash now: history keeps her), m4 -> 3;
    # before: m8 on 10-24
    assert k["new_members"] == (3, 1)
    # active: m1 11-20, m3, m5 (10-30), m6 (trash keeps history), m7, m8 (10-25 00:20) -> 6;
    # before (09-25..10-24): m2 on 10-05 -> 1
    assert k["active"] == (6, 1)
    # buyers m3, m6, m7 among 6 actives; before: nobody bought among 1 active
    assert k["conversion"] == (0.5, 0.0)
    assert k["revenue"] == (3000 + 2000 + 1000, 0)
    # registered (not walk-ins): e1 m1 (came), m2 (no-show); the series: m3 (came 11-09),
    # m6 (never came) -> 4 registered, 2 no-shows; nothing before
    assert k["attendance"] == (0.5, None)


def test_last_30_days_growth_counts_the_trash_as_leaving(conn):
    g = compute_dashboard(conn, None, A, today=TODAY).growth
    by_day = dict(zip(g.buckets, zip(g.joined, g.left, g.total, strict=True), strict=True))
    assert g.buckets[0] == "2026-10-25" and g.total[0] == 5   # m8 came on the 24th
    assert by_day["2026-10-28"] == (1, 0, 6)
    assert by_day["2026-10-30"] == (1, 0, 7)
    assert by_day["2026-11-15"] == (0, 1, 6)                 # m6 to the trash
    assert by_day["2026-11-20"] == (1, 0, 7)
    assert g.total[-1] == 7
    # days are whole except today, still going on
    assert g.partial == [False] * 29 + [True]


def test_trashing_someone_does_not_rewrite_the_past(conn):
    # on 11-14 m6 was still a member: m1, m2, m3, m5, m6, m7, m8
    assert growth.member_count(conn, None, date(2026, 11, 14)) == 7
    assert growth.member_count(conn, None, date(2026, 11, 15)) == 6


def test_last_30_days_monthly_actives_count_only_the_periods_days(conn):
    a = compute_dashboard(conn, None, A, today=TODAY).activity
    assert a.months == ["2026-10", "2026-11"]
    # October 25-31 only: m8, m3, m5, m6 (m2's 10-05 is before the period) -> 4;
    # November so far: m1, m3, m6, m7 -> 4
    assert a.monthly_active == [4, 4]
    assert a.monthly_partial == [True, True]
    # the 25th: m8's check-in at 00:20 in the workspace's zone
    assert dict(zip(a.days, a.daily_active, strict=True))["2026-10-25"] == 1


def test_last_30_days_funnel_counts_only_closed_windows(conn):
    f = compute_dashboard(conn, None, A, today=TODAY).funnel
    # joiners m3 (10-28), m6 (10-30), m4 (11-20); the 7-day window closed for those who
    # joined by 11-17: m3 and m6, both active in their first week; m4 pending.
    # Day 30-59 windows close 59 days after joining: none yet -> every later stage pending.
    assert stages(f) == {"joined": (3, 3, 0), "activated": (2, 2, 1),
                         "retained": (0, 0, 3), "purchased": (0, 0, 3),
                         "referred": (0, 0, 3)}
    channels = {c.source: stages(c) for c in f.channels}
    assert channels["公众号"]["activated"] == (1, 1, 1)     # m6 yes, m4 pending
    assert channels["朋友推荐"]["activated"] == (1, 1, 0)   # m3
    assert channels["公众号"]["retained"] == (0, 0, 2)
    assert f.channels[0].rate("retained") is None          # no window closed: no rate


def test_last_30_days_events_count_each_occurrence(conn):
    att = compute_dashboard(conn, None, A, today=TODAY).attendance
    # 迎新会 10-25, 读书分享会 11-08, 夜跑 11-02, 11-09, 11-16, 11-23 (19:00, before the
    # end of the 23rd) -> 6 held; 11-30 and 12-07 are later
    assert att.held == 6
    starts = sorted(e.starts_at[:10] for e in att.events if e.title == "夜跑")
    assert starts == ["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"]
    by_start = {e.starts_at[:10]: e for e in att.events if e.title == "夜跑"}
    # m6 (never came) counts at the first occurrence held, m3 where she checked in
    assert (by_start["2026-11-02"].registered, by_start["2026-11-02"].no_shows) == (1, 1)
    assert (by_start["2026-11-09"].registered, by_start["2026-11-09"].attended) == (1, 1)
    assert by_start["2026-11-16"].registered == 0
    # came: m3; m1 and walk-in m7 at e1; walk-in m8 at 迎新会
    assert (att.registered, att.attended) == (4, 1 + 2 + 1)


def test_last_30_days_retention_marks_the_month_in_progress(conn):
    r = compute_dashboard(conn, None, A, today=TODAY).retention
    cohorts = {c.month: (c.size, c.active) for c in r.cohorts}
    # sizes count everyone who joined that month, the trash included (history)
    assert cohorts == {
        "2026-02": (1, [1, 1, 0, 0, 0, 0, 0, 1, 0, 1]),   # m1: Feb, Mar, Sep, Nov
        "2026-03": (1, [0, 0, 0, 0, 0, 0, 0, 0, 1]),      # m7: Nov
        "2026-08": (2, [2, 1, 2, 0]),                     # m2 Aug Sep Oct; m5 Aug Oct
        "2026-10": (3, [3, 2]),                           # m8, m3, m6; m3 and m6 in Nov
        "2026-11": (1, [0]),                              # m4
    }
    assert r.in_progress == "2026-11"
    oct_cohort = next(c for c in r.cohorts if c.month == "2026-10")
    assert oct_cohort.partial(1) and not oct_cohort.partial(0)


def test_slipping_now(conn):
    s = compute_dashboard(conn, None, A, today=TODAY).slipping
    # silent 14-60 days with 3+ actions: m2 (last 10-05, 4 actions); m3's last is 11-10
    # (13 days), m5 and m7 have 2 actions, m6 is in the trash
    assert s.count == 1 and [m.member_id for m in s.members] == [2]
    assert s.members[0].days_silent == 49


def test_top_referrers(conn):
    r = compute_dashboard(conn, None, A, today=TODAY).referrals
    assert [(x.member_id, x.referred, x.all_time) for x in r.top] == [(2, 1, 1)]  # m3


def test_top_referrers_count_newcomers_in_the_trash_and_hide_referrers_there(ws):
    with ws.transaction() as c:
        c.execute("UPDATE members SET deleted_at = '2026-11-16T10:00:00+08:00' WHERE id = 3")
    # m3 joined in the period (new members count him): m2 still brought him in
    r = compute_dashboard(ws.conn, None, A, today=TODAY).referrals
    assert [(x.member_id, x.referred, x.all_time) for x in r.top] == [(2, 1, 1)]
    assert r.referred == 1
    with ws.transaction() as c:
        c.execute("UPDATE members SET deleted_at = '2026-11-16T10:00:00+08:00' WHERE id = 2")
    # this year m1 brought m2, m2 brought m3; m2 is in the trash now: not listed
    r = compute_dashboard(ws.conn, None, C, today=TODAY).referrals
    assert [(x.member_id, x.referred, x.all_time) for x in r.top] == [(1, 1, 1)]


# -- B: a closed period in the past --------------------------------------------------------


def test_past_period_kpis(conn):
    k = kpis(compute_dashboard(conn, None, B, today=TODAY))
    assert k["members"][0] == 4          # m1, m7, m2, m5
    assert k["new_members"][0] == 2      # m2, m5
    assert k["active"][0] == 3           # m1, m2, m5
    assert k["conversion"][0] == pytest.approx(1 / 3)  # m2
    assert k["revenue"][0] == 5000
    assert k["attendance"][0] is None


def test_past_period_slips_as_of_its_end(conn):
    s = compute_dashboard(conn, None, B, today=TODAY).slipping
    # as of 09-30: m1's last activity then was 09-12 (6 actions by then), m2's 09-15 (3)
    assert s.count == 2
    assert [(m.member_id, m.actions, m.days_silent) for m in s.members] == [
        (1, 6, 18), (2, 3, 15)]
    assert audience.slipping_ids(conn, None, B.end) == [1, 2]


def test_past_period_funnel_is_what_was_known_at_its_end(conn):
    f = compute_dashboard(conn, None, B, today=TODAY).funnel
    # m2 (08-05) and m5 (08-20), both active in their first week; their day 30-59 windows
    # (to 10-03 and 10-18) had not closed by 09-30: pending, though m2 came back on 09-10
    assert stages(f) == {"joined": (2, 2, 0), "activated": (2, 2, 0),
                         "retained": (0, 0, 2), "purchased": (0, 0, 2),
                         "referred": (0, 0, 2)}


def test_past_period_weeks_at_both_ends_are_partial(conn):
    d = compute_dashboard(conn, None, B, today=TODAY)
    g = d.growth
    # 08-01 is a Saturday: the week of 07-27 has 2 days in the period; 09-30 a Wednesday
    assert g.buckets[0] == "2026-07-27" and g.buckets[-1] == "2026-09-28"
    assert g.partial == [True] + [False] * 8 + [True]
    joined = dict(zip(g.buckets, g.joined, strict=True))
    assert joined["2026-08-03"] == 1 and joined["2026-08-17"] == 1
    a = d.activity
    assert a.months == ["2026-08", "2026-09"] and a.monthly_active == [2, 2]  # m2 m5; m1 m2
    assert a.monthly_partial == [False, False]


# -- C: this year ---------------------------------------------------------------------------


def test_this_year_kpis(conn):
    k = kpis(compute_dashboard(conn, None, C, today=TODAY))
    assert k["members"][0] == 7
    assert k["new_members"][0] == 8      # all eight, m6 included
    assert k["active"][0] == 7           # all but m4
    # buyers m1, m2, m3, m6, m7 among 7 actives
    assert k["conversion"][0] == pytest.approx(5 / 7)
    assert k["revenue"][0] == 9900 + 5000 + 3000 + 2000 + 1000


def test_this_year_funnel_is_nested(conn):
    f = compute_dashboard(conn, None, C, today=TODAY).funnel
    # activation closed for all but m4; activated: m1, m2, m5, m8, m3, m6 (m7 first posted
    # in November) -> 6 of 7.
    # day 30-59 closed for those who joined by 09-25: m1, m7, m2, m5; retained (and
    # activated): m1 (03-20), m2 (09-10) -> 2 of 4; m8, m3, m6, m4 pending.
    # purchased within 60 days: m1 (03-01), m2 (09-15) -> 2.
    # referred within 60 days: m1 brought m2 in on 08-05 (day 176), m2 m3 on 10-28 -> 0.
    assert stages(f) == {"joined": (8, 8, 0), "activated": (6, 7, 1),
                         "retained": (2, 4, 4), "purchased": (2, 4, 4),
                         "referred": (0, 4, 4)}
    counts = [s.members for s in f.stages()]
    assert counts == sorted(counts, reverse=True)
    channels = {c.source: c for c in f.channels}
    assert channels[""].rate("activated") == 0.0                  # m7
    assert channels["线下活动"].rate("retained") == 0.0            # m5
    assert channels["朋友推荐"].rate("purchased") == 1.0           # m2 (m3 pending)
    assert stages(channels["公众号"]) == {
        "joined": (4, 4, 0), "activated": (3, 3, 1), "retained": (1, 1, 3),
        "purchased": (1, 1, 3), "referred": (0, 1, 3)}


def test_this_year_weeks_and_months(conn):
    d = compute_dashboard(conn, None, C, today=TODAY)
    g = d.growth
    # 01-01 is a Thursday (week of 2025-12-29, 4 days), 11-23 a Monday (1 day, today)
    assert g.buckets[0] == "2025-12-29" and g.buckets[-1] == "2026-11-23"
    assert g.partial[0] and g.partial[-1] and not any(g.partial[1:-1])
    assert sum(g.joined) == 8 and sum(g.left) == 1 and g.total[-1] == 7
    a = d.activity
    assert a.monthly_active == [0, 1, 1, 0, 0, 0, 0, 2, 2, 5, 4]
    assert a.monthly_partial == [False] * 10 + [True]


def test_goals_read_the_same_definitions(conn):
    # retained among the joiners whose day 30-59 window closed: 2 of 4
    assert GOAL_METRICS["retention_30d"](conn, None, C) == 0.5
    assert GOAL_METRICS["conversion_rate"](conn, None, C) == pytest.approx(5 / 7)
    assert GOAL_METRICS["new_members"](conn, None, C) == 8


# -- D: one community -----------------------------------------------------------------------


def test_one_community_kpis(conn):
    d = compute_dashboard(conn, 1, A, today=TODAY)
    k = kpis(d)
    # members of 读书会 at the end of 11-23: m1, m2, m4, m8 (m5 left); at 10-24: m1 m2 m8
    assert k["members"] == (4, 3)
    assert k["new_members"] == (1, 1)    # m4; before: m8
    # posted there with a membership live in the period: m1, m8; not m5 (left 09-25),
    # not m7 (never a member). Before: m2 (10-05)
    assert k["active"] == (2, 1)
    # m7's purchase there is not the community's: no buyer, no revenue
    assert k["conversion"] == (0.0, 0.0)
    assert k["revenue"] == (0, 0)
    assert k["attendance"] == (0.5, None)   # e1: m1 came, m2 did not; 迎新会 had walk-ins only
    assert d.attendance.held == 2


def test_one_community_slipping_and_funnel(conn):
    d = compute_dashboard(conn, 1, A, today=TODAY)
    assert [m.member_id for m in d.slipping.members] == [2]
    assert stages(d.funnel)["activated"] == (0, 0, 1)   # m4 joined 11-20
    assert d.referrals.top == []


def test_one_community_this_year_funnel(conn):
    # joiners of 读书会 this year: m1, m2, m5, m8, m4 (m7 never joined). Activated there:
    # m1, m2, m5, m8 (the check-in at 迎新会); retained (day 30-59 closed for m1, m2, m5):
    # m1, m2; bought there within 60 days: m1, m2. m2 referred m3 into 跑步群, not here.
    f = compute_dashboard(conn, 1, C, today=TODAY).funnel
    assert stages(f) == {"joined": (5, 5, 0), "activated": (4, 4, 1),
                         "retained": (2, 3, 2), "purchased": (2, 3, 2),
                         "referred": (0, 3, 2)}


def test_one_community_daily_actives_are_its_live_members(conn):
    a = compute_dashboard(conn, 1, A, today=TODAY).activity
    by_day = dict(zip(a.days, a.daily_active, strict=True))
    # 10-30: only m5 posted, a month after leaving; 11-05 and 11-06: only m7, never a member
    assert by_day["2026-10-30"] == 0
    assert by_day["2026-11-05"] == 0 and by_day["2026-11-06"] == 0
    assert by_day["2026-11-20"] == 1        # m1
    assert by_day["2026-10-25"] == 1        # m8's check-in


def test_one_community_monthly_actives_leave_out_posts_after_leaving(conn):
    a = compute_dashboard(conn, 1, C, today=TODAY).activity
    monthly = dict(zip(a.months, a.monthly_active, strict=True))
    # October in 读书会: m2 (10-05), m8 (10-25); not m5 (10-30, left 09-25)
    assert monthly["2026-10"] == 2
    assert monthly["2026-08"] == 2          # m2, m5 (a member then)
    assert monthly["2026-09"] == 2          # m1, m2
