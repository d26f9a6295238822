"""Long work on a worker thread, behind a progress dialog with Cancel.

The work gets a ``progress(step, done, total) -> bool`` callback; it returns False once the
user pressed Cancel, and the work then raises ``models.core.errors.Cancelled`` after rolling back.
Widgets are only touched on the UI thread; the worker reaches it through a
``views.worker_threads.Channel``.

``finished`` and ``failed`` look like signals but are ``Callbacks``: plain Python, so that
the task, not Qt, decides when the callables are let go. A callable may hold the last
reference to the task's parent (a closure caught the widget it reports to). Let go by Qt,
inside the task's destructor or inside ``disconnect``, it frees the parent right there,
and the parent deletes its child, the task Qt is busy with, a second time: a segmentation
fault (CI, now and then, once a long-work test had dropped its widget). ``_let_go`` lets
them go from plain Python, after asking for the deletions, with nothing run after it.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

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


class Callbacks:
    """A signal's ``connect``/``emit`` without Qt holding the callables (module docstring).
    A method of a Qt object deleted meanwhile is skipped, as Qt would disconnect it."""

    def __init__(self) -> None:
        self._callables: list[Callable[[Any], object]] = []

    def connect(self, callback: Callable[[Any], object]) -> None:
        self._callables.append(callback)

    def emit(self, value: Any) -> None:
        """Call each; one that raises is reported (``sys.excepthook``, as Qt reports a slot's
        error) and the others are still called, so the task always ends."""
        for callback in list(self._callables):
            receiver = getattr(callback, "__self__", None)
            if isinstance(receiver, QObject) and not isValid(receiver):
                continue
            try:
                callback(value)
            except Exception:  # noqa: BLE001 (reported, as a slot's error is)
                sys.excepthook(*sys.exc_info())

    def take(self) -> list[Callable[[Any], object]]:
        """Empty the list; the caller lets go of what it returns."""
        taken, self._callables = self._callables, []
        return taken


class LongTask(QObject):
    """Runs ``work`` with a modal progress dialog; calls ``finished(result)`` or
    ``failed(error)`` (``models.core.errors.Cancelled`` when the user cancelled)."""

    def __init__(self, parent: QWidget, title: str, work: Work,
                 describe_step: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self.finished = Callbacks()
        self.failed = Callbacks()
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
            self._let_go()

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
            self._let_go()

    def _let_go(self) -> None:
        """Ask for the task's and its dialog's deletion, then let go of every callable it
        holds (module docstring). Letting go may free the parent, which then deletes the
        two at once; so nothing touches ``self`` after the last line."""
        self.dialog.deleteLater()
        self.deleteLater()
        held = [*self.finished.take(), *self.failed.take(), self.describe_step]
        self.describe_step = str
        del held
