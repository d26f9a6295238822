"""File > Import Members: a wizard from a spreadsheet to members, nothing written until the
last step.

Steps: the file and its sheet -> the first rows, with the header row guessed -> which
column holds what (guessed from the headers; presets) -> the validation report (download
as xlsx; import nothing while anything is invalid, or skip invalid rows) -> members already
here (skip, fill empty fields, overwrite, keep both; a field-by-field preview of what
changes; a community to join) -> the import, on a worker with progress and Cancel, and
its summary. The pages live in ``source_pages.py`` and ``check_pages.py``.

Reading the file and the dry runs happen on workers with their own connections; the
wizard holds only the first rows of the file.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget, QWizard

from exports.member_file import MemberFile
from models.core.changes import Change
from models.imports.field_columns import with_fields
from models.imports.member_import import DuplicatePolicy, ImportOptions, ImportResult
from models.store.workspace import Workspace
from views.member_import.check_pages import CheckPage, DuplicatesPage, ImportPage
from views.member_import.source_pages import FilePage, MappingPage, PreviewPage
from views.operation_runner import say_not_undone


class ImportWizard(QWizard):
    """Emits ``imported(change)`` once members were written. The import is one step on
    ``undo_stack`` (the window's; a stack of its own when none is given), whose undo
    removes what it added and restores what it changed; ``notify`` hears what changed, then
    and on every undo and redo (the window's ``apply_changes``)."""

    imported = Signal(object)

    FILE, PREVIEW, MAPPING, CHECK, DUPLICATES, IMPORT = range(6)

    def __init__(self, workspace: Workspace, community_id: int | None = None,
                 parent: QWidget | None = None, path: Path | None = None, *,
                 undo_stack: QUndoStack | None = None,
                 notify: Callable[[Change], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import members"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        # The last page runs the import; its progress dialog has the Cancel that rolls back.
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(860, 620)
        self.workspace = workspace
        self.community_id = community_id
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.notify = notify if notify is not None else self.imported.emit
        self._told_by_notify = notify is not None
        # Undo may run after the wizard is gone: its refusals are shown over the window.
        self.undo_failed = partial(say_not_undone, parent)
        self.source: MemberFile | None = None
        self.mapping: dict[int, str] = {}
        self.report: ImportResult | None = None  # the dry run behind the check page
        self.preview: ImportResult | None = None  # the dry run under the chosen policy
        self.result: ImportResult | None = None
        self.file_page = FilePage(self, self)
        self.preview_page = PreviewPage(self, self)
        self.mapping_page = MappingPage(self, self)
        self.check_page = CheckPage(self, self)
        self.duplicates_page = DuplicatesPage(self, self)
        self.import_page = ImportPage(self, self)
        for number, page in enumerate((self.file_page, self.preview_page, self.mapping_page,
                                       self.check_page, self.duplicates_page,
                                       self.import_page)):
            self.setPage(number, page)
        if path is not None:
            self.file_page.open_path(path)

    # -- what the pages share -------------------------------------------------------------

    @property
    def headers(self) -> list[str]:
        return self.source.headers if self.source else []

    @property
    def skip_invalid(self) -> bool:
        return self.check_page.skip_invalid()

    def options(self, policy: DuplicatePolicy | None = None) -> ImportOptions:
        return ImportOptions(
            dict(self.mapping), self.headers,
            policy if policy is not None else self.duplicates_page.policy(),
            self.duplicates_page.community(), skip_invalid=self.skip_invalid)

    def set_source(self, source: MemberFile | None) -> None:
        if self.source is not None and self.source is not source:
            self.source.close()
        self.source = source
        self.mapping = with_fields(self.workspace.conn, source.headers, source.mapping) \
            if source else {}  # custom fields too, by their names
        self.report = self.preview = None

    def finish_import(self, result: ImportResult) -> None:
        self.result = result
        if self._told_by_notify:
            self.imported.emit(result.change())

    def done(self, code: int) -> None:  # noqa: D102 - Qt override: release the file
        if self.source is not None:
            self.source.close()
        super().done(code)

