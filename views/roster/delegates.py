"""In-place editors for the roster table: a stage picker, plain text for the rest."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from models.core.vocab import Lifecycle
from models.members.roster import Column
from views import labels

_STAGE = list(Column).index(Column.LIFECYCLE)


class RosterDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        if index.column() != _STAGE:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.addItem("—", None)
        for stage in Lifecycle:
            combo.addItem(labels.lifecycle(stage), stage.value)
        return combo

    def setEditorData(self, editor: QWidget,  # noqa: N802
                      index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox) and index.column() == _STAGE:
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox) and index.column() == _STAGE:
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
