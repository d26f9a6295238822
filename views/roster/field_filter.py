"""The filter bar's "Fields" menu: the roster filtered by custom fields.

One submenu per field: its options (choice, several choices), yes / no, or "contains…" for
text and "between…" for numbers and dates (asked in a small dialog, read by the same parser
as the profile), and "is empty" / "has a value" for every kind. What is picked becomes the
filter's ``field_filters`` (``models.members.field_roster``), so a saved segment keeps it.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
)

from models.core.validation import Invalid
from models.members import custom_fields
from models.members.field_values import OPTION_KINDS, FieldDef, Kind, parse
from views import tones
from views.error_text import describe


class RangeDialog(QDialog):
    """Asks for a text to look for, or the two ends of a range (either may stay empty)."""

    def __init__(self, field: FieldDef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setWindowTitle(field.name)
        form = QFormLayout(self)
        self.low, self.high = QLineEdit(self), QLineEdit(self)
        if field.kind is Kind.TEXT:
            form.addRow(self.tr("Contains"), self.low)
        else:
            form.addRow(self.tr("From"), self.low)
            form.addRow(self.tr("To"), self.high)
            # what to type, and that an open end is fine
            example = (self.tr("e.g. 2026-03-05") if field.kind is Kind.DATE
                       else self.tr("e.g. 3"))
            self.low.setPlaceholderText(example + self.tr(" (empty: no lower end)"))
            self.high.setPlaceholderText(example + self.tr(" (empty: no upper end)"))
            self.setMinimumWidth(360)
        self.error = QLabel(self)
        self.error.setStyleSheet(tones.text_style("error"))
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.result_filter: tuple | None = None

    def filter(self) -> tuple | None:
        """The filter the fields make (raises ``Invalid`` naming the field)."""
        if self.field.kind is Kind.TEXT:
            text = self.low.text().strip()
            return (self.field.id, "contains", text) if text else None
        ends = [parse(self.field, edit.text()) for edit in (self.low, self.high)]
        low, high = (e[0] if e else None for e in ends)
        return None if low is None and high is None else (self.field.id, "range", low, high)

    def _on_accepted(self) -> None:
        try:
            self.result_filter = self.filter()
        except Invalid as error:
            self.error.setText(describe(error))
            return
        self.accept()


class FieldFilterButton(QToolButton):
    """Emits ``changed`` when a field filter is set or cleared."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterFields")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self.fields: list[FieldDef] = []
        self.filters: dict[int, tuple] = {}
        self._rebuild()

    def load(self, conn: sqlite3.Connection) -> None:
        self.fields = custom_fields.fields(conn)
        known = {f.id for f in self.fields}
        self.filters = {k: v for k, v in self.filters.items() if k in known}
        self._rebuild()

    def values(self) -> tuple[tuple, ...]:
        return tuple(self.filters[f.id] for f in self.fields if f.id in self.filters)

    def set_values(self, filters: tuple[tuple, ...]) -> None:
        self.filters = {int(f[0]): tuple(f) for f in filters}
        self._rebuild()

    def set_filter(self, field_id: int, found: tuple | None) -> None:
        if found is None:
            self.filters.pop(field_id, None)
        else:
            self.filters[field_id] = found
        self._rebuild()
        self.changed.emit()

    def _rebuild(self) -> None:
        menu = self.menu()
        menu.clear()
        count = len(self.filters)
        self.setText(self.tr("Fields") + (f" ({count})" if count else ""))
        self.setEnabled(bool(self.fields))
        for f in self.fields:
            sub = menu.addMenu(f.name + (" ✓" if f.id in self.filters else ""))
            current = self.filters.get(f.id)
            if f.kind in OPTION_KINDS or f.kind is Kind.YESNO:
                choices = [(o, o) for o in f.options] if f.kind in OPTION_KINDS else \
                    [(self.tr("Yes"), 1), (self.tr("No"), 0)]
                picked = set(current[2] if current and current[1] == "has" else ())
                for label, value in choices:
                    action = sub.addAction(label)
                    action.setCheckable(True)
                    action.setChecked(value in picked)
                    action.toggled.connect(
                        lambda on, f=f, v=value: self._toggle_option(f, v, on))
            else:
                ask = sub.addAction(self.tr("Contains…") if f.kind is Kind.TEXT
                                    else self.tr("Between…"))
                ask.triggered.connect(lambda _c=False, f=f: self.ask(f))
            sub.addSeparator()
            for op, label in (("empty", self.tr("Is empty")), ("set", self.tr("Has a value"))):
                action = sub.addAction(label)
                action.setCheckable(True)
                action.setChecked(bool(current) and current[1] == op)
                action.toggled.connect(lambda on, f=f, op=op: self.set_filter(
                    f.id, (f.id, op) if on else None))
            clear = QAction(self.tr("Any value"), sub)
            clear.setEnabled(current is not None)
            clear.triggered.connect(lambda _c=False, f=f: self.set_filter(f.id, None))
            sub.addAction(clear)

    def _toggle_option(self, f: FieldDef, value: object, on: bool) -> None:
        current = self.filters.get(f.id)
        picked = list(current[2]) if current and current[1] == "has" else []
        if on and value not in picked:
            picked.append(value)
        elif not on and value in picked:
            picked.remove(value)
        self.set_filter(f.id, (f.id, "has", tuple(picked)) if picked else None)

    def range_dialog(self, f: FieldDef) -> RangeDialog:
        return RangeDialog(f, self)

    def ask(self, f: FieldDef) -> None:
        dialog = self.range_dialog(f)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_filter(f.id, dialog.result_filter)
