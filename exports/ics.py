"""The calendar out as an iCalendar (.ics) file, with icalendar (in: ``exports.ics_import``).

Every event (or one community's, or a date range's) becomes a VEVENT with its stable UID
and SEQUENCE, the RRULE and EXDATEs of a series, occurrences edited on their own as
VEVENTs with RECURRENCE-ID, times in a named zone with a VTIMEZONE for every TZID used.
Fields no calendar app knows (community, kind, capacity, budget ...) travel as X-QUNZHU-*
properties, so our own file comes back whole. A stored event that cannot be expanded or
written (rows of older versions) never fails the export: it is written as far as it can be
and noted (``ExportSummary.notes``).

icalendar is imported inside the functions (about 100 ms), never at start-up.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from exports.ics_problems import (
    Code,
    EventRef,
    IcsProblem,
)
from models.core import zones
from models.events.schedule import Event, list_events
from models.events.series_tally import EventTally, tally
from models.members.communities import list_communities

PRODID = "-//Qunzhu//Qunzhu calendar//ZH"
STATUS_OUT = {"草稿": "TENTATIVE", "已发布": "CONFIRMED", "进行中": "CONFIRMED",
               "已结束": "CONFIRMED", "已取消": "CANCELLED"}
STATUS_IN = {"TENTATIVE": "草稿", "CONFIRMED": "已发布", "CANCELLED": "已取消"}
INT_PROPS = {"X-QUNZHU-CAPACITY": "capacity", "X-QUNZHU-BUDGET": "budget",
              "X-QUNZHU-EXPECTED-ATTENDANCE": "expected_attendance",
              "X-QUNZHU-EXPECTED-NEW-MEMBERS": "expected_new_members"}

#: progress(done, total) -> False to stop (export only; the file is then not written).
Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class ExportSummary:
    #: VEVENTs written (a series with an edited occurrence is two).
    events: int
    tzids: tuple[str, ...]
    #: What stored events could not put in the file (rows written by older versions).
    notes: tuple[IcsProblem, ...] = ()
    #: What the file holds as people count it: a series counts its occurrences.
    tally: EventTally = EventTally()


# -- export ---------------------------------------------------------------------------------

def calendar_bytes(conn: sqlite3.Connection, *, community_id: int | None = None,
                   start: date | None = None, end: date | None = None,
                   tzid: str | None = None, progress: Progress | None = None,
                   ) -> tuple[bytes, ExportSummary]:
    """The .ics text for the chosen events. ``start``/``end`` (end exclusive) keep events
    starting in that range, and series still running in it."""
    import icalendar

    tzid = tzid or zones.default_tzid(conn)
    names = {c.id: c.name for c in list_communities(conn, include_archived=True)}
    chosen = list_events(conn, community_id=community_id,
                         since=start.isoformat() if start else None,
                         before=end.isoformat() if end else None)
    uids = {e.id: e.uid for e in chosen}
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Qunzhu")
    cal.add("x-wr-timezone", tzid)
    notes: list[IcsProblem] = []
    written: list[Event] = []
    for done, event in enumerate(chosen, start=1):
        if event.parent_id is not None and event.parent_id not in uids:
            parent = conn.execute("SELECT uid FROM events WHERE id = ?",
                                  (event.parent_id,)).fetchone()
            uids[event.parent_id] = parent[0] if parent else event.uid
        ref = EventRef(None, event.title, event.uid)
        try:
            cal.add_component(_vevent(icalendar, event, tzid, names, uids, ref, notes))
            written.append(event)
        except (ValueError, TypeError, OverflowError) as error:
            # A row an older version stored that no calendar file can hold: the rest of
            # the calendar is still written, and the note says which event is missing.
            notes.append(ref.problem(Code.EVENT_NOT_EXPORTED, detail=str(error)))
        if progress and done % 200 == 0 and not progress(done, len(chosen)):
            from models.core.errors import Cancelled

            raise Cancelled()
    cal.add_missing_timezones()
    return cal.to_ical(), ExportSummary(len(written), tuple(sorted(cal.get_used_tzids())),
                                        tuple(notes), tally(written))


def export_calendar(conn: sqlite3.Connection, path: Path | str, **options) -> ExportSummary:
    """Write ``calendar_bytes`` to ``path`` (through a temporary file, so a failed export
    never leaves half a file)."""
    data, summary = calendar_bytes(conn, **options)
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(data)
    partial.replace(target)
    return summary


def _in_zone(moment: datetime, zone: ZoneInfo) -> datetime:
    """``moment`` in ``zone``, or in the first of the usual zones that agrees with its
    stored offset, else in UTC: the instant is never shifted to fit a zone."""
    for candidate in (zone, *_fallback_zones()):
        local = moment.astimezone(candidate)
        if local.utcoffset() == moment.utcoffset():
            return local
    return moment.astimezone(UTC)


@lru_cache(maxsize=1)
def _fallback_zones() -> tuple[ZoneInfo, ...]:
    names = [zones.DEFAULT_TZID, zones.system_tzid()]
    return tuple(ZoneInfo(n) for n in names if n and zones.valid(n))


def _vevent(icalendar, e: Event, tzid: str, names: dict, uids: dict, ref: EventRef,
            notes: list[IcsProblem]):
    vevent = icalendar.Event()
    zone = ZoneInfo(e.tzid if e.tzid and zones.valid(e.tzid) else tzid)
    if e.parent_id is not None:
        vevent.add("uid", uids.get(e.parent_id, e.uid))
        recurrence = datetime.fromisoformat(e.recurrence_id or e.starts_at)
        vevent.add("recurrence-id", _in_zone(recurrence, zone))
    else:
        vevent.add("uid", e.uid)
    vevent.add("sequence", e.sequence)
    vevent.add("dtstamp", datetime.fromisoformat(e.updated_at).astimezone(UTC))
    vevent.add("created", datetime.fromisoformat(e.created_at).astimezone(UTC))
    vevent.add("last-modified", datetime.fromisoformat(e.updated_at).astimezone(UTC))
    vevent.add("summary", e.title)
    if e.all_day:
        first = e.start.date()
        vevent.add("dtstart", first)
        vevent.add("dtend", max(e.end.date(), first + timedelta(days=1)))
    else:
        vevent.add("dtstart", _in_zone(e.start, zone))
        if e.ends_at:  # no DTEND: calendar apps show the start only, as we do
            vevent.add("dtend", _in_zone(e.end, zone))
    if e.rrule and e.parent_id is None:
        try:
            rule = icalendar.vRecur.from_ical(e.rrule.removeprefix("RRULE:"))
            rule.to_ical()
        except (ValueError, TypeError, KeyError):
            # Stored by an older version (e.g. FREQ=FORTNIGHTLY): the event goes out as its
            # first occurrence, the text kept for our own import and for people to read.
            vevent.add("x-qunzhu-rrule", e.rrule)
            notes.append(ref.problem(Code.RULE_NOT_EXPORTED, value=e.rrule))
        else:
            vevent.add("rrule", rule)
            for text in e.exdate_list:
                try:
                    moment = datetime.fromisoformat(text)
                    vevent.add("exdate", moment.date() if e.all_day else _in_zone(moment, zone))
                except (ValueError, TypeError, OverflowError):
                    notes.append(ref.problem(Code.EXDATE_NOT_EXPORTED, value=text))
    if e.description:
        vevent.add("description", e.description)
    where = e.location or (e.link if e.online else None)
    if where:
        vevent.add("location", where)
    if e.link:
        vevent.add("url", e.link)
    vevent.add("status", STATUS_OUT.get(e.status, "CONFIRMED"))
    vevent.add("categories", [e.kind])
    vevent.add("x-qunzhu-kind", e.kind)
    vevent.add("x-qunzhu-status", e.status)
    vevent.add("x-qunzhu-online", "1" if e.online else "0")
    if e.community_id in names:
        vevent.add("x-qunzhu-community", names[e.community_id])
    if e.owner:
        vevent.add("x-qunzhu-owner", e.owner)
    for prop, name in INT_PROPS.items():
        value = getattr(e, name)
        if value is not None:
            vevent.add(prop, str(value))
    return vevent
