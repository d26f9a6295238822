"""Members who are probably one person: the suggestions of "Find duplicates".

Two live records (not in the trash, not erased) are suggested when they hold the same phone,
WeChat id or email (stored cleaned, as the import and the form store them), or when their
names read the same in pinyin (张伟 and 章伟: the toneless syllables that start ``name_key``)
and they share one more thing: the city, the last four digits of the phone, the source, or a
community. Same name and same city is its own reason. Each suggestion says why
(``Reason``), worded by the view. Pairs the operator marked "not the same person"
(``not_duplicates``) are left out; ``mark_not_duplicates`` writes such a pair.

The exact keys are found set-based: a GROUP BY over the key's own index (the same reading
as the reference ``SELECT phone, count(*) … HAVING count(*) > 1``), then only the
duplicated values are looked up again for who holds them. The names are one pass over the
members' rows, bucketed by (pinyin, shared field); a bucket larger than ``MOST_ALIKE`` is
a common name (the hundred 张伟 of Beijing), not one person, and is left out. Member
identities (platform, community, value) are unique by index, so no two members hold one.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from itertools import combinations

from models.core.changes import Change
from models.core.clock import now_iso
from models.core.errors import Cancelled
from models.members.records import ERASED_NAME
from models.search.text_index import NAME_KEY_END

Progress = Callable[[str, int, int], bool]

#: A name bucket larger than this is a common name, not one person written twice.
MOST_ALIKE = 5
#: Rows read between two progress calls (and chances to cancel) in the name pass.
STRIDE = 50_000


class Reason(StrEnum):
    """Why two records look like one person (stable: the view words each)."""

    PHONE = "phone"
    WECHAT = "wechat"
    EMAIL = "email"
    NAME_CITY = "name_city"
    PINYIN_CITY = "pinyin_city"
    PINYIN_PHONE_TAIL = "pinyin_phone_tail"
    PINYIN_SOURCE = "pinyin_source"
    PINYIN_COMMUNITY = "pinyin_community"


#: The exact keys: reason -> (column, index that holds it).
EXACT = {Reason.PHONE: ("phone", "members_phone"),
         Reason.WECHAT: ("wechat_id", "members_wechat_id"),
         Reason.EMAIL: ("email", "members_email")}


@dataclass(frozen=True)
class Suggestion:
    """Members that look like one person, and why. Ids oldest record first: by
    ``created_at`` for the exact keys, by id (the order records were added) for names."""

    reason: Reason
    member_ids: tuple[int, ...]
    #: What they share, as stored (the phone, the city, the source, a community's name).
    value: str

    def pairs(self) -> list[tuple[int, int]]:
        return list(combinations(sorted(self.member_ids), 2))


def _check(progress: Progress | None, step: str, done: int, total: int) -> None:
    if progress is not None and not progress(step, done, total):
        raise Cancelled()


def exact_groups(conn: sqlite3.Connection, reason: Reason) -> list[Suggestion]:
    """Live members sharing the reason's key (phone, WeChat id or email), a group per value."""
    column, index = EXACT[reason]
    rows = conn.execute(
        f"SELECT m.{column}, m.id FROM (SELECT {column} AS v FROM members INDEXED BY {index}"
        f" WHERE {column} IS NOT NULL GROUP BY {column} HAVING count(*) > 1) AS d"
        f" JOIN members m INDEXED BY {index} ON m.{column} = d.v"
        " WHERE m.deleted_at IS NULL AND m.display_name <> ?"
        " ORDER BY m.created_at, m.id", (ERASED_NAME,))
    groups: dict[str, list[int]] = defaultdict(list)
    for value, member_id in rows:
        groups[value].append(member_id)
    return [Suggestion(reason, tuple(ids), value)
            for value, ids in sorted(groups.items()) if len(ids) > 1]


def _pinyin(name_key: str) -> str:
    """The toneless syllables of a name (the part of ``name_key`` before the name)."""
    return name_key.split(NAME_KEY_END, 1)[0]


def name_groups(conn: sqlite3.Connection, progress: Progress | None = None) -> list[Suggestion]:
    """Live members whose names read alike and who share a city, a phone's last four
    digits, a source or a community (see the module's docstring)."""
    total = int(conn.execute("SELECT max(id) FROM members").fetchone()[0] or 0)
    buckets: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    names: dict[int, str] = {}
    by_pinyin: dict[str, list[int]] = defaultdict(list)
    cursor = conn.execute(
        "SELECT id, name_key, display_name, city, substr(phone, -4), source FROM members"
        " WHERE deleted_at IS NULL AND display_name <> ?", (ERASED_NAME,))
    seen = 0
    while rows := cursor.fetchmany(STRIDE):
        for member_id, key, name, city, tail, source in rows:
            pinyin = _pinyin(key)
            if not pinyin:
                continue
            names[member_id] = name
            by_pinyin[pinyin].append(member_id)
            if city:
                buckets[(pinyin, "city", city)].append(member_id)
            if tail:
                buckets[(pinyin, "tail", tail)].append(member_id)
            if source:
                buckets[(pinyin, "source", source)].append(member_id)
        seen = rows[-1][0]
        _check(progress, "names", seen, total)
    found: list[Suggestion] = []
    for (_, kind, value), ids in buckets.items():
        if not 1 < len(ids) <= MOST_ALIKE:
            continue
        ids.sort()
        if kind == "city":
            same = len({names[i] for i in ids}) == 1
            found.append(Suggestion(Reason.NAME_CITY if same else Reason.PINYIN_CITY,
                                    tuple(ids), value))
        elif kind == "tail":
            found.append(Suggestion(Reason.PINYIN_PHONE_TAIL, tuple(ids), value))
        else:
            found.append(Suggestion(Reason.PINYIN_SOURCE, tuple(ids), value))
    alike = [sorted(ids) for ids in by_pinyin.values() if 1 < len(ids) <= MOST_ALIKE]
    found.extend(_sharing_a_community(conn, alike))
    return found


def _sharing_a_community(conn: sqlite3.Connection,
                         groups: list[list[int]]) -> list[Suggestion]:
    """Of these groups of alike names, the members of one group in one community."""
    if not groups:
        return []
    pairs = json.dumps([[g, m] for g, ids in enumerate(groups) for m in ids])
    rows = conn.execute(
        "WITH c(g, m) AS (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]')"
        " FROM json_each(?))"
        " SELECT c.g, ms.community_id, group_concat(c.m), cm.name FROM c"
        " JOIN memberships ms ON ms.member_id = c.m"
        " JOIN communities cm ON cm.id = ms.community_id"
        " GROUP BY c.g, ms.community_id HAVING count(*) > 1", (pairs,))
    return [Suggestion(Reason.PINYIN_COMMUNITY,
                       tuple(sorted(int(i) for i in ids.split(","))), name)
            for _, _, ids, name in rows]


def not_duplicate_pairs(conn: sqlite3.Connection) -> set[tuple[int, int]]:
    return {(a, b) for a, b in conn.execute("SELECT first_id, second_id FROM not_duplicates")}


def suggestions(conn: sqlite3.Connection, progress: Progress | None = None,
                reasons: Iterable[Reason] | None = None) -> list[Suggestion]:
    """Every suggestion, strongest reason first, each pair once (the first reason that
    found it), leaving out pairs marked "not the same person". ``progress(step, done,
    total)`` returning False cancels (``Cancelled``)."""
    wanted = set(reasons) if reasons is not None else set(Reason)
    found: list[Suggestion] = []
    exact = [r for r in EXACT if r in wanted]
    for n, reason in enumerate(exact):
        _check(progress, reason.value, n, len(exact) + 1)
        found.extend(exact_groups(conn, reason))
    if wanted - set(EXACT):
        found.extend(s for s in name_groups(conn, progress) if s.reason in wanted)
    _check(progress, "done", 1, 1)
    marked = not_duplicate_pairs(conn)
    order = list(Reason)
    found.sort(key=lambda s: (order.index(s.reason), s.member_ids))
    kept: list[Suggestion] = []
    covered: set[tuple[int, int]] = set(marked)
    for suggestion in found:
        fresh = [p for p in suggestion.pairs() if p not in covered]
        if not fresh:
            continue
        covered.update(suggestion.pairs())
        kept.append(suggestion)
    return kept


def mark_not_duplicates(conn: sqlite3.Connection, first_id: int, second_id: int) -> Change:
    """Record that these two records are two people, so suggestions leave them apart."""
    low, high = sorted((first_id, second_id))
    conn.execute("INSERT OR IGNORE INTO not_duplicates (first_id, second_id, marked_at)"
                 " VALUES (?, ?, ?)", (low, high, now_iso()))
    return Change.of("not_duplicates", ids=[low, high])
