"""A QR code painted with QPainter: segno makes the matrix (``views.paper.qr_matrix``),
we paint the dark modules.

As rectangles in one fill (a run of dark modules in a row is one rectangle, and a run
repeated in the rows under it the same rectangle made taller), drawn in a coordinate
system of one unit a module, so a PDF holds them as ``x y w h re`` of small whole
numbers, one path and one fill per code: vector (crisp at any print size), no seams
between modules in a viewer that smooths edges, and a fifth the size and a quarter of
the time of the same modules as a ``QPainterPath``. A PNG gets whole pixels per module.
The quiet zone (four modules of white all round, which phone cameras need to find the
code) is part of the square asked for: a caller places the square, never thinks about
the margin.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

import numpy as np
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter

from views.paper.qr_matrix import qr_matrices

#: Modules of white round the code (ISO/IEC 18004 asks for four).
QUIET = 4
#: Level M: the code survives a crease or a smudge on a badge (segno raises it further
#: when the version has room for it: ``boost_error``).
ERROR_LEVEL = "m"
#: Codes kept ready to paint (a badge sheet prepares one page at a time).
_KEPT = 256

#: data -> (modules per side without the quiet zone, the dark rectangles in modules);
#: badges are painted on a worker thread while a ticket may be painted in the window
_shapes: dict[str, tuple[int, list[QRect]]] = {}
_lock = threading.Lock()


def prepare(datas: Iterable[str]) -> None:
    """Make the codes of ``datas`` ready to paint, scoring their masks together (much
    faster than one by one: ``views.paper.qr_matrix``)."""
    with _lock:
        wanted = [d for d in dict.fromkeys(datas) if d not in _shapes]
    _keep({data: (len(matrix), _rectangles(matrix))
           for data, matrix in zip(wanted, qr_matrices(wanted, ERROR_LEVEL), strict=True)})


def _shape(data: str) -> tuple[int, list[QRect]]:
    with _lock:
        found = _shapes.get(data)
    if found is None:
        matrix = qr_matrices([data], ERROR_LEVEL)[0]
        found = len(matrix), _rectangles(matrix)
        _keep({data: found})
    return found


def _keep(made: dict[str, tuple[int, list[QRect]]]) -> None:
    with _lock:
        _shapes.update(made)
        while len(_shapes) > _KEPT:
            del _shapes[next(iter(_shapes))]


def _rectangles(matrix: np.ndarray) -> list[QRect]:
    """The dark modules of ``matrix`` as rectangles: each row's runs, runs of the same
    columns in consecutive rows as one rectangle."""
    edges = np.diff(np.pad(matrix.astype(np.int8), ((0, 0), (1, 1))), axis=1)
    rows, starts = np.nonzero(edges == 1)
    ends = np.nonzero(edges == -1)[1]
    # runs by their columns, then down the rows: a rectangle is a stretch of runs with
    # the same columns in consecutive rows
    order = np.lexsort((rows, ends, starts))
    rows, starts, ends = rows[order], starts[order], ends[order]
    first = np.ones(len(rows), bool)
    first[1:] = (starts[1:] != starts[:-1]) | (ends[1:] != ends[:-1]) | (rows[1:] != rows[:-1] + 1)
    heads = np.flatnonzero(first)
    heights = np.diff(np.append(heads, len(rows)))
    return [QRect(*shape) for shape in zip(starts[heads].tolist(), rows[heads].tolist(),
                                          (ends - starts)[heads].tolist(), heights.tolist(),
                                          strict=True)]


def modules(data: str) -> int:
    """Modules per side of ``data``'s code, quiet zone included."""
    return _shape(data)[0] + 2 * QUIET


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
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    painter.translate(left + QUIET * module, top + QUIET * module)
    painter.scale(module, module)
    painter.drawRects(_shape(data)[1])
    painter.restore()
    return painted
