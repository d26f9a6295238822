"""The chat import's engine as the wizard calls it: the readers (``exports.chat``) and the
import (``models.imports.chat_import``), adapted to the window's workers.

The readers and the import are imported when first used (openpyxl, ijson and the import's
matching stay off the window's start-up path). The workers' ``progress(step, done, total)``
answers False once Cancel was pressed; the engine's ``cancelled()`` asks the same.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.store.operations import Done

Progress = Callable[[str, int, int], bool]


@dataclass(frozen=True)
class Source:
    """What the first page chose: the file, its format (``auto`` or a reader's), and for a
    sheet the columns the mapping page chose (``exports.chat.sheet.SheetMapping``)."""

    path: Path
    format: str = "auto"
    mapping: Any = None

    def open(self) -> Any:
        """The file as a ``ChatFile`` (read lazily: nothing is parsed until ``events``)."""
        from exports.chat.detect import open_chat

        return open_chat(self.path, self.format, self.mapping)


def detect(path: Path, fmt: str = "auto") -> tuple[str, str | None]:
    """The format ``path`` is (``fmt`` unless auto: told from the content) and the group's
    name when the file says it. A sheet is only told, not read: its columns come next.
    Raises the reader's refusal when the file is no chat export it reads."""
    from exports.chat.detect import open_chat, read_head, which

    if fmt == "auto":
        found = which(path, read_head(path))
        if found == "sheet":
            return "sheet", None
    if fmt == "sheet":
        sheet_preview(path)  # a table at all?
        return "sheet", None
    chat = open_chat(path, fmt)  # raises, naming the formats read, when none reads it
    return chat.format or fmt, chat.group_name


def sheet_preview(path: Path) -> Any:
    """The first rows of a sheet with its header row and columns guessed
    (``exports.chat.sheet.SheetPreview``)."""
    from exports.chat.sheet import preview

    return preview(path)


def scan(workspace_path: Path, source: Source, community_id: int, progress: Progress,
         keep_text: bool = False) -> Any:
    """The scan (``ChatScan``): who speaks in the file and who they are in the workspace,
    read on a worker's read-only connection. Its records are staged beside the workspace
    (with their texts when ``keep_text``), so the import writes them without reading the
    file again. Raises ``Cancelled`` once Cancel was pressed."""
    from models.core.errors import Cancelled
    from models.imports.chat_import import scan_chat
    from models.store.connection import connect_readonly

    state = {"go_on": True}

    def report(done: int, total: int | None) -> None:
        state["go_on"] = progress("scan", done, total or 0)

    conn = connect_readonly(workspace_path)
    try:
        result = scan_chat(conn, source.open(), community_id, progress=report,
                           cancelled=lambda: not state["go_on"], keep_text=keep_text)
    finally:
        conn.close()
    if not state["go_on"]:
        raise Cancelled()
    return result


def import_operation(source: Source, community_id: int, keep_text: bool,
                     decisions: Mapping[tuple[str, str], tuple[str, int | None]],
                     scan: Any = None) -> Callable[[sqlite3.Connection, Progress], Done]:
    """The import as the runner's long operation (``views.operation_runner.perform_long``),
    on the worker, in one transaction; Cancel rolls it back. It writes what ``scan`` (the
    review's) staged, its speakers matched again (the workspace may have changed since);
    without one, the file is read again."""
    from models.imports.chat_import import ChatImportOptions, chat_import_operation

    options = ChatImportOptions(community_id=community_id, unmatched="new", keep_text=keep_text,
                                decisions=dict(decisions))
    state: dict[str, Any] = {"go_on": True, "progress": None}

    def report(done: int, total: int | None) -> None:
        state["go_on"] = state["progress"]("import", done, total or 0)

    inner = chat_import_operation(source.open, options, progress=report,
                                  cancelled=lambda: not state["go_on"], scan=scan)

    def operation(conn: sqlite3.Connection, progress: Progress) -> Done:
        state["progress"] = progress
        return inner(conn)

    if getattr(inner, "own_transaction", False):
        operation.own_transaction = True  # type: ignore[attr-defined]
    return operation
