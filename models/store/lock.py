"""One writer per workspace: an advisory lock file beside it (like ``QLockFile``).

The operating system drops the lock when the process ends, so a crash never leaves a
workspace locked. The lock file names its holder so the refusal can say who.
"""

from __future__ import annotations

import os
from pathlib import Path

from models.core.errors import WorkspaceLockedError

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path_for(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".lock")


class WorkspaceLock:
    """Held while a workspace is open for writing; release() or process exit frees it."""

    def __init__(self, workspace: Path) -> None:
        self.workspace = workspace
        self.path = lock_path_for(workspace)
        self._fd: int | None = None

    def acquire(self) -> None:
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            if not _try_lock(fd):
                holder = _read_holder(fd)
                os.close(fd)
                raise WorkspaceLockedError(self.workspace, holder)
            # A releasing holder unlinks the file after we opened it: retry on the new one.
            try:
                if os.stat(self.path).st_ino == os.fstat(fd).st_ino:
                    break
            except FileNotFoundError:
                pass
            os.close(fd)
        os.ftruncate(fd, 0)
        os.write(fd, f"pid {os.getpid()} on {_host()}\n".encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            os.unlink(self.path)
        except OSError:
            pass
        _unlock(self._fd)
        os.close(self._fd)
        self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


def _host() -> str:
    # os.uname, not socket.gethostname: importing socket costs start-up ~9 ms.
    return os.uname().nodename if hasattr(os, "uname") else os.environ.get("COMPUTERNAME", "")


def _read_holder(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 200).decode("utf-8", "replace").strip()
    except OSError:
        text = ""
    return text or "another process"
