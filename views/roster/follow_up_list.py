""""To follow up" (待跟进): the roster's button with a count, and the list it opens of the
members whose latest follow-up's next contact day is today or past, overdue first.

From the list a member's profile opens, a follow-up is marked done (no next contact) or moved
to another day; each is one undo step through the roster's writer. Both the count and the list
are read off the UI thread (``views.background.run_query``): at a million members the due
list is a scan of the follow-ups whose day has come, not of the members. Both follow the
roster's community: with one chosen, the follow-ups about it (as ``qunzhu followups
--community`` lists them); with all communities, every one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.core import clock, zones
from models.core.changes import Change
from models.members import follow_ups
from models.members.communities import get_community
from models.members.follow_ups import Due
from views import icons, tones
from views.background import QueryHandle, run_query
from views.dialog_writer import add_undo_keys
from views.empty_state import EmptyState
from views.reminders.wording import follow_ups_count
from views.roster import timeline_text
from views.roster.follow_up_form import qdate

#: Tables whose change can change who is due.
TABLES = ("follow_ups", "members", "communities", "workspace_settings")
#: The list shows the first so many (the latest first); the summary says how many in all.
LISTED = 500
#: How often the button looks whether the day has turned (who is due changes at midnight
#: in the workspace's zone, with nothing written).
DAY_CHECK_MS = 60_000
ROLE = Qt.ItemDataRole.UserRole


class FollowUpButton(QPushButton):
    """"To follow up (3)": opens the list. ``view`` is the roster (its workspace, writer and
    ``open_profile``)."""

    def __init__(self, view, parent: QWidget | None = None) -> None:
        super().__init__(parent or view)
        self.setObjectName("followUpsDue")
        self.setIcon(icons.icon("message-circle-plus"))
        self.view = view
        self.community_id: int | None = None
        self._say_scope()
        self.count: int | None = None
        self.dialog: FollowUpListDialog | None = None
        self._pending: QueryHandle | None = None
        self.counted_on: date | None = None  # the day the count is for
        self.setText(self.tr("To follow up"))
        self.clicked.connect(self.open_list)
        self.day_timer = QTimer(self)
        self.day_timer.setInterval(DAY_CHECK_MS)
        self.day_timer.timeout.connect(self.check_day)
        self.day_timer.start()
        self.refresh()

    def set_community(self, community_id: int | None) -> None:
        """Count (and list) the follow-ups of the roster's community, or of all."""
        self.community_id = community_id
        self._say_scope()
        self.refresh()
        if self.dialog is not None:
            self.dialog.set_community(community_id, self.scope_name())
            if self.dialog.isVisible():
                self.dialog.reload()

    def scope_name(self) -> str | None:
        """The name of the community counted, None for all."""
        if self.community_id is None:
            return None
        found = get_community(self.view.workspace.conn, self.community_id)
        return found.name if found is not None else None

    def _say_scope(self) -> None:
        name = self.scope_name()
        self.setToolTip(self.tr("Members whose next contact day has come (跟进), in every "
                                "community") if name is None else
                        self.tr("Members whose next contact day has come (跟进), in follow-ups "
                                "about {community}. Choose “All communities” in the toolbar to "
                                "count every community's.").format(community=name))

    def check_day(self) -> None:
        """Counts again once the day has turned (the window left open overnight)."""
        if self.counted_on is not None and clock.today() != self.counted_on:
            self.refresh()
            if self.dialog is not None and self.dialog.isVisible():
                self.dialog.reload()

    def refresh(self) -> None:
        self.counted_on = clock.today()
        if self._pending is not None:
            self._pending.cancel()
        community_id = self.community_id
        self._pending = run_query(
            self, self.view.workspace.path,
            lambda conn: follow_ups.due_count(conn, community_id=community_id,
                                              most=follow_ups.BADGE_MOST), self._on_count)

    def _on_count(self, count: int) -> None:
        self._pending = None
        self.count = count
        self.setText(self.tr("To follow up ({count})").format(count=follow_ups_count(count))
                     if count else self.tr("To follow up"))
        self.setStyleSheet(f"QPushButton {{ {tones.text_style('warning', self.palette())}"
                           " font-weight: bold; }" if count else "")

    def apply_changes(self, change: Change) -> None:
        if change.touches(*TABLES):
            if change.touches("communities"):
                self._say_scope()  # renamed
            self.refresh()
            if self.dialog is not None and self.dialog.isVisible():
                self.dialog.reload()

    def open_list(self) -> FollowUpListDialog:
        if self.dialog is None:
            self.dialog = FollowUpListDialog(self.view.workspace.path, self.view._perform,
                                             self.view.open_profile, self.view)
            # a window of its own: Ctrl+Z here undoes "done" or "move" (views/dialog_writer)
            add_undo_keys(self.dialog, self.view.undo_stack)
            self.dialog.set_community(self.community_id, self.scope_name())
        self.dialog.reload()
        if self.dialog.isVisible():
            self.dialog.raise_()  # already open, behind the window
        self.dialog.show()
        return self.dialog


class FollowUpListDialog(QDialog):
    def __init__(self, path, perform: Callable[[str, Callable], object],
                 open_profile: Callable[[int], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpList")
        self.setWindowTitle(self.tr("To follow up (待跟进)"))
        self.resize(820, 460)
        self.path, self.perform, self.open_profile = path, perform, open_profile
        self.found: list[Due] = []
        self.community_id: int | None = None
        self.today: date | None = None
        self._pending: QueryHandle | None = None
        self._counting: QueryHandle | None = None

        self.summary = QLabel(self.tr("Reading…"), self)
        self.summary.setObjectName("followUpListSummary")
        self.list = QTreeWidget(self)
        self.list.setObjectName("followUpDueList")
        self.list.setColumnCount(5)
        self.list.setHeaderLabels([self.tr("Member"), self.tr("Next contact"),
                                   self.tr("Community"), self.tr("Last contact"),
                                   self.tr("Last note")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        header = self.list.header()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = EmptyState(self.tr("Nobody to follow up today"), self.tr(
            "When you write a follow-up in a member's profile (Timeline tab) with a day to "
            "contact them again, they show here on that day, the late ones first."), None, self)
        self.empty.setObjectName("followUpListEmpty")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)

        self.open_button = QPushButton(self.tr("Open profile"), self)
        self.open_button.setObjectName("dueOpenProfile")
        self.done_button = QPushButton(self.tr("Done"), self)
        self.done_button.setObjectName("dueDone")
        self.done_button.setToolTip(self.tr("Contacted, nothing more planned: clears the next "
                                            "contact day"))
        self.move_to = QDateEdit(self)
        self.move_to.setObjectName("dueMoveTo")
        self.move_to.setCalendarPopup(True)
        self.move_to.setDisplayFormat("yyyy-MM-dd")
        self.move_button = QPushButton(self.tr("Move to"), self)
        self.move_button.setObjectName("dueMove")
        self.quick: dict[str, QToolButton] = {}
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.done_button)
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("Not reached? Try again:"), self))
        for key, text in (("tomorrow", self.tr("Tomorrow")), ("in_3_days", self.tr("In 3 days")),
                          ("next_week", self.tr("Next week"))):
            button = QToolButton(self)
            button.setText(text)
            button.setObjectName(f"dueMove_{key}")
            button.clicked.connect(lambda _c=False, k=key: self.move_selected_by(k))
            self.quick[key] = button
            actions.addWidget(button)
        actions.addWidget(self.move_to)
        actions.addWidget(self.move_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        layout.addLayout(actions)
        layout.addWidget(buttons)

        self.list.itemSelectionChanged.connect(self._on_selection_changed)
        self.list.itemActivated.connect(lambda *_: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)
        self.done_button.clicked.connect(self.mark_selected_done)
        self.move_button.clicked.connect(
            lambda: self.move_selected(self.move_to.date().toString("yyyy-MM-dd")))
        self._on_selection_changed()

    # -- reading -----------------------------------------------------------------------

    def set_community(self, community_id: int | None, name: str | None) -> None:
        """List the follow-ups about ``community_id`` (named ``name``), None: all."""
        self.community_id = community_id
        self.setWindowTitle(self.tr("To follow up (待跟进)") if name is None else
                            self.tr("To follow up (待跟进) · {community}").format(community=name))

    def reload(self) -> None:
        if self._pending is not None:
            self._pending.cancel()
        community_id = self.community_id
        self._pending = run_query(self, self.path, lambda conn: _read_due(conn, community_id),
                                  self.show_due)

    def show_due(self, found: tuple[date, list[Due]]) -> None:
        self._pending = None
        keep = self.selected()
        self.today, self.found = found
        self.move_to.setDate(qdate(follow_ups.quick_days(self.today)["tomorrow"]))
        self.list.clear()
        warning = QBrush(tones.tone("warning", self.palette()))
        for due in self.found:
            late = (self.tr("today") if due.overdue == 0
                    else self.tr("{days} day(s) late").format(days=due.overdue))
            row = QTreeWidgetItem(self.list, [
                due.name, f"{due.next_on} · {late}", due.community or "",
                f"{timeline_text.when(due.at)} · {timeline_text.channel(due.channel)}",
                due.note.replace("\n", " ")])
            row.setData(0, ROLE, due)
            row.setToolTip(4, due.note)
            if due.overdue:
                row.setForeground(1, warning)
            if keep is not None and due.member_id == keep.member_id:
                self.list.setCurrentItem(row)
        if len(self.found) < LISTED:
            late = sum(1 for d in self.found if d.overdue)
            self.summary.setText(self.tr("{count} member(s) to contact, {late} of them late. "
                                         "Double-click to open the profile.").format(
                count=len(self.found), late=late))
        else:  # a long list: its first page now, how long it is when counted
            self.summary.setText(self.tr("The first {shown} to contact, the longest overdue "
                                         "first; counting the rest…").format(
                shown=len(self.found)))
            community_id = self.community_id
            self._counting = run_query(
                self, self.path,
                lambda conn: follow_ups.due_count(conn, community_id=community_id),
                self._on_total)
        self.stack.setCurrentWidget(self.list if self.found else self.empty)
        self._on_selection_changed()

    def _on_total(self, total: int) -> None:
        self.summary.setText(self.tr("{count} member(s) to contact; the first {shown} "
                                     "shown, the longest overdue first. Double-click to "
                                     "open the profile.").format(count=f"{total:,}",
                                                                 shown=len(self.found)))

    def rows(self) -> list[tuple[str, ...]]:
        return [tuple(self.list.topLevelItem(i).text(c) for c in range(5))
                for i in range(self.list.topLevelItemCount())]

    def selected(self) -> Due | None:
        rows = self.list.selectedItems()
        return rows[0].data(0, ROLE) if rows else None

    def _on_selection_changed(self) -> None:
        chosen = self.selected() is not None
        for widget in (self.open_button, self.done_button, self.move_to, self.move_button,
                       *self.quick.values()):
            widget.setEnabled(chosen)

    # -- acting ------------------------------------------------------------------------

    def open_selected(self) -> object:
        """The member's profile, on its timeline (where the follow-up is written)."""
        due = self.selected()
        if due is None:
            return None
        profile = self.open_profile(due.member_id)
        timeline_tab = getattr(profile, "timeline_tab", None)
        if timeline_tab is not None:
            profile.tabs.setCurrentWidget(timeline_tab)  # type: ignore[union-attr]
        return profile

    def mark_selected_done(self) -> bool:
        due = self.selected()
        if due is None:
            return False
        fid = due.follow_up_id
        return self.perform(self.tr("Followed up {name}").format(name=due.name),
                            lambda conn: follow_ups.mark_done(conn, fid)) is not None

    def move_selected_by(self, key: str) -> bool:
        if self.today is None:
            return False
        return self.move_selected(follow_ups.quick_days(self.today)[key].isoformat())

    def move_selected(self, day: str) -> bool:
        due = self.selected()
        if due is None:
            return False
        fid = due.follow_up_id
        return self.perform(self.tr("Contact {name} on {day}").format(name=due.name, day=day),
                            lambda conn: follow_ups.reschedule(conn, fid, day)) is not None


def _read_due(conn, community_id: int | None) -> tuple[date, list[Due]]:
    today = zones.today(conn)
    return today, follow_ups.due(conn, today, community_id=community_id, limit=LISTED)


