"""Before a workspace on a network share or in a synced folder is opened: say why that is
unsafe and offer to move it to a local folder (``models.store.location`` tells the places).

``settle(parent, path)`` is the one call the window makes before opening a path. It
returns the path to open: ``path`` itself when it is local or the user opens it anyway, a
checked local copy (``models.store.relocation``) when the user moves it, None when the user
cancels. The original is left where it is; the user is told where both are.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox, QWidget

from desktop import paths, settings
from desktop.paths import WORKSPACE_SUFFIX
from models.store import relocation
from models.store.location import Risk, RiskKind, risky_location
from views.error_text import describe_failure

translate = QCoreApplication.translate

MOVE, OPEN_ANYWAY, CANCEL = "move", "open", "cancel"


class LocationPrompt(QMessageBox):
    """Why ``path`` (at ``risk``) is unsafe, with Move to a local folder… (the default),
    Open anyway and Cancel. ``choice`` says which was pressed."""

    def __init__(self, path: Path, risk: Risk, local_folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("locationPrompt")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if risk.kind is RiskKind.NETWORK:
            self.setWindowTitle(self.tr("Workspace on a network share"))
            self.setText(self.tr("“{file}” is on a network share ({name}).").format(
                file=path.name, name=risk.name))
            why = self.tr(
                "Qunzhu keeps everything in this one SQLite file. On a network share, the file "
                "locks and the write-ahead log (WAL) that keep it whole do not work across "
                "computers: two people working at once, or a dropped connection, can damage "
                "it.")
            backups = self.tr("Backups may still go to the share.")
        else:
            self.setWindowTitle(self.tr("Workspace in a synced folder"))
            self.setText(self.tr("“{file}” is in a folder that {name} syncs.").format(
                file=path.name, name=risk.name))
            why = self.tr(
                "Sync clients copy the file while Qunzhu is writing it, without its "
                "write-ahead log (WAL), and make “conflicted copies” when two computers use "
                "it: changes get lost, and the copy in the cloud can be damaged.")
            backups = self.tr("Backups may still go to the synced folder.")
        self.setInformativeText("\n\n".join([why, self.tr(
            "Keep the workspace on this computer's own disk. “Move to a local folder…” "
            "copies it to {folder} (or where you choose), checks the copy and opens it; "
            "the original stays where it is.").format(folder=local_folder), backups]))
        self.setDetailedText(self.tr("Workspace: {path}\nStarts at: {root}").format(
            path=path, root=risk.root))
        self.move_button = self.addButton(self.tr("Move to a local folder…"),
                                          QMessageBox.ButtonRole.AcceptRole)
        self.open_button = self.addButton(self.tr("Open anyway"),
                                          QMessageBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.move_button)
        self.setEscapeButton(self.cancel_button)
        self.setCheckBox(QCheckBox(self.tr("Don't ask again for this workspace (when I open "
                                           "it anyway)"), self))

    def choice(self) -> str:
        clicked = self.clickedButton()
        if clicked is self.move_button:
            return MOVE
        if clicked is self.open_button:
            return OPEN_ANYWAY
        return CANCEL


def local_folder() -> Path:
    """Where moved workspaces go by default: the app-data folder (beside the default
    workspace)."""
    return paths.default_workspace().parent


def settle(parent: QWidget | None, path: Path) -> Path | None:
    """The path to open instead of ``path`` (see the module docstring)."""
    risk = risky_location(path)
    if risk is None or str(path.absolute()) in settings.get(settings.RISKY_PLACES_ACCEPTED):
        return path
    prompt = LocationPrompt(path, risk, local_folder(), parent)
    prompt.exec()
    choice = prompt.choice()
    if choice == OPEN_ANYWAY:
        if prompt.checkBox().isChecked():
            accepted = settings.get(settings.RISKY_PLACES_ACCEPTED)
            settings.put(settings.RISKY_PLACES_ACCEPTED, [*accepted, str(path.absolute())])
        return path
    if choice == CANCEL:
        return None
    return _move(parent, path)


def _move(parent: QWidget | None, source: Path) -> Path | None:
    title = translate("LocationPrompt", "Move to a local folder")
    folder = local_folder()
    folder.mkdir(parents=True, exist_ok=True)
    suggested = relocation.free_name(folder, source.name)
    while True:
        name, _ = QFileDialog.getSaveFileName(
            parent, title, str(suggested),
            translate("LocationPrompt", "Qunzhu workspace (*{suffix})").format(
                suffix=WORKSPACE_SUFFIX),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if not name:
            return None
        target = Path(name) if Path(name).suffix else Path(name).with_suffix(WORKSPACE_SUFFIX)
        problem = _unsuitable(target)
        if problem is None:
            break
        QMessageBox.warning(parent, title, problem)
        suggested = relocation.free_name(target.parent, target.name)
    if not source.exists() or source.stat().st_size == 0:
        return target  # a new workspace: made in the local folder instead
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        relocation.copy_workspace(source, target)
    except (OSError, sqlite3.Error, relocation.CopyCheckFailed) as error:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.critical(parent, title, translate(
            "LocationPrompt", "Copying {source} to {target} failed: {error}\n\nNothing was "
            "changed; the workspace is still at {source}.").format(
                source=source, target=target, error=describe_failure(error, source)))
        return None
    QGuiApplication.restoreOverrideCursor()
    QMessageBox.information(parent, translate("LocationPrompt", "Workspace copied"), translate(
        "LocationPrompt", "The workspace now opens from:\n{target}\n\nThe original is still "
        "at:\n{source}\nIt is no longer updated. Delete it yourself when you no longer need "
        "it.").format(target=target, source=source))
    return target


def _unsuitable(target: Path) -> str | None:
    """Why ``target`` will not do as the local copy, or None."""
    if relocation.taken(target):
        return translate("LocationPrompt", "{path} already exists. Choose another name; "
                         "nothing is overwritten.").format(path=target)
    if risky_location(target) is not None:
        return translate("LocationPrompt", "{folder} is not a local folder either. Choose a "
                         "folder on this computer's own disk.").format(folder=target.parent)
    return None
