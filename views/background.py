"""Running a query off the UI thread and handing its result back to it.

The job gets its own read-only connection (SQLite connections stay in their thread);
the result or the error arrives through a queued signal on the UI thread. A job can be
cancelled: one that has not started never runs, one that is running is interrupted
(``sqlite3.Connection.interrupt``), and neither calls back. Typing in a search box cancels
the previous keystroke's count this way.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from models.store.connection import connect_readonly


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)


class QueryHandle:
    """Lets the caller cancel a job started by ``run_query``."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self.cancelled = False

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            if self._conn is not None:
                self._conn.interrupt()

    def _attach(self, conn: sqlite3.Connection | None) -> bool:
        with self._lock:
            self._conn = conn
            return not self.cancelled


class _Job(QRunnable):
    def __init__(self, path: Path, work: Callable[[sqlite3.Connection], Any], relay: _Relay,
                 handle: QueryHandle) -> None:
        super().__init__()
        self.path, self.work, self.relay, self.handle = path, work, relay, handle

    def run(self) -> None:
        try:
            self._run()
        finally:
            if self.handle.cancelled:
                try:
                    self.relay.deleteLater()  # thread-safe: posted to the relay's thread
                except RuntimeError:
                    pass

    def _run(self) -> None:
        if self.handle.cancelled:
            return
        try:
            conn = connect_readonly(self.path)
            try:
                if not self.handle._attach(conn):
                    return
                result = self.work(conn)
            finally:
                self.handle._attach(None)
                conn.close()
        except Exception as error:  # handed to the UI thread, which decides what to show
            if not self.handle.cancelled:
                self._emit(self.relay.failed, error)
        else:
            if not self.handle.cancelled:
                self._emit(self.relay.finished, result)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            pass  # the owner (and so the relay) was deleted meanwhile: nobody is waiting


def run_query(
    owner: QObject,
    path: Path,
    work: Callable[[sqlite3.Connection], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None] | None = None,
) -> QueryHandle:
    """Run ``work(conn)`` on the shared thread pool; call back on ``owner``'s thread.

    The relay is parented to ``owner`` so a callback never reaches a deleted widget.
    """
    relay = _Relay(owner)
    handle = QueryHandle()
    relay.finished.connect(on_done)
    relay.finished.connect(relay.deleteLater)
    if on_error is not None:
        relay.failed.connect(on_error)
    relay.failed.connect(relay.deleteLater)
    QThreadPool.globalInstance().start(_Job(path, work, relay, handle))
    return handle
