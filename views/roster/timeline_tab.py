"""The profile's "Timeline" tab (时间线): everything that happened to the member, newest
first, with a filter by kind, and the follow-ups written here (add, edit, mark done, delete).

The list shows a page at a time (``models.members.timeline.page``: a member with 100,000
interactions reads only the newest page); "Show more" reads the next. Every write is one undo
step through the profile's writer (``perform``), after which the list is read again; the tab
also reads again when shown, so what other tabs of the profile recorded appears.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.members import follow_ups, profile, timeline
from models.members.timeline import Item
from models.store.workspace import Workspace
from views import icons, tones
from views.empty_state import EmptyState
from views.flow_layout import FlowLayout
from views.roster import timeline_text
from views.roster.follow_up_form import FollowUpForm

#: Runs ``work`` as one undo step named ``text``; False when refused (and said).
Perform = Callable[[str, Callable], bool]
#: Where a row keeps its ``Item``.
ROLE = Qt.ItemDataRole.UserRole


class TimelineTab(QWidget):
    def __init__(self, workspace: Workspace, member_id: int, who: str, perform: Perform,
                 parent: QWidget | None = None, page_size: int = timeline.PAGE) -> None:
        super().__init__(parent)
        self.setObjectName("profileTimeline")
        self.workspace, self.member_id, self.who, self.perform = (
            workspace, member_id, who, perform)
        self.page_size = page_size
        self.items: list[Item] = []
        self.cursor: timeline.Key | None = None

        communities = [(m.community_id, m.community)
                       for m in profile.memberships(workspace.conn, member_id) if not m.left_at]
        self.form = FollowUpForm(communities, self)
        box = QGroupBox(self.tr("Follow-up (跟进)"), self)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.form)

        self.kind_boxes: dict[str, QCheckBox] = {}
        # wraps when narrow: nine kinds with their counts made the profile 1,216 px wide
        kinds_row = FlowLayout()
        kinds_row.addWidget(QLabel(self.tr("Show:"), self))
        for kind in timeline.KINDS:
            check = QCheckBox(timeline_text.kind_name(kind), self)
            check.setObjectName(f"timelineKind_{kind}")
            check.setIcon(icons.icon(timeline_text.ICONS[kind]))
            check.setChecked(True)
            check.toggled.connect(self.reload)
            self.kind_boxes[kind] = check
            kinds_row.addWidget(check)

        self.list = QTreeWidget(self)
        self.list.setObjectName("timelineList")
        self.list.setColumnCount(3)
        self.list.setHeaderLabels([self.tr("When"), self.tr("Kind"), self.tr("What")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = EmptyState(self.tr("Nothing on the timeline yet"), "", None, self)
        self.empty.setObjectName("timelineEmpty")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)

        self.summary = QLabel(self)
        self.summary.setObjectName("timelineSummary")
        self.more_button = QPushButton(self.tr("Show more"), self)
        self.more_button.setObjectName("timelineMore")
        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.edit_button.setObjectName("editFollowUp")
        self.done_button = QPushButton(self.tr("Done, no next contact"), self)
        self.done_button.setObjectName("followUpDone")
        self.done_button.setToolTip(self.tr("Clears the next contact day: off the to-follow-up "
                                            "list"))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("deleteFollowUp")
        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.done_button)
        actions.addWidget(self.delete_button)
        actions.addWidget(self.more_button)

        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addLayout(kinds_row)
        layout.addWidget(self.stack, 1)
        layout.addLayout(actions)

        self.form.submitted.connect(self.submit)
        self.more_button.clicked.connect(self.show_more)
        self.edit_button.clicked.connect(self.edit_selected)
        self.done_button.clicked.connect(self.mark_selected_done)
        self.delete_button.clicked.connect(self.delete_selected)
        self.list.itemSelectionChanged.connect(self._on_selection_changed)
        self.list.itemDoubleClicked.connect(lambda *_: self.edit_selected())
        self.reload()

    # -- reading -----------------------------------------------------------------------

    def kinds(self) -> set[str]:
        return {kind for kind, box in self.kind_boxes.items() if box.isChecked()}

    def reload(self) -> None:
        """Read the first page again (the kinds ticked), keeping the counts current."""
        counts = timeline.counts(self.workspace.conn, self.member_id)
        for kind, box in self.kind_boxes.items():
            box.setText(f"{timeline_text.kind_name(kind)} ({counts[kind]:,})")
        self.list.clear()
        self.items, self.cursor = [], None
        self._read()
        self._update_empty(sum(counts.values()))

    def show_more(self) -> None:
        if self.cursor is not None:
            self._read()

    def _read(self) -> None:
        page = timeline.page(self.workspace.conn, self.member_id, self.kinds(), self.cursor,
                             self.page_size)
        self.cursor = page.cursor
        for item in page.items:
            self._add_row(item)
        self.items += page.items
        self.more_button.setVisible(page.more)
        self.summary.setText(self.tr("{shown:,} shown, newest first").format(
            shown=len(self.items)))
        self._on_selection_changed()

    def _add_row(self, item: Item) -> None:
        text = timeline_text.line(item)
        row = QTreeWidgetItem(self.list, [timeline_text.when(item.at),
                                          timeline_text.kind_one(item.kind), text])
        row.setData(0, ROLE, item)
        row.setIcon(1, icons.icon(timeline_text.icon_name(item)))
        row.setForeground(1, QBrush(tones.tone(timeline_text.TONES[item.kind],
                                               self.palette())))
        row.setToolTip(2, text)
        if item.kind == timeline.FOLLOW_UP:
            font = row.font(2)
            font.setBold(True)
            row.setFont(2, font)

    def _update_empty(self, total: int) -> None:
        if self.items:
            self.stack.setCurrentWidget(self.list)
            return
        if total:
            self.empty.set_body(self.tr("Nothing of the kinds ticked above. Tick more kinds "
                                        "to see them."))
        else:
            self.empty.set_body(self.tr(
                "Nothing has happened with {name} yet. After you talk with them, write a "
                "follow-up above; interactions, sign-ups and points show here as they come "
                "in.").format(name=self.who))
        self.stack.setCurrentWidget(self.empty)

    def rows(self) -> list[tuple[str, str, str]]:
        """(when, kind, what) as shown: for tests and a quick look."""
        return [tuple(self.list.topLevelItem(i).text(c) for c in range(3))  # type: ignore
                for i in range(self.list.topLevelItemCount())]

    def selected(self) -> Item | None:
        rows = self.list.selectedItems()
        return rows[0].data(0, ROLE) if rows else None

    def _selected_follow_up(self) -> Item | None:
        item = self.selected()
        return item if item is not None and item.kind == timeline.FOLLOW_UP else None

    def _on_selection_changed(self) -> None:
        item = self._selected_follow_up()
        self.edit_button.setEnabled(item is not None)
        self.delete_button.setEnabled(item is not None)
        self.done_button.setEnabled(item is not None and bool(item.detail.get("next_on")))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.reload()  # other tabs of the profile may have recorded something

    # -- writes ------------------------------------------------------------------------

    def submit(self) -> bool:
        """Add the follow-up the form holds (or save the one being edited)."""
        values, member_id = self.form.values(), self.member_id
        editing = self.form.editing
        if editing is None:
            ok = self.perform(self.tr("Follow-up with {name}").format(name=self.who),
                              lambda conn: follow_ups.add(conn, member_id, **values))
        else:
            fid = editing.id
            ok = self.perform(self.tr("Edit follow-up with {name}").format(name=self.who),
                              lambda conn: follow_ups.edit(conn, fid, **values))
        if ok:
            self.form.reset()
            self.reload()
        return ok

    def edit_selected(self) -> None:
        item = self._selected_follow_up()
        if item is not None:
            self.form.load(follow_ups.get(self.workspace.conn, item.ref))

    def mark_selected_done(self) -> bool:
        item = self._selected_follow_up()
        if item is None:
            return False
        fid = item.ref
        return self._run(self.tr("No next contact for {name}").format(name=self.who),
                         lambda conn: follow_ups.mark_done(conn, fid))

    def delete_selected(self) -> bool:
        item = self._selected_follow_up()
        if item is None:
            return False
        fid = item.ref
        if self.form.editing is not None and self.form.editing.id == fid:
            self.form.reset()
        return self._run(self.tr("Delete follow-up with {name}").format(name=self.who),
                         lambda conn: follow_ups.delete(conn, fid))

    def _run(self, text: str, work) -> bool:
        ok = self.perform(text, work)
        if ok:
            self.reload()
        return ok
