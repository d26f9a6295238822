"""An RRULE read part by part into plain data, so views can say it in words.

``recurrence.parse_rule`` answers "can the editor show this?" and gives up on anything it
does not offer. ``read_rule`` answers "what does it say?" for any rule, including ones
imported from other calendar apps or written by hand: every part it understands becomes a
field, and a part it cannot read (an unknown name, a value out of range, an X- extension)
is kept as written in ``unknown``, so the words can go as far as the rule is understood.

With a start given, the parts a rule leaves to its DTSTART are filled in as RFC 5545 and
dateutil do (a weekly rule without BYDAY repeats on the start's weekday; a monthly one on
the start's day of the month; a yearly one on the start's month and day), so "every week"
reads as "every Wednesday".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

FREQUENCIES = ("SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY")
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class RuleParts:
    """What a rule says. Weekdays are (ordinal, weekday) with weekday 0 = Monday and
    ordinal 0 for "every" (``1`` the first, ``-1`` the last in the month or year)."""

    #: One of ``FREQUENCIES``, or "" when the rule has no frequency anyone can read.
    freq: str = ""
    interval: int = 1
    weekdays: tuple[tuple[int, int], ...] = ()
    monthdays: tuple[int, ...] = ()
    months: tuple[int, ...] = ()
    yeardays: tuple[int, ...] = ()
    weeks: tuple[int, ...] = ()
    #: BYSETPOS: which of the dates the other parts give within each period are kept.
    positions: tuple[int, ...] = ()
    hours: tuple[int, ...] = ()
    minutes: tuple[int, ...] = ()
    count: int | None = None
    #: The last day (inclusive), in the start's time zone when the rule ends at an instant.
    until: date | None = None
    #: Parts that could not be read, as written ("BYEASTER=0", "X-NAME=1", "BYDAY=XX").
    unknown: tuple[str, ...] = field(default=())

    @property
    def understood(self) -> bool:
        """False when nothing can be said in words (no readable FREQ)."""
        return bool(self.freq)


def until_date(text: str, starts_at: datetime | None) -> date:
    """The day an UNTIL value ends on: a DATE as it is; a UTC time in the start's zone."""
    if len(text) == 8:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    moment = datetime.strptime(text.rstrip("Z"), "%Y%m%dT%H%M%S")
    if text.endswith("Z"):
        moment = moment.replace(tzinfo=UTC)
        if starts_at is not None and starts_at.tzinfo is not None:
            moment = moment.astimezone(starts_at.tzinfo)
    return moment.date()


def _numbers(value: str, low: int, high: int, *, signed: bool = False) -> tuple[int, ...]:
    found = []
    for piece in value.split(","):
        n = int(piece)
        if not (low <= abs(n) <= high) or (n < 0 and not signed):
            raise ValueError(piece)
        found.append(n)
    if not found:
        raise ValueError(value)
    return tuple(sorted(set(found), key=lambda n: (n < 0, abs(n) if n < 0 else n)))


def _weekdays(value: str) -> tuple[tuple[int, int], ...]:
    found = []
    for piece in value.split(","):
        piece = piece.strip().upper()
        code, number = piece[-2:], piece[:-2]
        if code not in WEEKDAY_CODES:
            raise ValueError(piece)
        ordinal = int(number) if number not in ("", "+", "-") else 0
        if number in ("+", "-") or abs(ordinal) > 53:
            raise ValueError(piece)
        found.append((ordinal, WEEKDAY_CODES.index(code)))
    return tuple(dict.fromkeys(found))


def _positive(value: str) -> int:
    n = int(value)
    if n < 1:
        raise ValueError(value)
    return n


_READERS = {
    "INTERVAL": ("interval", _positive),
    "COUNT": ("count", _positive),
    "BYDAY": ("weekdays", _weekdays),
    "BYMONTHDAY": ("monthdays", lambda v: _numbers(v, 1, 31, signed=True)),
    "BYMONTH": ("months", lambda v: _numbers(v, 1, 12)),
    "BYYEARDAY": ("yeardays", lambda v: _numbers(v, 1, 366, signed=True)),
    "BYWEEKNO": ("weeks", lambda v: _numbers(v, 1, 53, signed=True)),
    "BYSETPOS": ("positions", lambda v: _numbers(v, 1, 366, signed=True)),
    "BYHOUR": ("hours", lambda v: _numbers(v, 0, 23)),
    "BYMINUTE": ("minutes", lambda v: _numbers(v, 0, 59)),
}


def read_rule(rrule: str | None, starts_at: datetime | None = None) -> RuleParts:
    """Every part of ``rrule`` that can be read (see the module's docstring). Never raises:
    a rule with no readable FREQ comes back with ``freq`` empty and all of it unknown."""
    text = (rrule or "").strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    values: dict = {}
    unknown: list[str] = []
    seen: set[str] = set()
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        key, sep, value = part.partition("=")
        key, value = key.strip().upper(), value.strip()
        if not sep or key in seen:  # not NAME=VALUE, or a part given twice
            unknown.append(part)
            continue
        seen.add(key)
        try:
            if key == "FREQ":
                if value.upper() not in FREQUENCIES:
                    raise ValueError(value)
                values["freq"] = value.upper()
            elif key == "UNTIL":
                values["until"] = until_date(value.upper(), starts_at)
            elif key == "WKST":
                if value.upper() not in WEEKDAY_CODES:
                    raise ValueError(value)
                # Changes only which weeks an every-N-weeks rule counts: not worth words.
            elif key == "BYSECOND" and set(value.split(",")) <= {"0", "00"}:
                pass  # on the minute: what every rule of ours means anyway
            elif key in _READERS:
                name, reader = _READERS[key]
                values[name] = reader(value)
            else:
                raise ValueError(key)
        except (ValueError, OverflowError):
            unknown.append(part)
    parts = RuleParts(**values, unknown=tuple(unknown))
    if not parts.freq:
        return RuleParts(unknown=tuple(p for p in text.split(";") if p.strip()))
    return _with_start(parts, starts_at) if starts_at is not None else parts


def _with_start(parts: RuleParts, start: datetime) -> RuleParts:
    """The day parts a rule leaves to its start, filled in as dateutil does."""
    from dataclasses import replace

    if parts.weekdays or parts.monthdays or parts.yeardays or parts.weeks:
        return parts
    if any(p.upper().startswith(("BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO"))
           for p in parts.unknown):
        return parts  # the rule names its days, only not readably: no guessing
    if parts.freq == "YEARLY":
        return replace(parts, months=parts.months or (start.month,), monthdays=(start.day,))
    if parts.freq == "MONTHLY":
        return replace(parts, monthdays=(start.day,))
    if parts.freq == "WEEKLY":
        return replace(parts, weekdays=((0, start.weekday()),))
    return parts
