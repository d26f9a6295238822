"""The calendar as an iCalendar (.ics) file, both ways, with icalendar.

Export: every event (or one community's, or a date range's) as a VEVENT with its stable UID
and SEQUENCE, the RRULE and EXDATEs of a series, occurrences edited on their own as
VEVENTs with RECURRENCE-ID, times in a named zone with a VTIMEZONE for every TZID used.
Fields no calendar app knows (community, kind, capacity, budget ...) travel as X-QUNZHU-*
properties, so our own file comes back whole.

Import (Outlook, Google, Apple, or our own): events are created or updated by UID; what
cannot be mapped is reported line by line. Input that cannot be read as events is refused
with a list of problems and nothing written: the whole import is one transaction.

icalendar is imported inside the functions (about 100 ms), never at start-up.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from models import zones
from models.changes import Change
from models.communities import find_community, list_communities
from models.events import Event, EventFields, get_by_uid, list_events, update_event, validate
from models.events import create_event as _create
from models.vocab import EventKind, EventStatus
from models.workspace import transaction as atomic

PRODID = "-//Qunzhu//Qunzhu calendar//ZH"
_STATUS_OUT = {"草稿": "TENTATIVE", "已发布": "CONFIRMED", "进行中": "CONFIRMED",
               "已结束": "CONFIRMED", "已取消": "CANCELLED"}
_STATUS_IN = {"TENTATIVE": "草稿", "CONFIRMED": "已发布", "CANCELLED": "已取消"}
_INT_PROPS = {"X-QUNZHU-CAPACITY": "capacity", "X-QUNZHU-BUDGET": "budget",
              "X-QUNZHU-EXPECTED-ATTENDANCE": "expected_attendance",
              "X-QUNZHU-EXPECTED-NEW-MEMBERS": "expected_new_members"}

#: progress(done, total) -> False to stop (export only; the file is then not written).
Progress = Callable[[int, int], bool]


class CalendarImportError(ValueError):
    """The file could not be imported; ``problems`` says why, one line each. Nothing was
    written."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class ExportSummary:
    events: int
    tzids: tuple[str, ...]


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    #: What was imported only in part, or left out (one line each, English).
    notes: list[str] = field(default_factory=list)
    change: Change = field(default_factory=Change)


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
    for done, event in enumerate(chosen, start=1):
        if event.parent_id is not None and event.parent_id not in uids:
            parent = conn.execute("SELECT uid FROM events WHERE id = ?",
                                  (event.parent_id,)).fetchone()
            uids[event.parent_id] = parent[0] if parent else event.uid
        cal.add_component(_vevent(icalendar, event, tzid, names, uids))
        if progress and done % 200 == 0 and not progress(done, len(chosen)):
            from models.errors import Cancelled

            raise Cancelled()
    cal.add_missing_timezones()
    return cal.to_ical(), ExportSummary(len(chosen), tuple(sorted(cal.get_used_tzids())))


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


def _vevent(icalendar, e: Event, tzid: str, names: dict, uids: dict):
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
        vevent.add("rrule", icalendar.vRecur.from_ical(e.rrule.removeprefix("RRULE:")))
        for text in e.exdate_list:
            moment = datetime.fromisoformat(text)
            vevent.add("exdate", moment.date() if e.all_day else _in_zone(moment, zone))
    if e.description:
        vevent.add("description", e.description)
    where = e.location or (e.link if e.online else None)
    if where:
        vevent.add("location", where)
    if e.link:
        vevent.add("url", e.link)
    vevent.add("status", _STATUS_OUT.get(e.status, "CONFIRMED"))
    vevent.add("categories", [e.kind])
    vevent.add("x-qunzhu-kind", e.kind)
    vevent.add("x-qunzhu-status", e.status)
    vevent.add("x-qunzhu-online", "1" if e.online else "0")
    if e.community_id in names:
        vevent.add("x-qunzhu-community", names[e.community_id])
    if e.owner:
        vevent.add("x-qunzhu-owner", e.owner)
    for prop, name in _INT_PROPS.items():
        value = getattr(e, name)
        if value is not None:
            vevent.add(prop, str(value))
    return vevent


# -- import ---------------------------------------------------------------------------------

@dataclass
class _Parsed:
    uid: str
    fields: EventFields
    sequence: int
    recurrence_id: str | None = None
    exdates: str | None = None


def import_calendar(conn: sqlite3.Connection, data: bytes,
                    community_id: int | None = None) -> ImportReport:
    """Create or update events from ``data`` (an .ics file's bytes) by UID, in one
    transaction. Events without a community of ours go to ``community_id`` (may be None).
    Raises ``CalendarImportError`` with every problem when anything cannot be read."""
    import icalendar

    try:
        calendars = icalendar.Calendar.from_ical(data, multiple=True)
    except (ValueError, KeyError, IndexError, TypeError) as error:
        raise CalendarImportError([f"not an iCalendar file: {error}"]) from error
    if not calendars:
        raise CalendarImportError(["not an iCalendar file: no VCALENDAR found"])
    tzid = zones.default_tzid(conn)
    report = ImportReport()
    problems: list[str] = []
    parsed: list[_Parsed] = []
    skipped: dict[str, int] = {}
    for cal in calendars:
        if cal.name != "VCALENDAR":
            problems.append(f"{cal.name}: expected a VCALENDAR")
            continue
        for number, comp in enumerate(cal.walk("VEVENT"), start=1):
            item = _parse_vevent(conn, comp, number, tzid, community_id, problems, report.notes)
            if item is not None:
                parsed.append(item)
        for comp in cal.subcomponents:
            kind = str(comp.name)
            if kind not in ("VEVENT", "VTIMEZONE"):
                skipped[kind] = skipped.get(kind, 0) + 1
    for name, count in sorted(skipped.items()):
        report.notes.append(f"{count} {name} component(s) left out: only events are imported")
    if problems:
        raise CalendarImportError(problems)
    if not parsed and not report.notes:
        raise CalendarImportError(["the file holds no events"])
    # Series before their edited occurrences, so the occurrences find their series.
    parsed.sort(key=lambda p: p.recurrence_id is not None)
    ids: list[int] = []
    with atomic(conn):
        for item in parsed:
            ids.append(_write(conn, item, report))
    report.change = Change.of("events", ids=ids)
    return report


def _parse_vevent(conn, comp, number: int, tzid: str, community_id: int | None,
                  problems: list[str], notes: list[str]) -> _Parsed | None:
    summary = str(comp.get("summary", "")).strip()
    label = f"event {number} ({summary or 'untitled'})"
    start_prop = comp.get("dtstart")
    if start_prop is None:
        problems.append(f"{label}: no DTSTART (start time)")
        return None
    try:
        start_value = start_prop.dt
        end_prop = comp.get("dtend")
        duration = comp.get("duration")
        all_day = not isinstance(start_value, datetime)
        start = _as_local(start_value, tzid)
        if end_prop is not None:
            end = _as_local(end_prop.dt, tzid)
        elif duration is not None:
            end = start + duration.dt
        else:
            end = start + (timedelta(days=1) if all_day else timedelta(0))
    except (AttributeError, TypeError, ValueError) as error:
        problems.append(f"{label}: unreadable time: {error}")
        return None
    uid = str(comp.get("uid", "")).strip()
    if not uid:
        uid = "nouid-" + hashlib.sha1(f"{summary}|{start.isoformat()}".encode()).hexdigest()[:16]
        notes.append(f"{label}: no UID; matched by title and start instead")
    kind = str(comp.get("x-qunzhu-kind", "")) or _kind_from_categories(comp)
    status = str(comp.get("x-qunzhu-status", "")) or _STATUS_IN.get(
        str(comp.get("status", "")).upper(), EventStatus.PUBLISHED.value)
    if status not in {s.value for s in EventStatus}:
        notes.append(f"{label}: unknown status {status!r}; imported as published")
        status = EventStatus.PUBLISHED.value
    if kind not in {k.value for k in EventKind}:
        notes.append(f"{label}: unknown kind {kind!r}; imported as other")
        kind = EventKind.OTHER.value
    community_name = str(comp.get("x-qunzhu-community", "")).strip()
    target = community_id
    if community_name:
        found = find_community(conn, community_name)
        if found is None:
            notes.append(f"{label}: no community named {community_name!r}; imported without one"
                         if community_id is None else
                         f"{label}: no community named {community_name!r}; put in the chosen one")
        else:
            target = found.id
    location = str(comp.get("location", "")).strip() or None
    link = str(comp.get("url", "")).strip() or None
    online_flag = str(comp.get("x-qunzhu-online", ""))
    online = online_flag == "1" if online_flag else bool(
        location and location.startswith(("http://", "https://")))
    if online and location and location == link:
        location = None
    if online and location and location.startswith(("http://", "https://")) and not link:
        link, location = location, None
    ints = {}
    for prop, name in _INT_PROPS.items():
        if prop in comp:
            try:
                ints[name] = int(str(comp.get(prop)))
            except ValueError:
                notes.append(f"{label}: {prop} is not a whole number; left out")
    rrule = None
    if "rrule" in comp:
        rrule = comp.get("rrule").to_ical().decode()
    for unsupported in ("rdate", "attendee", "valarm", "attach"):
        if unsupported in comp:
            notes.append(f"{label}: {unsupported.upper()} is not kept")
    if comp.walk("VALARM"):
        notes.append(f"{label}: reminders (VALARM) are not kept")
    exdates = []
    for prop in _as_list(comp.get("exdate")):
        for value in prop.dts:
            exdates.append(_as_local(value.dt, tzid).isoformat())
    recurrence_id = None
    if "recurrence-id" in comp:
        recurrence_id = _as_local(comp.get("recurrence-id").dt, tzid).isoformat()
    f = EventFields(
        title=summary or "(untitled)", starts_at=start.isoformat(),
        ends_at=end.isoformat() if end != start else None, community_id=target,
        kind=kind, online=online, location=location, link=link, all_day=all_day,
        rrule=rrule, tzid=_series_tzid(start_value, rrule, tzid),
        description=str(comp.get("description", "")).strip() or None,
        owner=str(comp.get("x-qunzhu-owner", "")).strip() or None,
        status=status, **ints)
    for problem in validate(f):
        problems.append(f"{label}: {problem}")
    try:
        sequence = int(comp.get("sequence", 0))
    except (TypeError, ValueError):
        sequence = 0
    return _Parsed(uid, f, sequence, recurrence_id, ",".join(exdates) or None)


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _kind_from_categories(comp) -> str:
    kinds = {k.value for k in EventKind}
    for prop in _as_list(comp.get("categories")):
        for cat in getattr(prop, "cats", []):
            if str(cat) in kinds:
                return str(cat)
    return EventKind.OTHER.value


def _tzid_of(value) -> str | None:
    tz = getattr(value, "tzinfo", None)
    key = getattr(tz, "key", None) or getattr(tz, "zone", None)
    return key if key and zones.valid(key) and key != "UTC" else None


def _series_tzid(value, rrule: str | None, default: str) -> str | None:
    """The zone a series repeats in, kept only when it is not the workspace's own."""
    found = _tzid_of(value)
    usual = {default, zones.DEFAULT_TZID, zones.system_tzid()}
    return found if rrule and found not in usual else None


def _as_local(value, tzid: str) -> datetime:
    """A DATE, a floating time or a zoned time as a datetime with a fixed offset."""
    zone = ZoneInfo(tzid)
    if not isinstance(value, datetime):
        value = datetime.combine(value, time(0), zone)
    elif value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    elif value.utcoffset() == timedelta(0) and not _tzid_of(value):
        value = value.astimezone(zone)  # UTC times shown in the workspace's zone
    offset = value.utcoffset() or timedelta(0)
    return value.astimezone(timezone(offset)).replace(microsecond=0)


def _write(conn: sqlite3.Connection, item: _Parsed, report: ImportReport) -> int:
    f = item.fields
    extra: dict = {"exdates": item.exdates}
    uid = item.uid
    if item.recurrence_id is not None:
        series = get_by_uid(conn, item.uid)
        if series is None:
            report.notes.append(f"{f.title}: an edited occurrence of a series not in the file "
                                "or the workspace; imported as a single event")
            uid = f"{item.uid}/{item.recurrence_id}"
        else:
            extra.update(parent_id=series.id, recurrence_id=item.recurrence_id)
            uid = f"{item.uid}/{datetime.fromisoformat(item.recurrence_id):%Y%m%dT%H%M%S}"
            f = replace(f, rrule=None)
    existing = get_by_uid(conn, uid)
    if existing is None and "parent_id" in extra:
        existing = _override(conn, extra["parent_id"], item.recurrence_id or "")
    if existing is None:
        event, _ = _create(conn, f, uid=uid, extra={k: v for k, v in extra.items() if v})
        if item.sequence > event.sequence:
            conn.execute("UPDATE events SET sequence = ? WHERE id = ?", (item.sequence, event.id))
        report.created += 1
        return event.id
    wanted = {n: getattr(f, n) for n in _compared()}
    if existing.community_id is not None and f.community_id is None:
        wanted.pop("community_id")
    wanted["exdates"] = item.exdates
    if existing.deleted_at is not None:
        wanted["deleted_at"] = None
    diff = {n: v for n, v in wanted.items() if getattr(existing, n) != v}
    if "rrule" in diff and _same_rule(existing.rrule, f.rrule):
        del diff["rrule"]
    if existing.all_day and f.all_day:  # the same days, whatever offset midnight was in
        for name in ("starts_at", "ends_at"):
            ours, theirs = getattr(existing, name), getattr(f, name)
            if name in diff and ours and theirs and ours[:10] == theirs[:10]:
                del diff[name]
    if not diff:
        report.unchanged += 1
        return existing.id
    update_event(conn, existing.id, **diff)
    report.updated += 1
    return existing.id


def _same_rule(a: str | None, b: str | None) -> bool:
    """RRULEs equal part by part (icalendar may write the parts in another order)."""
    def parts(text: str | None) -> set[str]:
        return set((text or "").upper().removeprefix("RRULE:").split(";")) - {""}

    return parts(a) == parts(b)


def _override(conn: sqlite3.Connection, parent_id: int, recurrence_id: str) -> Event | None:
    """The row of one occurrence of a series, matched by the instant it replaces."""
    from models.events import get_event

    wanted = datetime.fromisoformat(recurrence_id)
    for row_id, rid in conn.execute("SELECT id, recurrence_id FROM events WHERE parent_id = ?",
                                    (parent_id,)).fetchall():
        if rid and datetime.fromisoformat(rid) == wanted:
            return get_event(conn, row_id)
    return None


def _compared() -> tuple[str, ...]:
    from models.events import EDITABLE

    return EDITABLE
