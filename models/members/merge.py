"""Merging two records of one person: everything of both ends up on the kept one.

``merge(conn, kept_id, gone_id, choices)`` moves every row that hangs on the gone record
to the kept one (``MOVERS``, one per table that references ``members``; a test reads the
schema so a table added later and forgotten here fails it), combines what cannot be held
twice (one membership per community, one registration per event, one value of a
single-value custom field), sets the kept record's fields to the values ``choices`` picks,
deletes the gone record and writes a ``member_merges`` row saying what came from it.
The summaries kept by triggers follow the moved rows; the two columns no trigger moves
(``members.points``, ``last_active_at``) are set here. One transaction; the window runs it
under ``recorded(...)``, so undo brings both records back exactly.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping

from models.core.changes import Change
from models.core.clock import now_iso
from models.core.errors import Code, DomainError, NotFound
from models.core.vocab import Role
from models.members import referrals
from models.members.records import EDITABLE, ERASED_NAME
from models.search import text_index
from models.store.workspace import transaction

#: The fields a merge chooses between, in the form's order.
FIELDS = tuple(EDITABLE)
#: Roles from the highest down: a merged membership keeps the higher.
ROLE_RANK = {role.value: rank for rank, role in enumerate(Role)}
#: Tables kept by triggers from the rows a merge moves: nothing to move by hand.
DERIVED = frozenset({"member_activity"})

TABLES = ("members", "memberships", "member_tags", "activities", "points_ledger",
          "registrations", "violations", "needs", "member_identities", "follow_ups",
          "member_fields", "plan_roles", "not_duplicates", "member_merges", "member_honours")


def _value_of(conn: sqlite3.Connection, member_id: int, field: str) -> object:
    return conn.execute(f"SELECT {field} FROM members WHERE id = ?", (member_id,)).fetchone()[0]


def _live(conn: sqlite3.Connection, member_id: int) -> str:
    row = conn.execute("SELECT display_name, deleted_at FROM members WHERE id = ?",
                       (member_id,)).fetchone()
    if row is None:
        raise NotFound(Code.RECORD_GONE, member_id, table="members", id=member_id)
    name, deleted_at = row
    if deleted_at is not None or name == ERASED_NAME:
        raise DomainError(Code.MERGE_NOT_LIVE, member_id, name=name)
    return str(name)


def default_choices(conn: sqlite3.Connection, kept_id: int, gone_id: int) -> dict[str, int]:
    """Each field from the kept record, unless it is empty there and the gone one has it."""
    kept = conn.execute(f"SELECT {', '.join(FIELDS)} FROM members WHERE id = ?",
                        (kept_id,)).fetchone()
    gone = conn.execute(f"SELECT {', '.join(FIELDS)} FROM members WHERE id = ?",
                        (gone_id,)).fetchone()
    return {f: gone_id if k in (None, "") and g not in (None, "") else kept_id
            for f, k, g in zip(FIELDS, kept, gone, strict=True)}


def _fields(conn: sqlite3.Connection, kept_id: int, gone_id: int,
            choices: Mapping[str, int]) -> dict[str, object]:
    """The kept record's new values (fields taken from the gone one), referrer aside."""
    taken: dict[str, object] = {}
    for field in FIELDS:
        if field == "referrer_id" or choices.get(field, kept_id) != gone_id:
            continue
        value = _value_of(conn, gone_id, field)
        if value != _value_of(conn, kept_id, field):
            taken[field] = value
    if "display_name" in taken or "nickname" in taken:
        name = taken.get("display_name", _value_of(conn, kept_id, "display_name"))
        nick = taken.get("nickname", _value_of(conn, kept_id, "nickname"))
        searchable = text_index.search_columns(name, nick)  # type: ignore[arg-type]
        taken.update(zip(text_index.SEARCH_COLUMNS, searchable, strict=True))
    if taken:
        conn.execute(f"UPDATE members SET {', '.join(f'{f} = ?' for f in taken)},"
                     " updated_at = ? WHERE id = ?", [*taken.values(), now_iso(), kept_id])
    return {f: v for f, v in taken.items() if f in FIELDS}


def _referrer(conn: sqlite3.Connection, kept_id: int, gone_id: int,
              choices: Mapping[str, int]) -> dict[str, object]:
    """Invitees of the gone record become the kept one's; the kept one's own referrer is
    the chosen one, left empty when it would be itself or close a circle."""
    conn.execute("UPDATE members SET referrer_id = ? WHERE referrer_id = ? AND id <> ?",
                 (kept_id, gone_id, kept_id))
    source = choices.get("referrer_id", kept_id)
    chosen = _value_of(conn, gone_id if source == gone_id else kept_id, "referrer_id")
    before = _value_of(conn, kept_id, "referrer_id")
    note: dict[str, object] = {}
    if chosen in (kept_id, gone_id):
        chosen = None
    elif chosen is not None and kept_id in referrals.chain_up(conn, int(chosen)):  # type: ignore[arg-type]
        note["referrer_dropped"] = chosen
        chosen = None
    if chosen != before:
        conn.execute("UPDATE members SET referrer_id = ? WHERE id = ?", (chosen, kept_id))
        if source == gone_id:
            note["referrer_id"] = chosen
    return note


def _memberships(conn: sqlite3.Connection, kept_id: int, gone_id: int) -> int:
    """One membership per community: earliest joined, higher role, not-left wins."""
    both = conn.execute(
        "SELECT g.id, k.id, g.role, k.role, g.joined_at, k.joined_at, g.left_at, k.left_at,"
        " g.left_reason, k.left_reason, g.status, k.status FROM memberships g"
        " JOIN memberships k ON k.community_id = g.community_id AND k.member_id = ?"
        " WHERE g.member_id = ?", (kept_id, gone_id)).fetchall()
    for (gid, kid, grole, krole, gjoin, kjoin, gleft, kleft, greason, kreason,
         gstatus, kstatus) in both:
        role = min((krole, grole), key=lambda r: ROLE_RANK.get(r, len(ROLE_RANK)))
        if kleft is None or gleft is None:
            left, reason = None, None
            status = kstatus if kleft is None else gstatus
        elif gleft > kleft:
            left, reason, status = gleft, greason, gstatus
        else:
            left, reason, status = kleft, kreason, kstatus
        conn.execute("DELETE FROM memberships WHERE id = ?", (gid,))
        conn.execute("UPDATE memberships SET role = ?, joined_at = ?, left_at = ?,"
                     " left_reason = ?, status = ? WHERE id = ?",
                     (role, min(kjoin, gjoin), left, reason, status, kid))
    return _move(conn, "memberships", kept_id, gone_id) + len(both)


_REGISTRATION = ("status", "registered_at", "checked_in_at", "walk_in", "guests", "note", "code")


def _registrations(conn: sqlite3.Connection, kept_id: int, gone_id: int) -> int:
    """One registration per event: the checked-in one, else the earlier."""
    both = conn.execute(
        "SELECT g.id, k.id, g.checked_in_at IS NOT NULL, k.checked_in_at IS NOT NULL,"
        " g.registered_at, k.registered_at FROM registrations g"
        " JOIN registrations k ON k.event_id = g.event_id AND k.member_id = ?"
        " WHERE g.member_id = ?", (kept_id, gone_id)).fetchall()
    for gid, kid, gin, kin, gat, kat in both:
        if gin > kin or (gin == kin and gat < kat):
            # The kept row takes the gone one's values (rather than the gone row moving
            # over): an undo then never puts a row back beside one holding its key.
            conn.execute(f"UPDATE registrations SET ({', '.join(_REGISTRATION)}) = (SELECT"
                         f" {', '.join(_REGISTRATION)} FROM registrations WHERE id = ?)"
                         " WHERE id = ?", (gid, kid))
        conn.execute("DELETE FROM registrations WHERE id = ?", (gid,))
    return _move(conn, "registrations", kept_id, gone_id) + len(both)


def _tags(conn: sqlite3.Connection, kept_id: int, gone_id: int) -> int:
    moved = conn.execute("INSERT OR IGNORE INTO member_tags (member_id, tag_id)"
                         " SELECT ?, tag_id FROM member_tags WHERE member_id = ?",
                         (kept_id, gone_id)).rowcount
    conn.execute("DELETE FROM member_tags WHERE member_id = ?", (gone_id,))
    return moved


def _honours(conn: sqlite3.Connection, kept_id: int, gone_id: int) -> int:
    """An honour both hold keeps the earlier grant."""
    conn.execute("UPDATE member_honours SET granted_at = (SELECT g.granted_at FROM"
                 " member_honours g WHERE g.member_id = ? AND g.honour_id ="
                 " member_honours.honour_id) WHERE member_id = ? AND honour_id IN (SELECT"
                 " honour_id FROM member_honours g WHERE g.member_id = ? AND g.granted_at <"
                 " member_honours.granted_at)", (gone_id, kept_id, gone_id))
    conn.execute("DELETE FROM member_honours WHERE member_id = ? AND honour_id IN"
                 " (SELECT honour_id FROM member_honours WHERE member_id = ?)",
                 (gone_id, kept_id))
    return _move(conn, "member_honours", kept_id, gone_id)


def _points(conn: sqlite3.Connection, kept_id: int, gone_id: int) -> int:
    """Ledger rows move; ``members.points`` (kept by insert/delete triggers) moves too."""
    total = int(conn.execute("SELECT coalesce(sum(delta), 0) FROM points_ledger"
                             " WHERE member_id = ?", (gone_id,)).fetchone()[0])
    moved = _move(conn, "points_ledger", kept_id, gone_id)
    conn.execute("UPDATE members SET points = points + ? WHERE id = ?", (total, kept_id))
    conn.execute("UPDATE members SET points = points - ? WHERE id = ?", (total, gone_id))
    return moved


def _activities(conn: sqlite3.Connection, kept_id: int, gone_id: int) -> int:
    moved = _move(conn, "activities", kept_id, gone_id)
    conn.execute("UPDATE members SET last_active_at = (SELECT max(occurred_at) FROM"
                 " activities WHERE member_id = ?) WHERE id = ? AND EXISTS (SELECT 1 FROM"
                 " activities WHERE member_id = ?)", (kept_id, kept_id, kept_id))
    return moved


def _member_fields(conn: sqlite3.Connection, kept_id: int, gone_id: int,
                   choices: Mapping[str, int]) -> int:
    """Values union; a single-value field both hold with different values takes the
    choice (``choices["field:ID"]``, the kept record's by default)."""
    single = conn.execute(
        "SELECT DISTINCT g.field_id FROM member_fields g JOIN member_fields k"
        " ON k.field_id = g.field_id AND k.member_id = ? JOIN custom_fields f"
        " ON f.id = g.field_id AND f.kind <> 'choices' WHERE g.member_id = ?",
        (kept_id, gone_id)).fetchall()
    for (field_id,) in single:
        loser = kept_id if choices.get(f"field:{field_id}", kept_id) == gone_id else gone_id
        conn.execute("DELETE FROM member_fields WHERE member_id = ? AND field_id = ?",
                     (loser, field_id))
    moved = conn.execute("INSERT OR IGNORE INTO member_fields (member_id, field_id, value)"
                         " SELECT ?, field_id, value FROM member_fields WHERE member_id = ?",
                         (kept_id, gone_id)).rowcount
    conn.execute("DELETE FROM member_fields WHERE member_id = ?", (gone_id,))
    return moved


def _not_duplicates(conn: sqlite3.Connection, kept_id: int, gone_id: int) -> int:
    """The gone record's "not the same person" pairs become the kept one's."""
    rows = conn.execute("SELECT first_id, second_id, marked_at FROM not_duplicates"
                        " WHERE ? IN (first_id, second_id)", (gone_id,)).fetchall()
    conn.execute("DELETE FROM not_duplicates WHERE ? IN (first_id, second_id)", (gone_id,))
    for first, second, at in rows:
        other = second if first == gone_id else first
        if other != kept_id:
            low, high = sorted((other, kept_id))
            conn.execute("INSERT OR IGNORE INTO not_duplicates VALUES (?, ?, ?)",
                         (low, high, at))
    return len(rows)


def _move(conn: sqlite3.Connection, table: str, kept_id: int, gone_id: int,
          column: str = "member_id") -> int:
    return conn.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?",
                        (kept_id, gone_id)).rowcount


def _plain(table: str) -> Callable[[sqlite3.Connection, int, int], int]:
    return lambda conn, kept_id, gone_id: _move(conn, table, kept_id, gone_id)


#: table -> how its rows of the gone record move (``members`` is the referrals).
MOVERS: dict[str, Callable[[sqlite3.Connection, int, int], int]] = {
    "memberships": _memberships,
    "member_tags": _tags,
    "member_honours": _honours,
    "points_ledger": _points,
    "activities": _activities,
    "registrations": _registrations,
    "violations": _plain("violations"),
    "needs": _plain("needs"),
    "member_identities": _plain("member_identities"),
    "follow_ups": _plain("follow_ups"),
    "plan_roles": _plain("plan_roles"),
    "member_merges": _plain("member_merges"),
    "not_duplicates": _not_duplicates,
}


def merge(conn: sqlite3.Connection, kept_id: int, gone_id: int,
          choices: Mapping[str, int] | None = None) -> Change:
    """Merge ``gone_id`` into ``kept_id`` (see the module's docstring). ``choices`` maps a
    field (``FIELDS``, or ``field:ID`` for a custom field) to the member whose value to
    keep; a field not named keeps the kept record's value."""
    if kept_id == gone_id:
        raise DomainError(Code.MERGE_SELF, kept_id)
    with transaction(conn):
        _live(conn, kept_id)
        gone_name = _live(conn, gone_id)
        picked = dict(choices or {})
        gone_row = dict(zip(("created_at", *FIELDS), conn.execute(
            f"SELECT created_at, {', '.join(FIELDS)} FROM members WHERE id = ?",
            (gone_id,)).fetchone(), strict=True))
        detail: dict[str, object] = {"record": gone_row}
        detail["taken"] = _fields(conn, kept_id, gone_id, picked)
        detail.update(_referrer(conn, kept_id, gone_id, picked))
        moved = {table: mover(conn, kept_id, gone_id) for table, mover in MOVERS.items()}
        moved["member_fields"] = _member_fields(conn, kept_id, gone_id, picked)
        detail["moved"] = {t: n for t, n in moved.items() if n}
        conn.execute("DELETE FROM members WHERE id = ?", (gone_id,))
        conn.execute("INSERT INTO member_merges (member_id, merged_id, merged_name, merged_at,"
                     " detail) VALUES (?, ?, ?, ?, ?)",
                     (kept_id, gone_id, gone_name, now_iso(),
                      json.dumps(detail, ensure_ascii=False, default=str)))
    return Change.of(*TABLES, ids=[kept_id, gone_id])
