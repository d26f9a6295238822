"""Every metric against numbers counted by hand from ``analytics_fixture`` (see there)."""

from __future__ import annotations

from datetime import date

import pytest

from models.analytics import audience, cohorts, engagement, goals, growth
from models.analytics.dashboard import compute_dashboard, now_for
from models.analytics.period import Grain, Period, Preset, bucket_of
from models.store.workspace import open_workspace
from tests.models.analytics_fixture import TODAY, build

NOVEMBER = Period(date(2026, 11, 1), TODAY)
YEAR = Period.last_days(365, TODAY)


@pytest.fixture
def conn(tmp_path):
    path = build(tmp_path / "hand.qunzhu")
    ws = open_workspace(path, readonly=True)
    yield ws.conn
    ws.close()


def test_periods_know_their_bounds_and_previous():
    assert NOVEMBER.days == 23 and NOVEMBER.lo == "2026-11-01" and NOVEMBER.hi == "2026-11-24"
    assert NOVEMBER.previous() == Period(date(2026, 10, 9), date(2026, 10, 31))
    assert Period.preset(Preset.THIS_YEAR, TODAY).start == date(2026, 1, 1)
    assert Period.preset(Preset.LAST_90, TODAY).days == 90
    assert bucket_of(date(2026, 11, 22), Grain.WEEK) == "2026-11-16"  # a Sunday -> Monday
    assert NOVEMBER.buckets(Grain.MONTH) == ["2026-11"]
    with pytest.raises(ValueError):
        Period(date(2026, 2, 1), date(2026, 1, 1))


@pytest.mark.parametrize(("community", "at", "expected"), [
    (None, TODAY, 5),              # 6 members, one in the trash
    (None, date(2026, 10, 31), 2),
    (1, TODAY, 3),                 # 1, 2, 3; member 4 left on the 20th
    (1, date(2026, 11, 19), 4),
    (2, TODAY, 3),                 # 4, 6, 1 (5 is in the trash)
])
def test_member_count(conn, community, at, expected):
    assert growth.member_count(conn, community, at) == expected


def test_growth_per_day_ends_at_the_total(conn):
    g = growth.growth(conn, 1, NOVEMBER)
    assert g.grain == Grain.DAY and len(g.buckets) == 23
    by_day = dict(zip(g.buckets, zip(g.joined, g.left, g.total, strict=True), strict=True))
    assert by_day["2026-11-01"] == (0, 0, 2)
    assert by_day["2026-11-03"] == (1, 0, 3)
    assert by_day["2026-11-10"] == (1, 0, 4)
    assert by_day["2026-11-20"] == (0, 1, 3)
    assert g.total[-1] == 3 and sum(g.joined) == 2 and sum(g.left) == 1
    everyone = growth.growth(conn, None, NOVEMBER)
    # 3, 4, 5, 6 joined (5 is in the trash now: her joining stays in history); 5 went to
    # the trash on the 20th, the workspace's only departure
    assert sum(everyone.joined) == 4 and sum(everyone.left) == 1
    assert everyone.total[-1] == 5


def test_new_members(conn):
    assert growth.new_members(conn, None, NOVEMBER) == 4  # 3, 4, 5 (in the trash now), 6
    assert growth.new_members(conn, 2, NOVEMBER) == 3  # 4, 5 and 6


def test_active_members_leave_out_the_future(conn):
    # 1, 2, 3, 4 and 5 (the trash keeps its history); a9 on 12-01 is not in November
    assert growth.active_members(conn, None, NOVEMBER) == 5
    assert growth.active_members(conn, 1, NOVEMBER) == 3
    assert growth.active_members(conn, 2, NOVEMBER) == 2
    assert growth.active_members(conn, None, Period(date(2026, 10, 1), date(2026, 10, 31))) == 2
    assert growth.active_last_days(conn, None, 7, TODAY) == 1  # only 3, on the 20th
    assert growth.active_members(conn, 2, Period(date(2026, 12, 1), date(2026, 12, 31))) == 1


def test_daily_and_monthly_activity(conn):
    a = growth.activity(conn, None, NOVEMBER)
    daily = dict(zip(a.days, zip(a.daily_active, a.actions, strict=True), strict=True))
    assert daily["2026-11-15"] == (1, 2)   # member 2, twice
    assert daily["2026-11-05"] == (1, 1)   # outside any community, still counted for all
    assert daily["2026-11-01"] == (0, 0)
    assert a.months == ["2026-11"] and a.monthly_active == [5]
    c1 = growth.activity(conn, 1, NOVEMBER)
    assert dict(zip(c1.days, c1.daily_active, strict=True))["2026-11-05"] == 0
    assert c1.monthly_active == [3]


def test_retention_cohorts(conn):
    r = cohorts.retention(conn, None, YEAR)
    found = {c.month: (c.size, c.active) for c in r.cohorts}
    assert found == {"2026-09": (1, [1, 1, 1]), "2026-10": (1, [1, 1]),
                     "2026-11": (4, [3])}  # December's activity has not happened yet
    c2 = {c.month: (c.size, c.active) for c in cohorts.retention(conn, 2, YEAR).cohorts}
    # member 1 joined 跑步群 in October but was never active there
    assert c2 == {"2026-10": (1, [0, 0]), "2026-11": (3, [2])}
    assert cohorts.retention(conn, None, YEAR).cohorts[0].rate(1) == 1.0


def test_funnel_over_the_year(conn):
    f = cohorts.funnel(conn, None, YEAR)
    # joiners 1, 2, 3, 4, 5 (trash: history), 6; every first week has closed (6 joined
    # 11-15, her week ended 11-21): activated 1, 2, 4, 5 (3 started on day 17, 6 never).
    # Day 30-59 closed only for 1 (joined 09-05): active 10-06, bought 11-02 and brought 2
    # in (10-10) within 60 days.
    assert [(s.members, s.settled, s.pending) for s in f.stages()] == [
        (6, 6, 0), (4, 6, 0), (1, 1, 5), (1, 1, 5), (1, 1, 5)]
    channels = {c.source: (c.joined, c.activated, c.retained, c.purchased, c.referred)
                for c in f.channels}
    assert channels == {"公众号": (2, 2, 1, 1, 1), "朋友推荐": (2, 1, 0, 0, 0),
                        "线下活动": (1, 1, 0, 0, 0), "": (1, 0, 0, 0, 0)}
    assert f.channels[0].source == "公众号"  # the biggest channels first, then by name


def test_funnel_edges_no_activity_late_start_future_only(conn):
    f = cohorts.funnel(conn, None, NOVEMBER)
    # 3 started 17 days after joining; 4 was active on day 1; 6 never; a9 (future) is
    # day 21 after joining, not in month 2
    # (5, in the trash now, joined on the 12th and was active the next day)
    assert (f.joined, f.activated, f.retained, f.referred, f.purchased) == (4, 2, 0, 0, 0)
    assert cohorts.funnel(conn, 1, NOVEMBER).joined == 2  # 3 and 4 (who left later)


def test_referrals(conn):
    r = cohorts.referrals(conn, None, YEAR)
    assert r.referred == 2
    assert [(x.member_id, x.referred, x.all_time) for x in r.top] == [(1, 1, 1), (2, 1, 1)]
    assert r.depth == {1: 1, 2: 1}


def test_event_attendance(conn):
    a = engagement.attendance(conn, None, NOVEMBER, now_for(NOVEMBER))
    assert a.held == 2  # cancelled and future events are left out
    assert [(e.title, e.registered, e.attended, e.no_shows) for e in a.events] == [
        ("读书分享会", 3, 3, 1), ("夜跑", 2, 1, 1)]
    assert a.attendance_rate == pytest.approx(3 / 5)
    kinds = {k.kind: (k.events, k.no_show_rate) for k in a.kinds}
    assert kinds == {"分享会": (1, pytest.approx(1 / 3)), "聚会": (1, 0.5)}
    assert engagement.attendance(conn, 2, NOVEMBER, now_for(NOVEMBER)).held == 1


@pytest.mark.parametrize("share", [0.0, 1.0])  # buyers in member order, from the period
def test_conversion_and_revenue(conn, share, monkeypatch):
    monkeypatch.setattr(engagement, "WHOLE_LEDGER_SHARE", share)
    c = engagement.conversion(conn, None, NOVEMBER)
    assert (c.active, c.buyers, c.purchases, c.revenue) == (5, 2, 2, 14800)
    assert c.rate == pytest.approx(0.4)
    assert c.revenue_per_buyer == 7400
    assert engagement.conversion(conn, 2, NOVEMBER).rate == 0.0


@pytest.mark.parametrize("share", [0.0, 1.0])  # earners by the member index, by the period
def test_points(conn, share, monkeypatch):
    monkeypatch.setattr(engagement, "WHOLE_LEDGER_SHARE", share)
    assert engagement.points(conn, None, NOVEMBER) == engagement.Points(70, 100, 2)
    assert engagement.points(conn, 2, NOVEMBER) == engagement.Points(50, 100, 1)


def test_distributions(conn):
    d = audience.distributions(conn, None, TODAY)
    assert d.members == 5
    assert dict(d.gender) == {"男": 2, "女": 2, "": 1}
    assert d.age == [("25-29", 1), ("35-39", 1), ("40-49", 1), ("", 2)]
    assert d.city[0] == ("杭州", 2) and dict(d.city)["北京"] == 1
    assert d.tags == [("核心", 2), ("潜在客户", 1)]
    c1 = audience.distributions(conn, 1, TODAY)
    assert c1.members == 3 and dict(c1.gender) == {"男": 1, "女": 2}


def test_slipping_away(conn):
    s = audience.slipping_away(conn, None, TODAY)
    assert s.count == 1 and s.ids == [1]
    assert (s.members[0].name, s.members[0].days_silent, s.members[0].actions) == ("张三", 18, 4)
    c1 = audience.slipping_away(conn, 1, TODAY)
    assert c1.ids == [1] and c1.members[0].days_silent == 21
    assert audience.slipping_away(conn, 2, TODAY).count == 0
    assert audience.slipping_ids(conn, None, TODAY) == [1]


def test_goal_metrics(conn):
    assert goals.member_count(conn, None, NOVEMBER) == 5
    assert goals.new_members(conn, None, NOVEMBER) == 4
    assert goals.active_30d(conn, None, NOVEMBER) == 5
    assert goals.retention_30d(conn, None, YEAR) == 1.0  # 1, the only window closed
    assert goals.events_held(conn, None, NOVEMBER) == 2
    assert goals.attendance_rate(conn, None, NOVEMBER) == pytest.approx(0.6)
    assert goals.conversion_rate(conn, None, NOVEMBER) == pytest.approx(0.4)
    assert goals.points_issued(conn, None, NOVEMBER) == 70
    assert set(goals.GOAL_METRICS) >= {"member_count", "active_30d", "events_held"}


def test_dashboard_kpis_compare_with_the_previous_period(conn):
    d = compute_dashboard(conn, None, NOVEMBER)
    kpis = {k.key: k for k in d.kpis}
    assert (kpis["members"].value, kpis["members"].previous) == (5, 2)
    assert kpis["members"].change == pytest.approx(1.5)
    assert (kpis["new_members"].value, kpis["new_members"].previous) == (4, 1)  # 2 on 10-10
    assert kpis["revenue"].value == 14800 and kpis["revenue"].previous == 0
    assert kpis["revenue"].change is None  # no change can be said against nothing
    assert set(d.seconds) >= {"growth", "funnel", "slipping"}
    assert compute_dashboard(conn, None, NOVEMBER, cancelled=lambda: True) is None


def test_empty_workspace_gives_zeros_not_errors(tmp_path):
    with open_workspace(tmp_path / "empty.qunzhu") as ws:
        d = compute_dashboard(ws.conn, None, NOVEMBER)
    assert d is not None
    assert {k.key: k.value for k in d.kpis} == {
        "members": 0, "new_members": 0, "active": 0, "conversion": None, "revenue": 0,
        "attendance": None}
    assert d.retention.cohorts == [] and d.funnel.channels == []
