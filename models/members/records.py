"""Members (成员): add, edit, bulk-edit, trash, restore, erase.

Every function here is one operation in one transaction and returns a ``Change``. Writes
of a name or nickname also write ``text_index.SEARCH_COLUMNS``; triggers carry every
change into the search index in the same transaction (``models/search/text_index.py``). The
window runs them as operations (``models.store.operations.recorded``): their undo puts back
the rows they wrote.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields

from models.core.changes import Change
from models.core.clock import now_iso
from models.core.errors import Code, Message, why
from models.core.validation import (
    Invalid,
    clean_birth_year,
    clean_date,
    clean_email,
    clean_gender,
    clean_phone,
    clean_text,
    clean_wechat_id,
)
from models.core.vocab import Lifecycle
from models.members.referrals import check_referrer
from models.search import text_index
from models.store.workspace import transaction as _transaction


@dataclass(frozen=True)
class Member:
    id: int
    display_name: str
    nickname: str | None
    gender: str | None
    birth_year: int | None
    city: str | None
    occupation: str | None
    phone: str | None
    wechat_id: str | None
    email: str | None
    source: str | None
    referrer_id: int | None
    interests: str | None
    spending_level: str | None
    lifecycle: str | None
    consent_at: str | None
    consent_purpose: str | None
    notes: str | None
    created_at: str
    updated_at: str
    deleted_at: str | None
    points: int
    last_active_at: str | None
    joined_at: str | None
    tags_text: str


MEMBER_COLUMNS = tuple(f.name for f in fields(Member))

#: The fields a person edits, each with its cleaner (raises ``Invalid``).
EDITABLE: dict[str, Callable[[object], object]] = {
    "display_name": clean_text,
    "nickname": clean_text,
    "gender": clean_gender,
    "birth_year": clean_birth_year,
    "city": clean_text,
    "occupation": clean_text,
    "phone": clean_phone,
    "wechat_id": clean_wechat_id,
    "email": clean_email,
    "source": clean_text,
    "referrer_id": lambda v: None if v in (None, "") else int(v),  # type: ignore[arg-type]
    "interests": clean_text,
    "spending_level": clean_text,
    "lifecycle": lambda v: None if v in (None, "") else Lifecycle(v).value,
    "consent_at": clean_date,
    "consent_purpose": clean_text,
    "notes": clean_text,
}
#: Personal fields removed by an erasure (PIPL): everything that identifies a person.
PERSONAL = ("nickname", "gender", "birth_year", "city", "occupation", "phone", "wechat_id",
            "email", "interests", "spending_level", "consent_at", "consent_purpose", "notes")
ERASED_NAME = "（已注销）"


class FieldErrors(ValueError):
    """Values that cannot be stored, by field name."""

    def __init__(self, errors: dict[str, Message]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


def clean_fields(values: Mapping[str, object]) -> dict[str, object]:
    """Clean every given field; raises ``FieldErrors`` naming each bad one."""
    cleaned, errors = {}, {}
    for name, value in values.items():
        if name not in EDITABLE:
            raise KeyError(f"not an editable member field: {name}")
        try:
            cleaned[name] = EDITABLE[name](value)
        except (Invalid, ValueError) as error:
            errors[name] = why(error)
    if "display_name" in cleaned and not cleaned["display_name"]:
        errors["display_name"] = Message(Code.NAME_NEEDED)
    if errors:
        raise FieldErrors(errors)
    return cleaned


def get_member(conn: sqlite3.Connection, member_id: int) -> Member | None:
    row = conn.execute(f"SELECT {', '.join(MEMBER_COLUMNS)} FROM members WHERE id = ?",
                       (member_id,)).fetchone()
    return Member(*row) if row else None


@dataclass(frozen=True)
class Conflict:
    """Another member already uses this phone or WeChat id."""

    field: str
    member_id: int
    display_name: str


def conflicts(conn: sqlite3.Connection, *, phone: str | None = None,
              wechat_id: str | None = None, email: str | None = None,
              exclude_id: int | None = None) -> list[Conflict]:
    found = []
    for name, value in (("phone", phone), ("wechat_id", wechat_id), ("email", email)):
        if not value:
            continue
        rows = conn.execute(
            f"SELECT id, display_name FROM members WHERE {name} = ? AND id IS NOT ?"
            " AND deleted_at IS NULL ORDER BY id LIMIT 3", (value, exclude_id))
        found.extend(Conflict(name, mid, display) for mid, display in rows)
    return found


def create_member(conn: sqlite3.Connection, values: Mapping[str, object],
                  community_id: int | None = None, role: str = "成员",
                  member_id: int | None = None) -> tuple[int, Change]:
    """Add a member (and its membership of ``community_id``); returns its id.

    ``member_id`` re-creates a member with the id it had (redo after undo).
    """
    cleaned = clean_fields(values)
    if not cleaned.get("display_name"):
        raise FieldErrors({"display_name": Message(Code.NAME_NEEDED)})
    now = now_iso()
    cleaned.update(zip(text_index.SEARCH_COLUMNS, text_index.search_columns(
        cleaned.get("display_name"), cleaned.get("nickname")), strict=True))  # type: ignore[arg-type]
    columns = ["id", *cleaned, "created_at", "updated_at"]
    with _transaction(conn):
        cursor = conn.execute(
            f"INSERT INTO members ({', '.join(columns)}) VALUES ({','.join('?' * len(columns))})",
            [member_id, *cleaned.values(), now, now])
        member_id = int(cursor.lastrowid or 0)
        if cleaned.get("referrer_id") is not None:  # a newcomer closes no circle; the rest
            check_referrer(conn, member_id, cleaned["referrer_id"])  # type: ignore[arg-type]
        if community_id is not None:
            conn.execute("INSERT INTO memberships (member_id, community_id, role, joined_at)"
                         " VALUES (?, ?, ?, ?)", (member_id, community_id, role, now))
    return member_id, Change.of("members", "memberships", ids=[member_id])


def update_members(conn: sqlite3.Connection,
                   values_by_member: Mapping[int, Mapping[str, object]]) -> Change:
    """Set fields of one or many members (each its own values), in one transaction."""
    cleaned = {mid: clean_fields(values) for mid, values in values_by_member.items()}
    now = now_iso()
    with _transaction(conn):
        for member_id, values in cleaned.items():
            if not values:
                continue
            if "display_name" in values or "nickname" in values:
                name, nickname = conn.execute(
                    "SELECT display_name, nickname FROM members WHERE id = ?",
                    (member_id,)).fetchone()
                values = {**values, **dict(zip(
                    text_index.SEARCH_COLUMNS, text_index.search_columns(
                        values.get("display_name", name),  # type: ignore[arg-type]
                        values.get("nickname", nickname)), strict=True))}  # type: ignore[arg-type]
            if values.get("referrer_id") is not None:
                # the form and the bulk edit obey the same rule as the Referrals page: never
                # oneself, someone in the trash, or a circle (checked row by row, so two
                # edits of one batch cannot close a circle between them either)
                check_referrer(conn, member_id, values["referrer_id"])  # type: ignore[arg-type]
            assignments = ", ".join(f"{name} = ?" for name in values)
            conn.execute(f"UPDATE members SET {assignments}, updated_at = ? WHERE id = ?",
                         [*values.values(), now, member_id])
    return Change.of("members", ids=cleaned)


def set_deleted(conn: sqlite3.Connection, member_ids: Iterable[int], deleted: bool) -> Change:
    """Move members to the trash (``deleted``) or back out of it."""
    ids = list(member_ids)
    stamp = now_iso() if deleted else None
    with _transaction(conn):
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            conn.execute("UPDATE members SET deleted_at = ?"
                         f" WHERE id IN ({','.join('?' * len(chunk))})", [stamp, *chunk])
    return Change.of("members", "memberships", ids=ids)


def trash_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute(
        "SELECT count(*) FROM members WHERE deleted_at IS NOT NULL").fetchone()[0])


def empty_trash(conn: sqlite3.Connection, member_ids: Iterable[int] | None = None) -> Change:
    """Delete trashed members for good, with everything that hangs on them (not undoable)."""
    with _transaction(conn):
        if member_ids is None:
            ids = [r[0] for r in conn.execute(
                "SELECT id FROM members WHERE deleted_at IS NOT NULL")]
        else:
            ids = list(member_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            conn.execute(f"DELETE FROM members WHERE deleted_at IS NOT NULL AND id IN"
                         f" ({','.join('?' * len(chunk))})", chunk)
    return Change.of("members", "memberships", "activities", "points_ledger", ids=ids)


def erase_personal_data(conn: sqlite3.Connection, member_ids: Iterable[int]) -> Change:
    """A PIPL deletion request: remove what identifies these people, everywhere in the file.

    The member rows stay (as ``（已注销）``) so counts and event history stay true, but
    names, contact details, notes and persona are gone, and so are their search index
    entries, tags, the identities chat imports remembered for them, the message texts
    kept of them, their custom fields, follow-ups and merge records, and the free text
    written about them in violations. With
    ``secure_delete`` on, freed bytes are zeroed; the FTS index is merged so no old segment
    keeps them, and the WAL is truncated (by ``clear_journal`` when called inside a
    transaction). Backups taken before keep their copy.
    """
    ids = list(member_ids)
    conn.execute("PRAGMA secure_delete = ON")
    try:
        with _transaction(conn):
            assignments = ", ".join(f"{name} = NULL" for name in PERSONAL)
            for chunk in _chunks(ids):
                marks = ",".join("?" * len(chunk))
                searchable = text_index.search_columns(ERASED_NAME, None)
                conn.execute(f"UPDATE members SET display_name = ?, {assignments}, "
                             + ", ".join(f"{c} = ?" for c in text_index.SEARCH_COLUMNS)
                             + f", updated_at = ? WHERE id IN ({marks})",
                             [ERASED_NAME, *searchable, now_iso(), *chunk])
                conn.execute(f"DELETE FROM member_tags WHERE member_id IN ({marks})", chunk)
                # Who they were on each platform, and what they wrote (kept message texts)
                conn.execute(f"DELETE FROM member_identities WHERE member_id IN ({marks})",
                             chunk)
                # What was written about them: custom fields, follow-ups, merged records
                for table in ("member_fields", "follow_ups", "member_merges"):
                    conn.execute(f"DELETE FROM {table} WHERE member_id IN ({marks})", chunk)
                conn.execute(f"DELETE FROM activity_texts WHERE activity_id IN (SELECT id"
                             f" FROM activities WHERE member_id IN ({marks}))", chunk)
                conn.execute(f"UPDATE violations SET notes = NULL WHERE member_id IN ({marks})",
                             chunk)
                conn.execute(f"UPDATE needs SET member_id = NULL WHERE member_id IN ({marks})",
                             chunk)
                conn.execute(f"UPDATE plan_roles SET member_id = NULL WHERE member_id IN ({marks})",
                             chunk)
            text_index.optimize(conn)  # no old index segment keeps the erased text
        if not conn.in_transaction:  # else the caller's transaction: see clear_journal
            clear_journal(conn)
    finally:
        conn.execute("PRAGMA secure_delete = OFF")
    return Change.of("members", "member_tags", "needs", "member_identities", "activity_texts",
                     "member_fields", "follow_ups", "member_merges",
                     ids=ids)


def clear_journal(conn: sqlite3.Connection) -> None:
    """Fold the WAL into the file and truncate it, so no copy of erased text stays in it.
    Call after the transaction that erased committed (a checkpoint cannot run inside it)."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


# -- tags, lifecycle, communities, points: bulk operations on a selection ---------------


def tag_ids(conn: sqlite3.Connection, names: Iterable[str], create: bool = True) -> list[int]:
    ids = []
    for name in names:
        name = name.strip()
        if not name:
            continue
        row = conn.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()
        if row is None and create:
            row = (conn.execute("INSERT INTO tags (name) VALUES (?)", (name,)).lastrowid,)
        if row is not None:
            ids.append(int(row[0]))
    return ids


def add_tags(conn: sqlite3.Connection, member_ids: Iterable[int], names: Iterable[str]) -> Change:
    ids = list(member_ids)
    with _transaction(conn):
        tags = tag_ids(conn, names)
        conn.executemany("INSERT OR IGNORE INTO member_tags (member_id, tag_id) VALUES (?, ?)",
                         [(m, t) for m in ids for t in tags])
    return Change.of("members", "member_tags", "tags", ids=ids)


def remove_tags(conn: sqlite3.Connection, member_ids: Iterable[int],
                names: Iterable[str]) -> Change:
    ids = list(member_ids)
    with _transaction(conn):
        tags = tag_ids(conn, names, create=False)
        conn.executemany("DELETE FROM member_tags WHERE member_id = ? AND tag_id = ?",
                         [(m, t) for m in ids for t in tags])
    return Change.of("members", "member_tags", ids=ids)


def member_tag_names(conn: sqlite3.Connection, member_ids: Iterable[int]) -> dict[int, set[str]]:
    ids = list(member_ids)
    found: dict[int, set[str]] = {m: set() for m in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for mid, name in conn.execute(
                f"SELECT mt.member_id, t.name FROM member_tags mt JOIN tags t ON t.id = mt.tag_id"
                f" WHERE mt.member_id IN ({','.join('?' * len(chunk))})", chunk):
            found[mid].add(name)
    return found


def set_tags(conn: sqlite3.Connection, tags_by_member: Mapping[int, Iterable[str]]) -> Change:
    """Give each member exactly these tags (what an undo of a tag edit writes back)."""
    ids = list(tags_by_member)
    with _transaction(conn):
        for member_id, names in tags_by_member.items():
            conn.execute("DELETE FROM member_tags WHERE member_id = ?", (member_id,))
            conn.executemany("INSERT INTO member_tags (member_id, tag_id) VALUES (?, ?)",
                             [(member_id, t) for t in tag_ids(conn, names)])
    return Change.of("members", "member_tags", "tags", ids=ids)


def all_tags(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    return [(int(i), n) for i, n in conn.execute("SELECT id, name FROM tags ORDER BY name")]


def join_community(conn: sqlite3.Connection, member_ids: Iterable[int], community_id: int,
                   role: str = "成员") -> tuple[list[int], Change]:
    """Add members to a community; returns the ids that were not in it yet (for undo)."""
    ids = list(member_ids)
    now = now_iso()
    with _transaction(conn):
        present = {r[0] for r in conn.execute(
            "SELECT member_id FROM memberships WHERE community_id = ?", (community_id,))} \
            if len(ids) > 2000 else {r[0] for chunk in _chunks(ids) for r in conn.execute(
                f"SELECT member_id FROM memberships WHERE community_id = ? AND member_id IN"
                f" ({','.join('?' * len(chunk))})", [community_id, *chunk])}
        added = [m for m in ids if m not in present]
        conn.executemany("INSERT INTO memberships (member_id, community_id, role, joined_at)"
                         " VALUES (?, ?, ?, ?)", [(m, community_id, role, now) for m in added])
    return added, Change.of("members", "memberships", ids=added)


def leave_community(conn: sqlite3.Connection, member_ids: Iterable[int],
                    community_id: int) -> Change:
    ids = list(member_ids)
    with _transaction(conn):
        for chunk in _chunks(ids):
            conn.execute(f"DELETE FROM memberships WHERE community_id = ? AND member_id IN"
                         f" ({','.join('?' * len(chunk))})", [community_id, *chunk])
    return Change.of("members", "memberships", ids=ids)


def grant_points(conn: sqlite3.Connection, member_ids: Iterable[int], delta: int,
                 reason: str) -> tuple[list[int], Change]:
    """Add a ledger entry per member (negative ``delta`` deducts); returns the entry ids."""
    if delta == 0:
        raise Invalid(Code.POINTS_ZERO, delta)
    ids = list(member_ids)
    now = now_iso()
    with _transaction(conn):
        entries = [int(conn.execute(
            "INSERT INTO points_ledger (member_id, delta, reason, occurred_at) VALUES (?, ?, ?, ?)",
            (m, int(delta), reason.strip(), now)).lastrowid or 0) for m in ids]
    return entries, Change.of("members", "points_ledger", ids=ids)


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]
