"""Format 13: every stored instant in the workspace's zone, and the funnel read by day.

- ``zone_offsets`` holds the zone's UTC offsets (from 1970 to 2100) and triggers on every
  instant column analytics cuts days from rewrite an instant written in another offset
  (imported, or by an old app on a computer set to UTC) into the zone's local time, so the
  date its text holds is its day in the zone. The rows already stored are rewritten once:
  through the summaries' triggers when few, else with the triggers off and every analytics
  summary rebuilt (the frozen rebuilds of formats 4 and 9, the summaries' current form).
- A workspace without a zone gets the one its data was written in (the most common offset
  of its latest rows), rather than the computer's: a file made in China and opened on a
  computer set to UTC keeps its days.
- ``member_funnel_day``: the funnel reads a period's joiners by (scope, day) from an index
  that covers it, instead of every row of the scope; ``member_funnel_referrals`` also holds
  joiners now in the trash (their joining happened: top referrers count them).
"""

from __future__ import annotations

import os
import sqlite3
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from models.schema.sql import run_script
from models.schema.steps import v04, v09_buyers, v09_funnel, v09_points

VERSION = 13
SUMMARY = "instants in the workspace's zone; the funnel indexed by join day"

SETTING_TZID = "calendar_tzid"
#: Rewritten through the triggers up to this many rows; beyond, set-based and rebuilt.
FEW = 20_000

INDEXES = """
CREATE INDEX member_funnel_day ON member_funnel(scope, day, source, activated, retained,
    purchased, referred);
DROP INDEX member_funnel_referrals;
CREATE INDEX member_funnel_referrals ON member_funnel(scope, day, referrer_id)
    WHERE referrer_id IS NOT NULL;
"""

#: The instant columns analytics and the roster compare or cut days from (events keep their
#: own zone per series, ``events.tzid``, and are left alone).
COLUMNS: dict[str, tuple[str, ...]] = {
    "activities": ("occurred_at",),
    "members": ("created_at", "deleted_at", "joined_at", "last_active_at"),
    "memberships": ("joined_at", "left_at"),
    "points_ledger": ("occurred_at",),
    "registrations": ("registered_at", "checked_in_at"),
}

TABLE = """
CREATE TABLE IF NOT EXISTS zone_offsets (
    since    TEXT PRIMARY KEY,   -- UTC 'YYYY-MM-DD HH:MM:SS' from which the offset applies
    minutes  INTEGER NOT NULL,   -- east of UTC
    suffix   TEXT NOT NULL       -- '+08:00'
) WITHOUT ROWID;
"""

FIRST_YEAR, LAST_YEAR = 1970, 2100


def _suffix(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def offsets(tzid: str) -> list[tuple[str, int, str]]:
    """(since, minutes, suffix) rows of ``tzid`` from 1970 to 2100: the first from the
    beginning of time, then one per change, found day by day and narrowed to the second."""
    zone = ZoneInfo(tzid)

    def minutes(at: datetime) -> int:
        return int(at.astimezone(zone).utcoffset().total_seconds() // 60)

    at = datetime(FIRST_YEAR, 1, 1, tzinfo=UTC)
    current = minutes(at)
    rows = [("0000-01-01 00:00:00", current, _suffix(current))]
    end = datetime(LAST_YEAR, 1, 1, tzinfo=UTC)
    step = timedelta(days=1)
    while at < end:
        following = at + step
        if minutes(following) != current:
            lo, hi = at, following  # the change is in (lo, hi]
            while hi - lo > timedelta(seconds=1):
                mid = lo + (hi - lo) / 2
                if minutes(mid) == current:
                    lo = mid
                else:
                    hi = mid
            hi = hi.replace(microsecond=0)
            current = minutes(hi)
            rows.append((hi.strftime("%Y-%m-%d %H:%M:%S"), current, _suffix(current)))
        at = following
    return rows


def store_offsets(conn: sqlite3.Connection, tzid: str) -> None:
    conn.execute(TABLE)
    conn.execute("DELETE FROM zone_offsets")
    conn.executemany("INSERT INTO zone_offsets VALUES (?, ?, ?)", offsets(tzid))


def _rule(value: str, column: str) -> str:
    """SQL for ``column`` of the ``zone_offsets`` row that applies at instant ``value``."""
    return (f"(SELECT z.{column} FROM zone_offsets z WHERE z.since <= datetime({value})"
            f" ORDER BY z.since DESC LIMIT 1)")


def needs(value: str) -> str:
    """SQL: is ``value`` an instant with an offset other than the zone's at that instant?"""
    return (f"({value} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][T ][0-9][0-9]:*'"
            f" AND ({value} GLOB '*[+-][0-9][0-9]:[0-9][0-9]' OR {value} GLOB '*Z')"
            f" AND substr({value}, -6) IS NOT {_rule(value, 'suffix')})")


def local(value: str) -> str:
    """SQL: instant ``value`` as the zone's local time with its offset (to the second)."""
    return (f"(SELECT strftime('%Y-%m-%dT%H:%M:%S', {value}, z.minutes || ' minutes')"
            f" || z.suffix FROM zone_offsets z WHERE z.since <= datetime({value})"
            f" ORDER BY z.since DESC LIMIT 1)")


def triggers() -> dict[str, str]:
    """The normalising triggers, by name: after an insert, and after an update of the
    column, an instant in another offset is rewritten in the zone's."""
    found = {}
    for table, columns in COLUMNS.items():
        sets = ", ".join(f"{c} = CASE WHEN {needs(c)} THEN {local(c)} ELSE {c} END"
                         for c in columns)
        any_new = " OR ".join(needs(f"NEW.{c}") for c in columns)
        found[f"zone_{table}_insert"] = (
            f"CREATE TRIGGER zone_{table}_insert AFTER INSERT ON {table}"
            f" WHEN {any_new} BEGIN UPDATE {table} SET {sets} WHERE rowid = NEW.rowid; END")
        for c in columns:
            found[f"zone_{table}_{c}"] = (
                f"CREATE TRIGGER zone_{table}_{c} AFTER UPDATE OF {c} ON {table}"
                f" WHEN {needs(f'NEW.{c}')} BEGIN UPDATE {table} SET {c} = {local(c)}"
                f" WHERE rowid = NEW.rowid; END")
    return found


def install_first(conn: sqlite3.Connection) -> None:
    """Create the normalising triggers as the oldest of their tables' triggers (so they
    fire last): every other trigger there is dropped and created again, in its order."""
    names = ",".join("?" * len(COLUMNS))
    others = conn.execute(
        f"SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name IN ({names})"
        f" AND name NOT LIKE 'zone\\_%' ESCAPE '\\' ORDER BY rowid", list(COLUMNS)).fetchall()
    for name, _ in others:
        conn.execute(f'DROP TRIGGER "{name}"')
    for name in triggers():
        conn.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    for sql in triggers().values():
        conn.execute(sql)
    for _, sql in others:
        conn.execute(sql)


def off_zone(conn: sqlite3.Connection, table: str, where: str = "1") -> int:
    """How many rows of ``table`` (matching ``where``) hold an instant to normalise."""
    any_column = " OR ".join(needs(c) for c in COLUMNS[table])
    return conn.execute(f"SELECT count(*) FROM {table} WHERE ({where}) AND ({any_column})"
                        ).fetchone()[0]


def normalise(conn: sqlite3.Connection, table: str, where: str = "1") -> int:
    """Rewrite the off-zone instants of ``table``'s rows matching ``where``; returns how
    many rows changed. With the triggers on, the summaries follow row by row; a caller that
    dropped them rebuilds the summaries after."""
    changed = 0
    for c in COLUMNS[table]:
        changed += conn.execute(f"UPDATE {table} SET {c} = {local(c)}"
                                f" WHERE ({where}) AND {needs(c)}").rowcount
    return changed


#: A whole-hour offset's zone when no named zone of ours has it (Etc signs are inverted).
NAMED = {480: "Asia/Shanghai", 540: "Asia/Tokyo", 0: "UTC", 420: "Asia/Bangkok",
         330: "Asia/Kolkata"}


def _valid(tzid: str | None) -> bool:
    try:
        return bool(tzid) and ZoneInfo(tzid) is not None
    except (ZoneInfoNotFoundError, ValueError):
        return False


def _zone_of_data(conn: sqlite3.Connection) -> str | None:
    """The zone the latest rows were written in: the most common offset among them."""
    seen: Counter[str] = Counter()
    for sql in ("SELECT created_at FROM members ORDER BY id DESC LIMIT 2000",
                "SELECT occurred_at FROM activities ORDER BY id DESC LIMIT 2000"):
        for (text,) in conn.execute(sql):
            if isinstance(text, str) and len(text) >= 25 and text[-6] in "+-":
                seen[text[-6:]] += 1
    if not seen:
        return None
    suffix = seen.most_common(1)[0][0]
    minutes = (1 if suffix[0] == "+" else -1) * (int(suffix[1:3]) * 60 + int(suffix[4:6]))
    local = datetime.now().astimezone().utcoffset()
    if local is not None and int(local.total_seconds() // 60) == minutes:
        return None  # the computer's own zone: the default below
    if minutes in NAMED:
        return NAMED[minutes]
    if minutes % 60 == 0:
        return f"Etc/GMT{-minutes // 60:+d}"
    return None


def _default_tzid() -> str:
    """As the app chose before format 13 (frozen): Shanghai when the computer is on its
    time, else the computer's zone, else Shanghai."""
    local = datetime.now().astimezone().utcoffset()
    if local == datetime.now(ZoneInfo("Asia/Shanghai")).utcoffset():
        return "Asia/Shanghai"
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
    return next((name for name in candidates if _valid(name)), "Asia/Shanghai")


def _tzid(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT value FROM workspace_settings WHERE key = ?",
                       (SETTING_TZID,)).fetchone()
    if row and _valid(row[0]):
        return row[0]
    tzid = _zone_of_data(conn) or _default_tzid()
    conn.execute("INSERT OR REPLACE INTO workspace_settings (key, value) VALUES (?, ?)",
                 (SETTING_TZID, tzid))
    return tzid


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, INDEXES)
    store_offsets(conn, _tzid(conn))
    install_first(conn)
    if sum(off_zone(conn, table) for table in COLUMNS) <= FEW:
        for table in COLUMNS:
            normalise(conn, table)
        return
    names = ",".join("?" * len(COLUMNS))
    dropped = conn.execute(
        f"SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name IN ({names})"
        f" ORDER BY rowid", list(COLUMNS)).fetchall()
    for name, _ in dropped:
        conn.execute(f'DROP TRIGGER "{name}"')
    for table in COLUMNS:
        normalise(conn, table)
    for _, sql in dropped:
        conn.execute(sql)
    v04._fill(conn)
    v09_funnel.rebuild(conn)
    v09_points.rebuild(conn)
    v09_buyers.rebuild(conn)
