"""The checklists tab, driven as a user drives it: lists, completeness, editing with the
right editor, undo, filters, bulk status, templates, the library, Excel in and out."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QDateEdit, QDoubleSpinBox, QSpinBox

from models.materials import checklists, library
from models.store.workspace import open_workspace
from tests.models.checklist_fixtures import TODAY, shop  # noqa: F401
from views.checklists import view as view_module
from views.checklists.dialogs import ImportPreview, NewChecklistDialog
from views.checklists.item_model import COLUMNS
from views.checklists.view import ChecklistView


@pytest.fixture
def filled(shop):  # noqa: F811
    ws, ids = shop
    base = library.item_from_material(ws.conn, ids["stand"])
    checklists.add_items(ws.conn, ids["salon_list"], [
        {"name": "易拉宝", "quantity": 2, "unit": "个", "unit_price": 9000, "owner": "小王",
         "due_on": "2026-11-30", "status": "已下单", "category": "宣传物料"},
        {"name": "茶歇", "quantity": 45, "unit_price": 2500, "due_on": "2026-11-20",
         "category": "餐饮"},
        {**base, "quantity": 5, "owner": "阿杰", "due_on": "2026-12-01"},
    ])
    return ws, ids


@pytest.fixture
def view(filled, qtbot, monkeypatch):
    monkeypatch.setattr(view_module, "today", lambda: TODAY)
    ws, ids = filled
    stack = QUndoStack()
    view = ChecklistView(ws, stack)
    view.changed.connect(view.apply_changes)  # the window does this for every tab
    qtbot.addWidget(view)
    view.stack_, view.ids = stack, ids
    return view


def names(view) -> list[str]:
    return [view.detail.model.item(r).name for r in range(view.detail.model.rowCount())]


def cell(view, name: str, field: str):
    row = names(view).index(name)
    return view.detail.model.index(row, COLUMNS.index(field))


def test_empty_workspace_says_what_to_do(tmp_path, qtbot):
    with open_workspace(tmp_path / "e.qunzhu") as ws:
        view = ChecklistView(ws, QUndoStack())
        qtbot.addWidget(view)
        assert view.stack.currentWidget() is view.empty
        assert view.empty.button is not None and "template" in view.empty.body.text()


def test_lists_by_event_date_with_completeness_header_and_totals(view):
    entries = [view.list.item(i).text() for i in range(view.list.count())]
    assert entries[0] == "Upcoming" and "沙龙物料" in entries[1] and "市集物料" in entries[2]
    assert view.current_id == view.ids["salon_list"]
    assert names(view) == ["易拉宝", "茶歇", "展架"]
    assert view.detail.completeness.text() == "1 of 3 items incomplete · 1 overdue"
    assert "Total ¥1,530.00" in view.detail.totals.text()  # 2x90 + 45x25 + 5x45 (展架)
    tea = cell(view, "茶歇", "mark")
    assert tea.data() == "⏰"
    assert "Incomplete: no Unit, Owner" in tea.data(Qt.ItemDataRole.ToolTipRole)
    assert cell(view, "茶歇", "due_on").data(Qt.ItemDataRole.ForegroundRole) is not None


def test_each_column_gets_its_editor_and_edits_undo(view, qtbot):
    delegate = view.detail.table.itemDelegate()
    kinds = {"status": QComboBox, "category": QComboBox, "quantity": QSpinBox,
             "unit_price": QDoubleSpinBox, "due_on": QDateEdit}
    for field, kind in kinds.items():
        index = cell(view, "易拉宝", field)
        editor = delegate.createEditor(view.detail.table.viewport(), None, index)
        assert isinstance(editor, kind), field
        editor.deleteLater()

    index = cell(view, "易拉宝", "status")
    editor = delegate.createEditor(view.detail.table.viewport(), None, index)
    delegate.setEditorData(editor, index)
    assert editor.currentData() == "已下单"
    editor.setCurrentIndex(editor.findData("已到货"))
    delegate.setModelData(editor, view.detail.model, index)
    editor.deleteLater()
    assert view.detail.model.item(0).status == "已到货"

    price = cell(view, "茶歇", "unit_price")
    spin = delegate.createEditor(view.detail.table.viewport(), None, price)
    delegate.setEditorData(spin, price)
    spin.setValue(26.5)
    delegate.setModelData(spin, view.detail.model, price)
    spin.deleteLater()
    assert view.detail.model.item(1).unit_price == 2650
    view.stack_.undo()
    assert view.detail.model.item(1).unit_price == 2500
    view.stack_.undo()
    assert view.detail.model.item(0).status == "已下单"


def test_filling_the_missing_fields_makes_an_item_complete(view):
    view.detail.model.setData(cell(view, "茶歇", "unit"), "份")
    view.detail.model.setData(cell(view, "茶歇", "owner"), "阿杰")
    assert view.detail.completeness.text() == "0 of 3 items incomplete · 1 overdue"
    view.stack_.undo()
    assert view.detail.completeness.text().startswith("1 of 3")


def test_filters_narrow_the_table(view):
    view.detail.incomplete_only.setChecked(True)
    assert names(view) == ["茶歇"]
    view.detail.incomplete_only.setChecked(False)
    view.detail.due_filter.setCurrentIndex(view.detail.due_filter.findData("overdue"))
    assert names(view) == ["茶歇"]
    view.detail.due_filter.setCurrentIndex(0)
    view.detail.owner_filter.setCurrentIndex(view.detail.owner_filter.findData("阿杰"))
    assert names(view) == ["展架"]
    view.detail.owner_filter.setCurrentIndex(0)
    view.detail.category_filter.setCurrentIndex(view.detail.category_filter.findData("餐饮"))
    assert names(view) == ["茶歇"]
    view.detail.category_filter.setCurrentIndex(0)
    view.detail.status_filter.setCurrentIndex(view.detail.status_filter.findData("已下单"))
    assert names(view) == ["易拉宝"]


def test_bulk_status_on_a_selection_is_one_undo_and_moves_stock(view):
    view.detail.table.selectAll()
    view.set_status("已使用")
    assert {view.detail.model.item(r).status for r in range(3)} == {"已使用"}
    assert library.list_stock(view.conn, TODAY, ids=[view.ids["stand"]])[0].on_hand == -2
    assert view.stack_.count() == 1
    view.stack_.undo()
    assert [view.detail.model.item(r).status for r in range(3)] == ["已下单", "待准备", "待准备"]
    assert library.list_stock(view.conn, TODAY, ids=[view.ids["stand"]])[0].on_hand == 3


def test_add_and_delete_items_undo(view):
    view.add_item()
    view.detail.table.closePersistentEditor(view.detail.table.currentIndex())
    assert names(view)[-1] == "New item"
    view.detail.table.selectRow(0)
    view.delete_selected()
    assert names(view) == ["茶歇", "展架", "New item"]
    view.stack_.undo()
    view.stack_.undo()
    assert names(view) == ["易拉宝", "茶歇", "展架"]


def test_new_checklist_from_a_builtin_template(view, monkeypatch):
    def accept(dialog):
        assert isinstance(dialog, NewChecklistDialog)
        dialog.event.setCurrentIndex(dialog.event.findData(view.ids["fair"]))
        dialog.template.setCurrentIndex(next(i for i in range(dialog.template.count())
                                             if dialog.template.itemText(i).startswith("展会")))
        return True
    monkeypatch.setattr(view, "run_dialog", accept)
    new_id = view.new_checklist()
    assert view.current_id == new_id and "展位费" in names(view)
    assert view.detail.model.item(0).due_on == "2026-11-20"  # 30 days before the fair
    view.stack_.undo()
    assert new_id not in [c.id for c in view.lists]


def test_library_warns_of_shortages_in_the_next_30_days(view):
    checklists.create_checklist(view.conn, "再来一场", event_id=view.ids["fair"], items=[
        {**library.item_from_material(view.conn, view.ids["stand"]), "quantity": 1}])
    view.reload()
    assert not view.library.warning.isHidden()
    assert view.library.warning.text() == \
        "⚠ 展架: 3 on hand, 6 needed by 2 event(s) in the next 30 days"
    table = view.library.table
    assert table.item(0, 0).text() == "展架" and table.item(0, 8).text() == "-3"


def test_export_then_import_an_edited_checklist_with_preview(view, tmp_path, qtbot,
                                                             monkeypatch):
    target = tmp_path / "清单.xlsx"
    monkeypatch.setattr(view, "ask_save_path", lambda suggestion: target)
    view.export(current_only=True)
    with qtbot.waitSignal(view.export_job.done, timeout=20000) as blocker:
        pass
    assert blocker.args[0].items == 3
    wb = openpyxl.load_workbook(target)
    sheet = wb.worksheets[1]
    sheet["L3"] = "已到货"
    sheet.insert_rows(5)
    sheet["B5"] = "矿泉水"
    wb.save(target)

    seen = {}

    def preview(dialog):
        assert isinstance(dialog, ImportPreview)
        seen["rows"] = dialog.table.rowCount()
        seen["ok"] = dialog.ok.isEnabled()
        return True
    monkeypatch.setattr(view, "ask_open_path", lambda title: target)
    monkeypatch.setattr(view, "run_dialog", preview)
    view.import_checklist()
    assert seen == {"rows": 2, "ok": True}
    assert names(view) == ["易拉宝", "茶歇", "展架", "矿泉水"]
    assert view.detail.model.item(1).status == "已到货"
    view.stack_.undo()
    assert names(view) == ["易拉宝", "茶歇", "展架"]
    assert view.detail.model.item(1).status == "待准备"


def test_export_several_selected_checklists(view, tmp_path, qtbot, monkeypatch):
    target = tmp_path / "两份.xlsx"
    monkeypatch.setattr(view, "ask_save_path", lambda suggestion: target)
    for i in range(view.list.count()):
        if view.list.item(i).data(Qt.ItemDataRole.UserRole) is not None:
            view.list.item(i).setSelected(True)
    view.export(current_only=True)
    with qtbot.waitSignal(view.export_job.done, timeout=20000) as blocker:
        pass
    assert blocker.args[0].checklists == 2
    assert len(openpyxl.load_workbook(target, read_only=True).sheetnames) == 3


def test_a_bad_value_in_the_file_is_shown_and_nothing_written(view, tmp_path, monkeypatch):
    from exports.checklists import export_checklists

    target = tmp_path / "bad.xlsx"
    export_checklists(view.conn, target, TODAY, ids=[view.ids["salon_list"]])
    wb = openpyxl.load_workbook(target)
    wb.worksheets[1]["L2"] = "丢了"
    wb.save(target)
    seen = {}

    def preview(dialog):
        seen["problem"] = dialog.table.item(0, 3).text()
        seen["row"] = dialog.table.item(0, 1).text()
        seen["ok"] = dialog.ok.isEnabled()
        return True
    monkeypatch.setattr(view, "ask_open_path", lambda title: target)
    monkeypatch.setattr(view, "run_dialog", preview)
    view.import_checklist()
    assert seen["row"] == "2" and "丢了" in seen["problem"] and seen["ok"] is False
    assert view.stack_.count() == 0 and view.detail.model.item(0).status == "已下单"


def test_the_model_passes_qt_model_tester(view, qtmodeltester):
    qtmodeltester.check(view.detail.model)


def test_supplier_list_adds_items_with_the_supplier_named(view, tmp_path, monkeypatch):
    from views.checklists.dialogs import SupplierPreview

    path = tmp_path / "报价.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["品名", "规格", "数量", "单价"])
    wb.active.append(["桌布", "1.8m", 2, 60])
    wb.save(path)

    def preview(dialog):
        assert isinstance(dialog, SupplierPreview)
        dialog.supplier.insert("义乌布艺")
        return True
    monkeypatch.setattr(view, "ask_open_path", lambda title: path)
    monkeypatch.setattr(view, "run_dialog", preview)
    view.import_supplier_list()
    added = view.detail.model.item(view.detail.model.rowCount() - 1)
    assert (added.name, added.quantity, added.unit_price, added.supplier) == \
        ("桌布", 2, 6000, "义乌布艺")
    view.stack_.undo()
    assert "桌布" not in names(view)


def test_new_material_then_use_it_in_the_checklist(view, monkeypatch):
    from views.checklists.dialogs import MaterialDialog

    def fill(dialog):
        assert isinstance(dialog, MaterialDialog)
        dialog.name.insert("帆布袋")
        dialog.on_hand.setValue(40)
        dialog.price.setValue(12.5)
        return True
    monkeypatch.setattr(view, "run_dialog", fill)
    view.edit_material(None)
    stock = {s.name: s for s in view.library.stock}
    assert stock["帆布袋"].on_hand == 40 and stock["帆布袋"].unit_price == 1250
    view.use_material(stock["帆布袋"].id)
    assert names(view)[-1] == "帆布袋"
    assert view.detail.model.item(3).material_id == stock["帆布袋"].id
    view.stack_.undo()
    view.stack_.undo()
    assert "帆布袋" not in {s.name for s in view.library.stock}


def test_save_as_template_then_start_another_from_it(view, monkeypatch):
    from models.materials import templates

    def name(dialog):
        dialog.name.setText("我的沙龙")
        return True
    monkeypatch.setattr(view, "run_dialog", name)
    view.save_as_template()
    saved = next(t for t in templates.list_templates(view.conn) if t.name == "我的沙龙")
    assert [i["name"] for i in saved.items] == ["易拉宝", "茶歇", "展架"]


def test_the_title_names_the_event_once_and_shows_markup_as_typed(view):
    def title_for(title, event):
        shown = checklists.Checklist(1, title, 7, event, "2026-12-20T10:00:00+08:00", None,
                                     None, 0, 0, 0, 0)
        view.detail.show_checklist(shown, [], [], TODAY)
        return view.detail.title.text()

    assert "2026-12-20</span>" in title_for("育儿市集 物料清单", "育儿市集")
    assert "2026-12-20 · 育儿市集" in title_for("展台物料", "育儿市集")
    assert title_for("<b>茶歇</b>", "市集").startswith("&lt;b&gt;茶歇&lt;/b&gt;")
