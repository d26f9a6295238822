"""The sign-in sheet (签到表) as a PDF, painted with Qt's own printing (``QPdfWriter`` and
``QPainter``): text stays text (a PDF reader can search it and copy it out), in the CJK font
the system has.

A4 portrait. Every page repeats the heading (the event's title, its time and place) and the
column header, and ends with "page N / M". Lines are numbered and tall enough to sign on;
each cell's text is cut with an ellipsis rather than run into the next cell (a name of 40
characters, a line of emoji). What goes on the lines, and why phones are masked and blank
lines follow, is ``exports/signin.py``'s.

The same painter code draws a page onto a ``QImage`` (``render_page``): that is how tests and
the screenshots look at a page without a PDF renderer.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLineF, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
)

from exports.signin import SignInLine
from views.paper.paper_font import paper_families, paper_font
from views.paper.pdf_text import fix_text_map

#: Sizes on paper, in millimetres.
PAGE_W, PAGE_H, MARGIN = 210.0, 297.0, 12.0
TITLE_H, HEADING_LINE_H, GAP, HEADER_H, ROW_H, FOOTER_H = 9.0, 5.5, 3.0, 7.5, 8.0, 7.0
PAD = 1.6  # text's distance from a cell's edge
#: Each column's width in millimetres; the signature column takes what is left.
WIDTHS = {"number": 11.0, "name": 40.0, "phone": 27.0, "note": 36.0, "checked_in": 20.0}
#: Font sizes in points.
TITLE_PT, HEADING_PT, BODY_PT, SMALL_PT = 15.0, 9.5, 10.5, 8.5
HEADER_PT = 9.5
#: The PDF's resolution: fine enough for hairlines; text is vector whatever it is.
DPI = 300
GRID, HEADER_FILL, ZEBRA = QColor("#808080"), QColor("#e4e4e4"), QColor("#f4f4f4")


def font(points: float, bold: bool = False) -> QFont:
    """The sheet's font at ``points`` (``views.paper.paper_font``: Chinese from a
    Simplified Chinese face, locale glyph substitution off, so a PDF names every glyph)."""
    return paper_font(points, bold)


@dataclass(frozen=True)
class SignInSheet:
    """A sheet ready to paint: ``heading`` (the title first, then time, place …), the lines
    (blank ones included), the columns to print and their headers."""

    heading: Sequence[str]
    lines: Sequence[SignInLine]
    columns: Sequence[str]
    headers: Mapping[str, str]
    #: The footer; ``{page}`` and ``{pages}`` filled in.
    page_label: str = "{page} / {pages}"
    #: People on it (the lines that are not blank).
    people: int = 0

    @staticmethod
    def lines_per_page(heading_lines: int) -> int:
        """How many lines fit under a heading of ``heading_lines`` lines (title included)."""
        top = TITLE_H + max(heading_lines - 1, 0) * HEADING_LINE_H + GAP + HEADER_H
        return int((PAGE_H - 2 * MARGIN - top - FOOTER_H) // ROW_H)

    @property
    def per_page(self) -> int:
        return self.lines_per_page(len(self.heading))

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.lines) // self.per_page))

    def texts(self) -> list[str]:
        """Every text the sheet may draw (for ``views.paper.pdf_text``)."""
        found = [*self.heading, *self.headers.values(), "0123456789/… ",
                 self.page_label.format(page=0, pages=0)]
        for line in self.lines:
            found += [line.name, line.phone, line.note, line.checked_in]
        return found

    def widths(self) -> list[float]:
        fixed = [WIDTHS.get(k, 0.0) for k in self.columns]
        rest = PAGE_W - 2 * MARGIN - sum(fixed)
        return [w if k in WIDTHS else rest for k, w in zip(self.columns, fixed, strict=True)]

    # -- painting --------------------------------------------------------------------------

    def paint_page(self, painter: QPainter, device: QPaintDevice, page: int) -> None:
        """Paint page ``page`` (0-based) with the painter's origin at the top left corner of
        the area inside the margins."""
        mm = device.logicalDpiY() / 25.4
        width = (PAGE_W - 2 * MARGIN) * mm
        y = 0.0
        painter.setPen(Qt.GlobalColor.black)
        title = font(TITLE_PT, bold=True)
        _text(painter, device, title, QRectF(0, y, width, TITLE_H * mm), self.heading[0],
              Qt.AlignmentFlag.AlignLeft)
        y += TITLE_H * mm
        body = font(HEADING_PT)
        for line in self.heading[1:]:
            _text(painter, device, body, QRectF(0, y, width, HEADING_LINE_H * mm), line,
                  Qt.AlignmentFlag.AlignLeft)
            y += HEADING_LINE_H * mm
        y += GAP * mm
        xs = [0.0]
        for w in self.widths():
            xs.append(xs[-1] + w * mm)
        # the column header
        painter.fillRect(QRectF(0, y, width, HEADER_H * mm), HEADER_FILL)
        bold = font(HEADER_PT, bold=True)
        for n, key in enumerate(self.columns):
            _text(painter, device, bold, QRectF(xs[n], y, xs[n + 1] - xs[n], HEADER_H * mm),
                  self.headers.get(key, key), Qt.AlignmentFlag.AlignHCenter)
        table_top = y
        y += HEADER_H * mm
        # the lines
        shown = self.lines[page * self.per_page:(page + 1) * self.per_page]
        row_h = ROW_H * mm
        for n in range(1, len(shown), 2):
            painter.fillRect(QRectF(0, y + n * row_h, width, row_h), ZEBRA)
        normal, small = font(BODY_PT), font(SMALL_PT)
        left, centre = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignHCenter
        for r, line in enumerate(shown):
            top = y + r * row_h
            for n, key in enumerate(self.columns):
                value = _value(line, key)
                if not value:
                    continue
                cell = QRectF(xs[n], top, xs[n + 1] - xs[n], row_h)
                if key == "number":
                    _text(painter, device, small, cell, value, centre)
                elif key == "name":
                    _text(painter, device, normal, cell, value, left)
                else:
                    _text(painter, device, small, cell, value, left)
        bottom = y + len(shown) * row_h
        pen = QPen(GRID)
        pen.setWidthF(0.2 * mm)
        painter.setPen(pen)
        for x in xs:
            painter.drawLine(QLineF(x, table_top, x, bottom))
        for line_y in (table_top, *(y + r * row_h for r in range(len(shown) + 1))):
            painter.drawLine(QLineF(0, line_y, width, line_y))
        # the footer
        painter.setPen(Qt.GlobalColor.black)
        footer_top = (PAGE_H - 2 * MARGIN - FOOTER_H) * mm
        _text(painter, device, small, QRectF(0, footer_top, width, FOOTER_H * mm),
              self.page_label.format(page=page + 1, pages=self.pages),
              Qt.AlignmentFlag.AlignHCenter)


def _value(line: SignInLine, key: str) -> str:
    if key == "number":
        return str(line.number)
    return getattr(line, key, "") or ""


def _text(painter: QPainter, device: QPaintDevice, chosen: QFont, cell: QRectF, text: str,
          align: Qt.AlignmentFlag) -> None:
    """``text`` on one line inside ``cell``, cut with an ellipsis when it does not fit.

    The ellipsis is drawn on its own: shaped after Latin letters, fonts such as Noto Sans
    CJK swap in a proportional ellipsis that has no code point, and the PDF would then not
    say what it shows."""
    metrics = QFontMetricsF(chosen, device)
    mm = device.logicalDpiX() / 25.4
    inner = cell.adjusted(PAD * mm, 0, -PAD * mm, 0)
    painter.setFont(chosen)
    flags = int(Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine)
    if metrics.horizontalAdvance(text) <= inner.width():
        painter.drawText(inner, flags | int(align), text)
        return
    dots = "\u2026"
    room = inner.width() - metrics.horizontalAdvance(dots)
    head = metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
    head = head.removesuffix(dots).rstrip()
    while head and metrics.horizontalAdvance(head) > room:
        head = head[:-1]
    used = metrics.horizontalAdvance(head)
    x = inner.left()
    if align & Qt.AlignmentFlag.AlignHCenter:
        x += (inner.width() - used - metrics.horizontalAdvance(dots)) / 2
    left = Qt.AlignmentFlag.AlignLeft
    painter.drawText(QRectF(x, inner.top(), used + 1, inner.height()), flags | int(left), head)
    painter.drawText(QRectF(x + used, inner.top(), inner.right() - x - used + PAD * mm,
                            inner.height()), flags | int(left), dots)


# -- files and images --------------------------------------------------------------------


def write_pdf(path: Path | str, sheet: SignInSheet, title: str | None = None) -> int:
    """Write ``sheet`` to ``path`` (replaced only once complete); returns its pages."""
    path = Path(path)
    fd, temp = tempfile.mkstemp(prefix=".~" + path.stem, suffix=".pdf", dir=path.parent)
    os.close(fd)
    try:
        writer = QPdfWriter(temp)
        writer.setResolution(DPI)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(MARGIN, MARGIN, MARGIN, MARGIN),
                                         QPageLayout.Unit.Millimeter))
        writer.setTitle(title or sheet.heading[0])
        writer.setCreator("Qunzhu 群主")
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"cannot write {path}")
        try:
            for page in range(sheet.pages):
                if page:
                    writer.newPage()
                sheet.paint_page(painter, writer, page)
        finally:
            painter.end()
        del writer  # closes the file
        fix_text_map(temp, sheet.texts(), paper_families())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return sheet.pages


def render_page(sheet: SignInSheet, page: int = 0, dpi: float = 110) -> QImage:
    """Page ``page`` as an image (white paper, margins included), painted by the same code."""
    per_mm = dpi / 25.4
    size = QSizeF(PAGE_W * per_mm, PAGE_H * per_mm).toSize()
    image = QImage(size, QImage.Format.Format_RGB32)
    dots = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.translate(MARGIN * per_mm, MARGIN * per_mm)
    sheet.paint_page(painter, image, page)
    painter.end()
    return image
