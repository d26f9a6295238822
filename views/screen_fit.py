"""Opening sizes that fit the screen a window opens on.

A dialog asked for 760 px opened at its layout's minimum instead when that was wider (the
English profile: 1,216 px, past a 1280-px laptop's screen once its frame and the taskbar
are counted). ``fit`` asks for the wanted size, never less than the layout needs where the
screen has room, never more than the screen's available area minus a margin.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

#: Left free around a window: its frame, and room to see what is behind it.
MARGIN = 40


def room(widget: QWidget) -> QSize:
    """The largest size ``widget`` should open at on its screen."""
    screen = widget.screen()
    area = screen.availableGeometry().size() if screen is not None else QSize(1280, 800)
    return QSize(max(area.width() - 2 * MARGIN, 320), max(area.height() - 2 * MARGIN, 240))


def fit(widget: QWidget, width: int, height: int) -> QSize:
    """Resize ``widget`` to ``width`` x ``height`` (or what its layout needs, when more),
    within its screen's room; returns the size given. Call after its layout is filled."""
    most, least = room(widget), widget.minimumSizeHint()
    size = QSize(min(max(width, least.width()), most.width()),
                 min(max(height, least.height()), most.height()))
    widget.resize(size)
    return size
