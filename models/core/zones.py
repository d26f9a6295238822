"""The workspace's time zone: one per workspace, chosen when it is first opened (Asia/Shanghai
when the computer is on China time, as most of our users are, else the computer's own zone),
kept in ``workspace_settings`` and changed in the workspace settings.

Stored times keep their UTC offset, so they never need a zone to be read. The zone decides
which offset the app writes (``models.core.clock``), which day "today" is, calendar files
(TZID + VTIMEZONE) and repeating series across DST; and the file itself rewrites any instant
written in another offset into the zone's (``models.core.zone_rules``), so the day its text
holds is its day in the zone, the day analytics buckets it by.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from models.core import clock, zone_rules
from models.core.changes import Change

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
    """The computer's IANA zone name, when it can be known (TZ; on Windows the registry,
    through tzlocal; elsewhere /etc/localtime, /etc/timezone). Read once per process."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    if sys.platform == "win32":
        candidates.append(_windows_tzid())
        return next((name for name in candidates if valid(name)), None)
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


def _windows_tzid() -> str:
    """Windows names its zones its own way ("China Standard Time"); tzlocal reads the one
    set in the registry and maps it to IANA. "" when it cannot."""
    try:
        from tzlocal import get_localzone_name
    except ImportError:  # a source install without its Windows dependency
        return ""
    try:
        return get_localzone_name() or ""
    except (LookupError, ValueError, OSError):  # a zone with no IANA name
        return ""


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


def set_default_tzid(conn: sqlite3.Connection, tzid: str, rewrite: bool = True) -> None:
    """Make ``tzid`` the workspace's zone: what the app writes from now on, and every stored
    instant rewritten in it (``rewrite``), through the triggers, so the analytics summaries
    move each row to its day in the new zone as they go (re-bucketing). That is row by row:
    fine for thousands of rows; ``models.analytics.zone_change.change_zone`` does the same
    set-based, rebuilding the summaries once, for a big workspace. Run it in a transaction."""
    if not valid(tzid):
        raise ValueError(f"unknown time zone {tzid!r}")
    conn.execute("INSERT OR REPLACE INTO workspace_settings (key, value) VALUES (?, ?)",
                 (SETTING_TZID, tzid))
    if _has_rules(conn):
        zone_rules.store_offsets(conn, tzid)
        if rewrite:
            for table in zone_rules.COLUMNS:
                zone_rules.normalise(conn, table)
    clock.use_zone(tzid)


def _has_rules(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_schema WHERE name = 'zone_offsets'"
                        ).fetchone() is not None


def change_workspace_zone(conn: sqlite3.Connection, tzid: str) -> Change:
    """The settings' choice, in one transaction: every stored instant is rewritten in
    ``tzid`` and counted again on its day there; what the app writes from now on and
    "today" follow it. The window runs it as an operation
    (``models.analytics.zone_change.ChangeZone``) whose undo changes the zone back: exact, as
    every stored instant carries the zone's offset."""
    in_transaction = conn.in_transaction
    if not in_transaction:
        conn.execute("BEGIN IMMEDIATE")
    try:
        set_default_tzid(conn, tzid)
    except BaseException:
        if not in_transaction:
            conn.execute("ROLLBACK")
        raise
    if not in_transaction:
        conn.execute("COMMIT")
    return Change.of("workspace_settings", *zone_rules.COLUMNS)


def common_zones() -> list[str]:
    """Zones to offer first (where most of our users are), then every other one."""
    from zoneinfo import available_timezones

    first = ["Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore", "Asia/Tokyo",
             "Europe/London", "America/Los_Angeles", "America/New_York", "UTC"]
    return first + sorted(z for z in available_timezones() if z not in first and "/" in z)


def stored_tzid(conn: sqlite3.Connection) -> str | None:
    """The zone the workspace keeps, if it keeps a valid one."""
    try:
        row = conn.execute("SELECT value FROM workspace_settings WHERE key = ?",
                           (SETTING_TZID,)).fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row and valid(row[0]) else None


def adopt(conn: sqlite3.Connection, writable: bool = True) -> str:
    """On opening a workspace: write "now" in its zone from here on; a writable workspace
    without a zone keeps the default (the system's) from now on, so moving the file to a
    computer elsewhere changes nothing."""
    tzid = stored_tzid(conn)
    if tzid is None:
        tzid = default_tzid()
        if writable:
            try:
                conn.execute("INSERT OR IGNORE INTO workspace_settings (key, value)"
                             " VALUES (?, ?)", (SETTING_TZID, tzid))
            except sqlite3.Error:
                pass  # a file refusing writes (damage on record) still opens
    clock.use_zone(tzid)
    return tzid


def today(conn: sqlite3.Connection | None = None) -> date:
    """Today's date in the workspace's zone (``conn``'s, else the one in use)."""
    if conn is not None:
        return clock.utc_now().astimezone(ZoneInfo(default_tzid(conn))).date()
    return clock.today()
