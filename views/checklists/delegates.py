"""The right editor per item column: dropdowns for category and status, a calendar for the
due date, spin boxes for quantity and price (yuan on screen, fen in the data), text else."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from models.materials.checklists import CATEGORIES, STATUSES
from views.checklists import labels
from views.checklists.item_model import FIELD_ROLE

MAX_QUANTITY = 10_000_000
MAX_YUAN = 10_000_000.0


class ItemDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        name = index.data(FIELD_ROLE)
        if name in ("category", "status"):
            combo = QComboBox(parent)
            combo.setObjectName(f"{name}Editor")
            for value in (CATEGORIES if name == "category" else STATUSES):
                combo.addItem(labels.category(value) if name == "category"
                              else labels.status(value), value)
            return combo
        if name == "quantity":
            spin = QSpinBox(parent)
            spin.setObjectName("quantityEditor")
            spin.setRange(-1, MAX_QUANTITY)
            spin.setSpecialValueText(self.tr("(none)"))  # -1: no quantity yet
            return spin
        if name == "unit_price":
            spin = QDoubleSpinBox(parent)
            spin.setObjectName("priceEditor")
            spin.setDecimals(2)
            spin.setRange(-0.01, MAX_YUAN)
            spin.setSpecialValueText(self.tr("(none)"))
            spin.setPrefix("¥")
            return spin
        if name == "due_on":
            edit = QDateEdit(parent)
            edit.setObjectName("dueEditor")
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            return edit
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QSpinBox):
            editor.setValue(-1 if value is None else int(value))
        elif isinstance(editor, QDoubleSpinBox):
            editor.setValue(-0.01 if value is None else int(value) / 100)
        elif isinstance(editor, QDateEdit):
            day = QDate.fromString(value, "yyyy-MM-dd") if value else QDate.currentDate()
            editor.setDate(day)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QSpinBox):
            model.setData(index, None if editor.value() < 0 else editor.value())
        elif isinstance(editor, QDoubleSpinBox):
            model.setData(index, None if editor.value() < 0 else round(editor.value() * 100))
        elif isinstance(editor, QDateEdit):
            model.setData(index, editor.date().toString("yyyy-MM-dd"))
        else:
            super().setModelData(editor, model, index)
