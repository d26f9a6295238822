"""Putting right the characters a PDF from ``QPdfWriter`` says it shows.

A PDF reader finds a text's characters through each font's ToUnicode map (glyph -> code
point): copy, search, screen readers and text extractors all read it. Qt writes that map
by asking, for code points from 0 upwards, which glyph each one uses, and keeps the
*first* code point it finds for a glyph. CJK fonts draw many characters with one glyph:
人 (U+4EBA) and the Kangxi radical ⼈ (U+2F08), 十 and ⼗, 手 and ⼿, 见 and ⻅, a space and
a tab. So "十二月 · 已报名 60 人" read back says "⼗⼆⽉ · 已报名\t60\t⼈": it looks the same
and matches nothing (searching a sign-in sheet for 手机 or a badge sheet for a name finds
nothing). Measured with Noto Sans CJK SC: 472 such pairs, among them 一 人 大 小 日 月 手
心 水 山 子 女 生 用 文 方 见 贝 民 户 长.

``fix_text_map`` rewrites those maps after Qt has written the file: an entry naming a
character the document never drew gets back the drawn character that shares its glyph
in one of the document's fonts (else its compatibility form, ⼈ -> 人; a control
character -> a space). Qt writes the maps as plain text, each destination as four hex
digits; every replacement keeps its four digits, so the file keeps its length and its
cross-reference offsets, and is rewritten in place with no PDF library.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QFont, QRawFont

_CMAP = re.compile(rb"begincmap(.*?)endcmap", re.DOTALL)
_ENTRY = re.compile(rb"<([0-9A-Fa-f]{4,8})>")


def fix_text_map(path: Path | str, drawn: Iterable[str], families: Iterable[str]) -> int:
    """Correct the ToUnicode maps of the PDF at ``path``, whose pages show the texts in
    ``drawn`` painted in ``families``. Returns how many entries changed (0: the file is
    left as it was)."""
    data = Path(path).read_bytes()
    maps = [m.span(1) for m in _CMAP.finditer(data)]
    if not maps:
        return 0
    present = {c for start, end in maps for c in _codes(data[start:end])}
    chars = set("".join(drawn)) | {" "}
    missing = chars - present
    fixes: dict[str, str] = {}
    # One character each (a ligature names several and is right as it is); NUL is .notdef.
    for c in present:
        if len(c) == 1 and c not in chars and c != "\x00":
            twin = _twin(c, missing, tuple(families))
            if twin is not None and len(twin.encode("utf-16-be")) == len(c.encode("utf-16-be")):
                fixes[c] = twin
    if not fixes:
        return 0
    out, last, changed = [], 0, 0
    for start, end in maps:
        fixed, count = _rewrite(data[start:end], fixes)
        out += [data[last:start], fixed]
        last, changed = end, changed + count
    out.append(data[last:])
    result = b"".join(out)
    if changed:
        assert len(result) == len(data)  # same length: the xref offsets still hold
        with open(path, "r+b") as file:
            file.write(result)
    return changed


def _destinations(line: bytes) -> list[re.Match[bytes]]:
    """The destination entries of one line of a ToUnicode map: ``<src> <dest>`` (bfchar),
    ``<lo> <hi> [<dest> <dest> …]`` and ``<lo> <lo> <dest>`` (bfrange). A range of several
    codes to one start (``<lo> <hi> <dest>``, counting up) is left alone."""
    spans = list(_ENTRY.finditer(line))
    if b"[" in line:
        return spans[2:]
    if len(spans) == 3 and spans[0].group(1) == spans[1].group(1):
        return spans[2:]
    if len(spans) == 2:
        return spans[1:]
    return []


def _block_lines(data: bytes) -> list[tuple[int, bytes]]:
    """(index, line) of each line of ``data`` inside its bfchar/bfrange blocks."""
    found, inside = [], False
    for n, line in enumerate(data.split(b"\n")):
        if line.rstrip().endswith((b"beginbfchar", b"beginbfrange")):
            inside = True
        elif line.strip() in (b"endbfchar", b"endbfrange"):
            inside = False
        elif inside:
            found.append((n, line))
    return found


def _codes(data: bytes) -> list[str]:
    """The characters the map's destinations name (one per entry)."""
    return [_char(m.group(1)) for _, line in _block_lines(data) for m in _destinations(line)]


def _char(hex_text: bytes) -> str:
    return bytes.fromhex(hex_text.decode()).decode("utf-16-be", errors="replace")


def _rewrite(data: bytes, fixes: dict[str, str]) -> tuple[bytes, int]:
    """``data`` with each destination found in ``fixes`` replaced (sources left alone)."""
    count = 0
    lines = data.split(b"\n")
    for n, line in _block_lines(data):
        out, last = [], 0
        for span in _destinations(line):
            char = _char(span.group(1))
            if char in fixes:
                out += [line[last:span.start(1)],
                        fixes[char].encode("utf-16-be").hex().upper().encode()]
                last = span.end(1)
                count += 1
        if out:
            lines[n] = b"".join([*out, line[last:]])
    return b"\n".join(lines), count


def _twin(wrong: str, missing: set[str], families: tuple[str, ...]) -> str | None:
    """The drawn character ``wrong`` stands for: one sharing its glyph in one of the
    fonts, else its compatibility form, else a space for a blank."""
    for family in families:
        glyphs = _glyphs(family)
        if glyphs is None:
            continue
        mine = glyphs(wrong)
        if not mine:
            continue
        same = sorted(d for d in missing if glyphs(d) == mine)
        if same:
            return same[0]
    folded = unicodedata.normalize("NFKC", wrong)
    if folded in missing or (len(folded) == 1 and folded != wrong):
        return folded
    if wrong.isspace() or unicodedata.category(wrong) == "Cc":
        return " "
    return None


@lru_cache(maxsize=32)
def _glyphs(family: str):
    """A glyph lookup for ``family``, None when it is not installed."""
    font = QFont(family)
    font.setPixelSize(16)
    raw = QRawFont.fromFont(font)
    if not raw.isValid() or raw.familyName().lower() != family.lower():
        return None

    def glyph(char: str) -> int:
        found = raw.glyphIndexesForString(char)
        return found[0] if found else 0

    return glyph
