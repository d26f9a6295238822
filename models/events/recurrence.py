"""Repeating events: the editor's simple choices <-> an RFC 5545 RRULE, and expanding it.

The workspace stores the RRULE text itself (``events.rrule``), so rules imported from
Outlook/Google/Apple survive untouched even when the editor cannot show them
(``parse_rule`` returns None then and the editor keeps the text as it is); any rule is read
into data for its words by ``models/events/rule_parts.py``.

Expansion uses dateutil (already a dependency of icalendar; 4 ms to import), through
``models/events/rule_walk.py``, which bounds the work whatever the rule says. A series
repeats in wall-clock time of its ``tzid`` when it has one (so 19:30 stays 19:30 across a
daylight-saving change); otherwise in the fixed offset its start was written with.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from models.core.errors import Code, DomainError
from models.events import rule_walk
from models.events.rule_parts import WEEKDAY_CODES, until_date

DAILY, WEEKLY, MONTHLY = "DAILY", "WEEKLY", "MONTHLY"
#: No series is expanded past this many occurrences in one window (a guard for odd rules).
MAX_OCCURRENCES = 5000


@dataclass(frozen=True)
class Rule:
    """What the event editor offers: every N days/weeks/months, weekly on chosen weekdays
    (0 = Monday), ending on a date (inclusive, local) or after ``count`` times, or never."""

    freq: str = WEEKLY
    interval: int = 1
    weekdays: tuple[int, ...] = ()
    until: date | None = None
    count: int | None = None

    def to_rrule(self, starts_at: datetime) -> str:
        """The RRULE text. UNTIL is written in UTC, as RFC 5545 requires for a start with a
        time zone, at the end of the chosen local day."""
        if self.freq not in (DAILY, WEEKLY, MONTHLY):
            raise DomainError(Code.RULE_FREQUENCY, self.freq, value=self.freq)
        if self.interval < 1:
            raise DomainError(Code.RULE_INTERVAL, self.interval)
        parts = [f"FREQ={self.freq}"]
        if self.interval > 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.freq == WEEKLY and self.weekdays:
            parts.append("BYDAY=" + ",".join(WEEKDAY_CODES[d] for d in sorted(set(self.weekdays))))
        if self.count is not None:
            if self.count < 1:
                raise DomainError(Code.RULE_COUNT, self.count)
            parts.append(f"COUNT={self.count}")
        elif self.until is not None:
            if self.until < starts_at.date():
                raise DomainError(Code.RULE_ENDS_EARLY, self.until)
            local_end = datetime.combine(self.until, time(23, 59, 59), starts_at.tzinfo)
            parts.append("UNTIL=" + local_end.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
        return ";".join(parts)


def parse_rule(rrule: str | None, starts_at: datetime | None = None) -> Rule | None:
    """The editor's view of ``rrule``, or None when it uses parts the editor does not offer
    (BYMONTHDAY lists, BYSETPOS, yearly ...). Such rules still expand and export."""
    if not rrule:
        return None
    fields: dict[str, str] = {}
    for part in rrule.strip().removeprefix("RRULE:").split(";"):
        if "=" not in part:
            return None
        key, _, value = part.partition("=")
        fields[key.upper()] = value
    freq = fields.pop("FREQ", "")
    if freq not in (DAILY, WEEKLY, MONTHLY):
        return None
    fields.pop("WKST", None)
    try:
        interval = int(fields.pop("INTERVAL", "1"))
        weekdays: tuple[int, ...] = ()
        if "BYDAY" in fields:
            if freq != WEEKLY:
                return None
            weekdays = tuple(WEEKDAY_CODES.index(code) for code in fields.pop("BYDAY").split(","))
        count = int(fields.pop("COUNT")) if "COUNT" in fields else None
        until = until_date(fields.pop("UNTIL"), starts_at) if "UNTIL" in fields else None
    except ValueError:
        return None
    if fields:
        return None
    return Rule(freq, interval, weekdays, until, count)


def zone(tzid: str | None):  # -> tzinfo | None
    if not tzid:
        return None
    try:
        return ZoneInfo(tzid)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def expand(
    rrule: str,
    starts_at: datetime,
    window_start: datetime,
    window_end: datetime,
    *,
    tzid: str | None = None,
    skip: Iterable[str] = (),
) -> list[datetime]:
    """Starts of the series' occurrences with ``window_start <= start < window_end``.

    ``skip`` holds ISO texts of starts not to return (EXDATEs, occurrences edited on their
    own), compared as instants. Returned datetimes carry the series' own offset.
    The work is bounded whatever the rule (``models/events/rule_walk.py``): a rule the calendar
    cannot show (unreadable, more often than hourly) shows only its first occurrence, and
    at most ``MAX_OCCURRENCES`` starts are returned.
    """
    tz = zone(tzid)
    try:
        dtstart = starts_at.astimezone(tz) if tz else starts_at
    except (OverflowError, ValueError):
        dtstart = starts_at
    rule = rule_walk.parse(rrule, dtstart)
    if isinstance(rule, rule_walk.RuleProblem):
        return [starts_at] if window_start <= starts_at < window_end else []
    skipped = set()
    for text in skip:
        try:
            skipped.add(_instant(text))
        except (ValueError, OverflowError):
            continue  # an unreadable EXDATE stored by an older version skips nothing
    found = []
    walked = rule_walk.walk(rule, window_start, window_end,
                            limit=MAX_OCCURRENCES + len(skipped))
    for start in walked.starts:
        if _utc(start) in skipped:
            continue
        found.append(_fixed(start) if tz else start)
    # DTSTART is the first occurrence (RFC 5545 3.8.5.3) even when the rule does not match
    # it, which dateutil leaves out: so a rule that never yields still shows its start.
    if (window_start <= starts_at < window_end and _utc(starts_at) not in skipped
            and all(s != starts_at for s in found)):
        found.insert(0, starts_at)
    return found[:MAX_OCCURRENCES]


def occurrence_at(rrule: str, starts_at: datetime, when: datetime, tzid: str | None = None) -> bool:
    """True when the series has an occurrence starting exactly at ``when``."""
    try:
        hits = expand(rrule, starts_at, when, when + timedelta(seconds=1), tzid=tzid)
    except OverflowError:
        return False
    return bool(hits)


def _instant(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return _utc(moment)


def _utc(moment: datetime) -> datetime:
    """``moment`` in UTC, or as it is when that would leave the years 1-9999."""
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        return moment


def _fixed(moment: datetime) -> datetime:
    """The same instant with a plain fixed offset (what the workspace stores)."""
    from datetime import timezone

    offset = moment.utcoffset() or timedelta(0)
    return moment.astimezone(timezone(offset))
