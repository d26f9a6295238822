"""The sign-in sheet as a PDF, read back as a PDF text extractor reads it (pypdf): A4 pages,
the event's title, time and place on every page as text (Chinese included, as the
characters it shows), numbered lines, masked phones, names cut to their cells."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from models.events import registrations as reg
from models.events.attendees import find_sitting
from tests.models.calendar_fixtures import cal  # noqa: F401
from tests.models.test_attendees import single, weekly
from views.paper.attendee_files import build_sheet, write_attendee_file

A4_POINTS = (595, 842)


def crowd(ws, community_id, count: int) -> int:
    """An event with ``count`` people signed up, 人手 and 一 大 in their names (characters
    Qt's own PDF text map gets wrong), phones 139000xxxxx."""
    event_id = single(ws, community_id)
    ws.conn.execute("UPDATE events SET title = '人手一本：大家读《长日将尽》' WHERE id = ?",
                    (event_id,))
    ids = [reg.add_member(ws.conn, f"王大手{n}", f"139{n:08d}") for n in range(count)]
    reg.register(ws.conn, event_id, ids)
    return event_id


def pages_text(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_sixty_people_fill_three_a4_pages_with_the_heading_on_each(qapp, cal, tmp_path):  # noqa: F811
    ws, (a, _), _ = cal
    sitting = find_sitting(ws.conn, crowd(ws, a, 60))
    path = tmp_path / "signin.pdf"
    written = write_attendee_file(ws.conn, sitting, path)
    assert written.people == 60
    reader = PdfReader(path)
    assert len(reader.pages) == written.pages == 3
    for page in reader.pages:
        assert tuple(round(float(v)) for v in page.mediabox[2:]) == A4_POINTS
    texts = pages_text(path)
    for n, text in enumerate(texts, start=1):
        assert "人手一本：大家读《长日将尽》" in text  # the characters shown, not radicals
        assert "2026-12-05" in text and "19:00–21:00" in text and "愚园路 123 号" in text
        assert "读书会" in text
        assert f"{n} / 3" in text or f"{n} of 3" in text or f"第 {n} 页" in text
    everything = "\n".join(texts)
    assert "王大手0" in everything and "王大手59" in everything
    assert "139****0059" in everything and "13900000059" not in everything
    # blank numbered lines follow the last person, to the end of the last page
    last = texts[-1].split()
    assert "61" in last and str(written.pages * build_sheet(ws.conn, sitting).per_page) in last


@pytest.mark.slow
def test_two_thousand_people_print_on_numbered_pages(qapp, cal, tmp_path):  # noqa: F811
    ws, (a, _), _ = cal
    sitting = find_sitting(ws.conn, crowd(ws, a, 2000))
    path = tmp_path / "big.pdf"
    written = write_attendee_file(ws.conn, sitting, path)
    per_page = build_sheet(ws.conn, sitting).per_page
    assert written.pages == -(-2000 // per_page)
    texts = pages_text(path)
    assert len(texts) == written.pages
    assert all("人手一本：大家读《长日将尽》" in t for t in texts)
    assert "王大手1999" in texts[-1] and "139****1999" in texts[-1]


def test_long_names_are_cut_to_their_cell(qapp, cal, tmp_path):  # noqa: F811
    ws, (a, _), _ = cal
    event_id = single(ws, a)
    names = ["Maximilian Alexander Bartholomew-Featherstonehaugh the Third",
             "😀" * 30, "欧阳" * 20]
    reg.register(ws.conn, event_id, [reg.add_member(ws.conn, n) for n in names])
    sitting = find_sitting(ws.conn, event_id)
    path = tmp_path / "long.pdf"
    write_attendee_file(ws.conn, sitting, path, mask=False)
    text = pages_text(path)[0]
    assert "Maximilian" in text and "the Third" not in text and "…" in text
    assert "欧阳" * 20 not in text and "欧阳欧阳" in text


def test_an_event_nobody_signed_up_for_prints_a_page_of_blank_lines(qapp, cal, tmp_path):  # noqa: F811
    ws, (a, _), _ = cal
    series = weekly(ws, a)
    sitting = find_sitting(ws.conn, series, date(2026, 12, 16))  # no row of its own yet
    path = tmp_path / "empty.pdf"
    written = write_attendee_file(ws.conn, sitting, path)
    assert (written.people, written.pages) == (0, 1)
    text = pages_text(path)[0]
    assert "每周三 共读" in text and "2026-12-16" in text
    per_page = build_sheet(ws.conn, sitting).per_page
    assert str(per_page) in text.split()


def test_masking_hides_names_on_the_sheet_too(qapp, cal, tmp_path):  # noqa: F811
    ws, (a, _), m = cal
    event_id = single(ws, a)
    reg.register(ws.conn, event_id, m[:2])
    path = tmp_path / "masked.pdf"
    write_attendee_file(ws.conn, find_sitting(ws.conn, event_id), path, mask=True)
    text = pages_text(path)[0]
    assert "张*" in text and "138****1234" in text and "张晓明" not in text
