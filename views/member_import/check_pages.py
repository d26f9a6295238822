"""The wizard's last three steps: the validation report, members already here, the import.

The report and the preview are dry runs of the same engine that imports
(``models.imports.member_import``), on a worker with a read-only connection; the import runs on a
worker with its own writing connection, in one transaction, behind a progress dialog
whose Cancel rolls everything back.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from models.core.errors import Cancelled
from models.imports.member_import import DuplicatePolicy, ImportOptions, ImportResult
from models.members.communities import list_communities
from models.store.operations import Done, own_transaction
from views.error_text import describe_failure, problem_text
from views.export_target import ask_save_path, offer_written
from views.labels import member_field
from views.long_task import LongTask
from views.member_import.host import ImportHost
from views.member_import.labels import policy_label
from views.member_import.source_pages import shown
from views.operation_runner import LongOperation, perform_long

#: Problems and changes listed in the wizard (all of them go into the xlsx report).
SHOWN_ROWS = 2000


def _run(owner: ImportHost, options: ImportOptions) -> Any:
    """The work function for ``LongTask``: read the file and dry-run the engine off the UI."""
    from exports.member_file import open_member_file
    from models.imports.member_import import import_members
    from models.store.connection import connect_readonly

    assert owner.source is not None
    path, sheet = owner.source.table.path, owner.source.sheet
    encoding = owner.source.table.encoding  # as shown on the first page, guessed or chosen
    header_index = owner.source.header_index
    workspace_path = owner.workspace.path

    def work(progress):
        source = open_member_file(path, sheet, encoding)
        try:
            source.header_index = header_index
            conn = connect_readonly(workspace_path)
            try:
                return import_members(conn, source.data_rows(), options, dry_run=True,
                                      total=source.estimate_rows(), progress=progress)
            finally:
                conn.close()
        finally:
            source.close()

    return work


def _import(owner: ImportHost, options: ImportOptions) -> LongOperation:
    """The import as an undoable operation (``models.imports.import_undo``), run by
    ``perform_long`` on a worker's connection: it reads the file there."""
    from exports.member_file import open_member_file
    from models.imports.import_undo import import_operation

    assert owner.source is not None
    path, sheet = owner.source.table.path, owner.source.sheet
    encoding, header_index = owner.source.table.encoding, owner.source.header_index

    def operation(conn: sqlite3.Connection, progress) -> Done:
        source = open_member_file(path, sheet, encoding)
        try:
            source.header_index = header_index
            return import_operation(source.data_rows(), options, total=source.estimate_rows(),
                                    progress=progress)(conn)
        finally:
            source.close()

    return own_transaction(operation)  # type: ignore[return-value]


def _table(parent: QWizardPage, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[Any]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(shown(value)))
    table.resizeColumnsToContents()


class CheckPage(QWizardPage):
    """The validation report; strict (nothing while anything is invalid) or skip invalid."""

    ready = Signal()

    def __init__(self, host: ImportHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = host
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(self.tr("Every row is cleaned and checked; nothing is written yet."))
        self.summary = QLabel(self)
        self.summary.setObjectName("importCheckSummary")
        self.summary.setWordWrap(True)
        self.problems = _table(self, "importProblems",
                               [self.tr("Row"), self.tr("Column"), self.tr("Problem"),
                                self.tr("Value read")])
        self.download = QPushButton(self.tr("Download report as xlsx…"), self)
        self.download.setObjectName("importDownloadReport")
        self.download.clicked.connect(self._on_download_clicked)
        self.strict = QRadioButton(self.tr("Import nothing while any row is invalid (fix the "
                                           "file first)"), self)
        self.strict.setObjectName("importStrict")
        self.skip = QRadioButton(self.tr("Import the valid rows and skip the invalid ones"), self)
        self.skip.setObjectName("importSkipInvalid")
        self.strict.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.strict)
        group.addButton(self.skip)
        self.strict.toggled.connect(lambda _: self.completeChanged.emit())
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.download)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addLayout(row)
        layout.addWidget(self.strict)
        layout.addWidget(self.skip)
        self._running = False

    def skip_invalid(self) -> bool:
        return self.skip.isChecked()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        owner = self.owner
        assert owner.source is not None
        owner.report = None  # checked afresh each time: the file may have been fixed
        self.summary.setText(self.tr("Checking…"))
        self.problems.setRowCount(0)
        self.download.setEnabled(False)
        self._running = True
        self.completeChanged.emit()
        self.task = LongTask(self.wizard(), self.tr("Checking the rows…"),
                             _run(owner, owner.options(DuplicatePolicy.SKIP)),
                             self._describe_step)
        self.task.finished.connect(self._on_task_finished)
        self.task.failed.connect(self._on_task_failed)
        self.task.start()

    def _describe_step(self, step: str) -> str:
        return self.tr("Reading and checking rows…") if step == "rows" else step

    def _on_task_finished(self, result: ImportResult) -> None:
        self._running = False
        self.owner.report = result
        valid = result.rows - result.rejected
        text = self.tr("{rows:,} row(s) read: {valid:,} valid, {invalid:,} with problems.").format(
            rows=result.rows, valid=valid, invalid=result.rejected)
        if result.duplicates_in_workspace or result.duplicates_in_file:
            text += " " + self.tr("{workspace:,} match a member already here; {file:,} repeat an "
                                  "earlier row of the file.").format(
                workspace=result.duplicates_in_workspace, file=result.duplicates_in_file)
        if "id" in self.owner.mapping:
            text += " " + self.tr("Rows with an ID update that member.")
        if result.rejected:
            text += " " + self.tr("To go on, fix the file and check again, or choose below to "
                                  "skip the invalid rows.")
        if result.passed_over:
            text += " " + self.tr("{count:,} row(s) are not members (totals, headings, notes, "
                                  "rows naming nobody): they are listed and will not be "
                                  "imported.").format(count=len(result.passed_over))
        if result.referrer_warnings:
            text += " " + self.tr("{count:,} referrer(s) (邀请人) cannot be set: those members "
                                  "are imported without one.").format(
                count=len(result.referrer_warnings))
        if len(result.problems) > SHOWN_ROWS:
            text += " " + self.tr("The first {shown:,} problems are listed; the report has all "
                                  "{count:,}.").format(shown=SHOWN_ROWS,
                                                      count=len(result.problems))
        self.summary.setText(text)
        listed = sorted([*result.problems[:SHOWN_ROWS], *result.passed_over[:SHOWN_ROWS],
                         *result.referrer_warnings[:SHOWN_ROWS]], key=lambda p: p.row)
        _fill(self.problems, [[p.row, p.column, problem_text(p), p.value]
                              for p in listed])
        self.download.setEnabled(bool(result.problems or result.passed_over
                                      or result.referrer_warnings))
        self.strict.setEnabled(bool(result.rejected))
        self.skip.setEnabled(bool(result.rejected))
        self.completeChanged.emit()
        self.ready.emit()

    def _on_task_failed(self, error: Exception) -> None:
        self._running = False
        if isinstance(error, Cancelled):
            self.summary.setText(self.tr("Check cancelled. Go back, or press Next to check "
                                         "again."))
        else:
            self.summary.setText(self.tr("The file could not be checked: {error}").format(
                error=describe_failure(error, self.owner.workspace.path)))
        self.completeChanged.emit()
        self.ready.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        report = self.owner.report
        if self._running or report is None:
            return False
        if report.rows - report.rejected == 0:
            return False
        return not report.rejected or self.skip.isChecked()

    def _on_download_clicked(self) -> None:
        source = self.owner.source
        stem = source.table.path.stem if source else "import"
        path = ask_save_path(self, self.tr("Save the report"), f"{stem}-problems.xlsx",
                             self.tr("Excel workbooks (*.xlsx)"), ".xlsx")
        if path is not None:
            self.save_report(path)
            offer_written(self, path)

    def save_report(self, path: Path) -> None:
        from exports.import_report import write_report

        report = self.owner.report
        if report is None:
            return
        write_report(path, sorted([*report.problems, *report.passed_over,
                                   *report.referrer_warnings], key=lambda p: p.row),
                     headers=[self.tr("Row"), self.tr("Column"), self.tr("Problem"),
                              self.tr("Value read")],
                     reason=problem_text, titles=(self.tr("Problems"), self.tr("Changes")))


class DuplicatesPage(QWizardPage):
    """What happens to members already here, with a preview of every field that changes."""

    ready = Signal()

    def __init__(self, host: ImportHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = host
        self.setTitle(self.tr("Members already here"))
        self.setSubTitle(self.tr("Rows are matched to members by mobile, WeChat id or email, "
                                 "in the workspace and earlier in the file."))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))
        self.buttons = QButtonGroup(self)
        layout = QVBoxLayout(self)
        self.counts = QLabel(self)
        self.counts.setObjectName("importDuplicateCounts")
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        for number, policy in enumerate(DuplicatePolicy):
            button = QRadioButton(policy_label(policy), self)
            button.setObjectName(f"importPolicy_{policy.value}")
            self.buttons.addButton(button, number)
            layout.addWidget(button)
        self.buttons.button(0).setChecked(True)
        self.buttons.idToggled.connect(self._on_policy_toggled)
        self.community_box = QComboBox(self)
        self.community_box.setObjectName("importCommunity")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Also add everyone imported to:"), self))
        row.addWidget(self.community_box, 1)
        layout.addLayout(row)
        self.plan = QLabel(self)
        self.plan.setObjectName("importPlan")
        self.plan.setWordWrap(True)
        layout.addWidget(self.plan)
        self.changes = _table(self, "importChanges",
                              [self.tr("Row"), self.tr("Member"), self.tr("Field"),
                               self.tr("Now"), self.tr("After import")])
        self.changes.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.changes, 1)
        self._running = False
        self._filled = False

    def policy(self) -> DuplicatePolicy:
        return list(DuplicatePolicy)[max(self.buttons.checkedId(), 0)]

    def community(self) -> int | None:
        return self.community_box.currentData() if self._filled else self.owner.community_id

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        if not self._filled:
            self.community_box.addItem(self.tr("(no community)"), None)
            for c in list_communities(self.owner.workspace.conn):
                self.community_box.addItem(c.name, c.id)
            self.community_box.setCurrentIndex(
                max(self.community_box.findData(self.owner.community_id), 0))
            self._filled = True
        report = self.owner.report
        if report is not None:
            self.counts.setText(self.tr("{workspace:,} row(s) match a member already in the "
                                        "workspace; {file:,} repeat an earlier row of the "
                                        "file.").format(workspace=report.duplicates_in_workspace,
                                                        file=report.duplicates_in_file))
        self.refresh_preview()

    def _on_policy_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.refresh_preview()

    def refresh_preview(self) -> None:
        if self._running:
            return
        self._running = True
        self.plan.setText(self.tr("Working out what changes…"))
        self.completeChanged.emit()
        self.task = LongTask(self.wizard(), self.tr("Working out what changes…"),
                             _run(self.owner, self.owner.options()))
        self.task.finished.connect(self._on_task_finished)
        self.task.failed.connect(self._on_task_failed)
        self.task.start()

    def _on_task_finished(self, result: ImportResult) -> None:
        self._running = False
        self.owner.preview = result
        text = self.tr("The import will add {added:,}, update {updated:,}, skip {skipped:,} "
                       "and reject {rejected:,} row(s).").format(
            added=result.added, updated=result.updated,
            skipped=result.skipped + result.unchanged, rejected=result.rejected)
        if result.change_count:
            text += " " + self.tr("Every field that changes is listed below.")
        self.plan.setText(text)
        _fill(self.changes, [[c.row, c.display_name, member_field(c.field), c.old, c.new]
                             for c in result.changes[:SHOWN_ROWS]])
        self.changes.setColumnWidth(3, max(self.changes.columnWidth(3), 220))
        self.completeChanged.emit()
        self.ready.emit()

    def _on_task_failed(self, error: Exception) -> None:
        self._running = False
        self.plan.setText(self.tr("Could not work out the changes: {error}").format(
            error=describe_failure(error, self.owner.workspace.path))
                          if not isinstance(error, Cancelled) else self.tr("Cancelled."))
        self.completeChanged.emit()
        self.ready.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return not self._running and self.owner.preview is not None


class ImportPage(QWizardPage):
    """Runs the import and shows its summary."""

    ready = Signal()

    def __init__(self, host: ImportHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = host
        self.setTitle(self.tr("Import"))
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.problems = _table(self, "importRejected",
                               [self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.problems.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        self._done = False

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self._done = False
        self.summary.setText(self.tr("Importing…"))
        owner = self.owner
        assert owner.source is not None
        self.task = perform_long(
            self.wizard(), owner.undo_stack, owner.workspace.conn, owner.workspace.path,
            self.tr("Import members from {file}").format(file=owner.source.table.path.name),
            _import(owner, owner.options()), owner.notify, source="import",
            describe_step=self._describe_step,
            on_done=lambda done: self._on_task_finished(done.value),
            on_failed=self._on_task_failed, on_error=owner.undo_failed)

    def _describe_step(self, step: str) -> str:
        return {"rows": self.tr("Importing rows…"),
                "finish": self.tr("Building indexes and the search…")}.get(step, step)

    def _on_task_finished(self, result: ImportResult) -> None:
        self._done = True
        self.setTitle(self.tr("Imported"))
        self.summary.setText(self.tr(
            "Added {added:,}, updated {updated:,}, skipped {skipped:,}, rejected {rejected:,}.")
            .format(added=result.added, updated=result.updated,
                    skipped=result.skipped + result.unchanged, rejected=result.rejected))
        if result.passed_over:
            self.summary.setText(self.summary.text() + " " + self.tr(
                "{count:,} row(s) were not members and were passed over.").format(
                count=len(result.passed_over)))
        if result.problems or result.passed_over:
            self.problems.setVisible(True)
            listed = sorted([*result.problems[:SHOWN_ROWS], *result.passed_over[:SHOWN_ROWS]],
                            key=lambda p: p.row)
            _fill(self.problems, [[p.row, p.column, problem_text(p)] for p in listed])
        self.owner.finish_import(result)
        self.completeChanged.emit()
        self.ready.emit()

    def _on_task_failed(self, error: Exception) -> None:
        from models.imports.member_import import ImportRejected

        self._done = True
        if isinstance(error, Cancelled):
            self.setTitle(self.tr("Import cancelled"))
            self.summary.setText(self.tr("Cancelled; nothing was changed. Close the wizard "
                                         "and import again when you are ready."))
        elif isinstance(error, ImportRejected):
            self.setTitle(self.tr("Nothing imported"))
            self.summary.setText(self.tr("{count:,} row(s) are invalid, so nothing was "
                                         "imported.").format(count=error.result.rejected))
        else:
            message = describe_failure(error, self.owner.workspace.path)
            self.setTitle(self.tr("Import failed"))
            self.summary.setText(self.tr("Nothing was changed: {error}").format(error=message))
            QMessageBox.warning(self, self.tr("Import failed"), message)
        self.completeChanged.emit()
        self.ready.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self._done
