"""The rows of a chat export as the scan read them, in a scratch file, so the writing pass
never parses the export again.

Parsing is most of an import's cost (a QQ .txt: about as long as a regex and an insert of
every line). The scan (``models.imports.chat_scan``) already turns each message into what
the import stores: the person (a number per ``Person.key``), the time in the workspace's
zone, the kind, the amount and the import key. It writes them here, streaming; the import
then copies them into ``activities`` with one ``INSERT … SELECT`` per chunk, joined to the
members the people turned out to be. System lines are kept the same way, one row per
person they name, and replayed in file order.

The file lives in the workspace's staging folder (``models.store.staging``: beside the
workspace, private, removed with the scan, or on the next open after a crash), never in
the system's temp folder: message texts are personal data, and are staged only when the
import keeps them.
"""

from __future__ import annotations

import sqlite3
import weakref
from collections.abc import Iterable
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

from models.store import staging

#: System-line rows kept in memory before they are written (one ``executemany``).
CHUNK = 20_000
SCHEMA = """
CREATE TABLE messages (
    seq         INTEGER PRIMARY KEY,   -- the record's place in the file
    key_id      INTEGER NOT NULL,      -- the person (ChatScan.ids)
    at          TEXT NOT NULL,         -- in the workspace's zone, with its offset
    kind        TEXT NOT NULL,
    amount      INTEGER NOT NULL,
    import_key  INTEGER NOT NULL,
    text        TEXT                   -- only when the import keeps texts
);
CREATE TABLE events (
    seq         INTEGER NOT NULL,
    action      TEXT NOT NULL,         -- join, invite, qr_join, remove, leave
    actor_id    INTEGER,
    target_id   INTEGER NOT NULL,
    at          TEXT NOT NULL,
    invite_key  INTEGER                -- the inviter's 邀请 activity, for invite/qr_join
);
"""


class Stage:
    """A scratch SQLite file being filled (``write_messages``, ``add_event``, then
    ``close``), then read by the import (``path``, attached). Removed when this object is
    garbage collected."""

    def __init__(self, workspace: Path | None, *, keep_text: bool = False) -> None:
        folder = staging.create(workspace, "chat")
        self.path = folder / "stage.sqlite"
        weakref.finalize(self, staging.remove, folder)
        self.conn: sqlite3.Connection | None = sqlite3.connect(self.path, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode = OFF").fetchall()  # scratch: rebuilt if lost
        self.conn.execute("PRAGMA synchronous = OFF")
        self.conn.executescript(SCHEMA)
        self.conn.execute("BEGIN")
        self.events: list[tuple] = []
        # Message rows: ``(seq, key_id, at, kind, amount, import_key)``, and the text last
        # when ``keep_text``. Without texts the column is left out of the insert: a None
        # parameter costs sqlite3 two failed adapter look-ups (0.5 µs, a third of a row).
        self._insert = ("INSERT INTO messages VALUES (?, ?, ?, ?, ?, ?, ?)" if keep_text else
                        "INSERT INTO messages (seq, key_id, at, kind, amount, import_key)"
                        " VALUES (?, ?, ?, ?, ?, ?)")

    def write_messages(self, rows: Iterable[tuple]) -> None:
        """Stage message rows as ``rows`` yields them (one ``executemany``: a generator's
        rows are written while fresh, and never all held). ``rows`` may call
        ``add_event`` meanwhile."""
        assert self.conn is not None
        self.conn.executemany(self._insert, rows)

    def add_event(self, row: tuple) -> None:
        self.events.append(row)
        if len(self.events) >= CHUNK:
            self.flush()

    def flush(self) -> None:
        assert self.conn is not None
        self.conn.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?)", self.events)
        self.events.clear()

    def close(self) -> None:
        """Everything written; the file is ready to be read."""
        if self.conn is None:
            return
        self.flush()
        self.conn.execute("COMMIT")
        self.conn.close()
        self.conn = None

    def abandon(self) -> None:
        """Stop filling (a refused or cancelled scan); the file goes with the object."""
        if self.conn is not None:
            self.conn.close()
            self.conn = None


class Times:
    """A record's time as stored (the workspace's zone, to the second, with its offset) and
    in UTC for its import key. A naive time is wall-clock time in the zone. The zone's
    offset is looked up once per hour of wall-clock time (zones change on the hour), and
    with it the UTC hour when the offset is whole hours: then a time's UTC text is that
    hour and its own minutes and seconds, without date arithmetic (it runs once a
    message)."""

    def __init__(self, zone: tzinfo) -> None:
        self.zone = zone
        #: local ``YYYY-MM-DDTHH`` -> (offset, "+08:00", UTC ``YYYY-MM-DDTHH`` or None)
        self.hours: dict[str, tuple[timedelta, str, str | None]] = {}

    def local(self, at: datetime) -> datetime:
        """``at`` as naive wall-clock time in the zone, to the second."""
        if at.tzinfo is not None:
            at = at.astimezone(self.zone).replace(tzinfo=None)
        return at.replace(microsecond=0) if at.microsecond else at

    def texts(self, local: datetime) -> tuple[str, str]:
        """(stored text, UTC text) of a ``local`` time (naive, whole seconds)."""
        iso = local.isoformat()
        found = self.hours.get(iso[:13]) or self.hour(local, iso[:13])
        if found[2] is not None:
            return iso + found[1], found[2] + iso[13:] + "Z"
        return iso + found[1], (local - found[0]).isoformat() + "Z"

    def hour(self, local: datetime, hour: str) -> tuple[timedelta, str, str | None]:
        """What ``texts`` needs of ``local``'s offset; kept for the hour ``hour`` (its
        ``YYYY-MM-DDTHH``) unless the offset changes within it (Lord Howe Island moves
        its clocks by half an hour, at 2:00)."""
        zone = self.zone
        offset = local.replace(tzinfo=zone).utcoffset() or timedelta(0)
        minutes = int(offset.total_seconds()) // 60
        sign = "-" if minutes < 0 else "+"
        start = local.replace(minute=0, second=0, microsecond=0)
        utc_hour = (start - offset).isoformat()[:13] if minutes % 60 == 0 else None
        found = (offset, f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}", utc_hour)
        end = start.replace(minute=59, second=59)
        if start.replace(tzinfo=zone).utcoffset() == end.replace(tzinfo=zone).utcoffset():
            self.hours[hour] = found
        return found


#: How long (of file time) counts of identical messages are kept for their ordinals.
ORDINAL_WINDOW = timedelta(minutes=10)
_KEPT_COUNTS = 20_000


class Ordinals:
    """The n-th (from 0) time the same thing (person, second, kind, text) is seen in the
    file: two "+1" in the same second are two messages. Counts are kept for the last
    ``ORDINAL_WINDOW`` of file time only, so memory stays flat however long the file."""

    def __init__(self) -> None:
        self.counts: dict[tuple, int] = {}
        self.limit = _KEPT_COUNTS

    def next(self, what: tuple, utc: str) -> int:
        """``what``'s ordinal; its second item must be its UTC time (``Times.texts``)."""
        counts = self.counts
        seen = counts.get(what, 0)
        counts[what] = seen + 1
        if len(counts) > self.limit:
            self.prune(utc)
        return seen

    def prune(self, utc: str) -> None:
        """Forget the counts older than ``ORDINAL_WINDOW`` before ``utc`` (a UTC text).
        A caller counting in ``counts`` itself calls it once ``len(counts) > limit``."""
        counts = self.counts
        cut = (datetime.fromisoformat(utc[:-1]) - ORDINAL_WINDOW).isoformat() + "Z"
        for old in [k for k in counts if k[1] < cut]:
            del counts[old]
        # A burst within the window stays (all of it is needed): prune less often.
        self.limit = max(_KEPT_COUNTS, 2 * len(counts))
