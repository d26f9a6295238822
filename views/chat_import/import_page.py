"""The import itself: one undoable step run by the window's runner on a worker (progress
and Cancel, one transaction), then what was added."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizardPage

from models.core.errors import Cancelled
from views.chat_import import engine
from views.chat_import.host import ChatImportHost
from views.error_text import describe_failure
from views.operation_runner import perform_long


class ImportPage(QWizardPage):
    """Emits ``ready`` once the import finished, failed or was cancelled."""

    ready = Signal()

    def __init__(self, host: ChatImportHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = host
        self.setTitle(self.tr("Import"))
        self.summary = QLabel(self)
        self.summary.setObjectName("chatImportSummary")
        self.summary.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setObjectName("chatImportDetails")
        self.details.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self._done = False
        self.task = None

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        owner = self.owner
        assert owner.source is not None and owner.community_id is not None
        self._done = False
        self.setTitle(self.tr("Import"))
        self.summary.setText(self.tr("Importing…"))
        self.details.clear()
        operation = engine.import_operation(owner.source, owner.community_id, owner.keep_text,
                                            owner.decisions, owner.scan)
        self.task = perform_long(
            self.wizard(), owner.undo_stack, owner.workspace.conn, owner.workspace.path,
            self.tr("Import chat records from {file}").format(file=owner.source.path.name),
            operation, owner.notify, source="chat_import",
            describe_step=lambda _step: self.tr("Writing messages and memberships…"),
            on_done=lambda done: self._on_finished(done.value, done.undo is not None),
            on_failed=self._on_failed, on_error=owner.undo_failed)

    def _on_finished(self, result: Any, undoable: bool = True) -> None:
        self._done = True
        self.setTitle(self.tr("Imported"))
        self.summary.setText(self.tr(
            "Added {messages:,} message(s), {shares:,} of them shares; {duplicates:,} already "
            "imported were skipped.").format(messages=result.messages_added,
                                             shares=result.shares_added,
                                             duplicates=result.duplicates_skipped))
        lines = [
            self.tr("Memberships: {joins:,} joined, {invitations:,} invited, {leaves:,} left, "
                    "{removals:,} removed.").format(joins=result.joins,
                                                   invitations=result.invitations,
                                                   leaves=result.leaves,
                                                   removals=result.removals),
            self.tr("Referrers set: {count:,}.").format(count=result.referrers_set),
            self.tr("New members: {count:,}.").format(count=result.members_created),
        ]
        if result.referral_loops_skipped:
            lines.append(self.tr("Invitations skipped because they would make a referral "
                                 "circle (the first referrer is kept): {count:,}.").format(
                count=result.referral_loops_skipped))
        if result.ignored_messages:
            lines.append(self.tr("Messages of ignored speakers left out: {count:,}.").format(
                count=result.ignored_messages))
        if undoable:  # a very big import cannot be undone: the runner has said so
            lines.append(self.tr("Edit > Undo takes the whole import back."))
        self.details.setText("\n".join(lines))
        self.owner.finish_import(result)
        self.completeChanged.emit()
        self.ready.emit()

    def _on_failed(self, error: Exception) -> None:
        self._done = True
        if isinstance(error, Cancelled):
            self.setTitle(self.tr("Import cancelled"))
            self.summary.setText(self.tr("Cancelled; nothing was changed. Close the wizard and "
                                         "import again when you are ready."))
        else:
            message = describe_failure(error, self.owner.workspace.path)
            self.setTitle(self.tr("Import failed"))
            # said on the page itself: a message box over it would say it twice
            self.summary.setText(self.tr("Nothing was changed: {error}").format(error=message))
        self.completeChanged.emit()
        self.ready.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self._done
