"""The texts an operator pastes into the group chat, worded in the app's language: a reminder
of one occurrence (when, where or the link, what to bring) and a 接龙 that starts sign-ups.

The facts come from ``models.events.group_texts``. A 接龙 comes back to us: people fill in
or append numbered lines, and the operator pastes the result into "Paste a sign-up list"
(``views.calendar.signup_paste``). So every line above the numbers is one our parser
(``models.events.signup_text``) reads as a heading, never as a person.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from models.events.group_texts import GroupFacts
from models.events.signup_text import parse_line

translate = QCoreApplication.translate


def _day(moment: datetime | date, today: date | None = None) -> str:
    """"Sat 13 Dec" / "12月13日（周六）", with "Today"/"Tomorrow" before it when it is."""
    d = moment.date() if isinstance(moment, datetime) else moment
    text = QLocale().toString(QDate(d.year, d.month, d.day),
                              translate("GroupTexts", "ddd d MMM"))
    relative = None
    if today is not None and d == today:
        relative = translate("GroupTexts", "Today")
    elif today is not None and d == today + timedelta(days=1):
        relative = translate("GroupTexts", "Tomorrow")
    if relative is None:
        return text
    return translate("GroupTexts", "{relative} ({day})").format(relative=relative, day=text)


def when(f: GroupFacts, today: date | None = None) -> str:
    """The occurrence's day(s) and hours in one phrase."""
    if f.all_day:
        last = (f.end - timedelta(seconds=1)).date()
        if last <= f.start.date():
            return translate("GroupTexts", "{day}, all day").format(day=_day(f.start, today))
        return translate("GroupTexts", "{first} – {last}").format(
            first=_day(f.start, today), last=_day(last))
    if f.end.date() == f.start.date() or f.end == datetime.combine(
            f.start.date() + timedelta(days=1), datetime.min.time(), f.end.tzinfo):
        return translate("GroupTexts", "{day}, {start}–{end}").format(
            day=_day(f.start, today), start=f"{f.start:%H:%M}", end=f"{f.end:%H:%M}")
    return translate("GroupTexts", "{day} {start} – {last} {end}").format(
        day=_day(f.start, today), start=f"{f.start:%H:%M}", last=_day(f.end),
        end=f"{f.end:%H:%M}")


def _place_lines(f: GroupFacts) -> list[str]:
    if f.online:
        if f.link:
            return [translate("GroupTexts", "Join online: {link}").format(link=f.link)]
        return [translate("GroupTexts", "Online; the link follows in this group")]
    lines = [translate("GroupTexts", "Where: {place}").format(place=f.place) if f.place
             else translate("GroupTexts", "Where: to be announced")]
    if f.link:
        lines.append(translate("GroupTexts", "Link: {link}").format(link=f.link))
    return lines


def reminder_text(f: GroupFacts, today: date | None = None) -> str:
    """A reminder ready to paste into the group: title, when, where, what to bring."""
    lines = [translate("GroupTexts", "Reminder: {title}").format(title=f.title),
             translate("GroupTexts", "When: {when}").format(when=when(f, today)),
             *_place_lines(f)]
    if f.bring:
        lines.append(translate("GroupTexts", "Bring: {things}").format(
            things=translate("GroupTexts", "; ").join(f.bring)))
    lines.append(translate("GroupTexts", "See you there!"))
    return "\n".join(lines)


def signup_text(f: GroupFacts, today: date | None = None) -> str:
    """A 接龙 starting sign-ups: a heading (title, when, where, places, how to sign up, an
    example), then empty numbered lines for people to fill in or go on from."""
    title = f.title
    if parse_line(title).number is not None:
        # "3、春季读书会" would start the numbered list (and read as line 3): say what it is.
        title = translate("GroupTexts", "Event: {title}").format(title=title)
    # "#接龙" in English too: it is what WeChat turns into a group chain (a tag, not prose)
    lines = [translate("GroupTexts", "#接龙"), title,
             translate("GroupTexts", "When: {when}").format(when=when(f, today)),
             *_place_lines(f)]
    if f.full:
        lines.append(translate("GroupTexts", "Full: the list below is the waitlist"))
    elif f.capacity is not None and f.taken:
        lines.append(translate("GroupTexts", "Places: {left} of {capacity} left").format(
            left=f.capacity - f.taken, capacity=f.capacity))
    elif f.capacity is not None:
        lines.append(translate("GroupTexts", "Places: {capacity}").format(capacity=f.capacity))
    lines.append(translate("GroupTexts", "Sign up: your name and the last 4 digits of your "
                                         "phone"))
    lines.append(translate("GroupTexts", "e.g. Alex 1234"))
    lines.append("")
    lines.extend(f"{n}." for n in range(1, f.slots + 1))
    return "\n".join(lines)
