"""File > Export Events (.xlsx) in the main window: one row per occurrence of the scope
chosen, written off the UI thread, offered to open."""

from __future__ import annotations

import openpyxl
from PySide6.QtWidgets import QDialog

from desktop.actions import FILE_MENU, ActionId
from models.core.zones import set_default_tzid
from models.members.communities import create_community
from models.store.workspace import open_workspace
from tests.desktop.test_main_window import make_window  # noqa: F401
from tests.models.test_attendees import weekly
from views.export_target import WrittenNotice


def test_export_events_from_the_file_menu(make_window, tmp_path, monkeypatch, qtbot):  # noqa: F811
    from desktop import event_files
    from desktop.calendar_files import ExportOptions

    path = tmp_path / "w.qunzhu"
    with open_workspace(path) as ws:
        with ws.transaction():
            set_default_tzid(ws.conn, "Asia/Shanghai")
            a = create_community(ws.conn, "读书会").id
        weekly(ws, a)
    out = tmp_path / "events.xlsx"
    monkeypatch.setattr(ExportOptions, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(event_files, "ask_save_path", lambda *args, **kw: out)
    window = make_window(path)
    assert ActionId.EXPORT_EVENTS in FILE_MENU
    window.actions[ActionId.EXPORT_EVENTS].trigger()
    qtbot.waitUntil(lambda: bool(window.statusBar().findChildren(WrittenNotice)),
                    timeout=20_000)
    rows = list(openpyxl.load_workbook(out).worksheets[0].values)
    assert [r[2] for r in rows[1:-1]] == ["每周三 共读"] * 4
