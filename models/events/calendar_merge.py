"""One event from another calendar into the workspace: created, updated or left as it is.

The .ics import (``exports.ics_import``) reads and checks a file; this writes its events,
by UID, in one transaction (``merge_events``). An occurrence edited on its own (RECURRENCE-ID)
becomes a row under its series; one whose series is not in the workspace becomes an event
of its own (``orphan``). Fields that did not change are not written, so a file imported
twice changes nothing, and an all-day event keeps its days whatever offset midnight was
written in.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from models.core.changes import Change
from models.events.schedule import (
    EDITABLE,
    Event,
    EventFields,
    get_by_uid,
    get_event,
    update_event,
)
from models.events.schedule import create_event as _create
from models.store.workspace import transaction


class Merged(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class MergeResult:
    event_id: int
    outcome: Merged
    #: An edited occurrence whose series is not here: kept as an event of its own.
    orphan: bool = False


@dataclass(frozen=True)
class Incoming:
    """One event as read from another calendar (the arguments of ``merge_event``)."""

    uid: str
    fields: EventFields
    sequence: int = 0
    recurrence_id: str | None = None
    exdates: str | None = None


def merge_events(conn: sqlite3.Connection, incoming: Sequence[Incoming]
                 ) -> tuple[list[MergeResult], Change]:
    """Create or update every event of ``incoming`` in one transaction: all or none. Series
    are written before their edited occurrences, so an occurrence finds its series; the
    results come in the order of ``incoming``."""
    results: list[MergeResult | None] = [None] * len(incoming)
    order = sorted(range(len(incoming)), key=lambda i: incoming[i].recurrence_id is not None)
    with transaction(conn):
        for index in order:
            item = incoming[index]
            results[index] = merge_event(conn, item.uid, item.fields, sequence=item.sequence,
                                         recurrence_id=item.recurrence_id,
                                         exdates=item.exdates)
    done = [r for r in results if r is not None]
    return done, Change.of("events", ids=[r.event_id for r in done])


def merge_event(conn: sqlite3.Connection, uid: str, fields: EventFields, *, sequence: int = 0,
                recurrence_id: str | None = None, exdates: str | None = None) -> MergeResult:
    """Create or update the event ``uid`` (or its occurrence at ``recurrence_id``) to hold
    ``fields``. Call inside a transaction."""
    extra: dict = {"exdates": exdates}
    orphan = False
    if recurrence_id is not None:
        series = get_by_uid(conn, uid)
        if series is None:
            orphan = True
            uid = f"{uid}/{recurrence_id}"
        else:
            extra.update(parent_id=series.id, recurrence_id=recurrence_id)
            uid = f"{uid}/{datetime.fromisoformat(recurrence_id):%Y%m%dT%H%M%S}"
            fields = replace(fields, rrule=None)
    existing = get_by_uid(conn, uid)
    if existing is None and "parent_id" in extra:
        existing = _occurrence(conn, extra["parent_id"], recurrence_id or "")
    if existing is None:
        event, _ = _create(conn, fields, uid=uid, extra={k: v for k, v in extra.items() if v})
        if sequence > event.sequence:
            conn.execute("UPDATE events SET sequence = ? WHERE id = ?", (sequence, event.id))
        return MergeResult(event.id, Merged.CREATED, orphan)
    diff = _changed(existing, fields, exdates)
    if not diff:
        return MergeResult(existing.id, Merged.UNCHANGED, orphan)
    update_event(conn, existing.id, **diff)
    return MergeResult(existing.id, Merged.UPDATED, orphan)


def _changed(existing: Event, fields: EventFields, exdates: str | None) -> dict:
    """The fields of ``existing`` that ``fields`` changes (a trashed event comes back)."""
    wanted = {n: getattr(fields, n) for n in EDITABLE}
    if existing.community_id is not None and fields.community_id is None:
        wanted.pop("community_id")
    wanted["exdates"] = exdates
    if existing.deleted_at is not None:
        wanted["deleted_at"] = None
    diff = {n: v for n, v in wanted.items() if getattr(existing, n) != v}
    if "rrule" in diff and _same_rule(existing.rrule, fields.rrule):
        del diff["rrule"]
    if existing.all_day and fields.all_day:  # the same days, whatever offset midnight was in
        for name in ("starts_at", "ends_at"):
            ours, theirs = getattr(existing, name), getattr(fields, name)
            if name in diff and ours and theirs and ours[:10] == theirs[:10]:
                del diff[name]
    return diff


def _same_rule(a: str | None, b: str | None) -> bool:
    """RRULEs equal part by part (icalendar may write the parts in another order)."""
    def parts(text: str | None) -> set[str]:
        return set((text or "").upper().removeprefix("RRULE:").split(";")) - {""}

    return parts(a) == parts(b)


def _occurrence(conn: sqlite3.Connection, parent_id: int, recurrence_id: str) -> Event | None:
    """The row of one occurrence of a series, matched by the instant it replaces."""
    wanted = datetime.fromisoformat(recurrence_id)
    for row_id, rid in conn.execute("SELECT id, recurrence_id FROM events WHERE parent_id = ?",
                                    (parent_id,)).fetchall():
        if rid and datetime.fromisoformat(rid) == wanted:
            return get_event(conn, row_id)
    return None
