"""Keyword counts (关键词) in the Analytics tab: shown once a chat import kept message
texts, it counts the period's messages containing each keyword typed, and their writers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.analytics import keywords
from models.analytics.period import Period
from views.background import run_query

translate = QCoreApplication.translate


class KeywordsPanel(QWidget):
    """``scope()`` gives the community (None: all) and the period to count in."""

    def __init__(self, path: Path, scope: Callable[[], tuple[int | None, Period]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keywordsPanel")
        self.path, self.scope = path, scope
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(translate("AnalyticsView", "Keywords in the kept messages"), self)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        layout.addWidget(title)
        row = QHBoxLayout()
        self.words = QLineEdit(self)
        self.words.setObjectName("keywordsEdit")
        self.words.setPlaceholderText(translate(
            "AnalyticsView", "Keywords, separated by commas or spaces: 报名, 优惠, 退款"))
        self.words.returnPressed.connect(self.count)
        self.button = QPushButton(translate("AnalyticsView", "Count"), self)
        self.button.setObjectName("keywordsCount")
        self.button.clicked.connect(self.count)
        row.addWidget(self.words, 1)
        row.addWidget(self.button)
        layout.addLayout(row)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("keywordsTable")
        self.table.setHorizontalHeaderLabels([
            translate("AnalyticsView", "Keyword"), translate("AnalyticsView", "Messages"),
            translate("AnalyticsView", "People")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)
        layout.addWidget(self.table)
        self.status = QLabel(self)
        self.status.setObjectName("keywordsStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self._generation = 0

    def count(self) -> None:
        """Count the typed keywords in the current scope and period, on a worker."""
        words = keywords.split_keywords(self.words.text())
        if not words:
            self.status.setText(translate("AnalyticsView", "Type one or more keywords first."))
            return
        self._generation += 1
        generation = self._generation
        community_id, period = self.scope()
        self.button.setEnabled(False)
        self.status.setText(translate("AnalyticsView", "Counting…"))
        run_query(self, self.path,
                  lambda conn: keywords.keyword_counts(conn, community_id, period, words),
                  lambda found: self._show(generation, found),
                  lambda error: self._failed(generation, error))

    def _show(self, generation: int, found: list[keywords.KeywordCount]) -> None:
        if generation != self._generation:
            return
        self.button.setEnabled(True)
        self.table.setRowCount(len(found))
        for row, item in enumerate(found):
            self.table.setItem(row, 0, QTableWidgetItem(item.word))
            for column, number in ((1, item.messages), (2, item.people)):
                cell = QTableWidgetItem(f"{number:,}")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
        self.status.setText(translate(
            "AnalyticsView", "Messages of the period whose kept text contains the keyword, "
                             "and how many people wrote them."))

    def _failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        from views.error_text import describe_failure

        self.button.setEnabled(True)
        self.status.setText(describe_failure(error, self.path))
