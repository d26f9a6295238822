"""The disk refusing, worded for people (the window's views and the CLI share it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.core.errors import StorageError

translate = QCoreApplication.translate


def describe_storage_error(error: StorageError) -> str:
    """What the disk refused and what to do about it; the data is as it was before."""
    path, folder = str(error.path), str(error.path.parent)
    text = {
        StorageError.DISK_FULL: translate(
            "Messages", "The disk holding {path} is full. Nothing was changed: free some "
            "space (or move the workspace to a disk with room) and try again."),
        StorageError.READ_ONLY_FILE: translate(
            "Messages", "{path} is read-only, and Qunzhu needs to save into it. Nothing was "
            "changed: allow writing to the file (Properties > uncheck Read-only), or copy it "
            "to a folder of yours such as Documents and open the copy."),
        StorageError.READ_ONLY_FOLDER: translate(
            "Messages", "The folder {folder} cannot be written to, and Qunzhu keeps its lock, "
            "journal and backups beside the workspace. Nothing was changed: copy {path} to a "
            "folder of yours such as Documents and open the copy."),
        StorageError.RECOVERY_NEEDS_WRITE: translate(
            "Messages", "{path} was interrupted while saving. Its data is intact, but undoing "
            "the unsaved change needs write access to the file and its folder: allow writing "
            "(or copy the file together with the \"-journal\" or \"-wal\" file beside it to a "
            "folder of yours) and open it again. Do not delete the file beside it."),
    }.get(error.kind)
    if text is None:
        return str(error)
    return text.format(path=path, folder=folder)
