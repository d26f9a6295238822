"""Exports start in Documents (then the last folder used, never the app's hidden data
folder) and offer "Open" and "Show in folder" once written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QProcess, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox

from views import export_target


@pytest.fixture(autouse=True)
def memory(monkeypatch, tmp_path):
    """A fresh remembered folder and a Documents folder in the test's home."""
    kept = {"folder": ""}
    monkeypatch.setattr(export_target, "_get", lambda: kept["folder"])
    monkeypatch.setattr(export_target, "_put", lambda folder: kept.update(folder=folder))
    docs = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation))
    docs.mkdir(parents=True, exist_ok=True)
    return kept


@pytest.fixture
def dialog(monkeypatch):
    """The save dialog: records where it starts and answers with ``answer[0]``."""
    seen: dict = {"answer": ""}

    def save(parent, title, start, filters, *a, **k):
        seen["start"] = Path(start)
        return seen["answer"], ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    return seen


def test_the_first_export_starts_in_documents(qapp, dialog):
    export_target.ask_save_path(None, "t", "roster.xlsx", "*.xlsx", ".xlsx")
    assert dialog["start"] == export_target.documents_folder() / "roster.xlsx"
    assert dialog["start"].parent.name == "Documents"


def test_the_next_export_starts_in_the_folder_last_used(qapp, dialog, tmp_path):
    chosen = tmp_path / "event" / "checklist"
    chosen.parent.mkdir()
    dialog["answer"] = str(chosen)
    path = export_target.ask_save_path(None, "t", "a.xlsx", "*.xlsx", ".xlsx")
    assert path == tmp_path / "event" / "checklist.xlsx"  # the suffix added
    export_target.ask_save_path(None, "t", "calendar.ics", "*.ics", ".ics")
    assert dialog["start"] == tmp_path / "event" / "calendar.ics"


def test_a_folder_gone_or_hidden_is_not_offered_again(qapp, dialog, memory, tmp_path):
    memory["folder"] = str(tmp_path / "removed")
    assert export_target.default_folder() == export_target.documents_folder()
    app_data = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation))
    app_data.mkdir(parents=True, exist_ok=True)
    memory["folder"] = str(app_data)
    assert export_target.default_folder() == export_target.documents_folder()


def test_a_cancelled_dialog_remembers_nothing(qapp, dialog, memory):
    assert export_target.ask_save_path(None, "t", "a.xlsx", "*.xlsx") is None
    assert memory["folder"] == ""


def test_a_suggested_name_is_a_valid_file_name(qapp, dialog):
    export_target.ask_save_path(None, "t", 'A/B:群 "周五"?.xlsx', "*.xlsx")
    assert dialog["start"].name == "A_B_群 _周五__.xlsx"
    assert dialog["start"].parent == export_target.documents_folder()


def test_the_roster_export_no_longer_starts_beside_the_workspace(qtbot, qapp, demo_path,
                                                                 dialog, monkeypatch):
    import desktop
    from desktop import member_files, paths

    paths.set_application_names(qapp)
    window = desktop.main_window(demo_path, "en")
    qtbot.addWidget(window)
    monkeypatch.setattr(member_files.ExportRosterDialog, "exec",
                        lambda self: QDialog.DialogCode.Accepted)
    member_files.export_roster_file(window, window.workspace, window.roster_view)
    assert dialog["start"].parent == export_target.documents_folder()
    assert dialog["start"].parent != demo_path.parent
    window.close()


# -- after writing ------------------------------------------------------------------------


@pytest.fixture
def opened(monkeypatch):
    urls: list = []
    processes: list = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: urls.append(url) or True))
    monkeypatch.setattr(QProcess, "startDetached",
                        staticmethod(lambda program, args, *a: processes.append(
                            (program, args)) or True))
    return urls, processes


def test_the_main_window_offers_open_and_show_in_folder(qtbot, tmp_path, opened):
    urls, _ = opened
    window = QMainWindow()
    qtbot.addWidget(window)
    written = tmp_path / "report.xlsx"
    written.write_bytes(b"x")
    notice = export_target.offer_written(window, written, "Report saved to report.xlsx")
    assert notice.parent() is window.statusBar()
    assert notice.label.text() == "Report saved to report.xlsx"
    notice.open_button.click()
    notice.folder_button.click()
    assert urls == [QUrl.fromLocalFile(str(written)), QUrl.fromLocalFile(str(tmp_path))]
    again = export_target.offer_written(window, written)
    qtbot.waitUntil(lambda: len(window.statusBar().findChildren(
        export_target.WrittenNotice)) == 1)
    assert again.label.text() == "Saved report.xlsx"


@pytest.mark.parametrize(("platform", "program", "args"), [
    ("win32", "explorer", ["/select,", r"C:\Users\me\Documents\a.xlsx"]),
    ("darwin", "open", ["-R", "C:/Users/me/Documents/a.xlsx"])])
def test_show_in_folder_selects_the_file_where_the_platform_can(qapp, opened, platform,
                                                                 program, args):
    urls, processes = opened
    export_target.show_in_folder(Path("C:/Users/me/Documents/a.xlsx"), platform)
    assert processes == [(program, args)] and urls == []


def test_over_a_dialog_the_offer_is_a_box_that_does_not_block(qtbot, tmp_path, opened):
    urls, _ = opened
    wizard = QDialog()
    qtbot.addWidget(wizard)
    written = tmp_path / "problems.xlsx"
    box = export_target.offer_written(wizard, written)
    assert isinstance(box, QMessageBox) and not box.isModal() and box.isVisible()
    opener = next(b for b in box.buttons() if b.text() == "Open")
    opener.click()
    assert urls == [QUrl.fromLocalFile(str(written))]
