"""Running a query off the UI thread and handing its result back to it.

The job gets its own read-only connection (SQLite connections stay in their thread);
the result or the error comes back on the UI thread through a channel
(``views.worker_threads``), and only while the owner lives. A job can be cancelled: one
that has not started never runs, one that is running is interrupted
(``sqlite3.Connection.interrupt``), and neither calls back. Typing in a search box cancels
the previous keystroke's count this way.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from models.store.connection import connect_readonly
from views.worker_threads import Channel, submit


class QueryHandle:
    """Lets the caller cancel a job started by ``run_query``."""

    def __init__(self, channel: Channel) -> None:
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._channel = channel
        self.cancelled = False

    def cancel(self) -> None:
        """On the UI thread: no callback comes after this."""
        self._channel.close()
        self.interrupt()

    def interrupt(self) -> None:
        """From any thread: the job stops (a running query is interrupted)."""
        with self._lock:
            self.cancelled = True
            if self._conn is not None:
                self._conn.interrupt()

    def _attach(self, conn: sqlite3.Connection | None) -> bool:
        with self._lock:
            self._conn = conn
            return not self.cancelled


def _run(path: Path, work: Callable[[sqlite3.Connection], Any], handle: QueryHandle,
         channel: Channel) -> None:
    """On the worker."""
    if handle.cancelled:
        return
    try:
        conn = connect_readonly(path)
        try:
            if not handle._attach(conn):
                return
            # interrupt() between statements is lost (SQLite forgets it when nothing
            # runs); the flag is asked as the next one runs (a job may set its own)
            conn.set_progress_handler(lambda: handle.cancelled, 10_000)
            result = work(conn)
        finally:
            handle._attach(None)
            conn.close()
    except Exception as error:  # handed to the UI thread, which decides what to show
        if not handle.cancelled:
            channel.post("failed", error)
    else:
        if not handle.cancelled:
            channel.post("finished", result)


def run_query(
    owner: QObject,
    path: Path,
    work: Callable[[sqlite3.Connection], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None] | None = None,
) -> QueryHandle:
    """Run ``work(conn)`` on a worker; call back on the UI thread while ``owner`` lives."""
    callbacks: dict[str, Callable[..., Any]] = {"finished": on_done}
    if on_error is not None:
        callbacks["failed"] = on_error
    channel = Channel(owner, **callbacks)
    handle = QueryHandle(channel)
    submit(channel, _run, path, work, handle, channel, stop=handle.interrupt)
    return handle
