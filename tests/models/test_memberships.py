"""Roles per community, leaving (退群) and rejoining (issue 19)."""

from __future__ import annotations

from datetime import date

import pytest

from models.analytics.growth import left_series, member_count
from models.analytics.period import Grain, Period
from models.core.errors import Code, DomainError
from models.members import memberships, profile, records
from models.members.communities import create_community
from models.store.workspace import open_workspace


@pytest.fixture
def ws(workspace_path):
    with open_workspace(workspace_path) as ws:
        yield ws


def _member(conn, name, community_id):
    member_id, _ = records.create_member(conn, {"display_name": name}, community_id)
    conn.execute("UPDATE memberships SET joined_at = '2026-01-05T10:00:00+08:00'"
                 " WHERE member_id = ?", (member_id,))
    return member_id


def _role(conn, member_id, community_id):
    return conn.execute("SELECT role FROM memberships WHERE member_id = ? AND community_id = ?",
                        (member_id, community_id)).fetchone()[0]


def test_a_role_is_set_per_community_and_only_where_a_member_belongs(ws):
    conn = ws.conn
    a = create_community(conn, "读书会").id
    b = create_community(conn, "跑团").id
    alice, bob = _member(conn, "爱丽丝", a), _member(conn, "小波", b)
    records.join_community(conn, [alice], b)
    changed, change = memberships.set_role(conn, [alice, bob], a, "管理员")
    assert changed == [alice] and "memberships" in change.tables
    assert _role(conn, alice, a) == "管理员"
    assert _role(conn, alice, b) == "成员"  # her role elsewhere is her own
    assert _role(conn, bob, b) == "成员"
    assert {s.community: s.role for s in profile.memberships(conn, alice)} == {
        "读书会": "管理员", "跑团": "成员"}


def test_a_role_outside_the_vocabulary_is_refused_naming_it(ws):
    a = create_community(ws.conn, "读书会").id
    alice = _member(ws.conn, "爱丽丝", a)
    with pytest.raises(DomainError) as raised:
        memberships.set_role(ws.conn, [alice], a, "超级管理员")
    assert raised.value.code == Code.ONE_OF and "群主" in raised.value.params["allowed"]
    assert _role(ws.conn, alice, a) == "成员"


def test_leaving_counts_as_a_departure_of_its_period_and_rejoining_takes_it_back(ws):
    conn = ws.conn
    a = create_community(conn, "读书会").id
    alice, _bob = _member(conn, "爱丽丝", a), _member(conn, "小波", a)
    march = Period(date(2026, 3, 1), date(2026, 3, 31))
    assert member_count(conn, a, date(2026, 3, 31)) == 2
    memberships.record_leave(conn, alice, a, "2026/3/12", " 换城市了 ")
    [standing] = profile.memberships(conn, alice)
    assert (standing.left_at, standing.left_reason) == ("2026-03-12", "换城市了")
    assert left_series(conn, a, march, Grain.MONTH) == {"2026-03": 1}
    assert member_count(conn, a, date(2026, 3, 31)) == 1
    memberships.rejoin(conn, alice, a)
    [standing] = profile.memberships(conn, alice)
    assert (standing.left_at, standing.left_reason) == (None, None)
    assert left_series(conn, a, march, Grain.MONTH) == {}
    assert member_count(conn, a, date(2026, 3, 31)) == 2


def test_leaving_before_joining_is_refused_and_rejoin_lifts_a_removal(ws):
    conn = ws.conn
    a = create_community(conn, "读书会").id
    alice = _member(conn, "爱丽丝", a)
    with pytest.raises(DomainError) as raised:
        memberships.record_leave(conn, alice, a, "2025-12-31")
    assert raised.value.code == Code.LEFT_BEFORE_JOINED
    assert profile.memberships(conn, alice)[0].left_at is None
    conn.execute("UPDATE memberships SET status = 'removed', left_at = '2026-02-01'")
    memberships.rejoin(conn, alice, a)
    assert profile.memberships(conn, alice)[0].status == "active"


def test_the_roster_filters_by_role_and_by_leaving_through_indexes(ws):
    from models.members import roster
    from models.members.roster import RosterFilter

    conn = ws.conn
    a = create_community(conn, "读书会").id
    b = create_community(conn, "跑团").id
    alice, bob, carol = (_member(conn, n, a) for n in ("爱丽丝", "小波", "卡萝"))
    records.join_community(conn, [bob], b)
    memberships.set_role(conn, [alice], a, "管理员")
    memberships.set_role(conn, [bob], b, "管理员")
    memberships.record_leave(conn, carol, a, "2026-03-01", "忙")
    assert roster.all_ids(conn, RosterFilter(community_id=a, roles=("管理员",))) == [alice]
    assert sorted(roster.all_ids(conn, RosterFilter(roles=("管理员",)))) == [alice, bob]
    assert roster.all_ids(conn, RosterFilter(community_id=a, left=True)) == [carol]
    assert roster.all_ids(conn, RosterFilter(community_id=b, left=True)) == []
    # a saved segment keeps them
    f = RosterFilter(community_id=a, roles=("KOL", "群主"), left=True)
    assert RosterFilter.from_json(f.to_json()) == f
    # interactive at a million members: read from an index, never a scan of memberships
    for f in (RosterFilter(community_id=a, roles=("管理员",)), RosterFilter(roles=("KOL",)),
              RosterFilter(community_id=a, left=True)):
        clause, params = roster.where(f)
        plan = " / ".join(r[3] for r in conn.execute(
            f"EXPLAIN QUERY PLAN SELECT count(*) FROM members m WHERE {clause}", params))
        assert "memberships_role" in plan or "memberships_left" in plan, plan
        assert "SCAN memberships" not in plan.replace("SCAN memberships USING INDEX", ""), plan


def test_the_active_status_filter_leaves_out_who_left(tmp_path):
    """Filtering the roster by status 正常 (active) listed people who had left the group."""
    from models.members import memberships, roster
    from models.members.communities import create_community
    from models.members.roster import RosterFilter
    from models.store.workspace import open_workspace

    with open_workspace(tmp_path / "w.qunzhu") as ws:
        club = create_community(ws.conn, "读书会").id
        stay, _ = records.create_member(ws.conn, {"display_name": "留下"}, club)
        gone, _ = records.create_member(ws.conn, {"display_name": "走了"}, club)
        memberships.record_leave(ws.conn, gone, club, "2099-01-01", "")
        active = roster.page(ws.conn, RosterFilter(community_id=club, statuses=("active",)),
                             roster.RosterSort(), 0, 10)
        assert [m.id for m in active] == [stay]
        left = roster.page(ws.conn, RosterFilter(community_id=club, left=True),
                           roster.RosterSort(), 0, 10)
        assert [m.id for m in left] == [gone]
