"""File > Import Members and File > Export Roster in the main window."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

import desktop
from desktop import member_files, paths
from desktop.actions import ActionId
from models.members.roster import Column, RosterSort
from views.export_target import WrittenNotice


@pytest.fixture
def window(qtbot, qapp, demo_path):
    paths.set_application_names(qapp)
    made = desktop.main_window(demo_path, "en")
    qtbot.addWidget(made)
    yield made
    made.close()


def test_file_menu_has_import_and_export(window):
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "&Import Members…" in texts and "E&xport Roster…" in texts


def test_export_roster_writes_what_the_table_shows(window, qtbot, tmp_path):
    view = window.roster_view
    view.search.insert("张")
    view.requery()
    view.model.set_query(view.current_filter(), RosterSort(Column.POINTS, descending=True))
    out = tmp_path / "roster.xlsx"
    task = member_files.start_roster_export(window, window.workspace, out,
                                            view.current_filter(), view.model.sort_key, False)
    finished = []
    task.finished.connect(finished.append)
    qtbot.waitUntil(lambda: bool(finished), timeout=30_000)
    from models.members import roster
    expected = roster.page(window.workspace.conn, view.current_filter(), view.model.sort_key,
                           0, 10_000)
    sheet = openpyxl.load_workbook(out).active
    assert [c.value for c in sheet[1]][:3] == ["ID", "Name", "Nickname"]
    assert [r[0].value for r in sheet.iter_rows(min_row=2)] == [r.id for r in expected]
    assert expected and all("张" in r.display_name or r.tags_text or r.nickname
                            for r in expected)
    notice = window.statusBar().findChild(WrittenNotice, "writtenNotice")
    assert notice.path == out and "Exported" in notice.label.text()


def test_import_action_opens_the_wizard(window, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(member_files, "open_import_wizard",
                        lambda *args: shown.append(args) or QDialog())
    window.actions[ActionId.IMPORT_MEMBERS].trigger()
    assert shown and shown[0][1] is window.workspace


def test_export_dialog_counts_and_masks(window, monkeypatch, tmp_path, qtbot):
    started = []
    monkeypatch.setattr(member_files.ExportRosterDialog, "exec",
                        lambda self: (self.mask.setChecked(True),
                                      QDialog.DialogCode.Accepted)[1])
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "masked"), ""))
    monkeypatch.setattr(member_files, "start_roster_export",
                        lambda *args: started.append(args))
    window.actions[ActionId.EXPORT_ROSTER].trigger()
    (args,) = started
    assert args[2] == tmp_path / "masked.xlsx" and args[5] is True
