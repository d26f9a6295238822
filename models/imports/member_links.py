"""What an imported member is linked to: their tags, and their membership of the import's
community with the role a role column (群角色/角色) gives them, kept members included.

Shared by the adding and the updating paths of ``models.imports.member_import``; each
function writes inside the import's transaction.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from typing import Any

from models.core.errors import Code, Message
from models.imports.report import Problem, column_name

#: The role a membership holds when none was given.
DEFAULT_ROLE = "成员"
#: Rows of another name noted per import (a list the operator reads, not a log).
MOST_NOTED = 200


def write_tags(conn: sqlite3.Connection, pairs: list[tuple[int, str]]) -> None:
    """Tag each (member id, tag name), creating the tags that are new."""
    if not pairs:
        return
    names = sorted({t for _, t in pairs})
    conn.executemany("INSERT OR IGNORE INTO tags (name) VALUES (?)", [(n,) for n in names])
    ids: dict[str, int] = {}
    for start in range(0, len(names), 500):
        chunk = names[start:start + 500]
        ids.update(conn.execute(
            f"SELECT name, id FROM tags WHERE name IN ({','.join('?' * len(chunk))})", chunk))
    conn.executemany("INSERT OR IGNORE INTO member_tags (member_id, tag_id) VALUES (?, ?)",
                     [(m, ids[t]) for m, t in pairs])


def role_change(conn: sqlite3.Connection, member_id: int, community_id: int | None,
                role: str | None, only_empty: bool) -> str | None:
    """The role the member holds in the community when the row's ``role`` would change it,
    else None (no role given, no membership yet, the same role). "Fill empty" gives a role
    only over the default one."""
    if community_id is None or role is None:
        return None
    found = conn.execute("SELECT role FROM memberships WHERE member_id = ? AND community_id = ?",
                         (member_id, community_id)).fetchone()
    if found is None or found[0] == role or (only_empty and found[0] != DEFAULT_ROLE):
        return None
    return str(found[0])


def join(conn: sqlite3.Connection, member_id: int, community_id: int, role: str | None,
         joined_at: str, role_changed: bool) -> None:
    """Add the membership when the member has none (with ``role``); give ``role`` to the
    one they have when ``role_changed``."""
    conn.execute("INSERT OR IGNORE INTO memberships (member_id, community_id, role, joined_at)"
                 " VALUES (?, ?, ?, ?)", (member_id, community_id, role or DEFAULT_ROLE,
                                          joined_at))
    if role_changed:
        conn.execute("UPDATE memberships SET role = ? WHERE member_id = ? AND community_id = ?",
                     (role, member_id, community_id))


def kept(job: Any, number: int, member_id: int, record: dict[str, Any], result: Any,
         write: bool, in_file: bool) -> None:
    """Row ``number`` matched ``member_id`` and the "skip" policy keeps the member as they
    are. A row of another name is noted (``ImportResult.other_names``): siblings share a
    parent's phone, and the second was lost among the duplicates. A member already in the
    workspace still joins the import's community when not in it yet: the file is that
    community's list (a person in two groups is in both lists). Their fields, tags and
    referrer stay as they were; the membership gets the row's role. ``job`` is the running
    ``MemberImport``: a bulk import's ledger notes the member before, so its undo takes the
    membership back."""
    _note_other_name(job, number, member_id, record, result)
    community_id = job.options.community_id
    if community_id is None or not write or in_file or job.conn.execute(
            "SELECT 1 FROM memberships WHERE member_id = ? AND community_id = ?",
            (member_id, community_id)).fetchone() is not None:
        return
    if job.ledger is not None:
        job.ledger.note_before(job.conn, member_id)
    result.updated_ids.append(member_id)
    job.touched.add(member_id)
    join(job.conn, member_id, community_id, record.get("role"),
         record.get("joined_at") or job.now, False)


def _fold(name: object) -> str:
    return "".join(unicodedata.normalize("NFKC", str(name or "")).split()).casefold()


def _note_other_name(job: Any, number: int, member_id: int, record: dict[str, Any],
                     result: Any) -> None:
    name = record.get("display_name")
    if not name or len(result.other_names) >= MOST_NOTED:
        return
    found = _names(job, member_id)
    if found is None or _fold(name) in (_fold(found[0]), _fold(found[1])):
        return  # a row of this file not at hand (a dry run, a batch in flight), or the same
    result.other_names.append(Problem.of(
        number, column_name(job.headers, job.column_of.get("display_name", 0)),
        Message(Code.SAME_CONTACT_OTHER_NAME, {"name": name, "other": found[0]}), name))


def _names(job: Any, member_id: int) -> tuple[str, str | None] | None:
    """The display name and nickname of ``member_id``: from the rows of this import not
    written yet (``MemberImport.pending``, in id order), else from the workspace."""
    pending = job.pending
    if pending and pending[0][0] <= member_id <= pending[-1][0]:
        row = pending[member_id - pending[0][0]]
        if row[0] == member_id:
            return row[1], row[2]
    return job.conn.execute("SELECT display_name, nickname FROM members WHERE id = ?",
                            (member_id,)).fetchone()
