"""Member operations: validation, duplicates, bulk edits, trash, erasure, roster queries."""

from __future__ import annotations

from datetime import datetime

import pytest

from models.core.validation import Invalid, clean_date, clean_email, clean_phone
from models.members import records, roster, segments
from models.members.communities import create_community
from models.members.roster import Column, RosterFilter, RosterSort
from models.store.workspace import open_workspace


@pytest.mark.parametrize("raw, stored", [
    ("13800138000", "13800138000"), ("138 0013 8000", "13800138000"),
    ("138-0013-8000", "13800138000"), ("+86 138 0013 8000", "13800138000"),
    ("0086-13800138000", "13800138000"), ("１３８００１３８０００", "13800138000"),
    ("8613800138000", "13800138000"), ("", None), (None, None),
])
def test_phone_cleaning(raw, stored):
    assert clean_phone(raw) == stored


@pytest.mark.parametrize("raw", ["1380013800", "138001380001", "12800138000", "138abc38000",
                                 "1.38001E+10"])
def test_bad_phones_are_refused_with_a_reason(raw):
    with pytest.raises(Invalid) as raised:
        clean_phone(raw)
    assert raised.value.reason


def test_dates_and_emails():
    assert clean_date("2024/3/5") == "2024-03-05"
    assert clean_date("2024年3月5日") == "2024-03-05"
    assert clean_date("2024-03-05 14:00") == "2024-03-05"
    with pytest.raises(Invalid):
        clean_date("2024-02-30")
    assert clean_email(" A@B.cn ") == "a@b.cn"
    with pytest.raises(Invalid):
        clean_email("not-an-email")


@pytest.fixture
def ws(workspace_path):
    with open_workspace(workspace_path) as ws:
        ws.c1 = create_community(ws.conn, "读书会")
        ws.c2 = create_community(ws.conn, "跑步群")
        yield ws


def add(ws, name, community=None, **values):
    member_id, _ = records.create_member(ws.conn, {"display_name": name, **values},
                                         community_id=community)
    return member_id


def test_create_validates_every_field_and_writes_nothing_on_error(ws):
    with pytest.raises(records.FieldErrors) as raised:
        records.create_member(ws.conn, {"display_name": "", "phone": "123", "email": "x"})
    assert set(raised.value.errors) == {"display_name", "phone", "email"}
    assert ws.conn.execute("SELECT count(*) FROM members").fetchone()[0] == 0


def test_duplicate_phone_and_wechat_are_reported_with_the_other_member(ws):
    first = add(ws, "张伟", phone="13800138000", wechat_id="zw1")
    second = add(ws, "李雷")
    found = records.conflicts(ws.conn, phone="13800138000", wechat_id="zw1", exclude_id=second)
    assert [(c.field, c.member_id, c.display_name) for c in found] == [
        ("phone", first, "张伟"), ("wechat_id", first, "张伟")]
    assert records.conflicts(ws.conn, phone="13800138000", exclude_id=first) == []


def test_summaries_follow_tags_memberships_points_and_activity(ws):
    m = add(ws, "张伟", community=ws.c1.id)
    records.add_tags(ws.conn, [m], ["新人", "VIP"])
    records.join_community(ws.conn, [m], ws.c2.id, role="管理员")
    records.grant_points(ws.conn, [m], 30, "签到")
    records.grant_points(ws.conn, [m], -10, "兑换")
    ws.conn.execute("INSERT INTO activities (member_id, occurred_at, kind) VALUES (?, ?, '发言')",
                    (m, "2026-11-01T10:00:00+08:00"))
    got = records.get_member(ws.conn, m)
    assert got.tags_text == "VIP、新人"
    assert got.points == 20
    # the same instant, in the workspace's zone (its offset may differ from the one written)
    assert datetime.fromisoformat(got.last_active_at) == datetime.fromisoformat(
        "2026-11-01T10:00:00+08:00")
    row = roster.rows(ws.conn, [m])[0]
    assert row.communities_text == "读书会·成员、跑步群·管理员"  # by community name
    records.grant_points(ws.conn, [m], 10, "退回兑换")
    records.remove_tags(ws.conn, [m], ["VIP"])
    records.leave_community(ws.conn, [m], ws.c2.id)
    got = records.get_member(ws.conn, m)
    assert (got.points, got.tags_text) == (30, "新人")
    assert roster.rows(ws.conn, [m])[0].communities_text == "读书会·成员"


def test_trash_restore_and_empty(ws):
    a, b = add(ws, "甲"), add(ws, "乙")
    records.set_deleted(ws.conn, [a], True)
    assert roster.count(ws.conn, RosterFilter()) == 1
    assert roster.count(ws.conn, RosterFilter(trash=True)) == 1
    records.set_deleted(ws.conn, [a], False)
    assert roster.count(ws.conn, RosterFilter()) == 2
    records.set_deleted(ws.conn, [a, b], True)
    records.empty_trash(ws.conn)
    assert ws.conn.execute("SELECT count(*) FROM members").fetchone()[0] == 0


def test_erasure_removes_the_phone_and_name_from_every_byte_of_the_file(workspace_path):
    with open_workspace(workspace_path) as ws:
        community = create_community(ws.conn, "读书会")
        keep, _ = records.create_member(ws.conn, {"display_name": "李雷", "phone": "13900001111"},
                                        community_id=community.id)
        gone, _ = records.create_member(ws.conn, {
            "display_name": "韩梅梅", "nickname": "梅子", "phone": "13812345678",
            "wechat_id": "hanmeimei2024", "notes": "住在海淀区学院路"},
            community_id=community.id)
        records.add_tags(ws.conn, [gone], ["VIP"])
        for n in range(300):  # enough rows that the index has several segments
            records.create_member(ws.conn, {"display_name": f"成员{n}", "phone": f"137{n:08d}"})
        records.update_members(ws.conn, {gone: {"city": "北京"}})
        records.erase_personal_data(ws.conn, [gone])
        erased = records.get_member(ws.conn, gone)
        assert erased.display_name == records.ERASED_NAME and erased.phone is None
        assert ws.conn.execute("SELECT count(*) FROM memberships WHERE member_id = ?",
                               (gone,)).fetchone()[0] == 1, "history stays, anonymous"
    data = workspace_path.read_bytes() + b"".join(
        p.read_bytes() for p in workspace_path.parent.glob(workspace_path.name + "-*"))
    for secret in ("13812345678", "韩梅梅", "hanmeimei2024", "海淀区学院路", "hanmeimei"):
        assert secret.encode() not in data, secret
    assert b"13900001111" in data and "李雷".encode() in data


def test_roster_filters(ws):
    a = add(ws, "张伟", ws.c1.id, city="杭州", source="朋友推荐", lifecycle="retention")
    b = add(ws, "王芳", ws.c1.id, city="上海", source="公众号")
    c = add(ws, "李雷", ws.c2.id, city="杭州", source="公众号")
    records.add_tags(ws.conn, [a, b], ["宝妈"])
    records.add_tags(ws.conn, [a], ["VIP"])
    ws.conn.execute("UPDATE memberships SET status = 'muted' WHERE member_id = ?", (b,))
    ws.conn.execute("UPDATE memberships SET joined_at = '2024-01-10T10:00:00+08:00'"
                    " WHERE member_id = ?", (c,))
    ws.conn.execute("INSERT INTO activities (member_id, occurred_at, kind) VALUES (?, ?, '发言')",
                    (a, "2026-11-20T10:00:00+08:00"))
    tag = dict((n, i) for i, n in records.all_tags(ws.conn))
    from datetime import date
    today = date(2026, 11, 23)

    def ids(**kw):
        return sorted(roster.all_ids(ws.conn, RosterFilter(**kw), today))

    assert ids(community_id=ws.c1.id) == [a, b]
    assert ids(cities=("杭州",)) == [a, c]
    assert ids(sources=("公众号",), community_id=ws.c1.id) == [b]
    assert ids(lifecycles=("retention",)) == [a]
    assert ids(tag_ids=(tag["宝妈"], tag["VIP"])) == [a, b]
    assert ids(tag_ids=(tag["宝妈"], tag["VIP"]), all_tags=True) == [a]
    assert ids(statuses=("muted",)) == [b]
    assert ids(joined_from="2024-01-01", joined_to="2024-01-10") == [c]
    assert ids(inactive_days=14) == [b, c]
    assert ids(text="张", cities=("杭州",)) == [a]
    assert ids(member_ids=(b, c)) == [b, c]


def test_roster_sorts_and_pages_by_offset_and_by_keyset(ws):
    made = [add(ws, name) for name in ["丙", "甲", "乙", "丁", "戊", "己"]]
    for i, m in enumerate(made):
        records.grant_points(ws.conn, [m], (i % 3) + 1, "x")
    f = RosterFilter()
    for sort in (RosterSort(Column.NAME), RosterSort(Column.POINTS, descending=True),
                 RosterSort(Column.LAST_ACTIVE), RosterSort(Column.LAST_ACTIVE, True)):
        everything = roster.page_ids(ws.conn, f, sort, 0, 100)
        assert sorted(everything) == sorted(made)
        assert roster.page_ids(ws.conn, f, sort, 2, 2) == everything[2:4]
        last = roster.rows(ws.conn, [everything[1]])[0]
        after = roster.page_after(ws.conn, f, sort, last, 3)
        assert [r.id for r in after] == everything[2:5], sort
        backwards = roster.page_ids(ws.conn, f, roster.reversed_sort(sort), 0, 100)
        assert backwards == everything[::-1]
    points = [roster.rows(ws.conn, [i])[0].points for i in
              roster.page_ids(ws.conn, f, RosterSort(Column.POINTS, True), 0, 100)]
    assert points == sorted(points, reverse=True)


def test_segments_round_trip(ws):
    f = RosterFilter(community_id=ws.c1.id, cities=("杭州",), tag_ids=(3,), inactive_days=30)
    segments.save_segment(ws.conn, "杭州沉默用户", f)
    [segment] = segments.segments(ws.conn)
    assert segment.name == "杭州沉默用户"
    assert segment.filter == RosterFilter(cities=("杭州",), tag_ids=(3,), inactive_days=30)
    segments.save_segment(ws.conn, "杭州沉默用户", RosterFilter(cities=("上海",)))
    assert segments.segments(ws.conn)[0].filter.cities == ("上海",)


def test_a_workspace_with_only_trashed_members_still_has_members(tmp_path):
    from models.store.stats import has_members

    with open_workspace(tmp_path / "w.qunzhu") as ws:
        assert not has_members(ws.conn)
        member_id, _ = records.create_member(ws.conn, {"display_name": "李娜"})
        records.set_deleted(ws.conn, [member_id], True)
        assert has_members(ws.conn)
