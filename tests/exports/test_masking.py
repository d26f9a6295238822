"""Masked exports: no phone number, ID number or email survives in any text cell."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from exports.masking import mask_text
from exports.roster import RosterExport, export_roster
from models.members import records
from models.members.communities import create_community
from models.store.workspace import open_workspace

#: What people type into free-text fields, and the digits that must not survive.
LEAKS = {
    "13812345678": "13812345678",
    "138 1234 5678": "12345678",
    "+86-138-1234-5678": "1234",
    "0086 13812345678": "13812345678",
    "(+86)138.1234.5678": "1234",
    "１３８１２３４５６７８": "１２３４５６７８",
    "11010519491231002X": "19491231",
    "身份证110105194912310021": "19491231",
    "zhang.wei@example.com": "zhang.wei",
    "电话010-62345678": "62345678",
    "(0755)82345678": "82345678",
    "卡号 6222 0212 3456 7890": "0212 3456",
    "护照E12345678": "12345678",
    "QQ：12345678": "12345678",
    "扣扣 987654321": "987654321",
    "微信 abc_123xyz": "abc_123xyz",
    "vx:zhangwei88": "zhangwei88",
}


@pytest.mark.parametrize("typed", list(LEAKS))
def test_mask_text_hides_what_identifies(typed: str) -> None:
    masked = mask_text(f"来源：朋友介绍 {typed} 周末有空")
    assert LEAKS[typed] not in masked
    assert masked.startswith("来源：朋友介绍 ") and masked.endswith(" 周末有空")


@pytest.mark.parametrize("text", [
    "2026年报名，预算 12000 元", "第 3 期，共 150 人", "订单 20261122", "2026-11-22 19:30",
    "上海", "读书会·核心成员", "qq群 123456", "会员卡 8888", "价格 1,280.00",
])
def test_mask_text_leaves_years_money_and_counts(text: str) -> None:
    assert mask_text(text) == text


def test_mask_text_keeps_the_shape_people_recognise() -> None:
    assert mask_text("手机 138 1234 5678") == "手机 138****5678"
    assert mask_text("+86-138-1234-5678") == "138****5678"
    assert mask_text("11010519491231002X") == "110*************2X"
    assert mask_text("zhang.wei@example.com") == "zh***@example.com"
    assert mask_text("010-62345678") == "010-****5678"
    assert mask_text("微信 abc_123xyz") == "微信 ab***"


def test_masked_roster_has_no_contact_detail_in_any_cell(workspace_path: Path,
                                                          tmp_path: Path) -> None:
    typed = ["13812345678", "138 1234 5678", "+86-138-1234-5678", "11010519491231002X",
             "li.na@example.com", "１３９１２３４５６７８"]
    with open_workspace(workspace_path) as ws:
        club = create_community(ws.conn, "读书会 13812345678").id
        member_id, _ = records.create_member(ws.conn, {
            "display_name": "李娜", "phone": "13912345678", "email": "li.na@example.com",
            "source": f"朋友 {typed[1]} 介绍", "city": f"上海 {typed[2]}",
            "occupation": f"身份证 {typed[3]}", "interests": f"邮件 {typed[4]}",
            "nickname": typed[0], "notes": " ".join(typed)}, community_id=club)
        records.add_tags(ws.conn, [member_id], [f"电话{typed[0]}", typed[5], "读书"])
        out = tmp_path / "masked.xlsx"
        export_roster(ws.conn, out, RosterExport(mask=True))
    book = openpyxl.load_workbook(out)
    cells = [str(c.value) for sheet in book.worksheets for row in sheet.iter_rows()
             for c in row if c.value is not None]
    text = "\n".join(cells)
    for secret in ("13812345678", "1234 5678", "1234-5678", "12345678", "19491231",
                   "li.na", "１２３４５６７８", "13912345678"):
        assert secret not in text, secret
    assert "上海" in text and "读书" in text  # the rest of the text stays readable
