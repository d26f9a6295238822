"""On track or behind against the time elapsed: start, middle and end of a goal's period."""

from __future__ import annotations

from datetime import date

import pytest

from models.plan.goals import GoalStatus, elapsed_fraction, judge

START, DUE = date(2026, 1, 1), date(2026, 12, 31)  # 364 days


@pytest.mark.parametrize("today, fraction", [
    (date(2025, 12, 1), 0.0), (START, 0.0), (date(2026, 7, 2), 182 / 364), (DUE, 1.0),
    (date(2027, 3, 1), 1.0)])
def test_elapsed_fraction_is_clamped(today, fraction):
    assert elapsed_fraction(START, DUE, today) == pytest.approx(fraction)


def test_no_dates_no_fraction():
    assert elapsed_fraction(None, DUE, START) is None


@pytest.mark.parametrize("actual, fraction, started, overdue, expected, status", [
    # start of the period: expected is the baseline
    (100, 0.0, True, False, 100, GoalStatus.ON_TRACK),
    (99, 0.0, True, False, 100, GoalStatus.BEHIND),
    # middle: half way from 100 to 300 is 200
    (200, 0.5, True, False, 200, GoalStatus.ON_TRACK),
    (199, 0.5, True, False, 200, GoalStatus.BEHIND),
    (250, 0.5, True, False, 200, GoalStatus.ON_TRACK),
    # end: only the target will do
    (299, 1.0, True, False, 300, GoalStatus.BEHIND),
    (299, 1.0, True, True, 300, GoalStatus.MISSED),
    (300, 1.0, True, True, 300, GoalStatus.MET),
    # met early stays met
    (320, 0.2, True, False, 140, GoalStatus.MET),
    # not started yet
    (None, 0.0, False, False, None, GoalStatus.NOT_STARTED),
])
def test_growth_goal(actual, fraction, started, overdue, expected, status):
    got_expected, progress, got_status = judge(actual, 100, 300, fraction, started, overdue)
    assert got_status == status
    assert got_expected == (pytest.approx(expected) if expected is not None else None)
    if actual is not None:
        assert progress == pytest.approx(min(max((actual - 100) / 200, 0), 1))


@pytest.mark.parametrize("actual, fraction, status", [
    (0.30, 0.5, GoalStatus.ON_TRACK),  # churn from 40% down to 20%: expected 30% at half
    (0.31, 0.5, GoalStatus.BEHIND),
    (0.20, 0.9, GoalStatus.MET)])
def test_reduction_goal(actual, fraction, status):
    assert judge(actual, 0.40, 0.20, fraction, True, False)[2] == status


def test_missing_baseline_counts_as_zero_and_missing_number_is_no_data():
    expected, progress, status = judge(6, None, 24, 0.25, True, False)
    assert (expected, progress, status) == (6, 0.25, GoalStatus.ON_TRACK)
    assert judge(None, 0, 10, 0.5, True, False)[2] == GoalStatus.NO_DATA
