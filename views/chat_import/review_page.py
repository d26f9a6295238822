"""The speaker review: the file is scanned on a worker (progress and Cancel), then who
speaks in it is shown before anything is written: a summary, the problems that stop the
import, and the speakers not matched to a member with what to do with each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from models.core.errors import Cancelled
from models.events.registrations import member_names
from views.chat_import import engine
from views.chat_import.host import ChatImportHost, Decision
from views.chat_import.labels import day, format_short, problem_text
from views.chat_import.member_picker import MemberPicker, member_brief
from views.chat_import.source_pages import ERROR_STYLE, MUTED_STYLE
from views.chat_import.speakers import (
    DECISION,
    IGNORE,
    NEW,
    STATUS,
    SpeakerModel,
    SpeakerTable,
)
from views.error_text import describe_failure
from views.long_task import LongTask

#: Problems listed on the page (the import refuses the file on the first one anyway).
SHOWN_PROBLEMS = 200
CHUNK = 900  # ids per read (SQLite's default limit on parameters is 999 in older builds)


class ReviewPage(QWizardPage):
    """Emits ``ready`` when the scan finished (or failed) and the page shows it."""

    ready = Signal()

    def __init__(self, host: ChatImportHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = host
        self.setTitle(self.tr("Who is in the chat"))
        self.setSubTitle(self.tr("Speakers are matched to members by an id remembered from an "
                                 "earlier import, then WeChat id, QQ number, mobile or email, "
                                 "then a unique name in the community. Nothing is written "
                                 "yet."))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))
        self.summary = QLabel(self)
        self.summary.setObjectName("chatReviewSummary")
        self.summary.setWordWrap(True)
        self.problems = QListWidget(self)
        self.problems.setObjectName("chatReviewProblems")
        self.problems.setMaximumHeight(140)
        # a problem is a sentence, often saying how to export again: wrapped, never cut
        self.problems.setWordWrap(True)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.blocked = QLabel(self)
        self.blocked.setObjectName("chatReviewBlocked")
        self.blocked.setWordWrap(True)
        self.blocked.setStyleSheet(ERROR_STYLE)
        self.model = SpeakerModel(self._member_labels, self)
        self.table = SpeakerTable(self.model, self)
        self.table.delegate.pick_requested.connect(self.pick_member)
        self.empty = QLabel(self)
        self.empty.setObjectName("chatReviewEmpty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(MUTED_STYLE)
        self.show_matched = QCheckBox(self)
        self.show_matched.setObjectName("chatShowMatched")
        self.show_matched.toggled.connect(self._on_show_matched_toggled)
        self.link = QPushButton(self.tr("Link to a member…"), self)
        self.link.setObjectName("chatLinkMember")
        self.link.clicked.connect(self._on_link_clicked)
        self.create_all = QPushButton(self.tr("Create all"), self)
        self.create_all.setObjectName("chatCreateAll")
        self.create_all.setToolTip(self.tr("Every speaker not matched becomes a new member"))
        self.create_all.clicked.connect(lambda: self.model.decide_all(NEW))
        self.ignore_all = QPushButton(self.tr("Ignore all"), self)
        self.ignore_all.setObjectName("chatIgnoreAll")
        self.ignore_all.setToolTip(self.tr("Leave out the messages of every speaker not "
                                           "matched"))
        self.ignore_all.clicked.connect(lambda: self.model.decide_all(IGNORE))
        for button in (self.link, self.create_all, self.ignore_all):
            button.setAutoDefault(False)  # Enter is the table's, then Import's
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_matched)
        buttons.addStretch(1)
        buttons.addWidget(self.link)
        buttons.addWidget(self.create_all)
        buttons.addWidget(self.ignore_all)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.blocked)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self._running = False
        self.task: LongTask | None = None

    # -- the scan --------------------------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        owner = self.owner
        assert owner.source is not None and owner.community_id is not None
        owner.scan = None
        owner.decisions = {}
        self.model.set_speakers([], owner.decisions)
        self.summary.setText(self.tr("Reading the file…"))
        self.summary.setStyleSheet("")
        self.problems.setVisible(False)
        self.blocked.setVisible(False)
        self.empty.setVisible(False)
        self._set_tools(False)
        self._running = True
        self.completeChanged.emit()
        source, community, path = owner.source, owner.community_id, owner.workspace.path
        keep_text = owner.keep_text
        self.task = LongTask(self.wizard(), self.tr("Reading the chat…"),
                             lambda progress: engine.scan(path, source, community, progress,
                                                          keep_text),
                             self._describe_step)
        self.task.finished.connect(self._on_scan_finished)
        self.task.failed.connect(self._on_scan_failed)
        self.task.start()

    def _describe_step(self, _step: str) -> str:
        return self.tr("Reading messages and matching speakers…")

    def _on_scan_finished(self, scan: Any) -> None:
        self._running = False
        self.task = None
        self.owner.scan = scan
        self.model.set_speakers(scan.speakers, self.owner.decisions)
        open_count = sum(1 for s in scan.speakers if s.match.member_id is None)
        matched = len(scan.speakers) - open_count
        self.summary.setText(self._summary(scan, matched))
        self.show_matched.setText(self.tr("Show the {count:,} matched").format(count=matched))
        self.show_matched.setEnabled(matched > 0)
        self._show_problems(scan.problems)
        if not scan.problems and not open_count:
            self.empty.setText(self.tr("Everyone in the file is matched to a member: press "
                                       "Import.") if scan.speakers else
                               self.tr("The file names nobody: there is nothing to import. "
                                       "Go back and choose another file."))
        self.empty.setVisible(not scan.problems and not open_count)
        self.table.setVisible(bool(open_count) or self.show_matched.isChecked())
        self._set_tools(bool(open_count) and not scan.problems)
        self._size_columns()
        self.completeChanged.emit()
        self.ready.emit()

    def _summary(self, scan: Any, matched: int) -> str:
        people = len(scan.speakers)
        if scan.first_at is not None:
            text = self.tr("{messages:,} message(s) from {people:,} people, {first} to "
                           "{last}.").format(messages=scan.messages, people=people,
                                             first=day(scan.first_at), last=day(scan.last_at))
        else:
            text = self.tr("{messages:,} message(s) from {people:,} people.").format(
                messages=scan.messages, people=people)
        if scan.group_name:
            text += " " + self.tr("Group “{group}” ({format} export).").format(
                group=scan.group_name, format=format_short(scan.format))
        if scan.system_events:
            text += " " + self.tr("{count:,} join, invitation or removal line(s).").format(
                count=scan.system_events)
        text += " " + self.tr("{matched:,} matched automatically; {unmatched:,} not matched, "
                              "{ambiguous:,} with a name several members share.").format(
            matched=matched, unmatched=len(scan.unmatched), ambiguous=len(scan.ambiguous))
        return text

    def _show_problems(self, problems: list[Any]) -> None:
        self.problems.clear()
        for problem in problems[:SHOWN_PROBLEMS]:
            self.problems.addItem(problem_text(problem))
        if len(problems) > SHOWN_PROBLEMS:
            self.problems.addItem(self.tr("… and {count:,} more").format(
                count=len(problems) - SHOWN_PROBLEMS))
        self.problems.setVisible(bool(problems))
        if problems:
            self.blocked.setText(self.tr(
                "{count:,} part(s) of the file cannot be read, so nothing will be imported: "
                "the file must be fixed or exported again first (a chat is imported whole or "
                "not at all).").format(count=len(problems)))
        self.blocked.setVisible(bool(problems))

    def _on_scan_failed(self, error: Exception) -> None:
        self._running = False
        self.task = None
        if isinstance(error, Cancelled):
            self.summary.setText(self.tr("Reading cancelled; nothing was written. Go back, or "
                                         "close the wizard."))
            self.summary.setStyleSheet("")
        else:
            self.summary.setText(self.tr("The file could not be read: {error}").format(
                error=describe_failure(error, self.owner.workspace.path)))
            self.summary.setStyleSheet(ERROR_STYLE)
        self.completeChanged.emit()
        self.ready.emit()

    def _set_tools(self, enabled: bool) -> None:
        for widget in (self.link, self.create_all, self.ignore_all):
            widget.setEnabled(enabled)

    def _size_columns(self) -> None:
        # Long names and ids are cut at a sensible width (their tooltips hold them whole);
        # what was found and what to do are read in full.
        self.table.resizeColumnsToContents()
        margin = self.table.fontMetrics().horizontalAdvance("  ")
        for column in range(DECISION):
            width = self.table.columnWidth(column) + margin
            self.table.setColumnWidth(column, width if column == STATUS else min(width, 200))
        self.table.setColumnWidth(DECISION, max(self.table.columnWidth(DECISION), 200))

    def _on_show_matched_toggled(self, show: bool) -> None:
        self.model.set_show_matched(show)
        scan = self.owner.scan
        self.table.setVisible(show or bool(scan and (scan.unmatched or scan.ambiguous)))
        self._size_columns()

    # -- decisions -------------------------------------------------------------------------

    def _member_labels(self, member_ids: list[int]) -> dict[int, str]:
        conn = self.owner.workspace.conn
        labels: dict[int, str] = {}
        for start in range(0, len(member_ids), CHUNK):
            chunk = member_ids[start:start + CHUNK]
            labels.update(zip(chunk, member_names(conn, chunk), strict=True))
        scan = self.owner.scan
        candidates = {m for s in (scan.ambiguous if scan else []) for m in s.match.candidates}
        labels.update(member_brief(conn, sorted(candidates & set(member_ids))))
        return labels

    def _on_link_clicked(self) -> None:
        index = self.table.currentIndex()
        row = index.row() if index.isValid() else 0
        if 0 <= row < self.model.rowCount():
            self.pick_member(row)

    def pick_member(self, row: int) -> None:
        """Ask which member the speaker of ``row`` is (the member picker)."""
        speaker = self.model.rows[row]
        if speaker.match.member_id is not None:
            return
        picker = MemberPicker(self.owner.workspace.conn, speaker.person.name,
                              speaker.match.candidates, self)
        if self.exec_picker(picker) == QDialog.DialogCode.Accepted and \
                picker.member_id is not None:
            self.model.note_names(member_brief(self.owner.workspace.conn, [picker.member_id]))
            self.model.decide(row, ("link", picker.member_id))

    def exec_picker(self, picker: MemberPicker) -> int:
        """Run the picker (tests replace this: a modal dialog never waits in a test)."""
        return picker.exec()

    def decisions(self) -> dict[tuple[str, str], Decision]:
        return dict(self.owner.decisions)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        scan = self.owner.scan
        return not self._running and scan is not None and not scan.problems and \
            bool(scan.speakers or scan.system_events)
