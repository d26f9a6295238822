"""Everything around one member, for the profile: communities, referrals, points,
activity, violations, needs. Reads are bounded (a member with years of chat history
shows the latest entries); writes are one transaction each and return a ``Change``."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from models.core.changes import Change
from models.core.clock import now_iso
from models.core.errors import Code, DomainError
from models.core.vocab import ViolationAction
from models.store.workspace import transaction


@dataclass(frozen=True)
class MembershipRow:
    community_id: int
    community: str
    role: str
    status: str
    joined_at: str
    left_at: str | None
    #: Why they left (format 15), when the operator said.
    left_reason: str | None = None


@dataclass(frozen=True)
class PersonRow:
    id: int
    display_name: str
    joined_at: str | None


@dataclass(frozen=True)
class LedgerRow:
    id: int
    occurred_at: str
    delta: int
    reason: str


@dataclass(frozen=True)
class ActivityRow:
    occurred_at: str
    community: str | None
    kind: str
    amount: int
    event: str | None
    note: str | None = None  # written when the interaction was logged by hand


@dataclass(frozen=True)
class ViolationRow:
    id: int
    occurred_at: str
    community: str | None
    rule: str
    action: str
    until: str | None
    handled_by: str | None


@dataclass(frozen=True)
class NeedRow:
    id: int
    created_at: str
    text: str
    kind: str
    urgency: int
    importance: int
    status: str


def memberships(conn: sqlite3.Connection, member_id: int) -> list[MembershipRow]:
    return [MembershipRow(*r) for r in conn.execute(
        "SELECT c.id, c.name, ms.role, ms.status, ms.joined_at, ms.left_at, ms.left_reason"
        " FROM memberships ms JOIN communities c ON c.id = ms.community_id"
        " WHERE ms.member_id = ? ORDER BY c.name",
        (member_id,))]


def referrer(conn: sqlite3.Connection, member_id: int) -> PersonRow | None:
    row = conn.execute(
        "SELECT r.id, r.display_name, r.joined_at FROM members m JOIN members r"
        " ON r.id = m.referrer_id WHERE m.id = ?", (member_id,)).fetchone()
    return PersonRow(*row) if row else None


def invited(conn: sqlite3.Connection, member_id: int,
            limit: int = 500) -> tuple[int, list[PersonRow]]:
    """(how many this member brought in, the first ``limit`` of them by join date)."""
    total = conn.execute("SELECT count(*) FROM members WHERE referrer_id = ?",
                         (member_id,)).fetchone()[0]
    people = [PersonRow(*r) for r in conn.execute(
        "SELECT id, display_name, joined_at FROM members WHERE referrer_id = ?"
        " ORDER BY joined_at, id LIMIT ?", (member_id, limit))]
    return int(total), people


def ledger(conn: sqlite3.Connection, member_id: int, limit: int = 500) -> list[LedgerRow]:
    return [LedgerRow(*r) for r in conn.execute(
        "SELECT id, occurred_at, delta, reason FROM points_ledger WHERE member_id = ?"
        " ORDER BY occurred_at DESC, id DESC LIMIT ?", (member_id, limit))]


def activities(conn: sqlite3.Connection, member_id: int, limit: int = 300) -> list[ActivityRow]:
    return [ActivityRow(*r) for r in conn.execute(
        "SELECT a.occurred_at, c.name, a.kind, a.amount, e.title, a.note FROM activities a"
        " LEFT JOIN communities c ON c.id = a.community_id LEFT JOIN events e ON e.id = a.event_id"
        " WHERE a.member_id = ? ORDER BY a.occurred_at DESC LIMIT ?", (member_id, limit))]


def activity_count(conn: sqlite3.Connection, member_id: int) -> int:
    return int(conn.execute("SELECT count(*) FROM activities WHERE member_id = ?",
                            (member_id,)).fetchone()[0])


def violations(conn: sqlite3.Connection, member_id: int) -> list[ViolationRow]:
    return [ViolationRow(*r) for r in conn.execute(
        "SELECT v.id, v.occurred_at, c.name, v.rule, v.action, v.until, v.handled_by"
        " FROM violations v LEFT JOIN communities c ON c.id = v.community_id"
        " WHERE v.member_id = ? ORDER BY v.occurred_at DESC", (member_id,))]


def needs(conn: sqlite3.Connection, member_id: int) -> list[NeedRow]:
    return [NeedRow(*r) for r in conn.execute(
        "SELECT id, created_at, text, kind, urgency, importance, status FROM needs"
        " WHERE member_id = ? ORDER BY created_at DESC", (member_id,))]



def record_violation(conn: sqlite3.Connection, member_id: int, community_id: int | None,
                     rule: str, action: str, until: str | None = None,
                     handled_by: str | None = None) -> tuple[int, Change]:
    """Log a violation. A mute (禁言) needs ``until``; mute, removal and ban also set the
    membership's status in that community, as the operator just did in the group."""
    action = ViolationAction(action).value
    if action == ViolationAction.MUTE and not until:
        raise DomainError(Code.MUTE_END_NEEDED)
    status = {ViolationAction.MUTE: "muted", ViolationAction.REMOVE: "removed",
              ViolationAction.BAN: "banned"}.get(ViolationAction(action))
    with transaction(conn):
        violation_id = int(conn.execute(
            "INSERT INTO violations (member_id, community_id, occurred_at, rule, action, until,"
            " handled_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (member_id, community_id, now_iso(), rule.strip(), action, until,
             (handled_by or "").strip() or None)).lastrowid or 0)
        if status and community_id is not None:
            conn.execute("UPDATE memberships SET status = ?, left_at = CASE WHEN ? IN"
                         " ('removed', 'banned') THEN ? ELSE left_at END"
                         " WHERE member_id = ? AND community_id = ?",
                         (status, status, now_iso(), member_id, community_id))
    return violation_id, Change.of("violations", "memberships", "members", ids=[member_id])

