"""Quick logging: interactions the operator records by hand (a message they saw, a share,
an invitation, a purchase paid in person), for one member or a selection of thousands.

Decisions (also in the window's wording):

- ``kind`` is any non-empty text up to ``KIND_MAX`` characters: the built-in kinds
  (``ActivityKind``) or one the operator adds; an added one is remembered in
  ``workspace_settings`` (``SETTING_KINDS``, a JSON list) and offered next time.
- ``amount_fen`` belongs to a purchase (购买) only: a purchase takes an amount of 0 or more
  (None is 0: a gift); any other kind with an amount other than 0 is refused rather than
  stored where no number reads it.
- ``occurred_at`` may be any time up to the end of today in the workspace's zone: logging
  records what happened, so a later day is refused. A time without an offset is read in
  the workspace's zone; the stored text carries the zone's offset (``models.core.zones``).
- ``community_id`` is the community it happened in, or None (outside any community).

Everything is written in one transaction, set-based from the selected ids (a temp table,
then one ``INSERT ... SELECT``), and the new rows are handed to
``models.activity.intake.after_activities_added`` like every other writer's. The window
runs ``log_interactions`` under ``models.store.operations.recorded``, whose undo puts every
row back exactly (the remembered kinds too).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from models.activity.intake import after_activities_added
from models.core.changes import Change
from models.core.errors import Code
from models.core.validation import Invalid
from models.core.vocab import ActivityKind
from models.store.workspace import transaction

SETTING_KINDS = "activity_kinds"
KIND_MAX = 20
NOTE_MAX = 500
#: Most kinds an operator adds that are remembered (the oldest go first).
KINDS_KEPT = 30


@dataclass(frozen=True)
class LogResult:
    """What ``log_interactions`` wrote: the new activity ids (one per member, in member
    order) and whether ``kind`` was added to the remembered kinds."""

    activity_ids: range
    kind_added: bool
    change: Change = field(default_factory=Change)

    @property
    def count(self) -> int:
        return len(self.activity_ids)


def builtin_kinds() -> list[str]:
    return [k.value for k in ActivityKind]


def custom_kinds(conn: sqlite3.Connection) -> list[str]:
    """The kinds the operator added, oldest first (a damaged setting reads as none)."""
    row = conn.execute("SELECT value FROM workspace_settings WHERE key = ?",
                       (SETTING_KINDS,)).fetchone()
    if not row:
        return []
    try:
        found = json.loads(row[0])
    except (TypeError, ValueError):
        return []
    if not isinstance(found, list):
        return []
    return [k for k in found if isinstance(k, str) and k.strip()]


def offered_kinds(conn: sqlite3.Connection) -> list[str]:
    """What the dialog offers: the built-in kinds, then the ones the operator added."""
    builtin = builtin_kinds()
    return builtin + [k for k in custom_kinds(conn) if k not in builtin]


def moment(conn: sqlite3.Connection, day: date, at: time | None = None) -> datetime:
    """``day`` at ``at`` (noon when no time is given: the day stays the day in any view)
    in the workspace's zone."""
    from models.core.zones import default_tzid

    zone = ZoneInfo(default_tzid(conn))
    return datetime.combine(day, at if at is not None else time(12, 0), zone)


def _clean_kind(kind: object) -> str:
    text = " ".join(str(kind or "").split())
    if not text:
        raise Invalid(Code.EMPTY, kind, field="kind")
    if len(text) > KIND_MAX:
        raise Invalid(Code.TEXT_TOO_LONG, kind, field="kind", most=KIND_MAX)
    return text


def _clean_amount(kind: str, amount_fen: object) -> int:
    if amount_fen is None:
        return 0
    if isinstance(amount_fen, bool) or not isinstance(amount_fen, int):
        raise Invalid(Code.WHOLE_NOT_NEGATIVE, amount_fen, field="amount")
    if amount_fen < 0:
        raise Invalid(Code.NEGATIVE, amount_fen, field="amount")
    if amount_fen and kind != ActivityKind.PURCHASE:
        raise Invalid(Code.AMOUNT_ONLY_PURCHASE, amount_fen, kind=kind)
    return amount_fen


def _clean_time(conn: sqlite3.Connection, occurred_at: datetime | date | str) -> str:
    """The stored text: in the workspace's zone, to the second; refused after today."""
    from models.core.zones import default_tzid, today

    zone = ZoneInfo(default_tzid(conn))
    if isinstance(occurred_at, str):
        try:
            occurred_at = datetime.fromisoformat(occurred_at.strip())
        except ValueError:
            raise Invalid(Code.NOT_A_TIME, occurred_at, field="occurred_at",
                          value=occurred_at) from None
    if not isinstance(occurred_at, datetime):  # a date: noon that day
        occurred_at = moment(conn, occurred_at)
    if occurred_at.tzinfo is None:
        occurred_at = occurred_at.replace(tzinfo=zone)
    local = occurred_at.astimezone(zone).replace(microsecond=0)
    last = today(conn)
    if local.date() > last:
        raise Invalid(Code.FUTURE_DAY, local.date().isoformat(), field="occurred_at",
                      value=local.date().isoformat(), today=last.isoformat())
    return local.isoformat()


def _clean_note(note: object) -> str | None:
    text = str(note or "").strip()
    if len(text) > NOTE_MAX:
        raise Invalid(Code.TEXT_TOO_LONG, note, field="note", most=NOTE_MAX)
    return text or None


def _remember_kind(conn: sqlite3.Connection, kind: str) -> bool:
    """Add ``kind`` to the remembered kinds when it is neither built in nor known."""
    known = custom_kinds(conn)
    if kind in builtin_kinds() or kind in known:
        return False
    kept = (known + [kind])[-KINDS_KEPT:]
    conn.execute("INSERT OR REPLACE INTO workspace_settings (key, value) VALUES (?, ?)",
                 (SETTING_KINDS, json.dumps(kept, ensure_ascii=False)))
    return True


def log_interactions(conn: sqlite3.Connection, member_ids: Iterable[int], kind: str,
                     occurred_at: datetime | date | str, community_id: int | None = None,
                     amount_fen: int | None = None, note: str | None = None) -> LogResult:
    """One activity of ``kind`` per member at ``occurred_at`` (see the module docstring for
    what is refused), in one transaction. Raises ``Invalid`` (nothing written) for a bad
    value, an empty selection, a member or community that is not there."""
    clean_kind = _clean_kind(kind)
    amount = _clean_amount(clean_kind, amount_fen)
    clean_note = _clean_note(note)
    when = _clean_time(conn, occurred_at)
    ids = sorted({int(i) for i in member_ids})
    if not ids:
        raise Invalid(Code.NOBODY_SELECTED, None)
    with transaction(conn):
        if community_id is not None and conn.execute(
                "SELECT 1 FROM communities WHERE id = ?", (community_id,)).fetchone() is None:
            raise Invalid(Code.NO_COMMUNITY_ID, community_id, id=community_id)
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS quick_log_ids"
                     " (id INTEGER PRIMARY KEY) WITHOUT ROWID")
        conn.execute("DELETE FROM temp.quick_log_ids")
        try:
            conn.execute("INSERT INTO temp.quick_log_ids SELECT value FROM json_each(?)",
                         (json.dumps(ids),))
            missing = conn.execute(
                "SELECT min(q.id) FROM temp.quick_log_ids q"
                " WHERE NOT EXISTS (SELECT 1 FROM members m WHERE m.id = q.id)").fetchone()[0]
            if missing is not None:
                raise Invalid(Code.NO_MEMBER_ID, missing, id=missing)
            before = conn.execute("SELECT coalesce(max(id), 0) FROM activities").fetchone()[0]
            conn.execute(
                "INSERT INTO activities (member_id, community_id, occurred_at, kind, amount,"
                " note) SELECT id, ?, ?, ?, ?, ? FROM temp.quick_log_ids ORDER BY id",
                (community_id, when, clean_kind, amount, clean_note))
            after_activities_added(conn, "id > ?", (before,))
        finally:
            conn.execute("DELETE FROM temp.quick_log_ids")
        added = _remember_kind(conn, clean_kind)
    # points and honours the intake may grant are the members' too
    tables = ("activities", "members", "points_ledger", "member_honours") + (
        ("workspace_settings",) if added else ())
    change = Change.of(*tables, ids=ids if len(ids) <= 1000 else ())
    return LogResult(range(before + 1, before + 1 + len(ids)), added, change)
