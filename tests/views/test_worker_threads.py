"""Workers reach the UI thread only through a channel; nothing a job holds is freed on
the worker (views.worker_threads, views.long_task, views.background)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

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


def _run_script(tmp_path: Path, text: str) -> subprocess.CompletedProcess:
    """Run ``text`` in a fresh offscreen Python (a crash must not take the test run with
    it), with a workspace path as its argument; fails unless it exits 0."""
    script = tmp_path / "script.py"
    script.write_text(text, encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, str(script), str(tmp_path / "w.qunzhu")],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return done


EXITING = r"""
import sqlite3, sys, threading
from pathlib import Path
from PySide6.QtWidgets import QApplication, QWidget
from models.store.workspace import open_workspace
from views import worker_threads
from views.background import run_query
from views.long_task import LongTask

app = QApplication([])
path = Path(sys.argv[1])
open_workspace(path).close()
seen, started = [], threading.Semaphore(0)

def endless(conn):  # a query that would run for hours
    started.release()
    try:
        conn.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)"
                     " SELECT count(*) FROM n").fetchone()
    except sqlite3.OperationalError as error:
        seen.append(str(error))

def long_work(progress):
    started.release()
    while progress("step", 1, 2):
        pass
    seen.append("cancelled")
    raise RuntimeError("cancelled")

owner = QWidget()
run_query(owner, path, endless, print)
task = LongTask(owner, "t", long_work)
task.start()
started.acquire(); started.acquire()
calm = worker_threads.shutdown(30)
print(calm, sorted(seen))
"""


def test_at_exit_running_jobs_are_stopped_and_waited_for(tmp_path):
    """Closing the window while a worker still counts must not leave it to be killed at
    exit inside Qt's C++ (an abort, "terminate called without an active exception"):
    a running query is interrupted, a long task cancelled, and both are waited for."""
    done = _run_script(tmp_path, EXITING)
    assert done.stdout.strip().splitlines()[-1] == "True ['cancelled', 'interrupted']"


PARENT_HELD_BY_A_CALLBACK = r"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from views.long_task import LongTask

app = QApplication([])
heard = []

def start():
    parent = QWidget()  # once this returns, only the callback below holds it
    task = LongTask(parent, "t", lambda progress: 7)
    task.finished.connect(lambda result: heard.append(result) or parent)
    task.start()

def wait():
    if heard:
        QTimer.singleShot(200, app.quit)  # the task's deletion runs meanwhile
    else:
        QTimer.singleShot(10, wait)

QTimer.singleShot(0, start)
QTimer.singleShot(0, wait)
app.exec()
print(heard)
"""


def test_a_task_whose_callback_holds_its_parent_ends_cleanly(tmp_path):
    """A callback caught the task's parent, and nothing else holds it: the task must let
    go of its callbacks before its destructor runs, or the parent is freed inside it and
    deletes the task a second time (a segmentation fault, CI's long-work test)."""
    assert _run_script(tmp_path, PARENT_HELD_BY_A_CALLBACK).stdout.strip() == "[7]"


def test_a_callback_that_raises_is_reported_and_the_others_still_run(qtbot, monkeypatch):
    import views.long_task as long_task

    reported, heard = [], []
    monkeypatch.setattr(long_task.sys, "excepthook", lambda *info: reported.append(info[1]))
    widget = QWidget()
    qtbot.addWidget(widget)
    task = LongTask(widget, "t", lambda progress: 3)
    task.finished.connect(lambda result: 1 / 0)
    task.finished.connect(heard.append)
    task.start()
    qtbot.waitUntil(lambda: heard == [3], timeout=5_000)
    assert [type(e) for e in reported] == [ZeroDivisionError]
