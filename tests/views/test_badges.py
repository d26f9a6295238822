"""Badges and tickets read back as their readers read them: a QR decoder (ZXing, as in
many phones and scanners) finds each person's code, a PDF text extractor finds the names
and the event's title as the characters typed."""

from __future__ import annotations

import numpy as np
import pypdf
import pytest
import segno
import zxingcpp
from PIL import Image
from pypdf.generic import ContentStream
from PySide6.QtGui import QImage

from models.events.schedule import Event
from models.events.tickets import Ticket
from views.paper.badge_sheet import PER_PAGE, BadgeHeading, BadgeSheet, page_image, write_pdf
from views.paper.ticket_image import save_ticket, ticket_face, ticket_image

EVENT = Event(title="读书会·十二月线下分享：《置身事内》", starts_at="2026-12-05T19:00:00+08:00",
              ends_at="2026-12-05T21:00:00+08:00", location="漕溪北路 595 号")
NAMES = ["张晓明", "李娜", "Alexander Konstantinopoulos-Smithson", "欧阳十一", "王大山",
         "Li Wei", "赵磊", "陈新来", "Zoë O'Brien"]


def people(count: int) -> list[Ticket]:
    return [Ticket(i, f"{NAMES[i % len(NAMES)]}{i // len(NAMES) or ''}",
                   f"{(i * 7_919_393 + 104_729) % 10**12:012d}", "registered", "成员")
            for i in range(count)]


def decoded(image: QImage) -> list[str]:
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    array = np.frombuffer(rgb.constBits(), np.uint8).reshape(
        rgb.height(), rgb.bytesPerLine())[:, :rgb.width() * 3].reshape(
        rgb.height(), rgb.width(), 3)
    return sorted(r.text for r in zxingcpp.read_barcodes(array))


def test_a_ticket_png_decodes_back_to_its_code(qapp, tmp_path):
    ticket = Ticket(7, "张晓明", "043912887160", "registered", "成员")
    path = save_ticket(ticket_face(EVENT, ticket), tmp_path)
    assert path.name == "张晓明-0439-1288-7160.png"
    found = zxingcpp.read_barcodes(Image.open(path))
    assert [r.text for r in found] == ["043912887160"]
    assert found[0].format == zxingcpp.BarcodeFormat.QRCode


def test_a_waitlisted_ticket_says_so(qapp):
    face = ticket_face(EVENT, Ticket(1, "李娜", "000000000001", "waitlisted", "成员",
                                     waitlist_place=2))
    assert "2" in face.note and "waitlist" in face.note
    assert decoded(ticket_image(face)) == ["000000000001"]  # leading zeros kept


def test_every_badge_of_a_page_decodes_to_its_own_code(qapp):
    tickets = people(PER_PAGE + 3)
    sheet = BadgeSheet(BadgeHeading(EVENT.title, "2026-12-05 19:00–21:00"), tickets)
    assert sheet.page_count == 2
    assert decoded(page_image(sheet, 0, dpi=150)) == sorted(t.code for t in tickets[:PER_PAGE])
    assert decoded(page_image(sheet, 1, dpi=150)) == sorted(t.code for t in tickets[PER_PAGE:])


@pytest.mark.slow
def test_the_badge_pdf_of_2000_people_has_their_names_as_text(qapp, tmp_path):
    tickets = people(2000)
    sheet = BadgeSheet(BadgeHeading(EVENT.title, "2026-12-05 19:00–21:00"), tickets)
    out = tmp_path / "badges.pdf"
    assert write_pdf(sheet, out) == 250
    assert [p.name for p in tmp_path.iterdir()] == ["badges.pdf"]  # no partial file left
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == 250
    for page in (0, 123, 249):
        # pypdf breaks lines where the font changes (the · comes from a fallback font)
        text = "".join(reader.pages[page].extract_text().split())
        # 十, 二, 月, 身, 大, 山 come back as themselves, not as look-alike radicals (⼗ ⼆ ⽉)
        assert text.count("读书会·十二月线下分享：《置身事内》") == PER_PAGE, text[:200]
        for ticket in tickets[page * PER_PAGE:(page + 1) * PER_PAGE]:
            if len(ticket.name) < 20:  # the long one is elided on its badge
                assert "".join(ticket.name.split()) in text
            assert ticket.code in text  # the digits under the QR code, 4-4-4


def pdf_qr_codes(page) -> list[np.ndarray]:
    """The QR codes a PDF page fills as rectangles in a coordinate system of one unit a
    module (``q ... cm``, ``x y w h re`` ..., ``f``), each as a matrix of dark modules
    (the white square under each is one rectangle, not in whole numbers)."""
    found, rects = [], []
    for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
        if operator == b"re":
            rects.append([float(v) for v in operands])
        elif operator == b"f" and len(rects) > 1 and all(v == int(v) for r in rects for v in r):
            rects = [[int(v) for v in r] for r in rects]
            size = max(max(x + w, y + h) for x, y, w, h in rects)
            matrix = np.zeros((size, size), bool)
            for x, y, w, h in rects:
                assert not matrix[y:y + h, x:x + w].any()  # one fill: no module twice
                matrix[y:y + h, x:x + w] = True
            found.append(matrix)
            rects = []
        elif operator != b"re":
            rects = []
    return found


def test_the_pdf_holds_each_qr_code_as_vector_modules_of_segnos_matrix(qapp, tmp_path):
    tickets = people(PER_PAGE + 3)
    out = tmp_path / "badges.pdf"
    write_pdf(BadgeSheet(BadgeHeading("t", "d"), tickets), out)
    reader = pypdf.PdfReader(out)
    for page, wanted in zip(reader.pages, (tickets[:PER_PAGE], tickets[PER_PAGE:]), strict=True):
        codes = pdf_qr_codes(page)
        assert len(codes) == len(wanted)
        for matrix, ticket in zip(codes, wanted, strict=True):
            code = segno.make(ticket.code, error="m", micro=False)
            assert np.array_equal(matrix, np.array(code.matrix, bool)), ticket.code


def test_a_cancelled_pdf_leaves_no_file(qapp, tmp_path):
    from models.core.errors import Cancelled

    sheet = BadgeSheet(BadgeHeading("t", "d"), people(40))
    with pytest.raises(Cancelled):
        write_pdf(sheet, tmp_path / "b.pdf", progress=lambda done, total: done < 2)
    assert list(tmp_path.iterdir()) == []
