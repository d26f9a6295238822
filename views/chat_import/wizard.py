"""File > Import Chat Records: a wizard from a group chat's export to activities and
memberships, nothing written until the last step.

Steps: the file (its format detected from the content, or chosen), the community and
whether to keep message text -> for a sheet, which column holds what -> the scan, on a
worker with progress and Cancel, and the speaker review (link, create or ignore each
speaker not matched; problems in the file stop the import) -> the import, one undoable
step on the window's stack, run on a worker by ``views.operation_runner.perform_long``.

The folder and format last used are the window's settings: it passes them in and hears
``file_chosen(folder, format)``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget, QWizard

from models.core.changes import Change
from models.store.workspace import Workspace
from views.chat_import.engine import Source
from views.chat_import.host import Decision
from views.chat_import.import_page import ImportPage
from views.chat_import.labels import platform_of
from views.chat_import.review_page import ReviewPage
from views.chat_import.source_pages import FilePage, MappingPage
from views.operation_runner import say_not_undone


class ChatImportWizard(QWizard):
    """Emits ``imported(change)`` once the chat was written (when no ``notify`` is given)
    and ``remembered(folder, format)`` when a file was opened."""

    imported = Signal(object)
    remembered = Signal(str, str)

    FILE, MAPPING, REVIEW, IMPORT = range(4)

    def __init__(self, workspace: Workspace, community_id: int | None = None,
                 parent: QWidget | None = None, path: Path | None = None, *,
                 undo_stack: QUndoStack | None = None,
                 notify: Callable[[Change], None] | None = None,
                 last_folder: str = "", last_format: str = "auto") -> None:
        super().__init__(parent)
        self.setObjectName("chatImportWizard")
        self.setWindowTitle(self.tr("Import chat records"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        # The last page runs the import; its progress dialog has the Cancel that rolls back.
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(900, 640)
        self.workspace = workspace
        self.community_id = community_id
        self.keep_text = False
        self.source: Source | None = None
        self.detected: str | None = None
        self.scan: Any = None
        self.decisions: dict[tuple[str, str], Decision] = {}
        self.result: Any = None
        self.last_folder = last_folder
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.notify = notify if notify is not None else self.imported.emit
        self._told_by_notify = notify is not None
        # Undo may run after the wizard is gone: its refusals are shown over the window.
        self.undo_failed = partial(say_not_undone, parent)
        self.file_page = FilePage(self, self)
        self.mapping_page = MappingPage(self, self)
        self.review_page = ReviewPage(self, self)
        self.import_page = ImportPage(self, self)
        for number, page in enumerate((self.file_page, self.mapping_page, self.review_page,
                                       self.import_page)):
            self.setPage(number, page)
        self.file_page.choose_format(last_format)
        if path is not None:
            self.file_page.open_path(path)

    def nextId(self) -> int:  # noqa: N802 - Qt override: the mapping step is for sheets
        current = self.currentId()
        if current == self.FILE:
            return self.MAPPING if self.is_sheet else self.REVIEW
        return super().nextId()

    @property
    def is_sheet(self) -> bool:
        return platform_of(self.detected) == "sheet"

    def file_chosen(self, path: Path, fmt: str) -> None:
        self.last_folder = str(path.parent)
        self.remembered.emit(self.last_folder, fmt)

    def finish_import(self, result: Any) -> None:
        self.result = result
        if self._told_by_notify:
            self.imported.emit(getattr(result, "change", None))
