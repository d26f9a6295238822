"""Edit > Custom Fields…: the fields a workspace adds to its members (孩子年龄, 会员到期日, 车型,
尺码), defined, renamed, reordered and deleted here.

Every change is one step on the window's undo stack (``views.operation_runner``). Deleting a
field that members hold values of asks first, saying how many lose a value; undo puts the
field and every value back. The preview shows how a value typed in the profile or found in
an imported cell is read, or why it is refused.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.core.changes import Change
from models.core.validation import Invalid
from models.members import custom_fields
from models.members.field_values import OPTION_KINDS, FieldDef, Kind, as_text, parse
from models.store.operations import Done
from models.store.workspace import Workspace
from views import tones
from views.dialog_writer import DialogWriter
from views.operation_runner import describe

translate = QCoreApplication.translate
SOURCE = "fields"


def kind_label(kind: Kind) -> str:
    return {
        Kind.TEXT: translate("CustomFields", "Text"),
        Kind.NUMBER: translate("CustomFields", "Number"),
        Kind.DATE: translate("CustomFields", "Date"),
        Kind.CHOICE: translate("CustomFields", "One choice"),
        Kind.CHOICES: translate("CustomFields", "Several choices"),
        Kind.YESNO: translate("CustomFields", "Yes / no"),
    }[kind]


def value_text(field: FieldDef, values: list[object]) -> str:
    """Values as the roster and the profile show them (yes/no in the user's language)."""
    return as_text(field, values, translate("CustomFields", "Yes"),
                   translate("CustomFields", "No"))


#: What the preview offers to try, per kind.
_SAMPLES = {Kind.TEXT: "实验小学", Kind.NUMBER: "１，２８０", Kind.DATE: "2026年3月5日",
            Kind.YESNO: "是"}


class CustomFieldsDialog(DialogWriter, QDialog):
    """The list of fields on the left, the chosen one (or a new one) on the right."""

    source = SOURCE

    def __init__(self, workspace: Workspace, undo_stack: QUndoStack,
                 apply_changes: Callable[[Change], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customFields")
        self.setWindowTitle(self.tr("Custom Fields"))
        self.workspace, self.undo_stack, self.apply_changes = workspace, undo_stack, apply_changes
        self.add_undo_keys()
        self.resize(680, 440)

        self.list = QListWidget(self)
        self.list.setObjectName("customFieldList")
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.up = QPushButton(self.tr("Move up"), self)
        self.down = QPushButton(self.tr("Move down"), self)
        self.add = QPushButton(self.tr("New field"), self)
        self.remove = QPushButton(self.tr("Delete…"), self)
        self.remove.setObjectName("deleteField")
        self.up.clicked.connect(lambda: self.move(-1))
        self.down.clicked.connect(lambda: self.move(1))
        self.add.clicked.connect(self.start_new)
        self.remove.clicked.connect(self._on_remove_clicked)
        left = QVBoxLayout()
        left.addWidget(self.list)
        row = QHBoxLayout()
        for button in (self.add, self.up, self.down, self.remove):
            row.addWidget(button)
        left.addLayout(row)

        self.name = QLineEdit(self)
        self.name.setObjectName("fieldName")
        self.name.setPlaceholderText(self.tr("e.g. 车型, 孩子年龄, 会员到期日"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("fieldKind")
        for kind in Kind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.options = QPlainTextEdit(self)
        self.options.setObjectName("fieldOptions")
        self.options.setPlaceholderText(self.tr("One option per line"))
        self.options.setMaximumHeight(110)
        self.sample = QLineEdit(self)
        self.sample.setObjectName("fieldSample")
        self.preview = QLabel(self)
        self.preview.setObjectName("fieldPreview")
        self.preview.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save field"), self)
        self.save_button.setObjectName("saveField")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.status.setObjectName("customFieldsStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(tones.text_style("error"))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Options"), self.options)
        form.addRow(self.tr("Try a value"), self.sample)
        form.addRow(self.tr("Stored as"), self.preview)
        form.addRow("", self.save_button)
        form.addRow(self.status)
        for signal in (self.kind.currentIndexChanged, self.options.textChanged,
                       self.sample.textChanged, self.name.textChanged):
            signal.connect(self._update_preview)

        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(form, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.reload()

    # -- reading ---------------------------------------------------------------------------

    @property
    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else self.current_id
        self.fields = custom_fields.fields(self.workspace.conn)
        self.list.blockSignals(True)
        self.list.clear()
        for f in self.fields:
            item = QListWidgetItem(f"{f.name}  ·  {kind_label(f.kind)}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, f.id)
            if f.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._on_current_changed()

    def _field(self) -> FieldDef | None:
        return next((f for f in self.fields if f.id == self.current_id), None)

    def _on_current_changed(self, *_args) -> None:
        f = self._field()
        self.kind.setEnabled(f is None)  # a kind is kept: values were read by it
        if f is None:
            self.name.clear()
            self.options.clear()
        else:
            self.name.setText(f.name)
            self.kind.setCurrentIndex(self.kind.findData(f.kind.value))
            self.options.setPlainText("\n".join(f.options))
        for button in (self.up, self.down, self.remove):
            button.setEnabled(f is not None)
        self._update_preview()

    def start_new(self) -> None:
        self.list.setCurrentItem(None)
        self._on_current_changed()
        self.name.setFocus()

    def _draft(self) -> FieldDef:
        kind = Kind(self.kind.currentData())
        return FieldDef(0, self.name.text().strip() or self.tr("this field"), kind,
                        self._option_list() if kind in OPTION_KINDS else ())

    def _option_list(self) -> tuple[str, ...]:
        return tuple(t.strip() for t in self.options.toPlainText().splitlines() if t.strip())

    def _update_preview(self, *_args) -> None:
        draft = self._draft()
        self.options.setEnabled(draft.kind in OPTION_KINDS)
        sample = _SAMPLES.get(draft.kind) or "、".join(draft.options[:2]) or "—"
        self.sample.setPlaceholderText(self.tr("e.g. {sample}").format(sample=sample))
        typed = self.sample.text() or (sample if sample != "—" else "")
        try:
            shown = value_text(draft, parse(draft, typed))
        except Invalid as error:
            self.preview.setStyleSheet(tones.text_style("error"))
            self.preview.setText(describe(error))
            return
        self.preview.setStyleSheet("")
        self.preview.setText(self.tr("{typed} → {shown}").format(
            typed=typed or "—", shown=shown or self.tr("(empty)")))

    # -- writing ---------------------------------------------------------------------------

    def save(self) -> Done | None:
        """Add the new field, or rename the chosen one and set its options."""
        field_id, name, options = self.current_id, self.name.text(), self._option_list()
        if field_id is None:
            kind = Kind(self.kind.currentData())
            done = self.perform(self.tr("Add field {name}").format(name=name.strip()),
                                lambda conn: custom_fields.define_field(conn, name, kind,
                                                                        options))
            if done is not None:
                self.reload(select=done.value[0].id)
            return done
        return self.perform(self.tr("Edit field {name}").format(name=name.strip()),
                            lambda conn: custom_fields.edit_field(conn, field_id, name,
                                                                  options))

    def move(self, step: int) -> Done | None:
        ids = [f.id for f in self.fields]
        field_id = self.current_id
        if field_id is None:
            return None
        at = ids.index(field_id)
        to = max(0, min(len(ids) - 1, at + step))
        if to == at:
            return None
        ids.insert(to, ids.pop(at))
        return self.perform(self.tr("Reorder fields"),
                            lambda conn: custom_fields.reorder_fields(conn, ids))

    def confirm_delete(self, f: FieldDef, holders: int) -> bool:
        """Whether to delete a field ``holders`` members hold a value of."""
        answer = QMessageBox.question(
            self, self.tr("Delete field"),
            self.tr("{count:,} member(s) have a value in “{name}”; deleting the field removes "
                    "those values. Undo (Ctrl+Z) brings them back.").format(
                count=holders, name=f.name))
        return answer == QMessageBox.StandardButton.Yes

    def _on_remove_clicked(self) -> None:
        f = self._field()
        if f is not None:
            self.delete(f)

    def delete(self, f: FieldDef) -> Done | None:
        holders = custom_fields.holders(self.workspace.conn, f.id)
        if holders and not self.confirm_delete(f, holders):
            return None
        return self.perform(self.tr("Delete field {name}").format(name=f.name),
                            lambda conn: custom_fields.delete_field(conn, f.id))
