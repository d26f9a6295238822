"""``qunzhu import orders`` on a file whose headers name no amount or no order number: the
CLI has no mapping step, so the refusal shows the headers it found and how to go on
(rename the column, or a mapping saved in Import Orders with ``--preset``), never a
``column -``; exit 2 and the workspace unchanged."""

from __future__ import annotations

import pytest

from models.store.workspace import open_workspace
from tests.checksums import checksum
from tests.desktop.test_cli import qunzhu
from tests.exports.order_samples import write_csv

HEADER = ["订单号", "时间", "客户", "电话", "商品", "钱", "状态"]


@pytest.mark.parametrize(("lang", "wanted"), [
    ("en", "headers found in row 1: 订单号, 时间, 客户, 电话, 商品, 钱, 状态"),
    ("zh_CN", "第 1 行的表头：订单号, 时间, 客户, 电话, 商品, 钱, 状态")])
def test_a_file_without_an_amount_column_names_the_headers_found(tmp_path, lang, wanted):
    workspace = tmp_path / "shop.qunzhu"
    with open_workspace(workspace) as ws:
        before = checksum(ws.conn)
    path = write_csv(tmp_path / "orders.csv", HEADER,
                     [["A1", "2026-06-19 10:00", "张三", "13800138000", "书", "5", "已完成"]])
    done = qunzhu("import", "orders", str(path), "--workspace", str(workspace), lang=lang)
    assert done.returncode == 2, done.stderr
    assert wanted in done.stderr
    assert "--preset" in done.stderr
    assert "column -" not in done.stderr and "“-”" not in done.stderr
    with open_workspace(workspace, readonly=True) as ws:
        assert checksum(ws.conn) == before


@pytest.mark.parametrize(("lang", "wanted"), [
    ("en", "row 2, column 成交时间: “昨天” is not a date like 2024-03-05"),
    ("zh_CN", "第 2 行，“成交时间”列：“昨天”不是日期（例如 2024-03-05）")])
def test_a_time_that_is_no_date_is_quoted(tmp_path, lang, wanted):
    """The line said "not a date (2024-03-05)", which reads as if the cell held that
    date; it quotes what the cell holds."""
    workspace = tmp_path / "shop.qunzhu"
    open_workspace(workspace).close()
    path = write_csv(tmp_path / "orders.csv", ["订单号", "成交时间", "客户姓名", "金额"],
                     [["A1", "昨天", "张三", "5"]])
    done = qunzhu("import", "orders", str(path), "--workspace", str(workspace), lang=lang)
    assert done.returncode == 2, done.stderr
    assert wanted in done.stderr
