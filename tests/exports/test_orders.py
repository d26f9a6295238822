"""Reading shops' order exports: the header found and mapped per shop, amounts to fen
exactly, statuses, orders over several rows, problems naming the row and column."""

from __future__ import annotations

from datetime import datetime

import pytest

from exports import order_cells
from exports.orders import open_orders, read_orders
from models.core.errors import Code
from models.core.validation import Invalid
from models.imports.order_records import Standing
from tests.exports.order_samples import (
    PLAIN_HEADER,
    WEIDIAN_HEADER,
    XIAOETONG_HEADER,
    taobao_csv,
    taobao_row,
    write_csv,
    write_xlsx,
    youzan_csv,
    youzan_row,
)


def read(path, **kw):
    source = open_orders(path)
    try:
        return source, read_orders(source, **kw)
    finally:
        source.close()


@pytest.mark.parametrize(("text", "fen"), [
    ("¥1,234.50", 123450), ("1234.5", 123450), ("1,234.50元", 123450), ("￥88", 8800),
    (" 1 234.50 ", 123450), ("RMB 12", 1200), ("0.01", 1), (1234.5, 123450),
    (12.300000000000001, 1230), (88, 8800), ("——", None), ("", None), (None, None),
])
def test_amounts_become_fen_exactly(text, fen):
    assert order_cells.fen(text) == fen


@pytest.mark.parametrize(("text", "code"), [
    ("-5", Code.CELL_NEGATIVE), ("(3.00)", Code.CELL_NEGATIVE), ("abc", Code.CELL_NOT_YUAN),
    ("1,23.4", Code.CELL_NOT_YUAN), ("12.345", Code.CELL_FEN_FRACTION),
    ("¥", Code.CELL_NOT_YUAN), ("nan", Code.CELL_NOT_YUAN),
])
def test_bad_amounts_are_refused(text, code):
    with pytest.raises(Invalid) as caught:
        order_cells.fen(text)
    assert caught.value.code is code


@pytest.mark.parametrize(("status", "standing"), [
    ("交易成功", Standing.PURCHASE), ("买家已付款，等待卖家发货", Standing.PURCHASE),
    ("卖家已发货，等待买家确认", Standing.PURCHASE), ("已付款", Standing.PURCHASE),
    ("待发货", Standing.PURCHASE), ("已发货", Standing.PURCHASE), ("完成", Standing.PURCHASE),
    ("交易完成", Standing.PURCHASE), ("部分退款", Standing.PURCHASE),
    ("等待买家付款", Standing.UNPAID), ("待付款", Standing.UNPAID), ("未付款", Standing.UNPAID),
    ("已退款", Standing.REFUNDED), ("退款成功", Standing.REFUNDED), ("售后中", Standing.REFUNDED),
    ("交易关闭", Standing.CLOSED), ("已关闭", Standing.CLOSED), ("已取消", Standing.CLOSED),
    ("什么状态", Standing.OTHER),
])
def test_statuses(status, standing):
    assert order_cells.standing(status) is standing


def test_youzan_export_maps_itself_and_reads_every_status(tmp_path):
    path = youzan_csv(tmp_path / "有赞订单.csv", [
        youzan_row("E001", "交易完成", "2026-06-19 10:01:00", "1,234.50", "Alice", "13800138000"),
        youzan_row("E002", "交易关闭", "", "88.00", "Bob", "13900139000"),
        youzan_row("E003", "待发货", "2026-06-20 09:00:00", "¥66", "Carol", "13700137000",
                   refund_status="退款成功", refunded="66.00"),
        youzan_row("E004", "待付款", "", "10.00", "Dan", "13600136000"),
    ])
    source, found = read(path)
    assert source.shop == "有赞"
    mapped = {f: source.headers[i] for i, f in source.mapping.items()}
    assert mapped["paid_at"] == "买家付款时间" and mapped["amount"] == "订单实付金额"
    assert mapped["phone"] == "买家手机号" and mapped["name"] == "买家昵称"
    assert not found.problems
    orders = {o.number: o for o in found.orders}
    assert orders["E001"].standing is Standing.PURCHASE and orders["E001"].amount == 123450
    assert orders["E001"].at == datetime(2026, 6, 19, 10, 1)  # paid time, not created
    assert orders["E001"].buyer.phone == "13800138000"
    assert orders["E002"].standing is Standing.CLOSED
    assert orders["E003"].standing is Standing.REFUNDED
    assert orders["E004"].standing is Standing.UNPAID


def test_an_order_refunded_by_its_refund_status_is_named_by_it(tmp_path):
    """有赞 keeps 交易成功 on a refunded order: the preview's "not purchases, by status"
    must say 退款成功, not list a successful trade among the orders left out."""
    path = youzan_csv(tmp_path / "有赞订单.csv", [
        youzan_row("E1", "交易成功", "2026-06-19 10:01:00", "199.00", "Alice", "13800138000",
                   refund_status="退款成功", refunded="199.00"),
        youzan_row("E2", "交易关闭", "", "88.00", "Bob", "13900139000")])
    _source, found = read(path)
    orders = {o.number: o for o in found.orders}
    assert (orders["E1"].standing, orders["E1"].status) == (Standing.REFUNDED, "退款成功")
    assert (orders["E2"].standing, orders["E2"].status) == (Standing.CLOSED, "交易关闭")


def test_taobao_gbk_csv_with_wrapped_numbers_and_masked_phones(tmp_path):
    path = taobao_csv(tmp_path / "ExportOrderList.csv", [
        taobao_row("1234567890123456789", "tb_alice", "99.90", "交易成功", "138****0000",
                   "2026-05-01 10:00:00", "2026-05-01 10:02:00"),
        taobao_row("1234567890123456790", "tb_bob", "50.00", "交易关闭", "13900139000",
                   "2026-05-02 10:00:00", ""),
    ])
    source, found = read(path)
    assert source.shop == "淘宝"
    assert not found.problems
    first = next(o for o in found.orders if o.standing is Standing.PURCHASE)
    assert first.number == "1234567890123456789"  # all 19 digits, ="…" unwrapped
    assert first.amount == 9990 and first.buyer.name == "tb_alice"
    assert first.buyer.phone is None and first.buyer.masked_phone


def test_weidian_xlsx_with_a_title_row(tmp_path):
    path = write_xlsx(tmp_path / "微店.xlsx", WEIDIAN_HEADER, [
        ["W1", "已完成", "2026-03-01 08:00", "2026-03-01 08:01", "茶叶", 88, 1, 88, 80.5,
         "张三", "13800138000", "小张", ""],
    ], title="微店订单导出 2026-03")
    source, found = read(path)
    assert source.header_row == 2 and source.shop == "微店"
    assert [(o.number, o.amount, o.buyer.name) for o in found.orders] == [("W1", 8050, "小张")]


def test_xiaoetong_reads_the_wechat_id(tmp_path):
    path = write_xlsx(tmp_path / "小鹅通.xlsx", XIAOETONG_HEADER, [
        ["X1", "训练营", "课程", "阿明", "", "wxid_ming", "199.00", datetime(2026, 2, 1, 9),
         datetime(2026, 2, 1, 9, 5), "已完成"],
    ])
    source, found = read(path)
    assert source.shop == "小鹅通"
    order = found.orders[0]
    assert order.buyer.wechat_id == "wxid_ming" and order.amount == 19900
    assert order.at == datetime(2026, 2, 1, 9, 5)


def test_an_order_over_several_rows_with_its_total_repeated_counts_once(tmp_path):
    rows = [youzan_row("E9", "交易完成", "2026-06-19 10:01:00", "300.00", "Alice", "13800138000",
                       product=p) for p in ("蛋糕", "面包", "饼干")]
    path = youzan_csv(tmp_path / "商品导出.csv", rows)
    _, found = read(path)
    assert found.amount_mode == "total"
    assert [(o.number, o.amount, o.products) for o in found.orders] == [
        ("E9", 30000, "蛋糕、面包、饼干")]


def test_an_order_over_several_rows_with_amounts_per_row_is_summed(tmp_path):
    path = write_csv(tmp_path / "plain.csv", PLAIN_HEADER, [
        ["P1", "2026-01-05 12:00", "李雷", "13800138000", "书", "¥1,234.50", "已付款"],
        ["P1", "2026-01-05 12:00", "李雷", "13800138000", "笔", "1234.5", "已付款"],
        ["P1", "2026-01-05 12:00", "李雷", "13800138000", "本", "1,234.50元", "已退款"],
        ["P2", "2026-01-06 12:00", "韩梅梅", "13900139000", "书", "20", "已付款"],
        ["P2", "2026-01-06 12:00", "韩梅梅", "13900139000", "笔", "30", "已付款"],
    ])
    _, found = read(path)
    assert found.amount_mode == "row"  # P2's rows differ: amounts are per product
    amounts = {o.number: o.amount for o in found.orders}
    assert amounts == {"P1": 246900, "P2": 5000}  # the refunded product row adds nothing


def test_problems_name_the_row_and_the_column(tmp_path):
    path = write_csv(tmp_path / "bad.csv", PLAIN_HEADER, [
        ["P1", "2026-01-05 12:00", "李雷", "13800138000", "书", "12元", "已付款"],
        ["P2", "2026-01-05 12:00", "李雷", "13800138000", "书", "-3", "已付款"],
        ["P3", "yesterday", "李雷", "13800138000", "书", "一百", "已付款"],
        ["", "2026-01-05 12:00", "李雷", "13800138000", "书", "5", "已付款"],
        ["合计", "", "", "", "", "1000", ""],
    ])
    _, found = read(path)
    lines = [(p.row, p.column, p.code) for p in found.problems]
    assert (3, "金额", Code.CELL_NEGATIVE) in lines
    assert (4, "成交时间", Code.NOT_A_DATE) in lines
    assert (4, "金额", Code.CELL_NOT_YUAN) in lines
    assert (5, "订单号", Code.ORDER_NUMBER_NEEDED) in lines
    assert all(row != 6 for row, _, _ in lines)  # the totals row is passed over


def test_an_order_number_that_lost_its_digits_is_refused(tmp_path):
    path = write_xlsx(tmp_path / "nums.xlsx", PLAIN_HEADER, [
        [1.23456789012346e18, "2026-01-05 12:00", "李雷", "", "书", 5, "已付款"]])
    _, found = read(path)
    assert [(p.row, p.column, p.code) for p in found.problems] == [
        (2, "订单号", Code.ORDER_NUMBER_DIGITS)]


def test_a_file_without_an_amount_column_says_so(tmp_path):
    path = write_csv(tmp_path / "no_amount.csv", ["订单号", "下单时间"], [["1", "2026-01-01"]])
    _, found = read(path)
    assert [p.code for p in found.problems] == [Code.ORDER_COLUMN_NEEDED]


def test_a_refund_row_with_a_negative_amount_takes_the_money_back(tmp_path):
    """A sheet of sales (流水) writes a refund as its own row, the money negative and the
    status 退款: that row was a problem ("cannot be negative") and refused the whole file.
    It is the order's refund now: in full, the order is refunded; in part, taken off."""
    path = write_csv(tmp_path / "flow.csv", PLAIN_HEADER, [
        ["P1", "2026-01-05 12:00", "李雷", "13800138000", "书", "50", "已完成"],
        ["P1", "2026-01-07 09:00", "李雷", "13800138000", "书", "-50", "退款"],
        ["P2", "2026-01-06 12:00", "韩梅梅", "13900139000", "书", "30", "已完成"],
        ["P2", "2026-01-06 12:00", "韩梅梅", "13900139000", "笔", "20", "已完成"],
        ["P2", "2026-01-08 12:00", "韩梅梅", "13900139000", "笔", "-¥20.00", "已退款"],
        ["R3", "2026-01-09 12:00", "韩梅梅", "13900139000", "书", "(10.00)", "退款成功"],
    ])
    _, found = read(path)
    assert found.problems == []
    got = {o.number: (o.amount, o.standing) for o in found.orders}
    assert got["P1"][1] is Standing.REFUNDED
    assert got["P2"] == (3000, Standing.PURCHASE)
    assert got["R3"][1] is Standing.REFUNDED  # a refund on its own: no purchase


def test_a_negative_amount_on_a_paid_row_is_still_refused(tmp_path):
    path = write_csv(tmp_path / "bad.csv", PLAIN_HEADER, [
        ["P1", "2026-01-05 12:00", "李雷", "13800138000", "书", "-50", "已完成"]])
    _, found = read(path)
    assert [(p.row, p.code) for p in found.problems] == [(2, Code.CELL_NEGATIVE)]


def test_a_generic_sheet_is_no_shop_and_weidian_still_is(tmp_path):
    """A sheet with the headers any shop or hand-made sheet writes (付款时间, 下单时间) was
    called 微店's export; only a header 微店 writes and generic sheets do not (收货人手机号)
    names it."""
    generic = write_csv(tmp_path / "orders.csv", ["订单号", "下单时间", "付款时间", "买家手机号",
                                                  "实付金额"],
                        [["G1", "2026-03-01 08:00", "2026-03-01 08:01", "13800138000", "12"]])
    source, found = read(generic)
    assert source.shop is None
    assert [(o.number, o.amount, o.buyer.phone) for o in found.orders] == [
        ("G1", 1200, "13800138000")]
    weidian = write_csv(tmp_path / "微店.csv", WEIDIAN_HEADER, [])
    assert read(weidian)[0].shop == "微店"


def test_one_order_number_with_two_buyers_is_a_problem_naming_both_rows(tmp_path):
    """A1 under two buyers (a pasted sheet, two shops' numbers colliding) became one order
    for the first buyer, the second's money added to it, without a word."""
    path = write_csv(tmp_path / "two.csv", PLAIN_HEADER, [
        ["A1", "2026-01-05 12:00", "Alice", "13800138000", "书", "20", "已付款"],
        ["A1", "2026-01-05 12:00", "Alice", "13800138000", "笔", "5", "已付款"],
        ["A2", "2026-01-06 12:00", "Bob", "13900139000", "书", "20", "已付款"],
        ["A2", "2026-01-06 12:00", "Carol", "13900139000", "书", "20", "已付款"],
        ["A3", "2026-01-07 12:00", "Dan", "13700137000", "书", "20", "已付款"],
        ["A3", "2026-01-07 12:00", "Dan", "13600136000", "书", "20", "已付款"],
        ["A4", "2026-01-07 12:00", "Eve", "13500135000", "书", "20", "已付款"],
        ["A4", "2026-01-07 12:00", "", "", "笔", "20", "已付款"],  # nothing said: the same
    ])
    _, found = read(path)
    assert [(p.row, p.column, p.code, p.params["row"]) for p in found.problems] == [
        (5, "客户姓名", Code.ORDER_TWO_BUYERS, 4), (7, "联系电话", Code.ORDER_TWO_BUYERS, 6)]
    assert "A2" in found.problems[0].reason and "Bob" in found.problems[0].reason
    assert "13700137000" in found.problems[1].reason
