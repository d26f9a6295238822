"""Tickets from the registrations dialog: a folder of PNGs named by person and code, and
the selected person's ticket on the clipboard, each decoding back to that person's code."""

from __future__ import annotations

import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from models.events import registrations as reg
from models.events.tickets import format_code
from tests.models.calendar_fixtures import cal  # noqa: F401
from tests.models.test_registrations import make_event
from tests.views.performing import performer
from tests.views.test_badges import decoded
from views.calendar.registrations import RegistrationsDialog


def codes(ws, event_id) -> dict[str, str]:
    return dict(ws.conn.execute(
        "SELECT m.display_name, r.code FROM registrations r JOIN members m ON m.id ="
        " r.member_id WHERE r.event_id = ? AND r.status != 'cancelled'", (event_id,)))


def test_save_tickets_writes_one_png_per_person_and_copy_puts_one_on_the_clipboard(
        cal, qtbot, tmp_path, monkeypatch):  # noqa: F811
    ws, (a, _), m = cal
    event_id = make_event(ws, a, capacity=2)
    reg.register(ws.conn, event_id, m[:3])  # 王芳 waits: her ticket says so
    dialog = RegistrationsDialog(ws.conn, event_id, performer(ws.conn))
    qtbot.addWidget(dialog)
    said = []
    folder = tmp_path / "tickets"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveTickets"), Qt.MouseButton.LeftButton)
    held = codes(ws, event_id)
    expected = {f"{name}-{format_code(code).replace(' ', '-')}.png": code
                for name, code in held.items()}
    assert sorted(p.name for p in folder.iterdir()) == sorted(expected)
    for name, code in expected.items():
        assert [r.text for r in zxingcpp.read_barcodes(Image.open(folder / name))] == [code]
    assert "3" in said[-1]

    dialog.table.setCurrentItem(dialog.table.topLevelItem(1))
    chosen = dialog.table.currentItem().text(0)
    qtbot.mouseClick(dialog.findChild(QPushButton, "copyTicket"), Qt.MouseButton.LeftButton)
    assert decoded(QGuiApplication.clipboard().image()) == [held[chosen]]
