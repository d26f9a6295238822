"""Who the members are (distributions) and who is drifting away (流失预警).

Distributions count current members: not in the trash, and for one community not yet
left (the ``member_dims`` summary). Age is ``today.year - birth_year``.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

#: (label, lowest age, highest age) in order; members without a birth year are 'unknown'.
AGE_BANDS = [("<18", 0, 17), ("18-24", 18, 24), ("25-29", 25, 29), ("30-34", 30, 34),
             ("35-39", 35, 39), ("40-49", 40, 49), ("50+", 50, 200)]
UNKNOWN = ""
TOP_CITIES = 8


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
    """Previously active members silent for ``SILENT_FROM``-``SILENT_TO`` days: how many,
    and the first ``LIST_LIMIT``, most active first (every id: ``slipping_ids``)."""

    count: int
    members: list[SlippingMember]

    @property
    def ids(self) -> list[int]:
        """The listed members' ids."""
        return [m.member_id for m in self.members]


def _slipping_sql(community_id: int | None, today: date, silent_from: int,
                  silent_to: int) -> tuple[str, dict]:
    """FROM ... WHERE over the covering index of ``member_activity``, and its arguments."""
    lo = (today - timedelta(days=silent_to)).isoformat()
    hi = (today - timedelta(days=silent_from - 1)).isoformat()
    sql = """
        FROM member_activity ma INDEXED BY member_activity_last
        WHERE ma.community_id = :s AND ma.last_at >= :lo AND ma.last_at < :hi
          AND ma.actions >= :least
          AND ma.member_id NOT IN (SELECT id FROM members WHERE deleted_at IS NOT NULL)"""
    if community_id is not None:
        sql += """ AND EXISTS (SELECT 1 FROM memberships ms WHERE ms.member_id = ma.member_id
                      AND ms.community_id = :c AND ms.left_at IS NULL)"""
    return sql, {"c": community_id, "s": int(community_id or 0), "lo": lo, "hi": hi,
                 "least": MIN_ACTIONS}


def slipping_away(conn: sqlite3.Connection, community_id: int | None, today: date,
                  silent_from: int = SILENT_FROM, silent_to: int = SILENT_TO) -> Slipping:
    """For one community, one pass over the summary's index gives both the count and the
    list (each row costs a membership look-up: doing it twice was 0.8 s at 1M); for all
    communities SQLite counts and picks the first ones (no look-up, and 150,000 rows in
    Python would cost more)."""
    where, args = _slipping_sql(community_id, today, silent_from, silent_to)
    if community_id is None:
        count = int(conn.execute(f"SELECT count(*) {where}", args).fetchone()[0])
        rows = conn.execute(
            f"""SELECT s.member_id, m.display_name, s.last_at, s.actions FROM (
                SELECT ma.member_id, ma.actions, ma.last_at {where}
                ORDER BY ma.actions DESC, ma.last_at DESC, ma.member_id LIMIT {LIST_LIMIT}) s
            JOIN members m ON m.id = s.member_id
            ORDER BY s.actions DESC, s.last_at DESC, s.member_id""", args).fetchall()
        return Slipping(count, [SlippingMember(int(i), str(n), str(last), int(a),
                                               (today - date.fromisoformat(str(last)[:10])).days)
                                for i, n, last, a in rows])
    found = conn.execute(f"SELECT ma.member_id, ma.actions, ma.last_at {where}", args).fetchall()
    # most active first, then most recently active, then by id (``slipping_ids``' order)
    found.sort(key=lambda r: r[0])
    found.sort(key=lambda r: (r[1], r[2]), reverse=True)
    top = found[:LIST_LIMIT]
    names = dict(conn.execute(
        "SELECT id, display_name FROM members WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps([r[0] for r in top]),)).fetchall()) if top else {}
    listed = [SlippingMember(int(i), str(names.get(i, "")), str(last), int(a),
                             (today - date.fromisoformat(str(last)[:10])).days)
              for i, a, last in top]
    return Slipping(len(found), listed)


def slipping_ids(conn: sqlite3.Connection, community_id: int | None, today: date,
                 silent_from: int = SILENT_FROM, silent_to: int = SILENT_TO) -> list[int]:
    """Every slipping member's id, most active first (for the roster's filter)."""
    where, args = _slipping_sql(community_id, today, silent_from, silent_to)
    return [int(r[0]) for r in conn.execute(
        f"SELECT ma.member_id {where} ORDER BY ma.actions DESC, ma.last_at DESC, ma.member_id",
        args)]
