"""A file reaching the window (``qunzhu FILE``, or dropped on it) does what its kind asks:
a workspace is opened, a member list starts File > Import Members… on it, a calendar is
imported as File > Import Calendar does, chat records start File > Import Chat Records…
(``desktop.chat_files``).

Several files dropped at once are refused with a message: each kind starts a wizard or
switches the workspace, and a queue of wizards (or a workspace switch in the middle of an
import) would surprise more than it helps. The message says to drop one at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox

from desktop.file_kinds import FileKind, Kind, classify, describe_unknown

translate = QCoreApplication.translate

def local_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local files a drag carries (none when it carries anything else, e.g. a web link
    or text, so the window does not accept it)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    urls = mime.urls()
    if not urls or not all(url.isLocalFile() for url in urls):
        return []
    return [Path(url.toLocalFile()) for url in urls]


def accept_drag(event: QDragEnterEvent) -> None:
    if local_paths(event):
        event.acceptProposedAction()
    else:
        event.ignore()


def take_drop(window: QMainWindow, event: QDropEvent) -> None:
    """Accept the drop and handle it on the next turn of the event loop: a dialog opened
    inside the drop handler would hold the file manager the drag came from (on Windows,
    Explorer waits for the drop to return)."""
    paths = local_paths(event)
    if not paths:
        event.ignore()
        return
    event.acceptProposedAction()
    QTimer.singleShot(0, window, lambda: open_files(window, paths))


def open_files(window: QMainWindow, paths: Sequence[Path]) -> bool:
    if len(paths) > 1:
        QMessageBox.information(window, translate("FileOpening", "Open files"), translate(
            "FileOpening", "{count} files were dropped. Drop one file at a time: each one "
                           "starts its own import (or opens a workspace).").format(
                count=len(paths)))
        return False
    return open_file(window, classify(paths[0]))


def open_file(window: QMainWindow, found: FileKind) -> bool:
    """Do what ``found``'s kind asks in ``window`` (a ``desktop.window.MainWindow``);
    False when it is refused (the window says why)."""
    community_id = window.picker.community_id()  # type: ignore[attr-defined]
    workspace = window.workspace  # type: ignore[attr-defined]
    if found.kind is Kind.WORKSPACE:
        return window.open_path(found.path)  # type: ignore[attr-defined]
    if found.kind is Kind.MEMBERS:
        from desktop.member_files import open_import_wizard

        open_import_wizard(window, workspace, community_id, found.path)
        return True
    if found.kind is Kind.CALENDAR:
        from desktop.calendar_files import import_calendar_path, window_performer

        change = import_calendar_path(window, path=found.path, community_id=community_id,
                                      perform=window_performer(window, workspace))
        return change is not None
    if found.kind is Kind.CHAT:
        return open_chat(window, found.path)
    QMessageBox.warning(window, translate("FileOpening", "Cannot open this file"),
                        describe_unknown(found))
    return False


def open_chat(window: QMainWindow, path: Path) -> bool:
    """File > Import Chat Records… on ``path``."""
    from desktop.chat_files import open_chat_import_wizard

    open_chat_import_wizard(window, window.workspace,  # type: ignore[attr-defined]
                            window.picker.community_id(), path)  # type: ignore[attr-defined]
    return True
