"""What the side-by-side merge dialog shows of two records: their fields, the custom field
values where a single-value field differs, and how much each has (activities,
registrations, points, communities, tags, follow-ups), so the operator sees which record
carries the history before choosing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

from models.members.merge import FIELDS

#: What is counted for each side: name -> SQL of the count for one member id.
COUNTS = {
    "activities": "SELECT count(*) FROM activities WHERE member_id = ?",
    "registrations": "SELECT count(*) FROM registrations WHERE member_id = ?",
    "points": "SELECT points FROM members WHERE id = ?",
    "communities": "SELECT count(*) FROM memberships WHERE member_id = ?",
    "tags": "SELECT count(*) FROM member_tags WHERE member_id = ?",
    "follow_ups": "SELECT count(*) FROM follow_ups WHERE member_id = ?",
}


@dataclass(frozen=True)
class Side:
    """One record as the dialog shows it."""

    id: int
    created_at: str
    values: dict[str, object]
    counts: dict[str, int]
    #: the referrer's name (``values["referrer_id"]`` is an id)
    referrer_name: str | None = None
    #: custom field id -> its values on this record (several for a multiple choice)
    custom: dict[int, list[object]] = field(default_factory=dict)


@dataclass(frozen=True)
class CustomField:
    id: int
    name: str
    kind: str


def side(conn: sqlite3.Connection, member_id: int) -> Side:
    row = conn.execute(f"SELECT created_at, {', '.join(FIELDS)} FROM members WHERE id = ?",
                       (member_id,)).fetchone()
    values = dict(zip(FIELDS, row[1:], strict=True))
    counts = {name: int(conn.execute(sql, (member_id,)).fetchone()[0] or 0)
              for name, sql in COUNTS.items()}
    referrer = None
    if values["referrer_id"] is not None:
        found = conn.execute("SELECT display_name FROM members WHERE id = ?",
                             (values["referrer_id"],)).fetchone()
        referrer = found[0] if found else None
    custom: dict[int, list[object]] = {}
    for field_id, value in conn.execute("SELECT field_id, value FROM member_fields WHERE"
                                        " member_id = ? ORDER BY field_id, value",
                                        (member_id,)):
        custom.setdefault(field_id, []).append(value)
    return Side(member_id, row[0], values, counts, referrer, custom)


def sides(conn: sqlite3.Connection, first: int, second: int) -> tuple[Side, Side]:
    """Both records, the one to keep first: the older record (it has the longer history
    and the id exports already know)."""
    a, b = side(conn, first), side(conn, second)
    return (a, b) if (a.created_at, a.id) <= (b.created_at, b.id) else (b, a)


def differing_custom_fields(conn: sqlite3.Connection, kept: Side,
                            gone: Side) -> list[CustomField]:
    """Single-value custom fields both records hold with different values: the merge keeps
    one (multiple choices are joined)."""
    both = [f for f in kept.custom if f in gone.custom and kept.custom[f] != gone.custom[f]]
    if not both:
        return []
    marks = ",".join("?" * len(both))
    return [CustomField(*r) for r in conn.execute(
        f"SELECT id, name, kind FROM custom_fields WHERE id IN ({marks}) AND kind <> 'choices'"
        " ORDER BY position, id", both)]


def member_names(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, str]:
    wanted = sorted(set(ids))
    found: dict[int, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        found.update(conn.execute(f"SELECT id, display_name FROM members WHERE id IN"
                                  f" ({','.join('?' * len(chunk))})", chunk))
    return found
