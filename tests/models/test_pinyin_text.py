"""The cached, word-by-word pinyin and search columns give what the plain rules give.

Imports compute the search columns of every member; the fast paths (pypinyin's words read
once each, a name's part of the columns cached apart from its nickname's) must not change
a single token, or members would be found by one writer's columns and not another's.
"""

from __future__ import annotations

import random

import pytest
from pypinyin import Style, lazy_pinyin

from models.demo import vocab
from models.search import pinyin_text, text_index
from models.search.pinyin_text import head_reading, spellings
from models.search.text_index import _HAN_RUN, _WORD, _field_pinyin, head_char, name_key, normalize

TRICKY = ["", "重庆", "长春市长", "单雄信", "曾经", "银行行长", "乐乐", "朝阳", "张张", "张伟",
          "王小王", "ＡＢＣ张三", "  李 四 ", "Tom", "单单", "丶", "重庆火锅", "张", "﹏小雨﹏",
          "Zhang Wei", "😀王五", "Lucky小雨", "〇一", "欧阳娜娜", "区长", "覃覃", "朴树", "豈"]


def _names(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    surnames = [s[0] for s in vocab.SURNAMES]
    given = [*vocab.GIVEN_FEMALE, *vocab.GIVEN_MALE]
    common = [chr(c) for c in range(0x4E00, 0x9FA5)]
    names = [rng.choice(surnames) + rng.choice(given) + rng.choice(["", *given])
             for _ in range(count)]
    names += ["".join(rng.choice(common) for _ in range(rng.randint(1, 5)))
              for _ in range(count)]
    return names + TRICKY


def _plain_field_grams(raw: str) -> frozenset[str]:
    field = normalize(raw)
    found: set[str] = set()
    for run in _HAN_RUN.findall(field):
        found.update(run)
        found.update(run[i:i + 2] for i in range(len(run) - 1))
    for word in _WORD.findall(field):
        found.add(word[:1])
        found.add(word[:2])
    for syllables in spellings(field):
        initials = "".join(s[0] for s in syllables if s)
        found.update(initials)
        found.update(initials[i:i + 2] for i in range(len(initials) - 1))
        for syllable in syllables:
            found.add(syllable[:1])
            found.add(syllable[:2])
    found.discard("")
    return frozenset(found)


def _plain_search_columns(display_name: str | None,
                          nickname: str | None) -> tuple[str, str, str, str]:
    """``search_columns`` as first written, without the caches of the fast path."""
    name, nick = display_name or "", nickname or ""
    head = head_char(name)
    head_tokens: list[str] = []
    if head:
        readings = spellings(normalize(name))
        rest = readings[0][1:] if readings else ()
        first = head_reading(head)
        head_tokens = [first, first + "".join(rest)]
        if normalize(name).count(head) == 1 and head not in normalize(nick):
            head_tokens.insert(0, head)
    pinyin = [t for t in dict.fromkeys([*_field_pinyin(name), *_field_pinyin(nick)])
              if t not in head_tokens]
    grams = _plain_field_grams(name) | _plain_field_grams(nick)
    if head_tokens and head_tokens[0] == head:
        grams = grams - {head}
    return (name_key(name), " ".join(pinyin), " ".join(sorted(grams)),
            " ".join(head_tokens))


def test_word_by_word_reading_is_lazy_pinyin():
    pinyin_text._run_syllables.cache_clear()
    for run in _names(3_000):
        for piece in pinyin_text._HAN_RUN.findall(run):
            expected = tuple(lazy_pinyin(piece, style=Style.NORMAL, errors="ignore"))
            assert pinyin_text._run_syllables(piece) == expected, piece


def test_polyphonic_runs_read_as_words():
    assert pinyin_text._run_syllables("重庆") == ("chong", "qing")
    assert pinyin_text._run_syllables("银行行长") == ("yin", "hang", "hang", "zhang")


@pytest.mark.parametrize("seed", [1, 2])
def test_cached_search_columns_equal_the_plain_rule(seed):
    rng = random.Random(seed)
    names = _names(1_500, seed)
    nicknames = [None, "", *TRICKY, *(f"小{n[-1:]}" for n in names[:200])]
    pairs = [(n, rng.choice(nicknames)) for n in names]
    pairs += [(a, b) for a in TRICKY for b in [None, *TRICKY]]
    pairs += pairs[:500]  # asked twice: the cached answer is the same
    for name, nick in pairs:
        assert text_index.search_columns(name, nick) == _plain_search_columns(name, nick), \
            (name, nick)
