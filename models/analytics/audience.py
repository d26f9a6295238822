"""Who the members are (distributions) and who is drifting away (流失预警).

Distributions count current members: not in the trash, and for one community not yet
left (the ``member_dims`` summary). Age is ``today.year - birth_year``.
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
    """From the ``member_dims`` summary: a few hundred rows whatever the member count."""
    scope = int(community_id or 0)
    dims: dict[str, Counter[str]] = {}
    for dim, value, n in conn.execute(
            "SELECT dim, value, members FROM member_dims WHERE scope = ? AND members > 0",
            (scope,)):
        dims.setdefault(str(dim), Counter())[str(value)] += int(n)
    gender = dims.get("gender", Counter())
    total = sum(gender.values())
    age: Counter[str] = Counter()
    for year, n in dims.get("birth_year", Counter()).items():
        age[_band(today.year - int(year) if year else None)] += n
    city = dims.get("city", Counter())
    top = city.most_common(TOP_CITIES)
    rest = total - sum(n for _, n in top)
    cities = sorted(top, key=lambda p: (-p[1], p[0])) + ([("*", rest)] if rest else [])
    bands = [(label, age[label]) for label, _, _ in AGE_BANDS if age[label]]
    if age[UNKNOWN]:
        bands.append((UNKNOWN, age[UNKNOWN]))
    names = {str(i): str(n) for i, n in conn.execute("SELECT id, name FROM tags")}
    tags = sorted(((names.get(t, t), n) for t, n in dims.get("tag", Counter()).items()),
                  key=lambda p: (-p[1], p[0]))
    return Distributions(total, _ordered(gender), bands, cities,
                         _ordered(dims.get("spending_level", Counter())),
                         _ordered(dims.get("source", Counter())), tags)


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
    """Read from the covering index of ``member_activity``; names only for those listed."""
    lo = (today - timedelta(days=silent_to)).isoformat()
    hi = (today - timedelta(days=silent_from - 1)).isoformat()
    sql = """
        SELECT ma.member_id, ma.actions, ma.last_at FROM member_activity ma
        INDEXED BY member_activity_last
        WHERE ma.community_id = :s AND ma.last_at >= :lo AND ma.last_at < :hi
          AND ma.actions >= :least
          AND ma.member_id NOT IN (SELECT id FROM members WHERE deleted_at IS NOT NULL)"""
    if community_id is not None:
        sql += """ AND EXISTS (SELECT 1 FROM memberships ms WHERE ms.member_id = ma.member_id
                      AND ms.community_id = :c AND ms.left_at IS NULL)"""
    rows = conn.execute(sql, {"c": community_id, "s": int(community_id or 0), "lo": lo,
                              "hi": hi, "least": MIN_ACTIONS}).fetchall()
    rows.sort(key=lambda r: (-r[1], _negated(r[2]), r[0]))
    shown = rows[:LIST_LIMIT]
    names: dict[int, str] = {}
    ids = [int(r[0]) for r in shown]
    for first in range(0, len(ids), 500):
        chunk = ids[first:first + 500]
        marks = ",".join("?" * len(chunk))
        names.update((int(i), str(n)) for i, n in conn.execute(
            f"SELECT id, display_name FROM members WHERE id IN ({marks})", chunk))
    listed = [SlippingMember(int(i), names.get(int(i), ""), str(last), int(a),
                             (today - date.fromisoformat(str(last)[:10])).days)
              for i, a, last in shown]
    return Slipping(len(rows), [int(r[0]) for r in rows], listed)


def _negated(text: str) -> tuple[int, ...]:
    """Sorts ISO text descending inside an ascending sort key."""
    return tuple(-ord(ch) for ch in text)
