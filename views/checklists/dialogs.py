"""Dialogs of the checklists tab: a new checklist, saving a template, the import preview,
a supplier's list, a material of the library. Each is tested as an object (never left
waiting): build it, fill it, read what it would return."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.materials import checklists, templates
from models.materials.checklists import CATEGORIES
from views import tones
from views.checklists import labels
from views.error_text import problem_text
from views.labels import money

translate = QCoreApplication.translate


def _buttons(dialog: QDialog, ok_text: str | None = None) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
    if ok_text:
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class NewChecklistDialog(QDialog):
    """Title, the event it is for (or none), and a template to start from (or empty)."""

    def __init__(self, conn: sqlite3.Connection, community_id: int | None,
                 event_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newChecklistDialog")
        self.setWindowTitle(self.tr("New checklist"))
        self.title = QLineEdit(self)
        self.title.setObjectName("checklistTitle")
        self.title.setPlaceholderText(self.tr("e.g. 十二月读书沙龙 物料"))
        self.event = QComboBox(self)
        self.event.setObjectName("checklistEvent")
        self.event.addItem(self.tr("(standalone: no event)"), None)
        for choice in checklists.event_choices(conn, community_id):
            self.event.addItem(f"{choice.day}  {choice.title}", choice.id)
        if event_id is not None and self.event.findData(event_id) < 0:
            found = checklists.event_choice(conn, event_id)
            if found:
                self.event.addItem(f"{found.day}  {found.title}", event_id)
        self.event.setCurrentIndex(max(self.event.findData(event_id), 0))
        self.event.currentIndexChanged.connect(self._on_event_changed)
        self.template = QComboBox(self)
        self.template.setObjectName("checklistTemplate")
        self.template.addItem(self.tr("(empty checklist)"), None)
        for t in templates.list_templates(conn):
            self.template.addItem(f"{t.name}  ·  {len(t.items)}", t.id)
            self.template.setItemData(self.template.count() - 1, t.description,
                                      Qt.ItemDataRole.ToolTipRole)
        form = QFormLayout()
        form.addRow(self.tr("Event"), self.event)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Start from template"), self.template)
        hint = QLabel(self.tr("A template fills in the items; due dates are counted back from "
                              "the event's day. Owners are left for you to assign."), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(_buttons(self, self.tr("Create")))
        self._on_event_changed()

    def _on_event_changed(self) -> None:
        if self.event.currentData() is not None and not self.title.isModified():
            text = self.event.currentText().split("  ", 1)[-1]
            self.title.setText(self.tr("{event} materials").format(event=text))

    def choice(self) -> tuple[str, int | None, int | None]:
        """(title, event id, template id)."""
        return self.title.text().strip(), self.event.currentData(), self.template.currentData()


class TemplateNameDialog(QDialog):
    def __init__(self, suggestion: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateNameDialog")
        self.setWindowTitle(self.tr("Save as template"))
        self.name = QLineEdit(suggestion, self)
        self.description = QLineEdit(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Template name"), self.name)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(QLabel(self.tr("Items are saved with quantities, prices and how many days "
                                   "before the event they are due; not owners or statuses."),
                           self))
        form.addRow(_buttons(self, self.tr("Save")))


class ImportPreview(QDialog):
    """Every change an edited workbook would make, or every problem that stops it."""

    def __init__(self, plan, parent: QWidget | None = None) -> None:  # ImportPlan
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Import {file}").format(file=plan.source))
        self.resize(760, 480)
        self.table = QTableWidget(self)
        self.table.setObjectName("importPreviewTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        buttons = _buttons(self, self.tr("Import"))
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(buttons)
        if plan.problems:
            self._problems(plan)
        else:
            self._changes(plan)

    def _problems(self, plan) -> None:
        self.summary.setText(self.tr(
            "{count} problem(s) stop this import; nothing has been written. Fix them in the "
            "file and import it again.").format(count=len(plan.problems)))
        self.summary.setStyleSheet(tones.text_style("error"))
        self.ok.setEnabled(False)
        self._fill([self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")],
                   [(p.sheet, str(p.row), p.column, problem_text(p)) for p in plan.problems])

    def _changes(self, plan) -> None:
        rows = []
        for sheet in plan.sheets:
            for c in sheet.changes:
                rows.append((sheet.title, c.item_name, labels.field(c.field),
                             _shown(c.field, c.old), _shown(c.field, c.new)))
            for new in sheet.new_rows:
                rows.append((sheet.title, str(new["name"]), self.tr("(new item)"), "",
                             ", ".join(f"{labels.field(k)}: {_shown(k, v)}"
                                       for k, v in new.items() if k != "name")))
        kept = sum(s.not_in_file for s in plan.sheets)
        text = self.tr("{updated} item(s) change, {added} new. Nothing is written until you "
                       "press Import; Undo takes it back.").format(
            updated=plan.updated_items, added=plan.new_items)
        if kept:
            text += " " + self.tr("{kept} item(s) not in the file stay as they are.").format(
                kept=kept)
        if plan.empty:
            text = self.tr("The file matches the checklist: nothing to import.")
            self.ok.setEnabled(False)
        self.summary.setText(text)
        self._fill([self.tr("Checklist"), self.tr("Item"), self.tr("Field"), self.tr("Before"),
                    self.tr("After")], rows)

    def _fill(self, headers: list[str], rows: list[tuple]) -> None:
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)


def _shown(field: str, value: object) -> str:
    if value is None:
        return ""
    if field == "unit_price":
        return money(int(value))  # type: ignore[arg-type]
    if field == "category":
        return labels.category(str(value))
    if field == "status":
        return labels.status(str(value))
    return str(value)


class SupplierPreview(QDialog):
    """A supplier's items before they are added to the checklist, with the supplier's name."""

    def __init__(self, found, parent: QWidget | None = None) -> None:  # SupplierList
        super().__init__(parent)
        self.setObjectName("supplierPreview")
        self.setWindowTitle(self.tr("Add a supplier's items"))
        self.resize(700, 420)
        self.found = found
        self.supplier = QLineEdit(self)
        self.supplier.setPlaceholderText(self.tr("Supplier name (optional)"))
        form = QFormLayout()
        form.addRow(self.tr("Supplier"), self.supplier)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        table = QTableWidget(len(found.rows), 5, self)
        table.setHorizontalHeaderLabels([labels.field(f) for f in
                                         ("name", "spec", "quantity", "unit", "unit_price")])
        for r, row in enumerate(found.rows):
            for c, f in enumerate(("name", "spec", "quantity", "unit", "unit_price")):
                table.setItem(r, c, QTableWidgetItem(_shown(f, row.get(f))))
        table.resizeColumnsToContents()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(table)
        buttons = _buttons(self, self.tr("Add items"))
        layout.addWidget(buttons)
        if found.problems:
            self.summary.setText(self.tr("Not added: {problems}").format(
                problems="; ".join(str(p) for p in found.problems)))
            self.summary.setStyleSheet(tones.text_style("error"))
            buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        else:
            self.summary.setText(self.tr("{count} item(s) from sheet {sheet}.").format(
                count=len(found.rows), sheet=found.sheet))

    def rows(self) -> list[dict[str, object]]:
        supplier = self.supplier.text().strip()
        return [{**r, "supplier": supplier} if supplier else dict(r) for r in self.found.rows]


class MaterialDialog(QDialog):
    """One material of the library."""

    def __init__(self, values: dict | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("materialDialog")
        self.setWindowTitle(self.tr("Edit material") if values else self.tr("New material"))
        v = values or {}
        self.name = QLineEdit(v.get("name") or "", self)
        self.category = QComboBox(self)
        for c in CATEGORIES:
            self.category.addItem(labels.category(c), c)
        self.category.setCurrentIndex(max(self.category.findData(v.get("category")), 0))
        self.spec = QLineEdit(v.get("spec") or "", self)
        self.unit = QLineEdit(v.get("unit") or "", self)
        self.price = QDoubleSpinBox(self)
        self.price.setRange(0, 10_000_000)
        self.price.setPrefix("¥")
        self.price.setValue((v.get("unit_price") or 0) / 100)
        self.supplier = QLineEdit(v.get("supplier") or "", self)
        self.on_hand = QSpinBox(self)
        self.on_hand.setRange(0, 10_000_000)
        self.on_hand.setValue(int(v.get("on_hand") or 0))
        self.location = QLineEdit(v.get("location") or "", self)
        self.notes = QPlainTextEdit(v.get("notes") or "", self)
        self.notes.setMaximumHeight(70)
        form = QFormLayout(self)
        for text, widget in ((self.tr("Name"), self.name), (self.tr("Category"), self.category),
                             (self.tr("Spec"), self.spec), (self.tr("Unit"), self.unit),
                             (self.tr("Unit price"), self.price),
                             (self.tr("Supplier"), self.supplier),
                             (self.tr("On hand"), self.on_hand),
                             (self.tr("Stored at"), self.location),
                             (self.tr("Notes"), self.notes)):
            form.addRow(text, widget)
        form.addRow(_buttons(self))

    def values(self) -> dict[str, object]:
        return {"name": self.name.text(), "category": self.category.currentData(),
                "spec": self.spec.text(), "unit": self.unit.text(),
                "unit_price": round(self.price.value() * 100) or None,
                "supplier": self.supplier.text(), "on_hand": self.on_hand.value(),
                "location": self.location.text(), "notes": self.notes.toPlainText()}
