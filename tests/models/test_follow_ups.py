"""Follow-ups (跟进记录) and the "to follow up" list (issue 19): validation naming the field,
the latest follow-up deciding, overdue before today, the workspace zone's midnight, undo."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from models.core import clock, zones
from models.core.errors import Code, DomainError
from models.members import follow_ups, records
from models.members.communities import create_community
from models.store.operations import recorded, run
from models.store.workspace import open_workspace
from tests.checksums import checksum as table_checksums

#: 14:00 in Shanghai on 2026-12-07.
NOW = datetime(2026, 12, 7, 6, 0, tzinfo=UTC)


@pytest.fixture
def ws(workspace_path, monkeypatch):
    monkeypatch.setattr(clock, "utc_now", lambda: NOW)
    with open_workspace(workspace_path) as ws:
        zones.set_default_tzid(ws.conn, "Asia/Shanghai")
        clock.use_zone("Asia/Shanghai")
        ws.club = create_community(ws.conn, "读书会").id
        ws.ids = {name: records.create_member(ws.conn, {"display_name": name}, ws.club)[0]
                  for name in ("爱丽丝", "小波", "陈晨", "丁丁")}
        yield ws
    clock.use_zone(None)


def _add(conn, member_id, at, next_on=None, note="聊了聊新课", **more):
    return follow_ups.add(conn, member_id, channel="微信", note=note, at=at, next_on=next_on,
                          **more)[0]


@pytest.mark.parametrize(("values", "code", "field"), [
    ({"channel": "飞鸽传书"}, Code.ONE_OF, "channel"),
    ({"channel": ""}, Code.ONE_OF, "channel"),
    ({"note": "   "}, Code.EMPTY, "note"),
    ({"note": "长" * 2001}, Code.TEXT_TOO_LONG, "note"),
    ({"at": "2026-12-09T10:00:00+08:00"}, Code.FUTURE_DAY, "at"),
    ({"at": "明天"}, Code.NOT_A_DATE, "at"),
    ({"next_on": "2026-12-01"}, Code.NEXT_CONTACT_BEFORE, "next_on"),
    ({"next_on": "2026-02-30"}, Code.NO_SUCH_DAY, "next_on"),
])
def test_a_refused_follow_up_names_its_field_and_writes_nothing(ws, values, code, field):
    before = table_checksums(ws.conn)
    arguments = {"channel": "电话", "note": "问了孩子的课", "at": "2026-12-05T10:00:00+08:00",
                 "next_on": None, **values}
    with pytest.raises(DomainError) as raised:
        follow_ups.add(ws.conn, ws.ids["爱丽丝"], **arguments)
    assert raised.value.code == code and raised.value.params["field"] == field
    assert table_checksums(ws.conn) == before


def test_a_follow_up_for_someone_gone_or_a_community_gone_is_refused(ws):
    with pytest.raises(DomainError) as raised:
        _add(ws.conn, 9999, None)
    assert raised.value.code == Code.NO_MEMBER_ID
    with pytest.raises(DomainError) as raised:
        _add(ws.conn, ws.ids["小波"], None, community_id=777)
    assert raised.value.code == Code.NO_COMMUNITY_ID
    with pytest.raises(DomainError) as raised:
        follow_ups.mark_done(ws.conn, 4242)
    assert raised.value.code == Code.RECORD_GONE


def test_a_time_without_offset_is_the_workspace_zones_and_empty_is_now(ws):
    first = _add(ws.conn, ws.ids["爱丽丝"], "2026-12-07 09:30")
    second = _add(ws.conn, ws.ids["爱丽丝"], None)
    third = _add(ws.conn, ws.ids["爱丽丝"], "2026-12-07T01:00:00+00:00")
    assert follow_ups.get(ws.conn, third).at == "2026-12-07T09:00:00+08:00"  # one zone
    assert follow_ups.get(ws.conn, first).at == "2026-12-07T09:30:00+08:00"
    assert follow_ups.get(ws.conn, second).at == "2026-12-07T14:00:00+08:00"


def test_the_latest_follow_up_decides_who_is_due_overdue_first(ws):
    conn, ids = ws.conn, ws.ids
    # Alice: promised a call on the 3rd, then talked on the 6th and planned nothing: not due.
    _add(conn, ids["爱丽丝"], "2026-12-01T10:00:00+08:00", "2026-12-03")
    _add(conn, ids["爱丽丝"], "2026-12-06T10:00:00+08:00", None, note="已报名")
    # Bo: next contact today. Chen: four days overdue. Ding: next week.
    _add(conn, ids["小波"], "2026-12-02T10:00:00+08:00", "2026-12-07", community_id=ws.club)
    _add(conn, ids["陈晨"], "2026-11-30T10:00:00+08:00", "2026-12-03", note="想买年卡")
    _add(conn, ids["丁丁"], "2026-12-06T10:00:00+08:00", "2026-12-14")
    found = follow_ups.due(conn)
    assert [(d.name, d.overdue, d.note) for d in found] == [
        ("陈晨", 4, "想买年卡"), ("小波", 0, "聊了聊新课")]
    assert found[1].community == "读书会"
    assert follow_ups.due_count(conn) == 2
    assert [d.name for d in follow_ups.due(conn, community_id=ws.club)] == ["小波"]
    assert follow_ups.due_count(conn, community_id=ws.club) == 1


def test_done_and_reschedule_take_a_member_off_today_s_list(ws):
    conn = ws.conn
    chen = _add(conn, ws.ids["陈晨"], "2026-11-30T10:00:00+08:00", "2026-12-03")
    bo = _add(conn, ws.ids["小波"], "2026-12-02T10:00:00+08:00", "2026-12-07")
    follow_ups.mark_done(conn, chen)
    follow_ups.reschedule(conn, bo, "2026-12-10")
    assert follow_ups.due(conn) == []
    assert follow_ups.get(conn, chen).next_on is None
    assert [d.name for d in follow_ups.due(conn, date(2026, 12, 10))] == ["小波"]
    with pytest.raises(DomainError) as raised:
        follow_ups.reschedule(conn, bo, "")
    assert raised.value.params["field"] == "next_on"


def test_a_member_in_the_trash_is_not_listed(ws):
    _add(ws.conn, ws.ids["陈晨"], "2026-11-30T10:00:00+08:00", "2026-12-03")
    records.set_deleted(ws.conn, [ws.ids["陈晨"]], True)
    assert follow_ups.due(ws.conn) == []


def test_today_is_the_workspace_zones_date_near_midnight(ws, monkeypatch):
    """At 16:30 UTC it is already 00:30 the next day in Shanghai: a follow-up for the 8th is
    due there, and not in a workspace kept in London time."""
    _add(ws.conn, ws.ids["小波"], "2026-12-07T10:00:00+08:00", "2026-12-08")
    monkeypatch.setattr(clock, "utc_now", lambda: datetime(2026, 12, 7, 16, 30, tzinfo=UTC))
    assert [d.name for d in follow_ups.due(ws.conn)] == ["小波"]
    zones.set_default_tzid(ws.conn, "Europe/London", rewrite=False)
    assert follow_ups.due(ws.conn) == []
    assert follow_ups.due_count(ws.conn) == 0


def test_edit_changes_only_what_is_given(ws):
    fid = _add(ws.conn, ws.ids["爱丽丝"], "2026-12-05T10:00:00+08:00", "2026-12-09")
    follow_ups.edit(ws.conn, fid, note="改期到周末", channel="电话")
    row = follow_ups.get(ws.conn, fid)
    assert (row.note, row.channel, row.next_on, row.at) == (
        "改期到周末", "电话", "2026-12-09", "2026-12-05T10:00:00+08:00")
    with pytest.raises(DomainError) as raised:
        follow_ups.edit(ws.conn, fid, at="2026-12-10T10:00:00+08:00")
    assert raised.value.code == Code.FUTURE_DAY
    follow_ups.delete(ws.conn, fid)
    assert follow_ups.of_member(ws.conn, ws.ids["爱丽丝"]) == []


def test_adding_editing_and_deleting_a_follow_up_are_undone_exactly(ws):
    conn, alice = ws.conn, ws.ids["爱丽丝"]
    before = table_checksums(conn)
    added = run(conn, recorded(lambda c: follow_ups.add(
        c, alice, channel="面谈", note="来店里试课", next_on="2026-12-09")))
    fid = added.value[0]
    assert "follow_ups" in added.change.tables
    after_add = table_checksums(conn)
    done = run(conn, recorded(lambda c: follow_ups.mark_done(c, fid)))
    run(conn, done.undo)
    assert follow_ups.get(conn, fid).next_on == "2026-12-09"
    deleted = run(conn, recorded(lambda c: follow_ups.delete(c, fid)))
    assert follow_ups.of_member(conn, alice) == []
    run(conn, deleted.undo)
    assert table_checksums(conn) == after_add
    back = run(conn, added.undo)
    assert table_checksums(conn) == before
    run(conn, back.undo)  # redo
    assert [f.note for f in follow_ups.of_member(conn, alice)] == ["来店里试课"]


def test_what_is_coming_counts_the_members_to_follow_up(ws):
    """Issue 20's reminders said "follow-ups once they exist": they count them now."""
    from models.events.reminders import reminders

    assert reminders(ws.conn).empty
    _add(ws.conn, ws.ids["小波"], "2026-12-02T10:00:00+08:00", "2026-12-07")
    _add(ws.conn, ws.ids["陈晨"], "2026-12-02T10:00:00+08:00", "2026-12-09")
    found = reminders(ws.conn)
    assert found.follow_ups == 1 and not found.empty
    # with a community picked, as the roster's 待跟进 counts them: those naming it
    assert reminders(ws.conn, ws.club).follow_ups == 0
    _add(ws.conn, ws.ids["丁丁"], "2026-12-02T10:00:00+08:00", "2026-12-06",
         community_id=ws.club)
    assert reminders(ws.conn, ws.club).follow_ups == 1 == follow_ups.due_count(
        ws.conn, community_id=ws.club)
    assert reminders(ws.conn).follow_ups == 2


def test_the_demo_keeps_in_touch_with_a_few_members_some_due(demo_path):
    import json

    with open_workspace(demo_path) as ws:
        today = date.fromisoformat(json.loads(ws.conn.execute(
            "SELECT value FROM workspace_settings WHERE key = 'demo'").fetchone()[0])["today"])
        written = ws.conn.execute("SELECT count(*), count(DISTINCT member_id) FROM follow_ups"
                                  ).fetchone()
        found = follow_ups.due(ws.conn, today)
    assert written[1] >= 3 and written[0] >= written[1]
    assert found and all(d.overdue >= 0 for d in found)


def test_two_follow_ups_at_the_same_minute_the_later_written_decides(ws):
    at = "2026-12-05T10:00:00+08:00"
    _add(ws.conn, ws.ids["小波"], at, "2026-12-06")
    _add(ws.conn, ws.ids["小波"], at, None, note="又聊了一次，不用再约")
    assert follow_ups.due(ws.conn) == []
    _add(ws.conn, ws.ids["陈晨"], at, None)
    _add(ws.conn, ws.ids["陈晨"], at, "2026-12-06", note="约了周日")
    assert [(d.name, d.note) for d in follow_ups.due(ws.conn)] == [("陈晨", "约了周日")]


def test_a_contact_answers_the_plans_before_it_and_undo_brings_them_back(ws):
    conn, bo = ws.conn, ws.ids["小波"]
    first = _add(conn, bo, "2026-12-01T10:00:00+08:00", "2026-12-04")
    done = run(conn, recorded(lambda c: follow_ups.add(
        c, bo, channel="电话", note="打通了", at="2026-12-05T10:00:00+08:00",
        next_on="2026-12-20")))
    assert follow_ups.get(conn, first).next_on is None  # answered
    run(conn, done.undo)
    assert follow_ups.get(conn, first).next_on == "2026-12-04"
    assert [d.name for d in follow_ups.due(conn)] == ["小波"]
    follow_ups.add(conn, bo, channel="电话", note="打通了", at="2026-12-05T10:00:00+08:00",
                   next_on="2026-12-20")
    # A contact logged late, before the latest, leaves the latest's plan alone.
    _add(conn, bo, "2026-12-03T10:00:00+08:00", None, note="补记")
    assert follow_ups.latest(conn, bo).next_on == "2026-12-20"
    assert follow_ups.due(conn) == []
    assert follow_ups.due(conn, date(2026, 12, 20))[0].note == "打通了"


def test_rows_written_otherwise_are_still_decided_by_the_latest(ws):
    """A file written by a script or an older app keeps every next day: the list still asks
    for each member's latest."""
    with ws.conn:
        ws.conn.executemany(
            "INSERT INTO follow_ups (member_id, at, channel, note, next_on, created_at)"
            " VALUES (?, ?, '微信', ?, ?, ?)",
            [(ws.ids["爱丽丝"], "2026-12-01T10:00:00+08:00", "old", "2026-12-03", "x"),
             (ws.ids["爱丽丝"], "2026-12-06T10:00:00+08:00", "new", None, "x"),
             (ws.ids["小波"], "2026-12-01T10:00:00+08:00", "old", "2026-12-03", "x"),
             (ws.ids["小波"], "2026-12-06T10:00:00+08:00", "new", "2026-12-07", "x")])
    assert [(d.name, d.note) for d in follow_ups.due(ws.conn)] == [("小波", "new")]
    assert follow_ups.due_count(ws.conn) == 1
