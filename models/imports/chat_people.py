"""The people of a chat import in the workspace: who each file person is (linked, created or
left out), their identities remembered, and their membership of the community as the
file's system lines change it (joins, invitations, QR-code joins, removals, leaves).

Membership rules, so that importing a file again, or an overlapping later export, changes
nothing more:

- everyone the import keeps gets a membership of the community from the first time the
  file shows them, if they have none;
- a join (also by invitation or QR code) re-opens an ended membership only when it is
  later than the end (``joined_at`` becomes the join: the current stay);
- a leave or removal ends a live membership only when it is later than the join; a removal
  also sets the status to ``removed`` (a leave keeps the status: departures are counted by
  ``left_at``);
- an invitation or a shared QR code sets the newcomer's referrer (邀请人) when they have
  none, never to themselves and never closing a loop in the referral tree.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from models.activity import identities
from models.core.clock import now_iso
from models.core.errors import Code, NotFound
from models.imports.chat_match import ID_PLATFORMS
from models.members import records, referrals

#: ``members.source`` of a member a chat import creates, by the reader's platform.
SOURCES = {"qq": "QQ", "wechat": "微信", "telegram": "Telegram", "discord": "Discord",
           "sheet": "聊天记录"}

class People:
    """Resolves file people to members and keeps the counts of what it changed."""

    def __init__(self, conn: sqlite3.Connection, community_id: int, result: Any) -> None:
        self.conn = conn
        self.community = community_id
        self.result = result
        self.fresh: dict[int, str] = {}  # member -> joined_at of the membership made here
        self.referred: list[int] = []  # members whose referrer this import set

    # -- who -------------------------------------------------------------------------------

    def resolve(self, speaker: Any, decision: tuple[str, int | None] | None,
                unmatched: str) -> int | None:
        """The member ``speaker`` is written as, or None (left out)."""
        match, person = speaker.match, speaker.person
        if decision is not None:
            what, member = decision
            if what == "link":
                member = self._live(member)
            elif what == "new":
                member = self._create(person)
            elif what == "ignore":
                return None
            else:
                raise ValueError(f"unknown decision {what!r} for {speaker.key}")
        elif match.member_id is not None:
            member = match.member_id
        elif match.candidates or person.is_self or unmatched != "new":
            return None  # ambiguous, the exporting account, or --unmatched skip
        else:
            member = self._create(person)
        self._remember(member, person)
        return member

    def _live(self, member_id: int | None) -> int:
        row = self.conn.execute("SELECT id FROM members WHERE id = ? AND deleted_at IS NULL",
                                (member_id,)).fetchone()
        if row is None:
            raise NotFound(Code.RECORD_GONE, member_id, table="members", id=member_id)
        return int(row[0])

    def _create(self, person: Any) -> int:
        name = (person.name or "").strip() or (person.alias or "").strip() \
            or (person.user_id or "").strip() or "?"
        values: dict[str, object] = {"display_name": name[:200],
                                     "source": SOURCES.get(person.platform, "聊天记录")}
        alias = (person.alias or "").strip()
        if alias and alias != name:
            values["nickname"] = alias
        wechat = (person.wechat_id or "").strip()
        # A wxid is WeChat's internal id, not the WeChat id people type to add someone:
        # kept as an identity only.
        handles = {"phone": person.phone, "email": person.email,
                   "wechat_id": None if wechat.startswith("wxid_") else wechat}
        for field, value in handles.items():
            if value:
                try:
                    records.clean_fields({field: value})
                except records.FieldErrors:
                    continue  # a malformed handle is left out, not the person
                values[field] = value
        member, _ = records.create_member(self.conn, values)
        self.result.members_created += 1
        return member

    def _remember(self, member: int, person: Any) -> None:
        found = 0
        if person.platform in ID_PLATFORMS and person.user_id:
            found += identities.remember(self.conn, member, person.platform, person.user_id)
        if person.qq and not (person.platform == "qq" and person.qq == person.user_id):
            found += identities.remember(self.conn, member, "qq", person.qq)
        if person.name and person.name.strip() and not person.is_self:
            found += identities.remember(self.conn, member, "nickname", person.name,
                                         self.community)
        self.result.identities_remembered += found

    # -- membership ------------------------------------------------------------------------

    def _membership(self, member: int) -> tuple[int, str, str | None] | None:
        return self.conn.execute(
            "SELECT id, joined_at, left_at FROM memberships WHERE member_id = ?"
            " AND community_id = ?", (member, self.community)).fetchone()

    def ensure(self, member: int, at: str) -> None:
        """A membership from ``at`` (the first time the file shows them) if none."""
        if self._membership(member) is None:
            self.conn.execute("INSERT INTO memberships (member_id, community_id, role,"
                              " joined_at) VALUES (?, ?, '成员', ?)",
                              (member, self.community, at))
            self.fresh[member] = at

    def join(self, member: int, at: str) -> None:
        row = self._membership(member)
        if row is None:
            self.ensure(member, at)
            self.fresh.pop(member)
            self.result.joins += 1
        elif self.fresh.get(member) == at:  # made at this join, from the first sight
            self.fresh.pop(member)
            self.result.joins += 1
        elif row[2] is not None and at >= row[2]:
            self.conn.execute("UPDATE memberships SET status = 'active', left_at = NULL,"
                              " joined_at = ? WHERE id = ?", (at, row[0]))
            self.result.joins += 1

    def leave(self, member: int, at: str, removed: bool) -> None:
        row = self._membership(member)
        if row is None or row[2] is not None or at < row[1]:
            return  # never here, gone already, or a line older than the current stay
        if removed:
            self.conn.execute("UPDATE memberships SET status = 'removed', left_at = ?"
                              " WHERE id = ?", (at, row[0]))
            self.result.removals += 1
        else:
            self.conn.execute("UPDATE memberships SET left_at = ? WHERE id = ?", (at, row[0]))
            self.result.leaves += 1

    def refer(self, newcomer: int, referrer: int) -> None:
        """``referrer`` invited ``newcomer``: their referrer when they have none."""
        if newcomer == referrer:
            return
        row = self.conn.execute("SELECT referrer_id FROM members WHERE id = ?",
                                (newcomer,)).fetchone()
        if row is None or row[0] is not None:
            return
        if referrals.makes_loop(self.conn, newcomer, referrer):
            # "B invited A" after "A invited B" (a rejoin, a second account): the tree keeps
            # the first; the import goes on and says how many it skipped
            self.result.referral_loops_skipped += 1
            return
        self.conn.execute("UPDATE members SET referrer_id = ?, updated_at = ? WHERE id = ?",
                          (referrer, now_iso(), newcomer))
        self.referred.append(newcomer)
        self.result.referrers_set += 1
