"""What the month grid and the week view share: the occurrences they show, the selected day
and event, keyboard navigation, and moving an event by dragging it to another day.

Both are painted widgets (no widget per event), so a month with hundreds of events paints
in a few milliseconds. Layout is computed apart from painting (``chips``), so clicks and
drags are hit-tested the same whether or not the widget has been painted yet.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from models.core import clock
from models.events.occurrences import Occurrence

Chip = tuple[QRect, Occurrence]


def month_start(day: date) -> date:
    return day.replace(day=1)


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    first = date(year, month + 1, 1)
    following = date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
    return first.replace(day=min(day.day, (following - first).days))


class CalendarCanvas(QWidget):
    """Signals name what the person did; the view decides what it means."""

    day_selected = Signal(object)  # date
    day_activated = Signal(object, int)  # date, hour (-1: no particular time)
    event_selected = Signal(object)  # Occurrence | None
    event_activated = Signal(object)  # Occurrence
    event_dropped = Signal(object, object, int)  # Occurrence, date, hour (-1: keep the time)
    context_requested = Signal(object, QPoint)  # Occurrence, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.occurrences: list[Occurrence] = []
        self.selected_day = clock.today()
        self.selected_key: tuple[int, str] | None = None
        self.today = clock.today()
        self.community_names: dict[int, str] = {}
        self._chips: list[Chip] | None = None
        self._press: tuple[QPoint, Occurrence] | None = None
        self._drag_target: tuple[date, int] | None = None

    # -- data ----------------------------------------------------------------------------

    def set_occurrences(self, found: list[Occurrence], selected_day: date) -> None:
        self.occurrences = found
        self.selected_day = selected_day
        self._chips = None
        self.update()

    def select_event(self, key: tuple[int, str] | None) -> None:
        self.selected_key = key
        self.update()

    def selected_occurrence(self) -> Occurrence | None:
        return next((o for o in self.occurrences if o.key == self.selected_key), None)

    def chips(self) -> list[Chip]:
        if self._chips is None:
            self._chips = self.layout_chips()
        return self._chips

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._chips = None
        super().resizeEvent(event)

    # -- what subclasses provide ----------------------------------------------------------

    def layout_chips(self) -> list[Chip]:
        raise NotImplementedError

    def day_at(self, pos: QPoint) -> date | None:
        raise NotImplementedError

    def hour_at(self, pos: QPoint) -> int:
        return -1

    def step_keys(self) -> dict[int, int]:
        """Key -> days to move the selection."""
        return {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7,
                Qt.Key.Key_Down: 7}

    # -- hit testing ----------------------------------------------------------------------

    def chip_at(self, pos: QPoint) -> Occurrence | None:
        for rect, occurrence in reversed(self.chips()):
            if rect.contains(pos):
                return occurrence
        return None

    # -- mouse ----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position().toPoint()
        hit = self.chip_at(pos)
        day = self.day_at(pos)
        if day is not None and day != self.selected_day:
            self.selected_day = day
            self.day_selected.emit(day)
        self.selected_key = hit.key if hit else None
        self.event_selected.emit(hit)
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self._press = (pos, hit)
        if hit is not None and event.button() == Qt.MouseButton.RightButton:
            self.context_requested.emit(hit, event.globalPosition().toPoint())
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is None:
            return
        pos = event.position().toPoint()
        if (pos - self._press[0]).manhattanLength() < QApplication.startDragDistance():
            return
        day = self.day_at(pos)
        self._drag_target = (day, self.hour_at(pos)) if day else None
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        press, self._press = self._press, None
        target, self._drag_target = self._drag_target, None
        self.unsetCursor()
        if press is None:
            return
        pos = event.position().toPoint()
        if (pos - press[0]).manhattanLength() >= QApplication.startDragDistance():
            day = self.day_at(pos)
            if day is not None:
                target = (day, self.hour_at(pos))
        if target is not None:
            occurrence = press[1]
            moved_day = target[0] != occurrence.start.date()
            moved_hour = target[1] >= 0 and target[1] != occurrence.start.hour
            if moved_day or moved_hour:
                self.event_dropped.emit(occurrence, target[0], target[1])
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position().toPoint()
        hit = self.chip_at(pos)
        if hit is not None:
            self.event_activated.emit(hit)
            return
        day = self.day_at(pos)
        if day is not None:
            self.day_activated.emit(day, self.hour_at(pos))

    # -- keyboard -------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        steps = self.step_keys()
        if key in steps:
            self._go(self.selected_day + timedelta(days=steps[key]))
        elif key == Qt.Key.Key_PageUp:
            self._go(add_months(self.selected_day, -1))
        elif key == Qt.Key.Key_PageDown:
            self._go(add_months(self.selected_day, 1))
        elif key == Qt.Key.Key_T and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self._go(clock.today())
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            chosen = self.selected_occurrence()
            if chosen is not None:
                self.event_activated.emit(chosen)
            else:
                self.day_activated.emit(self.selected_day, -1)
        else:
            super().keyPressEvent(event)

    def _go(self, day: date) -> None:
        self.selected_day = day
        self.selected_key = None
        self.event_selected.emit(None)
        self.day_selected.emit(day)
        self.update()
