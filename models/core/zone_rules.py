"""Every stored instant in the workspace's zone: the rule the file keeps itself (format 13).

Days are cut from the text (``substr(occurred_at, 1, 10)``) and periods compared as text
throughout analytics, the summaries, their triggers and the indexes. That is right only when
every instant carries its zone's offset: ``2026-10-24T23:30:00+00:00`` (imported, or written
by an old app on a computer set to UTC) is 07:30 on the 25th in Shanghai, but its text says
the 24th and sorts before ``2026-10-25T00:10:00+08:00``, which happened earlier.

So instants are *normalised when written*: triggers on every column below rewrite an instant
whose offset is not the zone's (at that instant) into the zone's local time, whoever wrote
it (the app, an import, a script with the sqlite3 shell). Text with no offset (a plain date,
a naive time) is local already and left alone. The zone's offsets live in ``zone_offsets``
(UTC moment from which an offset applies), so the triggers need no function of ours and DST
zones work too. Choosing another zone re-writes every stored instant
(``models.analytics.zone_change``).

Why rewrite rather than convert when reading: a conversion in every comparison
(``date(occurred_at, '+480 minutes') >= ?``) cannot use the date indexes, and the summaries'
first/last instants (``min``/``max`` of text) would still order mixed offsets wrongly.

The normalising triggers are created before every other trigger on their tables: SQLite runs
a table's triggers newest first, so they fire last, after the summaries have counted the row
as written; their UPDATE then moves it (the summaries' update triggers) to its right day.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

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
    settled = _settled(conn)
    for c in COLUMNS[table]:
        changed += conn.execute(f"UPDATE {table} SET {c} = {local(c)}"
                                f" WHERE ({where}) AND {settled.format(c=c)} AND {needs(c)}",
                                ).rowcount
    return changed


def _settled(conn: sqlite3.Connection) -> str:
    """SQL (``{c}``: the column) true unless ``{c}`` is a local time after the zone's last
    change of offset, carrying that offset: then it needs nothing, and ``needs`` (a
    look-up in ``zone_offsets`` per row, 1.4 us: more than a second for a million imported
    messages) is not asked. A zone still changing its clocks (DST until 2100) has its last
    change far ahead: every row is looked at, as before."""
    last = conn.execute("SELECT date(since, '+1 day'), suffix FROM zone_offsets"
                        " ORDER BY since DESC LIMIT 1").fetchone()
    if last is None:
        return "1"
    after, suffix = (value.replace("'", "''") for value in last)
    return f"NOT ({{c}} >= '{after}' AND substr({{c}}, -6) = '{suffix}')"
