"""Reading the message list of a big JSON export one message at a time, and saying where a
damaged or cut-short file breaks.

ijson (yajl in C) streams: a 1 GB Telegram ``result.json`` never sits in memory, and it
parses ~5x faster than ``json.load`` builds the whole tree. Without ijson installed the
whole file is loaded with ``json.load`` (same records, more memory).

A file that breaks raises ``JsonBroken`` with the 1-based line and the byte offset of the
break: a file cut short (copied while the export was still running, a download cut off)
breaks at its end; a damaged one where yajl (or ``json``) stopped reading.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from exports.chat.records import ChatFile, Problem, Record
from models.core.errors import Code

try:
    import ijson
except ImportError:  # pragma: no cover - a dependency; json.load is the fallback
    ijson = None

#: Bytes handed to the parser at a time.
CHUNK = 64 * 1024


class JsonBroken(Exception):
    """The JSON breaks at ``line``/``byte``; ``truncated`` when the file simply ends."""

    def __init__(self, line: int, byte: int, truncated: bool) -> None:
        super().__init__(f"line {line}, byte {byte}: {'cut short' if truncated else 'damaged'}")
        self.line = line
        self.byte = byte
        self.truncated = truncated


def streaming() -> bool:
    """Whether messages are streamed (ijson installed) or the file is loaded whole."""
    return ijson is not None


def items(path: Path, prefix: str) -> Iterator[Any]:
    """The values at ``prefix`` (ijson's notation: ``messages.item``), in file order.
    Numbers are int or float. Raises ``JsonBroken``."""
    if ijson is None:
        yield from _walk(_load(path), prefix.split("."))
        return
    with open(path, "rb") as raw:
        handle = _Counting(raw)
        try:
            yield from ijson.items(handle, prefix, use_float=True)
        except ijson.JSONError as error:
            raise _located(path, handle, str(error)) from None


def events(path: Path) -> Iterator[tuple[str, str, Any]]:
    """ijson's ``(prefix, event, value)`` stream (for walking an export with several
    chats). Without ijson, None. Raises ``JsonBroken``."""
    with open(path, "rb") as raw:
        handle = _Counting(raw)
        try:
            yield from ijson.parse(handle, use_float=True)
        except ijson.JSONError as error:
            raise _located(path, handle, str(error)) from None


def builder() -> Any:
    """An ijson object builder (fed ``event, value`` pairs, ``.value`` the result)."""
    return ijson.ObjectBuilder()


def head(path: Path, keys: tuple[str, ...], stop: str) -> dict[str, Any]:
    """Top-level scalars named ``keys`` that come before the first list or object (a
    chat's name and type, before its messages); ``stop`` maps to True when that first list
    is ``stop``. Reads only that far when streaming."""
    if ijson is None:
        document = _load(path)
        if not isinstance(document, dict):
            return {}
        return {**{k: document[k] for k in keys if k in document},
                **({stop: True} if stop in document else {})}
    found: dict[str, Any] = {}
    for prefix, event, value in events(path):
        if prefix == stop:
            found[stop] = True
            break
        if (prefix == "" and event == "end_map") or (
                event in ("start_map", "start_array") and prefix and "." not in prefix):
            break  # the first list or object at the top is as far as a header goes
        if prefix in keys and event in ("string", "number", "null", "boolean"):
            found[prefix] = value
    return found


def load(path: Path) -> Any:
    """The whole document (the fallback path, and small files). Raises ``JsonBroken``."""
    return _load(path)


# -- where it broke ------------------------------------------------------------------------


class _Counting:
    """A binary file that remembers where the last chunk it handed out started."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.chunk_start = 0
        self.chunk = b""
        self.total = 0

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(CHUNK if size is None or size < 0 else min(size, CHUNK))
        if not self.total and data.startswith(b"\xef\xbb\xbf"):  # a BOM, from an editor
            self.total, data = 3, data[3:]
        if data:
            self.chunk_start, self.chunk = self.total, data
            self.total += len(data)
        return data


def _located(path: Path, handle: _Counting, message: str) -> JsonBroken:
    truncated = "premature EOF" in message or "Incomplete" in message
    if truncated:
        byte = path.stat().st_size
    else:
        byte = handle.chunk_start + _offset_in_chunk(handle.chunk, message)
    return JsonBroken(_line_at(path, byte), byte, truncated)


def _offset_in_chunk(chunk: bytes, message: str) -> int:
    """Where in ``chunk`` yajl stopped, from its verbose message: a line quoting the bytes
    around the error (newlines shown as spaces) and a caret line under the spot."""
    lines = message.split("\n")
    try:
        quoted, caret = lines[1], lines[2]
        snippet = quoted.lstrip(" ")
        column = len(quoted) - len(snippet)
        at = chunk.replace(b"\n", b" ").replace(b"\r", b" ").find(snippet.encode("utf-8"))
        if at < 0 or "^" not in caret:
            return 0
        return max(0, min(len(chunk), at + caret.index("^") - column))
    except (IndexError, UnicodeError):
        return 0


def _line_at(path: Path, byte: int) -> int:
    """The 1-based line holding ``byte`` (the last line for the end of the file)."""
    line, seen = 1, 0
    with open(path, "rb") as handle:
        while seen < byte and (chunk := handle.read(min(1 << 20, byte - seen))):
            line += chunk.count(b"\n")
            seen += len(chunk)
    with open(path, "rb") as handle:  # a file ending in a newline ends on the line before
        handle.seek(max(byte - 1, 0))
        if byte and byte == path.stat().st_size and handle.read(1) == b"\n":
            line -= 1
    return max(line, 1)


def _load(path: Path) -> Any:
    text = path.read_bytes().decode("utf-8-sig", errors="replace")
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        truncated = error.pos >= len(text.rstrip()) - 1 or error.msg.startswith("Unterminated")
        byte = len(text[:error.pos].encode("utf-8"))
        line = text.count("\n", 0, len(text.rstrip())) + 1 if truncated else error.lineno
        raise JsonBroken(line, len(text.encode("utf-8")) if truncated else byte,
                         truncated) from None


def _walk(value: Any, parts: list[str]) -> Iterator[Any]:
    if not parts:
        yield value
        return
    head_part, rest = parts[0], parts[1:]
    if head_part == "item":
        if isinstance(value, list):
            for element in value:
                yield from _walk(element, rest)
    elif isinstance(value, dict) and head_part in value:
        yield from _walk(value[head_part], rest)


class JsonChatFile(ChatFile):
    """A chat export in one JSON file (Telegram, DiscordChatExporter): subclasses yield its
    records from ``_events``; a file cut short or damaged ends them with one problem at the
    line and byte where it broke, and nothing further is read."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def events(self) -> Iterator[Record]:
        try:
            yield from self._events()
        except JsonBroken as broken:
            code = Code.CHAT_TRUNCATED if broken.truncated else Code.CHAT_BAD_JSON
            self.problems.append(Problem(broken.line, code,
                                         {"line": broken.line, "byte": broken.byte}))

    def _events(self) -> Iterator[Record]:
        raise NotImplementedError
