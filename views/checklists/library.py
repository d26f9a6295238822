"""物料库: the material library with on hand / reserved / available and shortage warnings."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from models.materials import library
from models.materials.library import Stock
from views import tones
from views.checklists import labels
from views.labels import money

#: Shortages of events this many days ahead are announced above the table.
SOON_DAYS = 30


class LibraryPanel(QWidget):
    """Lists the library; asks its view (signals) to add, edit, delete or use a material."""

    add_requested = Signal()
    edit_requested = Signal(int)
    delete_requested = Signal(int)
    use_requested = Signal(int)  # add as an item of the current checklist
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("materialLibrary")
        self.stock: list[Stock] = []
        self.warning = QLabel(self)
        self.warning.setObjectName("shortageWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel { " + tones.tint_style("danger")
                                   + " padding: 6px; border-radius: 4px; }")
        self.table = QTableWidget(self)
        self.table.setObjectName("materialTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.verticalHeader().hide()
        self.hint = QLabel(self.tr(
            "Reserved: what open items of upcoming events' checklists draw from the library. "
            "Marking an item used takes it out of stock; returned puts it back."), self)
        self.hint.setWordWrap(True)
        buttons = QToolBar(self)  # narrow windows: the rest behind its » button
        buttons.setObjectName("materialActions")
        for text, signal, name in (
                (self.tr("New material…"), self.add_requested, "addMaterial"),
                (self.tr("Edit…"), None, "editMaterial"),
                (self.tr("Delete"), None, "deleteMaterial"),
                (self.tr("Add to checklist"), None, "useMaterial"),
                (self.tr("Export inventory…"), self.export_requested, "exportInventory")):
            button = buttons.addAction(text)
            button.setObjectName(name)
            if signal is not None:
                button.triggered.connect(signal)
            setattr(self, name, button)
        self.editMaterial.triggered.connect(lambda: self._emit_selected(self.edit_requested))
        self.deleteMaterial.triggered.connect(lambda: self._emit_selected(self.delete_requested))
        self.useMaterial.triggered.connect(lambda: self._emit_selected(self.use_requested))
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.stock[rows[0].row()].id if rows else None

    def _emit_selected(self, signal) -> None:
        material_id = self.selected_id()
        if material_id is not None:
            signal.emit(material_id)

    def _on_table_double_clicked(self, index) -> None:
        self.edit_requested.emit(self.stock[index.row()].id)

    def show_stock(self, stock: list[Stock], soon: list[Stock], today: date) -> None:
        """``soon``: shortages for events of the next 30 days."""
        self.stock = stock
        headers = [labels.field("name"), labels.field("category"), labels.field("spec"),
                   labels.field("unit"), labels.field("unit_price"), labels.field("supplier"),
                   self.tr("On hand"), self.tr("Reserved"), self.tr("Available"),
                   self.tr("Events"), labels.field("location")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(stock))
        for r, s in enumerate(stock):
            values = [s.name, labels.category(s.category), s.spec or "", s.unit or "",
                      money(s.unit_price), s.supplier or "", s.on_hand, s.reserved,
                      s.available, s.events, s.location or ""]
            for c, value in enumerate(values):
                cell = QTableWidgetItem(str(value))
                if isinstance(value, int):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if s.short and c in (0, 8):
                    cell.setForeground(QBrush(tones.tone("error")))
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()
        if soon:
            lines = [self.tr("{name}: {on_hand} on hand, {needed} needed by {events} event(s) "
                             "in the next 30 days").format(name=s.name, on_hand=s.on_hand,
                                                  needed=s.reserved, events=s.events)
                     for s in soon]
            self.warning.setText("⚠ " + "\n⚠ ".join(lines))
            self.warning.show()
        else:
            self.warning.hide()


def load(conn, today: date) -> tuple[list[Stock], list[Stock]]:
    return (library.list_stock(conn, today),
            library.shortages(conn, today, today + timedelta(days=SOON_DAYS)))
