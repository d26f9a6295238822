"""Writing an edited checklist back: the rows a reader found in a file, in one transaction.

``exports.checklist_import`` reads a workbook, checks every cell and says what would
change; what it hands here is plain data (``SheetEdits``: per checklist, the fields that
change on existing items and the new rows). ``apply_edits`` writes them all or nothing.
The window runs it as an operation recorded by row snapshots
(``models.store.operations.recorded``), so undo puts every field back and removes the rows
it added, refusing when rows written since depend on them. Values are checked again by
``models.materials.checklists`` on the way in, so a caller that skipped the reader cannot
store what the tab could not show.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from models.core.changes import Change
from models.materials import checklists
from models.store.workspace import transaction


@dataclass(frozen=True)
class SheetEdits:
    """One checklist's edits as read from a file."""

    checklist_id: int
    #: item id -> {field: new value}
    updates: Mapping[int, Mapping[str, object]] = field(default_factory=dict)
    #: item id -> {field: value before}: what the reader saw in the workspace
    before: Mapping[int, Mapping[str, object]] = field(default_factory=dict)
    #: items to add at the end of the checklist
    new_rows: Sequence[Mapping[str, object]] = ()


@dataclass
class Applied:
    """What ``apply_edits`` wrote."""

    updated: list[int]  # item ids whose fields changed
    created: dict[int, list[int]]  # checklist id -> new item ids


def apply_edits(conn: sqlite3.Connection,
                edits: Iterable[SheetEdits]) -> tuple[Applied, Change]:
    """Write every sheet's edits in one transaction."""
    applied = Applied([], {})
    change = Change.of("checklist_items", "checklists", "materials")
    with transaction(conn):
        for sheet in edits:
            if sheet.updates:
                change |= checklists.update_items(conn, sheet.updates)
                applied.updated.extend(sheet.updates)
            if sheet.new_rows:
                made, more = checklists.add_items(conn, sheet.checklist_id, sheet.new_rows)
                applied.created[sheet.checklist_id] = made
                change |= more
    return applied, change
