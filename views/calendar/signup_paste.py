"""Pasting a sign-up list (a WeChat 接龙, a sheet's column) for an event: every line shown
with what it was read as (a person and who they are, or a heading skipped), then one
button that says what it will do.

Creating members is never the default: the box is unticked, and ticking it turns the button
into "Create 2 new members and register 7", so the count is confirmed by the click itself.
The parsing and matching are ``models.events.signup_text`` and ``models.events.member_lookup``.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.events.member_lookup import SignupLine, match_signup_entries
from models.events.signup_register import creatable
from models.events.signup_text import LineKind, SignupEntry, parse_signup_text
from views import tones

COLUMNS = ("line", "name", "phone", "guests", "note", "match")


class SignupListDialog(QDialog):
    """Paste lines, see what each one is and who it matches, then register them."""

    def __init__(self, conn: sqlite3.Connection, community_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signupListDialog")
        self.conn, self.community_id = conn, community_id
        #: The people's lines, matched (what ``register_signup`` takes).
        self.matched: list[SignupLine] = []
        self.lines: list[SignupEntry] = []
        self.setWindowTitle(self.tr("Paste a sign-up list"))
        self.resize(820, 640)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("signupText")
        self.text.setPlaceholderText(self.tr(
            "Paste the group chain (接龙) as it is, headings and all, or a column from a "
            "sheet:\n1. 张晓明 1234\n2. 李娜 13911112222\n3. 王芳 +1（新朋友）"))
        self.text.textChanged.connect(self._on_text_changed)
        self.open_file = QPushButton(self.tr("Open a file (.csv, .txt)…"), self)
        self.open_file.setAutoDefault(False)
        self.open_file.clicked.connect(self._on_open_file_clicked)
        self.summary = QLabel(self)
        self.summary.setObjectName("signupSummary")
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.open_file)
        self.preview = QTreeWidget(self)
        self.preview.setObjectName("signupPreview")
        self.preview.setRootIsDecorated(False)
        self.preview.setHeaderLabels([self.tr("Line"), self.tr("Name"), self.tr("Phone"),
                                      self.tr("Guests"), self.tr("Note"), self.tr("Match")])
        header = self.preview.header()
        header.setStretchLastSection(True)
        for column, width in ((0, 40), (1, 210), (2, 110), (3, 50), (4, 110)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.create = QCheckBox(self)
        self.create.setObjectName("signupCreate")
        self.create.setChecked(False)  # junk members are worse than a line to add by hand
        self.create.toggled.connect(self._update_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.register_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.register_button.setObjectName("signupRegister")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 2)
        layout.addLayout(top)
        layout.addWidget(self.preview, 3)
        layout.addWidget(self.create)
        layout.addWidget(self.buttons)
        self._on_text_changed()

    def set_text(self, text: str) -> None:
        self.text.setPlainText(text)

    def to_create(self) -> list[SignupLine]:
        """The lines that become new members if the box is ticked."""
        return creatable(self.matched)

    def to_register(self) -> int:
        """How many people the button registers (or finds already registered)."""
        found = sum(1 for x in self.matched if x.member_id is not None and not x.problem)
        return found + (len(self.to_create()) if self.create.isChecked() else 0)

    def load_file(self, path: str) -> bool:
        from exports.signup import EncodingUnknown, read_signup_text
        from views.error_text import file_problem

        try:
            self.set_text(read_signup_text(path))
        except (EncodingUnknown, OSError, ValueError) as error:
            QMessageBox.warning(self, self.tr("Paste a sign-up list"), file_problem(error, path))
            return False
        return True

    def _on_open_file_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a sign-up list"), "",
            self.tr("Text and CSV files (*.csv *.txt);;All files (*)"))
        if name:
            self.load_file(name)

    def _on_text_changed(self) -> None:
        self.lines = parse_signup_text(self.text.toPlainText())
        people = [e for e in self.lines if e.kind == LineKind.ENTRY]
        self.matched = match_signup_entries(self.conn, people, self.community_id)
        by_line = {x.line: x for x in self.matched}
        self.preview.clear()
        for entry in self.lines:
            line = by_line.get(entry.line)
            if line is None:
                item = QTreeWidgetItem(self.preview, [str(entry.line), entry.text, "", "", "",
                                                      self._skipped(entry.kind)])
                item.setToolTip(1, entry.text)  # a heading is longer than a name's column
                for column in range(len(COLUMNS)):
                    item.setForeground(column, QBrush(tones.tone("muted")))
                continue
            phone = entry.phone or (f"…{entry.tail}" if entry.tail else "")
            guests = f"+{entry.guests}" if entry.guests else ""
            item = QTreeWidgetItem(self.preview, [str(entry.line), entry.name, phone, guests,
                                                  entry.note, self._state(line)])
            if line.problem and not (line.creatable and self.create.isChecked()):
                item.setForeground(5, QBrush(tones.tone("warning")))
        skipped = len(self.lines) - len(people)
        found = sum(1 for x in self.matched if x.member_id is not None and not x.problem)
        self.summary.setText(self.tr(
            "{people} people: {found} found, {new} not found, {other} to add by hand"
            " · {skipped} lines skipped (headings, empty numbers)").format(
                people=len(self.matched), found=found, new=len(self.to_create()),
                other=len(self.matched) - found - len(self.to_create()), skipped=skipped))
        self._update_button()

    def _update_button(self) -> None:
        new = len(self.to_create())
        self.create.setText(self.tr("Create new members for the lines that match nobody ({new})")
                            .format(new=new))
        self.create.setEnabled(new > 0)
        count = self.to_register()
        if self.create.isChecked() and new == 1:
            text = self.tr("Create 1 new member and register {count}")
        elif self.create.isChecked() and new:
            text = self.tr("Create {new} new members and register {count}")
        else:
            text = self.tr("Register {count}")
        self.register_button.setText(text.format(new=new, count=count))
        self.register_button.setEnabled(count > 0)
        # the states in the preview say "will be created" only while the box is ticked
        by_line = {x.line: x for x in self.matched}
        for row in range(self.preview.topLevelItemCount()):
            item = self.preview.topLevelItem(row)
            line = by_line.get(int(item.text(0)))
            if line is not None and line.creatable:
                item.setText(5, self._state(line))
                item.setForeground(5, QBrush(tones.tone("ok") if self.create.isChecked()
                                             else tones.tone("warning")))

    def _state(self, line: SignupLine) -> str:
        if line.problem == "duplicate":
            return self.tr("Same person as line {line}").format(line=line.duplicate_of)
        if line.member_id is not None:
            if line.member_name:
                return self.tr("Found: {name}").format(name=line.member_name)
            return self.tr("Found")
        if line.problem == "ambiguous":
            return self.tr("Several people have this name: add by hand")
        if line.problem == "tail_mismatch":
            return self.tr("Known name, other phone: add by hand")
        if line.creatable and self.create.isChecked():
            return self.tr("Not found: will be created")
        return self.tr("Not found")

    def _skipped(self, kind: LineKind) -> str:
        return {
            LineKind.HEADER: self.tr("Heading: skipped"),
            LineKind.EMPTY: self.tr("Empty number: skipped"),
            LineKind.AFTER: self.tr("After the list: skipped"),
        }.get(kind, self.tr("Skipped"))
