"""Quick logging by hand: one member or many, refused values, remembered kinds, and undo
that gives back exactly the workspace as it was."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from models.activity import quick_log
from models.analytics.growth import active_members
from models.analytics.period import Period
from models.core import clock, zones
from models.core.errors import Code
from models.core.validation import Invalid
from models.store.operations import recorded, run
from models.store.workspace import open_workspace
from tests.checksums import checksum, differing
from tests.models.analytics_fixture import build

NOW = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)  # 11:00 in Shanghai, 2026-11-23


@pytest.fixture
def ws(tmp_path, monkeypatch):
    monkeypatch.setattr(clock, "utc_now", lambda: NOW)
    path = build(tmp_path / "log.qunzhu")
    with open_workspace(path) as opened:
        with opened.transaction() as c:
            zones.set_default_tzid(c, "Asia/Shanghai")
        yield opened


def rows(conn, ids):
    return conn.execute(
        "SELECT member_id, community_id, occurred_at, kind, amount, note FROM activities"
        " WHERE id BETWEEN ? AND ? ORDER BY id", (ids.start, ids.stop - 1)).fetchall()


def test_one_member_with_a_note_at_a_day_without_a_time(ws):
    done = run(ws.conn, recorded(lambda c: quick_log.log_interactions(
        c, [3], "分享", date(2026, 11, 21), 1, None, "  分享了读书笔记 ")))
    result = done.value
    assert result.count == 1 and not result.kind_added
    assert rows(ws.conn, result.activity_ids) == [
        (3, 1, "2026-11-21T12:00:00+08:00", "分享", 0, "分享了读书笔记")]
    assert done.change.touches("activities")


def test_many_members_one_statement_and_they_count_as_active(ws):
    period = Period(date(2026, 11, 22), date(2026, 11, 23))
    assert active_members(ws.conn, 1, period) == 0
    result = run(ws.conn, recorded(lambda c: quick_log.log_interactions(
        c, [3, 1, 2, 2], "发言", datetime(2026, 11, 23, 9, 30), 1))).value
    assert result.count == 3  # a member selected twice is logged once
    assert [r[0] for r in rows(ws.conn, result.activity_ids)] == [1, 2, 3]
    assert {r[2] for r in rows(ws.conn, result.activity_ids)} == {"2026-11-23T09:30:00+08:00"}
    assert active_members(ws.conn, 1, period) == 3


def test_a_time_in_another_offset_is_stored_in_the_workspace_zone(ws):
    result = run(ws.conn, recorded(lambda c: quick_log.log_interactions(
        c, [1], "发言", "2026-11-22T15:30:00+00:00", 1))).value
    assert rows(ws.conn, result.activity_ids)[0][2] == "2026-11-22T23:30:00+08:00"


def test_a_purchase_keeps_its_amount(ws):
    result = run(ws.conn, recorded(lambda c: quick_log.log_interactions(
        c, [2], "购买", quick_log.moment(c, date(2026, 11, 22), time(20, 15)), 1, 12_350,
        "线下买书"))).value
    assert rows(ws.conn, result.activity_ids) == [
        (2, 1, "2026-11-22T20:15:00+08:00", "购买", 12_350, "线下买书")]


@pytest.mark.parametrize(("kind", "when", "amount", "members", "community", "code"), [
    ("  ", date(2026, 11, 22), None, [1], 1, Code.EMPTY),
    ("发言", date(2026, 11, 22), 500, [1], 1, Code.AMOUNT_ONLY_PURCHASE),
    ("购买", date(2026, 11, 22), -1, [1], 1, Code.NEGATIVE),
    ("购买", date(2026, 11, 22), 1.5, [1], 1, Code.WHOLE_NOT_NEGATIVE),
    ("发言", date(2026, 11, 24), None, [1], 1, Code.FUTURE_DAY),
    ("发言", "2026-11-24T00:10:00+08:00", None, [1], 1, Code.FUTURE_DAY),
    ("发言", "yesterday", None, [1], 1, Code.NOT_A_TIME),
    ("发言", date(2026, 11, 22), None, [], 1, Code.NOBODY_SELECTED),
    ("发言", date(2026, 11, 22), None, [1, 999], 1, Code.NO_MEMBER_ID),
    ("发言", date(2026, 11, 22), None, [1], 77, Code.NO_COMMUNITY_ID),
    ("很" * 21, date(2026, 11, 22), None, [1], 1, Code.TEXT_TOO_LONG),
])
def test_refusals_write_nothing(ws, kind, when, amount, members, community, code):
    before = checksum(ws.conn)
    with pytest.raises(Invalid) as refused:
        run(ws.conn, recorded(lambda c: quick_log.log_interactions(
            c, members, kind, when, community, amount)))
    assert refused.value.code == code
    assert checksum(ws.conn) == before


def test_today_late_in_the_evening_is_not_the_future(ws):
    # 23:30 on the 23rd in Shanghai is still today there, whatever the computer's clock says
    result = run(ws.conn, recorded(lambda c: quick_log.log_interactions(
        c, [1], "发言", "2026-11-23T23:30:00+08:00", 1))).value
    assert rows(ws.conn, result.activity_ids)[0][2] == "2026-11-23T23:30:00+08:00"


def test_an_added_kind_is_remembered_and_offered_after_the_built_in_ones(ws):
    assert quick_log.offered_kinds(ws.conn) == ["发言", "分享", "邀请", "参加活动", "购买"]
    first = run(ws.conn, recorded(lambda c: quick_log.log_interactions(
        c, [1], " 答疑 ", date(2026, 11, 22), 1))).value
    again = run(ws.conn, recorded(lambda c: quick_log.log_interactions(
        c, [2], "答疑", date(2026, 11, 22), 1))).value
    assert first.kind_added and not again.kind_added
    assert quick_log.offered_kinds(ws.conn)[-1] == "答疑"
    assert quick_log.custom_kinds(ws.conn) == ["答疑"]


def test_a_damaged_kinds_setting_reads_as_none(ws):
    with ws.transaction() as c:
        c.execute("INSERT INTO workspace_settings (key, value) VALUES (?, 'not json')",
                  (quick_log.SETTING_KINDS,))
    assert quick_log.custom_kinds(ws.conn) == []


def test_undo_and_redo_give_back_the_exact_states(ws):
    conn = ws.conn
    states = [checksum(conn)]
    dones = []
    for op in (recorded(lambda c: quick_log.log_interactions(
                   c, [1, 2, 3, 4, 6], "打卡", date(2026, 11, 22), 2, None, "晨跑")),
               recorded(lambda c: quick_log.log_interactions(
                   c, [2], "购买", date(2026, 11, 23), 1, 9900, "现场付款"))):
        dones.append(run(conn, op))
        states.append(checksum(conn))
    assert states[0] != states[1] != states[2]
    redos = []
    for step in reversed(range(len(dones))):
        redos.append(run(conn, dones[step].undo).undo)
        assert checksum(conn) == states[step], differing(checksum(conn), states[step])
    assert quick_log.custom_kinds(conn) == []  # the added kind went with its undo
    for step, redo in enumerate(reversed(redos)):
        run(conn, redo)
        assert checksum(conn) == states[step + 1]


def test_the_intake_hook_sees_exactly_the_new_rows(ws, monkeypatch):
    seen = []

    def hook(conn, where, params=()):
        seen.append(sorted(r[0] for r in conn.execute(
            f"SELECT id FROM activities WHERE {where}", params)))

    monkeypatch.setattr(quick_log, "after_activities_added", hook)
    result = run(ws.conn, recorded(lambda c: quick_log.log_interactions(
        c, [1, 2], "邀请", date(2026, 11, 22), 1))).value
    assert seen == [list(result.activity_ids)]
