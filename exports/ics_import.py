"""Events in from an iCalendar (.ics) file: Outlook, Google, Apple, or our own export.

Events are created or updated by UID (written by ``models.events.calendar_merge``: this module
reads and checks, the domain writes); what cannot be mapped is reported line by line
(``ImportReport.notes``). A value the workspace cannot store or the calendar cannot show
(numbers past 64 bits, dates outside years 1-9999, rules that repeat more often than hourly,
duplicate RECURRENCE-IDs ...) refuses the whole file with one problem per event and
property (``CalendarImportError``), and nothing is written: the import is one transaction.
Problems are data (``exports.ics_problems``); ``desktop`` words them for people.

icalendar is imported inside the functions (about 100 ms), never at start-up.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from exports.ics import INT_PROPS, STATUS_IN
from exports.ics_problems import (
    Code,
    EventRef,
    IcsProblem,
    ValueTrouble,
    in_range,
    whole_number,
)
from models.core import zones
from models.core.changes import Change
from models.core.vocab import EventKind, EventStatus
from models.events import rule_walk
from models.events.calendar_merge import Incoming, Merged, merge_events
from models.events.rule_walk import Trouble
from models.events.schedule import EventFields, get_event, validate
from models.events.series_tally import EventTally, tally
from models.members.communities import find_community


class CalendarImportError(ValueError):
    """The file could not be imported; ``problems`` says why, one each (``str()`` of each
    is the English line). Nothing was written."""

    def __init__(self, problems: list[IcsProblem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@dataclass
class ImportReport:
    """Created, updated and unchanged count a series and its edited occurrences as one."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    #: What the file brought, a series counting its occurrences (``series_tally``).
    tally: EventTally = field(default_factory=EventTally)
    #: What was imported only in part, or left out.
    notes: list[IcsProblem] = field(default_factory=list)
    change: Change = field(default_factory=Change)


# -- import ---------------------------------------------------------------------------------

@dataclass
class _Parsed:
    uid: str
    fields: EventFields
    sequence: int
    ref: EventRef
    recurrence_id: str | None = None
    exdates: str | None = None


def import_calendar(conn: sqlite3.Connection, data: bytes,
                    community_id: int | None = None) -> ImportReport:
    """Create or update events from ``data`` (an .ics file's bytes) by UID, in one
    transaction. Events without a community of ours go to ``community_id`` (may be None).
    Raises ``CalendarImportError`` with every problem when anything cannot be read, or
    could not be stored, shown or exported again; nothing is written then."""
    import icalendar

    try:
        calendars = icalendar.Calendar.from_ical(data, multiple=True)
    except (ValueError, KeyError, IndexError, TypeError, RecursionError) as error:
        raise CalendarImportError([IcsProblem(Code.NOT_ICALENDAR,
                                               detail=_unreadable_line(error, data))]) from error
    if not calendars:
        raise CalendarImportError([IcsProblem(Code.NO_VCALENDAR)])
    tzid = zones.default_tzid(conn)
    report = ImportReport()
    problems: list[IcsProblem] = []
    parsed: list[_Parsed] = []
    skipped: dict[str, int] = {}
    number = 0
    for cal in calendars:
        if cal.name != "VCALENDAR":
            problems.append(IcsProblem(Code.NOT_VCALENDAR, value=str(cal.name)))
            continue
        for comp in cal.walk("VEVENT"):
            number += 1
            item = _parse_vevent(conn, comp, number, tzid, community_id, problems, report.notes)
            if item is not None:
                parsed.append(item)
        for comp in cal.subcomponents:
            kind = str(comp.name)
            if kind not in ("VEVENT", "VTIMEZONE"):
                skipped[kind] = skipped.get(kind, 0) + 1
    for name, count in sorted(skipped.items()):
        report.notes.append(IcsProblem(Code.LEFT_OUT, value=name, count=count))
    problems.extend(_duplicates(parsed))
    if problems:
        raise CalendarImportError(problems)
    if not parsed and not report.notes:
        raise CalendarImportError([IcsProblem(Code.NO_EVENTS)])
    results, report.change = merge_events(conn, [
        Incoming(p.uid, p.fields, p.sequence, p.recurrence_id, p.exdates) for p in parsed])
    # A series and its occurrences edited on their own are one thing to a person.
    groups: dict[str, list[Merged]] = {}
    for item, merged in zip(parsed, results, strict=True):
        if merged.orphan:
            report.notes.append(item.ref.problem(Code.ORPHAN_OCCURRENCE))
        key = f"{item.uid}/{item.recurrence_id}" if merged.orphan else item.uid
        groups.setdefault(key, []).append(merged.outcome)
    for outcomes in groups.values():
        if all(o is Merged.CREATED for o in outcomes):
            report.created += 1
        elif all(o is Merged.UNCHANGED for o in outcomes):
            report.unchanged += 1
        else:
            report.updated += 1
    report.tally = tally(e for r in results if (e := get_event(conn, r.event_id)) is not None)
    return report


def _duplicates(parsed: list[_Parsed]) -> list[IcsProblem]:
    """Two events with the same UID (and the same RECURRENCE-ID, for edited occurrences):
    which one is meant cannot be known, and the second would silently overwrite the first."""
    seen: set[tuple[str, datetime | None]] = set()
    found = []
    for item in parsed:
        key = (item.uid, datetime.fromisoformat(item.recurrence_id)
               if item.recurrence_id else None)
        if key in seen:
            prop = "RECURRENCE-ID" if item.recurrence_id else "UID"
            found.append(item.ref.problem(Code.DUPLICATE, prop=prop,
                                          value=item.recurrence_id or item.uid))
        seen.add(key)
    return found


def _parse_vevent(conn, comp, number: int, tzid: str, community_id: int | None,
                  problems: list[IcsProblem], notes: list[IcsProblem]) -> _Parsed | None:
    summary = _text(comp, "summary")
    ref = EventRef(number, summary, _text(comp, "uid"))
    before = len(problems)
    start_value, start, end = _times(comp, ref, tzid, problems)
    uid = ref.uid
    if start is not None and not uid:
        uid = "nouid-" + hashlib.sha1(f"{summary}|{start.isoformat()}".encode()).hexdigest()[:16]
        notes.append(ref.problem(Code.NO_UID))
    kind = _text(comp, "x-qunzhu-kind") or _kind_from_categories(comp)
    status = _text(comp, "x-qunzhu-status") or STATUS_IN.get(
        _text(comp, "status").upper(), EventStatus.PUBLISHED.value)
    if status not in {s.value for s in EventStatus}:
        notes.append(ref.problem(Code.UNKNOWN_STATUS, value=status))
        status = EventStatus.PUBLISHED.value
    if kind not in {k.value for k in EventKind}:
        notes.append(ref.problem(Code.UNKNOWN_KIND, value=kind))
        kind = EventKind.OTHER.value
    community_name = _text(comp, "x-qunzhu-community")
    target = community_id
    if community_name:
        found = find_community(conn, community_name)
        if found is None:
            notes.append(ref.problem(Code.NO_COMMUNITY if community_id is None
                                     else Code.NO_COMMUNITY_CHOSEN, value=community_name))
        else:
            target = found.id
    location = _text(comp, "location") or None
    link = _text(comp, "url") or None
    online_flag = _text(comp, "x-qunzhu-online")
    online = online_flag == "1" if online_flag else bool(
        location and location.startswith(("http://", "https://")))
    if online and location and location == link:
        location = None
    if online and location and location.startswith(("http://", "https://")) and not link:
        link, location = location, None
    ints = {}
    for prop, name in INT_PROPS.items():
        if prop in comp:
            try:
                ints[name] = whole_number(comp.get(prop))
            except ValueTrouble as trouble:
                if trouble.code is Code.BAD_NUMBER:  # words, not a number: left out
                    notes.append(ref.problem(Code.NOT_WHOLE_NUMBER, prop=prop,
                                             value=str(trouble.value)))
                else:
                    problems.append(ref.problem(trouble.code, prop=prop,
                                                value=str(trouble.value)))
            else:
                if ints[name] < 0:
                    problems.append(ref.problem(Code.NEGATIVE, prop=prop, value=str(ints[name])))
    sequence = 0
    if "sequence" in comp:
        try:
            sequence = whole_number(comp.get("sequence"))
        except ValueTrouble as trouble:
            problems.append(ref.problem(trouble.code, prop="SEQUENCE", value=str(trouble.value)))
    rrule = _rule(comp, ref, start_value, start, problems)
    for unsupported in ("rdate", "attendee", "valarm", "attach"):
        if unsupported in comp:
            notes.append(ref.problem(Code.NOT_KEPT, prop=unsupported.upper()))
    if comp.walk("VALARM"):
        notes.append(ref.problem(Code.ALARMS_NOT_KEPT))
    exdates = _exdates(comp, ref, tzid, problems)
    recurrence_id = None
    if "recurrence-id" in comp:
        moment = _moment(comp, "recurrence-id", ref, tzid, problems)
        recurrence_id = moment.isoformat() if moment is not None else None
    if start is None or len(problems) > before:
        return None
    f = EventFields(
        title=summary or "(untitled)", starts_at=start.isoformat(),
        ends_at=end.isoformat() if end != start else None, community_id=target,
        kind=kind, online=online, location=location, link=link,
        all_day=not isinstance(start_value, datetime),
        rrule=rrule, tzid=_series_tzid(start_value, rrule, tzid),
        description=_text(comp, "description") or None,
        owner=_text(comp, "x-qunzhu-owner") or None,
        status=status, **ints)
    for trouble in validate(f):
        problems.append(ref.problem(Code.INVALID, prop=str(trouble.params.get("field", "")),
                                    detail=str(trouble).partition(": ")[2], message=trouble))
    if len(problems) > before:
        return None
    return _Parsed(uid, f, sequence, ref, recurrence_id, ",".join(exdates) or None)


def _unreadable_line(error: Exception, data: bytes) -> str:
    """The text icalendar could not read (it quotes it in its message), else the file's
    first line: data, not the reader's English."""
    quoted = re.search(r"'([^']+)'", str(error))
    if quoted:
        return quoted[1]
    first = data[:200].splitlines()[:1]
    return first[0].decode("utf-8", "replace") if first else ""


def _text(comp, name: str) -> str:
    value = comp.get(name)
    if isinstance(value, list):  # a property given twice: the first one
        value = value[0] if value else ""
    return str(value if value is not None else "").strip()


def _times(comp, ref: EventRef, tzid: str, problems: list[IcsProblem]):
    """(DTSTART as in the file, start, end), with Nones when they cannot be used."""
    if comp.get("dtstart") is None:
        problems.append(ref.problem(Code.NO_START, prop="DTSTART"))
        return None, None, None
    start_value = _value(comp, "dtstart", ref, problems)
    start = _moment(comp, "dtstart", ref, tzid, problems)
    if start is None or start_value is None:
        return None, None, None
    all_day = not isinstance(start_value, datetime)
    if comp.get("dtend") is not None:
        end = _moment(comp, "dtend", ref, tzid, problems)
        if end is None:
            return None, None, None
    elif comp.get("duration") is not None:
        length = _value(comp, "duration", ref, problems)
        if not isinstance(length, timedelta):
            if length is not None:
                problems.append(ref.problem(Code.BAD_TIME, prop="DURATION",
                                            value=_raw(comp, "duration")))
            return None, None, None
        try:
            end = start + length
        except OverflowError:
            end = None
        if end is None or not in_range(end):
            problems.append(ref.problem(Code.OUT_OF_RANGE, prop="DURATION",
                                        value=_raw(comp, "duration")))
            return None, None, None
    else:
        end = start + (timedelta(days=1) if all_day else timedelta(0))
    if end < start:
        problems.append(ref.problem(Code.END_BEFORE_START,
                                    prop="DTEND" if "dtend" in comp else "DURATION"))
        return None, None, None
    return start_value, start, end


def _value(comp, name: str, ref: EventRef, problems: list[IcsProblem]):
    """The property's parsed value (a date, datetime or timedelta), or None, with a
    problem, when icalendar could not read it."""
    prop = comp.get(name)
    if isinstance(prop, list):
        prop = prop[0]
    try:
        value = prop.dt
    except (AttributeError, TypeError, ValueError, OverflowError):
        problems.append(ref.problem(Code.BAD_TIME, prop=name.upper(), value=_raw(comp, name)))
        return None
    if isinstance(value, tuple):  # VALUE=PERIOD: (start, end or duration)
        problems.append(ref.problem(Code.BAD_TIME, prop=name.upper(), value=_raw(comp, name)))
        return None
    return value


def _moment(comp, name: str, ref: EventRef, tzid: str,
            problems: list[IcsProblem]) -> datetime | None:
    value = _value(comp, name, ref, problems)
    if value is None:
        return None
    if not isinstance(value, date):
        problems.append(ref.problem(Code.BAD_TIME, prop=name.upper(), value=_raw(comp, name)))
        return None
    return _checked_local(value, name.upper(), _raw(comp, name), ref, tzid, problems)


def _checked_local(value, prop: str, raw: str, ref: EventRef, tzid: str,
                   problems: list[IcsProblem]) -> datetime | None:
    if not in_range(value):
        problems.append(ref.problem(Code.OUT_OF_RANGE, prop=prop, value=raw))
        return None
    try:
        local = _as_local(value, tzid)
    except (OverflowError, ValueError, TypeError):
        local = None
    if local is None or not in_range(local):
        problems.append(ref.problem(Code.OUT_OF_RANGE, prop=prop, value=raw))
        return None
    return local


def _raw(comp, name: str) -> str:
    """The property's text as in the file (for quoting it back)."""
    prop = comp.get(name)
    if isinstance(prop, list):
        prop = prop[0] if prop else ""
    try:
        return prop.to_ical().decode("utf-8", "replace")
    except (AttributeError, TypeError, ValueError, UnicodeError):
        return str(prop)


def _exdates(comp, ref: EventRef, tzid: str, problems: list[IcsProblem]) -> list[str]:
    found = []
    for prop in _as_list(comp.get("exdate")):
        raw = _prop_text(prop)
        if str(getattr(prop, "params", {}).get("VALUE", "")).upper() == "PERIOD":
            problems.append(ref.problem(Code.PERIOD_EXDATE, prop="EXDATE", value=raw))
            continue
        try:
            values = [v.dt for v in prop.dts]
        except (AttributeError, TypeError, ValueError):
            problems.append(ref.problem(Code.BAD_TIME, prop="EXDATE", value=raw))
            continue
        for value in values:
            if not isinstance(value, date):  # a period or duration given without VALUE
                problems.append(ref.problem(Code.BAD_TIME, prop="EXDATE", value=raw))
                break
            local = _checked_local(value, "EXDATE", raw, ref, tzid, problems)
            if local is None:
                break
            found.append(local.isoformat())
    return found


def _prop_text(prop) -> str:
    try:
        return prop.to_ical().decode("utf-8", "replace")
    except (AttributeError, TypeError, ValueError, UnicodeError):
        return str(prop)


def _rule(comp, ref: EventRef, start_value, start: datetime | None,
          problems: list[IcsProblem]) -> str | None:
    """The RRULE text, when the calendar can show it and export it again."""
    prop = comp.get("rrule")
    if prop is None:
        return None
    if isinstance(prop, list):
        if len(prop) > 1:
            problems.append(ref.problem(Code.RULE_UNREADABLE, prop="RRULE",
                                        detail="more than one RRULE"))
            return None
        prop = prop[0]
    try:
        text = prop.to_ical().decode()
        import icalendar

        icalendar.vRecur.from_ical(text).to_ical()  # what export will do with it
    except (AttributeError, TypeError, ValueError, UnicodeError):
        problems.append(ref.problem(Code.RULE_UNREADABLE, prop="RRULE",
                                    detail=_raw(comp, "rrule")))
        return None
    if start is None:
        return text
    trouble = rule_walk.problem(text, _rule_start(start_value, start))
    if trouble is not None:
        code = {Trouble.UNREADABLE: Code.RULE_UNREADABLE, Trouble.TOO_OFTEN: Code.RULE_TOO_OFTEN,
                Trouble.TOO_MANY: Code.RULE_TOO_MANY}.get(trouble.trouble, Code.RULE_NEVER)
        problems.append(ref.problem(code, prop="RRULE", value=trouble.detail,
                                    detail=f"{rule_walk.MAX_COUNT:,}"
                                    if code is Code.RULE_TOO_MANY else trouble.detail))
        return None
    return text


def _rule_start(start_value, start: datetime) -> datetime:
    """The start a series repeats from, as ``models.events.recurrence.expand`` will use it."""
    zone = ZoneInfo(_tzid_of(start_value)) if _tzid_of(start_value) else None
    try:
        return start.astimezone(zone) if zone else start
    except (OverflowError, ValueError):
        return start


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
