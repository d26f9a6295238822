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
LIVE = "member_id NOT IN (SELECT id FROM members WHERE deleted_at IS NOT NULL)"


def one(conn, sql, *args):
    return conn.execute(sql, args).fetchone()[0]


def expected(conn, metric: str, c: int) -> float | None:
    if metric == "member_count":
        return one(conn, f"SELECT count(*) FROM memberships WHERE community_id = ? AND"
                         f" joined_at < ? AND (left_at IS NULL OR left_at >= ?) AND {LIVE}",
                   c, HI, HI)
    if metric == "new_members":
        return one(conn, f"SELECT count(*) FROM memberships WHERE community_id = ? AND"
                         f" joined_at >= ? AND joined_at < ? AND {LIVE}", c, LO, HI)
    if metric == "active_30d":
        return one(conn, "SELECT count(DISTINCT member_id) FROM activities WHERE"
                         " community_id = ? AND occurred_at >= ? AND occurred_at < ?",
                   c, (DEMO_TODAY - timedelta(days=29)).isoformat(), HI)
    if metric == "retention_30d":
        joined, retained = conn.execute(
            f"SELECT count(*), sum(EXISTS (SELECT 1 FROM activities a WHERE"
            f" a.member_id = ms.member_id AND a.community_id = ms.community_id"
            f" AND a.occurred_at >= date(substr(ms.joined_at, 1, 10), '+30 days')"
            f" AND a.occurred_at < date(substr(ms.joined_at, 1, 10), '+60 days')))"
            f" FROM memberships ms WHERE ms.community_id = ? AND ms.joined_at >= ?"
            f" AND ms.joined_at < ? AND {LIVE}", (c, LO, HI)).fetchone()
        return retained / joined if joined else None
    held = ("SELECT id FROM events WHERE community_id = ? AND deleted_at IS NULL AND"
            " status <> '已取消' AND starts_at >= ? AND starts_at < ? AND starts_at < ?")
    now = HI + "T00:00:00"
    if metric == "events_held":
        return one(conn, f"SELECT count(*) FROM ({held})", c, LO, HI, now)
    if metric == "attendance_rate":
        registered, no_shows = conn.execute(
            f"SELECT count(*), count(*) FILTER (WHERE checked_in_at IS NULL) FROM registrations"
            f" WHERE status = 'registered' AND walk_in = 0 AND event_id IN ({held})",
            (c, LO, HI, now)).fetchone()
        return (registered - no_shows) / registered if registered else None
    if metric == "conversion_rate":
        buyers = one(conn, "SELECT count(DISTINCT member_id) FROM activities WHERE"
                           " community_id = ? AND kind = '购买' AND occurred_at >= ?"
                           " AND occurred_at < ?", c, LO, HI)
        active = one(conn, "SELECT count(DISTINCT member_id) FROM activities WHERE"
                           " community_id = ? AND occurred_at >= ? AND occurred_at < ?",
                     c, LO, HI)
        return buyers / active if active else None
    if metric == "points_issued":
        return one(conn, "SELECT coalesce(sum(delta), 0) FROM points_ledger WHERE delta > 0"
                         " AND occurred_at >= ? AND occurred_at < ? AND member_id IN"
                         " (SELECT member_id FROM memberships WHERE community_id = ?)",
                   LO, HI, c)
    raise AssertionError(metric)


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
    want = one(conn, f"SELECT count(*) FROM memberships WHERE community_id = ? AND"
                     f" joined_at >= ? AND joined_at < ? AND {LIVE}",
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
