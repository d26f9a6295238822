"""What the import wizard's pages share, seen from a page: the workspace, the file, its
column mapping, the dry runs, and how to build the import's options.

``ImportWizard`` is the one host. The pages know it only through this protocol, so they do
not import the wizard that builds them (the package's modules form no cycle).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoStack

from exports.member_file import MemberFile
from models.core.changes import Change
from models.imports.member_import import DuplicatePolicy, ImportOptions, ImportResult
from models.store.workspace import Workspace


class ImportHost(Protocol):
    workspace: Workspace
    community_id: int | None  # the community picked in the window, preselected for joining
    source: MemberFile | None
    mapping: dict[int, str]  # column index -> member field
    report: ImportResult | None  # the dry run behind the check page
    preview: ImportResult | None  # the dry run under the chosen duplicate policy
    undo_stack: QUndoStack  # the window's: the import is one step on it
    notify: Callable[[Change], None]  # what changed (the import, its undo and redo)

    @property
    def headers(self) -> list[str]: ...

    def options(self, policy: DuplicatePolicy | None = None) -> ImportOptions:
        """The options the pages chose, with ``policy`` instead of the chosen one if given."""
        ...

    def set_source(self, source: MemberFile | None) -> None:
        """Take ``source`` (closing the one before); forgets the mapping and dry runs."""
        ...

    def finish_import(self, result: ImportResult) -> None:
        """The import is written (``notify`` heard what changed): keep ``result``."""
        ...

    def undo_failed(self, error: Exception) -> None:
        """Undoing or redoing the import later was refused (nothing changed)."""
        ...
