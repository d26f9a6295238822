"""The plan's written sections, edited in place and saved as the user types.

Each section is a text box under its title and a short prompt of what a good answer
contains. Typing restarts a short timer per section (``SAVE_DELAY_MS``); when it fires the
settled text is saved as one operation (merged into the previous undo step while the user
keeps typing in the same section, ``views.tab_writer.MERGE_SECONDS``). ``flush`` saves at
once (switching community, closing). Undo and redo write the text back into the box without
saving it again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.core.vocab import PlanSection
from models.plan import document
from views.plan import labels
from views.plan.context import PlanContext, hint_label

translate = QCoreApplication.translate
SAVE_DELAY_MS = 700


class SectionEditor(QPlainTextEdit):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"section_{key}")
        self.setTabChangesFocus(True)
        lines = QFontMetrics(self.font()).lineSpacing()
        self.setFixedHeight(lines * 6 + 14)
        self.saved = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)

    def show_text(self, text: str) -> None:
        """Put the stored text in without it counting as an edit (cursor kept near)."""
        self.saved = text
        if self.toPlainText() == text:
            return
        position = self.textCursor().position()
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.setTextCursor(cursor)
        self.timer.stop()


class SectionsPage(QScrollArea):
    watches = ("plan_sections",)

    def __init__(self, ctx: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planSections")
        self.ctx = ctx
        self.setWidgetResizable(True)
        body = QWidget(self)
        layout = QGridLayout(body)
        layout.setHorizontalSpacing(18)
        self.editors: dict[str, SectionEditor] = {}
        for index, key in enumerate(PlanSection):
            title = QLabel(f"<b>{labels.section_title(key)}</b>", body)
            prompt = hint_label(labels.section_prompt(key), body)
            editor = SectionEditor(key.value, body)
            editor.setPlaceholderText(translate("PlanSections", "Not written yet"))
            editor.textChanged.connect(editor.timer.start)
            editor.timer.timeout.connect(lambda e=editor: self.save(e))
            cell = QVBoxLayout()
            cell.setSpacing(3)
            cell.addWidget(title)
            cell.addWidget(prompt)
            cell.addWidget(editor)
            cell.addStretch(1)
            layout.addLayout(cell, index // 2, index % 2)
            self.editors[key.value] = editor
        layout.setRowStretch(len(PlanSection) // 2, 1)
        self.setWidget(body)

    def reload(self) -> None:
        if self.ctx.plan_id is None:
            for editor in self.editors.values():
                editor.show_text("")
            return
        for key, text in document.sections(self.ctx.conn, self.ctx.plan_id).items():
            editor = self.editors[key]
            if editor.timer.isActive():
                continue  # the user is typing here: theirs wins, saved when it settles
            editor.show_text(text)

    def save(self, editor: SectionEditor) -> None:
        editor.timer.stop()
        text = editor.toPlainText()
        if self.ctx.community_id is None or text == editor.saved:
            return
        plan_in, key = self.ctx.plan_in(), editor.key
        self.ctx.writer.do(translate("PlanSections", "Edit {section}").format(
            section=labels.section_title(key)),
            lambda conn: document.save_section(conn, plan_in(conn), key, text),
            merge=("plan_section", self.ctx.community_id, key))
        editor.saved = text

    def flush(self) -> None:
        """Save every section with typing not yet saved."""
        for editor in self.editors.values():
            if editor.timer.isActive():
                self.save(editor)

    def editor(self, key: str) -> SectionEditor:
        return self.editors[key]
