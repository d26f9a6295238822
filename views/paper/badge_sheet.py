"""A4 sheets of name badges: eight to a page (two across, four down) with dashed cut lines,
each with the person's name (big, shrunk to fit, then elided), their role in the event's
community, the event's title and day, and a QR code holding their ticket code with the
code in digits under it (4-4-4) for typing by hand when a camera will not read it.

Painted with QPainter on a ``QPdfWriter`` (names and titles stay text: a PDF reader can
search them, a screen reader read them) or on a QImage by the very same code (a preview,
the tests' QR decoder). Sizes are physical: millimetres and points, whatever the device's
resolution.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
)

from models.core.errors import Cancelled
from models.events.tickets import Ticket, format_code
from views import labels
from views.paper.badge_fonts import NAME_PT, BadgeFonts
from views.paper.paper_font import paper_families, paper_font
from views.paper.pdf_text import fix_text_map
from views.paper.qr_paint import paint_qr, prepare

#: Badges across and down a page.
COLUMNS, ROWS = 2, 4
PER_PAGE = COLUMNS * ROWS
#: The page's margin (most office printers cannot print the last 5 mm) and a badge's
#: padding, in millimetres.
MARGIN_MM, PADDING_MM = 15.0, 5.0
#: The QR code's side, quiet zone included: 29 modules of about 1 mm, which a phone
#: reads from half a metre.
QR_MM = 30.0
#: Resolution the PDF is laid out at (device units per inch; text and paths stay vector).
PDF_DPI = 300


@dataclass(frozen=True)
class BadgeHeading:
    """What every badge of the sheet repeats: the event's title and its day."""

    title: str
    when: str


class BadgeSheet:
    """Pages of badges for ``tickets``; ``paint_page`` paints one on any device."""

    def __init__(self, heading: BadgeHeading, tickets: Sequence[Ticket],
                 role_label: Callable[[str], str] = labels.role) -> None:
        self.heading, self.tickets, self.role_label = heading, list(tickets), role_label
        self.title_font = paper_font(10, bold=True)
        self.when_font = paper_font(8.5)
        self.name_font = paper_font(NAME_PT, bold=True)
        self.role_font = paper_font(12)
        self.code_font = paper_font(8)
        self._fonts: dict[tuple, BadgeFonts] = {}  # by BadgeFonts.key(device)

    def texts(self) -> list[str]:
        """Every text the sheet may draw (for ``views.paper.pdf_text``)."""
        found = [self.heading.title, self.heading.when, "0123456789 …"]
        for ticket in self.tickets:
            found += [ticket.name, self.role_label(ticket.role), ticket.code]
        return found

    @property
    def page_count(self) -> int:
        return max(1, -(-len(self.tickets) // PER_PAGE))

    def paint_page(self, painter: QPainter, index: int) -> None:
        """Paint page ``index`` (from 0) on ``painter``'s device, which is an A4 page at
        its own resolution (a ``QPdfWriter``, or ``page_image``'s QImage)."""
        dpi = painter.device().logicalDpiX()
        mm = dpi / 25.4
        cell = QSizeF((210 - 2 * MARGIN_MM) / COLUMNS * mm, (297 - 2 * MARGIN_MM) / ROWS * mm)
        origin = QPointF(MARGIN_MM * mm, MARGIN_MM * mm)
        self._cut_lines(painter, origin, cell, mm)
        fonts = self._measured(painter.device())
        page = self.tickets[index * PER_PAGE:(index + 1) * PER_PAGE]
        prepare(t.code for t in page)  # the page's QR codes at once: their masks scored together
        for slot, ticket in enumerate(page):
            column, row = slot % COLUMNS, slot // COLUMNS
            rect = QRectF(origin + QPointF(column * cell.width(), row * cell.height()), cell)
            self._badge(painter, rect, ticket, mm, fonts)

    def _measured(self, device: QPaintDevice) -> BadgeFonts:
        key = BadgeFonts.key(device)
        if key not in self._fonts:
            self._fonts[key] = BadgeFonts(self.title_font, self.when_font, self.name_font,
                                          self.role_font, self.code_font, device)
        return self._fonts[key]

    def _cut_lines(self, painter: QPainter, origin: QPointF, cell: QSizeF, mm: float) -> None:
        pen = QPen(QColor(150, 150, 150), 0.2 * mm, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        right = origin.x() + COLUMNS * cell.width()
        bottom = origin.y() + ROWS * cell.height()
        for column in range(COLUMNS + 1):
            x = origin.x() + column * cell.width()
            painter.drawLine(QPointF(x, origin.y()), QPointF(x, bottom))
        for row in range(ROWS + 1):
            y = origin.y() + row * cell.height()
            painter.drawLine(QPointF(origin.x(), y), QPointF(right, y))

    def _badge(self, painter: QPainter, rect: QRectF, ticket: Ticket, mm: float,
               fonts: BadgeFonts) -> None:
        inner = rect.marginsRemoved(QMarginsF(*(PADDING_MM * mm,) * 4))
        ink = QColor("black")
        left_middle = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        # heading: the event's title, its day, a rule under them
        painter.setPen(ink)
        painter.setFont(fonts.title)
        top = inner.top()
        line = QRectF(inner.left(), top, inner.width(), fonts.title_metrics.height())
        painter.drawText(line, left_middle,
                         fonts.elided(fonts.title_metrics, self.heading.title, inner.width()))
        top = line.bottom()
        painter.setFont(fonts.when)
        line = QRectF(inner.left(), top, inner.width(), fonts.when_metrics.height())
        painter.setPen(QColor(60, 60, 60))
        painter.drawText(line, left_middle,
                         fonts.elided(fonts.when_metrics, self.heading.when, inner.width()))
        top = line.bottom() + 1.5 * mm
        painter.setPen(QPen(QColor(120, 120, 120), 0.25 * mm))
        painter.drawLine(QPointF(inner.left(), top), QPointF(inner.right(), top))
        body = QRectF(inner.left(), top + 2 * mm, inner.width(), inner.bottom() - top - 2 * mm)

        # the QR code on the right, its digits under it, centred in the body's height
        code_height = fonts.code_metrics.height()
        qr_side = min(QR_MM * mm, body.height() - code_height)
        qr_top = body.top() + (body.height() - qr_side - code_height) / 2
        square = QRectF(body.right() - qr_side, qr_top, qr_side, qr_side)
        painted = paint_qr(painter, square, ticket.code)
        painter.setPen(ink)
        painter.setFont(fonts.code)
        painter.drawText(QRectF(painted.left() - 4 * mm, painted.bottom(),
                                painted.width() + 8 * mm, code_height),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                         format_code(ticket.code))

        # the name, as big as fits left of the code, and the role under it
        text_width = painted.left() - body.left() - 3 * mm
        font, name_metrics, lines = fonts.name_font(ticket.name, text_width)
        role_height = fonts.role_metrics.height()
        name_height = name_metrics.height() * lines
        block = name_height + 1.5 * mm + role_height
        y = body.top() + max(0.0, (body.height() - block) / 2)
        painter.setFont(font)
        name_box = QRectF(body.left(), y, text_width, name_height)
        if lines == 1:
            painter.drawText(name_box, left_middle,
                             name_metrics.elidedText(ticket.name, Qt.TextElideMode.ElideRight,
                                                     text_width))
        else:
            painter.drawText(name_box, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                             ticket.name)
        y += name_height + 1.5 * mm
        painter.setFont(fonts.role)
        painter.setPen(QColor(60, 60, 60))
        painter.drawText(QRectF(body.left(), y, text_width, role_height), left_middle,
                         fonts.elided(fonts.role_metrics, self.role_label(ticket.role),
                                      text_width))


def _a4(writer: QPdfWriter) -> None:
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))


def write_pdf(sheet: BadgeSheet, path: Path, title: str = "",
              progress: Callable[[int, int], bool] | None = None) -> int:
    """Write every page of ``sheet`` to ``path`` (a partial file first, renamed when
    complete: a failed or cancelled export leaves nothing); returns the page count.
    ``progress(done, total)`` may return False to cancel (``Cancelled``)."""
    path = Path(path)
    partial = path.with_name(f".~{path.name}.part")
    writer = QPdfWriter(str(partial))
    writer.setResolution(PDF_DPI)
    writer.setTitle(title or sheet.heading.title)
    writer.setCreator("Qunzhu")
    _a4(writer)
    painter = QPainter()
    if not painter.begin(writer):  # Qt does not say why: the likely reason, naming the file
        missing = not path.parent.is_dir()
        code = errno.ENOENT if missing else errno.EACCES
        raise OSError(code, os.strerror(code), str(path.parent if missing else path))
    pages = sheet.page_count
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            sheet.paint_page(painter, index)
            if progress is not None and not progress(index + 1, pages):
                raise Cancelled()
    except BaseException:
        painter.end()
        partial.unlink(missing_ok=True)
        raise
    painter.end()
    try:
        fix_text_map(partial, sheet.texts(), paper_families())
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return pages


def page_image(sheet: BadgeSheet, index: int = 0, dpi: int = 150) -> QImage:
    """Page ``index`` painted on a white A4 image of ``dpi`` (a preview, and what the
    tests decode the QR codes from)."""
    width, height = round(210 / 25.4 * dpi), round(297 / 25.4 * dpi)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    sheet.paint_page(painter, index)
    painter.end()
    return image
