"""Who the members are (distributions) and who is drifting away (流失预警).

Distributions count current members: not in the trash, and for one community not yet
left. Age is ``today.year - birth_year``.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

#: (label, lowest age, highest age) in order; members without a birth year are 'unknown'.
AGE_BANDS = [("<18", 0, 17), ("18-24", 18, 24), ("25-29", 25, 29), ("30-34", 30, 34),
             ("35-39", 35, 39), ("40-49", 40, 49), ("50+", 50, 200)]
UNKNOWN = ""
TOP_CITIES = 10


@dataclass(frozen=True)
class Distributions:
    """Each a list of (value, members), largest first except age (in band order).
    ``UNKNOWN`` ('') stands for an empty field; 'other' cities are folded into '*'."""

    members: int
    gender: list[tuple[str, int]]
    age: list[tuple[str, int]]
    city: list[tuple[str, int]]
    spending: list[tuple[str, int]]
    source: list[tuple[str, int]]
    tags: list[tuple[str, int]]


def distributions(conn: sqlite3.Connection, community_id: int | None,
                  today: date) -> Distributions:
    if community_id is None:
        sql = ("SELECT gender, birth_year, city, spending_level, source, count(*)"
               " FROM members INDEXED BY members_profile WHERE deleted_at IS NULL"
               " GROUP BY 1, 2, 3, 4, 5")
        tag_sql = ("SELECT t.name, count(*) FROM member_tags mt JOIN tags t ON t.id = mt.tag_id"
                   " WHERE mt.member_id NOT IN (SELECT id FROM members"
                   " WHERE deleted_at IS NOT NULL) GROUP BY t.id ORDER BY 2 DESC, 1")
    else:
        sql = ("SELECT m.gender, m.birth_year, m.city, m.spending_level, m.source, count(*)"
               " FROM memberships ms JOIN members m ON m.id = ms.member_id"
               " WHERE ms.community_id = :c AND ms.left_at IS NULL AND m.deleted_at IS NULL"
               " GROUP BY 1, 2, 3, 4, 5")
        tag_sql = ("SELECT t.name, count(*) FROM memberships ms"
                   " JOIN member_tags mt ON mt.member_id = ms.member_id"
                   " JOIN tags t ON t.id = mt.tag_id WHERE ms.community_id = :c"
                   " AND ms.left_at IS NULL AND ms.member_id NOT IN (SELECT id FROM members"
                   " WHERE deleted_at IS NOT NULL) GROUP BY t.id ORDER BY 2 DESC, 1")
    gender: Counter[str] = Counter()
    age: Counter[str] = Counter()
    city: Counter[str] = Counter()
    spending: Counter[str] = Counter()
    source: Counter[str] = Counter()
    total = 0
    for g, year, c, s, src, n in conn.execute(sql, {"c": community_id}):
        total += n
        gender[g or UNKNOWN] += n
        age[_band(today.year - year if year else None)] += n
        city[c or UNKNOWN] += n
        spending[s or UNKNOWN] += n
        source[src or UNKNOWN] += n
    top = city.most_common(TOP_CITIES)
    rest = total - sum(n for _, n in top)
    cities = sorted(top, key=lambda p: (-p[1], p[0])) + ([("*", rest)] if rest else [])
    bands = [(label, age[label]) for label, _, _ in AGE_BANDS if age[label]]
    if age[UNKNOWN]:
        bands.append((UNKNOWN, age[UNKNOWN]))
    tags = [(str(t), int(n)) for t, n in conn.execute(tag_sql, {"c": community_id})]
    return Distributions(total, _ordered(gender), bands, cities, _ordered(spending),
                         _ordered(source), tags)


def _ordered(counts: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda p: (-p[1], p[0]))


def _band(age: int | None) -> str:
    if age is None or age < 0:
        return UNKNOWN
    for label, low, high in AGE_BANDS:
        if low <= age <= high:
            return label
    return UNKNOWN


SILENT_FROM, SILENT_TO = 14, 60
#: "Previously active": at least this many actions before falling silent.
MIN_ACTIONS = 3
LIST_LIMIT = 500


@dataclass(frozen=True)
class SlippingMember:
    member_id: int
    name: str
    last_at: str
    actions: int
    days_silent: int


@dataclass(frozen=True)
class Slipping:
    """Previously active members silent for ``SILENT_FROM``-``SILENT_TO`` days: the total,
    every id (for the roster filter) and the first ``LIST_LIMIT``, most active first."""

    count: int
    ids: list[int]
    members: list[SlippingMember]


def slipping_away(conn: sqlite3.Connection, community_id: int | None, today: date,
                  silent_from: int = SILENT_FROM, silent_to: int = SILENT_TO) -> Slipping:
    lo = (today - timedelta(days=silent_to)).isoformat()
    hi = (today - timedelta(days=silent_from - 1)).isoformat()
    if community_id is None:
        sql = """
        SELECT ma.member_id, sum(ma.actions) AS actions, max(ma.last_at) AS last_at
        FROM member_activity ma INDEXED BY member_activity_last_all
        WHERE ma.last_at >= :lo AND ma.last_at < :hi
          AND NOT EXISTS (SELECT 1 FROM member_activity x WHERE x.member_id = ma.member_id
                          AND x.last_at >= :hi)
        GROUP BY ma.member_id"""
    else:
        sql = """
        SELECT ma.member_id, ma.actions, ma.last_at FROM member_activity ma
        WHERE ma.community_id = :c AND ma.last_at >= :lo AND ma.last_at < :hi
          AND EXISTS (SELECT 1 FROM memberships ms WHERE ms.member_id = ma.member_id
                      AND ms.community_id = :c AND ms.left_at IS NULL)"""
    rows = conn.execute(
        f"""SELECT s.member_id, m.display_name, s.last_at, s.actions FROM ({sql}) AS s
        JOIN members m ON m.id = s.member_id
        WHERE s.actions >= {MIN_ACTIONS} AND m.deleted_at IS NULL
        ORDER BY s.actions DESC, s.last_at DESC, s.member_id""",
        {"c": community_id, "lo": lo, "hi": hi}).fetchall()
    listed = [SlippingMember(int(i), str(n), str(last), int(a),
                             (today - date.fromisoformat(str(last)[:10])).days)
              for i, n, last, a in rows[:LIST_LIMIT]]
    return Slipping(len(rows), [int(r[0]) for r in rows], listed)
