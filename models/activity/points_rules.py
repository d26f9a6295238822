"""Points rules: per community, points for a kind of activity, granted as activities arrive.

A rule says: each ``kind`` activity in ``community_id`` earns ``points`` (negative: costs
them), or, with ``per_fen``, ``points`` per whole ``per_fen`` of its amount (购买 +1 per
¥10: ``per_fen=1000``, a ¥25.80 order earns 2); with ``daily_cap``, a member earns at most
that many (in absolute value) from the rule in one day, the workspace zone's day
(``substr(occurred_at, 1, 10)``, as the analytics cut days).

``grant`` is set-based: a chat import may bring a million messages, and they go through a
few ``INSERT … SELECT`` statements, never a Python loop per activity. Caps are applied in
time order with a running sum (a window function) per rule, member and day, after what the
ledger already holds from the rule that day (an earlier import's messages). Each ledger
row points at its activity (deleting the activity takes its points back, by cascade) and
at its rule; its ``reason`` is the rule in words (``reason``), stored as Chinese data
like every other reason in the ledger.

Points already granted are history: changing or deleting a rule keeps them unless the
operator asks for them back (``revoke``). ``backfill`` applies a rule to the past.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from models.activity import honours
from models.core.changes import Change
from models.core.clock import now_iso
from models.core.errors import Code, DomainError, NotFound
from models.store.workspace import transaction

TABLES = ("points_rules",)
#: What a grant writes: the ledger, and the balances and honours kept from it.
GRANT_TABLES = ("points_ledger", "members", "member_honours")


@dataclass(frozen=True)
class Rule:
    id: int
    community_id: int
    kind: str
    points: int
    per_fen: int | None  # None: per activity
    daily_cap: int | None  # None: no cap
    created_at: str


_COLUMNS = "id, community_id, kind, points, per_fen, daily_cap, created_at"


def reason(kind: str, points: int, per_fen: int | None = None,
           daily_cap: int | None = None) -> str:
    """The ledger's reason for points a rule granted: a short, stable form of the rule
    ("规则：发言 +1，每天上限 1", "规则：购买 +1/¥10"). Stored text, so always Chinese."""
    text = f"规则：{kind} {points:+d}"
    if per_fen is not None:
        yuan = f"{per_fen // 100}" if per_fen % 100 == 0 else f"{per_fen / 100:.2f}"
        text += f"/¥{yuan}"
    if daily_cap is not None:
        text += f"，每天上限 {daily_cap}"
    return text


def rule_reason(rule: Rule) -> str:
    return reason(rule.kind, rule.points, rule.per_fen, rule.daily_cap)


def list_rules(conn: sqlite3.Connection, community_id: int | None = None) -> list[Rule]:
    """The rules of one community (every community's when None), by kind."""
    if community_id is None:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM points_rules ORDER BY community_id, kind")
    else:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM points_rules WHERE community_id = ?"
                            " ORDER BY kind", (community_id,))
    return [Rule(*r) for r in rows]


def get_rule(conn: sqlite3.Connection, rule_id: int) -> Rule:
    row = conn.execute(f"SELECT {_COLUMNS} FROM points_rules WHERE id = ?",
                       (rule_id,)).fetchone()
    if row is None:
        raise NotFound(Code.RECORD_GONE, rule_id, table="points_rules", id=rule_id)
    return Rule(*row)


def _checked(conn: sqlite3.Connection, community_id: int, kind: str, points: int,
             per_fen: int | None, daily_cap: int | None,
             rule_id: int | None = None) -> str:
    """The kind, stripped; refuses what the rule cannot be."""
    kind = (kind or "").strip()
    if not kind:
        raise DomainError(Code.RULE_KIND_NEEDED, kind)
    if not isinstance(points, int) or points == 0:
        raise DomainError(Code.POINTS_ZERO, points)
    if per_fen is not None and (not isinstance(per_fen, int) or per_fen <= 0):
        raise DomainError(Code.RULE_PER_YUAN, per_fen)
    if daily_cap is not None and (not isinstance(daily_cap, int) or daily_cap <= 0):
        raise DomainError(Code.RULE_DAILY_CAP, daily_cap)
    if conn.execute("SELECT 1 FROM communities WHERE id = ?", (community_id,)).fetchone() is None:
        raise NotFound(Code.NO_COMMUNITY_ID, community_id, id=community_id)
    other = conn.execute("SELECT id FROM points_rules WHERE community_id = ? AND kind = ?",
                         (community_id, kind)).fetchone()
    if other is not None and other[0] != rule_id:
        raise DomainError(Code.RULE_EXISTS, kind, kind=kind)
    return kind


def add_rule(conn: sqlite3.Connection, community_id: int, kind: str, points: int,
             per_fen: int | None = None, daily_cap: int | None = None) -> tuple[Rule, Change]:
    """A new rule; it applies to activities written from now on (``backfill`` for the
    past)."""
    with transaction(conn):
        kind = _checked(conn, community_id, kind, points, per_fen, daily_cap)
        cursor = conn.execute(
            "INSERT INTO points_rules (community_id, kind, points, per_fen, daily_cap,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (community_id, kind, points, per_fen, daily_cap, now_iso()))
        rule = get_rule(conn, int(cursor.lastrowid or 0))
    return rule, Change.of(*TABLES, ids=[rule.id])


def update_rule(conn: sqlite3.Connection, rule_id: int, *, kind: str, points: int,
                per_fen: int | None = None, daily_cap: int | None = None) -> tuple[Rule, Change]:
    """Change a rule for what comes next; points it granted stay as they were."""
    with transaction(conn):
        old = get_rule(conn, rule_id)
        kind = _checked(conn, old.community_id, kind, points, per_fen, daily_cap, rule_id)
        conn.execute("UPDATE points_rules SET kind = ?, points = ?, per_fen = ?, daily_cap = ?"
                     " WHERE id = ?", (kind, points, per_fen, daily_cap, rule_id))
        rule = get_rule(conn, rule_id)
    return rule, Change.of(*TABLES, ids=[rule_id])


def delete_rule(conn: sqlite3.Connection, rule_id: int, *, take_back: bool = False) -> Change:
    """Remove a rule. Its points stay (the ledger rows keep their reason, no longer pointing
    at a rule) unless ``take_back``: then they are deducted first (``revoke``)."""
    with transaction(conn):
        get_rule(conn, rule_id)
        change = revoke(conn, rule_id) if take_back else Change()
        conn.execute("DELETE FROM points_rules WHERE id = ?", (rule_id,))
    return change | Change.of(*TABLES, "points_ledger", ids=[rule_id])


# -- granting ----------------------------------------------------------------------------

#: The activities a grant looks at, with the rule of their kind in their community and the
#: points each earns before any cap. ``{where}`` selects rows of ``activities``.
_CANDIDATES = """
INSERT INTO temp.qz_points_new (activity_id, member_id, occurred_at, day, rule_id, cap, pts)
SELECT a.id, a.member_id, a.occurred_at, substr(a.occurred_at, 1, 10), r.id, r.daily_cap,
       CASE WHEN r.per_fen IS NULL THEN r.points
            ELSE (max(a.amount, 0) / r.per_fen) * r.points END
FROM (SELECT id, member_id, community_id, kind, amount, occurred_at FROM activities
      WHERE {where}) AS a
JOIN points_rules r ON r.community_id = a.community_id AND r.kind = a.kind
WHERE {rules}
  AND NOT EXISTS (SELECT 1 FROM points_ledger p WHERE p.activity_id = a.id
                  AND p.rule_id = r.id)
"""

#: Uncapped: every candidate earns its points.
_UNCAPPED = """
INSERT INTO points_ledger (member_id, delta, reason, occurred_at, activity_id, rule_id)
SELECT n.member_id, n.pts, w.reason, n.occurred_at, n.activity_id, n.rule_id
FROM temp.qz_points_new n JOIN temp.qz_points_reason w ON w.rule_id = n.rule_id
WHERE n.cap IS NULL AND n.pts <> 0
ORDER BY n.occurred_at, n.activity_id
"""

#: Capped: in time order within (rule, member, day), each earns what is left of the cap
#: after what the ledger held from the rule that day and the candidates before it. The
#: reason is joined to the rows granted only (measured: a third faster at a million).
_CAPPED = """
INSERT INTO points_ledger (member_id, delta, reason, occurred_at, activity_id, rule_id)
SELECT x.member_id, CASE WHEN x.pts < 0 THEN -x.granted ELSE x.granted END, w.reason, x.occurred_at,
       x.activity_id, x.rule_id
FROM (
    SELECT c.member_id, c.pts, c.occurred_at, c.activity_id, c.rule_id,
           min(abs(c.pts), max(c.cap - coalesce(u.used, 0) - c.before, 0)) AS granted
    FROM (
        SELECT n.*, sum(abs(n.pts)) OVER (
                   PARTITION BY n.rule_id, n.member_id, n.day ORDER BY n.occurred_at,
                   n.activity_id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
               - abs(n.pts) AS before
        FROM temp.qz_points_new n
        WHERE n.cap IS NOT NULL AND n.pts <> 0
    ) AS c
    LEFT JOIN (
        SELECT g.rule_id, g.member_id, g.day, sum(abs(p.delta)) AS used
        FROM (SELECT DISTINCT rule_id, member_id, day FROM temp.qz_points_new
              WHERE cap IS NOT NULL) AS g
        JOIN points_ledger p ON p.rule_id = g.rule_id AND p.member_id = g.member_id
             AND p.occurred_at >= g.day AND p.occurred_at < g.day || '~'
        GROUP BY g.rule_id, g.member_id, g.day
    ) AS u ON u.rule_id = c.rule_id AND u.member_id = c.member_id AND u.day = c.day
    WHERE c.before < c.cap
) AS x JOIN temp.qz_points_reason w ON w.rule_id = x.rule_id
WHERE x.granted > 0
"""


@dataclass(frozen=True)
class Granted:
    """What a grant wrote: ledger rows and their points in total."""

    entries: int
    points: int
    change: Change


def grant(conn: sqlite3.Connection, where: str, params: Sequence[object] = (),
          rule_ids: Sequence[int] | None = None) -> Granted:
    """Grant points for the activities ``SELECT … FROM activities WHERE <where>`` selects,
    by the rules of their communities (only ``rule_ids`` when given), inside the caller's
    transaction. Activities that already have a ledger row from a rule get nothing more
    from it, so granting twice is granting once."""
    if rule_ids is not None and not rule_ids:
        return Granted(0, 0, Change())
    rules = list_rules(conn) if rule_ids is None else [get_rule(conn, r) for r in rule_ids]
    if not rules:
        return Granted(0, 0, Change())
    with transaction(conn):
        _scratch(conn, rules)
        rule_filter = "1" if rule_ids is None else \
            f"r.id IN ({','.join(str(int(r)) for r in rule_ids)})"
        conn.execute(_CANDIDATES.format(where=where, rules=rule_filter), tuple(params))
        start = _last_ledger_id(conn)
        conn.execute(_UNCAPPED)
        conn.execute(_CAPPED)
        entries, points = conn.execute(
            "SELECT count(*), coalesce(sum(delta), 0) FROM points_ledger WHERE id > ?",
            (start,)).fetchone()
        conn.execute("DELETE FROM temp.qz_points_new")
    change = Change.of(*GRANT_TABLES) if entries else Change()
    return Granted(int(entries), int(points), change)


def _last_ledger_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM points_ledger").fetchone()[0])


def _scratch(conn: sqlite3.Connection, rules: list[Rule]) -> None:
    """The connection's TEMP tables for one grant: the candidates and each rule's reason."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS qz_points_new (activity_id INTEGER,"
                 " member_id INTEGER, occurred_at TEXT, day TEXT, rule_id INTEGER, cap INTEGER,"
                 " pts INTEGER)")
    conn.execute("DELETE FROM temp.qz_points_new")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS qz_points_reason"
                 " (rule_id INTEGER PRIMARY KEY, reason TEXT)")
    conn.execute("DELETE FROM temp.qz_points_reason")
    conn.executemany("INSERT INTO temp.qz_points_reason VALUES (?, ?)",
                     [(r.id, rule_reason(r)) for r in rules])


# -- the past ------------------------------------------------------------------------------

def backfill_count(conn: sqlite3.Connection, rule_id: int) -> int:
    """How many past activities ``backfill`` would look at: those of the rule's kind in its
    community without a ledger row from it (caps may grant fewer)."""
    rule = get_rule(conn, rule_id)
    return int(conn.execute(
        "SELECT count(*) FROM activities a WHERE a.community_id = ? AND a.kind = ?"
        " AND NOT EXISTS (SELECT 1 FROM points_ledger p WHERE p.activity_id = a.id"
        " AND p.rule_id = ?)", (rule.community_id, rule.kind, rule.id)).fetchone()[0])


def backfill(conn: sqlite3.Connection, rule_id: int) -> Granted:
    """Apply a rule to every past activity of its kind in its community that has no ledger
    row from it (so running it again grants nothing), caps counted per day as for new
    ones; then honours follow. One transaction."""
    rule = get_rule(conn, rule_id)
    with transaction(conn):
        done = grant(conn, "community_id = ? AND kind = ?", (rule.community_id, rule.kind),
                     rule_ids=[rule_id])
        if done.entries:
            honours.refresh(conn, "SELECT member_id FROM points_ledger WHERE rule_id = ?",
                            (rule_id,))
    return done


def revoke_count(conn: sqlite3.Connection, rule_id: int) -> tuple[int, int]:
    """(ledger rows, their points in total) that ``revoke`` would take back."""
    row = conn.execute("SELECT count(*), coalesce(sum(delta), 0) FROM points_ledger"
                       " WHERE rule_id = ?", (rule_id,)).fetchone()
    return int(row[0]), int(row[1])


def revoke(conn: sqlite3.Connection, rule_id: int) -> Change:
    """Take back every point the rule granted (its ledger rows go); honours follow."""
    with transaction(conn):
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS qz_points_members"
                     " (member_id INTEGER PRIMARY KEY)")
        conn.execute("DELETE FROM temp.qz_points_members")
        conn.execute("INSERT OR IGNORE INTO temp.qz_points_members SELECT member_id"
                     " FROM points_ledger WHERE rule_id = ?", (rule_id,))
        conn.execute("DELETE FROM points_ledger WHERE rule_id = ?", (rule_id,))
        honours.refresh(conn, "SELECT member_id FROM temp.qz_points_members")
        conn.execute("DELETE FROM temp.qz_points_members")
    return Change.of(*GRANT_TABLES, ids=[rule_id])


def known_kinds(conn: sqlite3.Connection, community_id: int, recent: int = 50_000) -> list[str]:
    """Kinds seen among the community's latest ``recent`` activities and in its rules (the
    operator's own kinds besides the standard ones), bounded so a chat history of millions
    costs a page of its index."""
    found = [r[0] for r in conn.execute(
        "SELECT DISTINCT kind FROM (SELECT kind FROM activities WHERE community_id = ?"
        " ORDER BY occurred_at DESC LIMIT ?) UNION SELECT kind FROM points_rules"
        " WHERE community_id = ?", (community_id, recent, community_id))]
    return sorted(found)


def granted_counts(conn: sqlite3.Connection, community_id: int) -> dict[int, tuple[int, int]]:
    """rule id -> (ledger rows, points) it granted so far, for the community's rules."""
    return {r[0]: (r[1], r[2]) for r in conn.execute(
        "SELECT p.rule_id, count(*), sum(p.delta) FROM points_ledger p"
        " WHERE p.rule_id IN (SELECT id FROM points_rules WHERE community_id = ?)"
        " GROUP BY p.rule_id", (community_id,))}
