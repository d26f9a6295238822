"""物料清单 Checklists tab (objectName ``checklistView``).

Left, the checklists in scope by event date (upcoming, past, then standalone). Right, the
chosen checklist: "3 of 42 items incomplete", totals (cost in yuan from integer fen, by
category and status), filters (status, category, owner, due, only incomplete) applied in
SQL, and the item table with an editor per column. Every write (an edit, a bulk status
change, adding or deleting items, checklists, materials and templates, an import) is an
operation run through ``views.operation_runner.perform``: recorded by row snapshots, so
undo puts back exactly the rows it wrote, and a refused write leaves nothing on the undo
stack. A second page holds the material library (物料库) with stock and shortage warnings.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.core import clock
from models.core.changes import Change
from models.materials import checklists, library, templates
from models.materials.checklists import Checklist
from models.store.operations import Done, recorded
from models.store.workspace import Workspace
from views import operation_runner
from views.checklists import files, labels
from views.checklists import library as library_panel
from views.checklists.detail import ChecklistDetail
from views.checklists.item_model import COLUMNS
from views.empty_state import EmptyState
from views.error_text import describe
from views.export_target import ask_save_path
from views.labels import money

translate = QCoreApplication.translate


def today() -> date:
    """Today, as the tab sees it (tests pin it)."""
    return clock.today()


TABLES = ("checklists", "checklist_items", "materials", "checklist_templates", "events")
#: The ``Change.source`` of this tab's writes.
SOURCE = "checklists"
#: What a refused write raises: a value the domain turns down (``DomainError``,
#: ``InvalidItem``), or a row gone meanwhile (a template deleted while a dialog was open).
REFUSED = (ValueError, KeyError)


class ChecklistView(QWidget):
    changed = Signal(object)

    def __init__(self, workspace: Workspace, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistView")
        self.workspace = workspace
        self.undo_stack = undo_stack
        self.community_id: int | None = None
        self.today = today()
        self.lists: list[Checklist] = []
        self.current_id: int | None = None
        self._build()
        self._connect_signals()
        self.reload()

    @property
    def conn(self):
        return self.workspace.conn

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.pages = QTabWidget(self)
        self.pages.setObjectName("checklistPages")
        self.stack = QStackedWidget(self)
        self.empty = EmptyState(
            self.tr("No material checklists yet"),
            self.tr("A checklist says what to buy or bring for an event, who is responsible, "
                    "what has arrived and what it costs. Start one from a template (线下沙龙, "
                    "线上直播, 展会/市集) and send it to a supplier as Excel."),
            self.tr("New checklist…"), self)
        self.empty.setObjectName("checklistEmpty")
        self.stack.addWidget(self.empty)

        splitter = QSplitter(self)
        left = QWidget(splitter)
        self.list = QListWidget(left)
        self.list.setObjectName("checklistList")
        self.list.setMinimumWidth(130)
        # Ctrl/Shift-click picks several checklists to export together.
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_button = QPushButton(self.tr("New…"), left)
        self.new_button.setObjectName("newChecklist")
        self.delete_list_button = QPushButton(self.tr("Delete"), left)
        self.delete_list_button.setObjectName("deleteChecklist")
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_list_button)
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.list, 1)
        lay.addLayout(row)

        right = self.detail = ChecklistDetail(splitter)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 900])
        self.stack.addWidget(splitter)
        self.splitter = splitter

        self.library = library_panel.LibraryPanel(self)
        self.pages.addTab(self.stack, self.tr("Checklists"))
        self.pages.addTab(self.library, self.tr("Material library"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def _connect_signals(self) -> None:
        d = self.detail
        self.empty.action_clicked.connect(self.new_checklist)
        self.new_button.clicked.connect(self.new_checklist)
        self.delete_list_button.clicked.connect(self._on_delete_list_clicked)
        self.list.currentItemChanged.connect(self._on_list_current_changed)
        self.list.itemDoubleClicked.connect(self._on_list_double_clicked)
        for combo in (d.status_filter, d.category_filter, d.owner_filter, d.due_filter):
            combo.currentIndexChanged.connect(self.reload_items)
        d.incomplete_only.toggled.connect(self.reload_items)
        d.model.edit_requested.connect(self._on_model_edit_requested)
        d.add_action.triggered.connect(self.add_item)
        d.delete_action.triggered.connect(self.delete_selected)
        d.status_button.menu().triggered.connect(self._on_status_menu_triggered)
        d.template_action.triggered.connect(self.save_as_template)
        d.export_one.triggered.connect(lambda: self.export(current_only=True))
        d.export_all.triggered.connect(lambda: self.export(current_only=False))
        d.import_edited.triggered.connect(self.import_checklist)
        d.import_supplier.triggered.connect(self.import_supplier_list)
        self.library.add_requested.connect(lambda: self.edit_material(None))
        self.library.edit_requested.connect(self.edit_material)
        self.library.delete_requested.connect(self.delete_material)
        self.library.use_requested.connect(self.use_material)
        self.library.export_requested.connect(self.export_inventory)

    # -- the Tab surface -----------------------------------------------------------------

    def set_community(self, community_id: int | None) -> None:
        self.community_id = community_id
        self.reload()

    def apply_changes(self, change: Change) -> None:
        if change.touches(*TABLES):
            self.reload()

    def _notify(self, change: Change) -> None:
        self.changed.emit(change)

    def perform(self, text: str, work: Callable[[sqlite3.Connection], object]) -> Done | None:
        """Run ``work`` (a ``models.materials.library`` write) as the undoable step ``text``.
        A refused write is shown and leaves nothing on the undo stack: returns None."""
        try:
            return operation_runner.perform(
                self.undo_stack, self.conn, text, recorded(work), self._notify,
                source=SOURCE, parent=self, on_error=self._on_step_failed)
        except REFUSED as error:
            QMessageBox.warning(self, self.tr("Not saved"), describe(error))
            return None

    def _on_step_failed(self, error: Exception) -> None:
        """An undo or redo refused (rows written since depend on it): nothing changed."""
        QMessageBox.warning(self, self.tr("Not undone"), operation_runner.describe(error))

    # -- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        self.today = today()
        self.lists = checklists.list_checklists(self.conn, self.today,
                                                community_id=self.community_id)
        if self.community_id is not None:  # standalone lists belong to every scope
            self.lists += [c for c in checklists.list_checklists(self.conn, self.today)
                           if c.event_id is None]
        if self.current_id not in {c.id for c in self.lists}:
            self.current_id = self.lists[0].id if self.lists else None
            upcoming = [c for c in self.lists if c.day and c.day >= self.today.isoformat()]
            if upcoming:
                self.current_id = upcoming[0].id
        self._fill_list()
        self.stack.setCurrentIndex(1 if self.lists else 0)
        self._load_owners()
        self.reload_items()
        stock, soon = library_panel.load(self.conn, self.today)
        self.library.show_stock(stock, soon, self.today)

    def _fill_list(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        today = self.today.isoformat()
        groups = ((self.tr("Upcoming"), [c for c in self.lists if c.day and c.day >= today]),
                  (self.tr("Past"), [c for c in self.lists if c.day and c.day < today][::-1]),
                  (self.tr("Standalone"), [c for c in self.lists if not c.day]))
        for heading, members in groups:
            if not members:
                continue
            head = QListWidgetItem(heading)
            head.setFlags(Qt.ItemFlag.NoItemFlags)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            self.list.addItem(head)
            for c in members:
                line = self.tr("{items} items · {incomplete} incomplete · {cost}").format(
                    items=c.items, incomplete=c.incomplete, cost=money(c.cost))
                text = f"{c.day + '  ' if c.day else ''}{c.title}\n{line}"
                entry = QListWidgetItem(("⚠ " if c.overdue else "") + text)
                entry.setData(Qt.ItemDataRole.UserRole, c.id)
                # Two lines each (title, counts), elided line by line when narrow.
                entry.setSizeHint(QSize(0, self.list.fontMetrics().height() * 2 + 8))
                entry.setToolTip(c.event_title or self.tr("Standalone checklist"))
                self.list.addItem(entry)
                if c.id == self.current_id:
                    self.list.setCurrentItem(entry)
        self.list.blockSignals(False)

    def _load_owners(self) -> None:
        self.detail.load_owners(checklists.owners(self.conn, self.current_id))

    def current(self) -> Checklist | None:
        return next((c for c in self.lists if c.id == self.current_id), None)

    def reload_items(self) -> None:
        current = self.current()
        enabled = current is not None
        d = self.detail
        for w in (d.add_action, d.delete_action, d.status_button, d.template_action,
                  self.delete_list_button):
            w.setEnabled(enabled)
        if current is None:
            d.clear(self.today)
            return
        shown = checklists.list_items(self.conn, current.id, self.today, d.item_filter())
        every = checklists.list_items(self.conn, current.id, self.today)
        d.show_checklist(current, shown, every, self.today)

    def open_item(self, checklist_id: int, item_id: int | None = None) -> None:
        """Show checklist ``checklist_id`` with ``item_id`` selected (the reminders list's
        double-click); an item the filters hide leaves the checklist shown."""
        self.current_id = checklist_id
        self.reload()
        table, model = self.detail.table, self.detail.model
        for row in range(model.rowCount()):
            if model.item(row).id == item_id:
                table.selectRow(row)
                table.scrollTo(model.index(row, 0))
                break

    def selected_checklist_ids(self) -> list[int]:
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in self.list.selectedItems()
                if i.data(Qt.ItemDataRole.UserRole) is not None]

    # -- dialogs (tests replace these) --------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask_save_path(self, suggestion: str) -> Path | None:
        return ask_save_path(self, self.tr("Export to Excel"), suggestion,
                             self.tr("Excel workbook (*.xlsx)"), ".xlsx")

    def ask_open_path(self, title: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self, title, "",
                                              self.tr("Excel workbook (*.xlsx)"))
        return Path(path) if path else None

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value.strip() if ok and value.strip() else None

    def confirm(self, text: str) -> bool:
        return QMessageBox.question(self, self.tr("Checklists"), text) == \
            QMessageBox.StandardButton.Yes

    # -- slots and operations -----------------------------------------------------------

    def _on_list_current_changed(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            return
        self.current_id = int(item.data(Qt.ItemDataRole.UserRole))
        self._load_owners()
        self.reload_items()

    def _on_list_double_clicked(self, item: QListWidgetItem) -> None:
        current = self.current()
        if current is None:
            return
        title = self.ask_text(self.tr("Rename checklist"), self.tr("Title"), current.title)
        if title and title != current.title:
            self.perform(self.tr("Rename checklist"), lambda c: checklists.update_checklist(
                c, current.id, title=title))

    def new_checklist(self, event_id: int | None = None) -> int | None:
        from views.checklists.dialogs import NewChecklistDialog

        dialog = NewChecklistDialog(self.conn, self.community_id,
                                    event_id if isinstance(event_id, int) else None, self)
        if not self.run_dialog(dialog):
            return None
        title, event, template = dialog.choice()
        if not title:
            return None
        if template is None:
            def work(c):
                return checklists.create_checklist(c, title, event_id=event)
        else:
            def work(c):
                return templates.start_from_template(c, template, title, event_id=event)
        done = self.perform(self.tr("New checklist “{title}”").format(title=title), work)
        if done is None:
            return None
        self.current_id = done.value[0]
        self.reload()
        return self.current_id

    def _on_delete_list_clicked(self) -> None:
        current = self.current()
        if current is None or not self.confirm(self.tr(
                "Delete the checklist “{title}” with its {items} item(s)? Undo brings it "
                "back.").format(title=current.title, items=current.items)):
            return
        self.perform(self.tr("Delete checklist “{title}”").format(title=current.title),
                     lambda c: checklists.delete_checklist(c, current.id))

    def _on_model_edit_requested(self, item_id: int, field: str, value: object) -> None:
        self.perform(self.tr("Edit {field}").format(field=labels.field(field)),
                     lambda c: checklists.update_items(c, {item_id: {field: value}}))

    def add_item(self) -> None:
        checklist_id, name = self.current_id, self.tr("New item")
        if checklist_id is None or self.perform(self.tr("Add item"), lambda c: checklists.add_items(
                c, checklist_id, [{"name": name}])) is None:
            return
        model, table = self.detail.model, self.detail.table
        last = model.rowCount() - 1
        if last >= 0:
            table.setCurrentIndex(model.index(last, COLUMNS.index("name")))
            table.edit(table.currentIndex())

    def delete_selected(self) -> None:
        ids = self.detail.selected_ids()
        if ids:
            self.perform(self.tr("Delete {count} item(s)").format(count=len(ids)),
                         lambda c: checklists.delete_items(c, ids))

    def set_status(self, status: str) -> None:
        ids = self.detail.selected_ids()
        if ids:
            self.perform(self.tr("Set {count} item(s) to {status}").format(
                count=len(ids), status=labels.status(status)),
                lambda c: checklists.set_status(c, ids, status))

    def _on_status_menu_triggered(self, action: QAction) -> None:
        self.set_status(action.data())

    def save_as_template(self) -> None:
        from views.checklists.dialogs import TemplateNameDialog

        current = self.current()
        if current is None:
            return
        dialog = TemplateNameDialog(current.title, self)
        if not self.run_dialog(dialog):
            return
        name, description = dialog.name.text(), dialog.description.text()
        self.perform(self.tr("Save as template “{name}”").format(name=name.strip()),
                     lambda c: templates.save_as_template(c, current.id, name, description))

    # -- Excel ---------------------------------------------------------------------------

    def export(self, current_only: bool) -> None:
        files.export_checklists(self, current_only)

    def export_inventory(self) -> None:
        files.export_inventory(self)

    def import_checklist(self) -> None:
        files.import_checklist(self)

    def import_supplier_list(self) -> None:
        files.import_supplier_list(self)

    # -- the library ---------------------------------------------------------------------

    def edit_material(self, material_id: int | None) -> None:
        from views.checklists.dialogs import MaterialDialog

        values = library.material_values(self.conn, material_id) if material_id else None
        dialog = MaterialDialog(values, self)
        if not self.run_dialog(dialog):
            return
        chosen = dialog.values()
        if material_id is None:
            self.perform(self.tr("New material"),
                         lambda c: library.create_material(c, chosen))
        else:
            self.perform(self.tr("Edit material"),
                         lambda c: library.update_material(c, material_id, chosen))

    def delete_material(self, material_id: int) -> None:
        self.perform(self.tr("Delete material"),
                     lambda c: library.delete_material(c, material_id))

    def use_material(self, material_id: int) -> None:
        checklist_id = self.current_id
        if checklist_id is None:
            return
        values = library.item_from_material(self.conn, material_id)
        if self.perform(self.tr("Add {name}").format(name=values["name"]),
                        lambda c: checklists.add_items(c, checklist_id, [values])) is not None:
            self.pages.setCurrentIndex(0)
