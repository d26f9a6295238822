"""The search side of a big import, in a helper process on the second core.

Two costs of a big import have nothing to do with the rows' order or their duplicates:
reading pinyin (``text_index.search_columns``, pure Python) and building the two
full-text indexes (``text_index.rebuild``). At a million rows they were about half of
the import, all on one core. A helper process takes both:

- while the importer cleans, matches and writes batch *n*, the helper reads the pinyin of
  batch *n+1* and sends it back, keeping each row's indexed text in a staging file of its
  own; when the helper falls behind, the importer reads a batch's pinyin itself;
- the importer sends the indexed text of the members the workspace already had (the
  indexes cover every member), and at the end that of the members it updated;
- ``build`` then builds both indexes in the staging file while the importer builds the
  workspace's other indexes and summaries, and the importer adopts them
  (``text_index.adopt_built``, as the demo does).

A spawned process (not forked: the window has threads) starts in about a second, so only
imports of ``PARALLEL_ROWS`` or more use one; when it cannot start, the importer does
both itself. The helper ends with the importer (``parent_watch``), and its staging file is
beside the workspace (``staging``), so a killed import leaves neither behind for long.
"""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from models.store import parent_watch, staging

#: Rows from which a helper process pays for its start.
PARALLEL_ROWS = 50_000
#: Existing members sent to the helper per message.
CHUNK = 20_000
#: Batches the helper may have waiting before the importer reads one itself.
AHEAD = 2

# -- in the helper process ----------------------------------------------------------------

_stage: sqlite3.Connection | None = None
_insert = ""


def open_stage(path: str, statements: list[str], columns: list[str]) -> None:
    """A staging file with a ``members`` table of ``columns`` (an id first) and the
    workspace's full-text tables (``statements``) over it."""
    global _stage, _insert
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -262144")
    conn.execute("PRAGMA temp_store = MEMORY")  # no etilqs_* files in the temp folder
    conn.execute(f"CREATE TABLE members (id INTEGER PRIMARY KEY, {', '.join(columns)})")
    for statement in statements:
        conn.execute(statement)
    conn.execute("BEGIN")
    _stage = conn
    _insert = (f"INSERT OR REPLACE INTO members (id, {', '.join(columns)})"
               f" VALUES ({', '.join('?' * (len(columns) + 1))})")


def stage_rows(rows: Sequence[tuple]) -> None:
    """Keep rows in the staging file's column order; a later row with an id replaces the
    earlier one."""
    if _stage is not None:
        _stage.executemany(_insert, rows)


def columns_batch(pairs: Sequence[tuple[str, str | None]],
                  texts: Sequence[tuple] | None = None) -> list[tuple[str, str, str, str]]:
    """``search_columns`` for each (name, nickname). ``texts`` holds the same members'
    ``(id, *indexed text)``: staged with the search columns after them."""
    from models.search.text_index import search_columns

    computed = [search_columns(name, nickname) for name, nickname in pairs]
    if texts is not None:
        stage_rows([(*row, *c) for row, c in zip(texts, computed, strict=True)])
    return computed


def build_stage() -> None:
    """Build both full-text indexes over the staged members and close the file."""
    global _stage
    from models.search import text_index

    assert _stage is not None
    text_index.rebuild(_stage)
    _stage.execute("COMMIT")
    _stage.close()
    _stage = None


# -- in the importing process --------------------------------------------------------------


class SearchHelper:
    """The helper process and its staging folder (see the module docstring)."""

    def __init__(self) -> None:
        self.pool = ProcessPoolExecutor(max_workers=1,
                                        mp_context=multiprocessing.get_context("spawn"),
                                        initializer=parent_watch.watch,
                                        initargs=(os.getpid(),))
        self.folder: Path | None = None
        self.stage_path: Path | None = None
        self.select = ""
        self.reading: list[Future] = []  # batches the helper has not finished reading

    def start_stage(self, conn: sqlite3.Connection) -> None:
        """Stage the indexed text of every member ``conn`` holds (sent in chunks)."""
        from models.search import text_index

        self.folder = staging.create(staging.workspace_of(conn), "import")
        self.stage_path = self.folder / "search.sqlite"
        columns = [*text_index.indexed_text_columns(conn), *text_index.SEARCH_COLUMNS]
        self.pool.submit(open_stage, str(self.stage_path), text_index.fts_statements(conn),
                         columns)
        self.select = f"SELECT id, {', '.join(columns)} FROM members"
        cursor = conn.execute(self.select)
        while chunk := cursor.fetchmany(CHUNK):
            self.pool.submit(stage_rows, chunk)

    def submit(self, pairs: Sequence[tuple[str, str | None]],
               texts: Sequence[tuple] | None = None) -> Future:
        """The search columns of ``pairs``, later; with ``texts`` (see ``columns_batch``)
        the new members are staged too.

        When the helper has ``AHEAD`` batches still to read, this process reads this one's
        pinyin itself (the future is done at once) and sends it only to be staged: each
        core takes what it has time for, and the helper always has the next batch waiting.
        """
        self.reading = [f for f in self.reading if not f.done()]
        if len(self.reading) >= AHEAD:
            from models.search.text_index import search_columns

            done: Future = Future()
            computed = [search_columns(name, nickname) for name, nickname in pairs]
            done.set_result(computed)
            if texts is not None:
                self.pool.submit(stage_rows, [(*row, *c) for row, c in
                                              zip(texts, computed, strict=True)])
            return done
        future = self.pool.submit(columns_batch, list(pairs),
                                  list(texts) if texts is not None else None)
        self.reading.append(future)
        return future

    def restage(self, conn: sqlite3.Connection, where: str) -> None:
        """Stage again the members ``where`` selects, as they are now (members the import
        changed after their first staging)."""
        cursor = conn.execute(f"{self.select} WHERE {where}")
        while chunk := cursor.fetchmany(CHUNK):
            self.pool.submit(stage_rows, chunk)

    def build(self) -> Future:
        """Build the staged indexes in ``stage_path`` (done when the future is)."""
        return self.pool.submit(build_stage)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        if self.folder is not None:
            staging.remove(self.folder)
            self.folder = None


def start_helper() -> SearchHelper | None:
    """A helper, or None where processes cannot be started (the import goes on inline)."""
    if (multiprocessing.cpu_count() or 1) < 2:
        return None
    try:
        return SearchHelper()
    except (OSError, RuntimeError, ValueError):
        return None
