"""The member import's role column (群角色/角色, issue 19): the role of the membership the
import creates or updates in its community; bad values refused naming row and column."""

from __future__ import annotations

import pytest

from models.core.errors import Code, DomainError
from models.imports import column_mapping
from models.imports.member_import import (
    DuplicatePolicy,
    ImportOptions,
    ImportRejected,
    import_members,
)
from models.members import memberships, profile, records
from models.members.communities import create_community
from models.store.workspace import open_workspace

HEADERS = ["姓名", "手机号", "群角色"]


@pytest.fixture
def ws(workspace_path):
    with open_workspace(workspace_path) as ws:
        ws.club = create_community(ws.conn, "读书会").id
        ws.zhang, _ = records.create_member(ws.conn, {"display_name": "张伟",
                                                      "phone": "13800138000"}, ws.club)
        yield ws


def run(ws, data, headers=HEADERS, policy=DuplicatePolicy.OVERWRITE, **kw):
    mapping = column_mapping.guess_mapping(headers)
    options = ImportOptions(mapping, headers, policy, **kw)
    return import_members(ws.conn, [(n + 2, list(v)) for n, v in enumerate(data)], options)


def role_of(ws, member_id):
    return {s.community_id: s.role for s in profile.memberships(ws.conn, member_id)}


def test_the_role_column_is_recognised_by_its_usual_headers():
    assert column_mapping.guess_mapping(["昵称", "角色"]) == {0: "nickname", 1: "role"}
    assert column_mapping.guess_mapping(["Name", "Role"]) == {0: "display_name", 1: "role"}


def test_roles_are_set_on_new_and_updated_memberships(ws):
    result = run(ws, [["张伟", "13800138000", "管理员"], ["李娜", "13900139000", "KOL"],
                      ["王芳", "13700137000", ""]], community_id=ws.club)
    assert (result.added, result.updated, result.rejected) == (2, 1, 0)
    assert role_of(ws, ws.zhang) == {ws.club: "管理员"}
    ids = dict(ws.conn.execute("SELECT display_name, id FROM members"))
    assert role_of(ws, ids["李娜"]) == {ws.club: "KOL"}
    assert role_of(ws, ids["王芳"]) == {ws.club: "成员"}  # an empty cell: the default
    assert "读书会·KOL" in ws.conn.execute("SELECT communities_text FROM members WHERE id = ?",
                                         (ids["李娜"],)).fetchone()[0]
    # a role change shows in the preview like any field's
    assert any(c.field == "role" and c.new == "管理员" for c in result.changes)


def test_an_empty_role_cell_keeps_the_role_a_member_has(ws):
    memberships.set_role(ws.conn, [ws.zhang], ws.club, "群主")
    run(ws, [["张伟", "13800138000", " "]], community_id=ws.club)
    assert role_of(ws, ws.zhang) == {ws.club: "群主"}


def test_a_bad_role_is_refused_naming_row_and_column_and_nothing_is_written(ws):
    with pytest.raises(ImportRejected) as raised:
        run(ws, [["李娜", "13900139000", "KOL"], ["王芳", "13700137000", "超级VIP"]],
            community_id=ws.club)
    [problem] = raised.value.result.problems
    assert (problem.row, problem.column, problem.value, problem.code) == (
        3, "群角色", "超级VIP", Code.ROLE)
    assert "群主" in problem.params["allowed"]
    assert ws.conn.execute("SELECT count(*) FROM members").fetchone()[0] == 1


def test_a_role_column_without_the_import_community_is_refused(ws):
    with pytest.raises(DomainError) as raised:
        run(ws, [["李娜", "13900139000", "KOL"]])
    assert raised.value.code == Code.ROLE_NEEDS_COMMUNITY


@pytest.mark.slow
def test_the_bulk_path_sets_roles_too(ws):
    data = [[f"成员{i}", f"139{i:08d}", "核心成员" if i % 2 else "成员"] for i in range(2_500)]
    result = run(ws, data, community_id=ws.club, bulk=True)
    assert result.added == 2_500
    assert dict(ws.conn.execute("SELECT role, count(*) FROM memberships WHERE community_id = ?"
                                " GROUP BY role", (ws.club,))) == {"核心成员": 1_250,
                                                                   "成员": 1_251}


def test_fill_empty_gives_a_role_only_over_the_default_one(ws):
    lee, _ = records.create_member(ws.conn, {"display_name": "李娜", "phone": "13900139000"},
                                   ws.club)
    memberships.set_role(ws.conn, [ws.zhang], ws.club, "群主")
    run(ws, [["张伟", "13800138000", "成员"], ["李娜", "13900139000", "KOL"]],
        policy=DuplicatePolicy.FILL_EMPTY, community_id=ws.club)
    assert role_of(ws, ws.zhang) == {ws.club: "群主"}
    assert role_of(ws, lee) == {ws.club: "KOL"}


@pytest.mark.parametrize("bulk", [False, True])
def test_undoing_the_import_puts_the_roles_back(ws, bulk):
    from models.imports.import_undo import import_operation
    from models.store.operations import run as run_operation
    from tests.checksums import checksum

    memberships.set_role(ws.conn, [ws.zhang], ws.club, "KOL")
    before = checksum(ws.conn)
    data = [(2, ["张伟", "13800138000", "群主"]), (3, ["李娜", "13900139000", "管理员"])]
    options = ImportOptions(column_mapping.guess_mapping(HEADERS), HEADERS,
                            DuplicatePolicy.OVERWRITE, community_id=ws.club, bulk=bulk)
    done = run_operation(ws.conn, import_operation(data, options, total=len(data)))
    assert role_of(ws, ws.zhang) == {ws.club: "群主"}
    run_operation(ws.conn, done.undo)
    assert role_of(ws, ws.zhang) == {ws.club: "KOL"}
    assert checksum(ws.conn) == before


@pytest.mark.parametrize(("written", "role"), [
    ("群管理员", "管理员"), ("群管理", "管理员"), ("管理", "管理员"), ("群成员", "成员"),
    ("普通成员", "成员"), ("群员", "成员"), ("群主 ", "群主"), ("Moderator", "管理员"),
    ("群管理員", "管理员"), ("普通成員", "成员")])
def test_role_words_of_group_tools_are_read(ws, written, role):
    """WeChat calls its admins 群管理员, and group-member tools export 群成员/普通成员: an
    operator's list written that way is read, not refused row by row."""
    result = run(ws, [["张伟", "13800138000", written]], community_id=ws.club)
    assert result.rejected == 0
    assert role_of(ws, ws.zhang) == {ws.club: role}
