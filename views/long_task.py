"""Long work on a worker thread, behind a progress dialog with Cancel.

The work gets a ``progress(step, done, total) -> bool`` callback; it returns False once the
user pressed Cancel, and the work then raises ``models.core.errors.Cancelled`` after rolling back.
Widgets are only touched on the UI thread; the worker reaches it through a
``views.worker_threads.Channel``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from views.worker_threads import Channel, submit

Work = Callable[[Callable[[str, int, int], bool]], Any]


def _run(work: Work, cancelled: threading.Event, channel: Channel) -> None:
    """On the worker: only the channel crosses back (``views.worker_threads``)."""
    def progress(step: str, done: int, total: int) -> bool:
        channel.post("progressed", step, done, total)
        return not cancelled.is_set()

    try:
        result = work(progress)
    except Exception as error:
        channel.post("failed", error)
    else:
        channel.post("finished", result)


class LongTask(QObject):
    """Runs ``work`` with a modal progress dialog; emits ``finished(result)`` or
    ``failed(error)`` (``models.core.errors.Cancelled`` when the user cancelled)."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget, title: str, work: Work,
                 describe_step: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self.cancelled = threading.Event()
        self.describe_step = describe_step or (lambda step: step)
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("longTaskProgress")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self._work: Work | None = work
        self._in_progress = self._ended = False

    def start(self) -> None:
        channel = Channel(self, progressed=self._on_progress, finished=self._on_finished,
                          failed=self._on_failed)
        work, self._work = self._work, None  # the worker holds it from here
        submit(channel, _run, work, self.cancelled, channel, stop=self.cancelled.set)

    def cancel(self) -> None:
        self.cancelled.set()
        self.dialog.setLabelText(self.tr("Cancelling; undoing what was written…"))

    def _on_progress(self, step: str, done: int, total: int) -> None:
        if self.cancelled.is_set():
            return
        # A modal dialog's setValue() processes events: the task may finish in there, and
        # must not be deleted while this slot of it still runs (it crashed the process).
        self._in_progress = True
        try:
            self.dialog.setMaximum(max(total, 0))
            self.dialog.setValue(min(done, total))
            self.dialog.setLabelText(self.describe_step(step))
        finally:
            self._in_progress = False
        if self._ended:
            self.deleteLater()

    def _on_finished(self, result: object) -> None:
        self.dialog.close()
        self.finished.emit(result)
        self._end()

    def _on_failed(self, error: object) -> None:
        self.dialog.close()
        self.failed.emit(error)
        self._end()

    def _end(self) -> None:
        self._ended = True
        if not self._in_progress:
            self.deleteLater()
