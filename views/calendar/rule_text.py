"""A repeat rule in words, in the user's language: 每周三，共 8 次 / every Wednesday, 8 times.

The rule is read into data by ``models.events.rule_parts.read_rule``; this module only
words it. Every phrase is a whole template through ``translate`` (context "RuleText"), so
Chinese can order it its own way (每两周的周二、周四 / every 2 weeks on Tuesday and Thursday).
A rule from another app says as much in words as is understood, and names only the parts
that are not; the raw text shows only when nothing of it can be read.
"""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from models.events.rule_parts import RuleParts, read_rule

translate = QCoreApplication.translate
#: A space between two Chinese characters comes from joining templates, never from a writer.
_CJK_GAP = re.compile(r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff08-\uff1f]) (?=[\u4e00-\u9fff])")
#: Times listed before "and N more" (an hourly rule may name 24).
_TIMES_SHOWN = 6


def rule_text(rrule: str | None, starts_at: datetime | None = None, skipped: int = 0) -> str:
    """``rrule`` in words; ``starts_at`` fills in what the rule leaves to the start (a weekly
    rule's weekday), ``skipped`` is how many of its dates were deleted (EXDATEs)."""
    return parts_text(read_rule(rrule, starts_at), skipped, rrule or "")


def parts_text(parts: RuleParts, skipped: int = 0, raw: str = "") -> str:
    if not parts.understood:
        return translate("RuleText", "a rule Qunzhu cannot read: {rule}").format(
            rule=raw.strip().removeprefix("RRULE:") or ";".join(parts.unknown))
    text = _when(parts)
    if parts.count is not None:
        text = (translate("RuleText", "{rule}, 1 time") if parts.count == 1 else
                translate("RuleText", "{rule}, {n} times")).format(rule=text, n=parts.count)
    if parts.until is not None:
        text = translate("RuleText", "{rule} until {date}").format(
            rule=text, date=parts.until.isoformat())
    if skipped:
        text = (translate("RuleText", "{rule}, 1 skipped") if skipped == 1 else
                translate("RuleText", "{rule}, {n} skipped")).format(rule=text, n=skipped)
    if parts.unknown:
        text = translate("RuleText", "{rule} (and parts Qunzhu cannot read: {parts})").format(
            rule=text, parts=";".join(parts.unknown))
    return _CJK_GAP.sub("", text)


# -- what it repeats on -------------------------------------------------------------------

def _when(p: RuleParts) -> str:
    every = _every(p.freq, p.interval)
    days = [_weekday_token(o, d) for o, d in p.weekdays]
    text = every
    if p.freq == "WEEKLY" and days and not p.monthdays:
        text = _weekly(p, every)
    elif p.freq == "MONTHLY" and (days or p.monthdays):
        text = _on_days(every, p)
    elif p.freq == "YEARLY" and (days or p.monthdays):
        text = _yearly(every, p)
    else:
        if days:
            text = translate("RuleText", "{rule}, only on {days}").format(
                rule=text, days=join([_weekday_name(d) if not o else _weekday_token(o, d)
                                      for o, d in p.weekdays]))
        if p.monthdays:
            text = translate("RuleText", "{rule}, only on {days} of the month").format(
                rule=text, days=_monthdays(p.monthdays))
    if p.months and not (p.freq == "YEARLY" and (days or p.monthdays)):
        text = translate("RuleText", "{rule}, only in {months}").format(
            rule=text, months=join([_month(m) for m in p.months]))
    if p.weeks:
        text = translate("RuleText", "{rule}, in week {weeks} of the year").format(
            rule=text, weeks=_numbers(p.weeks))
    if p.yeardays:
        text = translate("RuleText", "{rule}, on day {days} of the year").format(
            rule=text, days=_numbers(p.yeardays))
    if p.positions:
        text = translate("RuleText", "{rule}, only the {positions} of those dates").format(
            rule=text, positions=join([_position(n) for n in p.positions]))
    return _times(text, p)


def _weekly(p: RuleParts, every: str) -> str:
    chosen = sorted(d for _, d in p.weekdays)
    if chosen == [0, 1, 2, 3, 4]:
        names = translate("RuleText", "weekday (Monday to Friday)")
    elif chosen == list(range(7)):
        names = translate("RuleText", "day of the week")
    else:
        names = join([_weekday_token(o, d) for o, d in p.weekdays])
    if p.interval == 1:
        return translate("RuleText", "every {weekdays}").format(weekdays=names)
    return translate("RuleText", "{every} on {weekdays}").format(every=every, weekdays=names)


def _on_days(every: str, p: RuleParts) -> str:
    if p.weekdays and p.monthdays:  # both limit: Friday the 13th
        return translate("RuleText", "{every} on {days}, when that is a {weekdays}").format(
            every=every, days=_monthdays(p.monthdays),
            weekdays=join([_weekday_name(d) for _, d in p.weekdays], last="or"))
    plain = [d for o, d in p.weekdays if o == 0]
    days = [_weekday_token(o, d) for o, d in p.weekdays if o != 0]
    if plain:  # every such day of the month, not one of them
        days.insert(0, translate("RuleText", "each {days}").format(days=_day_group(plain)))
    if not days:
        days = [_monthdays(p.monthdays)]
    return translate("RuleText", "{every} on {days}").format(every=every, days=join(days))


def _day_group(days: list[int]) -> str:
    """"Monday to Friday" for the working week, else the days listed."""
    if sorted(days) == [0, 1, 2, 3, 4]:
        return translate("RuleText", "Monday to Friday")
    return join([_weekday_name(d) for d in days])


def _yearly(every: str, p: RuleParts) -> str:
    positive = [d for d in p.monthdays if d > 0]
    if len(p.months) == 1 and len(positive) == 1 and len(p.monthdays) == 1 and not p.weekdays:
        return translate("RuleText", "{every} on {month} {day}").format(
            every=every, month=_month(p.months[0]), day=positive[0])
    if not p.months:
        return _on_days(every, p)
    if p.weekdays and not p.monthdays:
        return translate("RuleText", "{every} on {days} of {months}").format(
            every=every, days=join([_weekday_token(o, d) for o, d in p.weekdays]),
            months=join([_month(m) for m in p.months]))
    return translate("RuleText", "{every} in {months}: {days}").format(
        every=every, months=join([_month(m) for m in p.months]),
        days=_on_days("", p).strip())


def _times(text: str, p: RuleParts) -> str:
    if p.hours:
        minutes = p.minutes or (0,)
        times = [f"{h:02d}:{m:02d}" for h in p.hours for m in minutes]
        shown = times[:_TIMES_SHOWN]
        if len(times) > _TIMES_SHOWN:
            shown.append(translate("RuleText", "{n} more").format(n=len(times) - _TIMES_SHOWN))
        return translate("RuleText", "{rule} at {times}").format(rule=text, times=join(shown))
    if p.minutes:
        return translate("RuleText", "{rule} at minute {minutes}").format(
            rule=text, minutes=_numbers(p.minutes))
    return text


# -- words ----------------------------------------------------------------------------------

def _every(freq: str, n: int) -> str:
    one, two, many = {
        "SECONDLY": (translate("RuleText", "every second"),
                     translate("RuleText", "every 2 seconds"),
                     translate("RuleText", "every {n} seconds")),
        "MINUTELY": (translate("RuleText", "every minute"),
                     translate("RuleText", "every 2 minutes"),
                     translate("RuleText", "every {n} minutes")),
        "HOURLY": (translate("RuleText", "every hour"), translate("RuleText", "every 2 hours"),
                   translate("RuleText", "every {n} hours")),
        "DAILY": (translate("RuleText", "daily"), translate("RuleText", "every 2 days"),
                  translate("RuleText", "every {n} days")),
        "WEEKLY": (translate("RuleText", "weekly"), translate("RuleText", "every 2 weeks"),
                   translate("RuleText", "every {n} weeks")),
        "MONTHLY": (translate("RuleText", "monthly"), translate("RuleText", "every 2 months"),
                    translate("RuleText", "every {n} months")),
        "YEARLY": (translate("RuleText", "yearly"), translate("RuleText", "every 2 years"),
                   translate("RuleText", "every {n} years")),
    }[freq]
    return one if n == 1 else two if n == 2 else many.format(n=n)


def _weekday_name(day: int) -> str:
    return (translate("RuleText", "Monday"), translate("RuleText", "Tuesday"),
            translate("RuleText", "Wednesday"), translate("RuleText", "Thursday"),
            translate("RuleText", "Friday"), translate("RuleText", "Saturday"),
            translate("RuleText", "Sunday"))[day]


def _weekday_token(ordinal: int, day: int) -> str:
    """"Wednesday", "the first Saturday", "the last Friday" ... (0: every such day)."""
    name = _weekday_name(day)
    if ordinal == 0:
        return name
    template = {
        1: translate("RuleText", "the first {day}"), 2: translate("RuleText", "the second {day}"),
        3: translate("RuleText", "the third {day}"), 4: translate("RuleText", "the fourth {day}"),
        5: translate("RuleText", "the fifth {day}"), -1: translate("RuleText", "the last {day}"),
        -2: translate("RuleText", "the second to last {day}"),
    }.get(ordinal)
    if template is None:
        template = (translate("RuleText", "{day} number {n}") if ordinal > 0 else
                    translate("RuleText", "{day} number {n} from the end"))
    return template.format(day=name, n=abs(ordinal))


def _position(n: int) -> str:
    return {1: translate("RuleText", "first"), 2: translate("RuleText", "second"),
            3: translate("RuleText", "third"), -1: translate("RuleText", "last"),
            -2: translate("RuleText", "second to last")}.get(n) or (
        translate("RuleText", "number {n}") if n > 0 else
        translate("RuleText", "number {n} from the end")).format(n=abs(n))


def _monthdays(days: tuple[int, ...]) -> str:
    positive = [d for d in days if d > 0]
    tokens = []
    if len(positive) == 1:
        tokens.append(translate("RuleText", "day {n}").format(n=positive[0]))
    elif positive:
        # "days 1, 15 and the last day": the last "and" belongs to the whole list
        listed = (translate("RuleText", ", ").join(str(n) for n in positive)
                  if len(positive) < len(days) else _numbers(positive))
        tokens.append(translate("RuleText", "days {list}").format(list=listed))
    for d in (d for d in days if d < 0):
        tokens.append(translate("RuleText", "the last day") if d == -1 else
                      translate("RuleText", "day {n} from the end").format(n=-d))
    return join(tokens)


def _month(month: int) -> str:
    return (translate("RuleText", "January"), translate("RuleText", "February"),
            translate("RuleText", "March"), translate("RuleText", "April"),
            translate("RuleText", "May"), translate("RuleText", "June"),
            translate("RuleText", "July"), translate("RuleText", "August"),
            translate("RuleText", "September"), translate("RuleText", "October"),
            translate("RuleText", "November"), translate("RuleText", "December"))[month - 1]


def _numbers(numbers) -> str:
    return join([str(n) for n in numbers])


def join(items: list[str], last: str = "and") -> str:
    """"A", "A and B", "A, B and C" (A、B、C in Chinese); ``last="or"`` for alternatives."""
    if len(items) <= 1:
        return "".join(items)
    pair = (translate("RuleText", "{first} and {last}") if last == "and" else
            translate("RuleText", "{first} or {last}"))
    head = translate("RuleText", ", ").join(items[:-1])
    return pair.format(first=head, last=items[-1])
