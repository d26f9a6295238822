"""File > Import Orders…: the mapping shown and editable, the preview, the import as one
undo step that restores the workspace exactly."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from models.members import records
from models.members.communities import create_community
from models.store.workspace import open_workspace
from tests.checksums import checksum, differing
from tests.exports.order_samples import PLAIN_HEADER, write_csv, youzan_csv, youzan_row
from views.order_import.dialog import OrderImportDialog


@pytest.fixture
def ws(workspace_path):
    with open_workspace(workspace_path) as ws:
        ws.shop = create_community(ws.conn, "烘焙群").id
        ws.alice, _ = records.create_member(ws.conn, {"display_name": "Alice",
                                                      "phone": "13800138000"})
        yield ws


def dialog_for(qtbot, ws, path, told):
    stack = QUndoStack()
    dialog = OrderImportDialog(ws, ws.shop, None, undo_stack=stack, notify=told.append)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.open_file(path)
    return dialog, stack


def export(tmp_path):
    return youzan_csv(tmp_path / "有赞.csv", [
        youzan_row("E1", "交易完成", "2026-06-19 10:01:00", "1,234.50", "Alice", "13800138000"),
        youzan_row("E2", "交易关闭", "", "88.00", "Bob", "13900139000"),
        youzan_row("E3", "交易完成", "2026-06-20 10:00:00", "12", "Eve", "13500135000"),
    ])


def test_preview_then_import_is_one_undo_step(qtbot, ws, tmp_path):
    told = []
    dialog, stack = dialog_for(qtbot, ws, export(tmp_path), told)
    assert "有赞" in dialog.detected_label.text()
    assert dialog.combos["amount"].currentText() == "订单实付金额"
    assert "1 purchase(s) to add (¥1,234.50)" in dialog.summary_label.text()
    assert dialog.buyers_table.rowCount() == 1
    assert dialog.buyers_table.item(0, 0).text() == "Eve / 13500135000"
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.new_members_box.setChecked(True)
    assert "added as members" in dialog.summary_label.text()
    before = checksum(ws.conn)
    with qtbot.waitSignal(dialog.imported, timeout=30_000) as done:
        dialog.start_import()
    assert done.args[0].purchases_added == 2 and done.args[0].members_created == 1
    assert dialog.found is None  # the orders read are let go once imported
    after = checksum(ws.conn)
    assert stack.count() == 1 and told[-1].source == "import"
    stack.undo()
    assert differing(checksum(ws.conn), before) == []
    stack.redo()
    assert differing(checksum(ws.conn), after) == []


def test_a_changed_mapping_previews_again_and_problems_block_the_import(qtbot, ws, tmp_path):
    path = write_csv(tmp_path / "plain.csv", [*PLAIN_HEADER, "备注金额"], [
        ["P1", "2026-01-05 12:00", "Alice", "13800138000", "书", "20", "已付款", "abc"]])
    dialog, _ = dialog_for(qtbot, ws, path, [])
    assert dialog.import_button.isEnabled()
    combo = dialog.combos["amount"]
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        combo.setCurrentIndex(combo.findText("备注金额"))
        combo.activated.emit(combo.currentIndex())
    assert "row 2, column 备注金额" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()


def test_a_mapping_saved_is_an_order_preset(qtbot, ws, tmp_path):
    from models.imports.column_mapping import presets
    from models.imports.order_presets import order_presets

    dialog, stack = dialog_for(qtbot, ws, export(tmp_path), [])
    dialog.save_preset("我的有赞")
    assert order_presets(ws.conn)["我的有赞"]["订单实付金额"] == "amount"
    assert presets(ws.conn) == {}  # not offered to the member import
    assert stack.count() == 1


def test_buyers_left_out_say_why_and_are_shown_whole(qtbot, ws, tmp_path):
    for city in ("杭州", "苏州"):
        records.create_member(ws.conn, {"display_name": "跑者小陈", "city": city})
    path = youzan_csv(tmp_path / "有赞.csv", [
        youzan_row("E1", "交易成功", "2026-06-19 10:01:00", "89.00", "跑者小陈", ""),
        youzan_row("E2", "交易成功", "2026-06-20 10:00:00", "12", "一位新买家", "13500135000"),
    ])
    dialog, _stack = dialog_for(qtbot, ws, path, [])
    dialog.show()
    table = dialog.buyers_table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows == {"一位新买家 / 13500135000": "Matches no member",
                    "跑者小陈": "2 members have this name"}
    assert all(table.columnWidth(c) >= table.sizeHintForColumn(c) for c in (0, 1))


def test_a_big_import_is_one_undo_step_too(qtbot, ws, tmp_path, monkeypatch):
    """Past the bulk threshold (forced here to 1 order) the import is a bulk load: still
    one undo step, undone and redone exactly (on a worker), and nobody is told it cannot
    be undone."""
    from models.imports import order_import
    from views import operation_runner

    monkeypatch.setattr(order_import, "BULK_ORDERS", 1, raising=False)
    monkeypatch.setattr(order_import, "UNDO_ORDERS", 1, raising=False)
    refused = []
    monkeypatch.setattr(operation_runner, "say_not_undoable",
                        lambda parent, text: refused.append(text))
    told = []
    dialog, stack = dialog_for(qtbot, ws, export(tmp_path), told)
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.new_members_box.setChecked(True)
    before = checksum(ws.conn)
    with qtbot.waitSignal(dialog.imported, timeout=30_000) as done:
        dialog.start_import()
    assert done.args[0].bulk and done.args[0].purchases_added == 2
    after = checksum(ws.conn)
    assert refused == [] and stack.count() == 1
    stack.undo()
    assert differing(checksum(ws.conn), before) == []
    stack.redo()
    assert differing(checksum(ws.conn), after) == []


def test_a_refund_of_an_order_nowhere_is_shown_as_a_problem_in_the_preview(qtbot, ws,
                                                                           tmp_path):
    """The reader finds no problem in a refund row of another file's order; the import
    does (its order is not in the workspace): the preview lists it, Import stays off."""
    path = write_csv(tmp_path / "refunds.csv", ["订单号", "原订单号", "成交时间", "客户姓名",
                                                "联系电话", "金额", "状态"],
                     [["R1", "Z9", "2026-01-07 12:00", "Alice", "13800138000", "40",
                       "退款成功"]])
    dialog, _ = dialog_for(qtbot, ws, path, [])
    assert dialog.combos["original_no"].currentText() == "原订单号"
    assert "1 problem(s)" in dialog.summary_label.text()
    assert "row 2: a refund of order Z9" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()


def test_a_refund_list_maps_its_refund_number_and_imports_its_refunds(qtbot, ws, tmp_path):
    """A shop's refund list has no paid amount: no column is asked for, the refund number
    is mapped, and importing it gives back from the purchase imported before."""
    orders = write_csv(tmp_path / "orders.csv", PLAIN_HEADER, [
        ["A1", "2026-01-05 12:00", "Alice", "13800138000", "书", "100", "已付款"]])
    dialog, _ = dialog_for(qtbot, ws, orders, [])
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        dialog.start_import()
    refunds = write_csv(tmp_path / "refunds.csv", ["退款编号", "订单编号", "退款金额", "退款状态"],
                        [["T1", "A1", "40", "退款成功"]])
    dialog, _ = dialog_for(qtbot, ws, refunds, [])
    assert dialog.combos["refund_no"].currentText() == "退款编号"
    assert "A refund list" in dialog.detected_label.text()
    assert dialog.summary_label.text().startswith("1 refund(s) read: 0 given back before")
    assert dialog.combos["amount"].currentIndex() <= 0 and "problem" not in \
        dialog.summary_label.text()
    with qtbot.waitSignal(dialog.imported, timeout=30_000) as done:
        dialog.start_import()
    assert done.args[0].amount_changed == -4000
    assert ws.conn.execute("SELECT amount FROM activities WHERE kind = '购买'").fetchall() == [
        (6000,)]
