"""Custom fields in the roster export (issue 19): a column per field, real numbers and
dates, masked text in a masked export, filtered and sorted as the table is, and an edited
copy imported back by update-by-id."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl

from exports.member_file import open_member_file
from exports.roster import RosterExport, export_roster
from models.imports.field_columns import with_fields
from models.imports.member_import import ImportOptions, import_members
from models.members import custom_fields as cf
from models.members.field_values import Kind
from models.members.records import create_member
from models.members.roster import RosterFilter, RosterSort
from models.store.workspace import open_workspace


def _sheet(path: Path) -> list[list[object]]:
    return [[c.value for c in row] for row in openpyxl.load_workbook(path)["成员"].iter_rows()]


def _workspace(path: Path):
    ws = open_workspace(path)
    ws.car = cf.define_field(ws.conn, "车型", Kind.CHOICE, ["轿车", "SUV"])[0].id
    ws.age = cf.define_field(ws.conn, "孩子年龄", Kind.NUMBER)[0].id
    ws.due = cf.define_field(ws.conn, "会员到期日", Kind.DATE)[0].id
    ws.size = cf.define_field(ws.conn, "尺码", Kind.CHOICES, ["S", "M", "L"])[0].id
    ws.paid = cf.define_field(ws.conn, "已续费", Kind.YESNO)[0].id
    ws.school = cf.define_field(ws.conn, "学校", Kind.TEXT)[0].id
    ws.ids = {}
    for name, values in (("王芳", {ws.car: "SUV", ws.age: "12", ws.due: "2026-06-01",
                                   ws.size: "S、L", ws.paid: "是",
                                   ws.school: "电话13800138000的学校"}),
                         ("李雷", {ws.car: "轿车", ws.age: "3"}),
                         ("韩梅梅", {})):
        ws.ids[name] = create_member(ws.conn, {"display_name": name})[0]
        cf.set_values(ws.conn, ws.ids[name], values)
    return ws


def _import_back(ws, path: Path):
    """The exported file imported again (update by id), its fields mapped as the wizard does."""
    source = open_member_file(path)
    try:
        mapping = with_fields(ws.conn, source.headers, source.mapping)
        return import_members(ws.conn, source.data_rows(), ImportOptions(mapping, source.headers))
    finally:
        source.close()


def test_fields_are_columns_filtered_and_sorted_as_the_table(workspace_path, tmp_path):
    out = tmp_path / "roster.xlsx"
    ws = _workspace(workspace_path)
    try:
        f = RosterFilter(field_filters=((ws.car, "set"),))
        export_roster(ws.conn, out, RosterExport(f, RosterSort(field_id=ws.age)))
    finally:
        ws.close()
    rows = _sheet(out)
    assert rows[0][-6:] == ["车型", "孩子年龄", "会员到期日", "尺码", "已续费", "学校"]
    assert [r[1] for r in rows[1:]] == ["李雷", "王芳"]  # filtered, sorted by age
    assert rows[2][-6:] == ["SUV", 12, datetime(2026, 6, 1), "S、L", "是",
                            "电话13800138000的学校"]
    assert rows[1][-6:] == ["轿车", 3, None, None, None, None]


def test_a_masked_export_masks_the_text_fields(workspace_path, tmp_path):
    out = tmp_path / "masked.xlsx"
    ws = _workspace(workspace_path)
    try:
        export_roster(ws.conn, out, RosterExport(mask=True))
    finally:
        ws.close()
    text = " ".join(str(v) for row in _sheet(out) for v in row if v is not None)
    assert "13800138000" not in text and "SUV" in text


def test_an_edited_export_comes_back_by_id(workspace_path, tmp_path):
    out = tmp_path / "roster.xlsx"
    ws = _workspace(workspace_path)
    try:
        export_roster(ws.conn, out, RosterExport())
        book = openpyxl.load_workbook(out)
        sheet = book["成员"]
        header = [c.value for c in sheet[1]]
        for row in sheet.iter_rows(min_row=2):
            if row[1].value == "韩梅梅":
                row[header.index("孩子年龄")].value = 7
                row[header.index("尺码")].value = "m, l"
        book.save(out)
        result = _import_back(ws, out)
        assert result.updated == 1, result.problems
        assert cf.member_values(ws.conn, ws.ids["韩梅梅"]) == {ws.age: [7], ws.size: ["M", "L"]}
        assert cf.member_values(ws.conn, ws.ids["王芳"])[ws.due] == ["2026-06-01"]
    finally:
        ws.close()


def test_yes_no_in_the_callers_words_comes_back(workspace_path, tmp_path):
    """An English window writes Yes/No (not 是/否), and the import reads the words back."""
    out = tmp_path / "roster.xlsx"
    ws = _workspace(workspace_path)
    try:
        cf.set_values(ws.conn, ws.ids["李雷"], {ws.paid: "否"})
        export_roster(ws.conn, out, RosterExport(yes_no=("Yes", "No")))
        rows = _sheet(out)
        paid = rows[0].index("已续费")
        assert {r[1]: r[paid] for r in rows[1:]} == {"王芳": "Yes", "李雷": "No", "韩梅梅": None}
        cf.set_values(ws.conn, ws.ids["王芳"], {ws.paid: "否"})
        cf.set_values(ws.conn, ws.ids["李雷"], {ws.paid: "是"})
        result = _import_back(ws, out)
        assert result.updated == 2, result.problems
        assert cf.member_values(ws.conn, ws.ids["王芳"])[ws.paid] == [1]
        assert cf.member_values(ws.conn, ws.ids["李雷"])[ws.paid] == [0]
    finally:
        ws.close()
