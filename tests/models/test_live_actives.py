"""Actives and a community's buyers (acting there while a member of it) equal a count of the
raw rows, in a community where people without a membership posted and in ones where nobody
did (the count then skips the membership look-up per person), for periods that end today
and past ones, whichever way a past period is counted."""

from __future__ import annotations

import random
from datetime import date

import pytest

from models.analytics import audience, engagement, growth
from models.analytics.period import Period
from models.store.workspace import open_workspace

WRITE = ("INSERT INTO activities (member_id, community_id, occurred_at, kind, amount)"
         " VALUES (?, ?, ?, ?, ?)")
PERIODS = [Period(date(2026, 11, 1), date(2026, 11, 7)), Period.last_days(30, date(2026, 11, 23)),
           Period.last_days(365, date(2026, 11, 23)), Period(date(2026, 3, 1), date(2026, 6, 30)),
           # nobody acted after it: counted from the per-member summary
           Period(date(2026, 1, 1), date(2026, 12, 31))]


def raw_live(conn, community_id: int, period: Period, kind: str | None = None) -> int:
    """Distinct people acting in the community in the period whose membership of it was live
    on some day of it."""
    return conn.execute(
        "SELECT count(DISTINCT a.member_id) FROM activities a NOT INDEXED"
        " JOIN memberships ms ON ms.member_id = a.member_id AND ms.community_id = a.community_id"
        " WHERE a.community_id = :c AND a.occurred_at >= :lo AND a.occurred_at < :hi"
        " AND (:kind IS NULL OR a.kind = :kind)"
        " AND ms.joined_at < :hi AND (ms.left_at IS NULL OR ms.left_at >= :lo)",
        {"c": community_id, "lo": period.lo, "hi": period.hi, "kind": kind}).fetchone()[0]


@pytest.fixture
def ws(demo_path):
    rng = random.Random(19)
    with open_workspace(demo_path) as ws:
        conn = ws.conn
        communities = [c for (c,) in conn.execute("SELECT id FROM communities ORDER BY id")]
        outsider_place, members_only = communities[0], communities[1:]
        with ws.transaction():
            # people without a membership post and buy in the first community only
            outsiders = [m for (m,) in conn.execute(
                "SELECT id FROM members WHERE id NOT IN (SELECT member_id FROM memberships"
                " WHERE community_id = ?) LIMIT 15", (outsider_place,))]
            for member in outsiders:
                for kind, amount in (("发言", 0), ("购买", 1990)):
                    conn.execute(WRITE, (member, outsider_place,
                                         f"2026-{rng.randint(3, 11):02d}-{rng.randint(1, 28):02d}"
                                         "T12:00:00+08:00", kind, amount))
            # everywhere: members who left, members who joined late, all of them acting
            for community in communities:
                conn.execute("UPDATE memberships SET left_at = '2026-05-01T00:00:00+08:00'"
                             " WHERE id IN (SELECT id FROM memberships WHERE community_id = ?"
                             " ORDER BY random() LIMIT 8)", (community,))
                conn.execute("UPDATE memberships SET joined_at = '2026-11-05T00:00:00+08:00'"
                             " WHERE id IN (SELECT id FROM memberships WHERE community_id = ?"
                             " AND left_at IS NULL ORDER BY random() LIMIT 8)", (community,))
                for member, in conn.execute("SELECT member_id FROM memberships WHERE"
                                            " community_id = ? ORDER BY random() LIMIT 40",
                                            (community,)).fetchall():
                    conn.execute(WRITE, (member, community,
                                         f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}"
                                         "T20:00:00+08:00", rng.choice(["发言", "购买"]), 990))
        assert growth.outsiders_acted(conn, outsider_place, PERIODS[2])
        assert not any(growth.outsiders_acted(conn, c, PERIODS[2]) for c in members_only)
        yield ws


@pytest.mark.parametrize("spanning", [False, True])
def test_actives_and_buyers_are_the_raw_counts(ws, monkeypatch, spanning):
    """Also when the people whose activity spans a past period are looked up one by one
    (chosen at a million members for a past year; forced here)."""
    if spanning:
        monkeypatch.setattr(growth, "SPAN_MIN_ENTRIES", 0)
        monkeypatch.setattr(growth, "SPAN_COST", 0)
    conn = ws.conn
    for period in PERIODS:
        assert growth.active_members(conn, None, period) == conn.execute(
            "SELECT count(DISTINCT member_id) FROM activities NOT INDEXED"
            " WHERE occurred_at >= ? AND occurred_at < ?", (period.lo, period.hi)
        ).fetchone()[0], period
    for community, in conn.execute("SELECT id FROM communities").fetchall():
        for period in PERIODS:
            assert growth.active_members(conn, community, period) == raw_live(
                conn, community, period), (community, period)
            assert engagement.conversion(conn, community, period).buyers == raw_live(
                conn, community, period, "购买"), (community, period)


def test_slipping_away_is_the_same_without_the_look_up_per_person(ws, monkeypatch):
    """Where nobody without a membership acted, the slipping list left out the membership
    look-up per person; it is the list the look-up gives."""
    conn = ws.conn
    days = [date(2026, 11, 23), date(2026, 9, 30), date(2026, 6, 1)]
    communities = [c for (c,) in conn.execute("SELECT id FROM communities")]
    quick = {(c, d): audience.slipping_away(conn, c, d) for c in communities for d in days}
    monkeypatch.setattr(audience, "_outsiders", lambda *args: True)
    for (community, day), found in quick.items():
        assert found == audience.slipping_away(conn, community, day), (community, day)
        assert found.count > 0 or day == date(2026, 6, 1)
