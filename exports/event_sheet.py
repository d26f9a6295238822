"""``export events``: one row per occurrence (a weekly series gives a row per week) with its
registrations, attendance and cost against budget, as an xlsx workbook.

What each number means is ``models.events.occurrence_lines``'s definition. The first two
columns (ID, day) are what ``qunzhu export attendees --event ID --date DAY`` takes to print
that occurrence's list. Money is in yuan with two decimals, the rate a real percentage;
a totals row adds the counts and money up (SUBTOTAL: a filter keeps it right).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from exports.xlsx import write_xlsx
from exports.xlsx_spec import Column, Highlight, Kind, Progress, Sheet, WriteSummary
from models.events.occurrence_lines import OccurrenceLine

#: (key, default header, kind, total): the columns, in order.
COLUMNS: tuple[tuple[str, str, Kind, str | None], ...] = (
    ("id", "ID", Kind.ID, None),
    ("day", "日期", Kind.DATE, None),
    ("title", "活动", Kind.TEXT, None),
    ("community", "社群", Kind.TEXT, None),
    ("start", "开始", Kind.DATETIME, None),
    ("place", "地点", Kind.TEXT, None),
    ("status", "状态", Kind.TEXT, None),
    ("registered", "报名", Kind.INT, "sum"),
    ("waitlisted", "候补", Kind.INT, "sum"),
    ("checked_in", "签到", Kind.INT, "sum"),
    ("walk_ins", "现场报名", Kind.INT, "sum"),
    ("no_shows", "未到", Kind.INT, "sum"),
    ("rate", "到场率", Kind.PERCENT, None),
    ("budget", "预算", Kind.MONEY_FEN, "sum"),
    ("actual_cost", "实际花费", Kind.MONEY_FEN, "sum"),
    ("over_budget", "超出预算", Kind.MONEY_FEN, "sum"),
)


@dataclass(frozen=True)
class EventWords:
    headers: Mapping[str, str] = field(
        default_factory=lambda: {k: h for k, h, _, _ in COLUMNS})
    #: Shown before an online event's link in the place column.
    online: str = "线上"
    totals: str = "合计"
    sheet: str = "活动"
    #: Stored statuses (Chinese) to what the reader reads.
    statuses: Mapping[str, str] = field(default_factory=dict)


def _place(line: OccurrenceLine, words: EventWords) -> str | None:
    if line.online:
        return f"{words.online} {line.link}" if line.link else words.online
    return line.location


def events_sheet(lines: Sequence[OccurrenceLine], words: EventWords = EventWords()) -> Sheet:
    headers = {**{k: h for k, h, _, _ in COLUMNS}, **words.headers}
    columns = [Column(headers[k], kind, total=total) for k, _, kind, total in COLUMNS]

    def values(line: OccurrenceLine) -> list[object]:
        c = line.counts
        return [line.event_id, line.start.date(), line.title, line.community, line.start,
                _place(line, words), words.statuses.get(line.status, line.status),
                c.registered, c.waitlisted, c.checked_in, c.walk_ins, c.no_shows,
                line.attendance_rate, line.budget, line.actual_cost, line.over_budget]

    over = headers["over_budget"]
    return Sheet(words.sheet, columns, (values(line) for line in lines), row_count=len(lines),
                 totals_label=words.totals,
                 highlights=[Highlight(over, "greaterThan", ("0",))])


def export_events(path: Path | str, lines: Sequence[OccurrenceLine],
                  words: EventWords = EventWords(),
                  progress: Progress | None = None) -> WriteSummary:
    return write_xlsx(path, [events_sheet(lines, words)], progress=progress)
