"""The agenda: the month's occurrences as a list grouped by day, with registration counts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from models.events.occurrences import Occurrence
from views import tones
from views.calendar.labels import community_color, kind_label, status_label
from views.calendar.month import weekday_names

translate = QCoreApplication.translate
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class AgendaList(QTreeWidget):
    event_selected = Signal(object)  # Occurrence | None
    event_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarAgenda")
        self.setColumnCount(6)
        self.setHeaderLabels([
            translate("AgendaList", "Time"), translate("AgendaList", "Event"),
            translate("AgendaList", "Community"), translate("AgendaList", "Kind"),
            translate("AgendaList", "Status"), translate("AgendaList", "Signed up")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        header = self.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in ((0, 130), (2, 130), (3, 90), (4, 80), (5, 90)):
            self.setColumnWidth(column, width)
        self._by_key: dict[tuple[int, str], Occurrence] = {}
        self.itemSelectionChanged.connect(self._on_selection_changed)
        self.itemActivated.connect(self._on_item_activated)

    def set_occurrences(self, found: list[Occurrence], names: dict[int, str],
                        signed_up: dict[int, tuple[int, int | None]]) -> None:
        self.blockSignals(True)
        self.clear()
        self._by_key = {}
        days = weekday_names()
        current: date | None = None
        bold = QFont(self.font())
        bold.setBold(True)
        base = self.palette().color(QPalette.ColorRole.Base)
        for o in found:
            if o.start.date() != current:
                current = o.start.date()
                heading = QTreeWidgetItem(
                    self, [f"{current.isoformat()}  {days[current.weekday()]}"])
                heading.setFirstColumnSpanned(True)
                heading.setFont(0, bold)
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            when = (translate("AgendaList", "All day") if o.event.all_day
                    else f"{o.start:%H:%M}–{o.end:%H:%M}")
            count, capacity = signed_up.get(o.event.id, (0, None)) if not o.virtual else (0, None)
            seats = "" if o.virtual else (f"{count}/{capacity}" if capacity else str(count))
            title = ("⚠ " if o.clash else "") + ("↻ " if o.repeats else "") + o.event.title
            item = QTreeWidgetItem(self, [
                when, title, names.get(o.event.community_id or 0, ""), kind_label(o.event.kind),
                status_label(o.event.status), seats])
            item.setData(0, KEY_ROLE, o.key)
            item.setForeground(2, QBrush(tones.readable(
                community_color(o.event.community_id), base)))
            if o.clash:
                item.setForeground(1, QBrush(tones.tone("error", self.palette())))
                item.setToolTip(1, translate("AgendaList",
                                             "Overlaps another event of this community"))
            self._by_key[o.key] = o
        self.blockSignals(False)
        if not found:
            empty = QTreeWidgetItem(self, [translate("AgendaList", "No events this month.")])
            empty.setFirstColumnSpanned(True)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)

    def select_key(self, key) -> None:
        for index in range(self.topLevelItemCount()):
            item = self.topLevelItem(index)
            if item.data(0, KEY_ROLE) == key:
                self.blockSignals(True)
                self.setCurrentItem(item)
                self.blockSignals(False)
                return

    def _occurrence(self, item: QTreeWidgetItem | None) -> Occurrence | None:
        if item is None:
            return None
        key = item.data(0, KEY_ROLE)
        return self._by_key.get(tuple(key)) if key else None

    def _on_selection_changed(self) -> None:
        self.event_selected.emit(self._occurrence(self.currentItem()))

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        found = self._occurrence(item)
        if found is not None:
            self.event_activated.emit(found)
