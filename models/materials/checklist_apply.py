"""Writing an edited checklist back: the rows a reader found in a file, in one transaction.

``exports.checklist_import`` reads a workbook, checks every cell and says what would
change; what it hands here is plain data (``SheetEdits``: per checklist, the fields that
change on existing items and the new rows). ``apply_edits`` writes them all or nothing
and returns what undoing takes (``Applied``); ``undo_applied`` puts every field back and
removes the rows it added. Values are checked again by ``models.materials.checklists`` on the way
in, so a caller that skipped the reader cannot store what the tab could not show.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from models.materials import checklists
from models.core.changes import Change
from models.store.workspace import transaction


@dataclass(frozen=True)
class SheetEdits:
    """One checklist's edits as read from a file."""

    checklist_id: int
    #: item id -> {field: new value}
    updates: Mapping[int, Mapping[str, object]] = field(default_factory=dict)
    #: item id -> {field: value before}, for undo (what the reader saw in the workspace)
    before: Mapping[int, Mapping[str, object]] = field(default_factory=dict)
    #: items to add at the end of the checklist
    new_rows: Sequence[Mapping[str, object]] = ()


@dataclass
class Applied:
    """What ``apply_edits`` wrote, to undo it."""

    before: dict[int, dict[str, object]]
    after: dict[int, dict[str, object]]
    created: dict[int, list[int]]  # checklist id -> new item ids


def apply_edits(conn: sqlite3.Connection, edits: Iterable[SheetEdits],
                created: Mapping[int, Sequence[int]] | None = None) -> tuple[Applied, Change]:
    """Write every sheet's edits in one transaction. ``created`` (checklist id -> item ids,
    from an earlier ``Applied``) gives the new rows their ids again on redo."""
    applied = Applied({}, {}, {})
    change = Change.of("checklist_items", "checklists", "materials")
    with transaction(conn):
        for sheet in edits:
            if sheet.updates:
                change |= checklists.update_items(conn, sheet.updates)
                applied.before.update({i: dict(v) for i, v in sheet.before.items()})
                applied.after.update({i: dict(v) for i, v in sheet.updates.items()})
            if sheet.new_rows:
                ids = (created or {}).get(sheet.checklist_id)
                made, more = checklists.add_items(conn, sheet.checklist_id, sheet.new_rows,
                                                  ids=ids)
                applied.created[sheet.checklist_id] = made
                change |= more
    return applied, change


def undo_applied(conn: sqlite3.Connection, applied: Applied) -> Change:
    """Put back every field ``apply_edits`` changed and remove the rows it added."""
    with transaction(conn):
        change = checklists.update_items(conn, applied.before)
        for made in applied.created.values():
            change |= checklists.delete_items(conn, made)[1]
    return change
