"""A ticket as an image (PNG) per person, the thing an operator sends in a WeChat chat:
the event's title, time and place, the person's name, a QR code holding their ticket code
and the code in digits under it.

Sized for a phone held up at the door: 750 pixels wide (a phone screen's width in WeChat's
image viewer, so nothing is scaled down to mush), the QR code about half of it, each module
a whole number of pixels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
)

from models.events.schedule import Event
from models.events.tickets import Ticket, format_code
from views.paper.event_when import when_text, where_text
from views.paper.paper_font import paper_font
from views.paper.qr_paint import modules, paint_qr

translate = QCoreApplication.translate

WIDTH = 750
PADDING = 48
#: Pixels per QR module: 12 x 29 modules = 348 px, read from a phone screen at arm's length
#: and by a desk scanner off the glass.
MODULE_PX = 12


@dataclass(frozen=True)
class TicketFace:
    """What one ticket shows, worded already."""

    title: str
    when: str
    where: str
    name: str
    code: str
    #: A line under the name ("Waitlist — place 2"), or empty.
    note: str = ""


def ticket_face(event: Event, ticket: Ticket) -> TicketFace:
    note = ""
    if ticket.waitlist_place is not None:
        note = translate("Paper", "On the waitlist (place {place}): you get in when a seat "
                                  "is free").format(place=ticket.waitlist_place)
    elif ticket.guests:
        note = translate("Paper", "With {count} guest(s)").format(count=ticket.guests)
    return TicketFace(event.title, when_text(event), where_text(event), ticket.name,
                      ticket.code, note)


def _font(pixels: int, bold: bool = False) -> QFont:
    font = paper_font(bold=bold)
    font.setPixelSize(pixels)
    return font


def _height(font: QFont, text: str, width: float, max_lines: int) -> float:
    metrics = QFontMetricsF(font)
    box = metrics.boundingRect(QRectF(0, 0, width, 100 * metrics.height()),
                               int(Qt.TextFlag.TextWordWrap), text)
    return min(box.height(), max_lines * metrics.lineSpacing())


def _wrapped(painter: QPainter, font: QFont, text: str, top: float, width: float,
             color: QColor, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
             max_lines: int = 3) -> float:
    """Paint ``text`` word-wrapped from ``top`` (at most ``max_lines``); its bottom."""
    height = _height(font, text, width, max_lines)
    painter.setFont(font)
    painter.setPen(color)
    painter.drawText(QRectF(PADDING, top, width, height),
                     int(align | Qt.TextFlag.TextWordWrap), text)
    return top + height


def ticket_image(face: TicketFace) -> QImage:
    """The ticket, painted on a white image."""
    inner = WIDTH - 2 * PADDING
    qr_side = modules(face.code) * MODULE_PX
    height = 1400
    image = QImage(WIDTH, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    ink, soft = QColor(20, 20, 20), QColor(90, 90, 90)

    # the event, on a band as tall as its lines
    title_font, small = _font(40, bold=True), _font(28)
    band = (PADDING + _height(title_font, face.title, inner, 3) + 20
            + _height(small, face.when, inner, 2) + 6
            + (_height(small, face.where, inner, 2) if face.where else 0) + 36)
    painter.fillRect(QRectF(0, 0, WIDTH, band), QColor(238, 241, 245))
    y = _wrapped(painter, title_font, face.title, PADDING, inner, ink) + 20
    y = _wrapped(painter, small, face.when, y, inner, soft, max_lines=2) + 6
    if face.where:
        _wrapped(painter, small, face.where, y, inner, soft, max_lines=2)
    y = band
    # a ticket's tear line
    painter.setPen(QPen(QColor(170, 170, 170), 3, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(0, y), QPointF(WIDTH, y))
    y += 40

    # the person
    y = _wrapped(painter, _font(56, bold=True), face.name, y, inner, ink,
                 Qt.AlignmentFlag.AlignHCenter, max_lines=2) + 8
    if face.note:
        y = _wrapped(painter, _font(26), face.note, y, inner, soft,
                     Qt.AlignmentFlag.AlignHCenter, max_lines=2)
    y += 24

    # the code
    square = QRectF((WIDTH - qr_side) / 2, y, qr_side, qr_side)
    painted = paint_qr(painter, square, face.code)
    y = painted.bottom() + 4
    y = _wrapped(painter, _font(40), format_code(face.code), y, inner, ink,
                 Qt.AlignmentFlag.AlignHCenter, max_lines=1) + 16
    y = _wrapped(painter, _font(24), translate(
        "Paper", "Show this code at the door to check in."), y, inner, soft,
        Qt.AlignmentFlag.AlignHCenter, max_lines=2) + PADDING
    painter.end()
    return image.copy(0, 0, WIDTH, min(height, round(y)))


def ticket_file_name(name: str, code: str) -> str:
    """``张晓明-1234-5678-9012.png``: the person first (how the operator finds the file to
    send), the code so two namesakes never overwrite each other; characters no file
    system takes are replaced."""
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", name).strip(" .") or "ticket"
    return f"{safe[:60]}-{format_code(code).replace(' ', '-')}.png"


def save_ticket(face: TicketFace, folder: Path) -> Path:
    """Write the ticket as a PNG in ``folder``; its path."""
    path = Path(folder) / ticket_file_name(face.name, face.code)
    if not ticket_image(face).save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    return path
