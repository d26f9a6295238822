"""What the chat import wizard's pages share, seen from a page. ``ChatImportWizard`` is the
one host; the pages know it only through this protocol (the package forms no cycle)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtGui import QUndoStack

from models.core.changes import Change
from models.store.workspace import Workspace
from views.chat_import.engine import Source

Decision = tuple[str, int | None]  # ("link", member_id) | ("new", None) | ("ignore", None)


class ChatImportHost(Protocol):
    workspace: Workspace
    community_id: int | None  # the community the first page chose
    keep_text: bool
    source: Source | None  # the file and format chosen (and a sheet's columns)
    detected: str | None  # the format the file was found to be
    scan: Any  # the ChatScan of the review page, None until it ran
    decisions: dict[tuple[str, str], Decision]  # per speaker key, for the unmatched ones
    last_folder: str
    undo_stack: QUndoStack
    notify: Callable[[Change], None]

    def file_chosen(self, path: Path, fmt: str) -> None:
        """A file was opened: remember its folder and the format chosen."""
        ...

    def finish_import(self, result: Any) -> None:
        """The import is written: keep ``result`` (``ChatImportResult``)."""
        ...

    def undo_failed(self, error: Exception) -> None:
        """Undoing or redoing the import later was refused (nothing changed)."""
        ...
