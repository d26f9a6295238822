"""An editable table of plan rows (goals, roles, risks, stages, rules, policy, needs).

Columns are declared once (``Col``): the row field, the header, and how it is edited
(text, a 1-5 number, a choice with labels, a date, a number, or read-only). Each cell
keeps the stored value under ``VALUE``; an edit that changes it emits
``edited(row_id, field, value)`` and the page turns that into an undoable command. The
table is rebuilt from the workspace after every change (``set_rows``), with signals
blocked, so what is shown is always what is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

VALUE = Qt.ItemDataRole.UserRole + 1
ROW_ID = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Col:
    field: str
    header: str
    kind: str = "text"  # text, score (1-5), choice, date, number, int, readonly
    choices: Sequence[tuple[str, str]] = ()  # (stored value, label)
    width: int | None = None
    #: How a stored value is shown (read-only and number columns).
    show: Callable[[Any, dict], str] | None = field(default=None, compare=False)


class RowDelegate(QStyledItemDelegate):
    def __init__(self, table: RowTable) -> None:
        super().__init__(table)
        self.table = table

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex) -> QWidget:
        col = self.table.columns[index.column()]
        if col.kind == "choice":
            box = QComboBox(parent)
            for value, label in col.choices:
                box.addItem(label, value)
            return box
        if col.kind in ("score", "int"):
            spin = QSpinBox(parent)
            spin.setRange(1, 5) if col.kind == "score" else spin.setRange(1, 3650)
            return spin
        if col.kind == "date":
            edit = QDateEdit(parent)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            return edit
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(VALUE)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or editor.minimum()))
        elif isinstance(editor, QDateEdit):
            day = QDate.fromString(str(value or "")[:10], "yyyy-MM-dd")
            editor.setDate(day if day.isValid() else QDate.currentDate())
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else _plain(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            value: Any = editor.currentData()
        elif isinstance(editor, QSpinBox):
            value = editor.value()
        elif isinstance(editor, QDateEdit):
            value = editor.date().toString("yyyy-MM-dd")
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:
            return
        self.table.commit(index.row(), index.column(), value)


def _plain(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class RowTable(QTableWidget):
    """Emits ``edited(row_id, field, value)`` when the user changes a cell's value."""

    edited = Signal(int, str, object)

    def __init__(self, columns: Sequence[Col], parent: QWidget | None = None) -> None:
        super().__init__(0, len(columns), parent)
        self.columns = list(columns)
        self.setHorizontalHeaderLabels([c.header for c in columns])
        self.setItemDelegate(RowDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        for i, col in enumerate(columns):
            if col.width:
                header.resizeSection(i, col.width)
        self.backgrounds: dict[tuple[int, str], QColor] = {}

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        """Show ``rows`` (dicts with ``id`` and the columns' fields), keeping the selection."""
        keep = self.current_id()
        self.blockSignals(True)
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, col in enumerate(self.columns):
                value = row.get(col.field)
                item = QTableWidgetItem(self._display(col, value, row))
                item.setData(VALUE, value)
                item.setData(ROW_ID, row["id"])
                if col.kind in ("text", "readonly") and item.text():
                    item.setToolTip(item.text())
                flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                if col.kind != "readonly":
                    flags |= Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags)
                if col.kind in ("score", "int", "number") or isinstance(value, (int, float)) \
                        and col.kind == "readonly" and col.show is None:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                colour = self.backgrounds.get((r, col.field))
                if colour is not None:
                    item.setBackground(QBrush(colour))
                self.setItem(r, c, item)
        self.blockSignals(False)
        if keep is not None:
            self.select_id(keep)

    @staticmethod
    def _display(col: Col, value: Any, row: dict[str, Any]) -> str:
        if col.show is not None:
            return col.show(value, row)
        if col.kind == "choice":
            return dict(col.choices).get("" if value is None else value,
                                         "" if value is None else str(value))
        if value is None:
            return ""
        return _plain(value) if col.kind != "date" else str(value)[:10]

    def commit(self, row: int, column: int, value: Any) -> None:
        """A value typed or picked in a cell: emitted only when it differs from the stored."""
        item = self.item(row, column)
        if item is None:
            return
        col = self.columns[column]
        before = item.data(VALUE)
        if (before is None and value in ("", None)) or _same(before, value):
            return
        self.edited.emit(int(item.data(ROW_ID)), col.field, value)

    def current_id(self) -> int | None:
        item = self.item(self.currentRow(), 0) if self.currentRow() >= 0 else None
        return int(item.data(ROW_ID)) if item is not None else None

    def select_id(self, row_id: int) -> None:
        for r in range(self.rowCount()):
            item = self.item(r, 0)
            if item is not None and item.data(ROW_ID) == row_id:
                self.setCurrentCell(r, 0)
                return


def _same(before: Any, value: Any) -> bool:
    if isinstance(before, (int, float)) and not isinstance(before, bool):
        try:
            return float(value) == float(before)
        except (TypeError, ValueError):
            return False
    return str(before) == str(value)
