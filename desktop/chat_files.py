"""File > Import Chat Records: the wizard, with the folder and format last used kept in the
computer's settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMainWindow

from desktop import settings
from models.store.workspace import Workspace


def open_chat_import_wizard(window: QMainWindow, workspace: Workspace,
                            community_id: int | None, path: Path | None = None) -> QDialog:
    from views.chat_import.wizard import ChatImportWizard

    wizard = ChatImportWizard(workspace, community_id, window, path,
                              undo_stack=window.undo_stack,  # type: ignore[attr-defined]
                              notify=window.apply_changes,  # type: ignore[attr-defined]
                              last_folder=settings.get(settings.CHAT_IMPORT_FOLDER),
                              last_format=settings.get(settings.CHAT_IMPORT_FORMAT))
    wizard.remembered.connect(_remember)
    wizard.setModal(True)
    # Gone when closed, with what it read: the window kept every wizard (and file) before.
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.show()
    return wizard


def _remember(folder: str, fmt: str) -> None:
    settings.put(settings.CHAT_IMPORT_FOLDER, folder)
    settings.put(settings.CHAT_IMPORT_FORMAT, fmt)
