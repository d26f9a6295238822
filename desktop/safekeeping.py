"""Keeping the open workspace safe while the window shows it: the background check of a file
too big to check on opening, and the automatic and on-demand backups.

Damage found in the background is recorded (``models.store.damage``): the next open refuses the
file until a check passes, no more backups are taken (so the good ones are not rotated out),
and the open connection refuses writes from then on.
"""

from __future__ import annotations

import time
from typing import Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

from desktop.messages import describe_error
from models.store import backup, damage
from models.store.workspace import QUICK_CHECK_MAX_BYTES, Workspace, quick_check
from views.background import run_query

#: An automatic backup is taken this long after opening, if the last one is older than a day.
AUTO_BACKUP_DELAY_MS = 60_000
AUTO_BACKUP_EVERY_S = 24 * 3600


class Kept(Protocol):
    """What Safekeeping reads of the window it serves (``desktop.window.MainWindow``, which
    it does not import: the window imports this module)."""

    workspace: Workspace  # whatever workspace is open now: opening another replaces it
    undo_stack: QUndoStack

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name


class Safekeeping(QObject):
    """The window's background check and backups of whatever workspace it has open.
    ``parent`` (the window itself) owns the timer, the workers and the dialogs."""

    def __init__(self, window: Kept, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = window
        self.parent_widget = parent
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        """Take the day's backup a little after the window is up."""
        self._timer.start(AUTO_BACKUP_DELAY_MS)

    def stop(self) -> None:
        self._timer.stop()

    def check_in_background(self) -> None:
        """Check the workspace just opened when it was too big to check on opening."""
        path = self.window.workspace.path
        if path.stat().st_size > QUICK_CHECK_MAX_BYTES:
            run_query(self.parent_widget, path, quick_check, self.on_check_done)

    def back_up(self, announce: bool) -> None:
        """An automatic backup now; ``announce`` says a failure in a dialog, not only in the
        status bar (the user asked for this one)."""
        window, path = self.window, self.window.workspace.path
        window.statusBar().showMessage(self.tr("Backing up…"))
        run_query(self.parent_widget, path, lambda _conn: backup.automatic_backup(path),
                  lambda made: window.statusBar().showMessage(
                      self.tr("Backed up to {path}").format(path=made), 10_000),
                  lambda error: QMessageBox.warning(
                      self.parent_widget, self.tr("Backup failed"), describe_error(error))
                  if announce
                  else window.statusBar().showMessage(
                      self.tr("Automatic backup failed: {error}").format(
                          error=describe_error(error)), 10_000))

    def on_check_done(self, problems: str) -> None:
        workspace = self.window.workspace
        if not problems:
            workspace.checked = True  # closing remembers it: imports need not check again
            return
        # Never write into a file known to be damaged: record it (the next open refuses it
        # until a check passes, backups stop) and make this connection refuse writes.
        damage.record(workspace.path, problems)
        workspace.stop_writes()
        self.window.undo_stack.clear()
        QMessageBox.critical(self.parent_widget, self.tr("Workspace damaged"), self.tr(
            "SQLite found damage in this workspace: {problems}\n\nQunzhu will not save "
            "anything more into it, and takes no more backups of it, so your good backups "
            "stay. Restore the latest backup from the folder beside the file ({folder}), or "
            "keep working on a copy.").format(
                problems=problems, folder=backup.backups_dir(workspace.path)))

    def _on_timer_timeout(self) -> None:
        latest = backup.latest_automatic_backup(self.window.workspace.path)
        if latest is None or time.time() - latest.stat().st_mtime > AUTO_BACKUP_EVERY_S:
            self.back_up(announce=False)
