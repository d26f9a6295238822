"""Registrations (报名), the waitlist, check-in at the door (签到) and walk-ins.

Seats: ``capacity`` counts every registration with status 'registered', walk-ins included
(they sit on a chair too). Past capacity, people go to the waitlist; when someone cancels,
the earliest on the waitlist moves up. Checking someone in writes a '参加活动' activity
row (with ``event_id``), so the member's history and analytics see the attendance.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from models.activity import intake
from models.core.changes import Change
from models.core.clock import now_iso
from models.core.errors import Code, DomainError, NotFound
from models.core.vocab import ActivityKind, RegistrationStatus
from models.store.workspace import transaction as atomic

REGISTERED = RegistrationStatus.REGISTERED.value
WAITLISTED = RegistrationStatus.WAITLISTED.value
CANCELLED = RegistrationStatus.CANCELLED.value
ATTEND = ActivityKind.ATTEND.value
#: What registering and checking in write (a check-in's activity may earn points and
#: honours by the community's rules: ``models.activity.intake``).
TABLES = ("registrations", "activities", "points_ledger", "member_honours")


@dataclass(frozen=True)
class Registration:
    id: int
    event_id: int
    member_id: int
    display_name: str
    phone: str | None
    status: str
    registered_at: str
    checked_in_at: str | None
    walk_in: bool
    #: People coming along (a 接龙's "+2"); they take seats too.
    guests: int = 0
    note: str | None = None


@dataclass(frozen=True)
class Counts:
    """The door's four numbers, and the waitlist."""

    registered: int = 0
    checked_in: int = 0
    walk_ins: int = 0
    no_shows: int = 0
    waitlisted: int = 0


@dataclass(frozen=True)
class RegisterResult:
    registered: tuple[int, ...] = ()
    waitlisted: tuple[int, ...] = ()
    already: tuple[int, ...] = ()
    change: Change = Change.of(*TABLES)


@dataclass(frozen=True)
class CheckInResult:
    member_id: int
    #: 'checked_in', 'walk_in' (was not registered) or 'already' (nothing written).
    outcome: str
    checked_in_at: str
    change: Change = Change.of(*TABLES)
    #: The registration's status before: 'waitlisted' means they moved up to get in.
    was: str | None = None


def _event(conn: sqlite3.Connection, event_id: int) -> tuple[int | None, int | None]:
    row = conn.execute("SELECT capacity, community_id FROM events WHERE id = ?",
                       (event_id,)).fetchone()
    if row is None:
        raise NotFound(Code.NO_EVENT, id=event_id)
    return row[0], row[1]


def seats_taken(conn: sqlite3.Connection, event_id: int) -> int:
    """Chairs taken: each registered person and the guests they bring."""
    return conn.execute("SELECT coalesce(sum(1 + guests), 0) FROM registrations"
                        " WHERE event_id = ? AND status = ?",
                        (event_id, REGISTERED)).fetchone()[0]


def register(conn: sqlite3.Connection, event_id: int, member_ids: list[int]) -> RegisterResult:
    """Sign members up, in the given order; those past capacity go to the waitlist.

    Someone already registered or waitlisted is left as is; a cancelled registration is
    made active again (at the back of the queue).
    """
    registered: list[int] = []
    waitlisted: list[int] = []
    already: list[int] = []
    now = now_iso()
    with atomic(conn):
        capacity, _ = _event(conn, event_id)
        taken = seats_taken(conn, event_id)
        for member_id in dict.fromkeys(member_ids):
            row = conn.execute("SELECT status FROM registrations WHERE event_id = ? AND"
                               " member_id = ?", (event_id, member_id)).fetchone()
            if row is not None and row[0] != CANCELLED:
                already.append(member_id)
                continue
            status = REGISTERED if capacity is None or taken < capacity else WAITLISTED
            (registered if status == REGISTERED else waitlisted).append(member_id)
            taken += status == REGISTERED
            conn.execute(
                "INSERT INTO registrations (event_id, member_id, status, registered_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (event_id, member_id) DO UPDATE SET"
                " status = excluded.status, registered_at = excluded.registered_at,"
                " checked_in_at = NULL, walk_in = 0", (event_id, member_id, status, now))
    return RegisterResult(tuple(registered), tuple(waitlisted), tuple(already),
                          Change.of(*TABLES, ids=[event_id]))


def cancel(conn: sqlite3.Connection, event_id: int, member_id: int) -> tuple[list[int], Change]:
    """Cancel one registration; returns who moved up from the waitlist into the free seat."""
    with atomic(conn):
        capacity, _ = _event(conn, event_id)
        row = conn.execute("SELECT status, checked_in_at FROM registrations WHERE event_id = ?"
                           " AND member_id = ?", (event_id, member_id)).fetchone()
        if row is None or row[0] == CANCELLED:
            return [], Change.of(*TABLES, ids=[event_id])
        if row[1]:
            _remove_attendance(conn, event_id, member_id)
        conn.execute("UPDATE registrations SET status = ?, checked_in_at = NULL WHERE"
                     " event_id = ? AND member_id = ?", (CANCELLED, event_id, member_id))
        if row[1]:
            intake.after_activities_removed(conn, "SELECT ?", (member_id,))
        promoted = fill_from_waitlist(conn, event_id, capacity)
    return promoted, Change.of(*TABLES, ids=[event_id])


def fill_from_waitlist(conn: sqlite3.Connection, event_id: int, capacity: int | None) -> list[int]:
    """Move people up from the waitlist, first come first served, while seats are free
    (someone bringing guests waits until there are chairs for all of them)."""
    free = None if capacity is None else capacity - seats_taken(conn, event_id)
    promoted = []
    for member_id, guests in conn.execute(
            "SELECT member_id, guests FROM registrations WHERE event_id = ? AND status = ?"
            " ORDER BY registered_at, id", (event_id, WAITLISTED)).fetchall():
        if free is not None:
            if free < 1 + guests:
                break
            free -= 1 + guests
        promoted.append(member_id)
    conn.executemany("UPDATE registrations SET status = ? WHERE event_id = ? AND member_id = ?",
                     [(REGISTERED, event_id, m) for m in promoted])
    return promoted


def set_capacity(conn: sqlite3.Connection, event_id: int,
                 capacity: int | None) -> tuple[list[int], Change]:
    """Change the number of seats; a larger room lets the waitlist move up."""
    from models.events.schedule import update_event

    with atomic(conn):
        update_event(conn, event_id, capacity=capacity)
        promoted = fill_from_waitlist(conn, event_id, capacity)
    return promoted, Change.of("events", *TABLES, ids=[event_id])


def check_in(conn: sqlite3.Connection, event_id: int, member_id: int, at: str | None = None,
             ) -> CheckInResult:
    """Mark a member present. Not registered: a walk-in (a seat is taken even past
    capacity; people at the door are not sent home). Waitlisted: they came, so they are in:
    moved up to 'registered' (past capacity if need be) and checked in, not a walk-in
    (they did sign up). Already checked in: nothing is written; the result says when."""
    at = at or now_iso()
    with atomic(conn):
        _, community_id = _event(conn, event_id)
        row = conn.execute("SELECT status, checked_in_at FROM registrations WHERE event_id = ?"
                           " AND member_id = ?", (event_id, member_id)).fetchone()
        if row is not None and row[0] != CANCELLED and row[1]:
            return CheckInResult(member_id, "already", row[1], Change(), row[0])
        walk_in = row is None or row[0] == CANCELLED
        conn.execute(
            "INSERT INTO registrations (event_id, member_id, status, registered_at,"
            " checked_in_at, walk_in) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (event_id, member_id) DO UPDATE SET status = excluded.status,"
            " checked_in_at = excluded.checked_in_at,"
            " walk_in = CASE WHEN registrations.status = 'cancelled' THEN 1 ELSE walk_in END",
            (event_id, member_id, REGISTERED, at, at, int(walk_in)))
        added = conn.execute(
            "INSERT INTO activities (member_id, community_id, event_id, occurred_at,"
            " kind, amount) VALUES (?, ?, ?, ?, ?, 0)",
            (member_id, community_id, event_id, at, ATTEND)).lastrowid
        intake.after_activities_added(conn, "id = ?", (added,))
    return CheckInResult(member_id, "walk_in" if walk_in else "checked_in", at,
                         Change.of(*TABLES, ids=[event_id]), row[0] if row else None)


def _remove_attendance(conn: sqlite3.Connection, event_id: int, member_id: int) -> None:
    """Take back the attendance a check-in recorded (and, by cascade, the points it
    earned); the caller refreshes honours once the registration says so too."""
    conn.execute("DELETE FROM activities WHERE event_id = ? AND member_id = ? AND kind = ?",
                 (event_id, member_id, ATTEND))


def add_member(conn: sqlite3.Connection, name: str, phone: str | None = None,
               community_id: int | None = None, source: str = "活动现场") -> int:
    """A new member (e.g. someone who walked in, or an unmatched line of a sign-up list),
    joined to ``community_id`` when given. Returns the new id."""
    from models.members.records import FieldErrors, create_member

    if not name.strip():
        raise DomainError(Code.NAME_NEEDED)
    try:
        member_id, _ = create_member(conn, {"display_name": name, "phone": phone,
                                            "source": source}, community_id)
    except FieldErrors as error:
        first = next(iter(error.errors.values()))  # name and phone: the phone's problem
        raise DomainError(first.code, phone, **first.params) from error
    return member_id


def walk_in(conn: sqlite3.Connection, event_id: int, name: str, phone: str | None = None,
            ) -> CheckInResult:
    """Someone not in the roster at the door: made a member of the event's community and
    checked in, in one transaction."""
    with atomic(conn):
        _, community_id = _event(conn, event_id)
        member_id = add_member(conn, name, phone, community_id)
        result = check_in(conn, event_id, member_id)
    return CheckInResult(result.member_id, "walk_in", result.checked_in_at,
                         Change.of("members", "memberships", *TABLES, ids=[event_id]))


def counts(conn: sqlite3.Connection, event_id: int) -> Counts:
    row = conn.execute(
        "SELECT coalesce(sum(status = 'registered' AND walk_in = 0), 0),"
        " coalesce(sum(status = 'registered' AND checked_in_at IS NOT NULL), 0),"
        " coalesce(sum(status = 'registered' AND walk_in = 1), 0),"
        " coalesce(sum(status = 'registered' AND walk_in = 0 AND checked_in_at IS NULL), 0),"
        " coalesce(sum(status = 'waitlisted'), 0)"
        " FROM registrations WHERE event_id = ?", (event_id,)).fetchone()
    return Counts(*row)


def signed_up(conn: sqlite3.Connection, event_ids: list[int],
              ) -> dict[int, tuple[int, int | None]]:
    """event id -> (people registered, capacity), for the agenda."""
    found: dict[int, tuple[int, int | None]] = {}
    for start in range(0, len(event_ids), 500):
        part = event_ids[start:start + 500]
        rows = conn.execute(
            "SELECT e.id, (SELECT count(*) FROM registrations r WHERE r.event_id = e.id AND"
            " r.status = 'registered'), e.capacity FROM events e WHERE e.id IN"
            f" ({','.join('?' * len(part))})", part)
        found.update({r[0]: (r[1], r[2]) for r in rows})
    return found


def member_names(conn: sqlite3.Connection, member_ids: list[int]) -> list[str]:
    """Display names of ``member_ids``, in that order."""
    names = dict(conn.execute(
        f"SELECT id, display_name FROM members WHERE id IN ({','.join('?' * len(member_ids))})",
        member_ids).fetchall()) if member_ids else {}
    return [names.get(m, "") for m in member_ids]


def list_registrations(conn: sqlite3.Connection, event_id: int,
                       include_cancelled: bool = False) -> list[Registration]:
    """Registered first (in sign-up order), then the waitlist in queue order."""
    where = "" if include_cancelled else "AND r.status != 'cancelled'"
    rows = conn.execute(
        "SELECT r.id, r.event_id, r.member_id, m.display_name, m.phone, r.status,"
        " r.registered_at, r.checked_in_at, r.walk_in, r.guests, r.note FROM registrations r"
        f" JOIN members m ON m.id = r.member_id WHERE r.event_id = ? {where}"
        " ORDER BY r.status = 'cancelled', r.status = 'waitlisted', r.registered_at, r.id",
        (event_id,))
    return [Registration(id=r[0], event_id=r[1], member_id=r[2], display_name=r[3],
                         phone=r[4], status=r[5], registered_at=r[6], checked_in_at=r[7],
                         walk_in=bool(r[8]), guests=r[9], note=r[10]) for r in rows]
