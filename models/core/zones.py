"""Which time zone the calendar speaks: the workspace's setting, else Asia/Shanghai when the
computer is on China time (as most of our users are), else the computer's own zone.

Stored times keep their UTC offset, so they never need a zone to be read; the zone only
matters for calendar files (TZID + VTIMEZONE) and for repeating series across DST.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

SETTING_TZID = "calendar_tzid"
DEFAULT_TZID = "Asia/Shanghai"


def valid(tzid: str | None) -> bool:
    if not tzid:
        return False
    try:
        ZoneInfo(tzid)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


@lru_cache(maxsize=1)
def system_tzid() -> str | None:
    """The computer's IANA zone name, when it can be known (TZ, /etc/localtime, /etc/timezone).
    Read once per process."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    try:
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    except OSError:
        pass
    return next((name for name in candidates if valid(name)), None)


def default_tzid(conn: sqlite3.Connection | None = None) -> str:
    """The zone calendar files are written in (see the module docstring)."""
    if conn is not None:
        row = conn.execute("SELECT value FROM workspace_settings WHERE key = ?",
                           (SETTING_TZID,)).fetchone()
        if row and valid(row[0]):
            return row[0]
    local_offset = datetime.now().astimezone().utcoffset()
    if local_offset == datetime.now(ZoneInfo(DEFAULT_TZID)).utcoffset():
        return DEFAULT_TZID
    return system_tzid() or DEFAULT_TZID


def set_default_tzid(conn: sqlite3.Connection, tzid: str) -> None:
    if not valid(tzid):
        raise ValueError(f"unknown time zone {tzid!r}")
    conn.execute("INSERT OR REPLACE INTO workspace_settings (key, value) VALUES (?, ?)",
                 (SETTING_TZID, tzid))
