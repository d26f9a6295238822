"""Refund rows written under another number than their order (``A1-R``, ``A1-退款``, or a
refund sheet naming the original in 原订单号/关联订单号) give their money back to that
order: in the same file, or to a purchase imported before; once only. A refund row whose
order is nowhere is a problem naming its row, and the file changes nothing."""

from __future__ import annotations

import pytest

from exports.orders import open_orders, read_orders
from models.core.errors import Code
from models.core.zones import set_default_tzid
from models.imports.order_import import order_import_operation
from models.imports.order_records import OrderImportOptions, OrdersRejected
from models.members import records
from models.store.operations import run
from models.store.workspace import open_workspace
from tests.checksums import checksum
from tests.exports.order_samples import PLAIN_HEADER, write_csv

REFUND_HEADER = ["订单号", "原订单号", "成交时间", "客户姓名", "联系电话", "金额", "状态"]


@pytest.fixture
def ws(workspace_path):
    with open_workspace(workspace_path) as ws:
        set_default_tzid(ws.conn, "Asia/Shanghai")
        records.create_member(ws.conn, {"display_name": "Alice", "phone": "13800138000"})
        yield ws


def read(path):
    source = open_orders(path)
    try:
        return read_orders(source)
    finally:
        source.close()


def do_import(ws, path):
    found = read(path)
    return run(ws.conn, order_import_operation(found.orders, OrderImportOptions(),
                                               problems=found.problems)).value


def amounts(conn):
    return dict(conn.execute("SELECT note, amount FROM activities WHERE kind = '购买'"))


def paid(number, product, amount, when="2026-01-05 12:00"):
    return [number, when, "Alice", "13800138000", product, amount, "已付款"]


def test_refund_rows_under_a_suffixed_number_give_back_to_their_order(ws, tmp_path):
    path = write_csv(tmp_path / "orders.csv", PLAIN_HEADER, [
        ["A1-R", "2026-01-06 12:00", "Alice", "13800138000", "书", "30", "退款成功"],
        paid("A1", "书", "100"),
        paid("A2", "笔", "50"),
        ["A2-退款", "2026-01-06 12:00", "Alice", "13800138000", "笔", "-50", "已退款"],
        paid("A3", "纸", "20"),
        ["A3_refund", "2026-01-06 12:00", "Alice", "13800138000", "纸", "5", "退款成功"],
    ])
    found = read(path)
    assert found.problems == []
    assert {o.number: (o.amount, o.standing.value) for o in found.orders} == {
        "A1": (7000, "purchase"), "A2": (0, "refunded"), "A3": (1500, "purchase")}
    result = do_import(ws, path)
    assert result.purchases_added == 2 and result.amount_added == 8500
    assert amounts(ws.conn) == {"书": 7000, "纸": 1500}


def test_a_refund_sheet_naming_the_original_links_to_purchases_imported_before(ws, tmp_path):
    orders = write_csv(tmp_path / "orders.csv", PLAIN_HEADER, [
        paid("A1", "书", "100"), paid("A2", "笔", "50"), paid("A3", "纸", "20")])
    assert do_import(ws, orders).purchases_added == 3
    refunds = write_csv(tmp_path / "refunds.csv", REFUND_HEADER, [
        ["R1", "A1", "2026-01-07 12:00", "Alice", "13800138000", "40", "退款成功"],
        ["R2", "A2", "2026-01-07 12:00", "Alice", "13800138000", "50", "退款成功"],
        ["R3", "A1", "2026-01-08 12:00", "Alice", "13800138000", "10", "退款成功"],
    ])
    result = do_import(ws, refunds)
    assert (result.purchases_added, result.amounts_changed, result.amount_changed,
            result.taken_back, result.amount_taken_back) == (0, 1, -5000, 1, 5000)
    assert amounts(ws.conn) == {"书": 5000, "纸": 2000}
    before = checksum(ws.conn)
    again = do_import(ws, refunds)  # the same refunds, once only
    assert (again.amounts_changed, again.taken_back, again.already_imported) == (0, 0, 3)
    assert checksum(ws.conn) == before
    assert do_import(ws, orders).purchases_added == 0  # A2, refunded in full, stays out


def test_a_refund_whose_order_is_nowhere_is_a_problem_naming_its_row(ws, tmp_path):
    path = write_csv(tmp_path / "refunds.csv", REFUND_HEADER, [
        ["P1", "", "2026-01-05 12:00", "Alice", "13800138000", "100", "已付款"],
        ["R9", "Z9", "2026-01-07 12:00", "Alice", "13800138000", "40", "退款成功"],
        ["Z8-R", "", "2026-01-07 12:00", "Alice", "13800138000", "-40", "退款成功"],
    ])
    before = checksum(ws.conn)
    with pytest.raises(OrdersRejected) as refused:
        do_import(ws, path)
    assert [(p.row, p.code, p.params["number"]) for p in refused.value.problems] == [
        (3, Code.ORDER_REFUND_UNLINKED, "Z9"), (4, Code.ORDER_REFUND_UNLINKED, "Z8")]
    assert checksum(ws.conn) == before


def test_a_paid_order_whose_number_merely_ends_in_r_is_its_own_purchase(ws, tmp_path):
    path = write_csv(tmp_path / "orders.csv", PLAIN_HEADER, [paid("VIP-R", "卡", "99")])
    assert do_import(ws, path).purchases_added == 1
    assert amounts(ws.conn) == {"卡": 9900}


def test_a_row_naming_an_order_but_saying_paid_or_refund_closed_gives_nothing_back(ws,
                                                                                   tmp_path):
    """An exchange or top-up order naming its original (原订单号, 已付款) is a purchase of
    its own, and A1-R 退款关闭 (a refund that did not happen) gives nothing back: both
    took money off A1 as if refunded."""
    path = write_csv(tmp_path / "orders.csv", REFUND_HEADER, [
        ["A1", "", "2026-01-05 12:00", "Alice", "13800138000", "100", "已付款"],
        ["A1-R", "", "2026-01-06 12:00", "Alice", "13800138000", "30", "退款关闭"],
        ["B1", "A1", "2026-01-07 12:00", "Alice", "13800138000", "20", "已付款"],
    ])
    result = do_import(ws, path)
    assert (result.purchases_added, result.amount_added) == (2, 12000)
    assert result.not_purchases == {"退款关闭": 1}


@pytest.mark.parametrize("bulk", [False, True])
def test_refunds_of_purchases_imported_before_the_same_in_a_bulk_load(ws, tmp_path, bulk):
    """A big import is a bulk load (no row snapshots): the refunds it gives back, and the
    one it refuses, behave as in a small one, undone exactly."""
    orders = write_csv(tmp_path / "orders.csv", PLAIN_HEADER, [
        paid("A1", "书", "100"), paid("A2", "笔", "50")])
    do_import(ws, orders)
    refunds = write_csv(tmp_path / "refunds.csv", REFUND_HEADER, [
        ["R1", "A1", "2026-01-07 12:00", "Alice", "13800138000", "40", "退款成功"],
        ["R2", "A2", "2026-01-07 12:00", "Alice", "13800138000", "", "退款成功"],
        ["N1", "", "2026-01-07 12:00", "Alice", "13800138000", "9", "已付款"]])
    found = read(refunds)
    before = checksum(ws.conn)
    done = run(ws.conn, order_import_operation(found.orders, OrderImportOptions(),
                                               bulk=bulk))
    assert (done.value.purchases_added, done.value.taken_back) == (1, 1)
    assert amounts(ws.conn) == {"书": 6000, None: 900}  # A2 refunded whole: taken back
    run(ws.conn, done.undo)
    assert checksum(ws.conn) == before
    lost = write_csv(tmp_path / "lost.csv", REFUND_HEADER, [
        ["N2", "", "2026-01-07 12:00", "Alice", "13800138000", "9", "已付款"],
        ["R9", "Z9", "2026-01-07 12:00", "Alice", "13800138000", "40", "退款成功"]])
    with pytest.raises(OrdersRejected):
        run(ws.conn, order_import_operation(read(lost).orders, OrderImportOptions(),
                                            bulk=bulk))
    assert checksum(ws.conn) == before


LIST_HEADER = ["退款编号", "订单编号", "申请时间", "退款金额", "退款状态"]


def test_a_refund_list_without_paid_amounts_gives_back_from_purchases_imported_before(
        ws, tmp_path):
    """A shop's refund export (退款编号, 订单编号, 退款金额, 退款状态: no paid amount) was
    refused for its missing amount column. Each row refunds the order it names; one
    refused or closed gives nothing back and is counted under its status; the same list
    again gives nothing twice."""
    orders = write_csv(tmp_path / "orders.csv", PLAIN_HEADER, [
        paid("A1", "书", "100"), paid("A2", "笔", "50"), paid("A3", "纸", "20")])
    do_import(ws, orders)
    refunds = write_csv(tmp_path / "refunds.csv", LIST_HEADER, [
        ["T1", "A1", "2026-01-07 12:00", "40", "退款成功"],
        ["T2", "A2", "2026-01-07 12:00", "50.00", "退款成功"],
        ["T3", "A1", "2026-01-08 12:00", "10", "部分退款"],
        ["T4", "A3", "2026-01-08 12:00", "20", "退款关闭"],
        ["T5", "A3", "2026-01-09 12:00", "5", "拒绝退款"],
    ])
    found = read(refunds)
    assert found.problems == []
    result = do_import(ws, refunds)
    assert (result.purchases_added, result.amount_changed, result.taken_back,
            result.amount_taken_back) == (0, -5000, 1, 5000)
    assert result.not_purchases == {"退款关闭": 1, "拒绝退款": 1}
    assert amounts(ws.conn) == {"书": 5000, "纸": 2000}
    before = checksum(ws.conn)
    again = do_import(ws, refunds)
    assert (again.amounts_changed, again.taken_back, again.already_imported) == (0, 0, 3)
    assert checksum(ws.conn) == before


def test_a_refund_list_without_refund_numbers_keys_each_refund_by_order_and_money(
        ws, tmp_path):
    do_import(ws, write_csv(tmp_path / "orders.csv", PLAIN_HEADER, [paid("A1", "书", "100")]))
    first = write_csv(tmp_path / "first.csv", ["订单号", "退款金额"], [["A1", "30"]])
    assert do_import(ws, first).amount_changed == -3000
    assert do_import(ws, first).amount_changed == 0  # the same list: once only
    later = write_csv(tmp_path / "later.csv", ["订单号", "退款金额"], [["A1", "20"]])
    assert do_import(ws, later).amount_changed == -2000
    assert amounts(ws.conn) == {"书": 5000}


def test_a_refund_list_naming_an_order_never_imported_changes_nothing(ws, tmp_path):
    path = write_csv(tmp_path / "refunds.csv", LIST_HEADER, [
        ["T1", "Z1", "2026-01-07 12:00", "40", "退款成功"]])
    before = checksum(ws.conn)
    with pytest.raises(OrdersRejected) as refused:
        do_import(ws, path)
    assert [(p.row, p.code) for p in refused.value.problems] == [
        (2, Code.ORDER_REFUND_UNLINKED)]
    assert checksum(ws.conn) == before


def test_a_sheet_with_neither_a_paid_nor_a_refunded_amount_is_still_refused(tmp_path):
    path = write_csv(tmp_path / "x.csv", ["订单号", "下单时间"], [["A1", "2026-01-05"]])
    assert [p.code for p in read(path).problems] == [Code.ORDER_COLUMN_NEEDED]


def test_the_orders_imported_again_after_a_refund_keep_the_refunded_amount(ws, tmp_path):
    """The same export imported again after its refund list (or an older one) showed A1 at
    its first price and put the refunded money back: a paid amount only goes down."""
    orders = write_csv(tmp_path / "orders.csv", PLAIN_HEADER, [
        paid("A1", "书", "100"), paid("A2", "笔", "50")])
    do_import(ws, orders)
    do_import(ws, write_csv(tmp_path / "refunds.csv", LIST_HEADER, [
        ["T1", "A1", "2026-01-07 12:00", "40", "退款成功"]]))
    before = checksum(ws.conn)
    again = do_import(ws, orders)
    assert (again.already_imported, again.amounts_changed, again.amounts_kept) == (2, 0, 1)
    assert checksum(ws.conn) == before and amounts(ws.conn) == {"书": 6000, "笔": 5000}


@pytest.mark.parametrize(("header", "status", "refunded"), [
    ("状态", "已关闭", False),  # on a sheet of refunds, a plain status is the refund's
    ("订单状态", "交易关闭", True),  # the order's: closed by its refund
    ("订单状态", "交易成功", True),  # the order's: paid, the refund taken off in part
    ("订单状态", "退款关闭", False),
])
def test_a_refund_lists_status_column_is_the_refunds_unless_it_names_the_orders(
        ws, tmp_path, header, status, refunded):
    do_import(ws, write_csv(tmp_path / "orders.csv", PLAIN_HEADER, [paid("A1", "书", "100")]))
    path = write_csv(tmp_path / "refunds.csv", ["退款编号", "订单编号", "退款金额", header],
                     [["T1", "A1", "30", status]])
    assert amounts(ws.conn) == {"书": 10000}
    do_import(ws, path)
    assert amounts(ws.conn) == {"书": 7000 if refunded else 10000}
