"""Keyword counts over the message texts a chat import kept (only when the operator ticked
"keep message text": by default a chat import stores who, when and which kind, not what).

A keyword counts the messages in the period whose text contains it (case-insensitive for
Latin letters, as SQLite's ``lower`` folds only those) and the people who wrote them,
people in the trash included: history keeps their messages, and no one is listed here.
One pass over the period's kept texts per keyword, on the caller's worker.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from models.analytics.period import Period

#: At most this many keywords are counted at once (each is one pass over the texts).
MOST = 12
_SEPARATORS = re.compile(r"[,，、;；\s]+")


@dataclass(frozen=True)
class KeywordCount:
    word: str
    messages: int
    people: int


def has_texts(conn: sqlite3.Connection) -> bool:
    """True once any import kept message texts (the keyword box is offered then)."""
    return conn.execute("SELECT 1 FROM activity_texts LIMIT 1").fetchone() is not None


def split_keywords(text: str) -> list[str]:
    """The keywords typed in one line: separated by commas (, ，、), semicolons or spaces;
    each once, in the order typed, at most ``MOST``."""
    words: list[str] = []
    for word in _SEPARATORS.split(text.strip()):
        if word and word.lower() not in (w.lower() for w in words):
            words.append(word)
    return words[:MOST]


def keyword_counts(conn: sqlite3.Connection, community_id: int | None, period: Period,
                   words: list[str]) -> list[KeywordCount]:
    """For each of ``words``, the kept messages of ``period`` (in ``community_id``, or in any
    community) containing it, and how many people wrote them; most messages first."""
    scope = "a.community_id IS NOT NULL" if community_id is None else "a.community_id = :c"
    found = []
    for word in words:
        messages, people = conn.execute(
            f"""SELECT count(*), count(DISTINCT a.member_id)
                FROM activity_texts t JOIN activities a ON a.id = t.activity_id
                WHERE a.occurred_at >= :lo AND a.occurred_at < :hi AND {scope}
                  AND instr(lower(t.text), lower(:w)) > 0""",
            {"lo": period.lo, "hi": period.hi, "c": community_id, "w": word}).fetchone()
        found.append(KeywordCount(word, int(messages), int(people)))
    return sorted(found, key=lambda k: (-k.messages, words.index(k.word)))
