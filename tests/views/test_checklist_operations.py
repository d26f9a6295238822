"""Every write of the checklists tab is an operation: undo brings back exactly the workspace
before (every table's checksum), redo exactly the one after; a refused write leaves
nothing on the undo stack; an undo that would take rows written since refuses and changes
nothing."""

from __future__ import annotations

from collections.abc import Callable

import openpyxl
import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from models.materials import checklists, library, templates
from tests.checksums import checksum, differing
from tests.models.checklist_fixtures import TODAY, shop  # noqa: F401
from views.checklists import view as view_module
from views.checklists.dialogs import MaterialDialog, NewChecklistDialog
from views.checklists.item_model import COLUMNS
from views.checklists.view import ChecklistView


@pytest.fixture
def view(shop, qtbot, monkeypatch):  # noqa: F811
    monkeypatch.setattr(view_module, "today", lambda: TODAY)
    ws, ids = shop
    base = library.item_from_material(ws.conn, ids["stand"])
    checklists.add_items(ws.conn, ids["salon_list"], [
        {"name": "易拉宝", "quantity": 2, "unit": "个", "unit_price": 9000, "owner": "小王",
         "due_on": "2026-11-30", "status": "已下单", "category": "宣传物料"},
        {"name": "茶歇", "quantity": 45, "unit_price": 2500, "due_on": "2026-11-20"},
        {**base, "quantity": 2, "owner": "阿杰", "due_on": "2026-12-01", "status": "已使用"},
    ])
    stack = QUndoStack()
    view = ChecklistView(ws, stack)
    view.changed.connect(view.apply_changes)
    qtbot.addWidget(view)
    view.stack_, view.ids = stack, ids
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: warnings.append(text))
    view.warnings = warnings
    return view


def row_of(view, name: str) -> int:
    model = view.detail.model
    return next(r for r in range(model.rowCount()) if model.item(r).name == name)


def edit_cell(view):
    model = view.detail.model
    model.setData(model.index(row_of(view, "茶歇"), COLUMNS.index("quantity")), 60)


def bulk_status(view):
    view.detail.table.selectAll()
    view.set_status("已归还")  # the 展架 goes back to stock


def add_item(view):
    view.add_item()
    view.detail.table.closePersistentEditor(view.detail.table.currentIndex())


def delete_items(view):
    view.detail.table.selectRow(row_of(view, "展架"))
    view.delete_selected()


def new_checklist(view, monkeypatch, template: str | None = None):
    def accept(dialog):
        assert isinstance(dialog, NewChecklistDialog)
        dialog.event.setCurrentIndex(dialog.event.findData(view.ids["fair"]))
        if template:
            dialog.template.setCurrentIndex(next(
                i for i in range(dialog.template.count())
                if dialog.template.itemText(i).startswith(template)))
        dialog.title.setText("新清单")
        return True
    monkeypatch.setattr(view, "run_dialog", accept)
    assert view.new_checklist() is not None


def rename_checklist(view, monkeypatch):
    monkeypatch.setattr(view, "ask_text", lambda *a: "沙龙物料（改）")
    view._on_list_double_clicked(view.list.currentItem())


def delete_checklist(view, monkeypatch):
    monkeypatch.setattr(view, "confirm", lambda text: True)
    view._on_delete_list_clicked()


def new_material(view, monkeypatch):
    def fill(dialog):
        assert isinstance(dialog, MaterialDialog)
        dialog.name.insert("帆布袋")
        dialog.on_hand.setValue(40)
        return True
    monkeypatch.setattr(view, "run_dialog", fill)
    view.edit_material(None)


def edit_material(view, monkeypatch):
    def fill(dialog):
        dialog.on_hand.setValue(9)
        return True
    monkeypatch.setattr(view, "run_dialog", fill)
    view.edit_material(view.ids["stand"])


def delete_material(view, monkeypatch):
    view.delete_material(view.ids["stand"])


def use_material(view, monkeypatch):
    view.use_material(view.ids["stand"])


def save_template(view, monkeypatch):
    def name(dialog):
        dialog.name.setText("我的沙龙")
        return True
    monkeypatch.setattr(view, "run_dialog", name)
    view.save_as_template()


def import_edited(view, monkeypatch, tmp_path):
    from exports.checklists import export_checklists

    target = tmp_path / "清单.xlsx"
    export_checklists(view.conn, target, TODAY, ids=[view.ids["salon_list"]])
    wb = openpyxl.load_workbook(target)
    wb.worksheets[1]["L3"] = "已到货"
    wb.worksheets[1].insert_rows(5)
    wb.worksheets[1]["B5"] = "矿泉水"
    wb.save(target)
    monkeypatch.setattr(view, "ask_open_path", lambda title: target)
    monkeypatch.setattr(view, "run_dialog", lambda dialog: True)
    view.import_checklist()


def supplier_list(view, monkeypatch, tmp_path):
    path = tmp_path / "报价.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["品名", "规格", "数量", "单价"])
    wb.active.append(["桌布", "1.8m", 2, 60])
    wb.save(path)
    monkeypatch.setattr(view, "ask_open_path", lambda title: path)
    monkeypatch.setattr(view, "run_dialog", lambda dialog: True)
    view.import_supplier_list()


OPERATIONS: dict[str, Callable] = {
    "edit a cell": lambda v, m, t: edit_cell(v),
    "bulk status (stock back)": lambda v, m, t: bulk_status(v),
    "add an item": lambda v, m, t: add_item(v),
    "delete items (stock back)": lambda v, m, t: delete_items(v),
    "new checklist": lambda v, m, t: new_checklist(v, m),
    "new checklist from a template": lambda v, m, t: new_checklist(v, m, "展会"),
    "rename a checklist": lambda v, m, t: rename_checklist(v, m),
    "delete a checklist": lambda v, m, t: delete_checklist(v, m),
    "new material": lambda v, m, t: new_material(v, m),
    "edit a material's stock": lambda v, m, t: edit_material(v, m),
    "delete a material": lambda v, m, t: delete_material(v, m),
    "use a material": lambda v, m, t: use_material(v, m),
    "save as template": lambda v, m, t: save_template(v, m),
    "import an edited checklist": import_edited,
    "add a supplier's list": supplier_list,
}


@pytest.mark.parametrize("name", list(OPERATIONS))
def test_undo_restores_the_workspace_before_and_redo_the_one_after(view, monkeypatch,
                                                                   tmp_path, name):
    before = checksum(view.conn)
    OPERATIONS[name](view, monkeypatch, tmp_path)
    after = checksum(view.conn)
    assert view.stack_.count() == 1 and view.warnings == []
    assert differing(before, after), "the operation wrote nothing"
    view.stack_.undo()
    assert differing(checksum(view.conn), before) == []
    view.stack_.redo()
    assert differing(checksum(view.conn), after) == []
    view.stack_.undo()
    assert differing(checksum(view.conn), before) == []


def test_a_checklist_from_a_template_deleted_meanwhile_is_refused_leaving_no_step(
        view, monkeypatch):
    made, _ = templates.save_as_template(view.conn, view.ids["salon_list"], "我的沙龙")
    seen = {}

    def accept(dialog):
        dialog.template.setCurrentIndex(dialog.template.findData(made))
        dialog.title.setText("新清单")
        templates.delete_template(view.conn, made)  # gone while the dialog was open
        seen["before"] = checksum(view.conn)
        return True
    monkeypatch.setattr(view, "run_dialog", accept)
    assert view.new_checklist() is None
    assert view.stack_.count() == 0 and len(view.warnings) == 1
    assert checksum(view.conn) == seen["before"]


def test_a_refused_value_leaves_no_step(view):
    model = view.detail.model
    model.setData(model.index(row_of(view, "茶歇"), COLUMNS.index("name")), "  ")
    assert view.stack_.count() == 0 and len(view.warnings) == 1


def test_undo_refuses_when_rows_written_since_depend_on_it(view, monkeypatch, qtbot):
    new_checklist(view, monkeypatch)
    checklist_id = view.current_id
    checklists.add_items(view.conn, checklist_id, [{"name": "后来加的"}])  # outside the stack
    written = checksum(view.conn)
    view.stack_.undo()
    assert checksum(view.conn) == written  # nothing removed, the later item kept
    qtbot.waitUntil(lambda: len(view.warnings) == 1)
    assert "depend" in view.warnings[0]
    assert view.stack_.count() == 0  # the history no longer fits the data
