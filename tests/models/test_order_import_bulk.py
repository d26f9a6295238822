"""A big order import writes its purchases as a bulk load (the activities' triggers off):
what the triggers keep comes out as a full rebuild counts it, in the shop's community and
in "all communities" (an order without a community counts there only), points rules and
honours still follow, a later export's partial refund changes the imported amount."""

from __future__ import annotations

import pytest

from models.activity.honours import add_honour
from models.activity.points_rules import add_rule
from models.imports import order_import
from models.imports.order_import import order_import_operation
from models.imports.order_records import OrderImportOptions, Unmatched
from models.members import records
from models.store.operations import run
from tests.checksums import checksum, differing
from tests.exports.order_samples import youzan_csv, youzan_row
from tests.models.test_import_undo import summaries_agree
from tests.models.test_order_import import do_import, first_export, orders_of
from tests.models.test_order_import import ws as ws  # noqa: F401  (the fixture)


def many(tmp_path, name="many.csv", first=100):
    """Orders over several days and months, some closed, some of buyers nobody knows."""
    rows = []
    for n in range(first, first + 40):
        buyer = ("Alice", "13800138000") if n % 3 else (f"新客{n % 4}", f"1370013700{n % 4}")
        status = "交易关闭" if n % 7 == 0 else "交易完成"
        paid = f"2026-{5 + n % 3:02d}-{1 + n % 5:02d} {n % 24:02d}:30:00"
        rows.append(youzan_row(f"B{n}", status, paid, f"{n}.50", *buyer))
    return youzan_csv(tmp_path / name, rows)


def bulk_import(ws, path, monkeypatch, **options):
    monkeypatch.setattr(order_import, "BULK_ORDERS", 2)
    found = orders_of(path)
    return run(ws.conn, order_import_operation(found.orders, OrderImportOptions(**options),
                                               problems=found.problems))


@pytest.mark.parametrize("community", [True, False], ids=["community", "none"])
def test_a_bulk_import_keeps_the_summaries_a_rebuild_would_count(ws, tmp_path, monkeypatch,
                                                                 community):
    shop = ws.shop if community else None
    do_import(ws, first_export(tmp_path), community_id=ws.shop)  # small: triggers on
    ws.conn.execute("INSERT INTO activities (member_id, community_id, occurred_at, kind)"
                    " VALUES (?, ?, '2026-05-02T09:00:00+08:00', '发言')", (ws.alice, ws.shop))
    done = bulk_import(ws, many(tmp_path), monkeypatch, community_id=shop,
                       unmatched=Unmatched.NEW)
    result = done.value
    assert result.bulk
    assert result.purchases_added == 35 and result.members_created == 4
    conn = ws.conn
    assert summaries_agree(conn)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"
                        " AND tbl_name = 'activities'").fetchone()[0] >= 10
    # what a user reads off the summaries: Alice's revenue, the buyers, the funnel
    revenue = sum(n * 100 + 50 for n in range(100, 140) if n % 3 and n % 7) + 123450
    assert conn.execute("SELECT revenue FROM member_activity WHERE member_id = ?"
                        " AND community_id = 0", (ws.alice,)).fetchone()[0] == revenue
    assert conn.execute("SELECT purchased FROM member_funnel WHERE member_id = ?"
                        " AND scope = 0", (ws.alice,)).fetchone()[0] == 1
    assert conn.execute("SELECT last_active_at FROM members WHERE id = ?",
                        (ws.alice,)).fetchone()[0] == "2026-07-05T14:30:00+08:00"
    in_shop = conn.execute("SELECT count(*) FROM purchase_members WHERE scope = ?",
                           (ws.shop,)).fetchone()[0]
    assert in_shop == (2 + 35 if community else 2)  # Alice's and Carol's from the first
    again = bulk_import(ws, many(tmp_path), monkeypatch, community_id=shop).value
    assert (again.purchases_added, again.already_imported) == (0, 35)
    assert summaries_agree(conn)


def test_points_rules_and_honours_follow_a_bulk_import(ws, tmp_path, monkeypatch):
    add_rule(ws.conn, ws.shop, "购买", 1, per_fen=100)  # a point per yuan
    honour, _ = add_honour(ws.conn, "常客", "points", 1000)
    done = bulk_import(ws, many(tmp_path), monkeypatch, community_id=ws.shop)
    assert done.value.bulk
    paid = [n for n in range(100, 140) if n % 3 and n % 7]
    assert ws.conn.execute("SELECT sum(delta) FROM points_ledger WHERE member_id = ?",
                           (ws.alice,)).fetchone()[0] == sum(paid)
    assert ws.conn.execute("SELECT member_id FROM member_honours WHERE honour_id = ?",
                           (honour.id,)).fetchall() == [(ws.alice,)]
    assert summaries_agree(ws.conn)


@pytest.mark.parametrize("big", [False, True], ids=["recorded", "bulk"])
def test_a_partial_refund_in_a_later_export_changes_the_amount(ws, tmp_path, monkeypatch,
                                                               big):
    add_rule(ws.conn, ws.shop, "购买", 1, per_fen=100)
    do_import(ws, first_export(tmp_path), community_id=ws.shop)
    assert ws.conn.execute("SELECT sum(delta) FROM points_ledger").fetchone()[0] == 1234 + 66
    before = checksum(ws.conn)
    later = youzan_csv(tmp_path / "later.csv", [
        youzan_row("E1", "交易完成", "2026-06-19 10:01:00", "1,234.50", "Alice", "13800138000",
                   refund_status="部分退款", refunded="200.00"),
        youzan_row("E3", "交易完成", "2026-06-21 12:00:00", "66.6", "Carol", ""),
        youzan_row("E8", "交易完成", "2026-06-24 12:00:00", "5", "Alice", "13800138000")])
    done = bulk_import(ws, later, monkeypatch, community_id=ws.shop) if big else \
        do_import(ws, later, community_id=ws.shop)
    result = done.value
    assert (result.purchases_added, result.already_imported) == (1, 2)
    assert (result.amounts_changed, result.amount_changed) == (1, -20000)
    assert ws.conn.execute("SELECT amount FROM activities WHERE member_id = ?"
                           " ORDER BY occurred_at", (ws.alice,)).fetchall() == [(103450,), (500,)]
    assert ws.conn.execute("SELECT revenue FROM member_activity WHERE member_id = ?"
                           " AND community_id = ?", (ws.alice, ws.shop)).fetchone() == (103950,)
    assert ws.conn.execute("SELECT sum(delta) FROM points_ledger WHERE member_id = ?",
                           (ws.alice,)).fetchone()[0] == 1034 + 5
    assert summaries_agree(ws.conn)
    run(ws.conn, done.undo)
    assert differing(checksum(ws.conn), before) == []


def test_the_same_amount_again_changes_nothing(ws, tmp_path):
    do_import(ws, first_export(tmp_path), community_id=ws.shop)
    before = checksum(ws.conn)
    again = do_import(ws, first_export(tmp_path), community_id=ws.shop).value
    assert again.amounts_changed == 0 and checksum(ws.conn) == before


def test_members_created_meanwhile_count_in_the_funnel(ws, tmp_path, monkeypatch):
    records.create_member(ws.conn, {"display_name": "Zoe", "phone": "13900139000"}, ws.shop)
    bulk_import(ws, many(tmp_path), monkeypatch, community_id=ws.shop, unmatched=Unmatched.NEW)
    assert summaries_agree(ws.conn)
