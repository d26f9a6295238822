"""Undoing a member import removes what it added and restores what it changed: every table
as before (checksums), the search index and summaries right; redo brings back exactly the
state after; an undo that would take rows written since refuses and changes nothing. Both
paths: the small one (triggers on) and the bulk one (triggers and indexes off)."""

from __future__ import annotations

import pytest

from models.events.registrations import register
from models.events.schedule import EventFields, create_event
from models.imports import column_mapping
from models.imports.import_undo import import_operation
from models.imports.member_import import DuplicatePolicy, ImportOptions
from models.members import records
from models.members.communities import create_community
from models.members.summaries import REFRESH_MEMBER_SUMMARIES
from models.store.operations import run
from models.store.row_undo import UndoConflict
from models.store.workspace import open_workspace
from tests.checksums import checksum, differing, fts_ok
from tests.models.test_analytics_summary import rebuild, snapshot

HEADERS = ["姓名", "手机号", "微信号", "邮箱", "城市", "标签", "入群时间"]
MAPPING = column_mapping.guess_mapping(HEADERS)
PATHS = [pytest.param(False, False, id="small"), pytest.param(True, False, id="bulk"),
         pytest.param(True, True, id="bulk-helper", marks=pytest.mark.slow)]


@pytest.fixture
def ws(workspace_path):
    with open_workspace(workspace_path) as ws:
        ws.club = create_community(ws.conn, "读书会").id
        ws.other = create_community(ws.conn, "跑团").id
        ws.zhang, _ = records.create_member(ws.conn, {
            "display_name": "张伟", "phone": "13800138000", "notes": "老会员"}, ws.other)
        records.add_tags(ws.conn, [ws.zhang], ["老朋友"])
        ws.li, _ = records.create_member(ws.conn, {"display_name": "李娜", "city": "北京",
                                                   "phone": "13900139000"}, ws.club)
        ws.event = create_event(ws.conn, EventFields(
            "读书沙龙", "2026-12-05T14:00:00+08:00", community_id=ws.club))[0].id
        yield ws


def operation(ws, bulk: bool, parallel: bool):
    data = [[f"成员{i}", f"137{i:08d}", "", "", "上海", "读书、新人" if i % 2 else "",
             "2024-03-05"] for i in range(30)]
    data.append(["张伟", "13800138000", "", "", "杭州", "新人", ""])  # fills his city, a tag
    options = ImportOptions(MAPPING, HEADERS, DuplicatePolicy.FILL_EMPTY, ws.club,
                            bulk=bulk, parallel=parallel)
    rows = [(n + 2, v) for n, v in enumerate(data)]
    return import_operation(rows, options, total=len(rows))


def summaries_agree(conn) -> bool:
    """The members' summary columns equal a recomputation, the analytics tables a rebuild."""
    members = conn.execute("SELECT * FROM members ORDER BY id").fetchall()
    kept = snapshot(conn)
    conn.execute("SAVEPOINT check_summaries")
    for statement in REFRESH_MEMBER_SUMMARIES:
        conn.execute(statement)
    rebuild(conn)
    same = conn.execute("SELECT * FROM members ORDER BY id").fetchall() == members \
        and snapshot(conn) == kept
    conn.execute("ROLLBACK TO check_summaries")
    conn.execute("RELEASE check_summaries")
    return same


@pytest.mark.parametrize("bulk, parallel", PATHS)
def test_undo_removes_what_it_added_and_restores_what_it_changed(ws, bulk, parallel):
    conn = ws.conn
    before = checksum(conn)
    done = run(conn, operation(ws, bulk, parallel))
    assert (done.value.added, done.value.updated) == (30, 1)
    after = checksum(conn)
    undone = run(conn, done.undo)
    assert differing(checksum(conn), before) == []
    assert fts_ok(conn) and summaries_agree(conn)
    assert conn.execute("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"
                        " AND tbl_name = 'members'").fetchone()[0] > 0
    redone = run(conn, undone.undo)
    assert differing(checksum(conn), after) == []
    assert fts_ok(conn) and summaries_agree(conn)
    run(conn, redone.undo)
    assert differing(checksum(conn), before) == []
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


@pytest.mark.parametrize("bulk, parallel", PATHS[:2])
def test_undo_refuses_when_an_imported_member_was_registered_since(ws, bulk, parallel):
    conn = ws.conn
    done = run(conn, operation(ws, bulk, parallel))
    newcomer = done.value.added_ids[0]
    register(conn, ws.event, [newcomer])
    written = checksum(conn)
    with pytest.raises(UndoConflict) as refused:
        run(conn, done.undo)
    assert refused.value.params["dependents"] == 1
    assert checksum(conn) == written


@pytest.mark.parametrize("bulk, parallel", PATHS[:2])
def test_undo_refuses_when_an_updated_member_changed_since(ws, bulk, parallel):
    conn = ws.conn
    done = run(conn, operation(ws, bulk, parallel))
    records.update_members(conn, {ws.zhang: {"city": "苏州"}})
    written = checksum(conn)
    with pytest.raises(UndoConflict):
        run(conn, done.undo)
    assert checksum(conn) == written


@pytest.mark.parametrize("bulk, parallel", PATHS[:2])
def test_a_member_already_there_joins_the_community_of_its_list_and_undo_takes_it_back(
        ws, bulk, parallel):
    """跑团's member list imported into 读书会's workspace: 张伟 is there already (跑团 only)
    and the default keeps him as he is, but the file is 读书会's list, so he joins 读书会
    (with the list's role), his fields untouched. He was left out of 读书会 before."""
    conn = ws.conn
    before = checksum(conn)
    headers = ["姓名", "手机号", "城市", "群角色"]
    data = [["张伟", "13800138000", "杭州", "管理员"], ["李娜", "13900139000", "上海", ""],
            ["赵六", "13700137000", "", ""]]
    options = ImportOptions(column_mapping.guess_mapping(headers), headers,
                            DuplicatePolicy.SKIP, ws.club, bulk=bulk, parallel=parallel)
    rows = [(n + 2, v) for n, v in enumerate(data)]
    done = run(conn, import_operation(rows, options, total=len(rows)))
    assert (done.value.added, done.value.skipped) == (1, 2)
    roles = dict(conn.execute("SELECT community_id, role FROM memberships WHERE member_id = ?",
                              (ws.zhang,)).fetchall())
    assert roles == {ws.other: "成员", ws.club: "管理员"}
    assert conn.execute("SELECT city, notes FROM members WHERE id = ?",
                        (ws.zhang,)).fetchone() == (None, "老会员")  # kept as he was
    assert conn.execute("SELECT count(*) FROM memberships WHERE member_id = ?",
                        (ws.li,)).fetchone() == (1,)  # in 读书会 already: nothing new
    assert "读书会·管理员" in conn.execute("SELECT communities_text FROM members WHERE id = ?",
                                        (ws.zhang,)).fetchone()[0]
    assert fts_ok(conn) and summaries_agree(conn)
    run(conn, done.undo)
    assert differing(checksum(conn), before) == []
