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
    sheet the columns the mapping page chose (``SheetColumns``)."""

    path: Path
    format: str = "auto"
    columns: SheetColumns | None = None

    def open(self) -> Any:
        """The file as a ``ChatFile`` (read lazily: nothing is parsed until ``events``)."""
        from exports.chat.detect import open_chat

        mapping = self.columns.mapping() if self.columns is not None else None
        return open_chat(self.path, self.format, mapping)


@dataclass(frozen=True)
class SheetColumns:
    """A sheet's columns as the mapping page chose them (indexes into its headers)."""

    time: int
    person: int
    handle: str = "name"  # what the person column holds: name, wechat_id, phone, qq, email
    kind: int | None = None
    amount: int | None = None
    text: int | None = None

    def mapping(self) -> Any:
        from exports.chat.sheet import SheetMapping

        return SheetMapping(time=self.time, person=self.person, handle=self.handle,
                            kind=self.kind, amount=self.amount, text=self.text)


def detect(path: Path, fmt: str = "auto") -> Any:
    """Open ``path`` as ``fmt`` (auto: detected from the content); its ``format`` says what it
    was found to be. Raises the reader's refusal when it is no chat export it reads."""
    return Source(path, fmt).open()


@dataclass(frozen=True)
class SheetPreview:
    headers: list[str]
    first: list[Any]  # the first data row's values, for the mapping page to show
    guess: SheetColumns | None


def sheet_preview(path: Path) -> SheetPreview:
    """The header row of a sheet and its first data row, with the columns guessed."""
    from exports.chat.sheet import guess_mapping, read_headers

    headers, first = read_headers(path)
    guessed = guess_mapping(headers)
    columns = None
    if guessed is not None and guessed.time is not None and guessed.person is not None:
        columns = SheetColumns(guessed.time, guessed.person, guessed.handle or "name",
                               guessed.kind, guessed.amount, guessed.text)
    return SheetPreview(list(headers), list(first), columns)


def scan(workspace_path: Path, source: Source, community_id: int, progress: Progress) -> Any:
    """The scan (``ChatScan``): who speaks in the file and who they are in the workspace,
    read on a worker's read-only connection. Raises ``Cancelled`` once Cancel was pressed."""
    from models.imports.chat_import import scan_chat

    from models.core.errors import Cancelled
    from models.store.connection import connect_readonly

    state = {"go_on": True}

    def report(done: int, total: int | None) -> None:
        state["go_on"] = progress("scan", done, total or 0)

    conn = connect_readonly(workspace_path)
    try:
        result = scan_chat(conn, source.open(), community_id, progress=report,
                           cancelled=lambda: not state["go_on"])
    finally:
        conn.close()
    if not state["go_on"]:
        raise Cancelled()
    return result


def import_operation(source: Source, community_id: int, keep_text: bool,
                     decisions: Mapping[tuple[str, str], tuple[str, int | None]]
                     ) -> Callable[[sqlite3.Connection, Progress], Done]:
    """The import as the runner's long operation (``views.operation_runner.perform_long``):
    the file is read again on the worker, in one transaction; Cancel rolls it back."""
    from models.imports.chat_import import ChatImportOptions, chat_import_operation

    options = ChatImportOptions(community_id=community_id, unmatched="new", keep_text=keep_text,
                                decisions=dict(decisions))
    state: dict[str, Any] = {"go_on": True, "progress": None}

    def report(done: int, total: int | None) -> None:
        state["go_on"] = state["progress"]("import", done, total or 0)

    inner = chat_import_operation(source.open, options, progress=report,
                                  cancelled=lambda: not state["go_on"])

    def operation(conn: sqlite3.Connection, progress: Progress) -> Done:
        state["progress"] = progress
        return inner(conn)

    if getattr(inner, "own_transaction", False):
        operation.own_transaction = True  # type: ignore[attr-defined]
    return operation
