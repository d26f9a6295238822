"""Removing erased people from the backups beside a workspace (PIPL erasure, completed).

``members.erase_personal_data`` erases a person from the workspace; the automatic and
pre-migration copies in ``<workspace>.backups/`` still hold them. ``purge_backups`` rewrites
each finished backup that holds one of the erased people, so that none of them keeps the
name, contact details, notes or tags.

Who is "the person" in a backup? Capture ``identify(conn, ids)`` *before* erasing, then:

- the row with the same id **and** the same ``created_at``: the same record, however its
  details were edited since. The id alone is not enough: SQLite reuses the highest id
  after a member is deleted for good, so an older backup may hold someone else under it
  (``created_at`` is to the second: a reuse within the same second would still match);
- any row whose phone, WeChat id or email equals one the erased person had, *unless*
  someone still in the workspace (trash included) has that value: that catches the person
  under another id (a record merged away since) without ever touching a person the
  workspace keeps. The name is never a key: 张伟 is many people.

Each matching backup is copied beside itself, erased there exactly as the workspace was (the
same columns set to NULL, tags, identities and kept message texts removed, violation notes
cleared, needs and plan roles unlinked; only the tables and columns that backup's format
has, found by introspection, so an older format needs no migration — migrating it would
defeat a backup kept *because* it is the old format), with ``secure_delete`` on; each
full-text index is merged ('optimize') so no old segment keeps the erased terms, and rebuilt
from the erased rows if a search still finds them. ``VACUUM INTO`` then writes a compact new
file without free pages; it must pass ``integrity_check`` before it is synced and moved over
the original, whose modification time it keeps (the window's backup timer reads it). A
backup that cannot be read or fails a check is left as it is and reported, never skipped in
silence.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from models.members.records import ERASED_NAME, PERSONAL
from models.search import text_index
from models.store.backup import backups_dir
from models.store.connection import SQLITE_HEADER, connect_readonly, integrity_check

#: Names of unfinished files in the backups folder (a copy being written, our own temps).
PARTIAL = ".partial"
#: SQLite's companion files: never a backup of their own.
_COMPANIONS = ("-journal", "-wal", "-shm")
#: What the workspace's erasure does to rows of other tables that point at the person,
#: by table: ("delete",) the rows, ("null", column) a column of them.
_RELATED: dict[str, tuple[str, ...]] = {
    "member_tags": ("delete",),
    "member_identities": ("delete",),
    "member_fields": ("delete",),
    "follow_ups": ("delete",),
    "member_merges": ("delete",),
    "violations": ("null", "notes"),
    "needs": ("null", "member_id"),
    "plan_roles": ("null", "member_id"),
}
_KEYS = ("phone", "wechat_id", "email")
_CHUNK = 400
#: SQLite virtual machine steps between two looks at the progress callback (~ms).
_STEPS = 200_000
CANCELLED = "cancelled"

Progress = Callable[[str, int, int], bool]


@dataclass(frozen=True)
class Person:
    """What identifies an erased member in a backup (captured before the erasure)."""

    member_id: int
    created_at: str | None
    phone: str | None = None
    wechat_id: str | None = None
    email: str | None = None
    #: Not matched by (names are shared); only to check no search index still finds them.
    names: tuple[str, ...] = ()


@dataclass
class PurgeResult:
    purged: list[Path] = field(default_factory=list)  # rewritten without the people
    clean: list[Path] = field(default_factory=list)  # never held them: left as they are
    failed: list[tuple[Path, str]] = field(default_factory=list)  # still hold them: why

    @property
    def total(self) -> int:
        return len(self.purged) + len(self.clean) + len(self.failed)


def identify(conn: sqlite3.Connection, member_ids: Iterable[int]) -> list[Person]:
    """The erased members' fingerprints; call it before ``erase_personal_data``."""
    ids = list(member_ids)
    found = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        found += [Person(*row[:5], names=tuple(n for n in row[5:] if n)) for row in conn.execute(
            "SELECT id, created_at, phone, wechat_id, email, display_name, nickname FROM members"
            f" WHERE id IN ({','.join('?' * len(chunk))})", chunk)]
    return found


def backup_files(workspace: Path) -> list[Path]:
    """Every finished backup beside ``workspace`` (unfinished ``.partial*`` files and
    SQLite's journals left out), by name."""
    folder = backups_dir(Path(workspace))
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and PARTIAL not in p.name
                  and not p.name.endswith(_COMPANIONS))


def purge_backups(workspace: Path, people: Sequence[Person],
                  progress: Progress | None = None) -> PurgeResult:
    """Remove ``people`` from every backup beside ``workspace`` (see the module text).

    ``progress("backup", done, total)`` is also called every fraction of a second while a
    file is rewritten; returning False stops within moments (a big backup takes minutes):
    the file in hand stays as it was, and it and those not reached are reported as failed
    ("cancelled"); those done stay done.
    """
    result = PurgeResult()
    files = backup_files(workspace)
    _remove_leftovers(backups_dir(Path(workspace)))
    keys = _unique_keys(Path(workspace), people)
    for done, path in enumerate(files):
        ask = _Asker(progress, done, len(files))
        if not ask():
            result.failed += [(p, CANCELLED) for p in files[done:]]
            return result
        try:
            changed = purge_file(path, people, keys, ask)
        except (sqlite3.Error, OSError, PurgeError) as error:
            if ask.stopped:
                result.failed += [(p, CANCELLED) for p in files[done:]]
                return result
            if not path.exists():  # rotated away meanwhile: nothing left to hold anyone
                continue
            result.failed.append((path, str(error)))
            continue
        (result.purged if changed else result.clean).append(path)
    if progress is not None:
        progress("backup", len(files), len(files))
    return result


class PurgeError(Exception):
    """A backup that could not be rewritten safely (the original is left untouched)."""


class _Asker:
    """Passes progress on at most every ``EVERY`` seconds, remembering a "stop" answer;
    installed as SQLite's progress handler, a stop aborts the running statement."""

    EVERY = 0.25

    def __init__(self, progress: Progress | None, done: int, total: int) -> None:
        self.progress, self.done, self.total = progress, done, total
        self.stopped = False
        self.last = 0.0

    def __call__(self) -> bool:
        """True to go on."""
        if self.progress is None or self.stopped:
            return not self.stopped
        now = time.monotonic()
        if now - self.last >= self.EVERY:
            self.last = now
            self.stopped = not self.progress("backup", self.done, self.total)
        return not self.stopped

    def handler(self) -> int:
        return 0 if self() else 1  # non-zero: SQLite interrupts the statement


def _remove_leftovers(folder: Path) -> None:
    """Our scratch copies left by a crash or a kill: they hold the un-erased data."""
    if folder.is_dir():
        for stale in folder.glob(f"*{PARTIAL}-purge*"):
            stale.unlink(missing_ok=True)


def purge_file(path: Path, people: Sequence[Person], keys: dict[str, set[str]],
               go_on: _Asker | None = None) -> bool:
    """Rewrite the backup at ``path`` without ``people``; False when it never held them.

    ``keys`` are the identifying values safe to match by (``_unique_keys``); ``go_on``
    may interrupt the long statements (the copy is then left as it was).
    """
    path = Path(path)
    with open(path, "rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise PurgeError("not a SQLite file")
    probe = connect_readonly(path)
    try:
        ids = _matching_ids(probe, people, keys)
    finally:
        probe.close()
    if not ids:
        return False
    size = path.stat().st_size
    if shutil.disk_usage(path.parent).free < 2 * size + (16 << 20):
        raise PurgeError(f"not enough free disk space (needs {2 * size / 1e6:,.0f} MB)")
    work = path.with_name(path.name + PARTIAL + "-purge")
    out = path.with_name(path.name + PARTIAL + "-purged")
    for stale in (work, out):
        stale.unlink(missing_ok=True)
    try:
        shutil.copyfile(path, work)
        conn = sqlite3.connect(work, isolation_level=None)
        if go_on is not None:
            conn.set_progress_handler(go_on.handler, _STEPS)
        try:
            # The copy is scratch: a crash leaves a .partial file, never a damaged backup.
            for pragma in ("journal_mode = MEMORY", "secure_delete = ON", "foreign_keys = ON"):
                conn.execute(f"PRAGMA {pragma}").fetchall()
            conn.execute("BEGIN IMMEDIATE")
            _erase(conn, ids)
            conn.execute("COMMIT")
            _clean_indexes(conn, ids, people)
            conn.execute("VACUUM INTO ?", (str(out),))
        finally:
            conn.close()
        work.unlink()
        _check_and_sync(out, go_on)
        if not path.exists():  # rotated away meanwhile: do not bring it back
            out.unlink()
            return True
        stat = path.stat()
        os.utime(out, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        os.replace(out, path)
        _sync_folder(path.parent)
    finally:
        for leftover in (work, out):
            leftover.unlink(missing_ok=True)
    return True


def _unique_keys(workspace: Path, people: Sequence[Person]) -> dict[str, set[str]]:
    """The erased people's phones, WeChat ids and emails that no member left in the
    workspace has (a shared family phone must not erase the other person's backups)."""
    keys = {k: {getattr(p, k) for p in people if getattr(p, k)} for k in _KEYS}
    erased = {p.member_id for p in people}
    if not any(keys.values()) or not workspace.exists():
        return keys
    conn = connect_readonly(workspace)
    try:
        for key, values in keys.items():
            for chunk in _chunks(sorted(values)):
                for member_id, value in conn.execute(
                        f"SELECT id, {key} FROM members WHERE {key} IN"
                        f" ({','.join('?' * len(chunk))})", chunk):
                    if member_id not in erased:
                        values.discard(value)
    finally:
        conn.close()
    return keys


def _matching_ids(conn: sqlite3.Connection, people: Sequence[Person],
                  keys: dict[str, set[str]]) -> list[int]:
    """Ids of the rows in a backup that are one of ``people`` and still hold something."""
    columns = _columns(conn, "members")
    if not columns:
        raise PurgeError("no members table: not a workspace backup")
    holds = " OR ".join([f"display_name IS NOT '{ERASED_NAME}'"]
                        + [f"{c} IS NOT NULL" for c in PERSONAL if c in columns])
    found: set[int] = set()
    born = {p.member_id: p.created_at for p in people}
    for chunk in _chunks(sorted(born)):
        for member_id, created_at in conn.execute(
                f"SELECT id, created_at FROM members WHERE id IN ({','.join('?' * len(chunk))})"
                f" AND ({holds})", chunk):
            if created_at == born[member_id]:
                found.add(member_id)
    for key, values in keys.items():
        if key not in columns:
            continue
        for chunk in _chunks(sorted(values)):
            found.update(r[0] for r in conn.execute(
                f"SELECT id FROM members WHERE {key} IN ({','.join('?' * len(chunk))})"
                f" AND ({holds})", chunk))
    return sorted(found)


def _erase(conn: sqlite3.Connection, ids: list[int]) -> None:
    """What ``members.erase_personal_data`` does, in whatever format this file has."""
    columns = _columns(conn, "members")
    sets = ["display_name = ?"] + [f"{c} = NULL" for c in PERSONAL if c in columns]
    values: list[object] = [ERASED_NAME]
    computed = text_index.search_columns(ERASED_NAME, None)
    for name, value in zip(text_index.SEARCH_COLUMNS, computed, strict=True):
        if name in columns:
            sets.append(f"{name} = ?")
            values.append(value)
    related = [(t, _RELATED[t]) for t in _referencing_tables(conn) if t in _RELATED]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        conn.execute(f"UPDATE members SET {', '.join(sets)} WHERE id IN ({marks})",
                     [*values, *chunk])
        if "activity_texts" in tables:  # what they wrote: keyed by activity, not member
            conn.execute(f"DELETE FROM activity_texts WHERE activity_id IN (SELECT id FROM"
                         f" activities WHERE member_id IN ({marks}))", chunk)
        for table, (action, *column) in related:
            if action == "delete":
                conn.execute(f"DELETE FROM {table} WHERE member_id IN ({marks})", chunk)
            elif column[0] in _columns(conn, table):
                conn.execute(f"UPDATE {table} SET {column[0]} = NULL"
                             f" WHERE member_id IN ({marks})", chunk)


def _clean_indexes(conn: sqlite3.Connection, ids: list[int], people: Sequence[Person]) -> None:
    """Merge every FTS5 index so the erased entries leave no segment behind; rebuild an
    index (from the erased rows) if a search in it still finds an erased person."""
    probes = [v for p in people for v in (p.phone, p.wechat_id, p.email, *p.names)
              if v and len(v) >= 3 and v != ERASED_NAME]
    for (table,) in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table'"
            " AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'").fetchall():
        conn.execute(f'INSERT INTO "{table}" ("{table}") VALUES (\'optimize\')')
        if _still_found(conn, table, ids, probes):
            conn.execute(f'INSERT INTO "{table}" ("{table}") VALUES (\'rebuild\')')
            conn.execute(f'INSERT INTO "{table}" ("{table}") VALUES (\'optimize\')')
            if _still_found(conn, table, ids, probes):
                raise PurgeError(f"the search index {table} still finds an erased person")


def _still_found(conn: sqlite3.Connection, table: str, ids: list[int],
                 probes: list[str]) -> bool:
    for value in probes:
        phrase = '"' + value.replace('"', '""') + '"'
        try:
            hits = {r[0] for r in conn.execute(
                f'SELECT rowid FROM "{table}" WHERE "{table}" MATCH ?', (phrase,))}
        except sqlite3.OperationalError:  # a tokenizer that cannot take this phrase
            continue
        if hits & set(ids):
            return True
    return False


def _check_and_sync(path: Path, go_on: _Asker | None = None) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    if go_on is not None:
        conn.set_progress_handler(go_on.handler, _STEPS)
    try:
        conn.execute("PRAGMA journal_mode = DELETE").fetchall()
        problem = integrity_check(conn)
    finally:
        conn.close()
    if problem:
        raise PurgeError(f"the rewritten copy failed its integrity check: {problem}")
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}


def _referencing_tables(conn: sqlite3.Connection) -> list[str]:
    """Tables with a foreign key to ``members`` (introspected: formats differ)."""
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    return [t for t in tables if any(
        fk[2] == "members" for fk in conn.execute(f'PRAGMA foreign_key_list("{t}")'))]


def _chunks(values: Sequence) -> Iterable[list]:
    for start in range(0, len(values), _CHUNK):
        yield list(values[start:start + _CHUNK])
