"""Erasing members' personal data (PIPL requests), in the workspace and in its backups.

``EraseDialog`` asks for confirmation and, when backups lie beside the workspace, offers to
remove the people from them too (checked by default: a request to erase covers every copy
the operator keeps). ``erase_members`` runs the whole flow: it captures who the people are
*before* erasing (``models.members.backup_purge.identify``), erases in one transaction (an
operation that cannot be undone: the undo history goes, its steps hold the erased values),
then rewrites the backups on a worker behind a progress dialog, and says which backups it
could not clean.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from models.members import backup_purge, records
from models.members.backup_purge import PurgeResult
from models.store.workspace import Workspace
from views.error_text import file_problem
from views.long_task import LongTask
from views.tab_writer import TabWriter

translate = QCoreApplication.translate


class EraseDialog(QDialog):
    """Confirms an erasure; ``purge_backups()`` says whether the backups are cleaned too."""

    def __init__(self, message: str, backup_count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eraseDialog")
        self.setWindowTitle(translate("EraseDialog", "Erase personal data"))
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        text = QLabel(message, self)
        text.setWordWrap(True)
        self.backups = QCheckBox(translate(
            "EraseDialog", "Also remove them from the {count} backup(s) beside the workspace"
        ).format(count=backup_count), self)
        self.backups.setObjectName("eraseFromBackups")
        self.backups.setChecked(backup_count > 0)
        self.backups.setVisible(backup_count > 0)
        if backup_count:
            why = translate(
                "EraseDialog", "Backups are copies of this workspace taken automatically and "
                "before upgrades; they still hold everything erased here. Each backup that "
                "holds these people is rewritten without them (a big workspace takes a while "
                "per backup). Unchecked, the backups keep the old data until they are rotated "
                "away or you delete them.")
        else:
            why = translate("EraseDialog", "There are no backups beside this workspace. Copies "
                                           "you made elsewhere are not changed.")
        self.explanation = QLabel(why, self)
        self.explanation.setObjectName("eraseBackupsExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setIndent(24 if backup_count else 0)
        buttons = QDialogButtonBox(self)
        erase = buttons.addButton(translate("EraseDialog", "Erase"),
                                  QDialogButtonBox.ButtonRole.DestructiveRole)
        erase.setObjectName("confirmErase")
        erase.clicked.connect(self.accept)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addWidget(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addWidget(self.backups)
        layout.addWidget(self.explanation)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def purge_backups(self) -> bool:
        return self.backups.isChecked() and not self.backups.isHidden()


def erase_members(parent: QWidget, writer: TabWriter, ids: list[int], message: str,
                  host: QWidget | None = None,
                  on_purged: Callable[[PurgeResult], None] | None = None) -> bool:
    """Ask, erase ``ids`` and, if chosen, clean the backups; False when the user cancelled.

    The cleaning's progress and result show over ``host`` (``parent`` by default): a
    dialog that closes after the erasure passes the window it sits on."""
    workspace = writer.workspace
    count = len(backup_purge.backup_files(workspace.path))
    dialog = EraseDialog(message, count, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    purge = dialog.purge_backups()
    people = backup_purge.identify(workspace.conn, ids) if purge else []
    # Earlier undo steps hold the erased values: the stack goes with them.
    writer.do_irreversible(translate("EraseDialog", "Erase personal data"),
                           lambda conn: records.erase_personal_data(conn, ids))
    records.clear_journal(workspace.conn)  # no copy of the erased text stays in the WAL
    if purge and people:
        start_purge(host or parent, workspace, people, on_purged)
    return True


def start_purge(parent: QWidget, workspace: Workspace, people: list[backup_purge.Person],
                on_purged: Callable[[PurgeResult], None] | None = None) -> LongTask:
    """Rewrite the backups on a worker (its own connections); report when done."""
    path = workspace.path
    step = translate("EraseDialog", "Rewriting the backups beside the workspace…")
    task = LongTask(parent, translate("EraseDialog", "Removing erased people from the backups…"),
                    lambda progress: backup_purge.purge_backups(path, people, progress),
                    lambda _step: step)

    def finished(result: object) -> None:
        assert isinstance(result, PurgeResult)
        show_purge_result(parent, result)
        if on_purged is not None:
            on_purged(result)

    task.finished.connect(finished)
    task.failed.connect(lambda error: QMessageBox.warning(
        parent, translate("EraseDialog", "Erase personal data"),
        translate("EraseDialog", "The backups could not be cleaned: {error}").format(
            error=file_problem(error, writing=True))))
    task.start()
    return task


def purge_summary(result: PurgeResult) -> str:
    text = translate("EraseDialog", "Removed from {purged} backup(s); {clean} did not hold "
                                    "them.").format(purged=len(result.purged),
                                                    clean=len(result.clean))
    if result.failed:
        lines = "\n".join(f"• {path.name}: {why}" for path, why in result.failed)
        text += "\n\n" + translate(
            "EraseDialog", "These backups still hold them and could not be rewritten; delete "
            "them by hand if the request covers them:") + "\n" + lines
    return text


def show_purge_result(parent: QWidget, result: PurgeResult) -> None:
    title = translate("EraseDialog", "Erase personal data")
    if result.failed:
        QMessageBox.warning(parent, title, purge_summary(result))
    else:
        QMessageBox.information(parent, title, purge_summary(result))
