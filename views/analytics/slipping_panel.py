""""Slipping away" (流失预警): previously active members silent for 14-60 days, most
active first, with the ways to act on them: open them in the roster, or export the list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.analytics.audience import SILENT_FROM, SILENT_TO, Slipping
from views.analytics.glossary_button import GlossaryButton

translate = QCoreApplication.translate


class SlippingPanel(QWidget):
    """Emits ``show_members_requested(ids)`` for every listed member, or the selected
    ones, and ``export_requested()`` for the list as xlsx."""

    show_members_requested = Signal(list)
    #: "Show in Roster" with nothing selected: the view looks up every id, then asks
    all_members_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slippingPanel")
        self.slipping: Slipping | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.setText(translate("AnalyticsView", "Slipping away"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.show_button = QPushButton(translate("AnalyticsView", "Show in Roster"), self)
        self.show_button.setObjectName("slippingShowInRoster")
        self.show_button.setToolTip(translate(
            "AnalyticsView", "Open these members (or the selected ones) in the roster, "
                             "to tag them or reach out"))
        self.export_button = QPushButton(translate("AnalyticsView", "Export List…"), self)
        self.export_button.setObjectName("slippingExport")
        self.glossary = GlossaryButton("slipping", self)
        header.addWidget(self.title)
        header.addWidget(self.glossary)
        header.addWidget(self.summary, 1)
        header.addWidget(self.show_button)
        header.addWidget(self.export_button)
        layout.addLayout(header)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("slippingTable")
        self.table.setHorizontalHeaderLabels([
            translate("AnalyticsView", "ID"), translate("AnalyticsView", "Member"),
            translate("AnalyticsView", "Last active"), translate("AnalyticsView", "Days silent"),
            translate("AnalyticsView", "Actions")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(220)
        # most active first, as the list is chosen (sorting on would order it by ID);
        # a column the user clicks stays their order for the next period
        self.table.horizontalHeader().setSortIndicator(4, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        layout.addWidget(self.table)
        self.show_button.clicked.connect(self._on_show_button_clicked)
        self.export_button.clicked.connect(self.export_requested)
        self.table.itemDoubleClicked.connect(self._on_table_double_clicked)
        self._set_enabled(False)

    def show_slipping(self, slipping: Slipping, day: str = "") -> None:
        """``day``: the day it is as of (the period's last day)."""
        self.slipping = slipping
        locale = QLocale()
        self.summary.setText(translate(
            "AnalyticsView",
            "{count} previously active member(s) had been silent for {low}-{high} days on "
            "{day}.").format(count=locale.toString(slipping.count), low=SILENT_FROM,
                             high=SILENT_TO, day=day)
            + ("" if slipping.count <= len(slipping.members) else " " + translate(
                "AnalyticsView", "The {shown} most active are listed.").format(
                    shown=locale.toString(len(slipping.members)))))
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(slipping.members))
        for row, member in enumerate(slipping.members):
            values = [member.member_id, member.name, member.last_at[:16].replace("T", " "),
                      member.days_silent, member.actions]
            for column, value in enumerate(values):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, member.member_id)
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnToContents(2)
        self._set_enabled(bool(slipping.count))

    def _set_enabled(self, enabled: bool) -> None:
        self.show_button.setEnabled(enabled)
        self.export_button.setEnabled(enabled)

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [int(self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)) for r in rows]

    def _on_show_button_clicked(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.show_members_requested.emit(ids)
        elif self.slipping and self.slipping.count:
            self.all_members_requested.emit()

    def _on_table_double_clicked(self, item: QTableWidgetItem) -> None:
        member = self.table.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        self.show_members_requested.emit([int(member)])
