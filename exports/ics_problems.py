"""What a calendar import or export has to say, as data: a code, the event it is about
(number in the file, summary, UID), the property, the value. ``str()`` gives the English
line (logs, tests); the CLI and the window word it in the user's language with
``desktop/calendar_messages.py``, from the same code and fields.

Also the readers of one property's value that cannot be trusted (a calendar file is
input from anywhere): whole numbers that SQLite can store, times in the years 1-9999.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from models.core.errors import Message

#: SQLite's INTEGER is a signed 64-bit number.
INT_MAX = 2**63 - 1
#: Times the calendar can work with: a few days inside datetime's range, so that adding an
#: event's length, a UTC offset or a window's margin can never leave it.
EARLIEST = datetime(1, 1, 8)
LATEST = datetime(9999, 12, 24)


class Code(StrEnum):
    # The file is refused (exit 2) when any of these is found.
    NOT_ICALENDAR = "not_icalendar"  # detail
    NO_VCALENDAR = "no_vcalendar"
    NOT_VCALENDAR = "not_vcalendar"  # value: the component found instead
    NO_EVENTS = "no_events"
    NO_START = "no_start"
    BAD_TIME = "bad_time"  # prop, value
    OUT_OF_RANGE = "out_of_range"  # prop, value
    END_BEFORE_START = "end_before_start"  # prop
    BAD_NUMBER = "bad_number"  # prop, value
    TOO_LARGE = "too_large"  # prop, value
    NEGATIVE = "negative"  # prop, value
    PERIOD_EXDATE = "period_exdate"  # prop
    DUPLICATE = "duplicate"  # prop (UID or RECURRENCE-ID), value
    RULE_UNREADABLE = "rule_unreadable"  # detail
    RULE_TOO_OFTEN = "rule_too_often"  # detail
    RULE_TOO_MANY = "rule_too_many"  # value: COUNT, detail: the most allowed
    RULE_NEVER = "rule_never"
    INVALID = "invalid"  # prop, detail (English), message (models.events.schedule.validate)
    # Notes: imported, but not everything was kept.
    NO_UID = "no_uid"
    UNKNOWN_STATUS = "unknown_status"  # value
    UNKNOWN_KIND = "unknown_kind"  # value
    NO_COMMUNITY = "no_community"  # value
    NO_COMMUNITY_CHOSEN = "no_community_chosen"  # value
    NOT_WHOLE_NUMBER = "not_whole_number"  # prop, value
    NOT_KEPT = "not_kept"  # prop
    ALARMS_NOT_KEPT = "alarms_not_kept"
    LEFT_OUT = "left_out"  # value: component name, count
    ORPHAN_OCCURRENCE = "orphan_occurrence"
    # Export notes: what a stored event could not put in the file.
    RULE_NOT_EXPORTED = "rule_not_exported"  # value: the stored rule
    EXDATE_NOT_EXPORTED = "exdate_not_exported"  # value
    EVENT_NOT_EXPORTED = "event_not_exported"  # detail

#: The English wording; desktop/calendar_messages.py has the same templates, translated.
ENGLISH: dict[Code, str] = {
    Code.NOT_ICALENDAR: "not an iCalendar file; this cannot be read: {detail}",
    Code.NO_VCALENDAR: "not an iCalendar file: no VCALENDAR found",
    Code.NOT_VCALENDAR: "{value}: expected a VCALENDAR",
    Code.NO_EVENTS: "the file holds no events",
    Code.NO_START: "no DTSTART (start time)",
    Code.BAD_TIME: "{prop}: not a date or time: {value}",
    Code.OUT_OF_RANGE: "{prop}: {value} is outside the years 1 to 9999",
    Code.END_BEFORE_START: "{prop}: the end is before the start",
    Code.BAD_NUMBER: "{prop}: not a whole number: {value}",
    Code.TOO_LARGE: "{prop}: {value} is too large (at most 9223372036854775807)",
    Code.NEGATIVE: "{prop}: cannot be negative: {value}",
    Code.PERIOD_EXDATE: "{prop}: a period cannot be an excluded date (VALUE=PERIOD)",
    Code.DUPLICATE: "{prop}: appears twice in the file ({value})",
    Code.RULE_UNREADABLE: "RRULE: not a repeat rule Qunzhu can read ({detail})",
    Code.RULE_TOO_OFTEN: "RRULE: repeats more often than hourly ({detail})",
    Code.RULE_TOO_MANY: "RRULE: repeats {value} times; at most {detail} are kept",
    Code.RULE_NEVER: "RRULE: no date matches the rule, or they are too far apart to work out",
    Code.INVALID: "{prop}: {detail}",
    Code.NO_UID: "no UID; matched by title and start instead",
    Code.UNKNOWN_STATUS: "unknown status {value!r}; imported as published",
    Code.UNKNOWN_KIND: "unknown kind {value!r}; imported as other",
    Code.NO_COMMUNITY: "no community named {value!r}; imported without one",
    Code.NO_COMMUNITY_CHOSEN: "no community named {value!r}; put in the chosen one",
    Code.NOT_WHOLE_NUMBER: "{prop} is not a whole number; left out",
    Code.NOT_KEPT: "{prop} is not kept",
    Code.ALARMS_NOT_KEPT: "reminders (VALARM) are not kept",
    Code.LEFT_OUT: "{count} {value} component(s) left out: only events are imported",
    Code.ORPHAN_OCCURRENCE: "an edited occurrence of a series not in the file or the workspace;"
                            " imported as a single event",
    Code.RULE_NOT_EXPORTED: "its repeat rule cannot be read ({value}); written as a single"
                            " event, the rule kept as X-QUNZHU-RRULE",
    Code.EXDATE_NOT_EXPORTED: "an excluded date cannot be read ({value}); left out",
    Code.EVENT_NOT_EXPORTED: "cannot be written ({detail}); left out",
}


@dataclass(frozen=True)
class IcsProblem:
    """One line about a calendar file. ``number`` is the event's place in the file (None
    for the file as a whole, or for a stored event on export)."""

    code: Code
    number: int | None = None
    summary: str = ""
    uid: str = ""
    prop: str = ""
    value: str = ""
    detail: str = ""
    count: int = 0
    #: The domain's reason, when it gave one (``Code.INVALID``): the views word it.
    message: Message | None = None

    @property
    def about_event(self) -> bool:
        return self.number is not None or bool(self.uid)

    def event_label(self) -> str:
        where = f"event {self.number} " if self.number is not None else "event "
        return (f"{where}\u201c{shorten(self.summary) or 'untitled'}\u201d"
                f" (UID {shorten(self.uid) or 'none'})")

    def __str__(self) -> str:
        text = ENGLISH[self.code].format(**self.fields())
        return f"{self.event_label()}: {text}" if self.about_event else text

    def fields(self) -> dict[str, object]:
        return {"prop": self.prop, "value": shorten(self.value), "detail": shorten(self.detail),
                "count": self.count}


@dataclass(frozen=True)
class EventRef:
    """Which event a problem is about; ``problem(...)`` fills in the rest."""

    number: int | None
    summary: str
    uid: str

    def problem(self, code: Code, **fields) -> IcsProblem:
        return replace(IcsProblem(code, self.number, self.summary, self.uid), **fields)


def shorten(text: object, limit: int = 80) -> str:
    """A value as it can be quoted on one line (a hostile file may hold megabytes)."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


class ValueTrouble(ValueError):
    """A property's value cannot be used; ``code`` says why."""

    def __init__(self, code: Code, value: object) -> None:
        super().__init__(code.value)
        self.code = code
        self.value = value


def whole_number(raw: object) -> int:
    """``raw`` as an int SQLite can store (raises ``ValueTrouble``)."""
    text = str(raw).strip()
    try:
        value = int(text)
    except ValueError:
        raise ValueTrouble(Code.BAD_NUMBER, text) from None
    if not -INT_MAX - 1 <= value <= INT_MAX:
        raise ValueTrouble(Code.TOO_LARGE, text)
    return value


def in_range(moment: date | datetime) -> bool:
    """True when the calendar can work with ``moment`` (see ``EARLIEST``/``LATEST``)."""
    naive = moment if isinstance(moment, datetime) else datetime(moment.year, moment.month,
                                                                 moment.day)
    try:
        naive = naive.replace(tzinfo=None) - (naive.utcoffset() or timedelta(0))
    except OverflowError:
        return False
    return EARLIEST <= naive <= LATEST
