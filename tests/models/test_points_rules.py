"""Points rules and honours: caps per day, per-¥ rounding, back-fill, revoke, honours granted
and revoked as thresholds are crossed, and the hook every activity writer calls."""

from __future__ import annotations

import pytest

from models.activity import honours, intake, points_rules
from models.core.changes import Change
from models.core.errors import Code, DomainError
from models.events import registrations
from models.events.schedule import EventFields, create_event
from models.members import records
from models.members.communities import create_community
from models.store.operations import recorded, run
from models.store.workspace import open_workspace
from tests.checksums import checksum


@pytest.fixture
def ws(workspace_path):
    with open_workspace(workspace_path) as ws:
        yield ws


def _community(conn, name="读书会") -> int:
    return create_community(conn, name).id


def _member(conn, name: str, community_id: int | None = None) -> int:
    return records.create_member(conn, {"display_name": name}, community_id)[0]


def _activities(conn, member_id: int, community_id: int, times: list[str], kind="发言",
                amount=0) -> None:
    """Write activities as a writer does: insert, then the hook over exactly the new rows."""
    last = conn.execute("SELECT coalesce(max(id), 0) FROM activities").fetchone()[0]
    conn.executemany("INSERT INTO activities (member_id, community_id, occurred_at, kind,"
                     " amount) VALUES (?, ?, ?, ?, ?)",
                     [(member_id, community_id, t, kind, amount) for t in times])
    intake.after_activities_added(conn, "id > ?", (last,))


def _ledger(conn, member_id: int) -> list[tuple[str, int]]:
    return [(r[0][:10], r[1]) for r in conn.execute(
        "SELECT occurred_at, delta FROM points_ledger WHERE member_id = ?"
        " ORDER BY occurred_at, id", (member_id,))]


def _points(conn, member_id: int) -> int:
    return conn.execute("SELECT points FROM members WHERE id = ?", (member_id,)).fetchone()[0]


def test_a_daily_cap_counts_several_messages_a_day_once(ws):
    c = _community(ws.conn)
    m = _member(ws.conn, "张三", c)
    points_rules.add_rule(ws.conn, c, "发言", 1, daily_cap=2)
    _activities(ws.conn, m, c, [f"2026-05-01T09:{i:02d}:00+08:00" for i in range(5)]
                + ["2026-05-02T23:59:00+08:00"])
    assert _ledger(ws.conn, m) == [("2026-05-01", 1), ("2026-05-01", 1), ("2026-05-02", 1)]
    assert _points(ws.conn, m) == 3
    reason = ws.conn.execute("SELECT reason FROM points_ledger LIMIT 1").fetchone()[0]
    assert reason == "规则：发言 +1，每天上限 2"


def test_a_cap_already_partly_used_by_an_earlier_import_is_counted(ws):
    c = _community(ws.conn)
    m = _member(ws.conn, "张三", c)
    points_rules.add_rule(ws.conn, c, "发言", 2, daily_cap=5)
    _activities(ws.conn, m, c, ["2026-05-01T09:00:00+08:00", "2026-05-01T10:00:00+08:00"])
    assert _points(ws.conn, m) == 4
    # A later export of the same day: 1 point left of the cap, then nothing.
    _activities(ws.conn, m, c, ["2026-05-01T20:00:00+08:00", "2026-05-01T21:00:00+08:00",
                                "2026-05-02T08:00:00+08:00"])
    assert _ledger(ws.conn, m) == [("2026-05-01", 2), ("2026-05-01", 2), ("2026-05-01", 1),
                                   ("2026-05-02", 2)]


def test_caps_are_per_member_and_per_community_rule(ws):
    c, d = _community(ws.conn), _community(ws.conn, "跑团")
    a, b = _member(ws.conn, "甲", c), _member(ws.conn, "乙", c)
    points_rules.add_rule(ws.conn, c, "发言", 1, daily_cap=1)
    _activities(ws.conn, a, c, ["2026-05-01T09:00:00+08:00"] * 3)
    _activities(ws.conn, b, c, ["2026-05-01T09:00:00+08:00"] * 2)
    _activities(ws.conn, a, d, ["2026-05-01T09:00:00+08:00"] * 2)  # no rule there
    assert _points(ws.conn, a) == 1 and _points(ws.conn, b) == 1


@pytest.mark.parametrize("fen, points", [(999, 0), (1000, 1), (2580, 2), (10000, 10), (0, 0)])
def test_per_yuan_rules_round_down(ws, fen, points):
    c = _community(ws.conn)
    m = _member(ws.conn, "张三", c)
    points_rules.add_rule(ws.conn, c, "购买", 1, per_fen=1000)
    _activities(ws.conn, m, c, ["2026-05-01T09:00:00+08:00"], kind="购买", amount=fen)
    assert _points(ws.conn, m) == points
    rows = ws.conn.execute("SELECT count(*) FROM points_ledger").fetchone()[0]
    assert rows == (1 if points else 0)  # nothing earned: no row of 0


def test_backfill_applies_a_new_rule_to_the_past_once(ws):
    c = _community(ws.conn)
    m = _member(ws.conn, "张三", c)
    _activities(ws.conn, m, c, ["2026-04-01T09:00:00+08:00", "2026-04-01T10:00:00+08:00",
                                "2026-04-02T09:00:00+08:00"])
    assert _points(ws.conn, m) == 0  # no rule yet
    rule, _ = points_rules.add_rule(ws.conn, c, "发言", 3, daily_cap=3)
    assert points_rules.backfill_count(ws.conn, rule.id) == 3
    done = points_rules.backfill(ws.conn, rule.id)
    assert (done.entries, done.points) == (2, 6)
    assert points_rules.backfill_count(ws.conn, rule.id) == 1  # capped away, still looked at
    again = checksum(ws.conn)
    assert points_rules.backfill(ws.conn, rule.id).entries == 0
    assert checksum(ws.conn) == again


def test_revoke_takes_a_rules_points_back_and_deleting_keeps_them(ws):
    c = _community(ws.conn)
    m = _member(ws.conn, "张三", c)
    rule, _ = points_rules.add_rule(ws.conn, c, "邀请", 10)
    _activities(ws.conn, m, c, ["2026-05-01T09:00:00+08:00"], kind="邀请")
    records.grant_points(ws.conn, [m], 5, "兑换")
    assert points_rules.revoke_count(ws.conn, rule.id) == (1, 10)
    points_rules.delete_rule(ws.conn, rule.id)
    assert _points(ws.conn, m) == 15  # history stays
    rule, _ = points_rules.add_rule(ws.conn, c, "邀请", 10)
    points_rules.backfill(ws.conn, rule.id)
    assert _points(ws.conn, m) == 25
    points_rules.delete_rule(ws.conn, rule.id, take_back=True)
    assert _points(ws.conn, m) == 15


def test_undo_of_a_grant_is_exact(ws):
    c = _community(ws.conn)
    m = _member(ws.conn, "张三", c)
    rule, _ = points_rules.add_rule(ws.conn, c, "发言", 1, daily_cap=1)
    honours.add_honour(ws.conn, "话唠", "points", 2, c)
    _activities(ws.conn, m, c, ["2026-04-01T09:00:00+08:00", "2026-04-02T09:00:00+08:00"])
    points_rules.revoke(ws.conn, rule.id)
    before = checksum(ws.conn)
    done = run(ws.conn, recorded(lambda conn: points_rules.backfill(conn, rule.id)))
    after = checksum(ws.conn)
    assert _points(ws.conn, m) == 2
    assert ws.conn.execute("SELECT honours_text FROM members WHERE id = ?",
                           (m,)).fetchone()[0] == "话唠"
    back = run(ws.conn, done.undo)
    assert checksum(ws.conn) == before
    run(ws.conn, back.undo)
    assert checksum(ws.conn) == after


@pytest.mark.parametrize("args, code", [
    (("", 1), Code.RULE_KIND_NEEDED), (("发言", 0), Code.POINTS_ZERO),
    (("发言", 1, 0), Code.RULE_PER_YUAN), (("发言", 1, None, 0), Code.RULE_DAILY_CAP),
])
def test_rules_refuse_what_they_cannot_be(ws, args, code):
    c = _community(ws.conn)
    with pytest.raises(DomainError) as raised:
        points_rules.add_rule(ws.conn, c, *args)
    assert raised.value.code == code


def test_one_rule_per_kind_and_community(ws):
    c = _community(ws.conn)
    points_rules.add_rule(ws.conn, c, "发言", 1)
    with pytest.raises(DomainError) as raised:
        points_rules.add_rule(ws.conn, c, " 发言 ", 2)
    assert raised.value.code == Code.RULE_EXISTS
    other, _ = points_rules.add_rule(ws.conn, c, "分享", 2)
    with pytest.raises(DomainError):
        points_rules.update_rule(ws.conn, other.id, kind="发言", points=3)


def test_check_in_at_the_door_earns_the_rules_points_and_an_honour(ws):
    c = _community(ws.conn)
    m = _member(ws.conn, "张三", c)
    points_rules.add_rule(ws.conn, c, "参加活动", 5)
    honours.add_honour(ws.conn, "活动达人", "events", 2, c)
    events = [create_event(ws.conn, EventFields(f"读书会第{i}期", f"2026-05-0{i}T19:00:00+08:00",
                                                community_id=c))[0] for i in (1, 2)]
    registrations.check_in(ws.conn, events[0].id, m, "2026-05-01T19:05:00+08:00")
    assert _points(ws.conn, m) == 5
    assert honours.of_member(ws.conn, m) == []
    registrations.check_in(ws.conn, events[1].id, m, "2026-05-02T19:05:00+08:00")
    assert _points(ws.conn, m) == 10
    assert [h.name for h in honours.of_member(ws.conn, m)] == ["活动达人"]
    registrations.cancel(ws.conn, events[1].id, m)  # taken back: below the threshold again
    assert _points(ws.conn, m) == 5
    assert honours.of_member(ws.conn, m) == []


def test_honours_are_revoked_when_points_are_deducted_by_hand(ws):
    c = _community(ws.conn)
    m = _member(ws.conn, "张三", c)
    honours.add_honour(ws.conn, "积分新星", "points", 100)
    honours.grant_points(ws.conn, [m], 120, "活动奖励")
    assert ws.conn.execute("SELECT honours_text FROM members").fetchone()[0] == "积分新星"
    honours.grant_points(ws.conn, [m], -30, "兑换礼品")
    assert ws.conn.execute("SELECT honours_text FROM members").fetchone()[0] == ""


def test_invited_and_months_active_honours(ws):
    c, d = _community(ws.conn), _community(ws.conn, "跑团")
    inviter = _member(ws.conn, "张三", c)
    for i in range(3):
        invitee = _member(ws.conn, f"新人{i}", c if i < 2 else d)
        records.update_members(ws.conn, {invitee: {"referrer_id": inviter}})
    everywhere, _ = honours.add_honour(ws.conn, "拉新王", "invited", 3)
    here, _ = honours.add_honour(ws.conn, "读书会拉新王", "invited", 3, c)
    assert honours.holders(ws.conn, everywhere.id) == 1
    assert honours.holders(ws.conn, here.id) == 0  # one invitee is only in 跑团
    months, _ = honours.add_honour(ws.conn, "老朋友", "months_active", 2, c)
    _activities(ws.conn, inviter, c, ["2026-01-05T09:00:00+08:00", "2026-01-20T09:00:00+08:00"])
    assert honours.holders(ws.conn, months.id) == 0
    _activities(ws.conn, inviter, d, ["2026-02-05T09:00:00+08:00"])  # elsewhere
    assert honours.holders(ws.conn, months.id) == 0
    _activities(ws.conn, inviter, c, ["2026-03-05T09:00:00+08:00"])
    assert honours.holders(ws.conn, months.id) == 1
    text = ws.conn.execute("SELECT honours_text FROM members WHERE id = ?",
                           (inviter,)).fetchone()[0]
    assert text == "拉新王、老朋友"  # highest threshold first


def test_an_undone_activity_revokes_the_honour(ws):
    c = _community(ws.conn)
    m = _member(ws.conn, "张三", c)
    points_rules.add_rule(ws.conn, c, "邀请", 10)
    honours.add_honour(ws.conn, "积分新星", "points", 10)
    before = checksum(ws.conn)
    done = run(ws.conn, recorded(lambda conn: _activities(
        conn, m, c, ["2026-05-01T09:00:00+08:00"], kind="邀请") or Change()))
    assert [h.name for h in honours.of_member(ws.conn, m)] == ["积分新星"]
    run(ws.conn, done.undo)
    assert honours.of_member(ws.conn, m) == []
    assert checksum(ws.conn) == before


def test_removing_activities_outside_undo_revokes_through_the_hook(ws):
    c = _community(ws.conn)
    m = _member(ws.conn, "张三", c)
    points_rules.add_rule(ws.conn, c, "购买", 1, per_fen=100)
    honours.add_honour(ws.conn, "VIP", "points", 50)
    _activities(ws.conn, m, c, ["2026-05-01T09:00:00+08:00"], kind="购买", amount=8000)
    assert honours.holders(ws.conn, 1) == 1
    ws.conn.execute("DELETE FROM activities WHERE member_id = ?", (m,))  # a refund
    intake.after_activities_removed(ws.conn, "SELECT ?", (m,))
    assert _points(ws.conn, m) == 0 and honours.holders(ws.conn, 1) == 0


def test_honours_refuse_bad_values(ws):
    c = _community(ws.conn)
    honours.add_honour(ws.conn, "VIP", "points", 50, c)
    for args, code in ((("", "points", 1), Code.HONOUR_NAME_NEEDED),
                       (("X", "likes", 1), Code.HONOUR_METRIC),
                       (("X", "points", 0), Code.HONOUR_THRESHOLD),
                       (("VIP", "points", 10, c), Code.HONOUR_EXISTS)):
        with pytest.raises(DomainError) as raised:
            honours.add_honour(ws.conn, *args)
        assert raised.value.code == code
    honours.add_honour(ws.conn, "VIP", "points", 50)  # the same name for all is another one
