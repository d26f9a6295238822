"""The reminders list (objectName ``remindersPanel``): what is coming in the next N days,
grouped by day, overdue checklist items first in the warning tone.

It shows what ``models.events.reminders`` found and says what was double-clicked; the
window opens the event in the calendar or the item in its checklist. It never reads the
workspace itself (``views.reminders.feed`` does, off the UI thread).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.events.occurrences import Occurrence
from models.events.reminders import Reminders, by_day
from views import tones
from views.empty_state import EmptyState
from views.reminders import wording

#: Where a row keeps what it stands for: ("event", Occurrence) or ("item", (list id, item id)).
ROLE = Qt.ItemDataRole.UserRole


class RemindersPanel(QWidget):
    event_activated = Signal(object)  # Occurrence
    item_activated = Signal(int, int)  # checklist id, item id
    calendar_requested = Signal()
    #: The follow-ups row was double-clicked: the window opens the to-follow-up list.
    follow_ups_requested = Signal()
    notify_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remindersPanel")
        self.found: Reminders | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("remindersSummary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("remindersList")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Details")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setMaximumSectionSize(220)  # a long title is elided (its tooltip has it)
        header.setStretchLastSection(True)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        self.empty = EmptyState(
            self.tr("Nothing coming up"), "", self.tr("Open the calendar"), self)
        self.empty.setObjectName("remindersEmpty")
        self.empty.action_clicked.connect(self.calendar_requested)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)
        self.notify = QCheckBox(self.tr("Notify me of today's events and before each one "
                                        "starts"), self)
        self.notify.setObjectName("remindersNotify")
        self.notify.setChecked(True)
        self.notify.toggled.connect(self.notify_toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.notify)
        self.show_reminders(None)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """Wide enough for a time, a title and a place side by side when the dock opens."""
        return QSize(420, super().sizeHint().height())

    def show_reminders(self, found: Reminders | None) -> None:
        """Fill the list (None: not read yet)."""
        self.found = found
        self.tree.clear()
        if found is None:
            self.summary.setText(self.tr("Reading…"))
            self.stack.setCurrentWidget(self.tree)
            return
        self.summary.setText(self.tr("The next {days} day(s). Double-click to open; change how "
                                     "far ahead in the Calendar tab.").format(days=found.days))
        if found.empty:
            self.empty.set_body(self.tr(
                "No events and no checklist items due in the next {days} day(s). Plan an event "
                "in the Calendar (double-click a day), publish a draft, or give checklist "
                "items a due date, and they show here.").format(days=found.days))
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.tree)
        warning = QBrush(tones.tone("warning", self.palette()))
        if found.follow_ups:
            head = QTreeWidgetItem(self.tree, [self.tr("To follow up")])
            head.setFirstColumnSpanned(True)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            row = QTreeWidgetItem(head, [self.tr("Today"), wording.follow_ups_due(
                found.follow_ups), self.tr("Double-click to open the list")])
            row.setData(0, ROLE, ("follow_ups", None))
        for group in by_day(found):
            head = QTreeWidgetItem(self.tree, [wording.heading(group.day, found.today)])
            head.setFirstColumnSpanned(True)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            if group.day is None:
                head.setForeground(0, warning)
            for o in group.events:
                self._add_event(head, o, found)
            for item in group.items:
                row = QTreeWidgetItem(head, [wording.item_when(item, found.today),
                                             item.name, wording.item_details(item)])
                row.setData(0, ROLE, ("item", (item.checklist_id, item.item_id)))
                row.setToolTip(0, wording.item_due(item))
                row.setToolTip(2, row.text(2))
                row.setToolTip(1, f"{item.name}\n" + self.tr("Double-click to open the checklist"))
                if found.overdue(item):
                    row.setText(1, "⚠ " + item.name)
                    for column in range(3):
                        row.setForeground(column, warning)
        self.tree.expandAll()

    def _add_event(self, head: QTreeWidgetItem, o: Occurrence, found: Reminders) -> None:
        registered, capacity = found.signed_up(o)
        # the count first: a narrow dock elides the end, and the place is in the details
        details = f"{wording.signups(registered, capacity)} · {wording.place(o)}"
        row = QTreeWidgetItem(head, [wording.event_time(o, found.today), o.event.title,
                                     details])
        row.setData(0, ROLE, ("event", o))
        row.setToolTip(1, f"{o.event.title}\n" + self.tr(
            "Double-click to open the event in the calendar"))
        row.setToolTip(2, details)

    def rows(self) -> list[tuple[str, list[tuple[str, ...]]]]:
        """(heading, [(when, what, details) ...]) as shown: for tests and a quick look."""
        found = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            found.append((head.text(0), [tuple(head.child(j).text(c) for c in range(3))
                                         for j in range(head.childCount())]))
        return found

    def _on_tree_item_activated(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        what = row.data(0, ROLE)
        if not what:
            return
        kind, value = what
        if kind == "event":
            self.event_activated.emit(value)
        elif kind == "follow_ups":
            self.follow_ups_requested.emit()
        else:
            self.item_activated.emit(*value)
