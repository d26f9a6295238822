"""A real 接龙 pasted for an event: who it matches (by phone, phone tail + name, nickname,
pinyin), what is left for the operator, and what registering it writes."""

from __future__ import annotations

import pytest

from models.events import registrations as reg
from models.events import schedule as ev
from models.events.member_lookup import match_signup_list
from models.events.schedule import EventFields
from models.members.records import update_members
from tests.models.calendar_fixtures import cal  # noqa: F401
from tests.models.signup_samples import SAMPLE


@pytest.fixture
def chain(cal):  # noqa: F811
    """The calendar workspace plus the people of the sample chain: two 刘洋 (tails 1111 and
    2222), 陈静 by phone, 李丽 known as Lily, 吴倩; 王小明 and 赵敏 are new."""
    ws, (a, b), members = cal
    with ws.transaction():
        people = {name: reg.add_member(ws.conn, name, phone, a) for name, phone in (
            ("刘洋", "13900001111"), ("陈静", "13812345678"), ("李丽", None),
            ("吴倩", "13700005555"))}
        people["刘洋2"] = reg.add_member(ws.conn, "刘洋", "13900002222", a)
        update_members(ws.conn, {people["李丽"]: {"nickname": "Lily"}})
    event, _ = ev.create_event(ws.conn, EventFields(
        title="周六读书会", starts_at="2026-12-13T19:30:00+08:00",
        ends_at="2026-12-13T21:30:00+08:00", community_id=a))
    people["张伟"] = members[3]
    return ws, a, event.id, people


def test_the_sample_chain_matches_people_not_headings(chain):
    ws, a, _, people = chain
    lines = match_signup_list(ws.conn, SAMPLE, a)
    assert [(x.line, x.name, x.member_id, x.problem) for x in lines] == [
        (5, "张伟", people["张伟"], ""),
        (6, "刘洋", people["刘洋"], ""),  # the 刘洋 whose phone ends in 1111
        (7, "陈静", people["陈静"], ""),  # by phone
        (8, "Lily 李丽", people["李丽"], ""),
        (9, "吴倩", people["吴倩"], ""),
        (10, "王小明", None, "not_found"),
        (11, "赵敏", None, "not_found")]
    assert [(x.entry.guests, x.entry.note) for x in lines if x.entry.guests or x.entry.note] == [
        (1, ""), (0, "新朋友"), (0, "带孩子")]


def test_a_name_matches_by_nickname_and_by_pinyin(chain):
    ws, a, _, people = chain
    lines = match_signup_list(ws.conn, "1. Lily\n2. wuqian\n3. 吴倩", a)
    assert [(x.member_id, x.problem) for x in lines] == [
        (people["李丽"], ""), (people["吴倩"], ""), (people["吴倩"], "duplicate")]
    assert lines[1].member_name == "吴倩" and lines[2].duplicate_of == 2


def test_what_is_left_for_the_operator(chain):
    ws, a, _, people = chain
    text = "1. 刘洋\n2. 刘洋 3333\n3. 王小明\n4. 王小明（新朋友）\n5. 13912345678\n6.\n7.\n"
    lines = match_signup_list(ws.conn, text, a)
    assert [(x.line, x.problem, x.duplicate_of) for x in lines] == [
        (1, "ambiguous", None),  # two 刘洋, no tail to tell them apart
        (2, "tail_mismatch", None),  # a 刘洋 exists, not with this phone
        (3, "not_found", None), (4, "duplicate", 3),
        (5, "not_found", None)]  # a phone nobody has: nobody to create without a name
    assert [x.creatable for x in lines] == [False, False, True, False, False]


def test_registering_the_chain_creates_nobody_unless_asked(chain):
    from models.events.signup_register import creatable, register_signup

    ws, a, event_id, people = chain
    before = ws.conn.execute("SELECT count(*) FROM members").fetchone()[0]
    lines = match_signup_list(ws.conn, SAMPLE, a)
    result = register_signup(ws.conn, event_id, lines)
    assert len(result.registered) == 5 and result.created == ()
    assert ws.conn.execute("SELECT count(*) FROM members").fetchone()[0] == before
    regs = {r.display_name: r for r in reg.list_registrations(ws.conn, event_id)}
    assert regs["吴倩"].guests == 1 and regs["张伟"].guests == 0
    assert [x.name for x in creatable(lines)] == ["王小明", "赵敏"]
    again = register_signup(ws.conn, event_id, match_signup_list(ws.conn, SAMPLE, a),
                            create=True)
    assert len(again.created) == 2 and len(again.already) == 5
    regs = {r.display_name: r for r in reg.list_registrations(ws.conn, event_id)}
    assert regs["王小明"].note == "新朋友" and regs["赵敏"].note == "带孩子"
    names = [r[0] for r in ws.conn.execute("SELECT display_name FROM members")]
    assert "1111" not in "".join(names) and not any("接龙" in n or "读书会" in n for n in names)


def test_guests_take_seats_and_a_bad_line_writes_nothing(chain):
    from models.events.signup_register import SignupLineError, register_signup

    ws, a, event_id, people = chain
    reg.set_capacity(ws.conn, event_id, 3)
    lines = match_signup_list(ws.conn, "1. 吴倩 +2\n2. 张伟\n", a)
    result = register_signup(ws.conn, event_id, lines)
    assert result.registered == (people["吴倩"],) and result.waitlisted == (people["张伟"],)
    reg.cancel(ws.conn, event_id, people["吴倩"])  # three chairs free again
    assert reg.counts(ws.conn, event_id).registered == 1
    before = ws.conn.execute("SELECT count(*) FROM members").fetchone()[0]
    bad = match_signup_list(ws.conn, "1. 新人甲\n2. 新人乙 12345678\n", a)
    with pytest.raises(SignupLineError) as error:
        register_signup(ws.conn, event_id, bad, create=True)
    assert error.value.line == 2
    assert ws.conn.execute("SELECT count(*) FROM members").fetchone()[0] == before
