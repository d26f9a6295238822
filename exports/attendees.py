"""One occurrence's attendee list as an xlsx workbook (for the venue, a co-organiser, or the
operator's own records), through ``exports/xlsx.py``.

One row per registration, cancelled ones included (the status column filters them): number,
name, status (registered, walk-in, waitlist with its place, cancelled), guests, note,
signed-up and check-in times, phone and the ticket code (format 15) a badge's QR holds.

``mask=True`` is for sharing, as the roster's: names 张*, phones 138****5678, notes through
``mask_text`` (people type phone numbers into notes), and no ticket codes (a code lets
whoever holds it check in as that person).

Headers and status words come from the caller in the user's language (``ListWords``); the
defaults are Chinese. The sheet is named after the event and its day, so a printout's
footer (``&A``) says which list it is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from exports.masking import mask_name, mask_phone, mask_text
from exports.xlsx import write_xlsx
from exports.xlsx_spec import Column, Kind, Progress, Sheet, WriteSummary
from models.events.attendees import Attendee, Sitting
from models.events.registrations import CANCELLED, WAITLISTED

#: (key, default header, kind): the attendee list's columns, in order.
COLUMNS: tuple[tuple[str, str, Kind], ...] = (
    ("number", "序号", Kind.ID),
    ("name", "姓名", Kind.TEXT),
    ("status", "状态", Kind.TEXT),
    ("waitlist_place", "候补位次", Kind.INT),
    ("guests", "同行人数", Kind.INT),
    ("note", "备注", Kind.TEXT),
    ("registered_at", "报名时间", Kind.DATETIME),
    ("checked_in_at", "签到时间", Kind.DATETIME),
    ("phone", "手机", Kind.PHONE),
    ("code", "票码", Kind.PHONE),  # twelve digits: text, never 1.23E+11
)
#: Left out of a masked list.
UNMASKABLE = ("code",)


@dataclass(frozen=True)
class ListWords:
    """What an attendee list or sign-in sheet says, in the reader's language."""

    headers: Mapping[str, str] = field(default_factory=lambda: {k: h for k, h, _ in COLUMNS})
    registered: str = "已报名"
    walk_in: str = "现场"
    #: ``{place}`` is the place in the queue (1: next to move up).
    waitlisted: str = "候补 {place}"
    cancelled: str = "已取消"


def status_text(a: Attendee, words: ListWords) -> str:
    if a.status == CANCELLED:
        return words.cancelled
    if a.status == WAITLISTED:
        return words.waitlisted.format(place=a.waitlist_place)
    return words.walk_in if a.walk_in else words.registered


def sheet_title(sitting: Sitting) -> str:
    """The event's title and day (``safe_sheet_title`` trims it to what Excel allows)."""
    return f"{sitting.start:%m-%d} {sitting.event.title}"


def attendee_sheet(sitting: Sitting, rows: Sequence[Attendee], words: ListWords = ListWords(),
                   mask: bool = False) -> Sheet:
    keys = [k for k, _, _ in COLUMNS if not (mask and k in UNMASKABLE)]
    kinds = {k: kind for k, _, kind in COLUMNS}
    headers = {**{k: h for k, h, _ in COLUMNS}, **words.headers}
    columns = [Column(headers[k], kinds[k], wrap=k == "note") for k in keys]
    hide: dict[str, Callable[[str | None], str | None]] = (
        {"name": mask_name, "phone": mask_phone, "note": mask_text} if mask else {})

    def values(a: Attendee) -> list[object]:
        out = {"number": a.number, "name": a.name, "status": status_text(a, words),
               "waitlist_place": a.waitlist_place, "guests": a.guests or None,
               "note": a.note, "registered_at": a.registered_at,
               "checked_in_at": a.checked_in_at, "phone": a.phone, "code": a.code}
        for key, change in hide.items():
            out[key] = change(out[key])  # type: ignore[arg-type]
        return [out[k] for k in keys]

    return Sheet(sheet_title(sitting), columns, (values(a) for a in rows), row_count=len(rows))


def export_attendees(path: Path | str, sitting: Sitting, rows: Sequence[Attendee],
                     words: ListWords = ListWords(), mask: bool = False,
                     progress: Progress | None = None) -> WriteSummary:
    """Write the list to ``path`` (replaced only once complete)."""
    return write_xlsx(path, [attendee_sheet(sitting, rows, words, mask)], progress=progress)
