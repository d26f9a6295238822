"""A badge sheet's fonts measured once per resolution, and its names fitted to a badge.

Every badge of a sheet is the same size and repeats the event's title and day, so the
metrics, the elided title and day and each elided role are worked out once for the
sheet rather than on each of 2,000 badges; a name is fitted by trying the name sizes in
turn with metrics made once.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPaintDevice

#: The name's point size: the largest that fits, down to the smallest, then elided.
NAME_PT, NAME_MIN_PT = 28.0, 14.0
#: Below this size a name of several words goes onto two lines instead.
NAME_TWO_LINES_PT = 20.0
#: The sizes a name is tried at, largest first (by 2 points).
NAME_SIZES = tuple(NAME_PT - 2 * n for n in range(int((NAME_PT - NAME_MIN_PT) / 2) + 1))


class BadgeFonts:
    """The fonts of a sheet (title, day, name, role, code) measured on ``device``'s
    resolution. Keeps no reference to ``device``: any device of the same kind and
    resolution measures the same."""

    def __init__(self, title: QFont, when: QFont, name: QFont, role: QFont, code: QFont,
                 device: QPaintDevice) -> None:
        self.title, self.when, self.role, self.code = title, when, role, code
        self.title_metrics = QFontMetricsF(title, device)
        self.when_metrics = QFontMetricsF(when, device)
        self.role_metrics = QFontMetricsF(role, device)
        self.code_metrics = QFontMetricsF(code, device)
        self.names: dict[float, tuple[QFont, QFontMetricsF]] = {}
        for size in NAME_SIZES:
            font = QFont(name)
            font.setPointSizeF(size)
            self.names[size] = font, QFontMetricsF(font, device)
        self._elided: dict[tuple[int, str, float], str] = {}

    @staticmethod
    def key(device: QPaintDevice) -> tuple:
        """What the measures depend on: the kind of device and its resolution."""
        return type(device).__name__, device.logicalDpiX(), device.logicalDpiY()

    def elided(self, metrics: QFontMetricsF, text: str, width: float) -> str:
        """``text`` elided on the right to ``width`` with ``metrics`` (one of ours),
        remembered: the title, the day and the roles repeat on every badge."""
        key = (id(metrics), text, width)
        found = self._elided.get(key)
        if found is None:
            found = self._elided[key] = metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                           width)
        return found

    def name_font(self, name: str, width: float) -> tuple[QFont, QFontMetricsF, int]:
        """The name's font, its metrics and its lines (1 or 2): one line at the largest
        size that fits down to ``NAME_TWO_LINES_PT``; a name of several words that still
        does not fit is wrapped onto two lines (Alexander / Konstantinopoulos) before it
        shrinks further; whatever fits nowhere goes on one line at the largest size that
        fits, else the smallest (the caller elides it)."""
        for size in NAME_SIZES:
            if size < NAME_TWO_LINES_PT:
                break
            font, metrics = self.names[size]
            if metrics.horizontalAdvance(name) <= width:
                return font, metrics, 1
        if " " in name.strip():
            for size in NAME_SIZES:
                if size > NAME_TWO_LINES_PT:
                    continue
                font, metrics = self.names[size]
                box = metrics.boundingRect(QRectF(0, 0, width, 10 * metrics.height()),
                                           int(Qt.TextFlag.TextWordWrap), name)
                if box.width() <= width and box.height() <= 2 * metrics.lineSpacing() + 1:
                    return font, metrics, 2
        for size in NAME_SIZES:
            if size < NAME_TWO_LINES_PT:
                font, metrics = self.names[size]
                if metrics.horizontalAdvance(name) <= width:
                    return font, metrics, 1
        return (*self.names[NAME_MIN_PT], 1)
