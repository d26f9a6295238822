"""Periods the dashboard is read over: a span of local days, and how to bucket it.

A period is inclusive of both days. In SQL it becomes ``[start, end + 1 day)`` compared
with ISO text, which orders correctly within one offset: the app writes every instant in the
workspace's zone (see ``models.core.clock``), so the date a row holds is its day there.

A bucket (day, week, month) is *partial* when some of its days lie outside the period, or
have not happened yet (today is still going on): its number is "so far", never scaled up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class Grain(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


class Preset(StrEnum):
    LAST_30 = "last_30"
    LAST_90 = "last_90"
    LAST_365 = "last_365"
    THIS_YEAR = "this_year"
    CUSTOM = "custom"


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"a period cannot end ({self.end}) before it starts ({self.start})")

    @classmethod
    def last_days(cls, days: int, today: date) -> Period:
        return cls(today - timedelta(days=days - 1), today)

    @classmethod
    def preset(cls, preset: Preset | str, today: date) -> Period:
        preset = Preset(preset)
        if preset == Preset.THIS_YEAR:
            return cls(today.replace(month=1, day=1), today)
        days = {Preset.LAST_30: 30, Preset.LAST_90: 90, Preset.LAST_365: 365}.get(preset, 30)
        return cls.last_days(days, today)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def lo(self) -> str:
        """First day as text: ``occurred_at >= lo``."""
        return self.start.isoformat()

    @property
    def hi(self) -> str:
        """The day after the last: ``occurred_at < hi``."""
        return (self.end + timedelta(days=1)).isoformat()

    def previous(self) -> Period:
        """The period of the same length just before this one (for "change vs before")."""
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1))

    def grain(self) -> Grain:
        """Days up to six weeks, weeks up to ~a year and a half, months beyond."""
        if self.days <= 45:
            return Grain.DAY
        return Grain.WEEK if self.days <= 550 else Grain.MONTH

    def buckets(self, grain: Grain | None = None) -> list[str]:
        """Every bucket label in the period, in order (so empty buckets show as zero)."""
        grain = grain or self.grain()
        found: list[str] = []
        day = self.start
        while day <= self.end:
            label = bucket_of(day, grain)
            if not found or found[-1] != label:
                found.append(label)
            day += timedelta(days=1)
        return found


def bucket_days(label: str, grain: Grain) -> tuple[date, date]:
    """The first and last day of the bucket labelled ``label``."""
    if grain == Grain.DAY:
        day = date.fromisoformat(label)
        return day, day
    if grain == Grain.WEEK:
        monday = date.fromisoformat(label)
        return monday, monday + timedelta(days=6)
    first = date.fromisoformat(label + "-01")
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def partial_buckets(period: Period, labels: list[str], grain: Grain,
                    today: date) -> list[bool]:
    """For each bucket: does it miss days, before the period, after it, or not yet over?"""
    complete_to = min(period.end, today - timedelta(days=1))
    found = []
    for label in labels:
        first, last = bucket_days(label, grain)
        found.append(first < period.start or last > complete_to)
    return found


def bucket_of(day: date, grain: Grain) -> str:
    """The label of ``day``'s bucket: the day, the Monday of its week, or 'YYYY-MM'."""
    if grain == Grain.DAY:
        return day.isoformat()
    if grain == Grain.WEEK:
        return (day - timedelta(days=day.weekday())).isoformat()
    return day.isoformat()[:7]


def bucket_sql(column: str, grain: Grain) -> str:
    """SQL giving the bucket label of an ISO text ``column`` (same labels as ``bucket_of``)."""
    if grain == Grain.DAY:
        return f"substr({column}, 1, 10)"
    if grain == Grain.WEEK:
        # weekday 0 moves forward to Sunday; six days back is that week's Monday
        return f"date(substr({column}, 1, 10), '-6 days', 'weekday 1')"
    return f"substr({column}, 1, 7)"


def months_between(first: str, second: str) -> int:
    """Whole months from 'YYYY-MM' ``first`` to 'YYYY-MM' ``second``."""
    return (int(second[:4]) - int(first[:4])) * 12 + int(second[5:7]) - int(first[5:7])
