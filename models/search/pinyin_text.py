"""Pinyin spellings of names, for search: 张伟 -> "zhangwei" and "zw".

Computed when a member is written, never when searching. A polyphonic first character
(曾 zeng/ceng, 单 shan/dan, 仇 qiu/chou) is a surname more often than not, so every
reading of it is kept and either spelling finds the member. pypinyin is imported on first
use (its dictionaries take ~0.3 s); readings are cached per character, and runs with a
polyphonic character per run, because pypinyin takes ~0.1 ms a call and a million members
have a few hundred thousand distinct names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def has_han(text: str) -> bool:
    return bool(_HAN.search(text))


#: How polyphonic characters are read as a surname (曾 is zeng as a surname, ceng as a
#: word). The surname reading comes first, so names sort as Chinese readers expect.
SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "仇": "qiu", "解": "xie", "查": "zha", "区": "ou", "朴": "piao",
    "覃": "qin", "盖": "ge", "缪": "miao", "种": "chong", "繁": "po", "乐": "yue", "员": "yun",
    "贲": "ben", "句": "gou", "秘": "bi", "召": "shao", "宿": "su", "翟": "zhai", "祭": "zhai",
    "隗": "wei", "眭": "sui", "黑": "he", "薄": "bo", "折": "she", "过": "guo", "能": "nai",
    "都": "du", "纪": "ji", "任": "ren", "华": "hua", "沈": "shen", "朝": "chao", "冼": "xian",
    "燕": "yan", "阚": "kan", "长": "chang", "重": "chong", "藏": "zang", "尉": "wei",
    "澹": "tan", "万": "wan", "洗": "xian", "令": "ling", "殷": "yin", "蕃": "pi", "莘": "shen",
}


@lru_cache(maxsize=100_000)
def spellings(text: str) -> tuple[tuple[str, ...], ...]:
    """Every way to spell the Chinese characters of ``text``, as tuples of syllables,
    the surname reading of the first character first.

    Non-Chinese characters are left out: "Lucky小雨" -> (("xiao", "yu"),); "" -> ().
    """
    if not text or not has_han(text):
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
    """How a name starting with ``char`` is read for sorting: its surname reading, else its
    most common one (王 is wang, whatever else it can be). Fixed per character, so all the
    names starting with it sort together."""
    readings = char_readings(char)
    return SURNAME_READINGS.get(char, readings[0] if readings else "")


@cache
def char_readings(char: str) -> tuple[str, ...]:
    """Every reading of one character, the most common first (a few thousand, cached)."""
    from pypinyin import Style, pinyin

    readings = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")
    # Without tones, several readings often collapse into one (华 huá/huà -> hua).
    return tuple(dict.fromkeys(readings[0])) if readings else ()


@lru_cache(maxsize=100_000)
def _run_syllables(run: str) -> tuple[str, ...]:
    """Syllables of a run of Chinese characters. Character by character (cached, fast)
    unless one of them has several readings: then pypinyin reads the run as words
    (重庆 is chong qing, not zhong qing)."""
    single = _SINGLE
    syllables = []
    for char in run:
        reading = single.get(char, _UNSEEN)
        if reading is _UNSEEN:
            readings = char_readings(char)
            reading = single[char] = readings[0] if len(readings) == 1 else None
        if reading is None:
            return _word_by_word(run)
        syllables.append(reading)
    return tuple(syllables)


def run_cache() -> Any:
    """The cache of runs' syllables (``search_index.clear_caches`` empties it)."""
    return _run_syllables


#: Each character's only reading, or None when it has several (or none).
_SINGLE: dict[str, str | None] = {}
_UNSEEN = ""  # never a reading: pypinyin's readings are never empty
_PLAIN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")


def _word_by_word(run: str) -> tuple[str, ...]:
    """What ``lazy_pinyin(run, style=NORMAL, errors="ignore")`` does, word by word: split
    into words the way it does, then read each word (cached: names share their words,
    and reading one costs ~30 us). tests/models/test_pinyin_text.py holds it to that."""
    from pypinyin.constants import PHRASES_DICT
    from pypinyin.seg import mmseg
    from pypinyin.seg.simpleseg import seg

    words: Iterable[str]
    if PHRASES_DICT and _PLAIN_RUN.fullmatch(run):  # what ``seg`` comes down to for these
        words = mmseg.seg.cut(run)
    else:
        words = seg(run)
    return tuple(syllable for word in words for syllable in _word_syllables(word))


@lru_cache(maxsize=100_000)
def _word_syllables(word: str) -> tuple[str, ...]:
    """``lazy_pinyin``'s reading of one word it has already split off."""
    return tuple(s for one in _converter().convert(word, _normal_style(), False, "ignore",
                                                   strict=True) for s in one)


@cache
def _converter() -> Any:
    """The converter ``pypinyin.lazy_pinyin`` builds on each call (its defaults)."""
    from pypinyin.converter import UltimateConverter

    return UltimateConverter(v_to_u=False, neutral_tone_with_five=False, tone_sandhi=False)


@cache
def _normal_style() -> Any:
    from pypinyin import Style

    return Style.NORMAL
