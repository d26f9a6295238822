"""The honours board (荣誉榜): who holds which honour, grouped by honour, newest first.
Double-click a holder to open them in the roster."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.analytics.honours_board import HonoursBoard
from views.analytics.glossary_button import GlossaryButton

translate = QCoreApplication.translate


class HonoursPanel(QWidget):
    """Emits ``show_members_requested([id])`` for a double-clicked holder."""

    show_members_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("honoursPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        self.title = QLabel(translate("AnalyticsView", "Honours board"), self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.summary = QLabel(self)
        self.summary.setObjectName("honoursSummary")
        self.summary.setWordWrap(True)
        header.addWidget(self.title)
        header.addWidget(GlossaryButton("honours", self))
        header.addWidget(self.summary, 1)
        layout.addLayout(header)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("honoursTree")
        self.tree.setHeaderLabels([translate("AnalyticsView", "Honour / member"),
                                   translate("AnalyticsView", "Community"),
                                   translate("AnalyticsView", "Granted on")])
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):  # "All communities" and dates never clipped
            self.tree.header().setSectionResizeMode(column,
                                                    QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.setMinimumHeight(180)
        self.tree.itemDoubleClicked.connect(self._on_tree_double_clicked)
        layout.addWidget(self.tree)

    def show_board(self, board: HonoursBoard | None) -> None:
        self.tree.clear()
        honours = board.honours if board is not None else []
        if not honours:
            self.summary.setText(translate(
                "AnalyticsView", "No honours yet. Add them in Edit > Points Rules & Honours…: "
                "a title members earn when their points, events attended, members invited or "
                "months active reach a threshold. Holders are listed here."))
            self.tree.setVisible(False)
            return
        self.tree.setVisible(True)
        held = sum(h.holders for h in honours)
        self.summary.setText(translate(
            "AnalyticsView", "{honours} honour(s), held {held} time(s).").format(
                honours=len(honours), held=held))
        everywhere = translate("AnalyticsView", "All communities")
        for h in honours:
            top = QTreeWidgetItem([f"{h.name} ({h.holders:,})", h.community or everywhere, ""])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for holder in h.listed:
                item = QTreeWidgetItem([holder.name, "", holder.granted_at[:10]])
                item.setData(0, Qt.ItemDataRole.UserRole, holder.member_id)
                top.addChild(item)
            if h.holders > len(h.listed):
                top.addChild(QTreeWidgetItem([translate(
                    "AnalyticsView", "… and {count} more").format(
                        count=f"{h.holders - len(h.listed):,}"), "", ""]))
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)

    def _on_tree_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        member = item.data(0, Qt.ItemDataRole.UserRole)
        if member is not None:
            self.show_members_requested.emit([int(member)])
