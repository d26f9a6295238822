"""What the CLI's commands share: finding the community a ``--community`` names, a
progress line on a terminal, and the line for a file that cannot be read. Below
``desktop.commands`` and the import commands it dispatches to, so none copies them."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.cli_parser import UsageError

translate = QCoreApplication.translate


def find_community_id(ws: Any, name: str | None) -> int | None:
    """The id of the community ``name`` (None when no name was given); refused, naming it,
    when there is none of that name."""
    if not name:
        return None
    from models.members.communities import find_community

    found = find_community(ws.conn, name)
    if found is None:
        raise no_community(ws.conn, name)
    return found.id


def no_community(conn: Any, name: str) -> UsageError:
    """The refusal of a ``--community`` naming none: it says which there are, or how to
    make the first."""
    from models.members.communities import list_communities

    names = [c.name for c in list_communities(conn)]
    if not names:
        return UsageError(translate("cli", "no community named {name!r}; the workspace has "
                                           "none yet: make it with qunzhu community add "
                                           "{name} (or in the window: File > New Community)")
                          .format(name=name))
    return UsageError(translate("cli", "no community named {name!r}; the communities are: "
                                       "{names}").format(name=name, names=", ".join(names)))


def _printer() -> Callable[[str], None]:
    """Prints ``text`` over the last line on a terminal, at most twice a second."""
    shown = {"last": 0.0}

    def show(text: str) -> None:
        now = time.monotonic()
        if sys.stderr.isatty() and now - shown["last"] > 0.5:
            shown["last"] = now
            print(f"\r{text}", end="", file=sys.stderr, flush=True)

    return show


def progress_printer() -> Callable[[str, int, int], bool]:
    """A ``progress(step, done, total)`` for the long jobs (it never cancels)."""
    show = _printer()

    def progress(step: str, done: int, total: int) -> bool:
        show(f"{step}: {done:,}/{total:,}")
        return True

    return progress


def count_printer() -> Callable[[int, int | None], None]:
    """A ``progress(done, total)`` for the chat import (the total may be unknown)."""
    show = _printer()

    def progress(done: int, total: int | None) -> None:
        show(f"{done:,}/{total:,}" if total else f"{done:,}")

    return progress


def unreadable_line(path: Path, error: Exception) -> str:
    """Why ``path`` cannot be read, naming it once (the system's refusals name it already)."""
    from views.error_text import describe

    reason = describe(error)
    if str(path) in reason:
        return translate("cli", "qunzhu: {reason}; nothing was imported").format(reason=reason)
    return translate("cli", "qunzhu: {path}: {reason}; nothing was imported").format(
        path=path, reason=reason)
