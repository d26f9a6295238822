"""Make the text of a PDF Qt wrote read back as the characters painted.

Qt writes each embedded font's ToUnicode map (what a PDF reader's copy, search and text
extraction read) by walking the BMP upwards and keeping the first character of each
glyph. CJK fonts (Noto Sans CJK among them) draw a Kangxi radical (U+2F00..) and the
ideograph it looks like (十 U+5341 and ⼗ U+2F17) with one glyph, so 十二月, 身, 大, 山,
人 ... in a title or a name come back as radicals: a search for 十二月 finds nothing, and
a list copied out of the PDF holds names nobody typed. ``fix_text_map`` rewrites those
entries to the ideograph (their NFKC form). The maps are uncompressed text in Qt's PDFs,
and every entry keeps its length (four hex digits for four), so the file's byte offsets
(its cross-reference table) stay right and the file is rewritten in place.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

_CMAP = re.compile(rb"begincmap(.*?)endcmap", re.DOTALL)
_CHAR = re.compile(rb"(<[0-9A-Fa-f]+>\s*)<([0-9A-Fa-f]{4})>")
_RANGE = re.compile(rb"(<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*)(\[[^\]]*\]|<[0-9A-Fa-f]{4}>)")
_HEX = re.compile(rb"<([0-9A-Fa-f]{4})>")
_SECTION = re.compile(rb"begin(bfchar|bfrange)(.*?)end\1", re.DOTALL)


@lru_cache(maxsize=1024)
def _ideograph(hex_code: bytes) -> bytes:
    """The four hex digits of the character ``hex_code`` stands for when it is a CJK
    radical with an ideograph twin; ``hex_code`` itself otherwise."""
    code = int(hex_code, 16)
    if not 0x2E80 <= code <= 0x2FDF:
        return hex_code
    twin = unicodedata.normalize("NFKC", chr(code))
    if len(twin) != 1 or ord(twin) > 0xFFFF or twin == chr(code):
        return hex_code
    return f"{ord(twin):04X}".encode()


def _fix_targets(text: bytes) -> bytes:
    return _HEX.sub(lambda m: b"<" + _ideograph(m.group(1)) + b">", text)


def _fix_section(match: re.Match[bytes]) -> bytes:
    kind, body = match.group(1), match.group(2)
    if kind == b"bfchar":
        body = _CHAR.sub(lambda m: m.group(1) + b"<" + _ideograph(m.group(2)) + b">", body)
    else:
        def one(m: re.Match[bytes]) -> bytes:
            target = m.group(4)
            if target.startswith(b"[") or m.group(2) == m.group(3):
                target = _fix_targets(target)
            # a range of several codes onto a run starting at a radical cannot be one
            # run of ideographs: left as Qt wrote it (never seen: Qt writes arrays)
            return m.group(1) + target
        body = _RANGE.sub(one, body)
    return b"begin" + kind + body + b"end" + kind


def fix_text_map(path: Path) -> int:
    """Rewrite the radicals of ``path``'s ToUnicode maps as ideographs, in place; returns
    how many maps changed (0: the file is left untouched)."""
    data = Path(path).read_bytes()
    changed = 0

    def fix_cmap(match: re.Match[bytes]) -> bytes:
        nonlocal changed
        fixed = _SECTION.sub(_fix_section, match.group(0))
        changed += fixed != match.group(0)
        return fixed

    result = _CMAP.sub(fix_cmap, data)
    if changed:
        assert len(result) == len(data)  # same length: the xref offsets still hold
        with open(path, "r+b") as file:
            file.write(result)
    return changed
