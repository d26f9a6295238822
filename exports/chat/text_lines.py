"""Plain-text chat exports read line by line, whatever encoding they were saved in.

QQ writes its .txt in UTF-8 (with or without a BOM) or, in older versions and after a
round trip through Notepad, in GBK; the WeChat exporters write UTF-8. The encoding is
chosen once from the head of the file (``exports/text_encoding.py`` tells the legacy
code pages apart), then every line is decoded on its own and strictly, so damaged bytes
are reported with their line number instead of turning a whole file into mojibake.

One rule on top of ``text_encoding``: a head that is UTF-8 but for a few damaged bytes
is still UTF-8. GB18030 decodes nearly any byte sequence, so "not valid UTF-8, try GBK"
would read a UTF-8 export with one garbled line as nonsense from end to end, silently.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from pathlib import Path

from exports import text_encoding
from exports.chat.records import Problem
from exports.text_encoding import EncodingUnknown
from models.core.errors import Code

#: Bytes of a file's head that sniffing and the encoding decision look at.
HEAD_BYTES = 64 * 1024
#: A head reads as UTF-8 when its valid multi-byte characters outnumber the damaged
#: sequences by this much (GBK text read as UTF-8 is almost all damage).
_UTF8_MARGIN = 8
#: Bytes decoded at a time: big enough that decoding runs in C, small enough to stream.
BLOCK_BYTES = 1024 * 1024


def read_head(path: Path, size: int = HEAD_BYTES) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(size)


def choose_encoding(path: Path, head: bytes) -> str:
    """The codec to read ``path`` with; ``head`` is its first bytes. Raises
    ``EncodingUnknown`` when no encoding reads it as plausible text."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.isascii() and b"\x00" not in head:
        head = _first_non_ascii(path, len(head)) or head
    if _mostly_utf8(head):
        return "utf-8"
    try:
        return text_encoding.detect_encoding(head)
    except EncodingUnknown:
        return _mostly_legacy(head)


def decode_head(head: bytes) -> str:
    """``head`` as text for sniffing: never raises, damaged bytes become U+FFFD."""
    if head.startswith(codecs.BOM_UTF8):
        codec = "utf-8"
        head = head[len(codecs.BOM_UTF8):]
    elif _mostly_utf8(head):
        codec = "utf-8"
    else:
        try:
            codec = text_encoding.detect_encoding(head)
        except EncodingUnknown:
            codec = "utf-8"
    return codecs.getincrementaldecoder(codec)(errors="replace").decode(head, final=False)


def lines(path: Path, encoding: str, problems: list[Problem]) -> Iterator[tuple[int, str | None]]:
    """``(line_number, text)`` of every line; see ``blocks``."""
    for first, block in blocks(path, encoding, problems):
        yield from enumerate(block, first)


def blocks(path: Path, encoding: str,
           problems: list[Problem]) -> Iterator[tuple[int, list[str | None]]]:
    """The file's lines (line endings removed) in blocks of a few MB, each with the number
    of its first line (1-based): a million-message file streams, and a reader's loop
    runs over plain lists.

    A line whose bytes are not valid ``encoding`` is ``None`` and appends a
    ``CHAT_BAD_TEXT`` problem; a last line cut in the middle of a character (a file that
    ends mid-UTF-8) appends ``CHAT_TRUNCATED`` instead.
    """
    if encoding.startswith("utf-16"):
        yield from _utf16_blocks(path, encoding, problems)
        return
    codec = "utf-8" if encoding == "utf-8-sig" else encoding
    label = text_encoding.LABELS.get(encoding, encoding)
    first = 1
    carry = b""
    with open(path, "rb") as handle:
        while True:
            chunk = handle.read(BLOCK_BYTES)
            data = carry + chunk
            if not data:
                return
            if chunk:
                cut = data.rfind(b"\n") + 1
                if cut == 0:  # one very long line: keep reading until it ends
                    carry = data
                    continue
                data, carry = data[:cut], data[cut:]
            else:
                carry = b""
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                block = _line_by_line(data, codec, label, first, problems)
            else:
                if first == 1 and text.startswith("\ufeff"):
                    text = text[1:]
                if "\r" in text:
                    text = text.replace("\r\n", "\n")
                block = text.split("\n")
                if text.endswith("\n"):
                    block.pop()
            yield first, block
            first += len(block)
            if not chunk:
                return


def _line_by_line(data: bytes, codec: str, label: str, first: int,
                  problems: list[Problem]) -> list[str | None]:
    """A block with damaged bytes, decoded line by line to say which lines they are on."""
    block: list[str | None] = []
    raws = data.split(b"\n")
    if data.endswith(b"\n"):
        raws.pop()
    for offset, raw in enumerate(raws):
        number = first + offset
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError as error:
            last = offset == len(raws) - 1 and not data.endswith(b"\n")
            cut = last and error.end >= len(raw) and (
                "end" in error.reason or "incomplete" in error.reason)
            problems.append(Problem(number, Code.CHAT_TRUNCATED, {"line": number}) if cut
                            else Problem(number, Code.CHAT_BAD_TEXT,
                                         {"line": number, "encoding": label}))
            block.append(None)
            continue
        if number == 1 and text.startswith("\ufeff"):
            text = text[1:]
        block.append(text[:-1] if text.endswith("\r") else text)
    return block


def ends_with_newline(path: Path) -> bool:
    """Whether the file's last byte ends a line (a file cut short usually does not)."""
    with open(path, "rb") as handle:
        handle.seek(0, io.SEEK_END)
        if handle.tell() == 0:
            return True
        handle.seek(-1, io.SEEK_END)
        return handle.read(1) == b"\n"


def _utf16_blocks(path: Path, encoding: str,
                  problems: list[Problem]) -> Iterator[tuple[int, list[str | None]]]:
    """UTF-16 (Notepad's "Unicode"): zero bytes make binary line splitting wrong, so the
    text layer splits; a damaged character reads as U+FFFD and marks its line."""
    with open(path, encoding=encoding, errors="replace", newline="") as handle:
        block: list[str | None] = []
        first = 1
        for number, text in enumerate(handle, 1):
            if "\ufffd" in text:
                problems.append(Problem(number, Code.CHAT_BAD_TEXT,
                                        {"line": number, "encoding": "UTF-16"}))
                block.append(None)
            else:
                if number == 1 and text.startswith("\ufeff"):
                    text = text[1:]
                block.append(text.rstrip("\r\n"))
            if len(block) >= 50_000:
                yield first, block
                first, block = first + len(block), []
        if block:
            yield first, block


def _mostly_utf8(head: bytes) -> bool:
    text = head.decode("utf-8", errors="replace")
    # The head may end mid-character: damage at its very end is a cut, not damage.
    damaged = text.count("\ufffd") - (1 if text.endswith("\ufffd") else 0)
    if damaged <= 0:
        return True
    valid = sum(1 for char in text if char > "\x7f" and char != "\ufffd")
    return valid >= _UTF8_MARGIN * damaged


def _mostly_legacy(head: bytes) -> str:
    """A legacy encoding that reads the head but for a few damaged bytes (a GBK export
    with one garbled line): the most plausible reading, when its damage is rare."""
    best, best_score = None, 0.0
    for codec in text_encoding.CANDIDATES:
        text = codecs.getincrementaldecoder(codec)(errors="replace").decode(head, final=False)
        damaged = text.count("\ufffd")
        others = sum(1 for char in text if char > "\x7f") - damaged
        if others < _UTF8_MARGIN * damaged:
            continue
        score = text_encoding.plausibility(text, codec)
        if score > best_score:
            best, best_score = codec, score
    if best is None:
        raise EncodingUnknown()
    return best


def _first_non_ascii(path: Path, start: int) -> bytes | None:
    """64 KB from the first non-ASCII byte after ``start``: the head was plain ASCII, so
    the first Chinese text, wherever it is, decides the encoding."""
    with open(path, "rb") as handle:
        handle.seek(start)
        while chunk := handle.read(1 << 20):
            if not chunk.isascii():
                at = next(i for i, byte in enumerate(chunk) if byte >= 0x80)
                handle.seek(handle.tell() - len(chunk) + at)
                return handle.read(HEAD_BYTES)
    return None
