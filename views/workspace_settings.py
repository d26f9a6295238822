"""Workspace settings (Edit > Workspace Settings…): what belongs to the workspace file
rather than to this computer. Today: its time zone, which decides the offset the app writes,
which day "today" is and the days analytics counts by."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from models.analytics.zone_change import ChangeZone, is_big
from models.core import zones
from models.core.changes import Change
from models.store.workspace import Workspace
from views import tones
from views.operation_runner import perform, perform_long

translate = QCoreApplication.translate


class WorkspaceSettingsDialog(QDialog):
    """``apply_changes`` gets the Change after a new zone is saved, and after its undo and
    redo: the change is one step on ``undo_stack`` (the window's)."""

    def __init__(self, workspace: Workspace, apply_changes: Callable[[Change], None],
                 parent: QWidget | None = None, undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.setObjectName("workspaceSettings")
        self.setWindowTitle(translate("WorkspaceSettings", "Workspace Settings"))
        self.workspace = workspace
        self.apply_changes = apply_changes
        self.current = zones.default_tzid(workspace.conn)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.zone = QComboBox(self)
        self.zone.setObjectName("workspaceZone")
        self.zone.setEditable(True)  # type to find one of some 400 zones
        self.zone.addItems(zones.common_zones())
        self.zone.setCurrentText(self.current)
        form.addRow(translate("WorkspaceSettings", "Time zone:"), self.zone)
        layout.addLayout(form)
        system = zones.system_tzid() or "—"
        note = QLabel(translate(
            "WorkspaceSettings",
            "Days are counted in this zone: \"today\", the calendar, and every day, week and "
            "month of the analytics. New times are written with its offset; times already "
            "stored keep theirs. This computer's zone: {system}.").format(system=system), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error = QLabel(self)
        self.error.setObjectName("workspaceSettingsError")
        self.error.setStyleSheet(tones.text_style("error"))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> bool:
        """Keep the chosen zone; an unknown name is refused, saying so, and nothing changes."""
        tzid = self.zone.currentText().strip()
        if not zones.valid(tzid):
            self.error.setText(translate("WorkspaceSettings",
                                         "\"{zone}\" is not a time zone this computer knows "
                                         "(e.g. Asia/Shanghai).").format(zone=tzid))
            return False
        if tzid != self.current:
            text = translate("WorkspaceSettings", "Change time zone to {zone}").format(zone=tzid)
            if is_big(self.workspace.conn):
                # every stored instant is rewritten and every summary counted again: minutes
                # at a million members, behind a progress dialog rather than a frozen window
                operation = ChangeZone(tzid, big=True)
                perform_long(self.parentWidget() or self, self.undo_stack, self.workspace.conn,
                             self.workspace.path, text,
                             lambda conn, _progress: operation(conn), self.apply_changes)
            else:
                perform(self.undo_stack, self.workspace.conn, text, ChangeZone(tzid),
                        self.apply_changes, parent=self.parentWidget())
        self.accept()
        return True
