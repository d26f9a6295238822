"""The demo's members drawn in parallel: one process per core, each into a staging file.

Drawing a million members with ten million activities is Python work, bound by the GIL, so
threads cannot share it. Worker processes each draw a contiguous range of members into a
plain SQLite file of their own (no indexes, no constraints), and the demo copies the files
into the workspace with ``INSERT … SELECT``, which runs at C speed inside its transaction.

The members come in parts of ``PART``, each drawn from its own random source seeded by the
demo's seed and the part's number, so the data depends on the seed alone, not on how many
processes drew it. A demo of one part is drawn in this process (no process to start).
Every process ends with the demo's (``parent_watch``); the staging files are beside the
workspace (``staging``).
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import random
import sqlite3
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from models.core.errors import Cancelled
from models.store import parent_watch

#: Members per part. The data depends on it (each part has its own random source). A part
#: takes about a second to draw: how long Cancel may take to be heard.
PART = 10_000
#: More processes than this only fight over the disk.
MAX_WORKERS = 4

#: The tables a part fills, with their columns in the order ``DemoBuilder.member_chunk``
#: makes the rows.
STAGED_COLUMNS: dict[str, tuple[str, ...]] = {
    "members": (
        "id", "display_name", "nickname", "name_key", "search_pinyin", "search_grams",
        "search_head", "points", "last_active_at", "joined_at", "tags_text",
        "communities_text", "gender", "birth_year", "city", "occupation", "phone",
        "wechat_id", "email", "source", "referrer_id", "interests", "spending_level",
        "lifecycle", "consent_at", "created_at", "updated_at"),
    "memberships": ("member_id", "community_id", "role", "joined_at", "left_at", "status"),
    "member_tags": ("member_id", "tag_id"),
    "activities": ("member_id", "community_id", "occurred_at", "kind", "amount"),
    "points_ledger": ("member_id", "delta", "reason", "occurred_at"),
    "member_activity": ("member_id", "community_id", "first_at", "last_at", "actions",
                        "purchases", "revenue"),
}

#: progress(members drawn so far) -> False to cancel.
Report = Callable[[int], bool]


@dataclass(frozen=True)
class DrawPlan:
    """What every part needs, decided once by the demo before the parts are drawn."""

    members: int
    seed: int
    today: date
    join_days: list[int]  # the day each member joins, for all members, ascending
    tag_ids: list[int]
    community_weights: list[float]
    community_ids: list[int]
    community_names: dict[int, str]
    tag_names: dict[int, str]
    #: The class that draws members (``DemoBuilder``): handed in, so this module, which only
    #: divides the work, does not import the builder that imports it.
    drawer: type
    part: int = PART  # members per part

    @property
    def parts(self) -> int:
        return -(-self.members // self.part)


@dataclass
class Drawn:
    """What drawing a range of parts leaves besides its staging file."""

    #: per community: its members' ids and join days, in the order they were drawn
    rosters: dict[int, tuple[list[int], list[int]]] = field(default_factory=dict)
    #: ``AnalyticsTally.export()`` of these members
    tally: tuple[dict, dict, dict] = ({}, {}, {})
    activities: int = 0


def draw_range(plan: DrawPlan, parts: range, path: Path, report: Report) -> Drawn:
    """Draw the members of ``parts`` into a new staging file at ``path``."""
    builder = plan.drawer(None, plan.members, plan.seed, plan.today)
    builder.community_ids = plan.community_ids
    builder.community_names = plan.community_names
    builder.tag_names = plan.tag_names
    builder.roster = {cid: [] for cid in plan.community_ids}
    builder.roster_days = {cid: [] for cid in plan.community_ids}
    stage = sqlite3.connect(path, isolation_level=None)
    try:
        stage.execute("PRAGMA journal_mode = OFF")
        stage.execute("PRAGMA synchronous = OFF")
        for table, columns in STAGED_COLUMNS.items():
            stage.execute(f"CREATE TABLE {table} ({', '.join(columns)})")
        stage.execute("BEGIN")
        drawn = 0
        for part in parts:
            first = part * plan.part
            count = min(plan.part, plan.members - first)
            builder.rng = random.Random(f"qunzhu demo {plan.seed} part {part}")
            # Every community's first member is its owner (群主); they are in part 0.
            builder.founded = set() if part == 0 else set(plan.community_ids)
            rows = builder.member_chunk(first, plan.join_days[first:first + count],
                                        plan.tag_ids, plan.community_weights)
            for (table, columns), values in zip(STAGED_COLUMNS.items(), rows, strict=True):
                marks = ",".join("?" * len(columns))
                stage.executemany(f"INSERT INTO {table} VALUES ({marks})", values)
            builder.activities += len(rows[3])
            drawn += count
            if not report(drawn):
                raise Cancelled()
        stage.execute("COMMIT")
    finally:
        stage.close()
    rosters = {cid: (builder.roster[cid], builder.roster_days[cid])
               for cid in plan.community_ids}
    return Drawn(rosters, builder.tally.export(), builder.activities)


def _work(plan: DrawPlan, parts: range, path: Path, worker: int,
          messages: multiprocessing.Queue) -> None:
    """A worker process: draw, telling the parent how far it got, then hand back."""
    try:
        def report(drawn: int) -> bool:
            messages.put(("drawn", worker, drawn))
            return True  # the parent cancels by ending the process

        messages.put(("done", worker, draw_range(plan, parts, path, report)))
    except BaseException:  # the parent raises it, with this traceback
        messages.put(("error", worker, traceback.format_exc()))


def draw_parts(plan: DrawPlan, folder: Path, progress: Report) -> list[tuple[Path, Drawn]]:
    """Draw every member into staging files in ``folder``: (file, what it drew) for each
    worker, in member order. ``progress`` returning False cancels (raises ``Cancelled``)."""
    parts = plan.parts
    workers = max(1, min(os.cpu_count() or 1, MAX_WORKERS, parts))
    ranges = [range(parts * w // workers, parts * (w + 1) // workers) for w in range(workers)]
    paths = [folder / f"stage-{w}.sqlite" for w in range(workers)]
    if workers == 1:
        return [(paths[0], draw_range(plan, ranges[0], paths[0], progress))]

    context = multiprocessing.get_context("spawn")  # never fork: the window has threads
    messages = context.Queue()
    processes = [context.Process(target=parent_watch.run,
                                 args=(os.getpid(), _work, plan, ranges[w], paths[w], w,
                                       messages),
                                 daemon=True, name=f"qunzhu-demo-{w}")
                 for w in range(workers)]
    drawn_by = [0] * workers
    results: dict[int, Drawn] = {}
    try:
        for process in processes:
            process.start()
        while len(results) < workers:
            try:
                kind, worker, payload = messages.get(timeout=0.5)
            except queue.Empty:
                if any(p.exitcode not in (None, 0) for p in processes):
                    raise RuntimeError("a process drawing the demo rows stopped") from None
                continue
            if kind == "error":
                raise RuntimeError(f"drawing the demo rows failed:\n{payload}")
            if kind == "done":
                results[worker] = payload
            else:
                drawn_by[worker] = payload
                if not progress(sum(drawn_by)):
                    raise Cancelled()
    finally:
        for process in processes:
            if process.is_alive():
                process.terminate()
            process.join()
        messages.close()
    return [(paths[w], results[w]) for w in range(workers)]


def copy_staged(conn: sqlite3.Connection, path: Path, schema: str) -> None:
    """Append a staging file's rows to the workspace's tables, inside the caller's
    transaction. The file stays attached as ``schema`` until the transaction ends (SQLite
    cannot detach a file a transaction has read); call ``detach`` afterwards."""
    conn.execute("ATTACH DATABASE ? AS " + schema, (str(path),))
    for table, columns in STAGED_COLUMNS.items():
        names = ", ".join(columns)
        conn.execute(f"INSERT INTO main.{table} ({names}) SELECT {names} FROM {schema}.{table}")


def detach(conn: sqlite3.Connection, schemas: list[str]) -> None:
    attached = {row[1] for row in conn.execute("PRAGMA database_list").fetchall()}
    for schema in schemas:
        if schema in attached:
            conn.execute("DETACH DATABASE " + schema)


def build_search(statements: list[str], stages: list[Path], target: Path) -> None:
    """The members' full-text indexes, built from the staging files into ``target``
    (``text_index.schema_for_rebuild`` gives ``statements``)."""
    from models.search import text_index

    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -262144")
        conn.execute("PRAGMA temp_store = MEMORY")  # no etilqs_* files in the temp folder
        for statement in statements:
            conn.execute(statement)
        names = ", ".join(STAGED_COLUMNS["members"])
        conn.execute("BEGIN")
        for number, stage in enumerate(stages):
            conn.execute(f"ATTACH DATABASE ? AS stage{number}", (str(stage),))
            conn.execute(f"INSERT INTO members ({names}) SELECT {names}"
                         f" FROM stage{number}.members")
        text_index.rebuild(conn)
        conn.execute("COMMIT")
    finally:
        conn.close()


class SearchBuild:
    """``build_search`` in a process of its own, started as soon as the members are drawn,
    while this process copies them in and builds the other indexes."""

    def __init__(self, statements: list[str], stages: list[Path], target: Path,
                 in_process: bool) -> None:
        self.target = target
        self.process: multiprocessing.process.BaseProcess | None = None
        if in_process:  # a small demo: not worth a process
            build_search(statements, stages, target)
            return
        context = multiprocessing.get_context("spawn")
        self.process = context.Process(target=parent_watch.run,
                                       args=(os.getpid(), build_search, statements, stages,
                                             target),
                                       daemon=True, name="qunzhu-demo-search")
        self.process.start()

    def wait(self) -> Path:
        """The finished file (raises if the build failed)."""
        if self.process is not None:
            self.process.join()
            if self.process.exitcode != 0:
                raise RuntimeError("building the demo's search index failed"
                                   f" (exit code {self.process.exitcode})")
        return self.target

    def stop(self) -> None:
        if self.process is not None and self.process.is_alive():
            self.process.terminate()
            self.process.join()
