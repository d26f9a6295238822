"""The 裂变 window: top referrers (what became of the people each brought in) above the
referral tree (every tree of the scope, biggest first, a member's invitees loaded on expand).

Opened from the analytics tab, beside the referrals chart where an operator already reads
裂变 (the tree needs the room of a window of its own, and at 1M its roots' walk, about a
second on a worker, runs only when asked, never on every dashboard refresh). Read-only:
a double-click on anyone asks for their profile (``profile_requested``), where the referrer
is edited. The figures are read on a worker; the tree's pages on the UI thread (a few ms).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from models.analytics import referral_tree as tree
from models.analytics.period import Period
from models.core.changes import Change
from models.store.workspace import Workspace
from views.analytics.referral_model import ReferralTreeModel
from views.background import run_query

translate = QCoreApplication.translate
TOP = 50
#: Tables whose change can move a tree or a top referrer's figures.
WATCHED = ("members", "memberships", "activities")


def top_headers() -> list[str]:
    return [translate("ReferralTree", "Member"), translate("ReferralTree", "Invitees"),
            translate("ReferralTree", "Tree size"), translate("ReferralTree", "Retained"),
            translate("ReferralTree", "Still in"), translate("ReferralTree", "Buyers"),
            translate("ReferralTree", "Revenue (¥)")]


def empty_text() -> str:
    return translate(
        "ReferralTree",
        "Nobody here has a referrer (邀请人) yet, so there is no referral tree to show.\n\n"
        "To record who invited whom:\n"
        "• set it in a member's profile, on the Referrals page;\n"
        "• import a member list with a 邀请人 (referrer) column: a name, phone or WeChat id;\n"
        "• import a group chat export: its invitation lines (\"A invited B to the group\") "
        "set the newcomers' referrers.")


def _percent(part: int, whole: int) -> str:
    if not whole:
        return "–"
    return f"{QLocale().toString(100 * part / whole, 'f', 0)}% ({part}/{whole})"


class ReferralsWindow(QDialog):
    """Emits ``profile_requested(member_id)`` on a double-click in either list."""

    profile_requested = Signal(int)
    loaded = Signal()

    def __init__(self, workspace: Workspace, community_id: int | None, scope_name: str,
                 period: Period | None = None, parent: QWidget | None = None,
                 page: int = tree.PAGE) -> None:
        super().__init__(parent)
        self.setObjectName("referralsWindow")
        self.workspace, self.community_id, self.period, self.page = (
            workspace, community_id, period, page)
        self.model: ReferralTreeModel | None = None
        self.top: list[tree.TopReferrer] = []
        self._generation = 0
        self.setWindowTitle(translate("ReferralTree", "Referrals (裂变): {scope}").format(
            scope=scope_name))
        # never past a 1366x768 screen's taskbar (its title bar adds to the 720)
        self.resize(980, min(720, self.screen().availableGeometry().height() - 80))
        self._build()
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        controls = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setObjectName("referralsSummary")
        self.summary.setWordWrap(True)
        self.span = QComboBox(self)
        self.span.setObjectName("referralsSpan")
        self.span.addItem(translate("ReferralTree", "Invitees: all time"), False)
        if self.period is not None:
            self.span.addItem(translate("ReferralTree", "Invitees who joined {start} – {end}")
                              .format(start=self.period.lo, end=self.period.end.isoformat()),
                              True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setFixedWidth(110)
        self.busy.setTextVisible(False)
        controls.addWidget(self.summary, 1)
        controls.addWidget(self.busy)
        controls.addWidget(self.span)
        layout.addLayout(controls)

        self.stack = QStackedWidget(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self.stack)
        top_box = QWidget(splitter)
        top_layout = QVBoxLayout(top_box)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_title = QLabel(translate("ReferralTree", "Top referrers"), top_box)
        top_title.setToolTip(translate(
            "ReferralTree",
            "Retained: of the invitees who joined at least 60 days ago, those active in their "
            "first 7 days and again on day 30-59 (the dashboard's retention). Still in: "
            "invitees not in the trash who have not left the group. Buyers and revenue: "
            "invitees' purchases to date."))
        top_layout.addWidget(top_title)
        self.table = QTableWidget(0, len(top_headers()), top_box)
        self.table.setObjectName("topReferrers")
        self.table.setHorizontalHeaderLabels(top_headers())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        top_layout.addWidget(self.table)
        tree_box = QWidget(splitter)
        tree_layout = QVBoxLayout(tree_box)
        tree_layout.setContentsMargins(0, 0, 0, 0)
        self.tree_title = QLabel(translate("ReferralTree", "Referral trees"), tree_box)
        tree_layout.addWidget(self.tree_title)
        self.tree = QTreeView(tree_box)
        self.tree.setObjectName("referralTree")
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setExpandsOnDoubleClick(False)
        tree_layout.addWidget(self.tree)
        splitter.addWidget(top_box)
        splitter.addWidget(tree_box)
        splitter.setSizes([260, 420])
        self.stack.addWidget(splitter)
        # the explanation as a left-aligned block in the middle (centred lines of a list
        # read ragged)
        self.empty_page = QWidget(self.stack)
        rows = QVBoxLayout(self.empty_page)
        middle = QHBoxLayout()
        self.empty = QLabel(empty_text(), self.empty_page)
        self.empty.setObjectName("referralsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setMaximumWidth(640)
        self.empty.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        middle.addStretch(1)
        middle.addWidget(self.empty, 4)
        middle.addStretch(1)
        rows.addStretch(1)
        rows.addLayout(middle)
        rows.addStretch(2)
        self.stack.addWidget(self.empty_page)
        layout.addWidget(self.stack)

        self.span.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.itemDoubleClicked.connect(self._on_table_double_clicked)
        self.tree.doubleClicked.connect(self._on_tree_double_clicked)

    # -- loading -----------------------------------------------------------------------

    def apply_changes(self, change: Change) -> None:
        """A referrer set in a profile opened from here (or anything else that moves a
        tree or its invitees' figures) reads everything again."""
        if change.touches(*WATCHED):
            self.refresh()

    def refresh(self) -> None:
        community, period = self.community_id, (
            self.period if self.span.currentData() else None)
        self.busy.setVisible(True)

        def work(conn: sqlite3.Connection) -> Any:
            if not tree.anyone_referred(conn, community):
                return None
            return (tree.root_figures(conn, community),
                    tree.top_referrers(conn, community, period, limit=TOP))

        self._generation += 1
        generation = self._generation  # an older read finishing late is dropped
        run_query(self, self.workspace.path, work,
                  lambda result: self._on_loaded(result, generation), self._on_failed)

    def _on_failed(self, error: Exception) -> None:
        self.busy.setVisible(False)
        self.summary.setText(translate("ReferralTree", "Could not read the referrals: {error}")
                             .format(error=error))

    def _on_loaded(self, result: Any, generation: int | None = None) -> None:
        if generation is not None and generation != self._generation:
            return
        self.busy.setVisible(False)
        self.span.setVisible(result is not None)
        if result is None:
            self.stack.setCurrentWidget(self.empty_page)
            self.summary.setText("")
            self.loaded.emit()
            return
        figures, self.top = result
        self.stack.setCurrentIndex(0)
        locale = QLocale()
        self.summary.setText(translate(
            "ReferralTree", "{trees} referral tree(s); {people} member(s) brought in.").format(
                trees=locale.toString(len(figures)),
                people=locale.toString(sum(f[2] for f in figures))))
        self._fill_table()
        old = self.model
        self.model = ReferralTreeModel(lambda: self.workspace.conn, self.community_id,
                                       figures, self.page, self)
        self.tree.setModel(self.model)
        self.model.fetchMore(QModelIndex())  # the biggest trees at once, shown or not
        if old is not None:
            old.deleteLater()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.loaded.emit()

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.top))
        locale = QLocale()
        for row, t in enumerate(self.top):
            values = [t.name, locale.toString(t.invitees), locale.toString(t.size),
                      _percent(t.retained, t.settled), _percent(t.still_in, t.invitees),
                      locale.toString(t.buyers), locale.toString(t.revenue / 100, "f", 2)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, t.member_id)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    # -- acting ------------------------------------------------------------------------

    def _on_table_double_clicked(self, item: QTableWidgetItem) -> None:
        self.profile_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def _on_tree_double_clicked(self, index: QModelIndex) -> None:
        if self.model is not None:
            member = self.model.member_id(index)
            if member is not None:
                self.profile_requested.emit(member)
