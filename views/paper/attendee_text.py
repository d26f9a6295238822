"""What attendee lists, sign-in sheets and the events workbook say, in the user's language:
their headers, status words and the sheet's heading (title, time, place). The window and
the CLI both take their words from here, so a file reads the same whichever made it."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from exports.attendees import ListWords
from exports.event_sheet import EventWords
from exports.signin import SignInWords
from models.events.attendees import Sitting

translate = QCoreApplication.translate
CONTEXT = "AttendeeText"


def _t(text: str) -> str:
    return translate(CONTEXT, text)


def list_words() -> ListWords:
    return ListWords(
        headers={"number": _t("No."), "name": _t("Name"), "status": _t("Status"),
                 "waitlist_place": _t("Waitlist place"), "guests": _t("Guests"),
                 "note": _t("Note"), "registered_at": _t("Signed up"),
                 "checked_in_at": _t("Checked in"), "phone": _t("Phone"),
                 "code": _t("Ticket code")},
        registered=_t("Registered"), walk_in=_t("Walk-in"),
        waitlisted=_t("Waitlist {place}"), cancelled=_t("Cancelled"))


def signin_words() -> SignInWords:
    return SignInWords(
        headers={"number": _t("No."), "name": _t("Name"), "phone": _t("Phone"),
                 "note": _t("Note"), "checked_in": _t("Checked in"),
                 "signature": _t("Signature")},
        waitlisted=_t("Waitlist {place}"), walk_in=_t("Walk-in"), guests=_t("+{count}"))


def event_words(statuses: Mapping[str, str] | None = None) -> EventWords:
    """``statuses``: the stored event statuses' labels (``views.calendar.labels``)."""
    return EventWords(
        headers={"id": _t("ID"), "day": _t("Date"), "title": _t("Event"),
                 "community": _t("Community"), "start": _t("Starts"), "place": _t("Place"),
                 "status": _t("Status"), "registered": _t("Registered"),
                 "waitlisted": _t("Waitlist"), "checked_in": _t("Checked in"),
                 "walk_ins": _t("Walk-ins"), "no_shows": _t("No-shows"),
                 "rate": _t("Attendance rate"), "budget": _t("Budget"),
                 "actual_cost": _t("Actual cost"), "over_budget": _t("Over budget")},
        online=_t("Online"), totals=_t("Total"), sheet=_t("Events"),
        statuses=dict(statuses or {}))


def signin_title() -> str:
    return _t("Sign-in sheet")


def list_title() -> str:
    return _t("Attendees")


def page_label() -> str:
    """The sign-in sheet's footer; ``{page}`` and ``{pages}`` are filled in."""
    return _t("Page {page} of {pages}")


def when_text(sitting: Sitting) -> str:
    """"2026-12-05 (Sat) 19:00–21:00", an all-day or multi-day one likewise."""
    start, end = sitting.start, sitting.end
    if sitting.event.all_day:
        last = max(end - timedelta(seconds=1), start)
        if last.date() == start.date():
            return _t("{day}, all day").format(day=_day(start))
        return _t("{first} – {last}, all day").format(first=_day(start), last=_day(last))
    if end.date() == start.date():
        return f"{_day(start)} {start:%H:%M}–{end:%H:%M}"
    return f"{_day(start)} {start:%H:%M} – {_day(end)} {end:%H:%M}"


def _day(moment: datetime) -> str:
    weekday = QLocale().toString(QDate(moment.year, moment.month, moment.day), "ddd")
    return f"{moment:%Y-%m-%d} ({weekday})"


def heading(sitting: Sitting, community: str | None = None) -> list[str]:
    """The sheet's heading: the title, then time and place, then community and how many
    signed up."""
    e = sitting.event
    place = (_t("Online: {link}").format(link=e.link) if e.link else _t("Online")) \
        if e.online else (e.location or _t("Place not set"))
    lines = [e.title, f"{when_text(sitting)} · {place}"]
    if community:
        lines.append(community)
    return lines
