"""Files reaching the desktop: ``qunzhu FILE`` and files dropped on the main window open a
workspace or start the import their kind asks for; anything else is refused with a message."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

import desktop
from desktop import cli, file_opening, member_files, paths
from desktop.file_kinds import Kind, classify
from models.store.workspace import open_workspace

ICS = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
       "UID:drop-1@test\r\nDTSTART:20261201T120000Z\r\nDTEND:20261201T130000Z\r\n"
       "SUMMARY:读书会\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
QQ = ("消息记录（此消息记录为文本格式，不支持重新导入）\n\n"
      "================================================================\n"
      "消息分组:我的群聊\n================================================================\n"
      "消息对象:读书会\n================================================================\n\n"
      "2026-11-01 20:01:02 张三(10001)\n大家好\n\n")


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    made = {
        "members.csv": "姓名,手机\n张三,13800138000\n",
        "calendar.ics": ICS,
        "qq.txt": QQ,
        "wechat.csv": "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,"
                      "StrTime,Remark,NickName,Sender\n",
        "notes.pdf": "%PDF-1.4\n",
    }
    out = {}
    for name, text in made.items():
        out[name] = tmp_path / name
        out[name].write_text(text, encoding="utf-8")
    out["workspace.qunzhu"] = tmp_path / "other.qunzhu"
    open_workspace(out["workspace.qunzhu"]).close()
    out["renamed"] = tmp_path / "renamed.db"  # a workspace under another name: by content
    open_workspace(tmp_path / "renamed.qunzhu").close()
    (tmp_path / "renamed.qunzhu").rename(out["renamed"])
    out["sqlite"] = tmp_path / "someone-else.db"  # SQLite, but another program's
    sqlite3.connect(out["sqlite"]).execute("CREATE TABLE t(x)").connection.close()
    return out


@pytest.mark.parametrize(("name", "kind"), [
    ("members.csv", Kind.MEMBERS), ("calendar.ics", Kind.CALENDAR), ("qq.txt", Kind.CHAT),
    ("wechat.csv", Kind.CHAT), ("workspace.qunzhu", Kind.WORKSPACE),
    ("renamed", Kind.WORKSPACE), ("sqlite", Kind.UNKNOWN), ("notes.pdf", Kind.UNKNOWN)])
def test_a_file_is_told_by_its_content_then_its_extension(files, name, kind):
    assert classify(files[name]).kind is kind


def test_a_wechat_chat_csv_is_not_taken_for_a_member_list(files):
    assert classify(files["wechat.csv"]).chat_format == "wechat"


# -- qunzhu FILE ------------------------------------------------------------------------


@pytest.fixture
def started(qapp, monkeypatch, tmp_path):
    """Runs ``qunzhu ARGS`` in this process; the event loop is replaced by a few turns
    of it, after which the window is looked at and closed. Returns (status, what was seen)."""
    paths.set_application_names(qapp)
    seen: dict = {"wizards": [], "boxes": []}
    monkeypatch.setattr(member_files, "open_import_wizard",
                        lambda window, ws, community, path=None:
                        seen["wizards"].append(("members", path)) or QDialog())
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(
            lambda parent, title, text, *a, _k=kind, **k:
            seen["boxes"].append((_k, text)) or QMessageBox.StandardButton.Ok))

    def run_loop() -> int:
        for _ in range(5):
            qapp.processEvents()
        for window in qapp.topLevelWidgets():
            if window.objectName() == "mainWindow" and window.isVisible():
                seen["workspace"] = window.workspace.path
                window.close()
                window.deleteLater()
        return 0

    monkeypatch.setattr(qapp, "exec", run_loop)

    def run(*args: str) -> tuple[int, dict]:
        home = tmp_path / "home.qunzhu"
        return cli.main([*args, "--workspace", str(home), "--lang", "en"]), seen

    return run


def test_qunzhu_workspace_opens_it(started, files):
    status, seen = started(str(files["workspace.qunzhu"]))
    assert status == 0
    assert seen["workspace"] == files["workspace.qunzhu"]


def test_qunzhu_member_list_starts_the_import_wizard_on_it(started, files):
    status, seen = started(str(files["members.csv"]))
    assert status == 0 and seen["wizards"] == [("members", files["members.csv"])]
    assert seen["workspace"].name == "home.qunzhu"


def test_qunzhu_calendar_imports_its_events(started, files, tmp_path):
    status, seen = started(str(files["calendar.ics"]))
    assert status == 0
    assert any("1 new" in text for _, text in seen["boxes"]), seen["boxes"]
    with open_workspace(tmp_path / "home.qunzhu") as ws:
        titles = [r[0] for r in ws.conn.execute("SELECT title FROM events")]
    assert titles == ["读书会"]


def test_qunzhu_chat_records_start_the_chat_import(started, files, monkeypatch):
    opened = []
    monkeypatch.setattr(file_opening, "open_chat",
                        lambda window, path: opened.append(path) or True)
    status, _ = started(str(files["qq.txt"]))
    assert status == 0 and opened == [files["qq.txt"]]


def test_chat_records_open_the_chat_wizard_on_the_file(started, files, monkeypatch):
    from desktop import chat_files

    opened = []
    monkeypatch.setattr(chat_files, "open_chat_import_wizard",
                        lambda window, workspace, community, path: opened.append(
                            (workspace.path.name, path)))
    status, _ = started(str(files["qq.txt"]))
    assert status == 0 and opened == [("home.qunzhu", files["qq.txt"])]


@pytest.mark.parametrize("name", ["notes.pdf", "sqlite"])
def test_qunzhu_unknown_file_is_refused_with_exit_2_and_no_window(started, files, name,
                                                                   capsys):
    status, seen = started(str(files[name]))
    assert status == 2
    err = capsys.readouterr().err
    assert "does not know what to do with" in err and files[name].name in err
    assert "workspace" not in seen


def test_qunzhu_missing_file_is_refused(started, tmp_path, capsys):
    status, _ = started(str(tmp_path / "gone.xlsx"))
    assert status == 2
    assert "no such file" in capsys.readouterr().err


def test_a_mistyped_command_is_still_argparses_error(started, capsys):
    with pytest.raises(SystemExit) as exited:
        started("exprot")
    assert exited.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


# -- drops --------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, qapp, tmp_path):
    paths.set_application_names(qapp)
    made = desktop.main_window(tmp_path / "drop.qunzhu", "en")
    qtbot.addWidget(made)
    yield made
    made.close()


def _drop(window, paths_: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths_])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter.setAccepted(False)
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    if enter.isAccepted():
        QApplication.sendEvent(window, drop)
    return enter


def test_dropping_a_member_list_starts_the_wizard_on_it(window, files, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(member_files, "open_import_wizard",
                        lambda w, ws, community, path=None: opened.append(path) or QDialog())
    assert _drop(window, [files["members.csv"]]).isAccepted()
    qtbot.waitUntil(lambda: opened == [files["members.csv"]])


def test_dropping_a_workspace_opens_it(window, files, qtbot):
    _drop(window, [files["workspace.qunzhu"]])
    qtbot.waitUntil(lambda: window.workspace.path == files["workspace.qunzhu"])


def test_dropping_a_calendar_imports_it(window, files, qtbot, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text, *a: said.append(text)))
    _drop(window, [files["calendar.ics"]])
    qtbot.waitUntil(lambda: bool(said))
    assert "1 new" in said[0]
    assert window.undo_stack.count() == 1  # undoable, like File > Import Calendar


def test_dropping_several_files_is_refused_with_a_message(window, files, qtbot, monkeypatch):
    said, opened = [], []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text, *a: said.append(text)))
    monkeypatch.setattr(member_files, "open_import_wizard",
                        lambda *a, **k: opened.append(a) or QDialog())
    _drop(window, [files["members.csv"], files["calendar.ics"]])
    qtbot.waitUntil(lambda: bool(said))
    assert "2 files" in said[0] and "one file at a time" in said[0]
    assert not opened and window.undo_stack.count() == 0


def test_dropping_an_unknown_file_says_so(window, files, qtbot, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a: said.append(text)))
    _drop(window, [files["notes.pdf"]])
    qtbot.waitUntil(lambda: bool(said))
    assert "notes.pdf" in said[0] and ".xlsx" in said[0]


def test_a_drag_of_text_or_a_web_link_is_not_taken(window):
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.com/members.xlsx")])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter.setAccepted(False)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()
