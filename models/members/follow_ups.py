"""Follow-ups (跟进记录): a contact with a member (when, by which channel, what was said) and
when to contact them next, and the "to follow up" list those next days make.

A member's LATEST follow-up (by ``at``, then id) decides whether they are due: an older one's
next day was answered by the contact after it. ``add`` clears those answered next days, so
the list's cost follows the plans still open rather than every plan ever made; the list
still asks for the latest, so rows written otherwise (an old file, a script) are read right.
"Today" is the workspace zone's date
(``models.core.zones.today``), so a day turns at the operator's midnight, not the computer's.

Each write is one transaction returning a ``Change``; the window runs them under
``recorded(...)``, whose row images are the undo. Refusals name their field (``at``,
``channel``, ``note``, ``next_on``) for ``views/error_text.py``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from models.core import clock, zones
from models.core.changes import Change
from models.core.errors import Code, DomainError
from models.core.validation import clean_date, parse_moment
from models.store.workspace import transaction

#: The channels a contact goes through, as stored (the window words them).
CHANNELS = ("微信", "电话", "面谈", "短信", "邮件", "其他")
#: Badges count up to this many members due, then say "1,000+".
BADGE_MOST = 1000
#: A note longer than this is a document, not a follow-up.
NOTE_MOST = 2000
#: A contact logged a little ahead of the clock (two computers' clocks) is not "the future".
_SLACK = timedelta(minutes=5)
_COLUMNS = ("f.id, f.member_id, f.community_id, c.name, f.at, f.channel, f.note, f.next_on,"
            " f.created_at")


@dataclass(frozen=True)
class FollowUp:
    id: int
    member_id: int
    community_id: int | None
    community: str | None
    at: str
    channel: str
    note: str
    next_on: str | None
    created_at: str


@dataclass(frozen=True)
class Due:
    """A member to contact: their latest follow-up's next day is today or past."""

    member_id: int
    name: str
    follow_up_id: int
    community_id: int | None
    community: str | None
    at: str
    channel: str
    note: str
    next_on: str
    #: Days past the next day (0: due today).
    overdue: int


# -- cleaning -------------------------------------------------------------------------------


def clean_channel(value: object) -> str:
    text = str(value or "").strip()
    if text not in CHANNELS:
        raise DomainError(Code.ONE_OF, value, field="channel",
                          allowed=", ".join(CHANNELS), value=text)
    return text


def clean_note(value: object) -> str:
    text = str(value or "").strip()
    if not text:
        raise DomainError(Code.EMPTY, value, field="note")
    if len(text) > NOTE_MOST:
        raise DomainError(Code.TEXT_TOO_LONG, value, field="note", most=NOTE_MOST)
    return text


def clean_at(value: object) -> str:
    """When the contact happened, as stored: ISO-8601 with an offset. A time without an
    offset is the workspace zone's wall time; empty is now. Refused in the future."""
    try:
        moment = parse_moment(value)
    except DomainError as error:
        raise DomainError(error.code, value, **{**error.params, "field": "at"}) from None
    if moment is None:
        return clock.now_iso()
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=clock.zone()) if clock.zone() else moment.astimezone()
    if moment > clock.utc_now() + _SLACK:
        raise DomainError(Code.FUTURE_DAY, value, field="at",
                          value=moment.strftime("%Y-%m-%d %H:%M"),
                          today=clock.utc_now().astimezone(clock.zone()).strftime(
                              "%Y-%m-%d %H:%M"))
    # Stored in the workspace's zone, as every instant is (models/core/zone_rules.py), so
    # the timeline orders it against activities as text.
    return moment.astimezone(clock.zone()).replace(microsecond=0).isoformat()


def clean_next_on(value: object, at: str) -> str | None:
    """The next contact day (``YYYY-MM-DD``) or None; not before the contact's own day."""
    try:
        day = clean_date(value)
    except DomainError as error:
        raise DomainError(error.code, value, **{**error.params, "field": "next_on"}) from None
    if day is not None and day < at[:10]:
        raise DomainError(Code.NEXT_CONTACT_BEFORE, value, field="next_on", next=day,
                          at=at[:10])
    return day


def _check_member(conn: sqlite3.Connection, member_id: int) -> None:
    if conn.execute("SELECT 1 FROM members WHERE id = ?", (member_id,)).fetchone() is None:
        raise DomainError(Code.NO_MEMBER_ID, member_id, id=member_id)


def _check_community(conn: sqlite3.Connection, community_id: int | None) -> None:
    if community_id is not None and conn.execute(
            "SELECT 1 FROM communities WHERE id = ?", (community_id,)).fetchone() is None:
        raise DomainError(Code.NO_COMMUNITY_ID, community_id, id=community_id)


def _row(conn: sqlite3.Connection, follow_up_id: int) -> FollowUp:
    row = conn.execute(f"SELECT {_COLUMNS} FROM follow_ups f LEFT JOIN communities c"
                       " ON c.id = f.community_id WHERE f.id = ?", (follow_up_id,)).fetchone()
    if row is None:
        raise DomainError(Code.RECORD_GONE, follow_up_id, table="follow_ups", id=follow_up_id)
    return FollowUp(*row)


def _change(member_id: int) -> Change:
    return Change.of("follow_ups", ids=[member_id])


# -- writes ---------------------------------------------------------------------------------


def add(conn: sqlite3.Connection, member_id: int, *, channel: object, note: object,
        at: object = None, community_id: int | None = None,
        next_on: object = None) -> tuple[int, Change]:
    """Record a contact with ``member_id``; returns the new follow-up's id."""
    channel, note, at = clean_channel(channel), clean_note(note), clean_at(at)
    next_on = clean_next_on(next_on, at)
    with transaction(conn):
        _check_member(conn, member_id)
        _check_community(conn, community_id)
        new_id = conn.execute(
            "INSERT INTO follow_ups (member_id, community_id, at, channel, note, next_on,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (member_id, community_id, at, channel, note, next_on, clock.now_iso())).lastrowid
        # This contact answers the plans made before it: their next days are cleared, so
        # the index of next days holds the plans still open and the "to follow up" list
        # reads those, not every plan ever made (an undo puts them back).
        conn.execute("UPDATE follow_ups SET next_on = NULL WHERE member_id = ?"
                     " AND next_on IS NOT NULL AND id != ? AND at <= ?", (member_id, new_id, at))
    return int(new_id), _change(member_id)


_UNSET = object()


def edit(conn: sqlite3.Connection, follow_up_id: int, *, channel: object = _UNSET,
         note: object = _UNSET, at: object = _UNSET, community_id: object = _UNSET,
         next_on: object = _UNSET) -> Change:
    """Change the given fields of one follow-up (the others stay)."""
    with transaction(conn):
        old = _row(conn, follow_up_id)
        new_at = old.at if at is _UNSET else clean_at(at)
        values = {
            "at": new_at,
            "channel": old.channel if channel is _UNSET else clean_channel(channel),
            "note": old.note if note is _UNSET else clean_note(note),
            "community_id": old.community_id if community_id is _UNSET else community_id,
            "next_on": (clean_next_on(old.next_on, new_at) if next_on is _UNSET
                        else clean_next_on(next_on, new_at)),
        }
        _check_community(conn, values["community_id"])  # type: ignore[arg-type]
        conn.execute("UPDATE follow_ups SET at = :at, channel = :channel, note = :note,"
                     " community_id = :community_id, next_on = :next_on WHERE id = :id",
                     {**values, "id": follow_up_id})
    return _change(old.member_id)


def delete(conn: sqlite3.Connection, follow_up_id: int) -> Change:
    with transaction(conn):
        old = _row(conn, follow_up_id)
        conn.execute("DELETE FROM follow_ups WHERE id = ?", (follow_up_id,))
    return _change(old.member_id)


def mark_done(conn: sqlite3.Connection, follow_up_id: int) -> Change:
    """Nothing more to follow up: the next day is cleared (the member leaves the list)."""
    with transaction(conn):
        old = _row(conn, follow_up_id)
        conn.execute("UPDATE follow_ups SET next_on = NULL WHERE id = ?", (follow_up_id,))
    return _change(old.member_id)


def reschedule(conn: sqlite3.Connection, follow_up_id: int, day: object) -> Change:
    """Move the next contact day (a "not reached, try again on ..."); a day is required."""
    if clean_date(day) is None:
        raise DomainError(Code.EMPTY, day, field="next_on")
    return edit(conn, follow_up_id, next_on=day)


# -- reads ----------------------------------------------------------------------------------


def get(conn: sqlite3.Connection, follow_up_id: int) -> FollowUp:
    return _row(conn, follow_up_id)


def of_member(conn: sqlite3.Connection, member_id: int, limit: int = 200) -> list[FollowUp]:
    """The member's follow-ups, newest first."""
    return [FollowUp(*r) for r in conn.execute(
        f"SELECT {_COLUMNS} FROM follow_ups f LEFT JOIN communities c ON c.id = f.community_id"
        " WHERE f.member_id = ? ORDER BY f.at DESC, f.id DESC LIMIT ?", (member_id, limit))]


def latest(conn: sqlite3.Connection, member_id: int) -> FollowUp | None:
    found = of_member(conn, member_id, 1)
    return found[0] if found else None


# The rows whose next day has come (a range of the partial index follow_ups_next), kept
# when no follow-up of the same member is later (a range of follow_ups_member). Members in
# the trash are few: left out as one small set (members_deleted), not by a look-up per row.
_OPEN = """
FROM follow_ups f INDEXED BY follow_ups_next
WHERE f.next_on IS NOT NULL AND f.next_on <= :today
  AND NOT EXISTS (SELECT 1 FROM follow_ups g WHERE g.member_id = f.member_id
                  AND g.at >= f.at AND (g.at > f.at OR g.id > f.id))
  AND f.member_id NOT IN (SELECT id FROM members WHERE deleted_at IS NOT NULL)
  {scope}
"""


def _scoped(today: date, community_id: int | None) -> tuple[str, dict[str, object]]:
    args: dict[str, object] = {"today": today.isoformat()}
    scope = ""
    if community_id is not None:
        scope, args["community"] = "AND f.community_id = :community", community_id
    return _OPEN.format(scope=scope), args


def due(conn: sqlite3.Connection, today: date | None = None, *,
        community_id: int | None = None, limit: int | None = None) -> list[Due]:
    """The members to contact: overdue first (the oldest next day first), then today's.
    ``community_id``: only follow-ups about that community; ``limit``: the first so many."""
    today = today or zones.today(conn)
    where, args = _scoped(today, community_id)
    # next_on, then id: the order of the index itself, so a first page stops early
    sql = (f"SELECT {_COLUMNS}, m.display_name FROM (SELECT f.id AS fid {where}"
           " ORDER BY f.next_on, f.id" + ("" if limit is None else f" LIMIT {int(limit)}")
           + ") AS d JOIN follow_ups f ON f.id = d.fid JOIN members m ON m.id = f.member_id"
           " LEFT JOIN communities c ON c.id = f.community_id ORDER BY f.next_on, f.id")
    found = []
    for r in conn.execute(sql, args):
        follow = FollowUp(*r[:9])
        found.append(Due(follow.member_id, r[9], follow.id, follow.community_id,
                         follow.community, follow.at, follow.channel, follow.note,
                         str(follow.next_on),
                         (today - date.fromisoformat(str(follow.next_on))).days))
    return found


def due_count(conn: sqlite3.Connection, today: date | None = None, *,
              community_id: int | None = None, most: int | None = None) -> int:
    """How many members ``due`` lists; with ``most``, counting stops there (a badge says
    "1,000+": each member counted costs an index probe, and the badge is read after every
    change)."""
    where, args = _scoped(today or zones.today(conn), community_id)
    if most is not None:
        return int(conn.execute(f"SELECT count(*) FROM (SELECT 1 {where} LIMIT {int(most)})",
                                args).fetchone()[0])
    return int(conn.execute(f"SELECT count(*) {where}", args).fetchone()[0])


def quick_days(today: date) -> dict[str, date]:
    """The next days the form offers in one click."""
    return {"tomorrow": today + timedelta(days=1), "in_3_days": today + timedelta(days=3),
            "next_week": today + timedelta(days=7)}


def now_local() -> datetime:
    """Now in the workspace's zone (the form's default contact time)."""
    return clock.utc_now().astimezone(clock.zone())
