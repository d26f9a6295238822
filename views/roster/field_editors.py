"""A member's custom fields in the profile: an editor per kind, checked as the user types.

Text and numbers in a line edit (a number may be typed with 千分位 or full-width digits, and
is checked by the same parser an import uses), a date in a date edit with an empty state
("—"), one choice in a combo box, several in a checkable list, yes/no in a combo box with
an empty choice. A value that cannot be stored is said next to its field, naming it, and
keeps the dialog from saving (``validity_changed``).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.core.validation import Invalid
from models.members.field_values import FieldDef, Kind, number_text, parse
from views import tones
from views.error_text import describe

#: A QDateEdit at this date shows "—": no date.
NO_DATE = QDate(1900, 1, 1)


class FieldEditor(QWidget):
    """One field's editor and the line saying why its value is refused."""

    changed = Signal()

    def __init__(self, field: FieldDef, values: list[object], parent: QWidget) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName(f"customField_{field.id}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.editor = self._make(values)
        layout.addWidget(self.editor)
        self.error = QLabel(self)
        self.error.setObjectName("customFieldError")
        self.error.setStyleSheet(tones.text_style("error"))
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.original = list(values)

    def _make(self, values: list[object]) -> QWidget:
        kind = self.field.kind
        if kind in (Kind.TEXT, Kind.NUMBER):
            edit = QLineEdit(self)
            if values:
                edit.setText(number_text(values[0]) if kind is Kind.NUMBER else str(values[0]))
            if kind is Kind.NUMBER:
                edit.setPlaceholderText(self.tr("a number, e.g. 1,280"))
            edit.textChanged.connect(self.changed)
            return edit
        if kind is Kind.DATE:
            day = QDateEdit(self)
            day.setCalendarPopup(True)
            day.setDisplayFormat("yyyy-MM-dd")
            day.setMinimumDate(NO_DATE)
            day.setSpecialValueText("—")
            day.setDate(QDate.fromString(str(values[0]), "yyyy-MM-dd") if values else NO_DATE)
            day.dateChanged.connect(self.changed)
            return day
        if kind is Kind.CHOICES:
            box = QListWidget(self)
            for option in self.field.options:
                item = QListWidgetItem(option, box)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if option in values
                                   else Qt.CheckState.Unchecked)
            rows = max(2, min(6, len(self.field.options)))
            box.setFixedHeight(box.sizeHintForRow(0) * rows + 2 * box.frameWidth() + 4)
            box.itemChanged.connect(self.changed)
            return box
        combo = QComboBox(self)
        combo.addItem("—", "")
        if kind is Kind.YESNO:
            combo.addItem(self.tr("Yes"), "1")
            combo.addItem(self.tr("No"), "0")
            current = "" if not values else str(int(bool(values[0])))
        else:
            for option in self.field.options:
                combo.addItem(option, option)
            current = str(values[0]) if values else ""
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def raw(self) -> object:
        """What the editor holds, as the parser takes it."""
        editor = self.editor
        if isinstance(editor, QLineEdit):
            return editor.text()
        if isinstance(editor, QDateEdit):
            return "" if editor.date() == NO_DATE else editor.date().toString("yyyy-MM-dd")
        if isinstance(editor, QListWidget):
            return [editor.item(i).text() for i in range(editor.count())
                    if editor.item(i).checkState() == Qt.CheckState.Checked]
        return editor.currentData()  # type: ignore[attr-defined]

    def values(self) -> list[object]:
        """The parsed values; raises ``Invalid`` (naming the field)."""
        return parse(self.field, self.raw())

    def check(self) -> bool:
        try:
            self.values()
        except Invalid as error:
            self.error.setText(describe(error))
            self.error.show()
            return False
        self.error.hide()
        return True


class CustomFieldsForm(QWidget):
    """Every custom field of the workspace for one member. Emits ``validity_changed``."""

    validity_changed = Signal(bool)

    def __init__(self, fields: list[FieldDef], values: dict[int, list[object]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customFieldsForm")
        outer = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(form)
        outer.addStretch(1)  # the fields at the top, not spread over the tab
        self.editors: dict[int, FieldEditor] = {}
        for f in fields:
            editor = FieldEditor(f, values.get(f.id, []), self)
            editor.changed.connect(self.validate)
            self.editors[f.id] = editor
            form.addRow(f.name, editor)
        if not fields:
            form.addRow(QLabel(self.tr("No custom fields yet: add them in Edit > Custom "
                                       "Fields…"), self))

    def validate(self) -> bool:
        ok = all([editor.check() for editor in self.editors.values()])
        self.validity_changed.emit(ok)
        return ok

    def changed(self) -> dict[int, object]:
        """``{field id: raw value}`` of the fields whose values differ from the stored ones
        (raises ``Invalid`` for a refused one)."""
        return {field_id: editor.raw() for field_id, editor in self.editors.items()
                if editor.values() != editor.original}
