"""Walking an RRULE in bounded time, whatever the rule says.

dateutil's ``rrule`` walks period by period from DTSTART (every second for FREQ=SECONDLY)
and only hands control back when it yields an occurrence. So a rule's cost is not its
results but the periods between DTSTART and the end of what is asked: an old DTSTART,
FREQ=SECONDLY, or a rule that never yields (``BYMONTH=2;BYMONTHDAY=30`` walks every day to
the year 9999) each froze the calendar for tens of seconds. Three guards, so that every
expansion finishes after a bounded amount of work:

1. ``problem`` names rules the calendar cannot show: repeating more often than hourly
   (FREQ=SECONDLY/MINUTELY, more than 24 start times a day), more than ``MAX_COUNT``
   times, never, or only so rarely that finding the occurrences costs more than the budget.
   Imports refuse them; a stored one (from an older version) shows its first occurrence.
2. ``fast_forward``: a rule without COUNT gets its DTSTART moved forward by whole periods
   (or whole 400-year Gregorian cycles, for MONTHLY and YEARLY) to just before the window,
   which leaves the occurrences unchanged and the walk short.
3. a work budget: every period dateutil walks costs its number of days; past
   ``WORK_BUDGET`` the walk stops with what it found (``Walk.complete`` is False).

The budget is counted inside dateutil's own loop, by running ``rrule._iter`` with a
counting ``_iterinfo`` in place of dateutil's (a copy of the function with other globals:
nothing in dateutil is changed for anyone else). ``test_rule_walk`` fails if a dateutil
release renames what this relies on.
"""

from __future__ import annotations

import math
import re
import types
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from dateutil import rrule as _du

#: Days dateutil may walk for one expansion (a day of a yearly rule costs as much as a day
#: of a daily one). About 0.1 s on a slow machine; a 10-year window of a daily rule is 3,650.
WORK_BUDGET = 60_000
#: The most occurrences a series may have (COUNT). Daily for 27 years, hourly for a year.
MAX_COUNT = 10_000
#: Start times a day a rule may have (hourly at most).
MAX_TIMES_A_DAY = 24

_UNTIL = re.compile(r"^\d{8}(T\d{6}Z?)?$")
_GREGORIAN_CYCLE_YEARS = 400  # weekdays, leap years and week numbers repeat exactly


class Trouble(StrEnum):
    """Why a rule cannot be shown; the words are the UI's (``desktop/calendar_messages``)."""

    UNREADABLE = "unreadable"  # detail: the part (or the rule) that cannot be read
    TOO_OFTEN = "too_often"  # detail: the rule
    TOO_MANY = "too_many"  # detail: COUNT
    NEVER = "never"  # no date ever matches
    TOO_SPARSE = "too_sparse"  # occurrences too far apart to work out


@dataclass(frozen=True)
class RuleProblem:
    trouble: Trouble
    detail: str = ""

    def __str__(self) -> str:  # English, for logs and tests
        return {
            Trouble.UNREADABLE: f"not a repeat rule Qunzhu can read ({self.detail})",
            Trouble.TOO_OFTEN: f"repeats more often than hourly ({self.detail})",
            Trouble.TOO_MANY: f"repeats {self.detail} times; at most {MAX_COUNT:,} are kept",
            Trouble.NEVER: "no date ever matches the rule",
            Trouble.TOO_SPARSE: "its dates are too far apart to work out",
        }[self.trouble]


class WorkExceeded(Exception):
    """The walk used up its budget (raised inside dateutil's loop, caught here)."""


class _CountingInfo(_du._iterinfo):
    """dateutil's per-walk helper, charging each period's days to the rule's budget. No
    ``__slots__`` here, so dateutil's ``__init__`` still sees its own slot list."""

    def __init__(self, rule) -> None:
        super().__init__(rule)
        self.left = getattr(rule, "work_left", None)

    def _spend(self, found: tuple) -> tuple:
        if self.left is not None:
            self.left -= 1 + found[2] - found[1]
            if self.left < 0:
                raise WorkExceeded()
        return found

    def ydayset(self, year, month, day):
        return self._spend(super().ydayset(year, month, day))

    def mdayset(self, year, month, day):
        return self._spend(super().mdayset(year, month, day))

    def wdayset(self, year, month, day):
        return self._spend(super().wdayset(year, month, day))

    def ddayset(self, year, month, day):
        return self._spend(super().ddayset(year, month, day))


_plain_iter = _du.rrule._iter
_counted_iter = types.FunctionType(
    _plain_iter.__code__, {**vars(_du), "_iterinfo": _CountingInfo}, _plain_iter.__name__,
    _plain_iter.__defaults__, _plain_iter.__closure__)


class _BoundedRule(_du.rrule):
    """An rrule whose walk is charged to ``work_left`` (set per walk)."""

    work_left: int | None = None
    _iter = _counted_iter


@dataclass(frozen=True)
class Walk:
    starts: list[datetime]
    #: False when the budget ran out first: ``starts`` may miss some at the end.
    complete: bool


def _parts(text: str) -> dict[str, str]:
    parts: dict[str, str] = {}
    for part in text.strip().removeprefix("RRULE:").split(";"):
        if not part:
            continue
        key, sep, value = part.partition("=")
        key = key.strip().upper()
        if not sep or not key:
            raise ValueError(part)  # not NAME=VALUE
        if key in parts:
            raise ValueError(f"{key}={value.strip()}")  # given twice
        parts[key] = value.strip()
    return parts


def parse(text: str, dtstart: datetime) -> _BoundedRule | RuleProblem:
    """The rule as a bounded dateutil rrule starting at ``dtstart``, or why it is unreadable
    or too frequent (cheap: nothing is walked)."""
    try:
        parts = _parts(text)
    except ValueError as error:
        return RuleProblem(Trouble.UNREADABLE, str(error))
    if "COUNT" in parts and "UNTIL" in parts:
        return RuleProblem(Trouble.UNREADABLE, f"COUNT={parts['COUNT']};UNTIL={parts['UNTIL']}")
    if "UNTIL" in parts:
        if not _UNTIL.match(parts["UNTIL"]):
            return RuleProblem(Trouble.UNREADABLE, f"UNTIL={parts['UNTIL']}")
        parts["UNTIL"] = _until_utc(parts["UNTIL"], dtstart)
    freq = parts.get("FREQ", "").upper()
    if freq in ("SECONDLY", "MINUTELY"):
        return RuleProblem(Trouble.TOO_OFTEN, f"FREQ={freq}")
    try:
        rule = _du.rrulestr(";".join(f"{k}={v}" for k, v in parts.items()), dtstart=dtstart)
    except (ValueError, TypeError, KeyError, IndexError, OverflowError):
        return RuleProblem(Trouble.UNREADABLE, text.strip().removeprefix("RRULE:"))
    if not isinstance(rule, _du.rrule):
        return RuleProblem(Trouble.UNREADABLE, text.strip().removeprefix("RRULE:"))
    rule.__class__ = _BoundedRule
    times = len(rule._timeset or ()) if rule._freq != _du.HOURLY else \
        math.ceil(24 / rule._interval) * len(rule._byminute or (0,)) * len(rule._bysecond or (0,))
    if times > MAX_TIMES_A_DAY:
        return RuleProblem(Trouble.TOO_OFTEN, text.strip().removeprefix("RRULE:"))
    return rule  # type: ignore[return-value]


def _until_utc(value: str, dtstart: datetime) -> str:
    """UNTIL in UTC, as dateutil wants with a zoned DTSTART: a DATE or a floating time is
    read in DTSTART's zone (all-day series from Google and Apple end with a DATE)."""
    if value.endswith("Z") or dtstart.tzinfo is None:
        return value
    moment = datetime.strptime(value[:8] + (value[9:15] if "T" in value else "000000"),
                               "%Y%m%d%H%M%S")
    try:
        return moment.replace(tzinfo=dtstart.tzinfo).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    except (OverflowError, ValueError):
        return value


def fast_forward(rule: _BoundedRule, target: datetime) -> _BoundedRule:
    """The same occurrences from ``target`` on, with DTSTART moved forward to at most
    ``target`` by whole periods (the rule unchanged when it has a COUNT, which counts from
    the real DTSTART)."""
    start = rule._dtstart
    if rule._count is not None:
        return rule
    try:
        target = target.astimezone(start.tzinfo) if start.tzinfo else target
        gap = target.replace(tzinfo=None) - start.replace(tzinfo=None)
        if gap <= timedelta(0):
            return rule
        unit = {_du.WEEKLY: timedelta(weeks=1), _du.DAILY: timedelta(days=1),
                _du.HOURLY: timedelta(hours=1)}.get(rule._freq)
        if unit is not None:
            period = unit * rule._interval
            # One period short: dateutil's first week runs from DTSTART to the week's end
            # only, so BYSETPOS there would pick from a partial week.
            moved = start + period * max(gap // period - 1, 0)
        else:  # MONTHLY, YEARLY: whole Gregorian cycles that are whole periods too
            months = 12 if rule._freq == _du.YEARLY else 1
            cycle = math.lcm(_GREGORIAN_CYCLE_YEARS * 12, rule._interval * months) // 12
            moved = start.replace(year=start.year + cycle * ((target.year - start.year - 1)
                                                             // cycle))
    except (OverflowError, ValueError):
        return rule
    if moved <= start:
        return rule
    faster = rule.replace(dtstart=moved)
    faster.__class__ = _BoundedRule
    return faster  # type: ignore[return-value]


def walk(rule: _BoundedRule, after: datetime, before: datetime, *,
         limit: int = MAX_COUNT, budget: int = WORK_BUDGET) -> Walk:
    """Starts with ``after <= start < before`` (at most ``limit``), walking at most
    ``budget`` days."""
    rule = fast_forward(rule, after)
    rule.work_left = budget
    found: list[datetime] = []
    try:
        for start in rule:
            if start >= before:
                return Walk(found, True)
            if start >= after:
                found.append(start)
                if len(found) >= limit:
                    return Walk(found, False)
    except WorkExceeded:
        return Walk(found, False)
    except OverflowError:  # dateutil's own arithmetic near the year 9999
        return Walk(found, True)
    return Walk(found, True)


def problem(text: str, dtstart: datetime) -> RuleProblem | None:
    """Why the calendar cannot show this rule from ``dtstart``, or None. Walks at most
    twice the budget (the first occurrence, and the last of a counted series)."""
    rule = parse(text, dtstart)
    if isinstance(rule, RuleProblem):
        return rule
    if rule._count is not None and rule._count > MAX_COUNT:
        return RuleProblem(Trouble.TOO_MANY, f"{rule._count:,}")
    first = _first(rule)
    if first is None:
        return RuleProblem(Trouble.NEVER)
    if first is WorkExceeded:
        return RuleProblem(Trouble.TOO_SPARSE)
    if rule._count is not None:
        rule.work_left = WORK_BUDGET
        try:
            for _ in rule:
                pass
        except WorkExceeded:
            return RuleProblem(Trouble.TOO_SPARSE)
        except OverflowError:
            pass
    return None


def _first(rule: _BoundedRule):  # -> datetime | None | type[WorkExceeded]
    rule.work_left = WORK_BUDGET
    try:
        return next(iter(rule), None)
    except WorkExceeded:
        return WorkExceeded
    except OverflowError:
        return None
