"""A QR code painted with QPainter: segno makes the matrix, we paint the dark modules.

As one filled path of rectangles (a run of dark modules in a row is one rectangle), so a
PDF holds it as vector paths (crisp at any print size, no seams between modules in a
viewer that smooths edges) and a PNG gets whole pixels per module. The quiet zone (four
modules of white all round, which phone cameras need to find the code) is part of the
square asked for: a caller places the square, never thinks about the margin.
"""

from __future__ import annotations

from functools import lru_cache

import segno
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter, QPainterPath

#: Modules of white round the code (ISO/IEC 18004 asks for four).
QUIET = 4
#: Level M: the code survives a crease or a smudge on a badge (segno raises it further
#: when the version has room for it: ``boost_error``).
ERROR_LEVEL = "m"


@lru_cache(maxsize=64)
def _runs(data: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """(modules per side, (row, first column, length) of each run of dark modules)."""
    matrix = segno.make(data, error=ERROR_LEVEL, micro=False).matrix
    runs = []
    for y, row in enumerate(matrix):
        x, size = 0, len(row)
        while x < size:
            if row[x]:
                start = x
                while x < size and row[x]:
                    x += 1
                runs.append((y, start, x - start))
            else:
                x += 1
    return len(matrix), tuple(runs)


def modules(data: str) -> int:
    """Modules per side of ``data``'s code, quiet zone included."""
    return _runs(data)[0] + 2 * QUIET


def qr_path(data: str, left: float, top: float, module: float) -> QPainterPath:
    """The dark modules of ``data``'s code as one path, the first module's corner at
    (``left``, ``top``) (inside the quiet zone), each module ``module`` units wide."""
    _, runs = _runs(data)
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for y, x, length in runs:
        path.addRect(QRectF(left + x * module, top + y * module, length * module, module))
    return path


def paint_qr(painter: QPainter, square: QRectF, data: str) -> QRectF:
    """Paint ``data``'s QR code, quiet zone included, centred in ``square`` (its shorter
    side). On a raster device each module is a whole number of pixels (a code smeared
    across pixel edges reads badly); on paper (PDF) it fills the square exactly. Returns
    the rectangle painted (white), so a caller can put the digits under it."""
    side = min(square.width(), square.height())
    count = modules(data)
    module = side / count
    raster = not isinstance(painter.device(), QPagedPaintDevice)
    scale = painter.transform().m11() or 1.0
    if raster:
        module = max(1, int(module * scale)) / scale
    size = module * count
    left = square.left() + (square.width() - size) / 2
    top = square.top() + (square.height() - size) / 2
    if raster:
        left, top = round(left * scale) / scale, round(top * scale) / scale
    painted = QRectF(left, top, size, size)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(painted, QColor("white"))
    painter.fillPath(qr_path(data, left + QUIET * module, top + QUIET * module, module),
                     QColor("black"))
    painter.restore()
    return painted
