"""Members who are probably one person: the suggestions of "Find duplicates".

Two live records (not in the trash, not erased) are suggested when they hold the same phone,
WeChat id or email (stored cleaned, as the import and the form store them), or when their
names read the same in pinyin (张伟 and 章伟: the toneless syllables that start ``name_key``)
and they share one more thing: the city, the last four digits of the phone, the source, or a
community. Same name and same city is its own reason. Such a shared field is weak evidence
(a roster of one group shares its community, most members came from two or three sources),
so records that hold two different phones are taken for two people there: on the million-
member demo roster, 63,000 of 115,000 suggestions were such pairs and buried the strong
ones. A shared phone ending is the exception: it expects a digit mistyped. A name that more
than ``MOST_ALIKE`` live members read the same way (the hundreds of 张伟 in a big roster) is a
common name: sharing a city or a source among them says little, so it is left to the exact
keys. Each suggestion says why (``Reason``), worded by the view. Pairs the operator marked
"not the same person" (``not_duplicates``) are left out; ``mark_not_duplicates`` writes such
a pair.

The exact keys are found set-based: a GROUP BY over the key's own index (the same reading
as the reference ``SELECT phone, count(*) … HAVING count(*) > 1``), then only the
duplicated values are looked up again for who holds them. The names read only the index
``members_alike`` (format 17: name key, trash mark, city, source, phone), never a member's
wide row: a GROUP BY over its names in order, summed by syllables here, then the members of
the small groups (an index range per syllables), whose shared city, phone ending, source or
community are found by GROUP BYs in SQL, so only what is shared comes back (in chunks of
groups, progress and Cancel between them and, through a progress handler, inside).
Member identities (platform, community, value) are unique by index, so no two members hold
one; but a WeChat id a chat import remembered for one record can be another record's
``wechat_id``.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from itertools import combinations
from operator import attrgetter

from models.core.changes import Change
from models.core.clock import now_iso
from models.core.errors import Cancelled
from models.members.records import ERASED_NAME
from models.search import text_index
from models.search.text_index import NAME_KEY_END

Progress = Callable[[str, int, int], bool]

#: More live members than this reading a name the same way: a common name, not one person.
MOST_ALIKE = 5
#: How often a long query asks whether to go on (Cancel), in seconds.
ASK_SECONDS = 0.2
#: SQLite steps between two looks at the clock while a query runs.
ASK_EVERY = 100_000


class Reason(StrEnum):
    """Why two records look like one person (stable: the view words each)."""

    PHONE = "phone"
    WECHAT = "wechat"
    EMAIL = "email"
    IDENTITY = "identity"
    NAME_CITY = "name_city"
    PINYIN_CITY = "pinyin_city"
    PINYIN_PHONE_TAIL = "pinyin_phone_tail"
    PINYIN_SOURCE = "pinyin_source"
    PINYIN_COMMUNITY = "pinyin_community"


#: The exact keys: reason -> (column, index that holds it).
EXACT = {Reason.PHONE: ("phone", "members_phone"),
         Reason.WECHAT: ("wechat_id", "members_wechat_id"),
         Reason.EMAIL: ("email", "members_email")}


@dataclass(frozen=True, slots=True)
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


def identity_groups(conn: sqlite3.Connection) -> list[Suggestion]:
    """A record whose WeChat id a chat import remembered for another record (the chat
    created someone the spreadsheet already had). Identities are unique by index, so two
    records never share one; this is the one way a remembered identity names two people."""
    rows = conn.execute(
        "SELECT i.value, min(i.member_id, m.id), max(i.member_id, m.id)"
        " FROM member_identities i JOIN members m INDEXED BY members_wechat_id"
        " ON m.wechat_id = lower(i.value) JOIN members o ON o.id = i.member_id"
        " WHERE i.platform = 'wechat' AND i.community_id IS NULL AND m.id <> i.member_id"
        " AND m.deleted_at IS NULL AND o.deleted_at IS NULL ORDER BY 2, 3")
    return [Suggestion(Reason.IDENTITY, (a, b), value) for value, a, b in rows]


#: Groups of alike names looked at in one query (and between two progress calls).
CHUNK = 20_000
#: The syllables of a ``name_key`` (before ``NAME_KEY_END``; a name without pinyin, such as
#: "Alice", is its own key).
_SOUND = (f"substr(name_key, 1, instr(name_key || char({ord(NAME_KEY_END)}),"
          f" char({ord(NAME_KEY_END)})) - 1)")
#: The live members of each group of alike names (``[[group, syllables], ...]`` as JSON),
#: read from ``members_alike`` alone (format 17): the names with these syllables are the
#: syllables themselves or start with them and ``NAME_KEY_END`` (one range of the index).
_MEMBERS = (
    "WITH g(grp, sound) AS (SELECT value ->> 0, value ->> 1 FROM json_each(?)),"
    " mm AS MATERIALIZED (SELECT g.grp, m.id, m.name_key AS name, m.city,"
    " m.phone, substr(m.phone, -4) AS tail, m.source FROM g JOIN members m"
    " INDEXED BY members_alike"
    " ON m.name_key >= g.sound AND m.name_key < g.sound || ' '"
    f" WHERE m.deleted_at IS NULL AND (m.name_key = g.sound OR substr(m.name_key,"
    f" length(g.sound) + 1, 1) = char({ord(NAME_KEY_END)})))")
#: What members of one group share, a row per (reason, group, value): the per-group tests
#: run in SQL, so only what is shared comes back. A city, source or community shared by
#: records holding two different phones is left out (``_ONE_PHONE``); a shared phone ending
#: is the one reason that expects them to differ (a digit mistyped).
_ONE_PHONE = "count(DISTINCT phone) <= 1"
_SHARED = _MEMBERS + " UNION ALL ".join(
    f" SELECT '{reason}', grp, {column}, group_concat(id), count(DISTINCT name) FROM mm"
    f" WHERE {column} <> '' GROUP BY grp, {column} HAVING count(*) > 1{also}"
    for reason, column, also in (
        (Reason.PINYIN_CITY, "city", f" AND {_ONE_PHONE}"),
        (Reason.PINYIN_PHONE_TAIL, "tail", ""),
        (Reason.PINYIN_SOURCE, "source", f" AND {_ONE_PHONE}"))) + (
    f" UNION ALL SELECT '{Reason.PINYIN_COMMUNITY}', grp, c.name, group_concat(mm.id), 0"
    " FROM mm JOIN memberships ms ON ms.member_id = mm.id JOIN communities c"
    " ON c.id = ms.community_id GROUP BY grp, c.name HAVING count(*) > 1"
    " AND count(DISTINCT mm.phone) <= 1")


_REASONS = {reason.value: reason for reason in Reason}


def alike_names(conn: sqlite3.Connection) -> list[str]:
    """The syllables read by 2 to ``MOST_ALIKE`` live members: one GROUP BY over the
    names of ``members_alike`` in its order (no sort, no member row read), then the far
    fewer distinct names summed by their syllables."""
    totals: dict[str, int] = defaultdict(int)
    for sound, count in conn.execute(
            f"SELECT {_SOUND}, count(*) FROM members INDEXED BY members_alike"
            " WHERE deleted_at IS NULL AND name_key <> ? GROUP BY name_key",
            (text_index.name_key(ERASED_NAME),)):
        totals[sound] += count
    return sorted(sound for sound, total in totals.items() if 2 <= total <= MOST_ALIKE)


def name_groups(conn: sqlite3.Connection, progress: Progress | None = None) -> list[Suggestion]:
    """Live members whose names read alike and who share a city, a phone's last four
    digits, a source or a community (see the module's docstring)."""
    sounds = alike_names(conn)
    found: list[Suggestion] = []
    same_key: list[Suggestion] = []  # one name key, a city: the same name if the names are
    for start in range(0, len(sounds), CHUNK):
        _check(progress, "names", start, len(sounds))
        chunk = json.dumps(list(enumerate(sounds[start:start + CHUNK])))
        for reason, _group, value, ids, names in conn.execute(_SHARED, (chunk,)):
            suggestion = Suggestion(_REASONS[reason], tuple(sorted(map(int, ids.split(",")))),
                                    value)
            (same_key if names == 1 and reason == Reason.PINYIN_CITY else found).append(
                suggestion)
    _check(progress, "names", len(sounds), len(sounds))
    return found + _same_names(conn, same_key)


def _same_names(conn: sqlite3.Connection, found: list[Suggestion]) -> list[Suggestion]:
    """Same name and same city is its own reason: members whose name keys are one (the
    key folds width and case) are read for their names as stored."""
    ids = sorted({i for s in found for i in s.member_ids})
    names: dict[int, str] = {}
    for start in range(0, len(ids), CHUNK):
        names.update(conn.execute(
            "SELECT m.id, m.display_name FROM json_each(?) AS j JOIN members m ON m.id = j.value",
            (json.dumps(ids[start:start + CHUNK]),)))
    return [Suggestion(Reason.NAME_CITY, s.member_ids, s.value)
            if len({names[i] for i in s.member_ids}) == 1 else s for s in found]


def not_duplicate_pairs(conn: sqlite3.Connection) -> set[tuple[int, int]]:
    return {(a, b) for a, b in conn.execute("SELECT first_id, second_id FROM not_duplicates")}


def suggestions(conn: sqlite3.Connection, progress: Progress | None = None,
                reasons: Iterable[Reason] | None = None) -> list[Suggestion]:
    """Every suggestion, strongest reason first, each pair once (the first reason that
    found it; for one reason, the first value in order), leaving out pairs marked "not the
    same person". ``progress(step, done, total)`` returning False cancels (``Cancelled``),
    also in the middle of a query."""
    wanted = set(reasons) if reasons is not None else set(Reason)
    found: list[Suggestion] = []
    exact = [r for r in EXACT if r in wanted]
    last: list = ["phone", 0, 1]  # what progress was last told, told again while waiting

    def told(step: str, done: int, total: int) -> bool:
        last[:] = [step, done, total]
        return progress(step, done, total) if progress is not None else True

    with _asking(conn, told if progress is not None else None, last):
        for n, reason in enumerate(exact):
            _check(told, reason.value, n, len(exact) + 1)
            found.extend(exact_groups(conn, reason))
        if Reason.IDENTITY in wanted:
            found.extend(identity_groups(conn))
        if wanted - set(EXACT):
            found.extend(s for s in name_groups(conn, told) if s.reason in wanted)
    _check(progress, "done", 1, 1)
    by_reason: dict[Reason, list[Suggestion]] = {reason: [] for reason in Reason}
    for suggestion in found:
        by_reason[suggestion.reason].append(suggestion)
    kept: list[Suggestion] = []
    covered: set[tuple[int, int]] = not_duplicate_pairs(conn)
    for bucket in by_reason.values():  # strongest reason first
        bucket.sort(key=attrgetter("member_ids", "value"))
        for suggestion in bucket:
            ids = suggestion.member_ids
            if len(ids) == 2:  # most: one pair, no list of pairs made
                pair = (ids[0], ids[1]) if ids[0] < ids[1] else (ids[1], ids[0])
                if pair in covered:
                    continue
                covered.add(pair)
            else:
                pairs = suggestion.pairs()
                if covered.issuperset(pairs):
                    continue
                covered.update(pairs)
            kept.append(suggestion)
    return kept


@contextmanager
def _asking(conn: sqlite3.Connection, progress: Progress | None,
            last: list) -> Iterator[None]:
    """While a long query runs (a GROUP BY over a million names takes seconds), ask
    ``progress`` a few times a second whether to go on; a cancel stops the query."""
    if progress is None:
        yield
        return
    state = {"asked": time.monotonic(), "stopped": False}

    def handler() -> int:
        now = time.monotonic()
        if now - state["asked"] >= ASK_SECONDS:
            state["asked"] = now
            state["stopped"] = not progress(*last)
        return int(state["stopped"])

    conn.set_progress_handler(handler, ASK_EVERY)
    try:
        yield
    except sqlite3.OperationalError:
        if state["stopped"]:
            raise Cancelled() from None
        raise
    finally:
        conn.set_progress_handler(None, 0)


def mark_not_duplicates(conn: sqlite3.Connection, first_id: int, second_id: int) -> Change:
    """Record that these two records are two people, so suggestions leave them apart."""
    low, high = sorted((first_id, second_id))
    conn.execute("INSERT OR IGNORE INTO not_duplicates (first_id, second_id, marked_at)"
                 " VALUES (?, ?, ?)", (low, high, now_iso()))
    return Change.of("not_duplicates", ids=[low, high])
