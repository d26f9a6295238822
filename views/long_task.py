"""Long work on a worker thread, behind a progress dialog with Cancel.

The work gets a ``progress(step, done, total) -> bool`` callback; it returns False once the
user pressed Cancel, and the work then raises ``models.core.errors.Cancelled`` after rolling back.
Widgets are only touched on the UI thread, through queued signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Work = Callable[[Callable[[str, int, int], bool]], Any]


class _Signals(QObject):
    progressed = Signal(str, int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Runner(QRunnable):
    def __init__(self, work: Work, signals: _Signals, cancelled: threading.Event) -> None:
        super().__init__()
        self.work, self.signals, self.cancelled = work, signals, cancelled

    def run(self) -> None:
        def progress(step: str, done: int, total: int) -> bool:
            self.signals.progressed.emit(step, done, total)
            return not self.cancelled.is_set()

        try:
            result = self.work(progress)
        except Exception as error:
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


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
        # No parent: the worker may still be inside emit() when this task deletes itself
        # (deleteLater after finished), and a child would go with it under the worker's feet.
        self.signals = _Signals()
        self.signals.progressed.connect(self._on_progress)
        self.signals.finished.connect(self._on_finished)
        self.signals.failed.connect(self._on_failed)
        self._runner = _Runner(work, self.signals, self.cancelled)
        self._in_progress = self._ended = False

    def start(self) -> None:
        QThreadPool.globalInstance().start(self._runner)

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
