"""Errors nothing caught reach the user and the log: a slot's exception, a worker thread's,
a Qt warning; the CLI's bug becomes one translated line and exit status 1."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from desktop import error_surface, i18n


@pytest.fixture
def hooks(qapp, tmp_path):
    """The window's hooks, logging into this test's folder; put back afterwards."""
    installed = error_surface.install_window_hooks(folder=tmp_path / "logs")
    yield installed
    installed.uninstall()
    error_surface.stop_logging()
    i18n.use_language("en")


def log_text(tmp_path: Path) -> str:
    for handler in error_surface.logger.handlers:
        handler.flush()
    return (tmp_path / "logs" / error_surface.LOG_FILE_NAME).read_text(encoding="utf-8")


def _shown(hooks, qtbot):
    with qtbot.waitSignal(hooks.dialog_shown, timeout=5000) as blocker:
        pass
    return blocker.args[0]


@pytest.mark.qt_no_exception_capture  # pytest-qt would take the exception before our hook
@pytest.mark.parametrize("lang, words", [
    ("en", ["Something went wrong", "Copy details", "Open log folder"]),
    ("zh_CN", ["出了问题", "复制详细信息", "打开日志文件夹"]),
])
def test_an_exception_in_a_slot_is_logged_and_shown_and_the_window_goes_on(
        hooks, qtbot, tmp_path, lang, words):
    i18n.use_language(lang)
    button = QPushButton("go")
    qtbot.addWidget(button)
    clicks = []

    def on_clicked() -> None:
        clicks.append(1)
        raise RuntimeError("the slot broke")

    button.clicked.connect(on_clicked)
    with qtbot.waitSignal(hooks.dialog_shown, timeout=5000) as blocker:
        button.click()
    dialog = blocker.args[0]
    qtbot.addWidget(dialog)

    logged = log_text(tmp_path)
    assert "RuntimeError: the slot broke" in logged and "on_clicked" in logged
    assert dialog.objectName() == "errorDialog" and dialog.isVisible()
    assert not dialog.isModal()  # the window behind stays usable
    shown = "\n".join([dialog.windowTitle(), dialog.summary.text(),
                       dialog.copy_button.text(), dialog.open_button.text()])
    for word in words:
        assert word in shown
    assert "the slot broke" not in dialog.summary.text()  # the sentence, not the traceback
    assert str(tmp_path / "logs" / "qunzhu.log") in dialog.where.text()

    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "RuntimeError: the slot broke" in copied and "Traceback" in copied

    button.click()  # still answers; the same failure again adds to the open dialog
    assert len(clicks) == 2
    assert hooks.dialog is dialog and dialog.count == 2
    assert "2" in dialog.repeats.text()
    dialog.close()


@pytest.mark.qt_no_exception_capture
def test_a_timer_and_a_worker_thread_report_through_the_same_dialog(hooks, qtbot, tmp_path):
    with qtbot.waitSignal(hooks.dialog_shown, timeout=5000) as blocker:
        QTimer.singleShot(0, lambda: 1 / 0)
    dialog = blocker.args[0]
    qtbot.addWidget(dialog)
    dialog.close()

    worker = threading.Thread(target=lambda: {}["missing"], name="import-worker")
    with qtbot.waitSignal(hooks.dialog_shown, timeout=5000) as blocker:
        worker.start()
        worker.join()
    second = blocker.args[0]
    qtbot.addWidget(second)
    logged = log_text(tmp_path)
    assert "ZeroDivisionError" in logged
    assert "thread import-worker" in logged and "KeyError: 'missing'" in logged
    second.close()


@pytest.mark.qt_log_ignore("a Qt warning about something")  # expected here, not a failure
def test_qt_warnings_go_to_the_log(hooks, tmp_path):
    qWarning("a Qt warning about something")
    assert "WARNING" in log_text(tmp_path)
    assert "a Qt warning about something" in log_text(tmp_path)


def test_the_open_log_folder_button_opens_the_folder(hooks, qtbot, tmp_path, monkeypatch):
    from views import error_dialog

    opened = []
    monkeypatch.setattr(error_dialog.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()))
    dialog = error_dialog.ErrorDialog("x", "details", tmp_path / "logs" / "qunzhu.log")
    qtbot.addWidget(dialog)
    dialog.open_button.click()
    assert opened == [str(tmp_path / "logs")]


def test_the_log_rotates_at_a_megabyte_and_keeps_three(hooks, tmp_path):
    line = "x" * 1000
    for _ in range(5000):  # 5 MB of lines
        error_surface.logger.error(line)
    files = sorted(p.name for p in (tmp_path / "logs").iterdir())
    assert files == ["qunzhu.log", "qunzhu.log.1", "qunzhu.log.2", "qunzhu.log.3"]
    assert all(p.stat().st_size <= error_surface.MAX_BYTES
               for p in (tmp_path / "logs").iterdir())


@pytest.mark.parametrize("lang, words", [
    ("en", "an unexpected error stopped the command"),
    ("zh_CN", "意外错误"),
])
def test_a_bug_in_a_command_is_one_translated_line_and_exit_1(
        qapp, tmp_path, monkeypatch, capsys, lang, words):
    from desktop import cli, commands

    def broken(*_args):
        raise RuntimeError("a bug in the command")

    monkeypatch.setattr(commands, "run", broken)
    try:
        status = cli.main(["check", "--workspace", str(tmp_path / "w.qunzhu"), "--lang", lang])
        log = error_surface.current_log()
    finally:
        error_surface.stop_logging()
    err = capsys.readouterr().err
    assert status == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and words in lines[0] and str(log) in lines[0]
    assert "Traceback" not in err
    logged = log.read_text(encoding="utf-8")
    assert "RuntimeError: a bug in the command" in logged and "Traceback" in logged
    assert log.is_relative_to(os.environ["HOME"])  # the test's app data (conftest's home)


def test_the_app_installs_the_hooks_while_it_runs_and_puts_them_back(
        qapp, tmp_path, monkeypatch):
    import sys

    from desktop import app

    before = sys.excepthook
    seen = {}

    def run_loop() -> int:  # instead of the event loop: look, then quit
        seen["hook"] = sys.excepthook
        seen["log"] = error_surface.current_log()
        for window in qapp.topLevelWidgets():
            if window.objectName() == "mainWindow" or hasattr(window, "workspace"):
                window.close()
                window.workspace.close()
        return 0

    monkeypatch.setattr(qapp, "exec", run_loop)
    try:
        status = app.run_window(["--workspace", str(tmp_path / "w.qunzhu")], "en")
    finally:
        error_surface.stop_logging()
    assert status == 0
    assert seen["hook"] != before and sys.excepthook == before
    assert seen["log"].name == "qunzhu.log" and seen["log"].is_relative_to(os.environ["HOME"])
