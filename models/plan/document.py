"""A community's plan (社群规划): its written sections and the rows around them.

One plan per community (``plans``), created on first use. Sections (``plan_sections``) are
keyed by ``PlanSection``; goals, roles, risks, roadmap stages and group rules are rows,
written through the generic ``add_row`` / ``update_row`` / ``delete_row`` /
``restore_row`` below, each one transaction returning a ``Change``. Every value is checked
by ``clean`` before it is written, so the window, the CLI and imports refuse the same
things.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from models.core.changes import Change
from models.core.clock import now_iso
from models.core.errors import Code, DomainError, NotFound
from models.core.vocab import NeedKind, NeedStatus, PlanSection, PlanStep, ViolationAction
from models.store.workspace import transaction

#: Risk categories, as the practice names them.
RISK_CATEGORIES = ("言论/内容违规", "舆情", "数据泄露", "合规", "恶意攻击/举报", "成员流失", "其他")
RISK_STATUSES = ("open", "mitigating", "closed")
STAGE_STATUSES = ("todo", "doing", "done", "skipped")
#: ``plan_goals.metric`` values: the analytics metrics, and a number typed by hand.
METRICS = ("member_count", "new_members", "active_30d", "retention_30d", "events_held",
           "attendance_rate", "conversion_rate", "points_issued", "manual")
#: Metrics that are shares (0-1), shown as percentages.
RATE_METRICS = frozenset(("retention_30d", "attendance_rate", "conversion_rate"))

#: table -> the columns the user may write (the plan id / community id is set on insert).
EDITABLE: dict[str, tuple[str, ...]] = {
    "plan_goals": ("position", "title", "metric", "baseline", "target", "manual_value",
                   "starts_on", "due_on"),
    "plan_roles": ("position", "role", "duties", "member_id", "person"),
    "plan_risks": ("description", "category", "likelihood", "impact", "mitigation", "owner",
                   "status"),
    "plan_stages": ("step", "status", "starts_on", "due_on", "notes"),
    "plan_rules": ("position", "text"),
    "escalation_steps": ("position", "threshold", "counted", "window_days", "action",
                         "mute_days"),
    "needs": ("member_id", "text", "kind", "urgency", "importance", "status", "source",
              "notes", "created_at"),
}
#: table -> the column that ties a row to its owner (a plan or a community).
OWNER = {"plan_goals": "plan_id", "plan_roles": "plan_id", "plan_risks": "plan_id",
         "plan_stages": "plan_id", "plan_rules": "plan_id", "escalation_steps": "community_id",
         "needs": "community_id"}


@dataclass(frozen=True)
class Plan:
    id: int
    community_id: int
    community: str
    created_at: str
    updated_at: str


def get_plan(conn: sqlite3.Connection, community_id: int) -> Plan | None:
    row = conn.execute(
        "SELECT p.id, p.community_id, c.name, p.created_at, p.updated_at FROM plans p"
        " JOIN communities c ON c.id = p.community_id WHERE p.community_id = ?",
        (community_id,)).fetchone()
    return Plan(*row) if row else None


def ensure_plan(conn: sqlite3.Connection, community_id: int) -> int:
    """The community's plan id, creating an empty plan (with its seven stages) if needed.
    A write: call it inside the operation that writes into the plan (the plan tab shows a
    community without a plan as an empty one and writes nothing until the user does)."""
    plan = get_plan(conn, community_id)
    if plan is not None:
        return plan.id
    with transaction(conn):
        return _insert_plan(conn, community_id)


def _insert_plan(conn: sqlite3.Connection, community_id: int) -> int:
    now = now_iso()
    plan_id = int(conn.execute(
        "INSERT INTO plans (community_id, created_at, updated_at) VALUES (?, ?, ?)",
        (community_id, now, now)).lastrowid or 0)
    conn.executemany("INSERT INTO plan_stages (plan_id, step) VALUES (?, ?)",
                     [(plan_id, i + 1) for i in range(len(PlanStep))])
    return plan_id


def plans_overview(conn: sqlite3.Connection) -> list[tuple[int, str, int, int, int]]:
    """Per community: (id, name, sections written, goals, open risks), by name."""
    return [tuple(r) for r in conn.execute(
        "SELECT c.id, c.name,"
        " (SELECT count(*) FROM plan_sections s WHERE s.plan_id = p.id AND s.body != ''),"
        " (SELECT count(*) FROM plan_goals g WHERE g.plan_id = p.id),"
        " (SELECT count(*) FROM plan_risks r WHERE r.plan_id = p.id AND r.status != 'closed')"
        " FROM communities c LEFT JOIN plans p ON p.community_id = c.id"
        " WHERE c.archived = 0 ORDER BY c.name")]


# -- sections -----------------------------------------------------------------------------


def sections(conn: sqlite3.Connection, plan_id: int) -> dict[str, str]:
    """Every section key -> its text ('' when not written yet), in the practice's order."""
    found = dict(conn.execute("SELECT section, body FROM plan_sections WHERE plan_id = ?",
                              (plan_id,)).fetchall())
    return {key.value: found.get(key.value, "") for key in PlanSection}


def save_section(conn: sqlite3.Connection, plan_id: int, section: str, body: str) -> Change:
    key = PlanSection(section).value
    with transaction(conn):
        conn.execute(
            "INSERT INTO plan_sections (plan_id, section, body) VALUES (?, ?, ?)"
            " ON CONFLICT (plan_id, section) DO UPDATE SET body = excluded.body",
            (plan_id, key, body))
        conn.execute("UPDATE plans SET updated_at = ? WHERE id = ?", (now_iso(), plan_id))
    return Change.of("plan_sections", "plans", ids=[plan_id])


# -- rows -----------------------------------------------------------------------------------


def _int_in(value: Any, lo: int, hi: int, name: str) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise DomainError(Code.WHOLE_NUMBER, value, field=name, value=value) from None
    if not lo <= number <= hi:
        raise DomainError(Code.NUMBER_RANGE, value, field=name, low=lo, high=hi,
                          value=number)
    return number


def _number(value: Any, name: str) -> float | None:
    if value is None or value == "":
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        raise DomainError(Code.NUMBER, value, field=name, value=value) from None


def _iso_day(value: Any, name: str) -> str | None:
    if value is None or value == "":
        return None
    text = str(value)[:10]
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise DomainError(Code.DAY, value, field=name, value=value) from None


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _choice(value: Any, allowed: tuple[str, ...] | list[str], name: str) -> str:
    text = _text(value)
    if text not in allowed:
        raise DomainError(Code.ONE_OF, value, field=name, allowed=", ".join(allowed),
                          value=value)
    return text


def clean(table: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` checked and normalised for ``table``; ValueError names the bad field."""
    allowed = EDITABLE[table]
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name not in allowed:
            raise ValueError(f"{table}.{name} cannot be written")
        if name in ("likelihood", "impact", "urgency", "importance"):
            value = _int_in(value, 1, 5, name)
        elif name == "step":
            value = _int_in(value, 1, 7, name)
        elif name in ("position",):
            value = int(value or 0)
        elif name in ("threshold", "window_days"):
            value = _int_in(value, 1, 3650, name)
        elif name == "mute_days":
            value = None if value in (None, "") else _int_in(value, 1, 3650, name)
        elif name in ("baseline", "target", "manual_value"):
            value = _number(value, name)
        elif name in ("starts_on", "due_on"):
            value = _iso_day(value, name)
        elif name == "metric":
            value = _choice(value, METRICS, name)
        elif name == "category":
            value = _choice(value, RISK_CATEGORIES, name)
        elif name == "status":
            allowed_status = {"plan_risks": RISK_STATUSES, "plan_stages": STAGE_STATUSES,
                              "needs": tuple(s.value for s in NeedStatus)}[table]
            value = _choice(value, allowed_status, name)
        elif name == "kind":
            value = _choice(value, tuple(k.value for k in NeedKind), name)
        elif name == "action":
            value = _choice(value, tuple(a.value for a in ViolationAction), name)
        elif name == "counted":
            value = None if not value else _choice(value, tuple(a.value for a in ViolationAction),
                                                   name)
        elif name == "member_id":
            value = None if value in (None, "") else int(value)
        elif name in ("title", "role", "description", "text"):
            value = _text(value)
            if not value:
                raise DomainError(Code.EMPTY, value, field=name)
        elif name in ("person", "owner", "source", "notes", "created_at"):
            value = _text(value) or None
        else:
            value = _text(value)
        out[name] = value
    return out


def _touch(conn: sqlite3.Connection, table: str, owner_id: int) -> None:
    if OWNER[table] == "plan_id":
        conn.execute("UPDATE plans SET updated_at = ? WHERE id = ?", (now_iso(), owner_id))


def _change(table: str, row_id: int) -> Change:
    extra = ("plans",) if OWNER[table] == "plan_id" else ()
    return Change.of(table, *extra, ids=[row_id])


def add_row(conn: sqlite3.Connection, table: str, owner_id: int,
            values: Mapping[str, Any]) -> tuple[int, Change]:
    """Insert a row under ``owner_id`` (a plan, or a community for policy and needs)."""
    row = clean(table, values)
    if table == "needs":
        row.setdefault("created_at", now_iso())
    columns = [OWNER[table], *row]
    with transaction(conn):
        if "position" in EDITABLE[table] and "position" not in row:
            row["position"] = int(conn.execute(
                f"SELECT coalesce(max(position), -1) + 1 FROM {table} WHERE {OWNER[table]} = ?",
                (owner_id,)).fetchone()[0])
            columns.append("position")
        row_id = int(conn.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES"
            f" ({', '.join('?' for _ in columns)})", (owner_id, *row.values())).lastrowid or 0)
        _touch(conn, table, owner_id)
    return row_id, _change(table, row_id)


def get_row(conn: sqlite3.Connection, table: str, row_id: int) -> dict[str, Any] | None:
    """Every column of one row (to undo a delete or an edit)."""
    cursor = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
    found = cursor.fetchone()
    if found is None:
        return None
    return dict(zip([d[0] for d in cursor.description], found, strict=True))


def update_row(conn: sqlite3.Connection, table: str, row_id: int,
               values: Mapping[str, Any]) -> Change:
    row = clean(table, values)
    if not row:
        return Change.of(table, ids=[row_id])
    with transaction(conn):
        owner = conn.execute(f"SELECT {OWNER[table]} FROM {table} WHERE id = ?",
                             (row_id,)).fetchone()
        if owner is None:
            raise NotFound(Code.RECORD_GONE, table=table, id=row_id)
        conn.execute(f"UPDATE {table} SET {', '.join(f'{k} = ?' for k in row)} WHERE id = ?",
                     (*row.values(), row_id))
        if table == "plan_goals" and {"metric", "starts_on", "due_on"} & set(row):
            # what was last measured no longer measures this goal
            conn.execute("UPDATE plan_goals SET last_value = NULL, last_measured_at = NULL"
                         " WHERE id = ?", (row_id,))
        if owner[0] is not None:
            _touch(conn, table, owner[0])
    return _change(table, row_id)


def delete_row(conn: sqlite3.Connection, table: str, row_id: int) -> tuple[dict[str, Any], Change]:
    """Delete one row; returns it whole, for ``restore_row``."""
    with transaction(conn):
        row = get_row(conn, table, row_id)
        if row is None:
            raise NotFound(Code.RECORD_GONE, table=table, id=row_id)
        conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
        if row.get(OWNER[table]) is not None:
            _touch(conn, table, row[OWNER[table]])
    return row, _change(table, row_id)


def rows(conn: sqlite3.Connection, table: str, owner_id: int,
         order: str = "position, id") -> list[dict[str, Any]]:
    cursor = conn.execute(f"SELECT * FROM {table} WHERE {OWNER[table]} = ? ORDER BY {order}",
                          (owner_id,))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor]


# -- roles, risks, roadmap ------------------------------------------------------------------


def roles(conn: sqlite3.Connection, plan_id: int) -> list[dict[str, Any]]:
    """Roles with the linked member's name as ``member_name``."""
    cursor = conn.execute(
        "SELECT r.*, m.display_name AS member_name FROM plan_roles r"
        " LEFT JOIN members m ON m.id = r.member_id WHERE r.plan_id = ?"
        " ORDER BY r.position, r.id", (plan_id,))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor]


def risk_level(score: int) -> str:
    """'high' (15-25), 'medium' (8-14) or 'low' (1-7): the matrix's colours."""
    return "high" if score >= 15 else "medium" if score >= 8 else "low"


def risks(conn: sqlite3.Connection, plan_id: int) -> list[dict[str, Any]]:
    """Risks, highest score first, each with its ``score``."""
    cursor = conn.execute(
        "SELECT *, likelihood * impact AS score FROM plan_risks WHERE plan_id = ?"
        " ORDER BY status = 'closed', score DESC, id", (plan_id,))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor]


def risk_matrix(conn: sqlite3.Connection, plan_id: int) -> dict[tuple[int, int], list[str]]:
    """(likelihood, impact) -> descriptions of the risks not closed in that cell."""
    cells: dict[tuple[int, int], list[str]] = {(likelihood, impact): []
                                               for likelihood in range(1, 6)
                                               for impact in range(1, 6)}
    for likelihood, impact, description in conn.execute(
            "SELECT likelihood, impact, description FROM plan_risks WHERE plan_id = ?"
            " AND status != 'closed' ORDER BY id", (plan_id,)):
        cells[(likelihood, impact)].append(description)
    return cells


def stages(conn: sqlite3.Connection, plan_id: int | None) -> list[dict[str, Any]]:
    """The seven steps in order. Reads only: a step not stored (a plan nobody wrote to
    yet, ``plan_id`` None, or one made before a step existed) is shown as it starts,
    with ``id`` None; ``edit_stage`` stores it with its first edit."""
    found = {r["step"]: r for r in rows(conn, "plan_stages", plan_id, order="step")} \
        if plan_id is not None else {}
    return [found.get(step) or {"id": None, "plan_id": plan_id, "step": step,
                                "status": "todo", "starts_on": None, "due_on": None,
                                "notes": ""}
            for step in range(1, len(PlanStep) + 1)]


def edit_stage(conn: sqlite3.Connection, community_id: int, step: int,
               values: Mapping[str, Any]) -> Change:
    """Set ``values`` on the community's roadmap step ``step``, storing the plan and the
    step first when they are not yet (one transaction)."""
    with transaction(conn):
        plan_id = ensure_plan(conn, community_id)
        conn.execute("INSERT OR IGNORE INTO plan_stages (plan_id, step) VALUES (?, ?)",
                     (plan_id, step))
        stage_id = conn.execute("SELECT id FROM plan_stages WHERE plan_id = ? AND step = ?",
                                (plan_id, step)).fetchone()[0]
        return update_row(conn, "plan_stages", stage_id, values)


def step_name(step: int) -> str:
    return list(PlanStep)[step - 1].value
