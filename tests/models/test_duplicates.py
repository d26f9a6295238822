"""Suggestions of members who are probably one person, and merging every group that
shares a phone at once (preview, then one undoable step)."""

from __future__ import annotations

import pytest

from models.core.errors import Cancelled
from models.members import duplicates
from models.members.duplicates import Reason
from models.members.merge_all import merge_groups, plan_groups
from models.members.records import create_member, erase_personal_data, set_deleted
from models.store.operations import recorded, run
from models.store.workspace import open_workspace
from tests.checksums import checksum, differing

PEOPLE = [
    # name, city, phone, wechat, email, source
    ("张伟", "北京", None, None, None, "朋友圈"),     # 1: pinyin twin of 2, same city
    ("章伟", "北京", None, None, None, None),         # 2
    ("李娜", "上海", "13912345678", None, None, None),  # 3: phone twin of 4
    ("Lina", None, "13912345678", None, "LI@x.cn", None),  # 4
    ("王芳", "成都", None, "wf88", None, None),       # 5: WeChat twin of 6, same name+city
    ("王芳", "成都", None, "wf88", None, None),       # 6
    ("刘洋", "广州", "13700001111", None, None, None),  # 7: pinyin twin of 8 by phone tail
    ("柳阳", "深圳", "13800001111", None, None, None),  # 8
    ("陈静", None, None, None, "cj@x.cn", None),      # 9: email twin of 10
    ("程静", None, None, None, "CJ@x.cn", None),      # 10 (stored lower-cased)
    ("赵敏", "杭州", None, None, None, None),         # 11: same name+city as 12, marked apart
    ("赵敏", "杭州", None, None, None, None),         # 12
    ("孙丽", "南京", "13611112222", None, None, None),  # 13: phone twin of 14 (trashed)
    ("孙丽", "南京", "13611112222", None, None, None),  # 14
    ("周杰", "西安", None, None, None, None),         # 15: pinyin twin of 16 in one community
    ("周洁", "重庆", None, None, None, None),         # 16
]


@pytest.fixture
def people(workspace_path):
    with open_workspace(workspace_path) as ws:
        conn = ws.conn
        conn.execute("INSERT INTO communities (name, platform, created_at) VALUES"
                     " ('读书会', '微信群', '2026-01-01')")
        for n, (name, city, phone, wechat, email, source) in enumerate(PEOPLE, start=1):
            create_member(conn, {"display_name": name, "city": city, "phone": phone,
                                 "wechat_id": wechat, "email": email, "source": source},
                          community_id=1 if n in (15, 16) else None)
        duplicates.mark_not_duplicates(conn, 12, 11)
        # a chat import remembered 16's wxid, which 5 holds as its WeChat id
        conn.execute("INSERT INTO member_identities (member_id, platform, value)"
                     " VALUES (16, 'wechat', 'wf88')")
        set_deleted(conn, [14], True)
        yield ws


def found(conn, **kwargs):
    return {(s.reason, s.member_ids) for s in duplicates.suggestions(conn, **kwargs)}


def test_suggestions_find_pinyin_twins_and_shared_keys(people):
    conn = people.conn
    assert found(conn) == {
        (Reason.PHONE, (3, 4)),
        (Reason.WECHAT, (5, 6)),
        (Reason.EMAIL, (9, 10)),
        (Reason.IDENTITY, (5, 16)),
        (Reason.IDENTITY, (6, 16)),
        (Reason.PINYIN_CITY, (1, 2)),
        (Reason.PINYIN_PHONE_TAIL, (7, 8)),
        (Reason.PINYIN_COMMUNITY, (15, 16)),
    }


def test_marked_trashed_and_erased_records_are_left_out(people):
    conn = people.conn
    set_deleted(conn, [14], False)
    assert (Reason.PHONE, (13, 14)) in found(conn)
    erase_personal_data(conn, [1])
    names = found(conn)
    assert (Reason.PINYIN_CITY, (1, 2)) not in names
    assert not any(11 in ids and 12 in ids for _, ids in names)
    conn.execute("DELETE FROM not_duplicates")
    assert (Reason.NAME_CITY, (11, 12)) in found(conn)


def test_not_the_same_person_is_an_undoable_operation(people):
    conn = people.conn
    state = checksum(conn)
    done = run(conn, recorded(lambda c: duplicates.mark_not_duplicates(c, 4, 3)))
    assert (Reason.PHONE, (3, 4)) not in found(conn)
    run(conn, done.undo)
    assert checksum(conn) == state


def test_the_scan_reports_progress_and_cancels(people):
    steps = []
    duplicates.suggestions(people.conn, lambda step, done, total: steps.append(step) or True)
    assert "names" in steps
    with pytest.raises(Cancelled):
        duplicates.suggestions(people.conn, lambda step, done, total: step != "names")


def test_merge_all_by_phone_keeps_the_oldest_and_fills_its_empty_fields(people):
    conn = people.conn
    plans = plan_groups(conn, Reason.PHONE)
    assert [(p.kept_id, p.gone_ids) for p in plans] == [(3, (4,))]
    assert plans[0].filled == {"email": 4}
    assert not plans[0].names_differ  # 李娜 and Lina read alike
    state = checksum(conn)
    done = run(conn, recorded(lambda c: merge_groups(c, plans)))
    row = conn.execute("SELECT display_name, city, email FROM members WHERE id = 3").fetchone()
    assert row == ("李娜", "上海", "li@x.cn")
    assert conn.execute("SELECT 1 FROM members WHERE id = 4").fetchone() is None
    assert plan_groups(conn, Reason.PHONE) == []
    run(conn, done.undo)
    assert checksum(conn) == state, differing(checksum(conn), state)


def test_a_plan_says_when_names_sharing_a_phone_differ(people):
    """A mother and her child signed up with one phone are two people: the plan says so,
    so the window leaves the group unticked and the CLI can skip it."""
    conn = people.conn
    for name in ("王小明", "Wang Xiaoming", "王晓明"):
        create_member(conn, {"display_name": name, "phone": "13500001234"})
    for name in ("张丽", "张丽的儿子"):
        create_member(conn, {"display_name": name, "phone": "13500005678"})
    plans = {p.value: p for p in plan_groups(conn, Reason.PHONE)}
    assert not plans["13500001234"].names_differ  # 小/晓 read alike, the Latin spelling too
    assert plans["13500005678"].names_differ


def test_a_cancel_stops_a_long_query_in_the_middle(people, monkeypatch):
    """Cancel is heard while a query runs, not only between steps: the GROUP BY over a
    million names takes seconds."""
    monkeypatch.setattr(duplicates, "ASK_SECONDS", 0.0)
    monkeypatch.setattr(duplicates, "ASK_EVERY", 1)
    asked = []

    def progress(step, done, total):
        asked.append((step, done, total))
        return len(asked) < 2  # the second question cancels

    with pytest.raises(Cancelled):
        duplicates.suggestions(people.conn, progress)
    # the second question was asked from inside the first query (the same step again)
    assert asked[1] == asked[0] == ("phone", 0, 4)
    assert people.conn.execute("SELECT count(*) FROM members").fetchone()[0] == len(PEOPLE)


def test_names_without_pinyin_and_names_that_start_others(workspace_path):
    """Names group by their whole syllables: "Alice" and "ALICE" read alike (one key, two
    names), "Alice Bob" and 白斌博 are other names than "Alice" and 白斌; a name six live
    members read alike is common and left to the exact keys."""
    rows = [("Alice", "北京"), ("ALICE", "北京"), ("Alice Bob", "北京"), ("白斌", "上海"),
            ("白斌博", "上海"), ("白斌", "上海")] + [("王伟", "武汉")] * 6
    with open_workspace(workspace_path) as ws:
        for name, city in rows:
            create_member(ws.conn, {"display_name": name, "city": city})
        assert found(ws.conn) == {(Reason.PINYIN_CITY, (1, 2)), (Reason.NAME_CITY, (4, 6))}


def test_the_names_pass_reads_only_its_index(people):
    """The names pass never reads a member's wide row (seconds at a million members): its
    queries are covered by ``members_alike`` (format 17)."""
    conn = people.conn
    sound = duplicates._SOUND
    plans = [row[3] for sql, args in (
        (f"SELECT {sound}, count(*) FROM members INDEXED BY members_alike"
         " WHERE deleted_at IS NULL AND name_key <> ? GROUP BY name_key", ("x",)),
        (duplicates._SHARED, ('[[0, "zhang wei"]]',)))
        for row in conn.execute("EXPLAIN QUERY PLAN " + sql, args)]
    members = [plan for plan in plans if " m USING " in plan or plan.startswith("SCAN members")]
    assert members and all("COVERING INDEX members_alike" in plan for plan in members)


def test_names_alike_with_two_different_phones_are_two_people(workspace_path):
    """A shared city, source or community is weak evidence: same-sounding names holding
    different phones are not suggested on it (one of them without a phone still is); a
    shared phone ending is, as it expects the phones to differ."""
    rows = [("张伟", "北京", "13900000001", "公众号"), ("章伟", "北京", "13900000002", "公众号"),
            ("李娜", "上海", "13900000003", None), ("李那", "上海", None, None),
            ("王芳", "成都", "13911115555", None), ("汪芳", "重庆", "13811115555", None),
            ("赵敏", "杭州", "13900000007", None), ("赵敏", "杭州", "13900000008", None)]
    with open_workspace(workspace_path) as ws:
        conn = ws.conn
        conn.execute("INSERT INTO communities (name, platform, created_at) VALUES"
                     " ('读书会', '微信群', '2026-01-01')")
        for name, city, phone, source in rows:
            create_member(conn, {"display_name": name, "city": city, "phone": phone,
                                 "source": source}, community_id=1)
        assert found(conn) == {(Reason.PINYIN_CITY, (3, 4)),
                               (Reason.PINYIN_PHONE_TAIL, (5, 6))}
