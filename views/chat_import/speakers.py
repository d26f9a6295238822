"""The speaker review's table: each person the file names, their messages and dates, how
they were matched, and what to do with the ones not matched (link, create, ignore).

The model holds the scan's speakers (a big Telegram group names tens of thousands); the
decision column edits through a combo box delegate, which offers an ambiguous speaker's
candidates first. Matched speakers are hidden unless "show matched" is on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from views.chat_import.host import Decision
from views.chat_import.labels import day, how_label

Index = QModelIndex | QPersistentModelIndex
NAME, HANDLE, MESSAGES, FIRST, LAST, STATUS, DECISION = range(7)
DECISION_ROLE = Qt.ItemDataRole.UserRole + 1
NEW: Decision = ("new", None)
IGNORE: Decision = ("ignore", None)
PICK = ("pick", None)  # the combo's "Link to another member…": opens the member picker


def needs_decision(speaker: Any) -> bool:
    return speaker.match.member_id is None


def default_decision(speaker: Any) -> Decision:
    """Someone no member matches becomes a new member; someone sharing a name with several
    members is left out until one of them is picked (as the CLI leaves them out): a new
    member would be a third namesake, a duplicate of one of the first two."""
    return IGNORE if len(speaker.match.candidates) > 1 else NEW


def handle_text(person: Any) -> str:
    """The handles a file gives for someone, besides the name shown."""
    parts = [person.user_id, person.alias, person.wechat_id, person.qq, person.phone,
             person.email]
    seen: list[str] = []
    for part in parts:
        if part and part != person.name and part not in seen:
            seen.append(part)
    return " · ".join(seen)


class SpeakerModel(QAbstractTableModel):
    """Rows: the speakers needing a decision (unmatched, ambiguous), most messages first,
    then (when ``show_matched``) the matched ones. ``names`` gives members' display names."""

    def __init__(self, names: Callable[[list[int]], dict[int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = names
        self.speakers: list[Any] = []
        self.rows: list[Any] = []
        self.decisions: dict[tuple[str, str], Decision] = {}
        self.member_names: dict[int, str] = {}
        self.show_matched = False

    def set_speakers(self, speakers: Iterable[Any],
                     decisions: dict[tuple[str, str], Decision]) -> None:
        self.beginResetModel()
        self.speakers = list(speakers)
        self.decisions = decisions
        for s in self.speakers:
            if needs_decision(s):
                decisions.setdefault(s.key, default_decision(s))
        wanted = {m for s in self.speakers for m in s.match.candidates}
        wanted |= {s.match.member_id for s in self.speakers if s.match.member_id is not None}
        wanted |= {d[1] for d in decisions.values() if d[1] is not None}
        self.member_names = self.names(sorted(wanted))
        self._arrange()
        self.endResetModel()

    def set_show_matched(self, show: bool) -> None:
        self.beginResetModel()
        self.show_matched = show
        self._arrange()
        self.endResetModel()

    def _arrange(self) -> None:
        open_ = [s for s in self.speakers if needs_decision(s)]
        matched = [s for s in self.speakers if not needs_decision(s)] if self.show_matched else []
        self.rows = open_ + matched

    def note_names(self, names: dict[int, str]) -> None:
        self.member_names.update(names)

    # -- decisions -------------------------------------------------------------------------

    def decide(self, row: int, decision: Decision) -> None:
        speaker = self.rows[row]
        if not needs_decision(speaker):
            return
        self.decisions[speaker.key] = decision
        cell = self.index(row, DECISION)
        self.dataChanged.emit(cell, cell)

    def decide_all(self, decision: Decision) -> None:
        """Every speaker needing a decision (shown or not) gets ``decision``."""
        for s in self.speakers:
            if needs_decision(s):
                self.decisions[s.key] = decision
        if self.rows:
            self.dataChanged.emit(self.index(0, DECISION),
                                  self.index(len(self.rows) - 1, DECISION))

    def choices(self, row: int) -> list[tuple[str, Decision | tuple[str, None]]]:
        """The decision combo's items: the candidates (ambiguous), the member linked by
        hand, create, ignore, and "link to another member…"."""
        speaker = self.rows[row]
        links = list(speaker.match.candidates)
        current = self.decisions.get(speaker.key, default_decision(speaker))
        if current[0] == "link" and current[1] not in links:
            links.append(current[1])
        items: list[tuple[str, Any]] = [(self.tr("Link to {name}").format(
            name=self.member_label(m)), ("link", m)) for m in links]
        items += [(self.tr("Create a new member"), NEW), (self.tr("Ignore"), IGNORE),
                  (self.tr("Link to a member…"), PICK)]
        return items

    def member_label(self, member_id: int | None) -> str:
        if member_id is None:
            return ""
        return self.member_names.get(member_id) or self.tr("member #{id}").format(id=member_id)

    def decision_text(self, speaker: Any) -> str:
        if not needs_decision(speaker):
            return self.tr("→ {name}").format(name=self.member_label(speaker.match.member_id))
        action, member_id = self.decisions.get(speaker.key, default_decision(speaker))
        if action == "link":
            return self.tr("Link to {name}").format(name=self.member_label(member_id))
        if action == "ignore":
            return self.tr("Ignore")
        return self.tr("Create a new member")

    def status_text(self, speaker: Any) -> str:
        match = speaker.match
        if match.member_id is not None:
            return self.tr("Matched {how}").format(how=how_label(match.how))
        if len(match.candidates) > 1:
            return self.tr("{count} members have this name").format(count=len(match.candidates))
        return self.tr("Not matched")

    # -- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name in the chat"), self.tr("Id in the chat"), self.tr("Messages"),
                self.tr("First"), self.tr("Last"), self.tr("Found"),
                self.tr("What to do"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        speaker, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (speaker.person.name, handle_text(speaker.person), f"{speaker.messages:,}",
                    day(speaker.first_at), day(speaker.last_at), self.status_text(speaker),
                    self.decision_text(speaker))[column]
        if role == DECISION_ROLE:
            return self.decisions.get(speaker.key) if needs_decision(speaker) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == MESSAGES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not needs_decision(speaker):
                return QBrush(QColor("#7f8c8d"))
            if column == STATUS and len(speaker.match.candidates) > 1:
                return QBrush(QColor("#b9770e"))
        if role == Qt.ItemDataRole.ToolTipRole and column in (NAME, HANDLE):
            return (speaker.person.name, handle_text(speaker.person))[column] or None
        if role == Qt.ItemDataRole.ToolTipRole and column == STATUS and \
                len(speaker.match.candidates) > 1:
            return self.tr("Same name as: {names}").format(names="、".join(
                self.member_label(m) for m in speaker.match.candidates))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == DECISION and \
                needs_decision(self.rows[index.row()]):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags


class DecisionDelegate(QStyledItemDelegate):
    """The decision column's combo box. Choosing "Link to a member…" asks for the member
    picker (``pick_requested(row)``), after the editor closed."""

    pick_requested = Signal(int)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        model: SpeakerModel = index.model()  # type: ignore[assignment]
        for text, decision in model.choices(index.row()):
            combo.addItem(text, decision)
        # Choosing commits at once: one click to open, one to choose.
        combo.activated.connect(lambda _=0, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        combo: QComboBox = editor  # type: ignore[assignment]
        current = index.data(DECISION_ROLE) or NEW
        combo.setCurrentIndex(max(combo.findData(current), 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        combo: QComboBox = editor  # type: ignore[assignment]
        decision = combo.currentData()
        if decision is None:
            return
        if tuple(decision) == PICK:
            row = index.row()
            QTimer.singleShot(0, self, lambda: self.pick_requested.emit(row))
            return
        model.decide(index.row(), tuple(decision))


class SpeakerTable(QTableView):
    """The table; Enter on a row opens its decision (instead of pressing Import)."""

    def __init__(self, model: SpeakerModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatSpeakers")
        self.setModel(model)
        self.delegate = DecisionDelegate(self)
        self.setItemDelegateForColumn(DECISION, self.delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.SelectedClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                self.state() != QAbstractItemView.State.EditingState:
            index = self.currentIndex()
            if index.isValid():
                cell = index.siblingAtColumn(DECISION)
                if cell.flags() & Qt.ItemFlag.ItemIsEditable:
                    self.setCurrentIndex(cell)
                    self.edit(cell)
                    event.accept()
                    return
        super().keyPressEvent(event)
