"""成员 Roster tab (objectName ``rosterView``): find, browse and edit members.

The search box filters as you type (debounced; the count follows off the UI thread and a
newer keystroke cancels an older count). Filters and sort run in SQL through the lazy
``RosterTableModel``. Edits, bulk actions and deletes are undoable commands; the trash
and the erasure of personal data are reached from here too.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QByteArray, QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.activity import honours
from models.core.changes import Change
from models.members import records, roster, segments
from models.members.communities import list_communities
from models.members.roster import Column, RosterFilter
from models.store.workspace import Workspace
from views.background import run_query
from views.empty_state import EmptyState
from views.roster import bulk_actions, sort_indicator
from views.roster.delegates import RosterDelegate
from views.roster.duplicates_dialog import duplicates_button
from views.roster.table_model import RosterTableModel
from views.tab_writer import REFUSED, TabWriter, refusal_text

translate = QCoreApplication.translate
SEARCH_DEBOUNCE_MS = 120
#: First widths, in Chinese characters, before the user sets their own.
DEFAULT_WIDTHS = {Column.NAME: 6, Column.NICKNAME: 7, Column.COMMUNITIES: 13, Column.TAGS: 10,
                  Column.CITY: 5, Column.SOURCE: 7, Column.LIFECYCLE: 9, Column.POINTS: 5,
                  Column.JOINED: 7, Column.LAST_ACTIVE: 7, Column.HONOURS: 8}


class RosterView(QWidget):
    """Emits ``changed(Change)`` after each operation it performs (its ``source`` is
    ``SOURCE``: the tab has refreshed itself already and skips it when it comes back)."""

    SOURCE = "roster"

    changed = Signal(object)
    #: "Import members…" in the empty roster: the window runs File > Import Members….
    import_requested = Signal()

    def __init__(self, workspace: Workspace, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterView")
        self.workspace = workspace
        self.undo_stack = undo_stack
        self.community_id: int | None = None
        self.model = RosterTableModel(workspace, self)
        self.writer = TabWriter(workspace, undo_stack, self._notify, self.SOURCE, self)

        self.search = QLineEdit(self)
        self.search.setObjectName("rosterSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr(
            "Search name, nickname, pinyin (zhangwei, zw), phone, WeChat id, email, tags, notes"))
        self.search.setToolTip(self.tr(
            "One or two characters search names, nicknames and tags; three or more search "
            "every field. Separate words with spaces to narrow down."))
        self.filters_button = QToolButton(self)
        self.filters_button.setObjectName("toggleFilters")
        self.filters_button.setText(self.tr("Filters"))
        self.filters_button.setCheckable(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("rosterCount")
        self.add_button = QPushButton(self.tr("Add member…"), self)
        self.add_button.setObjectName("addMember")
        from views.roster.filter_bar import FilterBar

        self.filter_bar = FilterBar(self)
        self.filter_bar.setVisible(False)

        self.table = QTableView(self)
        self.table.setObjectName("rosterTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10)
        self.table.verticalHeader().setVisible(False)
        self.table.setItemDelegate(RosterDelegate(self.table))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(110)
        chars = self.table.fontMetrics().horizontalAdvance("中")
        for column, width in DEFAULT_WIDTHS.items():
            header.resizeSection(list(Column).index(column), width * chars)

        self.selection_label = QLabel(self)
        self.selection_label.setObjectName("selectionLabel")
        self.bulk_bar = self._bulk_bar()
        self.bulk_bar.setVisible(False)

        # Importing a list is how a roster usually starts; adding one by one comes second.
        self.empty = EmptyState(self.tr("No members yet"), "", None, self)
        self.import_button = self.empty.add_button(self.tr("Import members…"))
        self.import_button.setObjectName("emptyImportMembers")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.import_requested)
        self.empty.button = self.empty.add_button(self.tr("Add member…"))
        self.empty.button.clicked.connect(self.add_member)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.filters_button)
        top.addWidget(self.count_label)
        from views.roster.follow_up_list import FollowUpButton

        self.follow_up_button = FollowUpButton(self)
        top.addWidget(self.follow_up_button)
        top.addWidget(self.add_button)
        top.addWidget(duplicates_button(self))  # views/roster/duplicates_dialog.py
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.bulk_bar)
        layout.addWidget(self.stack, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._choices_loaded = False
        self._connect_signals()
        self.model.set_query(self.current_filter())

    # -- wiring ----------------------------------------------------------------------

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self._search_timer.timeout.connect(self.requery)
        self.filters_button.toggled.connect(self._on_filters_toggled)
        self.filter_bar.filter_changed.connect(self.requery)
        self.filter_bar.segment_picked.connect(self._on_segment_picked)
        self.filter_bar.save_segment.clicked.connect(self._on_save_segment_clicked)
        self.add_button.clicked.connect(self.add_member)
        self.model.count_known.connect(self._on_count_known)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.edit_requested.connect(self._on_edit_requested)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.horizontalHeader().customContextMenuRequested.connect(self._on_header_menu)
        sort_indicator.follow(self)  # the arrow on the real sort (views/roster/sort_indicator.py)
        open_action = QAction(self.tr("Open profile"), self)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(self._open_current)
        self.table.addAction(open_action)
        delete_action = QAction(self.tr("Move to trash"), self)
        delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(delete_action)
        log_action = QAction(self)
        log_action.setShortcut(QKeySequence("Ctrl+L"))
        log_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        log_action.triggered.connect(self.log_interaction_for_selected)
        self.table.addAction(log_action)

    def _bulk_bar(self) -> QWidget:
        return bulk_actions.bulk_bar(self)

    # -- the tab contract ----------------------------------------------------------------

    def set_community(self, community_id: int | None) -> None:
        self.community_id = community_id
        self.follow_up_button.set_community(community_id)
        self.requery()

    def apply_changes(self, change: Change) -> None:
        if change.source != self.SOURCE:  # else refreshed when this tab wrote it
            self._refresh(change)

    def _refresh(self, change: Change) -> None:
        self.follow_up_button.apply_changes(change)
        if change.touches("members", "memberships", "member_tags", "tags", "points_ledger",
                          "activities", "communities", "member_honours", "honours",
                          "custom_fields", "member_fields"):
            if not change.tables or change.touches("tags", "communities", "honours",
                                                   "custom_fields"):
                self._choices_loaded = False
                if self.filter_bar.isVisible():
                    self._load_choices()
            self.model.refresh()
            self._update_empty_state()

    def _notify(self, change: Change) -> None:
        self._refresh(change)
        self.changed.emit(change)

    def _perform(self, text: str, work) -> object | None:
        """Run ``work`` (a domain function of the connection) as one undo step; a refused
        one is said and leaves no step. Returns what ``work`` returned (None when refused)."""
        try:
            done = self.writer.do(text, work)
        except REFUSED as error:
            QMessageBox.warning(self, self.tr("Not saved"), refusal_text(error))
            return None
        return done.value

    # -- querying ------------------------------------------------------------------------

    def current_filter(self) -> RosterFilter:
        return replace(self.filter_bar.current(), community_id=self.community_id,
                       text=self.search.text())

    def requery(self) -> None:
        self._search_timer.stop()
        self.count_label.setText(self.tr("counting…"))
        self.model.set_query(self.current_filter())

    def show_members(self, member_ids: list[int]) -> None:
        """Show exactly these members (e.g. "slipping away" from analytics)."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.set_query(RosterFilter(community_id=self.community_id,
                                          member_ids=tuple(member_ids)))

    def _on_count_known(self, total: int) -> None:
        self.count_label.setText(self.tr("{count:,} member(s)").format(count=total))
        self._update_empty_state()

    def _on_model_reset(self) -> None:
        self._on_selection_changed()
        self._update_empty_state()

    def _update_empty_state(self) -> None:
        empty = self.model.rowCount() == 0
        if empty:
            f = self.model.filter
            unfiltered = f == RosterFilter(community_id=f.community_id)
            self.import_button.setVisible(unfiltered)
            if unfiltered:
                self.empty.title.setText(self.tr("No members yet"))
                self.empty.set_body(self.tr(
                    "Import a member list from Excel, WPS or CSV, add members one by one, or "
                    "try File > Fill with Demo Data on an empty workspace to see a realistic "
                    "roster."))
            else:
                self.empty.title.setText(self.tr("No member matches"))
                self.empty.set_body(self.tr(
                    "Nothing matches the search and filters. Check the spelling, try fewer "
                    "characters, or clear the filters."))
        self.stack.setCurrentWidget(self.empty if empty else self.table)

    def _on_filters_toggled(self, shown: bool) -> None:
        self.filter_bar.setVisible(shown)
        if shown and not self._choices_loaded:
            self._load_choices()

    def _load_choices(self) -> None:
        self._choices_loaded = True
        conn = self.workspace.conn
        run_query(self, self.workspace.path,
                  lambda c: (roster.distinct_values(c, "city"),
                             roster.distinct_values(c, "source")),
                  lambda found: self.filter_bar.load_choices(conn, *found))

    def _on_segment_picked(self, f: RosterFilter) -> None:
        self.search.blockSignals(True)
        self.search.setText(f.text)
        self.search.blockSignals(False)
        self.filter_bar.apply(f)

    def _on_save_segment_clicked(self) -> None:
        name = self.filter_bar.ask_segment_name()
        if name:
            f = self.current_filter()
            self._perform(self.tr("Save segment {name}").format(name=name),
                          lambda conn: segments.save_segment(conn, name, f))
            self.filter_bar.load_segments(self.workspace.conn)

    def _on_search_return_pressed(self) -> None:
        self.requery()
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    # -- selection and actions -----------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [self.model.member_id(r) for r in rows]
        return [i for i in ids if i is not None]

    def _on_selection_changed(self, *_: object) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.bulk_bar.setVisible(count > 0)
        self.selection_label.setText(self.tr("{count:,} selected").format(count=count))

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        member_id = self.model.member_id(index.row())
        if member_id is not None:
            self.open_profile(member_id)

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._on_table_double_clicked(index)

    def open_profile(self, member_id: int) -> QDialog | None:
        from views.roster.profile import ProfileDialog

        try:
            dialog = ProfileDialog(self.workspace, self.undo_stack, self._notify, member_id, self,
                                   source=self.SOURCE)
        except LookupError:
            return None
        dialog.open_member_requested.connect(self._on_open_member_requested)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _on_open_member_requested(self, member_id: int) -> None:
        self.open_profile(member_id)

    def add_member(self) -> QDialog:
        from views.roster.add_member import AddMemberDialog

        dialog = AddMemberDialog(self.workspace, self.community_id, self)
        dialog.accepted.connect(lambda: self._on_add_accepted(dialog))
        dialog.form.open_member_requested.connect(self._on_open_member_requested)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _on_add_accepted(self, dialog) -> int | None:
        """The new member (and its tags) as one undo step; its id, None when refused."""
        values, community_id = dialog.form.values(), dialog.community_id()
        tags = dialog.form.tag_names()

        def add(conn):
            member_id, change = records.create_member(conn, values, community_id)
            if tags:
                change = change | records.add_tags(conn, [member_id], tags)
            return member_id, change

        found = self._perform(self.tr("Add {name}").format(name=values["display_name"]), add)
        return None if found is None else found[0]

    def _on_edit_requested(self, member_id: int, field: str, value: object) -> None:
        self._perform(self.tr("Edit member"),
                      lambda conn: records.update_members(conn, {member_id: {field: value}}))

    def _ask_tag(self, title: str) -> list[str]:
        names = [n for _, n in records.all_tags(self.workspace.conn)]
        text, ok = QInputDialog.getItem(self, title, self.tr("Tag (new or existing):"), names, 0,
                                        True)
        return [t for t in text.replace("，", ",").split(",") if t.strip()] if ok else []

    def add_tag_to_selected(self) -> None:
        ids = self.selected_ids()
        tags = self._ask_tag(self.tr("Add tag")) if ids else []
        if tags:
            self._perform(self.tr("Tag {count:,} member(s)").format(count=len(ids)),
                          lambda conn: records.add_tags(conn, ids, tags))

    def remove_tag_from_selected(self) -> None:
        ids = self.selected_ids()
        tags = self._ask_tag(self.tr("Remove tag")) if ids else []
        if tags:
            self._perform(self.tr("Untag {count:,} member(s)").format(count=len(ids)),
                          lambda conn: records.remove_tags(conn, ids, tags))

    def set_stage_of_selected(self, stage: str) -> None:
        ids = self.selected_ids()
        if ids:
            self._perform(self.tr("Set stage of {count:,} member(s)").format(count=len(ids)),
                          lambda conn: records.update_members(
                              conn, {i: {"lifecycle": stage} for i in ids}))

    def join_selected(self) -> None:
        ids = self.selected_ids()
        communities = list_communities(self.workspace.conn)
        if not ids or not communities:
            return
        name, ok = QInputDialog.getItem(self, self.tr("Add to community"), self.tr("Community:"),
                                        [c.name for c in communities], 0, False)
        if ok:
            community = next(c for c in communities if c.name == name)
            self._perform(self.tr("Add {count:,} member(s) to {name}").format(
                count=len(ids), name=name),
                lambda conn: records.join_community(conn, ids, community.id))

    def grant_points_to_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        delta, ok = QInputDialog.getInt(self, self.tr("Grant points"), self.tr(
            "Points for each of {count:,} member(s) (negative deducts):").format(count=len(ids)),
            10, -1_000_000, 1_000_000)
        if not ok or delta == 0:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Grant points"), self.tr("Reason:"))
        if ok and reason.strip():
            self._perform(self.tr("Points {delta:+} for {count:,} member(s)").format(
                delta=delta, count=len(ids)),
                lambda conn: honours.grant_points(conn, ids, delta, reason))

    def log_interaction_for_selected(self) -> QDialog | None:
        """The quick-log dialog for the selection (``views.quick_log``)."""
        from views.quick_log import open_for_selection
        return open_for_selection(self)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._perform(self.tr("Move {count:,} member(s) to the trash").format(
                count=len(ids)), lambda conn: records.set_deleted(conn, ids, True))

    def _on_table_context_menu(self, pos) -> None:
        if self.selected_ids():
            bulk_actions.context_menu(self).popup(self.table.viewport().mapToGlobal(pos))

    # -- columns -------------------------------------------------------------------------

    def _on_header_menu(self, pos) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for section in range(self.model.columnCount()):
            action = menu.addAction(str(self.model.headerData(section, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(section))
            action.setEnabled(section != 0)  # the name always shows
            action.toggled.connect(lambda shown, s=section: self._set_column_shown(s, shown))
        menu.popup(header.mapToGlobal(pos))

    def _set_column_shown(self, section: int, shown: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(section, not shown)

    def header_state(self) -> QByteArray:
        """Column order, widths and visibility, for the window to keep in its settings,
        signed with the columns they were saved for (see ``restore_header_state``)."""
        return QByteArray(_columns_signature()) + self.table.horizontalHeader().saveState()

    def restore_header_state(self, state: QByteArray | bytes | None) -> None:
        """Columns as the user left them, and the sort the header shows. A state saved for
        other columns (another version of the app) is left aside: Qt applies it to whatever
        columns there are, and a sort on a column that no longer exists crashed the window
        on opening. A state saved before states were signed is applied (the model ignores
        sections it does not have)."""
        header = self.table.horizontalHeader()
        raw = bytes(state) if state is not None else b""
        signature = _columns_signature()
        if raw.startswith(_SIGNED):
            if not raw.startswith(signature):
                return
            raw = raw[len(signature):]
        if not raw or not header.restoreState(QByteArray(raw)):
            return
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        sort_indicator.show_model_sort(self)  # a column this workspace lacks: the real sort


_SIGNED = b"qunzhu-roster-columns:"


def _columns_signature() -> bytes:
    return _SIGNED + ",".join(c.value for c in Column).encode("ascii") + b"\n"
