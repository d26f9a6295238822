"""The icons of menus, the toolbar and the tabs: Lucide's line icons, coloured by the palette.

The SVGs in resources/icons/actions are Lucide's as published (lucide-static, ISC licence beside
them). Each draws with ``stroke="currentColor"``, which Qt's SVG renderer would paint black,
invisible on a dark palette; so an icon here is a ``QIconEngine`` that puts the application
palette's text colour in at paint time (the disabled text colour for a disabled action, the
highlighted text colour for a selected item). The icons therefore follow a palette that changes
while the app runs, with nothing to refresh. 29 files of ~400 bytes: no icon-font library, no
start-up cost (QtAwesome loads and hashes ten fonts, 6 MB, on its first icon).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

from resources import ICONS

FOLDER = ICONS / "actions"


@cache
def _source(name: str) -> str:
    try:
        return (FOLDER / f"{name}.svg").read_text(encoding="utf-8")
    except OSError:  # a folder left out of a build: no picture rather than an error per paint
        return '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"/>'


@cache
def _renderer(name: str, colour: str) -> QSvgRenderer:
    color = QColor(colour)
    paint = f'"{color.name()}" stroke-opacity="{color.alphaF():.3f}"'
    svg = _source(name).replace('"currentColor"', paint)
    return QSvgRenderer(QByteArray(svg.encode("utf-8")))


def colour_for(mode: QIcon.Mode, palette: QPalette | None = None) -> str:
    """The stroke colour of an icon drawn in ``mode`` on the (application) palette."""
    palette = palette if palette is not None else QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        color = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    elif mode == QIcon.Mode.Selected:
        color = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    else:
        color = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
    return color.name(QColor.NameFormat.HexArgb)  # a disabled colour may be translucent


class PaletteIconEngine(QIconEngine):
    """Draws one Lucide icon in the palette's colour for the mode asked."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        _renderer(self.name, colour_for(mode)).render(painter, rect)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,  # noqa: N802
                     scale: float) -> QPixmap:
        pixmap = self.pixmap(size * scale, mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return PaletteIconEngine(self.name)

    def key(self) -> str:
        return "qunzhu-palette"

    def isNull(self) -> bool:  # noqa: N802
        return not (FOLDER / f"{self.name}.svg").is_file()


def icon(name: str) -> QIcon:
    """The Lucide icon ``name`` (a file in resources/icons/actions, without ``.svg``)."""
    return QIcon(PaletteIconEngine(name))
