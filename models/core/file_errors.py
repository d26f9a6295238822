"""Why the operating system refused a file we read or write, as a ``Message`` the window
and the CLI word alike (``views/error_text.py``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from models.core.errors import Code, Message


def file_message(error: OSError, path: Path | str | None = None, *,
                 writing: bool = False) -> Message:
    """Why the operating system refused to read or write ``path`` (default: the error's own
    file name), as a ``Message``. A file open in Excel or WPS on Windows is a
    ``PermissionError``, so "locked" names that case first."""
    import errno

    target = Path(path if path is not None else error.filename or "")
    params: dict[str, Any] = {"path": str(target)}
    if isinstance(error, FileNotFoundError):
        if writing and not target.parent.exists():
            return Message(Code.FOLDER_NOT_FOUND, {**params, "folder": str(target.parent)})
        return Message(Code.FILE_NOT_FOUND, params)
    if isinstance(error, IsADirectoryError):
        return Message(Code.IS_A_FOLDER, params)
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return Message(Code.FILE_DISK_FULL, params)
    if error.errno == errno.EROFS:
        return Message(Code.READ_ONLY_DISK, params)
    if isinstance(error, PermissionError) or getattr(error, "winerror", None) in (32, 33):
        if not writing:
            return Message(Code.READ_LOCKED, params)
        touched = {Path(n) for n in (error.filename, error.filename2) if n}
        if path is not None and touched and target not in touched:
            # Refused making a new (temporary) file beside it: the folder, not the file.
            return Message(Code.FOLDER_NOT_WRITABLE, {**params, "folder": str(target.parent)})
        return Message(Code.WRITE_LOCKED, params)
    detail = error.strerror or type(error).__name__
    return Message(Code.WRITE_FAILED if writing else Code.READ_FAILED, {**params,
                                                                        "detail": detail})
