"""Workers reach the UI thread only through a channel; nothing a job holds is freed on
the worker (views.worker_threads, views.long_task, views.background)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from views.background import run_query
from views.long_task import LongTask
from views.worker_threads import Channel, submit


class Tracked:
    """Notes the thread that frees it."""

    def __init__(self, freed_on: list) -> None:
        self.freed_on = freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.get_ident())


def test_what_a_job_holds_is_freed_on_the_ui_thread(qtbot):
    owner = QObject()
    freed_on, heard, ended = [], [], threading.Event()

    def job(held: Tracked, channel: Channel) -> None:
        channel.post("said", threading.get_ident())
        ended.set()

    channel = Channel(owner, said=heard.append)
    submit(channel, job, Tracked(freed_on), channel)
    qtbot.waitUntil(lambda: bool(freed_on), timeout=5_000)
    assert heard and heard[0] != threading.get_ident()
    assert freed_on == [threading.get_ident()]
    assert not channel.is_open


def test_nothing_reaches_an_owner_deleted_meanwhile(qtbot):
    owner = QObject()
    heard, go = [], threading.Event()

    def job(channel: Channel) -> None:
        go.wait(5)
        channel.post("said", 1)

    channel = Channel(owner, said=heard.append)
    submit(channel, job, channel)
    owner.deleteLater()
    qtbot.wait(50)  # the deletion runs
    go.set()
    qtbot.waitUntil(lambda: not channel.is_open, timeout=5_000)
    assert heard == []


def test_a_cancelled_query_never_calls_back(qtbot, workspace_path):
    from models.store.workspace import open_workspace

    path = workspace_path
    open_workspace(path).close()
    owner = QObject()
    heard, go = [], threading.Event()
    handle = run_query(owner, path, lambda conn: go.wait(5) and 1, heard.append)
    handle.cancel()
    go.set()
    qtbot.wait(200)
    assert heard == []
    done = []
    run_query(owner, path, lambda conn: conn.execute("select 7").fetchone()[0], done.append)
    qtbot.waitUntil(lambda: done == [7], timeout=5_000)


def test_many_long_tasks_ending_together_report_once_each(qtbot):
    """The crash this module fixes came from tasks deleted while their worker was still
    finishing; run many of them with progress and let them all go."""
    finished = []

    def work(progress):
        for step in range(20):
            progress("step", step, 20)
        return 1

    widget = QWidget()
    qtbot.addWidget(widget)
    for _ in range(40):
        task = LongTask(widget, "t", work)
        task.finished.connect(finished.append)
        task.start()
    qtbot.waitUntil(lambda: len(finished) == 40, timeout=20_000)
    qtbot.wait(100)  # their deletions run
    assert finished == [1] * 40
