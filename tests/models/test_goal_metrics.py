"""Each goal metric, read through the plan's goals on a generated workspace, equals a
direct SQL count over the raw rows (not the analytics summaries)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from models.plan import document
from models.plan.goals import Goal, GoalStatus, measure, plan_progress
from models.store.workspace import open_workspace
from tests.conftest import DEMO_TODAY

START = DEMO_TODAY - timedelta(days=180)
LO, HI = START.isoformat(), (DEMO_TODAY + timedelta(days=1)).isoformat()
#: Not in the trash at the end of the period (the trash counts as leaving on its day).
LIVE = f"member_id NOT IN (SELECT id FROM members WHERE deleted_at < '{HI}')"
#: A membership of community ? live at some time in the period starting at the next ?.
MEMBER = ("EXISTS (SELECT 1 FROM memberships ms WHERE ms.member_id = a.member_id"
          f" AND ms.community_id = a.community_id AND ms.joined_at < '{HI}'"
          " AND (ms.left_at IS NULL OR ms.left_at >= ?))")


def one(conn, sql, *args):
    return conn.execute(sql, args).fetchone()[0]


def expected(conn, metric: str, c: int) -> float | None:
    if metric == "member_count":
        return one(conn, f"SELECT count(*) FROM memberships WHERE community_id = ? AND"
                         f" joined_at < ? AND (left_at IS NULL OR left_at >= ?) AND {LIVE}",
                   c, HI, HI)
    if metric == "new_members":  # joins, the trash included (history)
        return one(conn, "SELECT count(*) FROM memberships WHERE community_id = ? AND"
                         " joined_at >= ? AND joined_at < ?", c, LO, HI)
    if metric == "active_30d":
        lo30 = (DEMO_TODAY - timedelta(days=29)).isoformat()
        return one(conn, f"SELECT count(DISTINCT member_id) FROM activities a WHERE"
                         f" community_id = ? AND occurred_at >= ? AND occurred_at < ?"
                         f" AND {MEMBER}", c, lo30, HI, lo30)
    if metric == "retention_30d":
        # among joiners whose day 30-59 window closed by the end: activated (an activity
        # before day 7) and active on day 30-59
        closed = (DEMO_TODAY - timedelta(days=59)).isoformat()
        settled, retained = conn.execute(
            "SELECT count(*), sum(EXISTS (SELECT 1 FROM activities a WHERE"
            " a.member_id = ms.member_id AND a.community_id = ms.community_id"
            " AND a.occurred_at < date(substr(ms.joined_at, 1, 10), '+7 days'))"
            " AND EXISTS (SELECT 1 FROM activities a WHERE"
            " a.member_id = ms.member_id AND a.community_id = ms.community_id"
            " AND a.occurred_at >= date(substr(ms.joined_at, 1, 10), '+30 days')"
            " AND a.occurred_at < date(substr(ms.joined_at, 1, 10), '+60 days')))"
            " FROM memberships ms WHERE ms.community_id = ? AND ms.joined_at >= ?"
            " AND substr(ms.joined_at, 1, 10) <= ?", (c, LO, closed)).fetchone()
        return retained / settled if settled else None
    if metric in ("events_held", "attendance_rate"):
        return _events(conn, metric, c)
    if metric == "conversion_rate":
        buyers = one(conn, f"SELECT count(DISTINCT member_id) FROM activities a WHERE"
                           f" community_id = ? AND kind = '购买' AND occurred_at >= ?"
                           f" AND occurred_at < ? AND {MEMBER}", c, LO, HI, LO)
        active = one(conn, f"SELECT count(DISTINCT member_id) FROM activities a WHERE"
                           f" community_id = ? AND occurred_at >= ? AND occurred_at < ?"
                           f" AND {MEMBER}", c, LO, HI, LO)
        return buyers / active if active else None
    if metric == "points_issued":
        return one(conn, "SELECT coalesce(sum(delta), 0) FROM points_ledger WHERE delta > 0"
                         " AND occurred_at >= ? AND occurred_at < ? AND member_id IN"
                         " (SELECT member_id FROM memberships WHERE community_id = ?)",
                   LO, HI, c)
    raise AssertionError(metric)


def _events(conn, metric: str, c: int) -> float | None:
    """Occurrences held (the calendar's own expansion of each series) and attendance: a
    check-in counts at the occurrence of its day, a registration never checked in at the
    series' first occurrence of the period."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from models.core.zones import default_tzid
    from models.events.occurrences import occurrences

    zone = ZoneInfo(default_tzid(conn))
    start = datetime.combine(START, datetime.min.time(), zone)
    end = datetime.combine(DEMO_TODAY + timedelta(days=1), datetime.min.time(), zone)
    held = [o for o in occurrences(conn, start, end, c)
            if o.start >= start and o.event.status != "已取消"]
    if metric == "events_held":
        return len(held)
    days: dict[int, set[str]] = {}
    for o in held:
        days.setdefault(o.series_id if o.virtual else o.event.id, set()).add(
            o.start.astimezone(zone).date().isoformat())
    registered = came = 0
    for event_id, checked_in_at in conn.execute(
            "SELECT event_id, checked_in_at FROM registrations WHERE status = 'registered'"
            " AND walk_in = 0"):
        if event_id not in days:
            continue
        if checked_in_at is None:
            registered += 1
            continue
        day = datetime.fromisoformat(checked_in_at).astimezone(zone).date().isoformat()
        single = len(days[event_id]) == 1 and conn.execute(
            "SELECT rrule IS NULL FROM events WHERE id = ?", (event_id,)).fetchone()[0]
        if single or day in days[event_id]:
            registered += 1
            came += 1
    return came / registered if registered else None


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    from models.demo.builder import build_demo

    path = tmp_path_factory.mktemp("goals") / "goals.qunzhu"
    with open_workspace(path) as ws:
        build_demo(ws, 1500, seed=11, today=DEMO_TODAY)
    with open_workspace(path) as ws:
        yield ws


@pytest.mark.parametrize("metric", [m for m in document.METRICS if m != "manual"])
def test_each_metric_equals_a_direct_sql_count(generated, metric):
    conn = generated.conn
    communities = [r[0] for r in conn.execute("SELECT id FROM communities ORDER BY id")]
    checked = 0
    for c in communities:
        goal = Goal(0, 0, 0, "g", metric, None, 1, None, LO, (DEMO_TODAY + timedelta(days=185))
                    .isoformat())
        got = measure(conn, c, goal, DEMO_TODAY)
        want = expected(conn, metric, c)
        if want is None:
            assert got is None
            continue
        assert got == pytest.approx(want), (metric, c)
        checked += bool(want)
    assert checked, f"{metric}: the generated workspace should give non-zero numbers"


def test_a_goal_ended_in_the_past_is_read_over_its_own_period(generated):
    conn = generated.conn
    c = conn.execute("SELECT min(id) FROM communities").fetchone()[0]
    due = DEMO_TODAY - timedelta(days=60)
    goal = Goal(0, 0, 0, "g", "new_members", 0, 10, None, LO, due.isoformat())
    want = one(conn, "SELECT count(*) FROM memberships WHERE community_id = ? AND"
                     " joined_at >= ? AND joined_at < ?",
               c, LO, (due + timedelta(days=1)).isoformat())
    assert measure(conn, c, goal, DEMO_TODAY) == want


def test_manual_goals_read_the_typed_number(generated):
    goal = Goal(0, 0, 0, "满意度", "manual", None, 4.5, 4.2, LO, HI)
    assert measure(generated.conn, 1, goal, DEMO_TODAY) == 4.2
    unfilled = Goal(0, 0, 0, "满意度", "manual", None, 4.5, None, LO, HI)
    assert measure(generated.conn, 1, unfilled, DEMO_TODAY) is None


def test_demo_plan_goals_all_get_a_status(generated):
    conn = generated.conn
    for c, plan_id in conn.execute("SELECT community_id, id FROM plans"):
        found = plan_progress(conn, c, plan_id, DEMO_TODAY)
        assert len(found) == 3
        assert all(p.status in (GoalStatus.ON_TRACK, GoalStatus.BEHIND, GoalStatus.MET)
                   for p in found)
        assert all(p.actual is not None and p.expected is not None for p in found)


def test_a_future_goal_is_not_started(generated):
    start = DEMO_TODAY + timedelta(days=10)
    goal = Goal(0, 0, 0, "g", "member_count", None, 10, None, start.isoformat(),
                (start + timedelta(days=90)).isoformat())
    from models.plan.goals import progress_of

    assert progress_of(generated.conn, 1, goal, DEMO_TODAY).status == GoalStatus.NOT_STARTED
    assert date.fromisoformat(goal.starts_on) > DEMO_TODAY
