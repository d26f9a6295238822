"""Custom fields in the member import (issue 19): columns named like a field are mapped to
it, each cell read by the field's parser; a bad value refuses the row naming the row and
the column; values follow the duplicate policy; an exported roster round-trips."""

from __future__ import annotations

import pytest

from models.core.errors import Code
from models.imports import column_mapping
from models.imports.field_columns import target, with_fields
from models.imports.member_import import (
    DuplicatePolicy,
    ImportOptions,
    ImportRejected,
    import_members,
)
from models.members import custom_fields as cf
from models.members.field_values import Kind
from models.members.records import create_member
from models.store.workspace import open_workspace
from tests.checksums import checksum

HEADERS = ["姓名", "手机号", "车型", "孩子年龄", "尺码", "会员到期日", "已续费"]


@pytest.fixture
def ws(workspace_path):
    with open_workspace(workspace_path) as ws:
        ws.car = cf.define_field(ws.conn, "车型", Kind.CHOICE, ["轿车", "SUV"])[0].id
        ws.age = cf.define_field(ws.conn, "孩子年龄", Kind.NUMBER)[0].id
        ws.size = cf.define_field(ws.conn, "尺码", Kind.CHOICES, ["S", "M", "L"])[0].id
        ws.due = cf.define_field(ws.conn, "会员到期日", Kind.DATE)[0].id
        ws.paid = cf.define_field(ws.conn, "已续费", Kind.YESNO)[0].id
        ws.zhang, _ = create_member(ws.conn, {"display_name": "张伟", "phone": "13800138000"})
        cf.set_values(ws.conn, ws.zhang, {ws.car: "轿车"})
        yield ws


def _run(ws, data, policy=DuplicatePolicy.OVERWRITE, headers=HEADERS, **kw):
    mapping = with_fields(ws.conn, headers, column_mapping.guess_mapping(headers))
    options = ImportOptions(mapping, headers, policy)
    return import_members(ws.conn, [(n + 2, list(v)) for n, v in enumerate(data)], options,
                          **kw)


def _by_name(ws) -> dict[str, dict[int, list[object]]]:
    return {name: cf.member_values(ws.conn, member_id) for member_id, name in ws.conn.execute(
        "SELECT id, display_name FROM members ORDER BY id")}


def test_columns_named_like_a_field_are_mapped_to_it(ws):
    mapping = with_fields(ws.conn, ["姓名", "ｓｕｖ", "车型", "备注"],
                          column_mapping.guess_mapping(["姓名", "ｓｕｖ", "车型", "备注"]))
    assert mapping == {0: "display_name", 2: target(ws.car), 3: "notes"}


def test_values_are_imported_for_new_and_existing_members(ws):
    result = _run(ws, [
        ["李娜", "13900139000", "ＳＵＶ", "1,024", "s、L", "2026/3/5", "是"],
        ["张伟", "13800138000", "suv", "", "", "", "否"],
    ])
    assert result.added == 1 and result.updated == 1
    found = _by_name(ws)
    assert found["李娜"] == {ws.car: ["SUV"], ws.age: [1024], ws.size: ["S", "L"],
                            ws.due: ["2026-03-05"], ws.paid: [1]}
    assert found["张伟"] == {ws.car: ["SUV"], ws.paid: [0]}  # an empty cell leaves a value
    assert [(c.display_name, c.field, c.old, c.new) for c in result.changes] == [
        ("张伟", "车型", "轿车", "SUV"), ("张伟", "已续费", None, "否")]


def test_fill_empty_keeps_a_value_and_a_field_only_change_counts_as_an_update(ws):
    result = _run(ws, [["张伟", "13800138000", "SUV", "7", "", "", ""]],
                  policy=DuplicatePolicy.FILL_EMPTY)
    assert _by_name(ws)["张伟"] == {ws.car: ["轿车"], ws.age: [7]}
    assert result.updated == 1 and result.unchanged == 0


@pytest.mark.parametrize("cell, column, code", [
    (["李娜", "", "卡车", "", "", "", ""], "车型", Code.FIELD_OPTION),
    (["李娜", "", "", "三岁", "", "", ""], "孩子年龄", Code.FIELD_NUMBER),
    (["李娜", "", "", "", "S/XXL", "", ""], "尺码", Code.FIELD_OPTION),
    (["李娜", "", "", "", "", "下个月", ""], "会员到期日", Code.FIELD_DATE),
    (["李娜", "", "", "", "", "", "也许"], "已续费", Code.FIELD_YESNO),
])
def test_a_bad_value_refuses_the_row_naming_row_column_and_field(ws, cell, column, code):
    before = checksum(ws.conn)
    with pytest.raises(ImportRejected) as raised:
        _run(ws, [["王芳", "", "SUV", "", "", "", ""], cell])
    problem, = raised.value.result.problems
    assert (problem.row, problem.column, problem.code) == (3, column, code)
    assert problem.params["field"] == column and column in problem.line()
    assert checksum(ws.conn) == before


def test_a_dry_run_writes_nothing_and_previews_the_change(ws):
    before = checksum(ws.conn)
    result = _run(ws, [["张伟", "13800138000", "SUV", "", "", "", ""]], dry_run=True)
    assert checksum(ws.conn) == before
    assert result.updated == 1 and result.changes[0].field == "车型"


def test_a_bulk_import_writes_values_too(ws, monkeypatch):
    from models.imports import member_import
    monkeypatch.setattr(member_import, "BULK_ROWS", 2)
    monkeypatch.setattr(member_import.MemberImport, "will_bulk", lambda self, total: True)
    _run(ws, [[f"成员{i}", "", "SUV" if i % 2 else "", str(i), "", "", ""]
              for i in range(6)], total=6)
    found = _by_name(ws)
    assert found["成员1"] == {ws.car: ["SUV"], ws.age: [1]}
    assert found["成员2"] == {ws.age: [2]}


@pytest.mark.parametrize("bulk", [False, True], ids=["small", "bulk"])
def test_undo_and_redo_of_an_import_with_field_values(ws, bulk):
    """Custom-field values of new and updated members go with the import's undo and come
    back with its redo, on the bulk path (its own ledger) as on the small one."""
    from models.imports.import_undo import import_operation
    from models.store.operations import run
    from tests.checksums import differing

    data = [[f"成员{i}", f"137{i:08d}", "SUV", str(i), "", "", ""] for i in range(12)]
    data.append(["张伟", "13800138000", "SUV", "5", "", "", ""])
    mapping = with_fields(ws.conn, HEADERS, column_mapping.guess_mapping(HEADERS))
    options = ImportOptions(mapping, HEADERS, DuplicatePolicy.OVERWRITE, bulk=bulk,
                            parallel=False)
    rows = [(n + 2, v) for n, v in enumerate(data)]
    before = checksum(ws.conn)
    done = run(ws.conn, import_operation(rows, options, total=len(rows)))
    assert (done.value.added, done.value.updated) == (12, 1)
    after = checksum(ws.conn)
    assert cf.member_values(ws.conn, ws.zhang) == {ws.car: ["SUV"], ws.age: [5]}
    undone = run(ws.conn, done.undo)
    assert differing(checksum(ws.conn), before) == []
    assert cf.member_values(ws.conn, ws.zhang) == {ws.car: ["轿车"]}
    run(ws.conn, undone.undo)
    assert differing(checksum(ws.conn), after) == []


def test_a_header_marked_required_or_with_a_unit_finds_its_field(ws):
    """Sign-up sheets mark columns ``*`` or （必填）, and write units beside a name
    (孩子年龄（岁）): such a column is the field's, as 姓名* is the name's."""
    headers = ["姓名*", "车型（必填）", "孩子年龄（岁）", "尺码 (选填)", "会员到期日*", "已续费？"]
    assert with_fields(ws.conn, headers, column_mapping.guess_mapping(headers)) == {
        0: "display_name", 1: target(ws.car), 2: target(ws.age), 3: target(ws.size),
        4: target(ws.due), 5: target(ws.paid)}


def test_the_exact_name_wins_over_a_marked_one(ws):
    other = cf.define_field(ws.conn, "孩子年龄（岁）", Kind.TEXT)[0].id
    headers = ["姓名", "孩子年龄（岁）", "孩子年龄"]
    assert with_fields(ws.conn, headers, column_mapping.guess_mapping(headers)) == {
        0: "display_name", 1: target(other), 2: target(ws.age)}


def test_a_form_question_finds_its_field(ws):
    """A sign-up form's export asks for a custom field as a numbered question."""
    headers = ["1、您的姓名：", "2、孩子年龄（岁）：", "3、您的车型？", "Q4. 请填写尺码"]
    assert with_fields(ws.conn, headers, column_mapping.guess_mapping(headers)) == {
        0: "display_name", 1: target(ws.age), 2: target(ws.car), 3: target(ws.size)}
