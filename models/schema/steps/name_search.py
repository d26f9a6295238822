"""The members' search columns as formats 3 to 12 compute them, frozen for steps 3 and 11.

Step 3 fills ``name_key``, ``search_pinyin``, ``search_grams`` and ``search_head`` for
every member; step 11 computes every ``name_key`` again (its syllables now end with
``NAME_KEY_END``). This is the rule the app applied when those steps were frozen
(``models/search_index.py`` and ``models/pinyin_text.py`` of format 12), written plainly:
the app's copy adds caches and fast paths held to the same rule by its tests. pypinyin
reads the characters, as it does for the app.

Never edit this module: a new way to key or search names is a new step with its own copy
(it must compute the columns of every member again anyway).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[0-9a-z]+")

#: Ends the syllables of a ``name_key`` (format 11 on): below the space between
#: syllables, so a name sorts before the longer names it starts (白斌 before 白斌博).
NAME_KEY_END = "\x1f"

#: How polyphonic characters are read as a surname (曾 is zeng as a surname, ceng as a
#: word). The surname reading comes first.
SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "仇": "qiu", "解": "xie", "查": "zha", "区": "ou", "朴": "piao",
    "覃": "qin", "盖": "ge", "缪": "miao", "种": "chong", "繁": "po", "乐": "yue", "员": "yun",
    "贲": "ben", "句": "gou", "秘": "bi", "召": "shao", "宿": "su", "翟": "zhai", "祭": "zhai",
    "隗": "wei", "眭": "sui", "黑": "he", "薄": "bo", "折": "she", "过": "guo", "能": "nai",
    "都": "du", "纪": "ji", "任": "ren", "华": "hua", "沈": "shen", "朝": "chao", "冼": "xian",
    "燕": "yan", "阚": "kan", "长": "chang", "重": "chong", "藏": "zang", "尉": "wei",
    "澹": "tan", "万": "wan", "洗": "xian", "令": "ling", "殷": "yin", "蕃": "pi", "莘": "shen",
}


def normalize(text: str | None) -> str:
    """Full-width to half-width, lower case, trimmed."""
    return unicodedata.normalize("NFKC", text or "").lower().strip()


@cache
def char_readings(char: str) -> tuple[str, ...]:
    """Every toneless reading of one character, the most common first."""
    from pypinyin import Style, pinyin

    readings = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")
    return tuple(dict.fromkeys(readings[0])) if readings else ()


@lru_cache(maxsize=100_000)
def _run_syllables(run: str) -> tuple[str, ...]:
    """A run of Chinese characters read character by character, unless one of them has
    several readings: then pypinyin reads the run as words (重庆 is chong qing)."""
    syllables = []
    for char in run:
        readings = char_readings(char)
        if len(readings) != 1:
            from pypinyin import Style, lazy_pinyin

            return tuple(lazy_pinyin(run, style=Style.NORMAL, errors="ignore"))
        syllables.append(readings[0])
    return tuple(syllables)


@lru_cache(maxsize=100_000)
def spellings(text: str) -> tuple[tuple[str, ...], ...]:
    """Every way to spell the Chinese characters of ``text``, as tuples of syllables, the
    surname reading of the first character first ("Lucky小雨" -> (("xiao", "yu"),))."""
    if not text or not _HAN.search(text):
        return ()
    runs = _HAN_RUN.findall(text)
    syllables = [syllable for run in runs for syllable in _run_syllables(run)]
    if not syllables:
        return ()
    first_char = runs[0][0]
    first_readings = [SURNAME_READINGS.get(first_char, syllables[0]), syllables[0],
                      *char_readings(first_char)]
    return tuple((first, *syllables[1:]) for first in dict.fromkeys(first_readings))


def head_reading(char: str) -> str:
    """A surname's fixed reading for sorting: its surname reading, else its most common."""
    readings = char_readings(char)
    return SURNAME_READINGS.get(char, readings[0] if readings else "")


def _head_char(text: str) -> str:
    text = normalize(text)
    return text[0] if text and _HAN_RUN.match(text[0]) else ""


@lru_cache(maxsize=100_000)
def name_key(display_name: str) -> str:
    """Syllables spaced, then ``NAME_KEY_END`` and the name: "zhang wei\\x1f张伟"."""
    text = normalize(display_name)
    readings = spellings(text)
    if not readings:
        return text
    syllables = list(readings[0])
    head = _head_char(text)
    if head:
        syllables[0] = head_reading(head)
    return " ".join(syllables) + NAME_KEY_END + text


def _field_pinyin(raw: str) -> list[str]:
    """Syllables, full spellings and initials: ["zhang", "wei", "zhangwei", "zw"]."""
    parts: list[str] = []
    for syllables in spellings(normalize(raw)):
        parts.extend(syllables)
        parts.append("".join(syllables))
        parts.append("".join(s[0] for s in syllables if s))
    return parts


def _field_grams(raw: str) -> set[str]:
    """One- and two-character pieces of the Chinese, word starts, pinyin initials and
    syllable starts."""
    field = normalize(raw)
    found: set[str] = set()
    for run in _HAN_RUN.findall(field):
        found.update(run)
        found.update(map(str.__add__, run, run[1:]))
    for word in _WORD.findall(field):
        found.add(word[:1])
        found.add(word[:2])
    readings = spellings(field)
    if readings:
        rest = readings[0][1:]
        rest_initials = "".join([s[0] for s in rest if s])
        for syllable in rest:
            found.add(syllable[:1])
            found.add(syllable[:2])
        for syllables in readings:
            first = syllables[0]
            initials = first[:1] + rest_initials
            found.update(initials)
            found.update(map(str.__add__, initials, initials[1:]))
            found.add(first[:1])
            found.add(first[:2])
    found.discard("")
    return found


def search_columns(display_name: str | None,
                   nickname: str | None) -> tuple[str, str, str, str]:
    """(``name_key``, ``search_pinyin``, ``search_grams``, ``search_head``) of a member.

    ``search_head``: the name's first character when it occurs nowhere else in the name
    or the nickname, the pinyin of that character and the full spelling (张 zhang
    zhangwei); ``search_grams`` and ``search_pinyin`` hold every other piece.
    """
    name, nick = display_name or "", nickname or ""
    text = normalize(name)
    head = text[0] if text and _HAN_RUN.match(text[0]) else ""
    tokens: list[str] = []
    if head:
        readings = spellings(text)
        rest = readings[0][1:] if readings else ()
        first = head_reading(head)
        tokens = [first, first + "".join(rest)]
        if text.count(head) == 1 and head not in normalize(nick):
            tokens.insert(0, head)
    pinyin = [t for t in dict.fromkeys([*_field_pinyin(name), *_field_pinyin(nick)])
              if t not in tokens]
    grams = _field_grams(name) | _field_grams(nick)
    if tokens and tokens[0] == head:
        grams.discard(head)
    return name_key(name), " ".join(pinyin), " ".join(sorted(grams)), " ".join(tokens)
