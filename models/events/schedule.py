"""Events (活动): create, read, edit, move, copy and delete, one transaction each.

Every write returns the ``Event`` as stored now and a ``Change`` naming the rows touched.
Edits bump ``sequence`` (iCalendar SEQUENCE) so calendar apps that imported an earlier
export replace their copy. A repeating event is one row with an RRULE; see
``models/events/occurrences.py`` for expanding it and editing one occurrence on its own.

Times are ISO-8601 text with offset. An all-day event starts at local midnight and ends at
the next midnight after its last day (exclusive, as iCalendar's DTEND).
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass, fields, replace
from datetime import datetime, timedelta

from models.core.changes import Change
from models.core.clock import now_iso
from models.core.errors import Code, DomainError, Message, NotFound
from models.core.vocab import EventKind, EventStatus
from models.store.workspace import transaction as atomic

#: Columns the editor writes; the rest (ids, uid, sequence, stamps) are the app's.
EDITABLE = (
    "community_id", "title", "kind", "online", "location", "link", "starts_at", "ends_at",
    "all_day", "rrule", "tzid", "capacity", "budget", "owner", "status", "description",
    "expected_attendance", "expected_new_members",
)
OUTCOME = ("actual_new_members", "conversions", "revenue", "actual_cost", "outcome_notes")
SERIES = ("parent_id", "recurrence_id", "exdates")


@dataclass(frozen=True)
class EventFields:
    """What a person decides about an event. Money in fen; times ISO text with offset."""

    title: str
    starts_at: str
    ends_at: str | None = None
    community_id: int | None = None
    kind: str = EventKind.OTHER.value
    online: bool = False
    location: str | None = None
    link: str | None = None
    all_day: bool = False
    rrule: str | None = None
    tzid: str | None = None
    capacity: int | None = None
    budget: int | None = None
    owner: str | None = None
    status: str = EventStatus.DRAFT.value
    description: str | None = None
    expected_attendance: int | None = None
    expected_new_members: int | None = None


@dataclass(frozen=True)
class Event(EventFields):
    id: int = 0
    uid: str = ""
    sequence: int = 0
    actual_new_members: int | None = None
    conversions: int | None = None
    revenue: int | None = None
    actual_cost: int | None = None
    outcome_notes: str | None = None
    parent_id: int | None = None
    recurrence_id: str | None = None
    exdates: str | None = None
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None

    @property
    def start(self) -> datetime:
        return datetime.fromisoformat(self.starts_at)

    @property
    def end(self) -> datetime:
        return end_of(self.starts_at, self.ends_at, self.all_day)

    @property
    def exdate_list(self) -> list[str]:
        return [d for d in (self.exdates or "").split(",") if d]

    def fields(self) -> EventFields:
        return EventFields(**{f.name: getattr(self, f.name) for f in fields(EventFields)})


COLUMNS = tuple(f.name for f in fields(Event))
_SELECT = "SELECT " + ", ".join(COLUMNS) + " FROM events"


def end_of(starts_at: str, ends_at: str | None, all_day: bool) -> datetime:
    """When an event ends: its ``ends_at``, else an hour after it starts (a day, all-day)."""
    start = datetime.fromisoformat(starts_at)
    if ends_at:
        end = datetime.fromisoformat(ends_at)
        if end > start:
            return end
    return start + (timedelta(days=1) if all_day else timedelta(hours=1))


def row_to_event(row: sqlite3.Row | tuple) -> Event:
    values = dict(zip(COLUMNS, row, strict=True))
    values["online"] = bool(values["online"])
    values["all_day"] = bool(values["all_day"])
    return Event(**values)


def get_event(conn: sqlite3.Connection, event_id: int) -> Event | None:
    row = conn.execute(f"{_SELECT} WHERE id = ?", (event_id,)).fetchone()
    return row_to_event(row) if row else None


def get_by_uid(conn: sqlite3.Connection, uid: str) -> Event | None:
    row = conn.execute(f"{_SELECT} WHERE uid = ?", (uid,)).fetchone()
    return row_to_event(row) if row else None


def list_events(conn: sqlite3.Connection, *, community_id: int | None = None,
                since: str | None = None, before: str | None = None,
                include_overrides: bool = True) -> list[Event]:
    """Events (not occurrences) in start order; ``since``/``before`` compare start dates."""
    where: list[str] = ["deleted_at IS NULL"]
    args: list[object] = []
    if community_id is not None:
        where.append("community_id = ?")
        args.append(community_id)
    if since:
        where.append("(starts_at >= ? OR rrule IS NOT NULL)")
        args.append(since)
    if before:
        where.append("starts_at < ?")
        args.append(before)
    if not include_overrides:
        where.append("parent_id IS NULL")
    rows = conn.execute(f"{_SELECT} WHERE {' AND '.join(where)} ORDER BY starts_at, id", args)
    return [row_to_event(r) for r in rows]


def recent_events(conn: sqlite3.Connection, limit: int = 200) -> list[tuple[int, str, str]]:
    """(id, title, start date) of the latest events that are not occurrences of a series,
    newest first: what a new event may start from."""
    return [tuple(r) for r in conn.execute(
        "SELECT id, title, substr(starts_at, 1, 10) FROM events WHERE deleted_at IS NULL"
        " AND parent_id IS NULL ORDER BY starts_at DESC LIMIT ?", (limit,))]


def validate(f: EventFields) -> list[Message]:
    """Why ``f`` cannot be saved, one ``Message`` per field (``field`` names it; empty when it
    can be saved). ``str()`` of each is English; views word the code."""
    problems = []
    if not f.title.strip():
        problems.append(Message(Code.EVENT_TITLE_NEEDED, {"field": "title"}))
    try:
        start = datetime.fromisoformat(f.starts_at)
        if start.tzinfo is None:
            problems.append(Message(Code.START_OFFSET_NEEDED, {"field": "starts_at"}))
        if f.ends_at and datetime.fromisoformat(f.ends_at) < start:
            problems.append(Message(Code.END_BEFORE_START, {"field": "ends_at"}))
    except (TypeError, ValueError):
        problems.append(Message(Code.NOT_A_TIME, {
            "field": "starts_at", "value": " ".join(str(t) for t in (f.starts_at, f.ends_at)
                                                    if t)}))
    if f.kind not in {k.value for k in EventKind}:
        problems.append(Message(Code.ONE_OF, {
            "field": "kind", "value": f.kind, "allowed": ", ".join(k.value for k in EventKind)}))
    if f.status not in {s.value for s in EventStatus}:
        problems.append(Message(Code.ONE_OF, {
            "field": "status", "value": f.status,
            "allowed": ", ".join(s.value for s in EventStatus)}))
    for name in ("capacity", "budget", "expected_attendance", "expected_new_members"):
        value = getattr(f, name)
        if value is not None and value < 0:
            problems.append(Message(Code.NEGATIVE, {"field": name}))
    return problems


class InvalidEvent(DomainError):
    """An event that cannot be saved: ``message`` is the first reason, ``problems`` all."""

    def __init__(self, problems: list[Message]) -> None:
        first = problems[0]
        super().__init__(first.code, **first.params)
        self.problems = problems
        self.args = ("; ".join(str(p) for p in problems),)


def _check(f: EventFields) -> None:
    problems = validate(f)
    if problems:
        raise InvalidEvent(problems)


def new_uid() -> str:
    return f"{uuid.uuid4()}@qunzhu"


def create_event(conn: sqlite3.Connection, f: EventFields, *, uid: str | None = None,
                 extra: dict | None = None) -> tuple[Event, Change]:
    """Insert a new event (``extra``: outcome or series columns, e.g. for an import)."""
    _check(f)
    now = now_iso()
    values = {name: getattr(f, name) for name in EDITABLE}
    values["title"] = f.title.strip()
    values.update(extra or {})
    values.update(uid=uid or new_uid(), created_at=now, updated_at=now)
    names = list(values)
    with atomic(conn):
        cur = conn.execute(
            f"INSERT INTO events ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            [_sql(values[n]) for n in names])
        event_id = int(cur.lastrowid or 0)
    event = get_event(conn, event_id)
    assert event is not None
    return event, Change.of("events", ids=[event_id])


def update_event(conn: sqlite3.Connection, event_id: int,
                 **changes: object) -> tuple[Event, Change]:
    """Change some columns of one event (editable, outcome or series ones); bumps SEQUENCE
    when anything a calendar app shows changed."""
    allowed = set(EDITABLE) | set(OUTCOME) | set(SERIES) | {"deleted_at"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"cannot change {sorted(unknown)}")
    with atomic(conn):
        current = get_event(conn, event_id)
        if current is None:
            raise NotFound(Code.NO_EVENT, id=event_id)
        merged = replace(current, **changes)  # type: ignore[arg-type]
        _check(merged)
        bump = any(k in EDITABLE or k == "exdates" for k in changes)
        sets = ", ".join(f"{k} = ?" for k in changes)
        conn.execute(
            f"UPDATE events SET {sets}, sequence = sequence + ?, updated_at = ? WHERE id = ?",
            [*(_sql(v) for v in changes.values()), int(bump), now_iso(), event_id])
    event = get_event(conn, event_id)
    assert event is not None
    return event, Change.of("events", ids=[event_id])


def save_fields(conn: sqlite3.Connection, event_id: int, f: EventFields) -> tuple[Event, Change]:
    """Write everything the editor shows (only the columns that differ)."""
    current = get_event(conn, event_id)
    if current is None:
        raise NotFound(Code.NO_EVENT, id=event_id)
    wanted = {n: getattr(f, n) for n in EDITABLE}
    wanted["title"] = f.title.strip()
    diff = {n: v for n, v in wanted.items() if getattr(current, n) != v}
    if not diff:
        return current, Change.of("events", ids=[event_id])
    return update_event(conn, event_id, **diff)


def shift(iso: str | None, delta: timedelta) -> str | None:
    if not iso:
        return iso
    return (datetime.fromisoformat(iso) + delta).isoformat()


def move_event(conn: sqlite3.Connection, event_id: int, delta: timedelta) -> tuple[Event, Change]:
    """Move an event (a whole series, when it repeats) by ``delta``, keeping its length."""
    current = get_event(conn, event_id)
    if current is None:
        raise NotFound(Code.NO_EVENT, id=event_id)
    return update_event(conn, event_id, starts_at=shift(current.starts_at, delta),
                        ends_at=shift(current.ends_at, delta))


def delete_event(conn: sqlite3.Connection, event_id: int) -> Change:
    """Into the trash (``deleted_at``), with the occurrences edited on their own."""
    now = now_iso()
    with atomic(conn):
        conn.execute("UPDATE events SET deleted_at = ?, updated_at = ?"
                     " WHERE id = ? OR parent_id = ?", (now, now, event_id, event_id))
    return Change.of("events", ids=[event_id])


def copy_event(conn: sqlite3.Connection, event_id: int, starts_at: str | None = None,
               ) -> tuple[Event, Change]:
    """A new draft with the same plan (not its registrations or outcomes), starting at
    ``starts_at`` (same length) or when the original did; a copy of one occurrence
    does not repeat."""
    source = get_event(conn, event_id)
    if source is None:
        raise NotFound(Code.NO_EVENT, id=event_id)
    f = source.fields()
    if starts_at:
        delta = datetime.fromisoformat(starts_at) - source.start
        f = replace(f, starts_at=starts_at, ends_at=shift(f.ends_at, delta))
    if source.parent_id is not None:
        f = replace(f, rrule=None)
    return create_event(conn, replace(f, status=EventStatus.DRAFT.value))


def _sql(value: object) -> object:
    return int(value) if isinstance(value, bool) else value
