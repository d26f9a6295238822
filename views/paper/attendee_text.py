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


def _columns() -> dict[str, str]:
    """Headers the list and the sign-in sheet share."""
    return {"number": translate("AttendeeText", "No."),
            "name": translate("AttendeeText", "Name"),
            "phone": translate("AttendeeText", "Phone"),
            "note": translate("AttendeeText", "Note")}


def list_words() -> ListWords:
    return ListWords(
        headers={**_columns(), "status": translate("AttendeeText", "Status"),
                 "waitlist_place": translate("AttendeeText", "Waitlist place"),
                 "guests": translate("AttendeeText", "Guests"),
                 "registered_at": translate("AttendeeText", "Signed up"),
                 "checked_in_at": translate("AttendeeText", "Checked in"),
                 "code": translate("AttendeeText", "Ticket code")},
        registered=translate("AttendeeText", "Registered"),
        walk_in=translate("AttendeeText", "Walk-in"),
        waitlisted=translate("AttendeeText", "Waitlist {place}"),
        cancelled=translate("AttendeeText", "Cancelled"))


def signin_words() -> SignInWords:
    return SignInWords(
        # "Arrived": a narrow column's header ("Checked in" would be cut short)
        headers={**_columns(), "checked_in": translate("AttendeeText", "Arrived"),
                 "signature": translate("AttendeeText", "Signature")},
        waitlisted=translate("AttendeeText", "Waitlist {place}"),
        walk_in=translate("AttendeeText", "Walk-in"),
        guests=translate("AttendeeText", "+{count}"))


def event_words(statuses: Mapping[str, str] | None = None) -> EventWords:
    """``statuses``: the stored event statuses' labels (``views.calendar.labels``)."""
    return EventWords(
        headers={"id": translate("AttendeeText", "ID"),
                 "day": translate("AttendeeText", "Date"),
                 "title": translate("AttendeeText", "Event"),
                 "community": translate("AttendeeText", "Community"),
                 "start": translate("AttendeeText", "Starts"),
                 "place": translate("AttendeeText", "Place"),
                 "status": translate("AttendeeText", "Status"),
                 "registered": translate("AttendeeText", "Registered"),
                 "waitlisted": translate("AttendeeText", "Waitlist"),
                 "checked_in": translate("AttendeeText", "Checked in"),
                 "walk_ins": translate("AttendeeText", "Walk-ins"),
                 "no_shows": translate("AttendeeText", "No-shows"),
                 "rate": translate("AttendeeText", "Attendance rate"),
                 "budget": translate("AttendeeText", "Budget"),
                 "actual_cost": translate("AttendeeText", "Actual cost"),
                 "over_budget": translate("AttendeeText", "Over budget")},
        online=translate("AttendeeText", "Online"),
        totals=translate("AttendeeText", "Total"),
        sheet=translate("AttendeeText", "Events"),
        statuses=dict(statuses or {}))


def signin_title() -> str:
    return translate("AttendeeText", "Sign-in sheet")


def list_title() -> str:
    return translate("AttendeeText", "Attendees")


def page_label() -> str:
    """The sign-in sheet's footer; ``{page}`` and ``{pages}`` are filled in."""
    return translate("AttendeeText", "Page {page} of {pages}")


def when_text(sitting: Sitting) -> str:
    """"2026-12-05 (Sat) 19:00–21:00", an all-day or multi-day one likewise."""
    start, end = sitting.start, sitting.end
    if sitting.event.all_day:
        last = max(end - timedelta(seconds=1), start)
        if last.date() == start.date():
            return translate("AttendeeText", "{day}, all day").format(day=_day(start))
        return translate("AttendeeText", "{first} – {last}, all day").format(
            first=_day(start), last=_day(last))
    if end.date() == start.date():
        return f"{_day(start)} {start:%H:%M}–{end:%H:%M}"
    return f"{_day(start)} {start:%H:%M} – {_day(end)} {end:%H:%M}"


def _day(moment: datetime) -> str:
    weekday = QLocale().toString(QDate(moment.year, moment.month, moment.day), "ddd")
    # Chinese brackets in Chinese: 2026-12-10（周四）
    return translate("AttendeeText", "{day} ({weekday})").format(
        day=f"{moment:%Y-%m-%d}", weekday=weekday)


def heading(sitting: Sitting, community: str | None = None) -> list[str]:
    """The sheet's heading: the title, then time and place, then the community."""
    e = sitting.event
    if e.online:
        place = translate("AttendeeText", "Online: {link}").format(link=e.link) if e.link \
            else translate("AttendeeText", "Online")
    else:
        place = e.location or translate("AttendeeText", "Place not set")
    lines = [e.title, f"{when_text(sitting)} · {place}"]
    if community:
        lines.append(community)
    return lines
