"""Excel in and out of the checklists tab: export (on a worker, with progress and Cancel),
an edited checklist back in (preview first), a supplier's list into a checklist.

File choosers and the preview run through the view's ``ask_save_path``/``ask_open_path``/
``run_dialog``, which tests replace.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from models.core import clock
from models.core.errors import Cancelled
from models.core.file_errors import file_message
from models.store.connection import connect_readonly
from views.long_task import LongTask

translate = QCoreApplication.translate


class ExportJob(QObject):
    """Writes a checklist or inventory workbook off the UI thread."""

    done = Signal(object)  # exports.checklists.ExportSummary, or an Exception

    def __init__(self, parent: QWidget, workspace_path: Path, target: Path, *,
                 inventory: bool = False, **options) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.target = target
        self.inventory = inventory

        def work(progress):
            from exports import checklists as xl

            conn = connect_readonly(workspace_path)
            try:
                if inventory:
                    return xl.export_inventory(conn, target, clock.today(), progress=progress)
                return xl.export_checklists(conn, target, clock.today(), progress=progress,
                                            **options)
            finally:
                conn.close()

        title = translate("ChecklistFiles", "Exporting to Excel")
        self.task = LongTask(parent, title, work)
        self.task.finished.connect(self._on_task_finished)
        self.task.failed.connect(self._on_task_failed)

    def start(self) -> None:
        self.task.start()

    def _on_task_finished(self, summary: object) -> None:
        from views.export_target import offer_written

        offer_written(self.parent_widget, self.target)
        self.done.emit(summary)

    def _on_task_failed(self, error: object) -> None:
        if not isinstance(error, Cancelled):
            from views.error_text import file_problem

            QMessageBox.warning(self.parent_widget, translate("ChecklistFiles", "Not exported"),
                                file_problem(error, self.target, writing=True))
        self.done.emit(error)


def plan_import(conn, path: Path):
    """The plan for an edited workbook, or a plan holding the one reason it cannot be read."""
    from exports.checklist_import import ImportPlan, Problem, plan_checklist_import
    from exports.xlsx_read import UnreadableWorkbook

    try:
        return plan_checklist_import(conn, path, clock.today())
    except UnreadableWorkbook as error:
        return ImportPlan(path.name, problems=[Problem(1, "-", error.message)])
    except OSError as error:
        return ImportPlan(path.name, problems=[Problem(1, "-", file_message(error, path))])


def read_supplier(path: Path):
    from exports.checklist_import import Problem, SupplierList, read_supplier_list
    from exports.xlsx_read import UnreadableWorkbook

    try:
        return read_supplier_list(path)
    except UnreadableWorkbook as error:
        return SupplierList([], [Problem(1, "-", error.message)], "")
    except OSError as error:
        return SupplierList([], [Problem(1, "-", file_message(error, path))], "")


# The tab's file actions; ``view`` is the ChecklistView (texts keep its translation context).


def export_checklists(view, current_only: bool) -> None:
    current = view.current()
    if current_only:
        ids = view.selected_checklist_ids() or ([current.id] if current else [])
    else:
        ids = [c.id for c in view.lists]
    if not ids:
        return
    name = f"{current.title}.xlsx" if current and ids == [current.id] else \
        translate("ChecklistView", "Material checklists.xlsx")
    target = view.ask_save_path(name)
    if target is None:
        return
    view.export_job = ExportJob(view, view.workspace.path, target, ids=ids)
    view.export_job.start()


def export_inventory(view) -> None:
    target = view.ask_save_path(translate("ChecklistView", "Inventory.xlsx"))
    if target is None:
        return
    view.export_job = ExportJob(view, view.workspace.path, target, inventory=True)
    view.export_job.start()


def import_checklist(view) -> None:
    from models.materials.checklist_apply import apply_edits
    from views.checklists.dialogs import ImportPreview

    path = view.ask_open_path(translate("ChecklistView", "Import an edited checklist"))
    if path is None:
        return
    plan = plan_import(view.conn, path)
    dialog = ImportPreview(plan, view)
    if not view.run_dialog(dialog) or plan.problems or plan.empty:
        return
    text = translate("ChecklistView", "Import {file}").format(file=plan.source)
    edits = plan.edits()
    view.perform(text, lambda conn: apply_edits(conn, edits))


def import_supplier_list(view) -> None:
    from models.materials import checklists
    from views.checklists.dialogs import SupplierPreview

    if view.current_id is None:
        return
    path = view.ask_open_path(translate("ChecklistView", "A supplier's item list"))
    if path is None:
        return
    found = read_supplier(path)
    dialog = SupplierPreview(found, view)
    if not view.run_dialog(dialog) or found.problems or not found.rows:
        return
    text = translate("ChecklistView", "Add {count} item(s) from {file}").format(
        count=len(found.rows), file=path.name)
    checklist_id, rows = view.current_id, dialog.rows()
    view.perform(text, lambda conn: checklists.add_items(conn, checklist_id, rows))
