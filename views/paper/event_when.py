"""When and where an event happens, as one line for paper (a badge, a ticket), in the
user's language: "2026-12-05 周六 19:00–21:00" / "2026-12-05 Sat 19:00–21:00"."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QLocale

from models.events.schedule import Event

translate = QCoreApplication.translate


def _day(moment) -> str:
    weekday = QLocale().dayName(moment.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{moment:%Y-%m-%d} {weekday}"


def when_text(event: Event) -> str:
    """The day (with its weekday) and the hours; an all-day or multi-day event its days."""
    start, end = event.start, event.end
    if event.all_day:
        last = end - timedelta(days=1)
        return _day(start) if last.date() <= start.date() else f"{_day(start)} – {_day(last)}"
    if end.date() == start.date():
        return f"{_day(start)} {start:%H:%M}–{end:%H:%M}"
    return f"{_day(start)} {start:%H:%M} – {_day(end)} {end:%H:%M}"


def where_text(event: Event) -> str:
    """The place; "Online" (and the link) for an online event; empty when unknown."""
    if event.location:
        return event.location
    if event.online:
        online = translate("Paper", "Online")
        return f"{online} {event.link}" if event.link else online
    return ""
