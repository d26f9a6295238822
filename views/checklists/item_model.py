"""The item table of one checklist: rows as the model layer returns them (filtered in SQL).

A checklist holds tens to a few thousand items, so the rows live in a list reloaded after
each change. Edits do not write here: ``setData`` emits ``edit_requested(item_id, field,
value)`` and the view turns it into an undoable command. Incomplete items carry a mark in
the first column and a tinted row; overdue due dates are red.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont

from models.core import clock
from models.materials.checklists import Item
from views import tones
from views.checklists import labels
from views.labels import money

COLUMNS = ("mark", "name", "category", "spec", "quantity", "unit", "unit_price", "amount",
           "supplier", "owner", "due_on", "status", "location", "notes")
EDITABLE = frozenset(COLUMNS) - {"mark", "amount"}
FIELD_ROLE = Qt.ItemDataRole.UserRole + 1  # the column's field name
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's Item


class ItemTableModel(QAbstractTableModel):
    edit_requested = Signal(int, str, object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[Item] = []
        self.today = clock.today()
        self._bold = QFont()
        self._bold.setBold(True)

    def set_items(self, items: list[Item], today: date) -> None:
        self.beginResetModel()
        self.items = items
        self.today = today
        self.endResetModel()

    def item(self, row: int) -> Item:
        return self.items[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        name = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if name == "mark" else labels.field(name)
        if role == Qt.ItemDataRole.ToolTipRole and name == "mark":
            return self.tr("Marked items lack a quantity, unit, owner or due date")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()] in EDITABLE:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        name = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, name)
        if role == Qt.ItemDataRole.EditRole:
            return None if name in ("mark", "amount") else getattr(item, name)
        if role == FIELD_ROLE:
            return name
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.BackgroundRole and not item.complete:
            return QBrush(tones.tint("attention")[0])
        if role == Qt.ItemDataRole.ForegroundRole:
            # a tinted row writes its own text colour: the palette's may be light (dark mode)
            if name in ("due_on", "mark") and item.overdue(self.today):
                return QBrush(tones.tone("error"))
            if not item.complete:
                return QBrush(tones.tint("attention")[1])
        if role == Qt.ItemDataRole.FontRole and name == "due_on" and item.overdue(self.today):
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and name in (
                "quantity", "unit_price", "amount"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, name)
        return None

    def _display(self, item: Item, name: str) -> object:
        if name == "mark":
            if item.overdue(self.today):
                return "⏰"
            return "!" if not item.complete else ""
        if name == "category":
            return labels.category(item.category)
        if name == "status":
            return labels.status(item.status)
        if name == "unit_price":
            return money(item.unit_price)
        if name == "amount":
            return money(item.cost) if item.quantity is not None and item.unit_price is not None \
                else ""
        value = getattr(item, name)
        return "" if value is None else str(value)

    def _tooltip(self, item: Item, name: str) -> str | None:
        lines = []
        if not item.complete:
            missing = ", ".join(labels.field(f) for f in item.missing)
            lines.append(self.tr("Incomplete: no {fields}").format(fields=missing))
        if item.overdue(self.today):
            lines.append(self.tr("Overdue: due {day} and still {status}").format(
                day=item.due_on, status=labels.status(item.status)))
        if name == "notes" and item.notes:
            lines.append(item.notes)
        return "\n".join(lines) or None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: object,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        name = COLUMNS[index.column()]
        if name not in EDITABLE:
            return False
        item = self.items[index.row()]
        if isinstance(value, str):
            value = value.strip() or None
        if value == getattr(item, name):
            return False
        self.edit_requested.emit(item.id, name, value)
        return True
