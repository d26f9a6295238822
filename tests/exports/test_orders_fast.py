"""The order reader's shortcuts read what its general path reads: plain order numbers and
phones taken as they are (but "null" is nothing and 1e17 lost its digits), repeated cells
read once without hiding a second refused one, nothing refunded counting for nothing, and
a row whose first cell is blank still read."""

from __future__ import annotations

from datetime import datetime

import pytest

from exports import order_cells
from exports.orders import open_orders, read_orders
from models.core.errors import Code
from models.core.validation import Invalid
from models.imports.order_records import Standing
from tests.exports.order_samples import PLAIN_HEADER, write_csv, youzan_csv, youzan_row


def read(path):
    source = open_orders(path)
    try:
        return read_orders(source)
    finally:
        source.close()


@pytest.mark.parametrize(("cell", "number"), [
    ("E20260619000123", "E20260619000123"), ("4451234567890", "4451234567890"),
    ("ab-12_3", "ab-12_3"), ("none", None), ("NULL", None), ("None1", "None1"),
    ("e2026", "e2026"), ("NONE", None), (" E1 ", "E1"), ('="123"', "123"), ("'123", "123"),
    ("１２３", "123"), (123, "123"), ("", None), ("——", None),
])
def test_order_numbers(cell, number):
    assert order_cells.order_number(cell) == number


@pytest.mark.parametrize("cell", ["1e17", "1E17", "12e-3", "1.23457E+17"])
def test_order_numbers_that_lost_their_digits(cell):
    with pytest.raises(Invalid) as caught:
        order_cells.order_number(cell)
    assert caught.value.code == Code.ORDER_NUMBER_DIGITS


@pytest.mark.parametrize(("cell", "phone"), [
    ("13800138000", ("13800138000", False)), (" 13800138000", ("13800138000", False)),
    ("+86 138-0013-8000", ("13800138000", False)), ("138****8000", (None, True)),
    ("12800138000", (None, False)), ("010-12345678", (None, False)), ("", (None, False)),
])
def test_phones(cell, phone):
    assert order_cells.phone(cell) == phone


def test_repeated_cells_are_read_alike_and_each_refusal_named(tmp_path):
    path = write_csv(tmp_path / "repeat.csv", PLAIN_HEADER, [
        ["P1", "2026-01-05 12:00", "李雷", "13800138000", "书", "1,234.50", "已付款"],
        ["P2", "2026-01-05 12:00", "韩梅梅", "13900139000", "书", "1,234.50", "已付款"],
        ["P3", "2026-01-05 12:00", "李雷", "13800138000", "书", "一百", "已付款"],
        ["P4", "yesterday", "李雷", "13800138000", "书", "一百", "已付款"],
        ["P5", "yesterday", "李雷", "13800138000", "书", "5", "交易关闭"],
    ])
    found = read(path)
    assert [(o.number, o.amount, o.at, o.standing) for o in found.orders] == [
        ("P1", 123450, datetime(2026, 1, 5, 12), Standing.PURCHASE),
        ("P2", 123450, datetime(2026, 1, 5, 12), Standing.PURCHASE),
        ("P3", 0, datetime(2026, 1, 5, 12), Standing.PURCHASE),
        ("P4", 0, None, Standing.PURCHASE),
        ("P5", 500, None, Standing.CLOSED)]
    assert [(p.row, p.column, p.code) for p in found.problems] == [
        (4, "金额", Code.CELL_NOT_YUAN), (5, "金额", Code.CELL_NOT_YUAN),
        (5, "成交时间", Code.NOT_A_DATE), (6, "成交时间", Code.NOT_A_DATE)]


def test_nothing_refunded_is_no_refund_and_a_refund_still_counts(tmp_path):
    path = youzan_csv(tmp_path / "refunds.csv", [
        youzan_row("E1", "交易完成", "2026-06-19 10:01:00", "100.00", "A", "13800138000"),
        youzan_row("E2", "交易完成", "2026-06-19 10:02:00", "100.00", "B", "13800138001",
                   refunded="0"),
        youzan_row("E3", "交易完成", "2026-06-19 10:03:00", "100.00", "C", "13800138002",
                   refunded="30.00"),
        youzan_row("E4", "交易完成", "2026-06-19 10:04:00", "100.00", "D", "13800138003",
                   refunded="100.00"),
        youzan_row("E5", "交易完成", "2026-06-19 10:05:00", "100.00", "E", "13800138004",
                   product="蛋糕"),
        youzan_row("E5", "交易完成", "2026-06-19 10:05:00", "100.00", "E", "13800138004",
                   product="面包", refunded="0.00"),
    ])
    found = read(path)
    assert found.problems == []
    assert [(o.number, o.amount, o.standing, o.status, o.products) for o in found.orders] == [
        ("E1", 10000, Standing.PURCHASE, "交易完成", "草莓蛋糕"),
        ("E2", 10000, Standing.PURCHASE, "交易完成", "草莓蛋糕"),
        ("E3", 7000, Standing.PURCHASE, "交易完成", "草莓蛋糕"),
        ("E4", 0, Standing.REFUNDED, "全额退款", "草莓蛋糕"),
        ("E5", 10000, Standing.PURCHASE, "交易完成", "蛋糕、面包")]


def test_a_row_whose_first_cell_is_blank_is_still_read(tmp_path):
    path = write_csv(tmp_path / "blank_first.csv", ["备注", *PLAIN_HEADER], [
        ["  ", "P1", "2026-01-05 12:00", "李雷", "13800138000", "书", "5", "已付款"],
        ["  ", "", "", "", "", "", " ", ""],
        ["", "P2", "2026-01-05 12:00", "李雷", "13800138000", "书", "6", "已付款"],
    ])
    found = read(path)
    assert [(o.number, o.row, o.amount) for o in found.orders] == [("P1", 2, 500),
                                                                    ("P2", 4, 600)]
    assert found.rows == 2 and found.problems == []
