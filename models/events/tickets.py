"""Tickets: who holds a seat at one event (or one occurrence of a series), with the code
their badge's and ticket's QR code carries (format 15, ``registrations.code``), the role
printed under their name. (Which occurrence ``--event ID --date DAY`` names is
``models.events.attendees.find_sitting``, shared with the attendee lists.)

Reading only: badges, ticket images and the door's scanner (``models.events.door_scan``)
read here; nothing is written.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass

from models.core.vocab import RegistrationStatus, Role

REGISTERED = RegistrationStatus.REGISTERED.value
WAITLISTED = RegistrationStatus.WAITLISTED.value
#: Digits in a code: what format 15 draws.
CODE_DIGITS = 12
#: What a person (or a scanner set up with a suffix) may type between the printed groups.
_SEPARATORS = re.compile(r"[\s\-_.·]+")


@dataclass(frozen=True)
class Ticket:
    """One registration as printed: on a badge, on a ticket image."""

    member_id: int
    name: str
    code: str
    #: 'registered' or 'waitlisted' (a cancelled registration has no valid ticket).
    status: str
    #: The member's role in the event's community (``memberships.role``); 成员 when they
    #: hold none there (or the event belongs to no community).
    role: str
    guests: int = 0
    checked_in_at: str | None = None
    #: Place in the waitlist (1 = next to move up); None when registered.
    waitlist_place: int | None = None


def normalise_code(text: str) -> str | None:
    """The twelve digits of ``text`` when it is a ticket code, as a scanner types it or a
    person copies it from a badge ("1234 5678 9012", "1234-5678-9012", full-width digits
    from a Chinese input method); None for anything else (a name, a phone, a phone's tail)."""
    flat = _SEPARATORS.sub("", unicodedata.normalize("NFKC", text or ""))
    return flat if re.fullmatch(rf"[0-9]{{{CODE_DIGITS}}}", flat) else None


def format_code(code: str) -> str:
    """The code in groups of four, as printed under a QR code for typing by hand."""
    return " ".join(code[i:i + 4] for i in range(0, len(code), 4))


_SELECT = (
    "SELECT r.member_id, m.display_name, r.code, r.status, coalesce(ms.role, ?), r.guests,"
    " r.checked_in_at FROM registrations r JOIN members m ON m.id = r.member_id"
    " LEFT JOIN memberships ms ON ms.member_id = r.member_id AND ms.community_id ="
    " (SELECT community_id FROM events WHERE id = r.event_id)"
    " WHERE r.event_id = ? AND m.deleted_at IS NULL")


def tickets(conn: sqlite3.Connection, event_id: int, *, waitlisted: bool = False,
            ) -> list[Ticket]:
    """The event's seat holders (walk-ins too), and the waitlist when ``waitlisted``, by
    the pinyin of their names (the order a pile of badges at the door is searched in)."""
    statuses = (REGISTERED, WAITLISTED) if waitlisted else (REGISTERED,)
    rows = conn.execute(
        f"{_SELECT} AND r.status IN ({','.join('?' * len(statuses))})"
        " ORDER BY m.name_key, m.display_name, r.id",
        (Role.MEMBER.value, event_id, *statuses)).fetchall()
    places = _waitlist_places(conn, event_id) if waitlisted else {}
    return [_ticket(row, places.get(row[0])) for row in rows]


def ticket_of(conn: sqlite3.Connection, event_id: int, member_id: int) -> Ticket | None:
    """One person's ticket for the event; None when they hold no registration there or
    cancelled it."""
    row = conn.execute(f"{_SELECT} AND r.member_id = ? AND r.status IN (?, ?)",
                       (Role.MEMBER.value, event_id, member_id, REGISTERED, WAITLISTED)
                       ).fetchone()
    if row is None:
        return None
    return _ticket(row, _waitlist_places(conn, event_id).get(member_id))


def _ticket(row: tuple, place: int | None) -> Ticket:
    return Ticket(member_id=row[0], name=row[1], code=row[2], status=row[3], role=row[4],
                  guests=row[5], checked_in_at=row[6],
                  waitlist_place=place if row[3] == WAITLISTED else None)


def _waitlist_places(conn: sqlite3.Connection, event_id: int) -> dict[int, int]:
    """member id -> place in the queue, in the order ``fill_from_waitlist`` moves people up."""
    rows = conn.execute("SELECT member_id FROM registrations WHERE event_id = ? AND status = ?"
                        " ORDER BY registered_at, id", (event_id, WAITLISTED)).fetchall()
    return {r[0]: place for place, r in enumerate(rows, 1)}
