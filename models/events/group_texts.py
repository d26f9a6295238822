"""What the texts an operator pastes into the group chat say about one occurrence: a reminder
(time, place or link, what to bring) and a 接龙 that starts sign-ups.

This module gathers the facts; ``views.calendar.group_texts`` words them in the app's
language. What to bring has no field of its own: the editor asks for it in the description
("Agenda, speakers, what to bring…"), so it is the description's lines that speak of
bringing. The event's material checklist is what the organisers prepare, never pasted.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from models.events.occurrences import Occurrence
from models.events.registrations import seats_taken

#: At most this many empty numbered lines in a 接龙 (a long list is scrolled past).
MAX_SLOTS = 30
#: Numbered lines when the event has no capacity, or is full (then they are a waitlist).
DEFAULT_SLOTS = 10

_BRING = re.compile(r"自带|携带|带上|带好|请带|需带|要带|记得带|\bbring\b", re.IGNORECASE)
#: "请携带：" / "Please bring:" at the start of a line: the view says it once itself.
_BRING_LEAD = re.compile(
    r"^(?:(?:请|记得|需要|需|要)?(?:自带|携带|带上|带好|带)|(?:please\s+)?bring)\s*[:：]?\s*",
    re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*•·●▪]|\d{1,2}\s*[.、)）])\s*")


@dataclass(frozen=True)
class GroupFacts:
    """One occurrence as the group texts tell it; text fields are one line each."""

    title: str
    start: datetime
    end: datetime
    all_day: bool
    online: bool
    place: str | None
    link: str | None
    #: What people should bring, as the description says it (leading "请携带：" taken off).
    bring: tuple[str, ...]
    capacity: int | None
    #: Chairs taken already (registered people and their guests).
    taken: int

    @property
    def slots(self) -> int:
        """How many numbered lines a 接龙 offers: the seats left, or DEFAULT_SLOTS."""
        if self.capacity is None or self.capacity - self.taken <= 0:
            return DEFAULT_SLOTS
        return min(self.capacity - self.taken, MAX_SLOTS)

    @property
    def full(self) -> bool:
        return self.capacity is not None and self.taken >= self.capacity


def one_line(text: str | None) -> str | None:
    """``text`` with its line breaks and runs of spaces made single spaces; None if empty."""
    found = " ".join((text or "").split())
    return found or None


def bring_lines(description: str | None) -> tuple[str, ...]:
    """The description's lines that say what to bring, bullets and "请携带：" taken off."""
    found = []
    for raw in (description or "").splitlines():
        line = _BULLET.sub("", raw).strip()
        if not _BRING.search(line):
            continue
        rest = _BRING_LEAD.sub("", line).strip(" 。.;；")
        if rest:
            found.append(rest)
    return tuple(found)


def group_facts(conn: sqlite3.Connection, o: Occurrence) -> GroupFacts:
    e = o.event
    return GroupFacts(
        title=one_line(e.title) or "", start=o.start, end=o.end, all_day=e.all_day,
        online=e.online, place=one_line(e.location), link=one_line(e.link),
        bring=bring_lines(e.description), capacity=e.capacity,
        taken=0 if o.virtual else seats_taken(conn, e.id))
