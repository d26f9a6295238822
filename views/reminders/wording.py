"""What the reminders say, in the app's language: the status-bar line, the list's headings
and rows, and the notifications. ``models.events.reminders`` returns the data."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from models.events.occurrences import Occurrence
from models.events.reminders import DueItem, Reminders
from models.members import follow_ups

translate = QCoreApplication.translate

#: At most this many names in a notification (it is a glance, the list has the rest).
NAMED = 3


def status_line(found: Reminders) -> tuple[str, str]:
    """(one line for the status bar, the details for its tooltip); "" when nothing."""
    if found.empty:
        return "", ""
    line = translate("CalendarView", "Coming up in {days} days: {events} event(s), "
                     "{items} checklist item(s) due").format(
        days=found.days, events=len(found.events), items=len(found.items))
    if found.overdue_items:
        line += translate("CalendarView", " ({overdue} overdue)").format(
            overdue=found.overdue_items)
    if found.follow_ups:
        line += translate("Reminders", " · {count} to follow up").format(
            count=follow_ups_count(found.follow_ups))
    details = [f"{o.start:%m-%d %H:%M}  {o.event.title}" for o in found.events[:10]]
    details += [f"{i.due_on[:10]}  {i.name} · {i.checklist}" for i in found.items[:10]]
    details.append(translate("Reminders", "Click to open the reminders list"))
    return line, "\n".join(details)


def short_day(d: date) -> str:
    return QLocale().toString(QDate(d.year, d.month, d.day), translate("Reminders", "ddd d MMM"))


def heading(day: date | None, today: date) -> str:
    """"Overdue", "Today · Mon 23 Nov", "Tomorrow · Tue 24 Nov", "Wednesday 25 Nov"."""
    if day is None:
        return translate("Reminders", "Overdue")
    if day == today:
        return translate("Reminders", "Today · {day}").format(day=short_day(day))
    if day == today + timedelta(days=1):
        return translate("Reminders", "Tomorrow · {day}").format(day=short_day(day))
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              translate("Reminders", "dddd d MMM"))


def event_time(o: Occurrence, today: date) -> str:
    if o.event.all_day:
        return translate("Reminders", "All day")
    if o.start.date() < today:
        return translate("Reminders", "until {end}").format(end=f"{o.end:%H:%M}")
    return f"{o.start:%H:%M}–{o.end:%H:%M}"


def place(o: Occurrence) -> str:
    e = o.event
    if e.online:
        return translate("Reminders", "Online")
    return e.location or translate("Reminders", "No place yet")


def signups(registered: int, capacity: int | None) -> str:
    if capacity:
        return translate("Reminders", "{registered}/{capacity} signed up").format(
            registered=registered, capacity=capacity)
    return translate("Reminders", "{registered} signed up").format(registered=registered)


def item_when(item: DueItem, today: date) -> str:
    """Short (the heading gives the day): "Due", or how late an overdue item is."""
    due = date.fromisoformat(item.due_on[:10])
    if due < today:
        return translate("Reminders", "{late} day(s) late").format(late=(today - due).days)
    return translate("Reminders", "Due")


def item_due(item: DueItem) -> str:
    return translate("Reminders", "Due {day}").format(
        day=short_day(date.fromisoformat(item.due_on[:10])))


def item_details(item: DueItem) -> str:
    parts = [item.checklist, item.status]
    if item.owner:
        parts.append(translate("Reminders", "owner {owner}").format(owner=item.owner))
    return " · ".join(parts)


def greeting(found: Reminders) -> str:
    """The start-up notification: today's and tomorrow's events, the items due by tomorrow
    (overdue ones said apart); "" when there is nothing for those two days."""
    today, tomorrow = found.today, found.today + timedelta(days=1)
    lines = []
    for day, label in ((today, translate("Reminders", "Today")),
                       (tomorrow, translate("Reminders", "Tomorrow"))):
        events = [o for o in found.events if max(o.start.date(), today) == day]
        if events:
            names = translate("Reminders", ", ").join(
                f"{event_time(o, today) if not o.event.all_day else ''} {o.event.title}".strip()
                for o in events[:NAMED])
            more = len(events) - NAMED
            if more > 0:
                names += translate("Reminders", " and {more} more").format(more=more)
            lines.append(translate("Reminders", "{day}: {events}").format(day=label,
                                                                          events=names))
    due = [i for i in found.items if i.due_on[:10] <= tomorrow.isoformat()]
    if due:
        line = translate("Reminders", "{count} checklist item(s) due").format(count=len(due))
        if found.overdue_items:
            line += translate("Reminders", ", {overdue} overdue").format(
                overdue=found.overdue_items)
        lines.append(line)
    if found.follow_ups:
        lines.append(follow_ups_due(found.follow_ups))
    return "\n".join(lines)


def follow_ups_due(count: int) -> str:
    return translate("Reminders", "{count} member(s) to follow up").format(
        count=follow_ups_count(count))


def follow_ups_count(count: int) -> str:
    """Counted up to ``follow_ups.BADGE_MOST``: "1,000+" when it got there."""
    return f"{count:,}+" if count >= follow_ups.BADGE_MOST else f"{count:,}"


def starting_soon(o: Occurrence, minutes: int) -> tuple[str, str]:
    """(title, text) of the notification that an occurrence is about to begin."""
    title = translate("Reminders", "In {minutes} min: {title}").format(
        minutes=max(minutes, 1), title=o.event.title)
    text = translate("Reminders", "{start} · {place}").format(
        start=f"{o.start:%H:%M}", place=o.event.link if o.event.online and o.event.link
        else place(o))
    return title, text
