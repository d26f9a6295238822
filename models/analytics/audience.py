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

from models.analytics.growth import outsiders_acted
from models.analytics.period import Period

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
    """Previously active members silent for ``SILENT_FROM``-``SILENT_TO`` days as of a day:
    how many (``count``, always the whole total), and the first ``LIST_LIMIT``, most active
    first (every id: ``slipping_ids``)."""

    count: int
    members: list[SlippingMember]

    @property
    def ids(self) -> list[int]:
        """The listed members' ids."""
        return [m.member_id for m in self.members]

    @property
    def capped(self) -> bool:
        """More slip away than are listed."""
        return self.count > len(self.members)


def _bounds(today: date, silent_from: int, silent_to: int) -> dict:
    return {"lo": (today - timedelta(days=silent_to)).isoformat(),
            "quiet": (today - timedelta(days=silent_from - 1)).isoformat(),
            "hi": (today + timedelta(days=1)).isoformat(), "least": MIN_ACTIONS}


def _live_at_end(alias: str, community_id: int | None, outsiders: bool = True) -> str:
    """SQL: ``alias.member_id`` is not in the trash and (for one community) was a member of
    it at the end of the day (``:hi``): has its one membership there, not among those that
    began later or had ended (see ``models.analytics.growth.live_member``; without
    ``outsiders``, everyone acting there has one)."""
    sql = f"{alias}.member_id NOT IN (SELECT id FROM members WHERE deleted_at IS NOT NULL)"
    if community_id is None:
        return sql
    sql += (f" AND {alias}.member_id NOT IN (SELECT member_id FROM memberships"
            f" WHERE community_id = :c AND joined_at >= :hi UNION ALL SELECT member_id"
            f" FROM memberships WHERE community_id = :c AND left_at < :hi)")
    if not outsiders:
        return sql
    return (sql + f" AND EXISTS (SELECT 1 FROM memberships ms"
            f" WHERE ms.member_id = {alias}.member_id AND ms.community_id = :c)")


def _outsiders(conn: sqlite3.Connection, community_id: int | None, args: dict) -> bool:
    """Whether anyone without a membership acted in the community in the days looked at."""
    if community_id is None:
        return False
    days = Period(date.fromisoformat(args["lo"]),
                  date.fromisoformat(args["hi"]) - timedelta(days=1))
    return outsiders_acted(conn, community_id, days)


def _args(community_id: int | None, today: date, silent_from: int, silent_to: int) -> dict:
    return {"c": community_id, "s": int(community_id or 0),
            **_bounds(today, silent_from, silent_to)}


def _later(conn: sqlite3.Connection, args: dict) -> bool:
    """Did anyone in scope act after the day (``:hi``)?"""
    return conn.execute("SELECT 1 FROM member_activity WHERE community_id = :s"
                        " AND last_at >= :hi LIMIT 1", args).fetchone() is not None


def _now(community_id: int | None, outsiders: bool = True) -> str:
    """Slipping as of a day nobody in scope acted after: the summary's covering index."""
    return f"""FROM member_activity ma INDEXED BY member_activity_last
    WHERE ma.community_id = :s AND ma.last_at >= :lo AND ma.last_at < :quiet
      AND ma.actions >= :least AND {_live_at_end('ma', community_id, outsiders)}"""


def _slipping_rows(conn: sqlite3.Connection, community_id: int | None, today: date,
                   silent_from: int, silent_to: int) -> list[tuple[int, int, str]]:
    """(member id, actions up to ``today``, last activity up to ``today``) of everyone
    slipping as of ``today``, most active first, then most recently active, then by id.

    When nobody in scope acted after ``today`` (a period ending today), the per-member
    summary says it alone; for a period in the past, the activities of the 60 days up to its
    end say who was active then, and each one's later actions are taken off their count."""
    args = _args(community_id, today, silent_from, silent_to)
    outsiders = _outsiders(conn, community_id, args)
    if not _later(conn, args):
        rows = conn.execute(f"SELECT ma.member_id, ma.actions, ma.last_at"
                            f" {_now(community_id, outsiders)}", args).fetchall()
    else:
        if community_id is None:
            recent = ("SELECT member_id, max(occurred_at) AS last_at FROM activities"
                      " WHERE (community_id IN (SELECT id FROM communities) OR community_id"
                      " IS NULL) AND occurred_at >= :lo AND occurred_at < :hi"
                      " GROUP BY member_id")
        else:
            recent = ("SELECT member_id, max(occurred_at) AS last_at FROM activities"
                      " INDEXED BY activities_community WHERE community_id = :c"
                      " AND occurred_at >= :lo AND occurred_at < :hi GROUP BY member_id")
        same = "" if community_id is None else "AND a.community_id = :c"
        rows = conn.execute(f"""
            SELECT * FROM (
                SELECT r.member_id, ma.actions - (SELECT count(*) FROM activities a
                    INDEXED BY activities_member WHERE a.member_id = r.member_id
                    AND a.occurred_at >= :hi {same}) AS actions, r.last_at
                FROM ({recent}) AS r JOIN member_activity ma
                     ON ma.member_id = r.member_id AND ma.community_id = :s
                WHERE r.last_at < :quiet AND {_live_at_end('r', community_id, outsiders)})
            WHERE actions >= :least""", args).fetchall()
    rows.sort(key=lambda r: r[0])
    rows.sort(key=lambda r: (r[1], r[2]), reverse=True)
    return [(int(i), int(a), str(last)) for i, a, last in rows]


def slipping_away(conn: sqlite3.Connection, community_id: int | None, today: date,
                  silent_from: int = SILENT_FROM, silent_to: int = SILENT_TO) -> Slipping:
    """Everyone slipping away as of ``today`` (a period's last day), counted; the first
    ``LIST_LIMIT`` listed with their names. For all communities as of today SQLite counts
    and picks the first ones (150,000 rows in Python would cost more)."""
    args = _args(community_id, today, silent_from, silent_to)
    if community_id is None and not _later(conn, args):
        now = _now(None)
        count = int(conn.execute(f"SELECT count(*) {now}", args).fetchone()[0])
        top = [(int(i), int(a), str(last)) for i, a, last in conn.execute(
            f"SELECT ma.member_id, ma.actions, ma.last_at {now} ORDER BY ma.actions DESC,"
            f" ma.last_at DESC, ma.member_id LIMIT {LIST_LIMIT}", args)]
    else:
        found = _slipping_rows(conn, community_id, today, silent_from, silent_to)
        count, top = len(found), found[:LIST_LIMIT]
    names = dict(conn.execute(
        "SELECT id, display_name FROM members WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps([r[0] for r in top]),)).fetchall()) if top else {}
    listed = [SlippingMember(i, str(names.get(i, "")), last, a,
                             (today - date.fromisoformat(last[:10])).days)
              for i, a, last in top]
    return Slipping(count, listed)


def slipping_ids(conn: sqlite3.Connection, community_id: int | None, today: date,
                 silent_from: int = SILENT_FROM, silent_to: int = SILENT_TO) -> list[int]:
    """Every slipping member's id as of ``today``, most active first (the roster's filter)."""
    return [r[0] for r in _slipping_rows(conn, community_id, today, silent_from, silent_to)]
