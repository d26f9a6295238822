"""Dates as the workspace stores them: ISO-8601 text in local time with its UTC offset.

``2026-11-22T19:30:00+08:00`` sorts as text within one offset and is read back without
guessing a time zone. Money is never a float anywhere: see ``fen`` helpers in domain modules.
"""

from __future__ import annotations

from datetime import datetime


def now_iso() -> str:
    """The current local time, to the second, with its offset."""
    return datetime.now().astimezone().replace(microsecond=0).isoformat()


def stamp() -> str:
    """A compact local timestamp for file names (``20261123-153000``)."""
    return datetime.now().strftime("%Y%m%d-%H%M%S")
