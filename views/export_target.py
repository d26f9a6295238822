"""Where an export goes, and what the user can do with it once written.

Every export's save dialog goes through ``ask_save_path``: it starts in the folder the
user last saved an export to (one folder for every kind of export: the files for one event
or one report usually go together), else in the Documents folder; never in the hidden
app-data folder the workspace lives in by default. After writing, ``offer_written`` shows
"Open" and "Show in folder": in the main window's status bar (beside the message, until the
next export or a minute), or in a non-modal message box over a dialog.

The remembered folder is a per-computer setting, which views do not own: the desktop
hands ``remember_with(get, put)`` its settings once (``desktop.window``); without that
(tests, tools) it is remembered in memory.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QWidget,
)

translate = QCoreApplication.translate

#: How long the "Open / Show in folder" offer stays in the status bar.
OFFER_MS = 60_000

_memory: dict[str, str] = {"folder": ""}
_get: Callable[[], str] = lambda: _memory["folder"]  # noqa: E731


def _put(folder: str) -> None:
    _memory["folder"] = folder


def remember_with(get: Callable[[], str], put: Callable[[str], None]) -> None:
    """Keep the last export folder with ``get``/``put`` (the desktop's settings)."""
    global _get, _put
    _get, _put = get, put


def documents_folder() -> Path:
    """The user's Documents folder (the home folder where there is none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def _hidden(folder: Path) -> bool:
    """The app's own data, config and cache folders, and any hidden folder (a dot folder,
    e.g. ~/.local/share/Qunzhu): files saved there are lost to the user."""
    locations = (QStandardPaths.StandardLocation.AppDataLocation,
                 QStandardPaths.StandardLocation.AppLocalDataLocation,
                 QStandardPaths.StandardLocation.GenericDataLocation,
                 QStandardPaths.StandardLocation.AppConfigLocation,
                 QStandardPaths.StandardLocation.CacheLocation)
    resolved = folder.resolve()
    for location in locations:
        own = QStandardPaths.writableLocation(location)
        if own and resolved.is_relative_to(Path(own).resolve()):
            return True
    home = Path.home().resolve()
    if resolved.is_relative_to(home):
        return any(part.startswith(".") for part in resolved.relative_to(home).parts)
    return False


def default_folder() -> Path:
    """The last folder an export was saved to (still there, not hidden), else Documents."""
    last = _get()
    if last:
        folder = Path(last)
        if folder.is_dir() and not _hidden(folder):
            return folder
    return documents_folder()


def safe_file_name(name: str) -> str:
    """``name`` usable as a file name everywhere (a community called "A/B 群" on Windows)."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", name).strip(" .")
    return cleaned or "qunzhu"


def ask_save_path(parent: QWidget | None, title: str, file_name: str, filters: str,
                  suffix: str | None = None) -> Path | None:
    """The file to write, chosen in a save dialog that starts at ``default_folder()`` with
    ``file_name`` suggested; ``suffix`` (".xlsx") is added when the name typed lacks it.
    None when cancelled. The folder chosen is remembered for the next export."""
    start = default_folder() / safe_file_name(file_name)
    name, _ = QFileDialog.getSaveFileName(parent, title, str(start), filters)
    if not name:
        return None
    path = Path(name)
    if suffix and path.suffix.lower() != suffix.lower():
        path = path.with_name(path.name + suffix)
    _put(str(path.parent))
    return path


# -- after writing ---------------------------------------------------------------------------


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path, platform: str | None = None) -> bool:
    """Open the folder holding ``path``: selecting it in Explorer (Windows) or the Finder
    (macOS); elsewhere file managers take no common "select" request, so the folder opens."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        # explorer wants "/select," and the path as separate words, the path with backslashes
        return QProcess.startDetached("explorer", ["/select,", str(path).replace("/", "\\")])
    if platform == "darwin":
        return QProcess.startDetached("open", ["-R", str(path)])
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


class WrittenNotice(QWidget):
    """The status bar's "Saved … [Open] [Show in folder]"."""

    def __init__(self, path: Path, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("writtenNotice")
        self.path = path
        self.label = QLabel(text, self)
        self.label.setToolTip(str(path))
        self.open_button = QPushButton(translate("ExportTarget", "Open"), self)
        self.open_button.setObjectName("openWritten")
        self.folder_button = QPushButton(translate("ExportTarget", "Show in folder"), self)
        self.folder_button.setObjectName("showWrittenInFolder")
        for button in (self.open_button, self.folder_button):
            # Links, not flat grey text: in a status bar a flat button does not look clickable.
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet("QPushButton { color: palette(link); text-decoration: "
                                 "underline; border: none; padding: 0 6px; }")
        self.open_button.clicked.connect(lambda: open_file(self.path))
        self.folder_button.clicked.connect(lambda: show_in_folder(self.path))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)
        QTimer.singleShot(OFFER_MS, self, self.deleteLater)


def offer_written(parent: QWidget, path: Path, text: str | None = None) -> QWidget:
    """Say ``text`` ("Saved {path}" when None) and offer to open the file or its folder.
    Returns the notice (a ``WrittenNotice`` in a main window's status bar, else a
    non-modal QMessageBox)."""
    text = text or translate("ExportTarget", "Saved {name}").format(name=path.name)
    window = parent.window()
    if isinstance(window, QMainWindow):
        bar = window.statusBar()
        for old in bar.findChildren(WrittenNotice):
            bar.removeWidget(old)
            old.deleteLater()
        notice = WrittenNotice(path, text, bar)
        bar.clearMessage()
        bar.insertWidget(0, notice)
        notice.show()
        return notice
    box = QMessageBox(QMessageBox.Icon.Information, translate("ExportTarget", "Saved"), text,
                      QMessageBox.StandardButton.Close, parent)
    box.setObjectName("writtenBox")
    box.setInformativeText(str(path))
    opener = box.addButton(translate("ExportTarget", "Open"),
                           QMessageBox.ButtonRole.ActionRole)
    folder = box.addButton(translate("ExportTarget", "Show in folder"),
                           QMessageBox.ButtonRole.ActionRole)
    opener.clicked.connect(lambda: open_file(path))
    folder.clicked.connect(lambda: show_in_folder(path))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setModal(False)
    box.show()
    return box
