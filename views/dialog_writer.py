"""What a settings dialog that writes needs (custom fields, points rules): each change one
undo step through the window's stack, a refusal said in the dialog's status line, and the
dialog read again after an undo or redo, even one run after it closed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid

from models.core.changes import Change
from models.store.operations import Done, recorded
from views.operation_runner import describe, perform


def add_undo_keys(window: QWidget, stack: QUndoStack) -> list[QAction]:
    """Ctrl+Z and Ctrl+Shift+Z (Ctrl+Y) undo and redo on ``stack`` while ``window`` (a
    dialog, a window of its own) has the focus: the main window's shortcuts never reach
    another window. A text box keeps the keys for its own typing. Returns the two
    actions (undo, redo)."""
    actions = []
    for keys, slot in (([QKeySequence.StandardKey.Undo], stack.undo),
                       ([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")],
                        stack.redo)):
        action = QAction(window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        window.addAction(action)
        actions.append(action)
    return actions


class DialogWriter:
    """A mixin for a QDialog holding ``undo_stack``, ``workspace``, ``apply_changes`` (the
    window's), ``status`` (a QLabel) and ``reload()``; ``source`` names its changes."""

    source = ""

    def add_undo_keys(self) -> None:
        """Undo and redo keys on the window's stack in this dialog: it opens window-modal,
        so the main window's shortcuts never reach it."""
        add_undo_keys(self, self.undo_stack)  # type: ignore[arg-type, attr-defined]

    def _notify(self, change: Change) -> None:
        self.apply_changes(change)  # type: ignore[attr-defined]
        if isValid(self):  # an undo may come after the dialog closed
            self.reload()  # type: ignore[attr-defined]

    def _on_undo_error(self, error: Exception) -> None:
        QMessageBox.warning(self, QCoreApplication.translate("DialogWriter", "Cannot undo"),  # type: ignore[arg-type]
                            describe(error))

    def perform(self, text: str, work: Callable[[object], object]) -> Done | None:
        """``work`` as one undo step; a refusal is said in the status line and leaves none."""
        try:
            done = perform(self.undo_stack, self.workspace.conn,  # type: ignore[attr-defined]
                           text, recorded(work), self._notify, source=self.source,
                           parent=self, on_error=self._on_undo_error)  # type: ignore[arg-type]
        except (ValueError, LookupError) as error:
            self.status.setText(describe(error))  # type: ignore[attr-defined]
            return None
        self.status.clear()  # type: ignore[attr-defined]
        return done
