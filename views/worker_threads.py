"""Work on plain Python threads, results back on the UI thread, no Qt object's life at stake.

A worker never creates, emits on or frees anything that the UI thread can delete. It
holds a ``Channel`` (a number and the relay) and calls ``channel.post(name, *args)``; the
relay, made on the UI thread and living as long as the application, carries the parcel
over, and the callback registered under ``name`` runs on the UI thread. The callbacks
themselves stay on the UI thread (in the relay's table), and the job's function and
arguments are handed back to it when the job ends, so the last reference to a widget a
closure caught is always dropped there.

Why: the first version emitted on a QObject per task from ``QThreadPool`` runnables.
When the task was deleted on the UI thread first, the pool's deleting the runnable on
the worker freed that QObject there, with its queued progress events still posted:
now and then a segmentation fault while the UI thread processed events (CI, test of
long work).

A channel closes when its owner is deleted, when ``close()`` is called (a query that was
superseded), or when its job ended and every parcel was delivered; nothing is called
after that.

When Python exits, the workers are daemon threads and would be stopped wherever they are:
one inside Qt's C++ (posting a parcel) is unwound by the C library, which C++ answers with
``std::terminate`` ("terminate called without an active exception": an abort, a crash
report on the user's screen, after closing the window while the dashboard was still
counting). So ``shutdown`` runs at exit: jobs not started are dropped, each running job is
asked to stop (``submit``'s ``stop``: a query is interrupted, a long task cancelled and
rolled back), and the workers are waited for, a few seconds at most.
"""

from __future__ import annotations

import atexit
import itertools
import queue
import sys
import threading
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from shiboken6 import isValid

#: More threads than cores on purpose: most jobs wait on SQLite or the disk, and a long
#: import must not keep the dashboard's queries waiting.
MOST_THREADS = 6
_END = "\0end"
#: At exit, how long the running jobs are waited for once asked to stop (seconds).
EXIT_WAIT_S = 5.0


class _Relay(QObject):
    """The one QObject workers emit on; lives (and is used) on the UI thread."""

    arrived = Signal(object)

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        #: channel number -> (weak owner, {name: callback}); touched on the UI thread only
        self.receivers: dict[int, tuple[weakref.ref, dict[str, Callable[..., Any]]]] = {}
        self.arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def _deliver(self, parcel: tuple[int, str, tuple]) -> None:
        number, name, args = parcel
        receiver = self.receivers.get(number)
        if receiver is None:
            return
        owner = receiver[0]()
        if name == _END or owner is None or not isValid(owner):
            del self.receivers[number]
            return
        callback = receiver[1].get(name)
        if callback is not None:
            callback(*args)


_relay: _Relay | None = None
_numbers = itertools.count(1)


def _relay_here() -> _Relay:
    """The relay, made on first use; call on the UI thread only."""
    global _relay
    if _relay is None or not isValid(_relay):
        _relay = _Relay()
    return _relay


class Channel:
    """Made on the UI thread for ``owner``, with a callback per name; a worker's
    ``post(name, *args)`` calls ``callbacks[name](*args)`` on the UI thread."""

    def __init__(self, owner: QObject, **callbacks: Callable[..., Any]) -> None:
        self._relay = _relay_here()
        self.number = next(_numbers)
        self._relay.receivers[self.number] = (weakref.ref(owner), callbacks)

    def post(self, name: str, *args: Any) -> None:
        """From any thread; nothing happens once the channel closed."""
        try:
            self._relay.arrived.emit((self.number, name, args))
        except RuntimeError:
            pass  # the application (and the relay with it) is gone

    def close(self) -> None:
        """On the UI thread: nothing more is delivered; the callbacks are let go."""
        if isValid(self._relay):
            self._relay.receivers.pop(self.number, None)

    @property
    def is_open(self) -> bool:
        """On the UI thread: whether callbacks may still come."""
        return isValid(self._relay) and self.number in self._relay.receivers


class _Pool:
    """Daemon threads taking jobs from one queue; a new thread starts when none is idle."""

    def __init__(self) -> None:
        self.jobs: queue.SimpleQueue = queue.SimpleQueue()
        self.lock = threading.Lock()
        self.calm = threading.Condition(self.lock)  # told when the last running job ends
        self.threads = self.idle = 0
        #: the running jobs' ``stop`` (or None), by thread
        self.running: dict[int, Callable[[], None] | None] = {}
        self.closed = False

    def submit(self, channel: Channel, function: Callable[..., Any], args: tuple,
               stop: Callable[[], None] | None = None) -> None:
        with self.lock:
            if self.idle == 0 and self.threads < MOST_THREADS:
                self.threads += 1
                threading.Thread(target=self._serve, name=f"qunzhu-worker-{self.threads}",
                                 daemon=True).start()
        self.jobs.put((channel, function, args, stop))

    def _serve(self) -> None:
        me = threading.get_ident()
        while True:
            with self.lock:
                self.idle += 1
            job = self.jobs.get()
            with self.lock:
                self.idle -= 1
                if self.closed:
                    continue  # the application is exiting: started jobs only finish
                self.running[me] = job[3]
            channel, function, args, _stop = job
            try:
                function(*args)
            except BaseException:  # the job's own errors are its to report; this is a bug
                sys.excepthook(*sys.exc_info())
            finally:
                # The function and its arguments ride back with the last parcel: whatever
                # they hold (a view a closure caught) is freed on the UI thread.
                channel.post(_END, function, args)
                del job, channel, function, args, _stop
                with self.lock:
                    del self.running[me]
                    if not self.running:
                        self.calm.notify_all()

    def shutdown(self, wait_s: float) -> bool:
        """Drop the jobs not started, ask the running ones to stop, wait for them up to
        ``wait_s``; whether none is running any more."""
        with self.lock:
            self.closed = True
            stops = [stop for stop in self.running.values() if stop is not None]
        for stop in stops:
            try:
                stop()
            except Exception:  # noqa: BLE001 (exiting: one job's trouble must not keep the rest)
                pass
        with self.calm:
            return self.calm.wait_for(lambda: not self.running, wait_s)


_pool = _Pool()


def submit(channel: Channel, function: Callable[..., Any], *args: Any,
           stop: Callable[[], None] | None = None) -> None:
    """Run ``function(*args)`` on a worker; it reports through ``channel.post``. The
    channel closes once the job ended and what it posted was delivered. ``stop`` (from any
    thread) makes the job end soon; it is called when the application exits."""
    _pool.submit(channel, function, args, stop)


@atexit.register
def shutdown(wait_s: float = EXIT_WAIT_S) -> bool:
    """At exit (see the module docstring); whether every worker came to rest in time."""
    return _pool.shutdown(wait_s)
