"""The month grid: six weeks from the Monday before the 1st, events as coloured chips."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from models.events.occurrences import Occurrence
from views.calendar.canvas import CalendarCanvas, Chip, month_start
from views.calendar.labels import CLASH_COLOR, community_color

translate = QCoreApplication.translate
ROWS, COLUMNS = 6, 7


def weekday_names() -> list[str]:
    return [translate("MonthGrid", "Mon"), translate("MonthGrid", "Tue"),
            translate("MonthGrid", "Wed"), translate("MonthGrid", "Thu"),
            translate("MonthGrid", "Fri"), translate("MonthGrid", "Sat"),
            translate("MonthGrid", "Sun")]


class MonthGrid(CalendarCanvas):
    """Double-click a day to create, drag a chip to another day to move it; "+N more"
    opens that day's week, where every event has room."""

    more_clicked = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarMonth")
        self.setMinimumSize(420, 300)
        self._names = weekday_names()
        self._more: list[tuple[QRect, int]] = []

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(900, 640)

    @property
    def first_shown(self) -> date:
        first = month_start(self.selected_day)
        return first - timedelta(days=first.weekday())

    def _header_height(self) -> int:
        return self.fontMetrics().height() + 10

    def cell_rect(self, day: date) -> QRect:
        index = (day - self.first_shown).days
        if not 0 <= index < ROWS * COLUMNS:
            return QRect()
        top = self._header_height()
        width, height = self.width() / COLUMNS, (self.height() - top) / ROWS
        row, column = divmod(index, COLUMNS)
        return QRect(int(column * width), int(top + row * height),
                     int((column + 1) * width) - int(column * width),
                     int(top + (row + 1) * height) - int(top + row * height))

    def day_at(self, pos: QPoint) -> date | None:
        top = self._header_height()
        if pos.y() < top or not self.rect().contains(pos):
            return None
        column = int(pos.x() / (self.width() / COLUMNS))
        row = int((pos.y() - top) / ((self.height() - top) / ROWS))
        if not (0 <= row < ROWS and 0 <= column < COLUMNS):
            return None
        return self.first_shown + timedelta(days=row * COLUMNS + column)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        pos = event.position().toPoint()
        self.chips()
        for rect, _hidden in self._more:
            if rect.contains(pos):
                day = self.day_at(pos)
                if day is not None:
                    self.more_clicked.emit(day)
                    return
        super().mousePressEvent(event)

    def layout_chips(self) -> list[Chip]:
        chips: list[Chip] = []
        self._more = []
        per_day: dict[date, list[Occurrence]] = {}
        first = self.first_shown
        last = first + timedelta(days=ROWS * COLUMNS)
        for o in self.occurrences:
            for day in o.days():
                if first <= day < last:
                    per_day.setdefault(day, []).append(o)
        line = self.fontMetrics().height() + 4
        for day, found in per_day.items():
            cell = self.cell_rect(day)
            found.sort(key=lambda o: (not o.event.all_day, o.start, o.event.id))
            room = max(0, (cell.height() - line - 6) // (line + 1))
            shown = found if len(found) <= room else found[:max(room - 1, 0)]
            for n, o in enumerate(shown):
                chips.append((QRect(cell.left() + 3, cell.top() + line + 4 + n * (line + 1),
                                    cell.width() - 6, line), o))
            if len(shown) < len(found):
                self._more.append((QRect(cell.left() + 3,
                                         cell.top() + line + 4 + len(shown) * (line + 1),
                                         cell.width() - 6, line), len(found) - len(shown)))
        return chips

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        palette = self.palette()
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.fillRect(self.rect(), base)
        grid = QColor(text)
        grid.setAlpha(40)
        top = self._header_height()
        width = self.width() / COLUMNS
        for column, name in enumerate(self._names):
            painter.setPen(muted)
            painter.drawText(QRect(int(column * width), 0, int(width), top),
                             Qt.AlignmentFlag.AlignCenter, name)
        month = self.selected_day.month
        line = self.fontMetrics().height() + 4
        chips = self.chips()
        for index in range(ROWS * COLUMNS):
            day = self.first_shown + timedelta(days=index)
            cell = self.cell_rect(day)
            if day.weekday() >= 5:
                weekend = QColor(text)
                weekend.setAlpha(8)
                painter.fillRect(cell, weekend)
            number = QRect(cell.left() + 4, cell.top() + 2, cell.width() - 8, line)
            if day == self.today:
                badge = QRect(number.left(), number.top(), line + 6, line)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawRoundedRect(badge, line / 2, line / 2)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
                painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
                painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(day.day))
            else:
                painter.setPen(text if day.month == month else muted)
                painter.drawText(number, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 str(day.day))
            if day == self.selected_day:
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(cell.adjusted(1, 1, -2, -2))
        # The grid as 13 lines, not 42 rectangles (translucent rectangles are slow to draw).
        painter.setPen(QPen(grid))
        for column in range(COLUMNS + 1):
            x = min(int(column * width), self.width() - 1)
            painter.drawLine(x, top, x, self.height())
        height = (self.height() - top) / ROWS
        for row in range(ROWS + 1):
            y = min(int(top + row * height), self.height() - 1)
            painter.drawLine(0, y, self.width(), y)
        for rect, o in chips:
            self._paint_chip(painter, rect, o)
        painter.setPen(muted)
        for rect, hidden in self._more:
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             translate("MonthGrid", "+{count} more").format(count=hidden))
        if self._drag_target is not None and self._press is not None:
            target = self.cell_rect(self._drag_target[0])
            painter.setPen(QPen(community_color(self._press[1].event.community_id), 2,
                                Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(target.adjusted(2, 2, -3, -3))
        painter.end()

    def _paint_chip(self, painter: QPainter, rect: QRect, o: Occurrence) -> None:
        color = community_color(o.event.community_id)
        fill = QColor(color)
        cancelled = o.event.status == "已取消"
        fill.setAlpha(60 if cancelled else (255 if o.event.all_day else 48))
        painter.fillRect(rect, fill)
        painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()),
                         CLASH_COLOR if o.clash else color)
        selected = o.key == self.selected_key
        if o.clash or selected:
            painter.setPen(QPen(CLASH_COLOR if o.clash else self.palette().color(
                QPalette.ColorRole.Highlight), 2 if selected else 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        font = painter.font()
        font.setStrikeOut(cancelled)
        painter.setFont(font)
        painter.setPen(QColor("white") if o.event.all_day and not cancelled
                       else self.palette().color(QPalette.ColorRole.Text))
        label = o.event.title if o.event.all_day else f"{o.start:%H:%M} {o.event.title}"
        if o.repeats:
            label = "↻ " + label
        if o.clash:
            label = "⚠ " + label
        painter.drawText(rect.adjusted(6, 0, -2, 0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight,
                                                          rect.width() - 8))
        font.setStrikeOut(False)
        painter.setFont(font)
