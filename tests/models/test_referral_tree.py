"""The referral tree (裂变) read for a scope: sizes and depths, roots, paging, and what became
of top referrers' invitees (issue 19)."""

from __future__ import annotations

from datetime import date

import pytest

from models.analytics import referral_tree as tree
from models.analytics.period import Period
from models.members import records, referrals
from models.members.communities import create_community
from models.store.workspace import open_workspace


@pytest.fixture
def conn(workspace_path):
    with open_workspace(workspace_path) as ws:
        yield ws.conn


def _member(conn, name, community, referrer=None):
    mid = records.create_member(conn, {"display_name": name}, community_id=community)[0]
    if referrer is not None:
        referrals.set_referrer(conn, mid, referrer)
    return mid


@pytest.fixture
def hand_tree(conn):
    """A -> B -> C, A -> G, A -> D (in the other community only) -> E -> F, A -> H (trash).

    Workspace: A's tree is B, C, D, E, F, G (H in the trash): 6, 3 levels (A-D-E-F).
    Community one: D is outside, so A's tree is B, C, G (2 levels) and E, whose referrer D
    is outside, starts a tree of their own (F below: 1, 1 level)."""
    one = create_community(conn, "一群").id
    two = create_community(conn, "二群").id
    ids = {"A": _member(conn, "A", one)}
    ids["B"] = _member(conn, "B", one, ids["A"])
    ids["C"] = _member(conn, "C", one, ids["B"])
    ids["G"] = _member(conn, "G", one, ids["A"])
    ids["D"] = _member(conn, "D", two, ids["A"])
    ids["E"] = _member(conn, "E", one, ids["D"])
    ids["F"] = _member(conn, "F", one, ids["E"])
    ids["H"] = _member(conn, "H", one, ids["A"])
    records.set_deleted(conn, [ids["H"]], True)
    return one, two, ids


def test_sizes_and_depths_in_the_workspace_and_in_a_community(conn, hand_tree):
    one, _two, ids = hand_tree
    a = tree.node(conn, ids["A"])
    assert (a.invitees, a.size, a.depth) == (3, 6, 3)
    assert [(n.name, n.invitees, n.size, n.depth) for n in tree.roots(conn)] == [
        ("A", 3, 6, 3)]
    in_one = tree.node(conn, ids["A"], one)
    assert (in_one.invitees, in_one.size, in_one.depth) == (2, 3, 2)
    assert [(n.name, n.invitees, n.size, n.depth) for n in tree.roots(conn, one)] == [
        ("A", 2, 3, 2), ("E", 1, 1, 1)]
    below = tree.children(conn, ids["A"])
    assert [(n.name, n.invitees, n.size, n.depth) for n in below] == [
        ("B", 1, 1, 1), ("G", 0, 0, 0), ("D", 1, 2, 2)]
    assert [n.name for n in tree.children(conn, ids["A"], one)] == ["B", "G"]


def test_children_come_a_page_at_a_time(conn):
    top = _member(conn, "top", None)
    kids = [_member(conn, f"k{i}", None, top) for i in range(5)]
    _member(conn, "grandchild", None, kids[3])
    first = tree.children(conn, top, limit=2)
    second = tree.children(conn, top, after=first[-1].member_id, limit=2)
    third = tree.children(conn, top, after=second[-1].member_id, limit=2)
    assert [n.member_id for n in first + second + third] == kids
    assert [n.size for n in second] == [0, 1]
    assert tree.children(conn, top, after=third[-1].member_id, limit=2) == []


def test_nobody_referred_means_no_roots(conn):
    _member(conn, "alone", None)
    assert tree.roots(conn) == []
    assert not tree.anyone_referred(conn)


def _act(conn, member, community, at, kind="发言", amount=0):
    conn.execute("INSERT INTO activities (member_id, community_id, occurred_at, kind, amount)"
                 " VALUES (?, ?, ?, ?, ?)", (member, community, f"{at}T10:00:00+08:00", kind,
                                             amount))


def test_top_referrers_retention_and_purchases(conn):
    one = create_community(conn, "一群").id
    r = _member(conn, "R", one)
    s = _member(conn, "S", one)
    inv = {k: _member(conn, k, one, r) for k in ("I1", "I2", "I3", "I4")}
    _member(conn, "J", one, s)
    joined = {"I1": "2026-03-01", "I2": "2026-03-01", "I3": "2026-06-20", "I4": "2026-03-01"}
    with conn:
        for k, day in joined.items():
            conn.execute("UPDATE memberships SET joined_at = ? WHERE member_id = ?",
                         (f"{day}T09:00:00+08:00", inv[k]))
        _act(conn, inv["I1"], one, "2026-03-02")                 # day 1: activated
        _act(conn, inv["I1"], one, "2026-04-05")                 # day 35: retained
        _act(conn, inv["I1"], one, "2026-04-10", "购买", 5000)
        _act(conn, inv["I2"], one, "2026-03-03")                 # activated, then silent
        conn.execute("UPDATE memberships SET left_at = '2026-05-01T00:00:00+08:00'"
                     " WHERE member_id = ?", (inv["I2"],))
        _act(conn, inv["I3"], one, "2026-06-21", "购买", 1200)  # too recent to be settled
        _act(conn, inv["I4"], one, "2026-04-05")                 # day 35 but not activated
    top = tree.top_referrers(conn, one, today=date(2026, 6, 30))
    assert [t.name for t in top] == ["R", "S"]
    rr = top[0]
    # settled: I1, I2, I4 (joined 1 March, day 59 = 28 April is past); retained: I1 only
    # (I2 silent after day 2, I4 not active in its first 7 days) -> 1/3.
    assert (rr.invitees, rr.size, rr.settled, rr.retained) == (4, 4, 3, 1)
    assert rr.retention == pytest.approx(1 / 3)
    # still in: all but I2 (left); buyers: I1 and I3, 50.00 + 12.00 yuan
    assert (rr.still_in, rr.buyers, rr.revenue) == (3, 2, 6200)
    march = tree.top_referrers(conn, one, Period(date(2026, 3, 1), date(2026, 3, 31)))
    assert (march[0].invitees, march[0].buyers, march[0].revenue) == (3, 1, 5000)
