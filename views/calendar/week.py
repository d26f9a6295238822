"""The week view: seven day columns with the hours of the day; all-day events along the top.
Events that overlap share their column side by side."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from models.core import clock
from models.events.occurrences import Occurrence
from views.calendar.canvas import CalendarCanvas, Chip
from views.calendar.labels import CLASH_COLOR, community_color
from views.calendar.month import weekday_names

translate = QCoreApplication.translate
GUTTER = 52
#: Hours shrink to fit the view (the whole day is always visible, no scrolling) down to this.
MIN_HOUR_HEIGHT = 10


class WeekGrid(CalendarCanvas):
    """Drag an event to another day or hour; double-click an hour to create there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarWeek")
        self._names = weekday_names()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(900, self._top() + 24 * 30)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, self._top() + 24 * MIN_HOUR_HEIGHT)

    def hour_height(self) -> float:
        return max(MIN_HOUR_HEIGHT, (self.height() - self._top() - 2) / 24)

    @property
    def first_shown(self) -> date:
        return self.selected_day - timedelta(days=self.selected_day.weekday())

    def _line(self) -> int:
        return self.fontMetrics().height() + 4

    def _all_day_rows(self) -> int:
        rows = [0] * 7
        for o in self.occurrences:
            if o.event.all_day or o.end - o.start >= timedelta(days=1):
                for day in o.days():
                    index = (day - self.first_shown).days
                    if 0 <= index < 7:
                        rows[index] += 1
        return min(max(rows), 4)

    def _top(self) -> int:
        return self._line() * 2 + 8 + self._all_day_rows() * (self._line() + 1)

    def _column_width(self) -> float:
        return (self.width() - GUTTER) / 7

    def day_at(self, pos: QPoint) -> date | None:
        if pos.x() < GUTTER or not self.rect().contains(pos):
            return None
        column = int((pos.x() - GUTTER) / self._column_width())
        return self.first_shown + timedelta(days=min(max(column, 0), 6))

    def hour_at(self, pos: QPoint) -> int:
        if pos.y() < self._top():
            return -1
        return min(23, max(0, int((pos.y() - self._top()) / self.hour_height())))

    def y_of(self, moment: datetime) -> int:
        return self._top() + int((moment.hour + moment.minute / 60) * self.hour_height())

    def layout_chips(self) -> list[Chip]:
        chips: list[Chip] = []
        width = self._column_width()
        line = self._line()
        banner_rows = [0] * 7
        timed: dict[int, list[Occurrence]] = {}
        for o in self.occurrences:
            long = o.event.all_day or o.end - o.start >= timedelta(days=1)
            for day in o.days():
                index = (day - self.first_shown).days
                if not 0 <= index < 7:
                    continue
                if long:
                    row = banner_rows[index]
                    banner_rows[index] += 1
                    if row < 4:
                        chips.append((QRect(int(GUTTER + index * width) + 2,
                                            line * 2 + 6 + row * (line + 1),
                                            int(width) - 4, line), o))
                elif day == o.start.date():
                    timed.setdefault(index, []).append(o)
        for index, found in timed.items():
            found.sort(key=lambda o: (o.start, o.event.id))
            lanes: list[datetime] = []
            placed = []
            for o in found:
                lane = next((n for n, end in enumerate(lanes) if end <= o.start), None)
                if lane is None:
                    lanes.append(o.end)
                    lane = len(lanes) - 1
                else:
                    lanes[lane] = o.end
                placed.append((o, lane))
            count = max(len(lanes), 1)
            for o, lane in placed:
                left = GUTTER + index * width + lane * width / count
                end_of_day = datetime.combine(o.start.date(), time(23, 59), o.start.tzinfo)
                top, bottom = self.y_of(o.start), self.y_of(min(o.end, end_of_day))
                chips.append((QRect(int(left) + 2, top + 1, int(width / count) - 4,
                                    max(bottom - top - 2, line)), o))
        return chips

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        grid = QColor(text)
        grid.setAlpha(35)
        width, top, line = self._column_width(), self._top(), self._line()
        for hour in range(24):
            y = int(top + hour * self.hour_height())
            painter.setPen(QPen(grid))
            painter.drawLine(GUTTER, y, self.width(), y)
            painter.setPen(muted)
            painter.drawText(QRect(0, y - line // 2, GUTTER - 6, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{hour:02d}:00")
        for index in range(7):
            day = self.first_shown + timedelta(days=index)
            x = int(GUTTER + index * width)
            header = QRect(x, 2, int(width), line * 2)
            if day == self.selected_day:
                shade = QColor(palette.color(QPalette.ColorRole.Highlight))
                shade.setAlpha(25)
                painter.fillRect(QRect(x, 0, int(width), self.height()), shade)
            if day == self.today:
                painter.setPen(palette.color(QPalette.ColorRole.Highlight))
                font = painter.font()
                font.setBold(True)
                painter.setFont(font)
            else:
                painter.setPen(text)
            painter.drawText(header, Qt.AlignmentFlag.AlignCenter,
                             f"{self._names[index]}\n{day.month}/{day.day}")
            font = painter.font()
            font.setBold(False)
            painter.setFont(font)
            painter.setPen(QPen(grid))
            painter.drawLine(x, 0, x, self.height())
        painter.drawLine(GUTTER, top, self.width(), top)
        now = clock.utc_now().astimezone(clock.zone())
        if self.first_shown <= now.date() < self.first_shown + timedelta(days=7):
            x = int(GUTTER + (now.date() - self.first_shown).days * width)
            painter.setPen(QPen(CLASH_COLOR, 2))
            painter.drawLine(x, self.y_of(now), int(x + width), self.y_of(now))
        for rect, o in self.chips():
            self._paint_event(painter, rect, o)
        if self._drag_target is not None and self._press is not None:
            day, hour = self._drag_target
            x = int(GUTTER + (day - self.first_shown).days * width)
            y = int(top + max(hour, 0) * self.hour_height())
            painter.setPen(QPen(community_color(self._press[1].event.community_id), 2,
                                Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRect(x + 2, y, int(width) - 4, int(self.hour_height())))
        painter.end()

    def _paint_event(self, painter: QPainter, rect: QRect, o: Occurrence) -> None:
        color = community_color(o.event.community_id)
        fill = QColor(color)
        fill.setAlpha(70 if o.event.status == "已取消" else 60)
        painter.fillRect(rect, fill)
        painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()),
                         CLASH_COLOR if o.clash else color)
        if o.clash or o.key == self.selected_key:
            painter.setPen(QPen(CLASH_COLOR if o.clash else self.palette().color(
                QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        title = ("⚠ " if o.clash else "") + ("↻ " if o.repeats else "") + o.event.title
        two_lines = rect.height() >= 2 * painter.fontMetrics().height() + 2
        if o.event.all_day:
            body = title
        elif two_lines:
            body = f"{o.start:%H:%M}–{o.end:%H:%M}\n{title}"
            if o.event.location:
                body += "\n" + o.event.location
        else:
            inner = rect.adjusted(6, 0, -2, 0)
            body = painter.fontMetrics().elidedText(f"{o.start:%H:%M} {title}",
                                                    Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             body)
            return
        painter.drawText(rect.adjusted(6, 1, -2, -1),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap, body)
