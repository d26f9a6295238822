"""Rules and moderation: the violation log, the escalation policy and its suggestion, who is
muted and who is banned.

Violations are recorded through ``models.members.profile.record_violation`` (the roster's profile
and the plan tab write the same rows). The escalation policy is a ladder of steps per
community (``escalation_steps``; the default ladder when none is set): "when the member
already has 3 warnings here in the last 30 days, suggest a mute of 7 days". The most
severe step whose condition holds wins; with none, a first offence gets a reminder.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

from models.core.changes import Change
from models.core.errors import Code, NotFound
from models.core.vocab import ViolationAction
from models.plan.templates import DEFAULT_ESCALATION
from models.store.workspace import transaction

#: Mildest to most severe.
SEVERITY = [a.value for a in ViolationAction]


@dataclass(frozen=True)
class EscalationStep:
    threshold: int
    counted: str | None  # None: violations handled with any action count
    window_days: int
    action: str
    mute_days: int | None
    id: int | None = None  # None for the default ladder


@dataclass(frozen=True)
class Suggestion:
    action: str
    until: str | None  # ISO day a mute ends
    step: EscalationStep | None  # the step that decided, None for a first offence
    count: int  # violations that step counted (or all in the last 30 days)


@dataclass(frozen=True)
class ViolationLogRow:
    id: int
    occurred_at: str
    member_id: int
    member: str
    community_id: int | None
    community: str | None
    rule: str
    action: str
    until: str | None
    handled_by: str | None


@dataclass(frozen=True)
class RestrictedRow:
    member_id: int
    member: str
    community_id: int
    community: str
    status: str  # 'muted' or 'banned'
    since: str | None  # when the last mute or ban was recorded
    until: str | None  # a mute's end
    rule: str | None


def policy(conn: sqlite3.Connection, community_id: int) -> list[EscalationStep]:
    """The community's ladder, or the default one when it has none."""
    found = [EscalationStep(t, c, w, a, m, i) for i, t, c, w, a, m in conn.execute(
        "SELECT id, threshold, counted, window_days, action, mute_days FROM escalation_steps"
        " WHERE community_id = ? ORDER BY position, id", (community_id,))]
    return found or [EscalationStep(*step) for step in DEFAULT_ESCALATION]


def has_own_policy(conn: sqlite3.Connection, community_id: int) -> bool:
    return conn.execute("SELECT EXISTS (SELECT 1 FROM escalation_steps WHERE community_id = ?)",
                        (community_id,)).fetchone()[0] == 1


def copy_default_policy(conn: sqlite3.Connection, community_id: int) -> Change:
    """Store the default ladder for the community, so it can be edited."""
    with transaction(conn):
        if not has_own_policy(conn, community_id):
            conn.executemany(
                "INSERT INTO escalation_steps (community_id, position, threshold, counted,"
                " window_days, action, mute_days) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(community_id, i, *step) for i, step in enumerate(DEFAULT_ESCALATION)])
    return Change.of("escalation_steps")


def clear_policy(conn: sqlite3.Connection, community_id: int) -> Change:
    with transaction(conn):
        conn.execute("DELETE FROM escalation_steps WHERE community_id = ?", (community_id,))
    return Change.of("escalation_steps")


def suggest(conn: sqlite3.Connection, member_id: int, community_id: int,
            today: date) -> Suggestion:
    """The action the policy suggests for a new violation by ``member_id`` today."""
    best: tuple[int, EscalationStep, int] | None = None
    for step in policy(conn, community_id):
        since = (today - timedelta(days=step.window_days - 1)).isoformat()
        sql = ("SELECT count(*) FROM violations WHERE member_id = ? AND community_id = ?"
               " AND occurred_at >= ?")
        args: list[object] = [member_id, community_id, since]
        if step.counted:
            sql += " AND action = ?"
            args.append(step.counted)
        count = int(conn.execute(sql, args).fetchone()[0])
        if count >= step.threshold:
            rank = SEVERITY.index(step.action)
            if best is None or rank > best[0]:
                best = (rank, step, count)
    if best is not None:
        _, step, count = best
        until = None
        if step.action == ViolationAction.MUTE:
            until = (today + timedelta(days=step.mute_days or 1)).isoformat()
        return Suggestion(step.action, until, step, count)
    recent = int(conn.execute(
        "SELECT count(*) FROM violations WHERE member_id = ? AND community_id = ?"
        " AND occurred_at >= ?", (member_id, community_id,
                                  (today - timedelta(days=29)).isoformat())).fetchone()[0])
    return Suggestion(ViolationAction.REMINDER.value, None, None, recent)


_LOG = ("SELECT v.id, v.occurred_at, v.member_id, m.display_name, v.community_id, c.name,"
        " v.rule, v.action, v.until, v.handled_by FROM violations v"
        " JOIN members m ON m.id = v.member_id LEFT JOIN communities c ON c.id = v.community_id")


def violation_log(conn: sqlite3.Connection, community_id: int | None,
                  limit: int = 500) -> tuple[int, list[ViolationLogRow]]:
    """(how many in scope, the latest ``limit`` of them)."""
    where, args = ("WHERE v.community_id = ?", [community_id]) if community_id else ("", [])
    total = int(conn.execute(f"SELECT count(*) FROM violations v {where}", args).fetchone()[0])
    found = [ViolationLogRow(*r) for r in conn.execute(
        f"{_LOG} {where} ORDER BY v.occurred_at DESC, v.id DESC LIMIT ?", [*args, limit])]
    return total, found


def restricted(conn: sqlite3.Connection, community_id: int | None, status: str,
               limit: int = 1000) -> list[RestrictedRow]:
    """Members whose membership is ``status`` ('muted' or 'banned'), with the violation
    that put them there (the latest mute, or the latest ban), latest first."""
    action = {"muted": ViolationAction.MUTE.value, "banned": ViolationAction.BAN.value}[status]
    where = "ms.status = ?"
    args: list[object] = [action, status]
    if community_id:
        where += " AND ms.community_id = ?"
        args.append(community_id)
    rows = conn.execute(
        "SELECT ms.member_id, m.display_name, ms.community_id, c.name, ms.status,"
        " v.occurred_at, v.until, v.rule FROM memberships ms"
        " JOIN members m ON m.id = ms.member_id JOIN communities c ON c.id = ms.community_id"
        " LEFT JOIN violations v ON v.id = (SELECT id FROM violations WHERE member_id ="
        " ms.member_id AND community_id = ms.community_id AND action = ?"
        " ORDER BY occurred_at DESC, id DESC LIMIT 1)"
        f" WHERE {where} ORDER BY v.occurred_at DESC, m.display_name LIMIT ?",
        [*args, limit])
    return [RestrictedRow(*r) for r in rows]


def mute_expired(row: RestrictedRow, today: date) -> bool:
    """A mute whose end date has passed (the operator should lift it in the group)."""
    return row.status == "muted" and bool(row.until) and str(row.until)[:10] < today.isoformat()


def set_membership_status(conn: sqlite3.Connection, member_id: int, community_id: int,
                          status: str) -> tuple[str, Change]:
    """Lift a mute or a ban (``status`` 'active') or set it back; returns the old status."""
    if status not in ("active", "muted", "removed", "banned"):
        raise ValueError(f"unknown membership status {status!r}")
    with transaction(conn):
        row = conn.execute("SELECT status FROM memberships WHERE member_id = ? AND"
                           " community_id = ?", (member_id, community_id)).fetchone()
        if row is None:
            raise NotFound(Code.NO_MEMBERSHIP)
        conn.execute("UPDATE memberships SET status = ?, left_at = CASE WHEN ? = 'active'"
                     " THEN NULL ELSE left_at END WHERE member_id = ? AND community_id = ?",
                     (status, status, member_id, community_id))
    return row[0], Change.of("memberships", "members", ids=[member_id])
