"""One timeline per member (issue 19): newest first across every source, ties in one stable
order from page to page, filtered by kind, paged without losing or repeating an item."""

from __future__ import annotations

import json

import pytest

from models.core import clock, zones
from models.members import follow_ups, records, timeline
from models.members.communities import create_community
from models.store.workspace import open_workspace

T = "2026-11-{:02d}T{:02d}:00:00+08:00"


@pytest.fixture
def ws(workspace_path):
    with open_workspace(workspace_path) as ws:
        conn = ws.conn
        zones.set_default_tzid(conn, "Asia/Shanghai")
        clock.use_zone("Asia/Shanghai")
        club = create_community(conn, "读书会").id
        ws.alice = records.create_member(conn, {"display_name": "爱丽丝"}, club)[0]
        ws.bob = records.create_member(conn, {"display_name": "小波"}, club)[0]
        with conn:
            conn.execute("UPDATE memberships SET joined_at = '2026-11-01T09:00:00+08:00',"
                         " role = '核心成员' WHERE member_id = ?", (ws.alice,))
            event = conn.execute(
                "INSERT INTO events (uid, community_id, title, kind, starts_at, ends_at, status,"
                " created_at, updated_at) VALUES ('tl-1', ?, '读书分享会', '线下',"
                " '2026-11-20T19:00:00+08:00', '2026-11-20T21:00:00+08:00', '已发布',"
                " '2026-11-01T09:00:00+08:00', '2026-11-01T09:00:00+08:00')",
                (club,)).lastrowid
            conn.execute("INSERT INTO registrations (event_id, member_id, registered_at,"
                         " checked_in_at) VALUES (?, ?, ?, ?)",
                         (event, ws.alice, T.format(10, 9), T.format(20, 19)))
            for day, kind, amount in ((3, "发言", 0), (5, "分享", 0), (12, "购买", 9900),
                                      (20, "参加活动", 0)):
                conn.execute("INSERT INTO activities (member_id, community_id, occurred_at,"
                             " kind, amount) VALUES (?, ?, ?, ?, ?)",
                             (ws.alice, club, T.format(day, 10), kind, amount))
            conn.execute("INSERT INTO points_ledger (member_id, delta, reason, occurred_at)"
                         " VALUES (?, 5, '签到', ?)", (ws.alice, T.format(20, 19)))
            conn.execute("INSERT INTO violations (member_id, community_id, occurred_at, rule,"
                         " action) VALUES (?, ?, ?, '发广告', '警告')",
                         (ws.alice, club, T.format(8, 12)))
            conn.execute("INSERT INTO needs (member_id, community_id, text, created_at)"
                         " VALUES (?, ?, '想要线上读书会', ?)", (ws.alice, club, T.format(6, 8)))
            conn.execute("INSERT INTO member_merges (member_id, merged_id, merged_name,"
                         " merged_at, detail) VALUES (?, 99, '爱丽丝（旧）', ?, ?)",
                         (ws.alice, T.format(15, 11), json.dumps({"phone": "13800138000"})))
            conn.execute("UPDATE memberships SET left_at = '2026-11-25', left_reason = '搬家'"
                         " WHERE member_id = ?", (ws.alice,))
            conn.execute("INSERT INTO activities (member_id, community_id, occurred_at, kind)"
                         " VALUES (?, ?, ?, '发言')", (ws.bob, club, T.format(21, 10)))
        follow_ups.add(conn, ws.alice, channel="电话", note="问她想读什么",
                       at=T.format(22, 15), next_on="2026-11-29", community_id=club)
        ws.club = club
        yield ws
    clock.use_zone(None)


def _seen(items):
    return [(i.at[:13], i.kind, i.what) for i in items]


def test_every_source_is_on_one_timeline_newest_first(ws):
    found = timeline.page(ws.conn, ws.alice).items
    assert _seen(found) == [
        ("2026-11-25", "membership", "left"),
        ("2026-11-22T15", "follow_up", "follow_up"),
        ("2026-11-20T19", "points", "points"),  # the points entry and the check-in share
        ("2026-11-20T19", "event", "checked_in"),  # an instant: one fixed order
        ("2026-11-20T10", "activity", "参加活动"),
        ("2026-11-15T11", "merge", "merged"),
        ("2026-11-12T10", "purchase", "购买"),
        ("2026-11-10T09", "event", "registered"),
        ("2026-11-08T12", "violation", "警告"),
        ("2026-11-06T08", "need", "need"),
        ("2026-11-05T10", "activity", "分享"),
        ("2026-11-03T10", "activity", "发言"),
        ("2026-11-01T09", "membership", "joined"),
    ]
    by_what = {i.what: i.detail for i in found}
    assert by_what["购买"]["amount"] == 9900
    assert by_what["left"] == {"community": "读书会", "reason": "搬家"}
    assert by_what["joined"]["role"] == "核心成员"
    assert by_what["merged"]["fields"] == {"phone": "13800138000"}
    assert by_what["follow_up"]["next_on"] == "2026-11-29"
    assert by_what["checked_in"]["event"] == "读书分享会"
    assert "小波" not in str(found) and all(i.kind in timeline.KINDS for i in found)
    assert timeline.page(ws.conn, ws.alice).cursor is None


def test_the_kind_filter_keeps_only_the_kinds_asked_for(ws):
    assert _seen(timeline.page(ws.conn, ws.alice, {"purchase"}).items) == [
        ("2026-11-12T10", "purchase", "购买")]
    assert [i.what for i in timeline.page(ws.conn, ws.alice, {"activity"}).items] == [
        "参加活动", "分享", "发言"]
    assert [i.what for i in timeline.page(ws.conn, ws.alice, {"event", "membership"}).items] \
        == ["left", "checked_in", "registered", "joined"]
    assert timeline.page(ws.conn, ws.alice, set()).items == []
    counts = timeline.counts(ws.conn, ws.alice)
    assert counts == {"follow_up": 1, "activity": 3, "purchase": 1, "event": 2, "points": 1,
                      "violation": 1, "need": 1, "membership": 2, "merge": 1}


def test_pages_follow_one_another_without_losing_or_repeating_ties(ws):
    """Many rows at one instant, from several sources: page by page, each comes once, in
    the same order as one long page."""
    conn = ws.conn
    with conn:
        for n in range(7):
            conn.execute("INSERT INTO activities (member_id, community_id, occurred_at, kind)"
                         " VALUES (?, ?, ?, '发言')", (ws.alice, ws.club, T.format(20, 19)))
            conn.execute("INSERT INTO points_ledger (member_id, delta, reason, occurred_at)"
                         " VALUES (?, 1, ?, ?)", (ws.alice, f"发言{n}", T.format(20, 19)))
    whole = timeline.page(conn, ws.alice, limit=1000).items
    for size in (1, 2, 3, 5):
        paged, cursor = [], None
        while True:
            page = timeline.page(conn, ws.alice, after=cursor, limit=size)
            paged += page.items
            if not page.more:
                break
            cursor = page.cursor
        assert [i.key for i in paged] == [i.key for i in whole], size
    assert len(whole) == len({i.key + (i.kind,) for i in whole}) == 13 + 14
    keys = [i.key for i in whole]
    assert keys == sorted(keys, reverse=True)
