"""A ticket code scanned (or typed) at the door: who it is, and checking them in at once.

The code (format 15) is looked up together with the event at the door: codes are unique
enough but not unique (``registrations_code`` is not a unique index), and a ticket of
another event, or of another week of the same series, must not check anyone in here.

What a scan does, by what the code's registration says:

- registered, not yet here: checked in (``registrations.check_in``), one write;
- already checked in: nothing written; the result carries when;
- waitlisted: let in (moved up and checked in) while a seat is free. When every seat is
  taken, nothing is written and the result says so: a scan is not a decision. Checking in
  by name lets a waitlisted person in past capacity, because the operator picked them
  from a list that said "waitlist"; a scan happens with the operator's eyes on the queue,
  and a room must not fill past its seats unseen. The window offers "let in anyway";
- cancelled: nothing written (their seat may have gone to someone else); the window
  offers "let in anyway", which makes them a walk-in;
- a code of another event: nothing written; the result names that event and its day;
- a code of nobody: nothing written.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import StrEnum

from models.core.changes import Change
from models.events import registrations as reg
from models.store.workspace import transaction as atomic


class Outcome(StrEnum):
    CHECKED_IN = "checked_in"
    ALREADY = "already"
    WAITLIST_FULL = "waitlist_full"
    CANCELLED = "cancelled"
    OTHER_EVENT = "other_event"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class ScanResult:
    outcome: Outcome
    code: str
    member_id: int | None = None
    name: str = ""
    #: When they were checked in (now, or the first time for ALREADY).
    checked_in_at: str | None = None
    #: The registration's status before the scan ('waitlisted': moved up to get in).
    was: str | None = None
    #: WAITLIST_FULL: the event's seats, and the person's place in the queue.
    capacity: int | None = None
    place: int | None = None
    #: OTHER_EVENT: the event the ticket is for (its title and start, ISO text).
    other_event_id: int | None = None
    other_title: str = ""
    other_start: str = ""
    change: Change = Change()


def _holders(conn: sqlite3.Connection, code: str) -> list[tuple]:
    """(event id, member id, status, checked in at, name, guests) of every registration
    with ``code``."""
    return conn.execute(
        "SELECT r.event_id, r.member_id, r.status, r.checked_in_at, m.display_name, r.guests"
        " FROM registrations r JOIN members m ON m.id = r.member_id WHERE r.code = ?"
        " ORDER BY r.id DESC", (code,)).fetchall()


def look_up(conn: sqlite3.Connection, event_id: int | None, code: str) -> ScanResult:
    """What scanning ``code`` at ``event_id`` would do, writing nothing (``event_id`` None:
    an occurrence nobody registered for yet, so the code can only be someone else's)."""
    holders = _holders(conn, code)
    here = [h for h in holders if h[0] == event_id]
    if not here:
        return _elsewhere(conn, code, holders)
    _, member_id, status, checked_in_at, name, guests = here[0]
    if status == reg.CANCELLED:
        return ScanResult(Outcome.CANCELLED, code, member_id, name, was=status)
    if checked_in_at:
        return ScanResult(Outcome.ALREADY, code, member_id, name, checked_in_at, status)
    if status == reg.WAITLISTED:
        capacity = conn.execute("SELECT capacity FROM events WHERE id = ?",
                                (event_id,)).fetchone()[0]
        if capacity is not None and reg.seats_taken(conn, event_id) + 1 + guests > capacity:
            place = conn.execute(
                "SELECT count(*) FROM registrations WHERE event_id = ? AND status = ? AND"
                " (registered_at, id) <= (SELECT registered_at, id FROM registrations"
                " WHERE event_id = ? AND member_id = ?)",
                (event_id, reg.WAITLISTED, event_id, member_id)).fetchone()[0]
            return ScanResult(Outcome.WAITLIST_FULL, code, member_id, name, was=status,
                              capacity=capacity, place=place)
    return ScanResult(Outcome.CHECKED_IN, code, member_id, name, was=status)


def _elsewhere(conn: sqlite3.Connection, code: str, holders: list[tuple]) -> ScanResult:
    for event_id, member_id, status, _, name, _ in holders:
        row = conn.execute("SELECT title, starts_at FROM events WHERE id = ?",
                           (event_id,)).fetchone()
        if row is not None:
            return ScanResult(Outcome.OTHER_EVENT, code, member_id, name, was=status,
                              other_event_id=event_id, other_title=row[0],
                              other_start=row[1])
    return ScanResult(Outcome.UNKNOWN, code)


def scan(conn: sqlite3.Connection, event_id: int | None, code: str) -> ScanResult:
    """Check in the holder of ``code`` when the ticket lets them in (see the module's
    docstring); otherwise write nothing and say why. One transaction."""
    with atomic(conn):
        found = look_up(conn, event_id, code)
        if found.outcome != Outcome.CHECKED_IN or event_id is None:
            return found
        done = reg.check_in(conn, event_id, found.member_id)
    return ScanResult(Outcome.CHECKED_IN, code, found.member_id, found.name,
                      done.checked_in_at, found.was, change=done.change)
