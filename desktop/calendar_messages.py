"""Calendar import/export problems worded for people, in their language (the CLI and the
window share it). The facts come as data from ``exports/ics_problems.py``; only the words
are here, so both faces say the same thing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from exports.ics_problems import Code, IcsProblem, shorten
from views.error_text import message_text

translate = QCoreApplication.translate


def _templates() -> dict[Code, str]:
    # Built on each call: translate() answers in the language installed at that moment.
    return {
        Code.NOT_ICALENDAR: translate(
            "CalendarFiles", "not an iCalendar file; this cannot be read: {detail}"),
        Code.NO_VCALENDAR: translate(
            "CalendarFiles", "not an iCalendar file: no VCALENDAR found"),
        Code.NOT_VCALENDAR: translate(
            "CalendarFiles", "{value}: expected a VCALENDAR"),
        Code.NO_EVENTS: translate(
            "CalendarFiles", "the file holds no events"),
        Code.NO_START: translate(
            "CalendarFiles", "no DTSTART (start time)"),
        Code.BAD_TIME: translate(
            "CalendarFiles", "{prop}: not a date or time: {value}"),
        Code.OUT_OF_RANGE: translate(
            "CalendarFiles", "{prop}: {value} is outside the years 1 to 9999"),
        Code.END_BEFORE_START: translate(
            "CalendarFiles", "{prop}: the end is before the start"),
        Code.BAD_NUMBER: translate(
            "CalendarFiles", "{prop}: not a whole number: {value}"),
        Code.TOO_LARGE: translate(
            "CalendarFiles", "{prop}: {value} is too large (at most 9223372036854775807)"),
        Code.NEGATIVE: translate(
            "CalendarFiles", "{prop}: cannot be negative: {value}"),
        Code.PERIOD_EXDATE: translate(
            "CalendarFiles", "{prop}: a period cannot be an excluded date (VALUE=PERIOD)"),
        Code.DUPLICATE: translate(
            "CalendarFiles", "{prop}: appears twice in the file ({value})"),
        Code.RULE_UNREADABLE: translate(
            "CalendarFiles", "RRULE: not a repeat rule Qunzhu can read ({detail})"),
        Code.RULE_TOO_OFTEN: translate(
            "CalendarFiles", "RRULE: repeats more often than hourly ({detail})"),
        Code.RULE_TOO_MANY: translate(
            "CalendarFiles", "RRULE: repeats {value} times; at most {detail} are kept"),
        Code.RULE_NEVER: translate(
            "CalendarFiles",
            "RRULE: no date matches the rule, or they are too far apart to work out"),
        Code.INVALID: translate(
            "CalendarFiles", "{prop}: {detail}"),
        Code.NO_UID: translate(
            "CalendarFiles", "no UID; matched by title and start instead"),
        Code.UNKNOWN_STATUS: translate(
            "CalendarFiles", "unknown status {value!r}; imported as published"),
        Code.UNKNOWN_KIND: translate(
            "CalendarFiles", "unknown kind {value!r}; imported as other"),
        Code.NO_COMMUNITY: translate(
            "CalendarFiles", "no community named {value!r}; imported without one"),
        Code.NO_COMMUNITY_CHOSEN: translate(
            "CalendarFiles", "no community named {value!r}; put in the chosen one"),
        Code.NOT_WHOLE_NUMBER: translate(
            "CalendarFiles", "{prop} is not a whole number; left out"),
        Code.NOT_KEPT: translate(
            "CalendarFiles", "{prop} is not kept"),
        Code.ALARMS_NOT_KEPT: translate(
            "CalendarFiles", "reminders (VALARM) are not kept"),
        Code.LEFT_OUT: translate(
            "CalendarFiles", "{count} {value} component(s) left out: only events are imported"),
        Code.ORPHAN_OCCURRENCE: translate(
            "CalendarFiles",
            "an edited occurrence of a series not in the file or the workspace; "
            "imported as a single event"),
        Code.RULE_NOT_EXPORTED: translate(
            "CalendarFiles",
            "its repeat rule cannot be read ({value}); written as a single event, "
            "the rule kept as X-QUNZHU-RRULE"),
        Code.EXDATE_NOT_EXPORTED: translate(
            "CalendarFiles", "an excluded date cannot be read ({value}); left out"),
        Code.EVENT_NOT_EXPORTED: translate(
            "CalendarFiles", "cannot be written ({detail}); left out"),
    }


def describe(problem: IcsProblem) -> str:
    """One line in the user's language: which event (its place in the file, summary, UID),
    which property, what is wrong."""
    if problem.message is not None:  # the domain's reason names its field itself
        text = message_text(problem.message)
    else:
        text = _templates()[problem.code].format(**problem.fields())
    if not problem.about_event:
        return text
    summary = shorten(problem.summary) or translate("CalendarFiles", "untitled")
    uid = shorten(problem.uid) or translate("CalendarFiles", "none")
    if problem.number is None:
        label = translate("CalendarFiles", "event \u201c{summary}\u201d (UID {uid})").format(
            summary=summary, uid=uid)
    else:
        label = translate("CalendarFiles",
                          "event {number} \u201c{summary}\u201d (UID {uid})").format(
            number=problem.number, summary=summary, uid=uid)
    return translate("CalendarFiles", "{event}: {problem}").format(event=label, problem=text)
