"""The member import's 邀请人 column: who invited each row's member, resolved once the whole
file is read, so a referrer may be a later row of the same file as well as a member already
in the workspace.

A referrer is named by phone, WeChat id or name, tried in that order; the first kind that
finds anyone decides (a phone is one person, a name may be several). Members of this file
and of the workspace (not in the trash) count alike.

A referrer that cannot be set is a *warning* (``ImportResult.referrer_warnings``, naming row
and column) and leaves the referrer empty, the way rows that are not members are reported
and passed over: the member's own row is valid, a referrer is a relation typed by hand
("朋友", a nickname) that can be set later in the profile, and refusing a list of thousands
for one such cell would keep everyone out of the roster. Warned: nobody matches, several
match, the member themselves, a circle (A invites B invites A: the later row is warned).

What is set follows the duplicate policy, like every other field: a new member gets the
referrer; "overwrite" and update-by-id replace one already set; "fill empty" sets it only
where none is; "skip" leaves the member as it is.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from models.core.errors import Code, Message
from models.core.validation import Invalid, clean_phone
from models.imports.report import FieldChange, ImportResult, Problem, column_name
from models.members.referrals import MAX_DEPTH

SET, FILL = "set", "fill"


class Referrers:
    """Collects each row's member and 邀请人 text (``row``, then ``member``), then ``resolve``."""

    def __init__(self, column: int | None, headers: list[str]) -> None:
        self.column = column
        self.header = column_name(headers, column) if column is not None else ""
        self.by = {"phone": {}, "wechat_id": {}, "name": {}}  # value -> {member id}
        self.names: dict[int, str] = {}
        self.wanted: list[tuple[int, int, str, str, bool]] = []  # row, member, text, mode, upd
        self._row: tuple[int, dict[str, Any]] | None = None

    def row(self, number: int, record: dict[str, Any]) -> None:
        """The row being imported (its cleaned fields; ``referrer`` is taken out)."""
        self._row = (number, record)

    def member(self, member_id: int, mode: str | None, updated: bool = True) -> None:
        """The current row is ``member_id``; ``mode`` says whether its referrer may be set
        (``SET``, ``FILL`` only where empty, None: never); ``updated``: counted as updated."""
        if self._row is None:
            return
        number, record = self._row
        self._row = None
        text = record.pop("referrer", None)
        name = record.get("display_name") or record.get("nickname")
        for key, value in (("phone", record.get("phone")), ("wechat_id", record.get("wechat_id")),
                           ("name", record.get("display_name")),
                           ("name", record.get("nickname"))):
            if value:
                self.by[key].setdefault(str(value), set()).add(member_id)
        if name:
            self.names.setdefault(member_id, str(name))
        if text and mode is not None:
            self.wanted.append((number, member_id, str(text).strip(), mode, updated))

    # -- resolving -------------------------------------------------------------------------

    def _find(self, conn: sqlite3.Connection, text: str) -> set[int]:
        try:
            phone = clean_phone(text)
        except (Invalid, ValueError):
            phone = None
        tries = [("phone", phone, "phone"), ("wechat_id", text.lower(), "wechat_id"),
                 ("name", text, "display_name")]
        for key, value, column in tries:
            if not value:
                continue
            found = set(self.by[key].get(value, ()))
            found.update(r[0] for r in conn.execute(
                f"SELECT id FROM members WHERE {column} = ? AND deleted_at IS NULL", (value,)))
            if key == "name":
                found.update(r[0] for r in conn.execute(
                    "SELECT id FROM members WHERE nickname = ? AND deleted_at IS NULL", (value,)))
            if found:
                return found
        return set()

    def _name(self, conn: sqlite3.Connection, member_id: int) -> str:
        if member_id not in self.names:
            row = conn.execute("SELECT display_name FROM members WHERE id = ?",
                               (member_id,)).fetchone()
            self.names[member_id] = row[0] if row else str(member_id)
        return self.names[member_id]

    def resolve(self, imp: Any, result: ImportResult, write: bool) -> None:
        """Set every resolvable referrer (``imp``: the ``MemberImport``; in a dry run only
        count and preview), and warn of the others."""
        if not self.wanted:
            return
        if write:
            imp._flush()  # the new members are rows of the workspace before any is linked
        conn = imp.conn
        first_new = imp._first_new
        self._listed = set(result.updated_ids)
        assigned: dict[int, int | None] = {}

        def parent(member_id: int) -> int | None:
            if member_id in assigned:
                return assigned[member_id]
            if member_id >= first_new and not write:
                return None
            row = conn.execute("SELECT referrer_id FROM members WHERE id = ?",
                               (member_id,)).fetchone()
            return row[0] if row else None

        def warn(number: int, code: Code, text: str, **params: Any) -> None:
            result.referrer_warnings.append(Problem.of(
                number, self.header, Message(code, {"value": text, **params}), text))

        for number, member_id, text, mode, updated in self.wanted:
            found = self._find(conn, text)
            if not found:
                warn(number, Code.REFERRER_UNKNOWN, text)
                continue
            if len(found) > 1:
                warn(number, Code.REFERRER_AMBIGUOUS, text, count=len(found))
                continue
            referrer = found.pop()
            old = parent(member_id)
            if old == referrer or (mode == FILL and old is not None):
                continue
            if referrer == member_id:
                warn(number, Code.REFERRER_SELF, text)
                continue
            chain, at = [referrer], parent(referrer)
            while at is not None and at not in chain and len(chain) <= MAX_DEPTH:
                chain.append(at)
                at = parent(at)
            if member_id in chain:
                path = list(reversed(chain[:chain.index(member_id) + 1]))
                warn(number, Code.REFERRER_LOOP, text, name=self._name(conn, member_id),
                     referrer=self._name(conn, referrer),
                     chain=" → ".join(self._name(conn, i) for i in [*path, member_id]))
                continue
            assigned[member_id] = referrer
            result.referrers_set += 1
            if member_id < first_new:
                imp._note(result, FieldChange(
                    number, member_id, self._name(conn, member_id), "referrer",
                    self._name(conn, old) if old is not None else None,
                    self._name(conn, referrer)))
                if not updated:  # the referrer is this row's only change
                    result.unchanged -= 1
                    result.updated += 1
                if write:
                    self._existing_changed(imp, result, member_id)
        if write and assigned:
            conn.executemany("UPDATE members SET referrer_id = ? WHERE id = ?",
                             [(r, m) for m, r in assigned.items()])

    def _existing_changed(self, imp: Any, result: ImportResult, member_id: int) -> None:
        """A member already in the workspace gets a new referrer: its undo image, and its
        summaries with everyone below it (their referral chain changes length)."""
        if imp.ledger is not None:
            imp.ledger.note_before(imp.conn, member_id)
        if member_id not in self._listed:
            self._listed.add(member_id)
            result.updated_ids.append(member_id)
        below = imp.conn.execute(
            "WITH RECURSIVE down(id, depth) AS (SELECT ?, 0 UNION SELECT m.id, down.depth + 1"
            " FROM down JOIN members m ON m.referrer_id = down.id WHERE down.depth < ?)"
            " SELECT id FROM down", (member_id, MAX_DEPTH))
        imp.touched.update(r[0] for r in below)
