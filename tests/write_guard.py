"""The window writes to its workspace through operations only: a guard the tests run under.

Every connection the app opens to write (``models.store.workspace.Workspace`` built by
``open_workspace`` or ``open_writer``, not read-only) gets a trace callback. A statement
that changes the file (see ``file_write``) while no operation runs
(``models.store.operations.running``) and while app code of the window (``views``,
``desktop`` but the CLI) is on the Python stack is an *offence*: ``writes_through_operations``
(autouse in ``tests/views/conftest.py`` and ``tests/desktop/conftest.py``) fails the test with the
statement and the stack that ran it. Test code writing set-up data straight through
``models`` has no window frame on its stack and is not judged.

What may write outside an operation, and why (``ALLOWED``: a frame of one of these on the
stack excuses the statement):

- opening (``open_workspace``: recovery, migrations after their backup, the zone
  adoption) and ``open_writer`` (connection set-up): they run before the window has a
  workspace, and are the store's, not a user's change;
- closing (``Workspace.close``: ``PRAGMA optimize`` and the WAL checkpoint fold the file
  back together; they change no row);
- ``Workspace.stop_writes`` (``PRAGMA query_only``: a connection setting, after damage).

Never a write (``file_write`` returns None): reads; ``BEGIN``/``COMMIT``/savepoints;
``ATTACH``/``DETACH``; pragmas that read or set the connection only
(``CONNECTION_PRAGMAS``: ``foreign_keys``, ``query_only``, ``busy_timeout`` ..); every
write to a TEMP object (a TEMP table of a read, the row-capture TEMP triggers and their
logs in ``models.store.row_undo``), which lives in the connection, not in the file.

The background check and the backups run on connections of their own (read-only, or
the backup API into another file) and are never traced.
"""

from __future__ import annotations

import functools
import os
import re
import sqlite3
import sys
import threading
import traceback
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: (file under ROOT, function) -> why a write under it is no user-visible change.
ALLOWED: dict[tuple[str, str], str] = {
    ("models/store/workspace.py", "open_workspace"):
        "opening: recovery, migrations (after a backup), adopting the zone",
    ("models/store/workspace.py", "open_writer"): "a worker's connection being set up",
    ("models/store/workspace.py", "close"): "closing: PRAGMA optimize, WAL checkpoint",
    ("models/store/workspace.py", "stop_writes"): "PRAGMA query_only after damage",
    ("models/members/records.py", "clear_journal"):
        "after an erasure committed: the WAL checkpoint folds it into the file so no copy"
        " of erased text stays in the -wal (no row changes; cannot run in a transaction)",
}
#: App code that is not the window: the headless CLI writes through models directly.
NOT_THE_WINDOW = ("desktop/cli.py", "desktop/commands.py", "desktop/cli_parser.py")
WINDOW_CODE = ("views/", "desktop/")

#: Pragmas that only read, or set the connection (never the file), even with a value.
CONNECTION_PRAGMAS = frozenset({
    "analysis_limit", "busy_timeout", "cache_size", "case_sensitive_like", "cell_size_check",
    "defer_foreign_keys", "foreign_keys", "hard_heap_limit", "ignore_check_constraints",
    "mmap_size", "query_only", "read_uncommitted", "recursive_triggers",
    "reverse_unordered_selects", "secure_delete", "soft_heap_limit", "synchronous",
    "temp_store", "threads", "trusted_schema", "cache_spill", "automatic_index",
})
#: Pragmas that write the file even without a value.
FILE_PRAGMAS = frozenset({"optimize", "wal_checkpoint", "incremental_vacuum"})
_WRITES = {"INSERT", "REPLACE", "UPDATE", "DELETE"}
_SCHEMA = {"CREATE", "DROP", "ALTER"}
_FILE = {"ANALYZE", "VACUUM", "REINDEX"}
_TOKEN = re.compile(r'"(?:[^"]|"")*"|`[^`]*`|\[[^\]]*\]|\w+|[^\s\w]')
_KINDS = {"TABLE", "INDEX", "VIEW", "TRIGGER"}


def _strip(sql: str) -> str:
    """``sql`` without comments and string literals (their text could look like SQL)."""
    sql = re.sub(r"'(?:[^']|'')*'", "''", sql)
    sql = re.sub(r"/\*.*?\*/", " ", sql, flags=re.S)
    return re.sub(r"--[^\n]*", " ", sql)


def _name(token: str) -> str:
    if token[:1] in '"`[':
        token = token[1:-1]
    return token.lower()


def _target(tokens: list[str], at: int) -> tuple[str, str]:
    """(schema, name) of the object named at ``tokens[at]`` (schema '' when not said)."""
    if at + 2 < len(tokens) and tokens[at + 1] == ".":
        return _name(tokens[at]), _name(tokens[at + 2])
    return "", _name(tokens[at]) if at < len(tokens) else ""


@dataclass
class TempNames:
    """Names of a connection's TEMP objects, learnt from the statements that made them."""

    names: set[str] = field(default_factory=set)

    def is_temp(self, schema: str, name: str) -> bool:
        return schema in ("temp", "temporary") or (not schema and name in self.names)


def file_write(sql: str, temp: TempNames) -> str | None:
    """What ``sql`` changes in the file (a short description), or None when it changes
    nothing there (a read, a connection setting, a TEMP object). Learns TEMP names."""
    head = sql.lstrip()[:6].upper()
    if head.startswith("--"):  # SQLite's own statement inside one traced already
        return None
    if head in ("SELECT", "COMMIT", "SAVEPO", "RELEAS", "ROLLBA"):
        return None
    if head != "WITH" and not head.startswith("WITH"):
        sql = sql[:1000]  # the verb and the object come first; values can be long
    tokens = _TOKEN.findall(_strip(sql))
    if not tokens:
        return None
    words = [t.upper() for t in tokens]
    verb = words[0]
    at = 0
    if verb == "WITH":  # the statement's verb follows its common table expressions
        depth = 0
        for i, w in enumerate(words):
            if w == "(":
                depth += 1
            elif w == ")":
                depth -= 1
            elif depth == 0 and i and w in _WRITES | {"SELECT", "VALUES"}:
                verb, at = w, i
                break
    if verb in _WRITES:
        i = at + 1
        if words[i:i + 1] == ["OR"]:
            i += 2
        if words[i:i + 1] in (["INTO"], ["FROM"]):
            i += 1
        schema, name = _target(tokens, i)
        return None if temp.is_temp(schema, name) else f"{verb} {name}"
    if verb in _SCHEMA:
        kind_at = next((i for i, w in enumerate(words[:6]) if w in _KINDS), None)
        if kind_at is None:
            return f"{verb}"
        i = kind_at + 1
        while words[i:i + 1] and words[i] in ("IF", "NOT", "EXISTS"):
            i += 1
        schema, name = _target(tokens, i)
        made_temp = verb == "CREATE" and any(w in ("TEMP", "TEMPORARY") for w in words[:kind_at])
        if made_temp or temp.is_temp(schema, name):
            if verb == "CREATE":
                temp.names.add(name)
            elif verb == "DROP":
                temp.names.discard(name)
            return None
        return f"{verb} {words[kind_at]} {name}"
    if verb in _FILE:
        return verb
    if verb == "PRAGMA":
        schema, name = _target(tokens, 1)
        rest = words[4:] if schema else words[2:]
        if name in FILE_PRAGMAS:
            return f"PRAGMA {name}"
        if rest[:1] in (["="], ["("]) and name not in CONNECTION_PRAGMAS:
            return f"PRAGMA {name} = ..."
    return None


@dataclass
class Offence:
    statement: str
    stack: list[str]
    caller: str = ""

    def __str__(self) -> str:
        return f"{self.statement}\n" + "".join(self.stack)


class WriteGuard:
    """Traces the app's writable connections and keeps the offences."""

    def __init__(self) -> None:
        self.offences: list[Offence] = []
        self._lock = threading.Lock()

    def watch(self, conn: sqlite3.Connection) -> None:
        temp = TempNames()
        conn.set_trace_callback(lambda sql: self._seen(sql, temp))

    def _seen(self, sql: str, temp: TempNames) -> None:
        from models.store.operations import running

        what = file_write(sql, temp)
        if what is None or running():
            return
        places = []  # (file under ROOT, function), innermost first: cheap, no traceback
        frame = sys._getframe(2)  # past the trace lambda: the code that ran the statement
        while frame is not None:
            place = _relative(frame.f_code.co_filename)
            if place is not None:
                places.append((place, frame.f_code.co_name))
            frame = frame.f_back
        if any(place in ALLOWED for place in places):
            return
        if any(p in NOT_THE_WINDOW for p, _ in places):
            return  # the headless CLI
        caller = next((p for p, _ in places if not p.startswith("models/")), "")
        if not caller.startswith(WINDOW_CODE):
            return  # a test writing through models (its set-up, or "someone else meanwhile")
        shown = traceback.format_list([f for f in traceback.extract_stack()[:-1]
                                       if (_relative(f.filename) or "tests/")
                                       .startswith(("models/", "views/", "desktop/"))])
        with self._lock:
            self.offences.append(Offence(f"{what}: {sql.strip()[:300]}", shown, caller))

    def report(self) -> str:
        """The first offence of each place in the window that wrote, and how many more."""
        first: dict[str, Offence] = {}
        more: dict[str, int] = {}
        for offence in self.offences:
            window = [f for f in offence.stack if "/views/" in f or "/desktop/" in f]
            key = window[-1] if window else offence.statement
            if key in first:
                more[key] = more.get(key, 0) + 1
            else:
                first[key] = offence
        return "\n".join(str(o) + (f"  (and {more[k]} more statement(s) from there)\n"
                                   if k in more else "") for k, o in first.items())


@functools.lru_cache(maxsize=4096)
def _relative(filename: str) -> str | None:
    """``filename`` relative to the repository, or None outside it (libraries, frozen)."""
    if not os.path.isabs(filename) or ".venv" in filename:
        return None
    path = Path(filename).resolve()
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else None


def install(monkeypatch) -> WriteGuard:
    """Watch every writable ``Workspace`` made from now on (until the test ends)."""
    from models.store import workspace

    guard = WriteGuard()
    made = workspace.Workspace.__init__

    def init(self, *args, **kwargs) -> None:
        made(self, *args, **kwargs)
        if not self.readonly:
            guard.watch(self.conn)

    monkeypatch.setattr(workspace.Workspace, "__init__", init)
    return guard


@pytest.fixture(autouse=True)
def writes_through_operations(monkeypatch, request):
    """Fail the test when the window wrote outside an operation (``QZ_WRITE_GUARD_REPORT``
    names a file to collect offences in instead)."""
    guard = install(monkeypatch)
    yield guard
    if not guard.offences:
        return
    survey = os.environ.get("QZ_WRITE_GUARD_REPORT")  # a file: collect, do not fail
    if survey:
        with open(survey, "a", encoding="utf-8") as out:
            out.write(f"=== {request.node.nodeid}\n{guard.report()}\n")
        return
    pytest.fail("the window wrote to its workspace outside an operation:\n" + guard.report(),
                pytrace=False)
