"""Running a query off the UI thread and handing its result back to it.

The job gets its own read-only connection (SQLite connections stay in their thread);
the result or the error arrives through a queued signal on the UI thread.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from models.workspace import connect_readonly


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, path: Path, work: Callable[[sqlite3.Connection], Any], relay: _Relay):
        super().__init__()
        self.path, self.work, self.relay = path, work, relay

    def run(self) -> None:
        try:
            conn = connect_readonly(self.path)
            try:
                result = self.work(conn)
            finally:
                conn.close()
        except Exception as error:  # handed to the UI thread, which decides what to show
            self._emit(self.relay.failed, error)
        else:
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
) -> None:
    """Run ``work(conn)`` on the shared thread pool; call back on ``owner``'s thread.

    The relay is parented to ``owner`` so a callback never reaches a deleted widget.
    """
    relay = _Relay(owner)
    relay.finished.connect(on_done)
    relay.finished.connect(relay.deleteLater)
    if on_error is not None:
        relay.failed.connect(on_error)
    relay.failed.connect(relay.deleteLater)
    QThreadPool.globalInstance().start(_Job(path, work, relay))
