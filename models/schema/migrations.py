"""Numbered steps that bring a workspace file up to the format this version writes.

``PRAGMA user_version`` holds the format number. Each step runs in one transaction that
also bumps the number, so a failed step leaves the file exactly at its old format. A
backup copy is taken before the first step on a file that already holds data
(``models.store.workspace``). A new workspace is made by running every step from format 0.

The steps live in ``models/schema/steps``, one frozen module each (see ``models.schema``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

from models.schema.steps import (
    v01,
    v02,
    v03,
    v04,
    v05,
    v06,
    v07,
    v08,
    v09,
    v10,
    v11,
    v12,
    v13,
    v14,
    v15,
    v16,
    v17,
    v18,
    v19,
)

#: ``PRAGMA application_id`` of every workspace: 'QUNZ' in ASCII (set by format 1).
APPLICATION_ID = v01.APPLICATION_ID


@dataclass(frozen=True)
class Migration:
    version: int
    summary: str
    apply: Callable[[sqlite3.Connection], None]


def _step(module: ModuleType) -> Migration:
    return Migration(module.VERSION, module.SUMMARY, module.apply)


MIGRATIONS: tuple[Migration, ...] = tuple(
    _step(m) for m in (v01, v02, v03, v04, v05, v06, v07, v08, v09, v10, v11, v12, v13, v14,
                                v15, v16, v17, v18, v19))

LATEST_VERSION = MIGRATIONS[-1].version


def pending(current: int, target: int | None = None) -> list[Migration]:
    """The steps from format ``current`` up to ``target`` (the latest when None)."""
    last = LATEST_VERSION if target is None else target
    return [m for m in MIGRATIONS if current < m.version <= last]


def apply_step(conn: sqlite3.Connection, step: Migration) -> None:
    """Run one step and bump the format number, all in one transaction."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        step.apply(conn)
        conn.execute(f"PRAGMA user_version = {step.version}")
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise sqlite3.IntegrityError(f"foreign key check failed: {problems[:3]}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
