"""A chat export's messages become activities of matched (or new) members, once: times in
the workspace's zone, identities remembered, a re-import or an overlapping export adding
nothing, a file with problems refused whole, undo and redo exact."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from models.activity import identities
from models.imports.chat_import import ChatImportOptions, ChatRejected, SpeakerMatch, scan_chat
from models.store.operations import run
from tests.checksums import checksum, differing
from tests.models.chat_fixtures import (  # noqa: F401 (chat_ws: the ws fixture)
    ListChat,
    Message,
    Person,
    Problem,
    chat_ws,
    import_records,
    qq,
    say,
    wx,
)


def activities(conn, member_id=None):
    where = "" if member_id is None else f" WHERE member_id = {int(member_id)}"
    return conn.execute(f"SELECT member_id, occurred_at, kind, amount FROM activities{where}"
                        " ORDER BY occurred_at, id").fetchall()


def member_by_name(conn, name):
    return [r[0] for r in conn.execute("SELECT id FROM members WHERE display_name = ?"
                                       " ORDER BY id", (name,))]


def test_messages_and_shares_become_activities_of_new_speakers(ws):
    a, b = qq("小明", "10001"), qq("阿花【管理员】".replace("【管理员】", ""), "10002")
    done = import_records(ws.conn, ws.club, [
        say(a, "2026-03-01 09:00:05"), say(b, "2026-03-01 09:01:00", "看这个", kind="分享"),
        say(a, "2026-03-01 21:30:00", "晚安")])
    result = done.value
    assert (result.messages_added, result.shares_added, result.members_created) == (3, 1, 2)
    [ming] = member_by_name(ws.conn, "小明")
    assert activities(ws.conn, ming) == [
        (ming, "2026-03-01T09:00:05+08:00", "发言", 0),
        (ming, "2026-03-01T21:30:00+08:00", "发言", 0)]
    row = ws.conn.execute("SELECT source, joined_at FROM members WHERE id = ?",
                          (ming,)).fetchone()
    assert row == ("QQ", "2026-03-01T09:00:05+08:00")
    assert ws.conn.execute("SELECT joined_at, status, left_at FROM memberships WHERE"
                           " member_id = ? AND community_id = ?", (ming, ws.club)
                           ).fetchone() == ("2026-03-01T09:00:05+08:00", "active", None)
    assert identities.of_member(ws.conn, ming) == [("nickname", "小明", ws.club),
                                                   ("qq", "10001", None)]
    # no text kept by default
    assert ws.conn.execute("SELECT count(*) FROM activity_texts").fetchone()[0] == 0
    assert ws.conn.execute("SELECT last_active_at FROM members WHERE id = ?",
                           (ming,)).fetchone()[0] == "2026-03-01T21:30:00+08:00"


def test_an_aware_time_is_stored_in_the_workspace_zone(ws):
    person = Person("telegram", "user42", "Ann")
    import_records(ws.conn, ws.club, [
        Message(datetime(2026, 3, 1, 23, 30, 15, 500, tzinfo=UTC), person)], fmt="telegram")
    assert [r[1] for r in activities(ws.conn)] == ["2026-03-02T07:30:15+08:00"]


def test_keep_text_keeps_each_message_text(ws):
    a = qq("小明", "10001")
    import_records(ws.conn, ws.club, [say(a, "2026-03-01 09:00:00", "读完了《活着》"),
                                      say(a, "2026-03-01 09:00:01", "")], keep_text=True)
    assert ws.conn.execute("SELECT a.occurred_at, t.text FROM activity_texts t JOIN"
                           " activities a ON a.id = t.activity_id").fetchall() == [
        ("2026-03-01T09:00:00+08:00", "读完了《活着》")]


def test_a_reimport_and_an_overlapping_export_add_nothing_twice(ws):
    a, b = qq("小明", "10001"), qq("阿花", "10002")
    first = [say(a, f"2026-03-01 09:{m:02d}:00", f"第{m}条") for m in range(10)]
    later = [say(b, f"2026-03-01 09:{m:02d}:00", f"第{m}条") for m in range(5, 15)]
    # two "+1" in the same second are two messages, each imported once
    same = [say(a, "2026-03-01 10:00:00", "+1"), say(a, "2026-03-01 10:00:00", "+1")]
    import_records(ws.conn, ws.club, first + same)
    assert len(activities(ws.conn)) == 12
    before = checksum(ws.conn)
    again = import_records(ws.conn, ws.club, first + same).value
    assert (again.messages_added, again.duplicates_skipped, again.members_created) == (0, 12, 0)
    assert differing(checksum(ws.conn), before) == []
    overlap = import_records(ws.conn, ws.club, first[5:] + later + same).value
    assert (overlap.messages_added, overlap.duplicates_skipped) == (10, 7)
    assert len(activities(ws.conn)) == 22


def test_a_file_with_problems_is_refused_whole(ws):
    before = checksum(ws.conn)
    records = [say(qq("小明", "10001"), "2026-03-01 09:00:00")]
    with pytest.raises(ChatRejected) as refused:
        import_records(ws.conn, ws.club, records, problems=[
            Problem(7, "other", {"detail": "garbled"}), Problem(9, "other", {"detail": "cut"})])
    assert [p.line for p in refused.value.problems] == [7, 9]
    assert differing(checksum(ws.conn), before) == []


def test_undo_and_redo_are_exact(ws, monkeypatch):
    from models.imports import chat_import

    monkeypatch.setattr(chat_import, "LONG_UNDO", 3)  # the window undoes it on a worker
    before = checksum(ws.conn)
    inviter, newcomer = wx("张伟", "wxid_zw"), wx("小新", "wxid_new")
    done = import_records(ws.conn, ws.club, [
        say(inviter, "2026-03-01 09:00:00"),
        _invite(inviter, [newcomer], "2026-03-01 09:05:00"),
        say(newcomer, "2026-03-01 09:06:00", "大家好")], fmt="wechat")
    assert done.value.invitations == 1 and done.undo.long
    after = checksum(ws.conn)
    back = run(ws.conn, done.undo)
    assert differing(checksum(ws.conn), before) == []
    assert back.undo.long
    again = run(ws.conn, back.undo)
    assert differing(checksum(ws.conn), after) == []
    run(ws.conn, again.undo)
    assert differing(checksum(ws.conn), before) == []


def _invite(actor, targets, when):
    from tests.models.chat_fixtures import SystemEvent, at

    return SystemEvent(at(when), "invite", tuple(targets), actor)


# -- matching ------------------------------------------------------------------------------

def _scan(ws, people, fmt="qq"):
    records = [say(p, f"2026-03-01 09:00:{n:02d}") for n, p in enumerate(people)]
    return scan_chat(ws.conn, ListChat(records, fmt=fmt), ws.club)


def test_each_matching_rule(ws):
    identities.remember(ws.conn, ws.li, "wechat", "wxid_li")
    ws.conn.execute("INSERT INTO member_identities (member_id, platform, value) VALUES (?,"
                    " 'qq', '30003')", (ws.wang1,))
    scan = _scan(ws, [
        wx("随便", "wxid_li"),                            # a remembered wxid
        qq("张大伟", None, wechat_id="zhangwei88"),       # WeChat id column
        qq("某人", None, phone="138 0013 8000"),          # phone, as people type it
        qq("某某", None, email="ZW@example.com"),         # email, any case
        qq("娜娜", "40004"),                              # a nickname in the community
        qq("陈静", "50005"),                              # unique in the workspace
        qq("王芳"),                                       # two in the community
        qq("赵敏", "70007"),                              # only in the trash
        Person("sheet", None, "无名", qq="30003"),        # a QQ number: identities only
    ])
    got = {s.person.name: (s.match.member_id, s.match.how, s.match.candidates)
           for s in scan.speakers}
    assert got == {
        "随便": (ws.li, "identity", ()), "张大伟": (ws.zhang, "wechat_id", ()),
        "某人": (ws.zhang, "phone", ()), "某某": (ws.zhang, "email", ()),
        "娜娜": (ws.li, "name", ()), "陈静": (ws.chen, "name", ()),
        "王芳": (None, None, (ws.wang1, ws.wang2)), "赵敏": (None, None, ()),
        "无名": (ws.wang1, "qq", ())}
    assert [s.person.name for s in scan.ambiguous] == ["王芳"]
    assert {s.person.name for s in scan.unmatched} == {"赵敏"}
    # 王芳 with a QQ number: wang1 is known under another one, so it can only be wang2
    assert _scan(ws, [qq("王芳", "60006")]).speakers[0].match == SpeakerMatch(ws.wang2, "name")


def test_the_community_comes_before_the_workspace(ws):
    from models.members import records

    other_li, _ = records.create_member(ws.conn, {"display_name": "李娜"}, ws.other)
    scan = _scan(ws, [qq("李娜", "1")])
    assert scan.speakers[0].match.member_id == ws.li and other_li != ws.li


def test_ambiguous_speakers_are_left_out_and_reported(ws):
    wang = qq("王芳", "60006")  # neither 王芳 has a QQ number on record
    result = import_records(ws.conn, ws.club, [say(wang, "2026-03-01 09:00:00"),
                                               say(wang, "2026-03-01 09:00:01")]).value
    assert (result.messages_added, result.ignored_messages, result.members_created) == (0, 2, 0)
    assert [(s.person.name, s.messages, s.match.candidates) for s in result.ambiguous] == [
        ("王芳", 2, (ws.wang1, ws.wang2))]


def test_a_second_export_matches_itself_by_the_identities_remembered(ws):
    import_records(ws.conn, ws.club, [say(qq("小明", "10001"), "2026-03-01 09:00:00")])
    [ming] = member_by_name(ws.conn, "小明")
    # renamed in the group since; the QQ number is the same
    scan = _scan(ws, [qq("明明", "10001")])
    assert (scan.speakers[0].match.member_id, scan.speakers[0].match.how) == (ming, "identity")
    result = import_records(ws.conn, ws.club,
                            [say(qq("明明", "10001"), "2026-03-02 09:00:00")]).value
    assert result.members_created == 0 and len(activities(ws.conn, ming)) == 2


def test_a_remembered_nickname_never_overrides_another_id(ws):
    import_records(ws.conn, ws.club, [say(qq("小明", "10001"), "2026-03-01 09:00:00")])
    scan = _scan(ws, [qq("小明", "99999")])  # someone else, same nickname
    assert scan.speakers[0].match.member_id is None


def test_unmatched_skip_and_the_operators_decisions(ws):
    a, b, c, d = qq("小明", "1"), qq("小红", "2"), qq("王芳", "3"), qq("路人", "4")
    records = [say(p, f"2026-03-01 09:00:0{n}") for n, p in enumerate((a, b, c, d))]
    result = import_records(ws.conn, ws.club, records, unmatched="skip", decisions={
        a.key: ("new", None), b.key: ("ignore", None), c.key: ("link", ws.wang2)}).value
    assert (result.members_created, result.messages_added, result.ignored_messages) == (1, 2, 2)
    assert [r[0] for r in activities(ws.conn)] == [member_by_name(ws.conn, "小明")[0],
                                                   ws.wang2]
    assert identities.lookup(ws.conn, "qq", "3") == ws.wang2


def test_a_link_to_a_member_gone_meanwhile_is_refused(ws):
    from models.core.errors import NotFound

    before = checksum(ws.conn)
    a = qq("小明", "1")
    with pytest.raises(NotFound):
        import_records(ws.conn, ws.club, [say(a, "2026-03-01 09:00:00")],
                       decisions={a.key: ("link", ws.zhao)})
    assert differing(checksum(ws.conn), before) == []


@pytest.mark.parametrize("chunk", [None, 50])
def test_the_bulk_path_writes_what_the_small_one_does(ws, tmp_path, chunk, monkeypatch):
    from models.imports import chat_write
    from models.imports.chat_import import chat_import_operation
    from models.store.workspace import open_workspace
    from tests.models.test_import_undo import summaries_agree

    if chunk:  # copied in chunks of 50: the indexes are dropped after the first, built after
        monkeypatch.setattr(chat_write, "CHUNK", chunk)

    people = [qq(f"人{n}", str(1000 + n)) for n in range(7)]
    records = [say(people[n % 7], f"2026-03-{1 + n % 28:02d} {n % 24:02d}:00:{n % 60:02d}",
                   kind="分享" if n % 5 == 0 else "发言") for n in range(300)]
    records.append(_invite(people[0], [qq("新人", "999")], "2026-03-28 10:00:00"))
    # a chain: 人2 is invited by 人1, then 人1 by 人0 (人2 moves one level down)
    records.append(_invite(people[1], [people[2]], "2026-03-28 11:00:00"))
    records.append(_invite(people[0], [people[1]], "2026-03-28 12:00:00"))
    # what the workspace held before: the same days and people in another community, and
    # a purchase outside any
    before = [say(people[n % 3], f"2026-03-{1 + n % 28:02d} 12:00:00", "跑步")
              for n in range(40)]

    def earlier(conn):
        import_records(conn, ws.other, before)
        conn.execute("INSERT INTO activities (member_id, community_id, occurred_at, kind,"
                     " amount) VALUES (1, NULL, '2026-03-05T10:00:00+08:00', '购买', 990)")

    earlier(ws.conn)
    small = import_records(ws.conn, ws.club, records).value
    rows = ws.conn.execute("SELECT member_id, community_id, occurred_at, kind, import_key"
                           " FROM activities ORDER BY import_key").fetchall()
    other = tmp_path / "bulk.qunzhu"
    with open_workspace(other) as bulk_ws:
        from models.core import zones
        from models.members.communities import create_community

        zones.set_default_tzid(bulk_ws.conn, "Asia/Shanghai")
        for name in ("读书会", "跑团"):
            create_community(bulk_ws.conn, name)
        for _ in range(6):  # the same member ids as the fixture
            bulk_ws.conn.execute("INSERT INTO members (display_name, created_at, updated_at)"
                                 " VALUES ('x', '2026-01-01T00:00:00+08:00',"
                                 " '2026-01-01T00:00:00+08:00')")
        bulk_ws.other = ws.other
        earlier(bulk_ws.conn)
        schema = bulk_ws.conn.execute("SELECT type, name, sql FROM sqlite_schema"
                                      " ORDER BY name").fetchall()
        pre = checksum(bulk_ws.conn)
        done = run(bulk_ws.conn, chat_import_operation(
            lambda: ListChat(records), ChatImportOptions(ws.club, bulk=True)))
        assert done.value.bulk
        post = checksum(bulk_ws.conn)
        back = run(bulk_ws.conn, done.undo)  # indexes built again after the load: undone too
        assert differing(checksum(bulk_ws.conn), pre) == []
        run(bulk_ws.conn, back.undo)
        assert differing(checksum(bulk_ws.conn), post) == []
        assert (done.value.messages_added, done.value.invitations, done.value.members_created
                ) == (small.messages_added, small.invitations, small.members_created) == (
                    300, 3, 5)
        assert bulk_ws.conn.execute(
            "SELECT member_id, community_id, occurred_at, kind, import_key FROM activities"
            " ORDER BY import_key").fetchall() == rows
        assert summaries_agree(bulk_ws.conn)
        assert bulk_ws.conn.execute("SELECT type, name, sql FROM sqlite_schema"
                                    " ORDER BY name").fetchall() == schema
        assert bulk_ws.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        again = run(bulk_ws.conn, chat_import_operation(
            lambda: ListChat(records), ChatImportOptions(ws.club, bulk=True))).value
        assert (again.messages_added, again.duplicates_skipped) == (0, 300)


@pytest.mark.parametrize("bulk", [False, True])
def test_cancel_writes_nothing(ws, bulk, monkeypatch):
    from models.core.errors import Cancelled
    from models.imports import chat_scan, chat_write
    from models.imports.chat_import import chat_import_operation

    a = qq("小明", "10001")
    records = [say(a, f"2026-03-01 09:{n // 60:02d}:{n % 60:02d}") for n in range(30)]
    before = checksum(ws.conn)
    seen = []
    monkeypatch.setattr(chat_scan, "EVERY", 10)  # report (and ask) every 10 records
    monkeypatch.setattr(chat_write, "CHUNK", 10)
    asked = iter([False, False, False, False, True])  # the scan's three, then the writer's
    with pytest.raises(Cancelled):
        run(ws.conn, chat_import_operation(
            lambda: ListChat(records), ChatImportOptions(ws.club, bulk=bulk),
            progress=lambda done, total: seen.append((done, total)),
            cancelled=lambda: next(asked)))
    assert seen == [(10, None), (20, None), (30, None), (10, 30)]
    assert differing(checksum(ws.conn), before) == []


def test_a_given_scan_is_written_without_reading_the_file_again(ws, workspace_path):
    import gc

    from models.imports.chat_import import chat_import_operation
    from models.store import staging

    records = [say(qq("小明", "10001"), "2026-03-01 09:00:00", "读完了")]
    scan = scan_chat(ws.conn, ListChat(records), ws.club)
    assert scan.stage.path.exists()
    opened = []

    def open_file():
        opened.append(1)
        return ListChat(records)

    done = run(ws.conn, chat_import_operation(open_file, ChatImportOptions(ws.club),
                                              scan=scan))
    assert done.value.messages_added == 1 and opened == []
    # keeping texts the scan did not stage: the file is read again, for them
    ws.conn.execute("DELETE FROM activities")
    done = run(ws.conn, chat_import_operation(open_file, ChatImportOptions(
        ws.club, keep_text=True), scan=scan))
    assert opened == [1] and ws.conn.execute("SELECT text FROM activity_texts").fetchall() == [
        ("读完了",)]
    # the staged rows (message texts: personal data) go with the scan
    path = scan.stage.path
    del scan, done
    gc.collect()
    assert not path.exists()
    assert not staging.root_for(workspace_path).exists()


def test_the_scan_reads_through_a_read_only_connection(ws):
    """The window scans on a worker with a read-only connection of its own."""
    reader = ws.reader()
    try:
        scan = scan_chat(reader, ListChat([say(qq("李娜", "1"), "2026-03-01 09:00:00")]),
                         ws.club)
    finally:
        reader.close()
    assert scan.speakers[0].match == SpeakerMatch(ws.li, "name")


@pytest.mark.parametrize("bulk", [False, True])
def test_points_rules_apply_to_the_imported_messages(ws, bulk):
    from models.activity.points_rules import add_rule
    from models.imports.chat_import import chat_import_operation

    add_rule(ws.conn, ws.club, "发言", 1, daily_cap=2)
    add_rule(ws.conn, ws.club, "邀请", 10)
    ming = qq("小明", "10001")
    records = [say(ming, f"2026-03-01 09:00:0{n}") for n in range(3)]
    records.append(_invite(ming, [qq("小新", "10002")], "2026-03-02 09:00:00"))
    before = checksum(ws.conn)
    done = run(ws.conn, chat_import_operation(lambda: ListChat(records), ChatImportOptions(
        ws.club, bulk=bulk)))
    [member] = member_by_name(ws.conn, "小明")
    assert ws.conn.execute("SELECT sum(delta) FROM points_ledger WHERE member_id = ?",
                           (member,)).fetchone()[0] == 12  # two of three messages, one invite
    assert done.value.change.touches("points_ledger")
    if not bulk:
        run(ws.conn, done.undo)
        assert differing(checksum(ws.conn), before) == []
