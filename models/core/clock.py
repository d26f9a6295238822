"""Dates as the workspace stores them: ISO-8601 text in the workspace's time zone, with its
UTC offset.

``2026-11-22T19:30:00+08:00`` sorts as text within one offset and is read back without
guessing a time zone. Every instant the app writes carries the offset of the workspace's zone
(``use_zone``, set when a workspace is opened; see ``models.core.zones``), whatever the
computer's own zone is, so the local date a row holds is the day it belongs to in that zone.
Money is never a float anywhere: see ``fen`` helpers in domain modules.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_zone: tzinfo | None = None


def utc_now() -> datetime:
    """The current instant (replaced in tests to freeze the clock)."""
    return datetime.now(UTC)


def use_zone(tzid: str | None) -> None:
    """Write and read "now" in ``tzid`` from here on (None: the computer's zone)."""
    global _zone
    try:
        _zone = ZoneInfo(tzid) if tzid else None
    except (ZoneInfoNotFoundError, ValueError):
        _zone = None


def zone() -> tzinfo | None:
    """The zone "now" is written in; None is the computer's own."""
    return _zone


def now_iso() -> str:
    """The current time in the workspace's zone, to the second, with its offset."""
    return utc_now().astimezone(_zone).replace(microsecond=0).isoformat()


def today() -> date:
    """Today's date in the workspace's zone."""
    return utc_now().astimezone(_zone).date()


def stamp() -> str:
    """A compact local timestamp for file names (``20261123-153000``)."""
    return utc_now().astimezone(_zone).strftime("%Y%m%d-%H%M%S")
