"""System lines of a chat export: joins, invitations (several at once), QR-code joins,
removals and leaves fill memberships and the referral tree, once, and never overwrite a
referrer or close a loop."""

from __future__ import annotations

from tests.checksums import checksum, differing
from tests.models.chat_fixtures import (  # noqa: F401 (chat_ws: the ws fixture)
    SystemEvent,
    at,
    chat_ws,
    import_records,
    say,
    wx,
)


def event(action, targets, when, actor=None):
    return SystemEvent(at(when), action, tuple(targets), actor)


def member(conn, name):
    [found] = conn.execute("SELECT id FROM members WHERE display_name = ?", (name,)).fetchall()
    return found[0]


def membership(conn, member_id, community_id):
    return conn.execute("SELECT joined_at, left_at, status FROM memberships WHERE member_id = ?"
                        " AND community_id = ?", (member_id, community_id)).fetchone()


def referrer(conn, member_id):
    return conn.execute("SELECT referrer_id FROM members WHERE id = ?",
                        (member_id,)).fetchone()[0]


def invites(conn, member_id):
    return conn.execute("SELECT occurred_at FROM activities WHERE member_id = ? AND kind = '邀请'"
                        " ORDER BY occurred_at", (member_id,)).fetchall()


#: WeChat's lines name people only by their shown name; their messages carry a wxid.
ZHANG, LI4, WANG5 = wx("张伟"), wx("李四"), wx("王五")
LI4_SPEAKS = wx("李四", "wxid_li4")


def test_an_invitation_of_several_people(ws):
    records = [event("invite", [LI4, WANG5], "2026-03-01 10:00:00", ZHANG),
               say(LI4_SPEAKS, "2026-03-01 10:01:00", "谢谢邀请")]
    result = import_records(ws.conn, ws.club, records, fmt="wechat").value
    li4, wang5 = member(ws.conn, "李四"), member(ws.conn, "王五")
    assert (result.invitations, result.joins, result.referrers_set, result.members_created
            ) == (2, 2, 2, 2)
    # 张伟 matched by name; the named-only 李四 is the one who speaks with a wxid
    assert referrer(ws.conn, li4) == referrer(ws.conn, wang5) == ws.zhang
    assert invites(ws.conn, ws.zhang) == [("2026-03-01T10:00:00+08:00",)] * 2
    assert membership(ws.conn, li4, ws.club) == ("2026-03-01T10:00:00+08:00", None, "active")
    assert ws.conn.execute("SELECT count(*) FROM activities WHERE member_id = ?",
                           (li4,)).fetchone()[0] == 1
    before = checksum(ws.conn)
    again = import_records(ws.conn, ws.club, records, fmt="wechat").value
    assert (again.invitations, again.joins, again.referrers_set, again.members_created) == (
        0, 0, 0, 0)
    assert differing(checksum(ws.conn), before) == []


def test_a_qr_code_join_sets_the_sharer_as_referrer(ws):
    result = import_records(ws.conn, ws.club, [
        event("qr_join", [LI4], "2026-03-01 10:00:00", ZHANG)], fmt="wechat").value
    li4 = member(ws.conn, "李四")
    assert (result.joins, result.referrers_set, result.invitations) == (1, 1, 1)
    assert referrer(ws.conn, li4) == ws.zhang


def test_removals_leaves_and_a_later_return(ws):
    records = [event("join", [LI4], "2026-03-01 10:00:00"),
               event("join", [WANG5], "2026-03-01 11:00:00"),
               event("remove", [LI4], "2026-03-05 09:00:00", ZHANG),
               event("leave", [WANG5], "2026-03-06 09:00:00"),
               event("invite", [WANG5], "2026-03-09 09:00:00", ZHANG)]
    result = import_records(ws.conn, ws.club, records, fmt="wechat").value
    li4, wang5 = member(ws.conn, "李四"), member(ws.conn, "王五")
    assert (result.joins, result.removals, result.leaves) == (3, 1, 1)
    assert membership(ws.conn, li4, ws.club) == (
        "2026-03-01T10:00:00+08:00", "2026-03-05T09:00:00+08:00", "removed")
    # left, then invited back: the membership is live again from the return
    assert membership(ws.conn, wang5, ws.club) == ("2026-03-09T09:00:00+08:00", None, "active")
    before = checksum(ws.conn)
    again = import_records(ws.conn, ws.club, records, fmt="wechat").value
    assert (again.joins, again.removals, again.leaves) == (0, 0, 0)
    assert differing(checksum(ws.conn), before) == []


def test_a_leave_of_an_existing_member(ws):
    result = import_records(ws.conn, ws.club, [
        event("leave", [wx("李娜")], "2030-03-06 09:00:00")], fmt="wechat").value
    assert result.leaves == 1 and result.members_created == 0
    assert membership(ws.conn, ws.li, ws.club)[1:] == ("2030-03-06T09:00:00+08:00", "active")


def test_a_referrer_is_never_overwritten_nor_made_a_loop(ws):
    ws.conn.execute("UPDATE members SET referrer_id = ? WHERE id = ?", (ws.chen, ws.li))
    result = import_records(ws.conn, ws.club, [
        event("invite", [wx("李娜")], "2026-03-01 10:00:00", ZHANG),   # has one already
        event("invite", [wx("小新")], "2026-03-01 10:00:00", ZHANG),
        event("invite", [ZHANG], "2026-03-02 10:00:00", wx("小新")),   # would be a loop
        event("invite", [ZHANG], "2026-03-02 11:00:00", ZHANG),        # never oneself
    ], fmt="wechat").value
    new = member(ws.conn, "小新")
    assert referrer(ws.conn, ws.li) == ws.chen
    assert referrer(ws.conn, new) == ws.zhang and referrer(ws.conn, ws.zhang) is None
    assert result.referrers_set == 1
    # the circle is skipped, not failed, and said in the summary (oneself is no invitation)
    assert result.referral_loops_skipped == 1


def test_the_exporting_account_is_nobody_unless_linked(ws):
    me = wx("你", is_self=True)
    records = [event("invite", [LI4], "2026-03-01 10:00:00", me)]
    result = import_records(ws.conn, ws.club, records, fmt="wechat").value
    li4 = member(ws.conn, "李四")
    assert (result.members_created, result.invitations, referrer(ws.conn, li4)) == (1, 0, None)
    linked = import_records(ws.conn, ws.club, records, fmt="wechat",
                            decisions={me.key: ("link", ws.zhang)}).value
    assert linked.invitations == 1 and linked.referrers_set == 1
    assert referrer(ws.conn, li4) == ws.zhang
