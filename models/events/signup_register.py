"""Registering the people of a pasted sign-up list (接龙) for an event, in one transaction.

The lines come matched (``models.events.member_lookup.match_signup_list``). Only matched lines are
registered, unless the operator asked to create members for the lines that matched nobody
(``create=True``; the window asks with the number of members it will create). Lines that
fit several members, or a known name with another phone tail, or the same person again,
are never registered from the list: they are the operator's to settle by hand.

What a line says beside the name goes on the registration: ``guests`` ("+1": they take
seats too) and ``note`` ("新朋友", "带孩子").
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from models.core.changes import Change
from models.core.clock import now_iso
from models.core.errors import Message, why
from models.events.member_lookup import SignupLine
from models.events.registrations import (
    CANCELLED,
    REGISTERED,
    TABLES,
    WAITLISTED,
    _event,
    add_member,
    seats_taken,
)
from models.store.workspace import transaction as atomic

#: Where members created from a pasted list say they came from.
SOURCE = "报名接龙"


@dataclass(frozen=True)
class SignupResult:
    registered: tuple[int, ...] = ()
    waitlisted: tuple[int, ...] = ()
    #: Already signed up (their guests and note are updated when the line gives them).
    already: tuple[int, ...] = ()
    #: New members made from lines that matched nobody.
    created: tuple[int, ...] = ()
    change: Change = Change()


class SignupLineError(ValueError):
    """A line that cannot become a member (e.g. its number is not a phone)."""

    def __init__(self, line: int, reason: Message) -> None:
        super().__init__(f"line {line}: {reason}")
        self.line, self.reason = line, reason  # views word ``reason`` (views/error_text.py)


def creatable(lines: Sequence[SignupLine]) -> list[SignupLine]:
    """The lines that ``register_signup(create=True)`` makes new members from."""
    return [line for line in lines if line.creatable]


def register_signup(conn: sqlite3.Connection, event_id: int, lines: Sequence[SignupLine],
                    create: bool = False) -> SignupResult:
    """Register the lines' people in list order; past capacity (guests count) they wait.

    All or nothing: a line that cannot be created raises ``SignupLineError`` and nothing
    is written.
    """
    registered: list[int] = []
    waitlisted: list[int] = []
    already: list[int] = []
    created: list[int] = []
    now = now_iso()
    with atomic(conn):
        capacity, community_id = _event(conn, event_id)
        taken = seats_taken(conn, event_id)
        for line in lines:
            member_id = line.member_id if not line.problem else None
            if member_id is None and create and line.creatable:
                try:
                    member_id = add_member(conn, line.name, line.phone, community_id, SOURCE)
                except ValueError as error:
                    raise SignupLineError(line.line, why(error)) from error
                created.append(member_id)
            if member_id is None:
                continue
            entry = line.entry
            row = conn.execute("SELECT status FROM registrations WHERE event_id = ? AND"
                               " member_id = ?", (event_id, member_id)).fetchone()
            if row is not None and row[0] != CANCELLED:
                already.append(member_id)
                if entry.guests or entry.note:
                    conn.execute(
                        "UPDATE registrations SET guests = ?, note = coalesce(?, note)"
                        " WHERE event_id = ? AND member_id = ?",
                        (entry.guests, entry.note or None, event_id, member_id))
                continue
            need = 1 + entry.guests
            fits = capacity is None or taken + need <= capacity
            (registered if fits else waitlisted).append(member_id)
            taken += need if fits else 0
            conn.execute(
                "INSERT INTO registrations (event_id, member_id, status, registered_at,"
                " guests, note) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (event_id, member_id)"
                " DO UPDATE SET status = excluded.status,"
                " registered_at = excluded.registered_at, checked_in_at = NULL, walk_in = 0,"
                " guests = excluded.guests, note = excluded.note",
                (event_id, member_id, REGISTERED if fits else WAITLISTED, now, entry.guests,
                 entry.note or None))
    tables = ("members", "memberships", *TABLES) if created else TABLES
    return SignupResult(tuple(registered), tuple(waitlisted), tuple(already), tuple(created),
                        Change.of(*tables, ids=[event_id]))
