"""Which encoding a text file people bring (CSV, a sign-up list) was saved in.

Excel saves "CSV" in the system's legacy code page: GBK on mainland Chinese Windows, Big5
(cp950) in Taiwan and Hong Kong, Shift-JIS (cp932) in Japan; "CSV UTF-8" and "Unicode
Text" (UTF-16LE, tab-separated) are choices in its Save As list. GB18030 decodes almost
any byte sequence, so "try UTF-8, then GBK" turns a Big5 陳小明 into 朝 and a Shift-JIS
佐藤太郎 into 嵅摗懢榊 without a word.

The decision: a byte-order mark decides; text that is valid UTF-8 is UTF-8; otherwise every
legacy candidate that decodes the bytes strictly is scored by how many of its characters
are *common in that encoding's own standard*: GB2312 level 1 (the 3,755 常用字), Big5's
frequently used characters (5,401), JIS X 0208 level 1 kanji plus kana, and each
standard's punctuation. Bytes read in the wrong code page land on rare characters, private
use code points or half-width katakana, which score nothing or less. Ties go to GBK, the
likeliest for our users (a name of two level-2 characters, 褚昊, scores 0 in every
reading and stays GBK). When no candidate decodes the bytes, or even the best reading has
more impossible characters than common ones, the file is refused, naming the encodings tried
(``EncodingUnknown``).

Measured on short member lists (``benchmarks/encodings.py``: 1-30 real-life names, four
header styles, four draws each; simplified Chinese in GBK, traditional in Big5, Japanese
in Shift-JIS), right out of 96 for GBK / Big5 / Shift-JIS: this decision 96 / 96 / 96;
charset-normalizer 3.5: 51 / 69 / 89 (names read as Thai, Korean, half-width katakana);
chardet 7.7: 86 / 93 / 92, or 92 / 93 / 93 limited to these encodings. One-name files with
rarer characters (李玥, 陳琰, 髙橋一), of 120 / 111 / 30: this 118 / 87 / 30; chardet
limited 96 / 80 / 27; charset-normalizer 0 / 49 / 19. So no library: a table of each
standard's own common characters does better on the short lists our users bring.
EUC-KR is not guessed: its hangul occupy the very byte rows of GB2312's level-1 hanzi, so
a Korean list reads as common Chinese characters (0/72 with it as a candidate); it can be
chosen by hand.
"""

from __future__ import annotations

import codecs
import unicodedata
from functools import cache

from models.core.errors import Code, DomainError

#: Encodings tried on text that is not UTF-8, in the order that wins a tie.
CANDIDATES = ("gb18030", "cp950", "big5hkscs", "cp932")
#: Encodings a person can choose instead of the guess, with how they are named to them.
CHOICES = {"utf-8": "UTF-8", "gb18030": "GBK/GB18030", "cp950": "Big5",
           "big5hkscs": "Big5-HKSCS", "cp932": "Shift-JIS", "cp949": "EUC-KR",
           "utf-16": "UTF-16"}
#: Codec names as people know them (a detected or chosen encoding, shown back).
LABELS = {**CHOICES, "utf-8-sig": "UTF-8 (BOM)", "utf-16-le": "UTF-16LE",
          "utf-16-be": "UTF-16BE"}
#: Non-ASCII characters scored: enough to decide, bounded for a big file's head.
SCORED_CHARS = 20_000


class EncodingUnknown(DomainError):
    """No candidate encoding reads the bytes as plausible text (``Code.ENCODING_UNKNOWN``;
    ``reason`` is the English wording)."""

    def __init__(self) -> None:
        super().__init__(Code.ENCODING_UNKNOWN)


def detect_encoding(head: bytes) -> str:
    """The codec name for text starting with ``head`` (may end mid-character).

    A BOM decides (``utf-8-sig``, ``utf-16``); UTF-16 without one is recognised by its
    zero bytes; valid UTF-8 is ``utf-8``; else the best scored of ``CANDIDATES``.
    Raises ``EncodingUnknown``.
    """
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in head:
        return _utf16_without_bom(head)
    if _decodes(head, "utf-8") is not None:
        return "utf-8"
    best, best_score = None, -1.0
    for codec in CANDIDATES:
        text = _decodes(head, codec)
        if text is None:
            continue
        score = plausibility(text, codec)
        if score > best_score:
            best, best_score = codec, score
    if best is None or best_score < 0:
        raise EncodingUnknown()
    return best


def decode_text(data: bytes) -> str:
    """All of ``data`` decoded by ``detect_encoding`` (strictly). Raises ``EncodingUnknown``."""
    encoding = detect_encoding(data)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise EncodingUnknown() from None


def plausibility(text: str, codec: str) -> float:
    """From -1 to 1: the share of the non-ASCII characters common in ``codec``'s standard,
    less the share that real text never holds (private use, unassigned, control
    characters; half-width katakana outside Shift-JIS, where old systems' furigana use
    them: there they count as neither). 0 for plain ASCII."""
    common = _common(_FAMILY[codec])
    total = points = 0
    for char in text:
        if char < "\x80":
            continue
        total += 1
        if char in common:
            points += 1
        elif unicodedata.category(char) in ("Co", "Cn", "Cc") or (
                "\uff61" <= char <= "\uff9f" and codec != "cp932"):
            points -= 1
        if total >= SCORED_CHARS:
            break
    return points / total if total else 0.0


def _decodes(head: bytes, codec: str) -> str | None:
    try:
        return codecs.getincrementaldecoder(codec)().decode(head, final=False)
    except UnicodeDecodeError:
        return None


def _utf16_without_bom(head: bytes) -> str:
    """UTF-16 saved without a BOM: text of ASCII delimiters and digits has a zero in every
    other byte, on the odd positions for little-endian."""
    even, odd = head[0::2].count(0), head[1::2].count(0)
    codec = "utf-16-le" if odd > even else "utf-16-be"
    text = _decodes(head[:len(head) & ~1], codec)
    if text is None or max(even, odd) < len(head) // 8 or any(
            unicodedata.category(c) in ("Cc", "Co", "Cn") and c not in "\t\r\n" for c in text):
        raise EncodingUnknown()
    return codec


_FAMILY = {"gb18030": "gb", "cp950": "big5", "big5hkscs": "big5", "cp932": "sjis"}
_BIG5_TRAILS = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
_SJIS_TRAILS = [*range(0x40, 0x7F), *range(0x80, 0xFD)]
#: (codec, lead bytes, trail bytes) of each standard's common characters and punctuation.
_COMMON_ROWS = {
    # GB2312: rows 1-3 symbols and full-width forms, 16-55 the level-1 hanzi.
    "gb": [("gb2312", range(0xA1, 0xA4), range(0xA1, 0xFF)),
           ("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF))],
    # Big5: A140-A3FE symbols, A440-C67E the frequently used characters.
    "big5": [("cp950", range(0xA1, 0xC7), _BIG5_TRAILS)],
    # JIS X 0208 in Shift-JIS: 81-84 symbols, kana, 889F-9872 level-1 kanji.
    "sjis": [("cp932", range(0x81, 0x85), _SJIS_TRAILS),
             ("cp932", range(0x88, 0x99), _SJIS_TRAILS)],
}


@cache
def _common(family: str) -> frozenset[str]:
    found: set[str] = set()
    for codec, leads, trails in _COMMON_ROWS[family]:
        for lead in leads:
            for trail in trails:
                try:
                    found.add(bytes((lead, trail)).decode(codec))
                except UnicodeDecodeError:
                    pass
    return frozenset(found)
