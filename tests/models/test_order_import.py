"""The order import: paid orders become purchases matched to members, refunds take them
back, a re-import adds nothing, unmatched and ambiguous buyers are listed (and created on
request), problems refuse the file, undo and redo are exact."""

from __future__ import annotations

import pytest

from exports.orders import open_orders, read_orders
from models.core.zones import set_default_tzid
from models.imports.order_import import import_orders, order_import_operation
from models.imports.order_records import OrderImportOptions, OrdersRejected, Unmatched
from models.members import records
from models.members.communities import create_community
from models.store.operations import run
from models.store.workspace import open_workspace
from tests.checksums import checksum, differing
from tests.exports.order_samples import (
    PLAIN_HEADER,
    write_csv,
    youzan_csv,
    youzan_row,
)


@pytest.fixture
def ws(workspace_path):
    with open_workspace(workspace_path) as ws:
        set_default_tzid(ws.conn, "Asia/Shanghai")
        ws.shop = create_community(ws.conn, "烘焙群").id
        ws.alice, _ = records.create_member(ws.conn, {"display_name": "Alice",
                                                      "phone": "13800138000"})
        ws.bob, _ = records.create_member(ws.conn, {"display_name": "鲍勃",
                                                    "wechat_id": "wxid_bob"})
        ws.carol, _ = records.create_member(ws.conn, {"display_name": "Carol"})
        yield ws


def orders_of(path):
    source = open_orders(path)
    try:
        found = read_orders(source)
    finally:
        source.close()
    return found


def do_import(ws, path, **options):
    found = orders_of(path)
    opts = OrderImportOptions(**options)
    return run(ws.conn, order_import_operation(found.orders, opts, problems=found.problems))


def purchases(conn):
    return conn.execute("SELECT member_id, community_id, occurred_at, kind, amount, note"
                        " FROM activities ORDER BY occurred_at").fetchall()


def first_export(tmp_path):
    return youzan_csv(tmp_path / "orders1.csv", [
        youzan_row("E1", "交易完成", "2026-06-19 10:01:00", "1,234.50", "Alice", "13800138000"),
        youzan_row("E2", "已发货", "2026-06-20 11:00:00", "88", "小鲍", ""),
        youzan_row("E3", "待发货", "2026-06-21 12:00:00", "66.6", "Carol", ""),
        youzan_row("E4", "交易关闭", "", "10.00", "Dan", "13600136000"),
        youzan_row("E5", "交易完成", "2026-06-22 08:00:00", "12.00", "Eve", "13500135000"),
    ])


def test_paid_orders_become_purchases_in_the_workspace_zone(ws, tmp_path):
    result = do_import(ws, first_export(tmp_path), community_id=ws.shop).value
    assert (result.orders, result.purchases_added) == (5, 2)
    assert result.amount_added == 123450 + 6660
    assert result.not_purchases == {"交易关闭": 1}
    assert result.matched_by == {"phone": 1, "name": 1}
    # 小鲍 has neither phone nor WeChat id, and no member has the name: listed, not added
    assert [(b.buyer.name, b.orders, b.amount) for b in result.unmatched] == [
        ("Eve", 1, 1200), ("小鲍", 1, 8800)]
    assert result.members_created == 0 and result.skipped_unmatched == 2
    assert purchases(ws.conn) == [
        (ws.alice, ws.shop, "2026-06-19T10:01:00+08:00", "购买", 123450, "草莓蛋糕"),
        (ws.carol, ws.shop, "2026-06-21T12:00:00+08:00", "购买", 6660, "草莓蛋糕"),
    ]


def test_wechat_id_and_unique_name_match(ws, tmp_path):
    path = write_csv(tmp_path / "plain.csv", [*PLAIN_HEADER, "微信号"], [
        ["P1", "2026-01-05 12:00", "无名", "", "书", "20", "已付款", "wxid_bob"],
        ["P2", "2026-01-05 13:00", "Carol", "", "书", "30", "已付款", ""],
    ])
    result = do_import(ws, path).value
    assert result.matched_by == {"wechat_id": 1, "name": 1}
    assert [(m, c, a) for m, c, _, _, a, _ in purchases(ws.conn)] == [
        (ws.bob, None, 2000), (ws.carol, None, 3000)]


def test_a_name_two_members_share_is_ambiguous_and_left_out(ws, tmp_path):
    twin, _ = records.create_member(ws.conn, {"display_name": "Carol2", "nickname": "Carol"})
    path = write_csv(tmp_path / "plain.csv", PLAIN_HEADER, [
        ["P1", "2026-01-05 12:00", "Carol", "", "书", "20", "已付款"]])
    result = do_import(ws, path, unmatched=Unmatched.NEW).value
    assert [(b.buyer.name, b.candidates) for b in result.ambiguous] == [
        ("Carol", tuple(sorted((ws.carol, twin))))]
    assert result.purchases_added == 0 and result.members_created == 0
    assert purchases(ws.conn) == []


def test_members_in_the_trash_are_not_matched(ws, tmp_path):
    records.set_deleted(ws.conn, [ws.alice], True)
    path = write_csv(tmp_path / "plain.csv", PLAIN_HEADER, [
        ["P1", "2026-01-05 12:00", "Alice", "13800138000", "书", "20", "已付款"]])
    result = do_import(ws, path).value
    assert result.purchases_added == 0 and len(result.unmatched) == 1


def test_reimport_adds_nothing_and_a_later_refund_takes_the_purchase_back(ws, tmp_path):
    do_import(ws, first_export(tmp_path), community_id=ws.shop)
    before = checksum(ws.conn)
    again = do_import(ws, first_export(tmp_path), community_id=ws.shop).value
    assert (again.purchases_added, again.already_imported, again.taken_back) == (0, 2, 0)
    assert checksum(ws.conn) == before
    later = youzan_csv(tmp_path / "orders2.csv", [
        youzan_row("E1", "交易关闭", "2026-06-19 10:01:00", "1,234.50", "Alice", "13800138000",
                   refund_status="退款成功", refunded="1234.50"),
        youzan_row("E3", "交易完成", "2026-06-21 12:00:00", "66.6", "Carol", ""),
        youzan_row("E6", "交易完成", "2026-06-23 12:00:00", "5", "Alice", "13800138000"),
    ])
    result = do_import(ws, later, community_id=ws.shop).value
    assert (result.purchases_added, result.already_imported, result.taken_back) == (1, 1, 1)
    assert result.amount_taken_back == 123450
    assert [(m, a) for m, _, _, _, a, _ in purchases(ws.conn)] == [
        (ws.carol, 6660), (ws.alice, 500)]


def test_an_older_export_imported_again_brings_no_refund_back(ws, tmp_path):
    """Last month's export (E1 paid), this month's (E1 refunded, E7 closed unpaid), then
    last month's again: E1 stays refunded, and E7, paid in an even older file, is never
    added. Undoing the refund import forgets the refunds with the rest."""
    do_import(ws, first_export(tmp_path), community_id=ws.shop)
    later = youzan_csv(tmp_path / "orders2.csv", [
        youzan_row("E1", "交易关闭", "2026-06-19 10:01:00", "1,234.50", "Alice", "13800138000",
                   refund_status="退款成功", refunded="1234.50"),
        youzan_row("E7", "交易关闭", "2026-06-24 09:00:00", "30", "Alice", "13800138000")])
    before_refund = checksum(ws.conn)
    refund = do_import(ws, later, community_id=ws.shop)
    assert refund.value.taken_back == 1
    after_refund = checksum(ws.conn)
    again = do_import(ws, first_export(tmp_path), community_id=ws.shop).value
    assert (again.purchases_added, again.ended_before) == (0, 1)
    assert checksum(ws.conn) == after_refund
    older = youzan_csv(tmp_path / "orders0.csv", [
        youzan_row("E7", "交易完成", "2026-06-24 09:00:00", "30", "Alice", "13800138000")])
    assert do_import(ws, older, community_id=ws.shop).value.ended_before == 1
    assert checksum(ws.conn) == after_refund

    run(ws.conn, refund.undo)  # the refunds are forgotten with the import that saw them
    assert differing(checksum(ws.conn), before_refund) == []


def test_unmatched_buyers_are_created_on_request(ws, tmp_path):
    path = first_export(tmp_path)
    result = do_import(ws, path, community_id=ws.shop, unmatched=Unmatched.NEW).value
    assert result.members_created == 2  # Eve, and 小鲍 (no phone, no WeChat id, new name)
    eve = ws.conn.execute("SELECT id, source, phone FROM members WHERE display_name = 'Eve'"
                          ).fetchone()
    assert eve[1:] == ("订单", "13500135000")
    assert ws.conn.execute("SELECT community_id FROM memberships WHERE member_id = ?",
                           (eve[0],)).fetchone() == (ws.shop,)
    assert ws.conn.execute("SELECT amount FROM activities WHERE member_id = ?",
                           (eve[0],)).fetchall() == [(1200,)]


def test_a_file_with_a_problem_changes_nothing(ws, tmp_path):
    path = write_csv(tmp_path / "bad.csv", PLAIN_HEADER, [
        ["P1", "2026-01-05 12:00", "Alice", "13800138000", "书", "20", "已付款"],
        ["P2", "2026-01-05 12:00", "Alice", "13800138000", "书", "二十", "已付款"]])
    before = checksum(ws.conn)
    with pytest.raises(OrdersRejected) as caught:
        do_import(ws, path)
    assert [(p.row, p.column) for p in caught.value.problems] == [(3, "金额")]
    assert checksum(ws.conn) == before


def test_dry_run_writes_nothing_and_says_what_would_happen(ws, tmp_path):
    found = orders_of(first_export(tmp_path))
    before = checksum(ws.conn)
    preview = import_orders(ws.conn, found.orders,
                            OrderImportOptions(unmatched=Unmatched.NEW), dry_run=True)
    assert checksum(ws.conn) == before
    assert (preview.purchases_added, preview.members_created) == (4, 2)


def test_undo_and_redo_are_exact(ws, tmp_path):
    do_import(ws, first_export(tmp_path), community_id=ws.shop)
    states = [checksum(ws.conn)]
    later = youzan_csv(tmp_path / "orders2.csv", [
        youzan_row("E1", "已退款", "2026-06-19 10:01:00", "1,234.50", "Alice", "13800138000"),
        youzan_row("E7", "交易完成", "2026-06-23 12:00:00", "5", "Zed", "13300133000"),
    ])
    done = do_import(ws, later, community_id=ws.shop, unmatched=Unmatched.NEW)
    assert (done.value.taken_back, done.value.members_created) == (1, 1)
    states.append(checksum(ws.conn))
    redo = run(ws.conn, done.undo).undo
    assert checksum(ws.conn) == states[0], differing(checksum(ws.conn), states[0])
    run(ws.conn, redo)
    assert checksum(ws.conn) == states[1], differing(checksum(ws.conn), states[1])
