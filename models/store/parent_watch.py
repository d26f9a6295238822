"""Helper processes that end with the process that started them.

A helper (the import's search helper, the demo's drawing and index-building processes) is
spawned, not forked, and nothing in the operating system ends it when its parent dies: a
parent killed by the task manager, ``kill -9`` or the out-of-memory killer left helpers
running on, reparented, with hundreds of megabytes and members' data in staging files.

Each helper therefore starts a watchdog thread that ends the helper (``os._exit``) as soon
as its parent is gone:

- POSIX: a parent's death reparents its children, so ``os.getppid()`` changes; the thread
  looks every ``POLL_SECONDS``, and also whether the pid the parent passed down still
  exists (where a launcher stands between them, as a one-file bundle's bootloader does,
  the helper's own parent is not the one to watch). (Linux's ``PR_SET_PDEATHSIG`` is no
  substitute: it fires when the *thread* that spawned the helper ends, and the window
  spawns from a worker thread.)
- Windows: no reparenting, so the thread opens the parent's process with ``SYNCHRONIZE`` and
  waits on the handle, which is signalled when the parent ends.

``os._exit`` from the watchdog ends the whole process even while the helper's main thread
is inside a long SQLite call: the sqlite3 module releases the GIL around its C calls.

Use ``watch`` as a ``ProcessPoolExecutor`` initializer (``initargs=(os.getpid(),)``) and
``run`` as a ``multiprocessing.Process`` target (``args=(os.getpid(), target, *args)``).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from typing import Any

#: How often a POSIX helper checks its parent: how long it may outlive it.
POLL_SECONDS = 0.25
#: The exit status of a helper whose parent died.
ORPHANED = 70


def watch(parent_pid: int) -> None:
    """Start the watchdog of this (helper) process over ``parent_pid``; returns at once.

    A parent already gone ends the helper here."""
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        wait = _windows_waiter(parent_pid)
    else:
        wait = _posix_waiter(parent_pid)
    threading.Thread(target=_end_after, args=(wait,), name="qunzhu-parent-watch",
                     daemon=True).start()


def run(parent_pid: int, target: Callable[..., Any], *args: Any) -> Any:
    """``target(*args)`` in a helper watched over ``parent_pid`` (a ``Process`` target)."""
    watch(parent_pid)
    return target(*args)


def _end_after(wait: Callable[[], None]) -> None:
    wait()
    os._exit(ORPHANED)


def _posix_waiter(parent_pid: int) -> Callable[[], None]:
    first = os.getppid()
    if not _exists(parent_pid):
        os._exit(ORPHANED)

    def wait() -> None:
        # A dead parent stays a zombie until its own parent reaps it, and a zombie still
        # "exists": the change of parent is what tells a direct child at once.
        while os.getppid() == first and _exists(parent_pid):
            time.sleep(POLL_SECONDS)

    return wait


def _exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: ours is gone, its pid reused
        return False
    return True


def _windows_waiter(parent_pid: int) -> Callable[[], None]:  # pragma: no cover - Windows
    import ctypes
    from ctypes import wintypes

    synchronize = 0x00100000
    infinite = 0xFFFFFFFF
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.WaitForSingleObject.argtypes = (wintypes.HANDLE, wintypes.DWORD)
    kernel32.WaitForSingleObject.restype = wintypes.DWORD
    handle = kernel32.OpenProcess(synchronize, False, parent_pid)
    if not handle:  # the parent is already gone (or was never ours to see)
        os._exit(ORPHANED)

    def wait() -> None:
        kernel32.WaitForSingleObject(handle, infinite)

    return wait
