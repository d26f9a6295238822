"""qunzhu export materials|inventory and qunzhu import checklist, as a user runs them."""

from __future__ import annotations

import sqlite3

import openpyxl

from tests.desktop.test_cli import qunzhu


def statuses(path):
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT id, status, quantity FROM checklist_items"
                            " ORDER BY id").fetchall()


def test_export_edit_import_round_trip_and_a_bad_status_exits_2(tmp_path, demo_path):
    out = tmp_path / "物料.xlsx"
    done = qunzhu("export", "materials", "--workspace", str(demo_path), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "checklist(s)" in done.stdout
    wb = openpyxl.load_workbook(out)
    sheet = wb.worksheets[1]
    item_id = sheet["A2"].value
    sheet["L2"] = "不存在的状态"
    wb.save(out)
    before = statuses(demo_path)
    refused = qunzhu("import", "checklist", str(out), "--workspace", str(demo_path))
    assert refused.returncode == 2
    assert refused.stderr.splitlines()[0].startswith(f"{out}: row 2, column 状态: “不存在的状态”")
    assert statuses(demo_path) == before

    sheet["L2"] = "已打包"
    wb.save(out)
    done = qunzhu("import", "checklist", str(out), "--workspace", str(demo_path))
    assert done.returncode == 0, done.stderr
    after = dict((i, s) for i, s, _ in statuses(demo_path))
    assert after[item_id] == "已打包"
    assert sum(1 for (i, s, _), (_, t, _) in zip(before, statuses(demo_path), strict=True)
               if s != t) <= 1


def test_export_inventory(tmp_path, demo_path):
    out = tmp_path / "库存.xlsx"
    done = qunzhu("export", "inventory", "--workspace", str(demo_path), "-o", str(out))
    assert done.returncode == 0, done.stderr
    sheet = openpyxl.load_workbook(out)["物料库存"]
    assert sheet["H1"].value == "库存" and sheet["J2"].value == "=H2-I2"
