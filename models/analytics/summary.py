"""Summary tables that make the dashboard quick at a million members (format 4).

Three small tables are kept in step with ``activities`` by triggers, so no chart scans the
ten million activity rows:

- ``member_activity``: per member and community (0 = all communities, including activity
  outside any) the first and last activity, how many, purchases and revenue (fen).
  Answers "active in a period", "slipping away", activation and conversion.
- ``activity_daily``: per scope (a community id, or 0 for all communities) and local day:
  distinct active members, actions, purchases, revenue. Answers DAU and revenue series.
- ``activity_cohorts``: per scope, join month (cohort) and calendar month: distinct active
  members. Answers the retention heatmap and MAU. The cohort of a community's member is
  the month of ``memberships.joined_at``; for all communities, of ``members.created_at``;
  ``''`` when the member has no membership in that community.

- ``member_dims``: per scope, dimension (gender, birth_year, city, spending_level, source,
  tag) and value: current members (not in the trash; for a community, not left). Answers
  every distribution without reading a million member rows.

Days and months are the local date the text holds (``substr(occurred_at, 1, 10)``).
Activity of members in the trash still counts: it happened; erasing a member deletes
their activities and the triggers take it out.

Bulk loads (demo data) drop the triggers with ``models.store.bulk.DroppedStructures`` and rebuild
the tables in one statement each at the end.
"""

from __future__ import annotations

import sqlite3

from models.schema.sql import install_summary

PURCHASE = "购买"

TABLES = """
CREATE TABLE member_activity (
    member_id     INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    community_id  INTEGER NOT NULL,  -- 0: all communities (and activity outside any)
    first_at      TEXT NOT NULL,
    last_at       TEXT NOT NULL,
    actions       INTEGER NOT NULL,
    purchases     INTEGER NOT NULL,
    revenue       INTEGER NOT NULL,  -- fen
    PRIMARY KEY (member_id, community_id)
) WITHOUT ROWID;
-- covering: "active in a period" and "slipping away" read only these
CREATE INDEX member_activity_last ON member_activity(community_id, last_at, first_at, actions);
CREATE INDEX member_activity_last_all ON member_activity(last_at, first_at, actions);

CREATE TABLE activity_daily (
    scope      INTEGER NOT NULL,  -- community id, 0 = all communities
    day        TEXT NOT NULL,
    members    INTEGER NOT NULL,
    actions    INTEGER NOT NULL,
    purchases  INTEGER NOT NULL,
    revenue    INTEGER NOT NULL,
    PRIMARY KEY (scope, day)
) WITHOUT ROWID;

CREATE TABLE activity_cohorts (
    scope    INTEGER NOT NULL,
    cohort   TEXT NOT NULL,  -- join month 'YYYY-MM', '' = no membership
    month    TEXT NOT NULL,
    members  INTEGER NOT NULL,
    PRIMARY KEY (scope, cohort, month)
) WITHOUT ROWID;

CREATE TABLE member_dims (
    scope    INTEGER NOT NULL,
    dim      TEXT NOT NULL,   -- gender, birth_year, city, spending_level, source, tag
    value    TEXT NOT NULL,   -- '' when empty; tag: the tag id
    members  INTEGER NOT NULL,
    PRIMARY KEY (scope, dim, value)
) WITHOUT ROWID;

-- Analytics reads these by date; the bulk loader drops and rebuilds them with the rest.
-- activities_community gains member_id (same name, same leading columns), so "who was
-- active between two dates" is read from the index alone.
DROP INDEX activities_community;
CREATE INDEX activities_community ON activities(community_id, occurred_at, member_id);
CREATE INDEX memberships_joined ON memberships(joined_at);
CREATE INDEX memberships_left ON memberships(community_id, left_at) WHERE left_at IS NOT NULL;
CREATE INDEX members_created ON members(created_at);
CREATE INDEX members_profile ON members(gender, birth_year, city, spending_level, source)
    WHERE deleted_at IS NULL;
CREATE INDEX points_ledger_occurred ON points_ledger(occurred_at, delta, member_id);
CREATE INDEX activities_purchases ON activities(occurred_at, member_id, community_id)
    WHERE kind = '购买';
"""


def _cohort(scope_expr: str, member: str, community: str) -> str:
    """SQL for the cohort month of ``member`` in scope ``scope_expr``."""
    return (
        f"coalesce(CASE WHEN {scope_expr} = 0 THEN"
        f" (SELECT substr(created_at, 1, 7) FROM members WHERE id = {member})"
        f" ELSE (SELECT substr(joined_at, 1, 7) FROM memberships"
        f" WHERE member_id = {member} AND community_id = {community}) END, '')"
    )


def _add(row: str) -> str:
    """Statements adding activity ``row`` (NEW) to every summary."""
    scope_c = f"coalesce({row}.community_id, 0)"
    day = f"substr({row}.occurred_at, 1, 10)"
    month = f"substr({row}.occurred_at, 1, 7)"
    buy = f"({row}.kind = '{PURCHASE}')"
    money = f"(CASE WHEN {row}.kind = '{PURCHASE}' THEN {row}.amount ELSE 0 END)"
    parts = []
    for scope, condition in ((scope_c, f"WHERE {row}.community_id IS NOT NULL"), ("0", "")):
        parts.append(f"""
    INSERT INTO member_activity SELECT {row}.member_id, {scope}, {row}.occurred_at,
        {row}.occurred_at, 1, {buy}, {money} {condition or 'WHERE 1'}
    ON CONFLICT (member_id, community_id) DO UPDATE SET
        first_at = min(first_at, excluded.first_at), last_at = max(last_at, excluded.last_at),
        actions = actions + 1, purchases = purchases + excluded.purchases,
        revenue = revenue + excluded.revenue;""")
    for scope, same in ((scope_c, f"AND a.community_id IS {row}.community_id"), ("0", "")):
        condition = "" if scope == "0" else f"WHERE {row}.community_id IS NOT NULL"
        first_day = (f"NOT EXISTS (SELECT 1 FROM activities a WHERE a.member_id = {row}.member_id"
                     f" AND a.occurred_at >= {day} AND a.occurred_at < {day} || 'U'"
                     f" AND a.id <> {row}.id {same})")
        first_month = (f"NOT EXISTS (SELECT 1 FROM activities a WHERE a.member_id = "
                       f"{row}.member_id AND a.occurred_at >= {month}"
                       f" AND a.occurred_at < {month} || '-99' AND a.id <> {row}.id {same})")
        parts.append(f"""
    INSERT INTO activity_daily SELECT {scope}, {day}, {first_day}, 1, {buy}, {money} {condition}
    ON CONFLICT (scope, day) DO UPDATE SET members = members + excluded.members,
        actions = actions + 1, purchases = purchases + excluded.purchases,
        revenue = revenue + excluded.revenue;""")
        parts.append(f"""
    INSERT INTO activity_cohorts SELECT {scope}, {_cohort(scope, row + '.member_id',
                                                          row + '.community_id')},
        {month}, 1 WHERE {first_month} {condition.replace('WHERE', 'AND')}
    ON CONFLICT (scope, cohort, month) DO UPDATE SET members = members + 1;""")
    return "".join(parts)


def _remove(row: str) -> str:
    """Statements taking activity ``row`` (OLD) out of every summary; the row itself is
    ignored whether or not it is still in the table (UPDATE runs remove, then add)."""
    scope_c = f"coalesce({row}.community_id, 0)"
    day = f"substr({row}.occurred_at, 1, 10)"
    month = f"substr({row}.occurred_at, 1, 7)"
    buy = f"({row}.kind = '{PURCHASE}')"
    money = f"(CASE WHEN {row}.kind = '{PURCHASE}' THEN {row}.amount ELSE 0 END)"
    parts = []
    for scope, same, only in ((scope_c, f"AND a.community_id = {row}.community_id",
                               f"AND {row}.community_id IS NOT NULL"), ("0", "", "")):
        rest = (f"FROM activities a WHERE a.member_id = {row}.member_id {same}"
                f" AND a.id <> {row}.id")
        parts.append(f"""
    UPDATE member_activity SET (first_at, last_at, actions, purchases, revenue) = (
        SELECT min(a.occurred_at), max(a.occurred_at), count(*),
               coalesce(sum(a.kind = '{PURCHASE}'), 0),
               coalesce(sum(CASE WHEN a.kind = '{PURCHASE}' THEN a.amount ELSE 0 END), 0)
        {rest})
    WHERE member_id = {row}.member_id AND community_id = {scope} {only}
      AND EXISTS (SELECT 1 {rest});
    DELETE FROM member_activity WHERE member_id = {row}.member_id
      AND community_id = {scope} {only} AND NOT EXISTS (SELECT 1 {rest});""")
    for scope, same in ((scope_c, f"AND a.community_id IS {row}.community_id"), ("0", "")):
        condition = "" if scope == "0" else f"AND {row}.community_id IS NOT NULL"
        last_day = (f"NOT EXISTS (SELECT 1 FROM activities a WHERE a.member_id = {row}.member_id"
                    f" AND a.occurred_at >= {day} AND a.occurred_at < {day} || 'U'"
                    f" AND a.id <> {row}.id {same})")
        last_month = (f"NOT EXISTS (SELECT 1 FROM activities a WHERE a.member_id = "
                      f"{row}.member_id AND a.occurred_at >= {month}"
                      f" AND a.occurred_at < {month} || '-99' AND a.id <> {row}.id {same})")
        parts.append(f"""
    UPDATE activity_daily SET members = members - {last_day}, actions = actions - 1,
        purchases = purchases - {buy}, revenue = revenue - {money}
    WHERE scope = {scope} AND day = {day} {condition};""")
        parts.append(f"""
    UPDATE activity_cohorts SET members = members - 1
    WHERE scope = {scope} AND month = {month} {condition}
      AND cohort = {_cohort(scope, row + '.member_id', row + '.community_id')}
      AND {last_month};""")
    return "".join(parts)


def _move_cohort(scope: str, member: str, old: str | None, new: str | None) -> str:
    """Statements moving a member's active months in ``scope`` from cohort ``old`` to
    ``new`` (SQL expressions; None skips that side)."""
    months = (f"SELECT DISTINCT substr(occurred_at, 1, 7) FROM activities"
              f" WHERE member_id = {member}"
              + ("" if scope == "0" else f" AND community_id = {scope}"))
    parts = []
    if old is not None:
        parts.append(f"""
    UPDATE activity_cohorts SET members = members - 1
    WHERE scope = {scope} AND cohort = {old} AND month IN ({months});""")
    if new is not None:
        parts.append(f"""
    INSERT INTO activity_cohorts SELECT {scope}, {new}, m.month, 1
        FROM ({months.replace('DISTINCT substr(occurred_at, 1, 7)',
                              'DISTINCT substr(occurred_at, 1, 7) AS month')}) AS m WHERE 1
    ON CONFLICT (scope, cohort, month) DO UPDATE SET members = members + 1;""")
    return "".join(parts)


DIMS = ("gender", "birth_year", "city", "spending_level", "source")


def _dims(m: str, tags: bool = True, fields: bool = True) -> str:
    """SQL rows (dim, value) describing member row ``m``."""
    parts = [f"SELECT '{d}' AS dim, coalesce(CAST({m}.{d} AS TEXT), '') AS value"
             for d in DIMS] if fields else []
    if tags:
        parts.append(f"SELECT 'tag', CAST(tag_id AS TEXT) FROM member_tags"
                     f" WHERE member_id = {m}.id")
    return " UNION ALL ".join(parts)


def _count_dims(sign: str, member: str, scopes: str, condition: str, dims: str) -> str:
    """Add ``sign`` (+1/-1) to ``dims`` of ``member`` in every scope of ``scopes``."""
    return f"""
    INSERT INTO member_dims (scope, dim, value, members)
    SELECT s.scope, d.dim, d.value, {sign} FROM ({scopes}) AS s, ({dims}) AS d
    WHERE {condition}
    ON CONFLICT (scope, dim, value) DO UPDATE SET members = members + excluded.members;"""


def _scopes_of(member_id: str) -> str:
    """Scope 0 and every community ``member_id`` currently belongs to."""
    return (f"SELECT 0 AS scope UNION ALL SELECT community_id FROM memberships"
            f" WHERE member_id = {member_id} AND left_at IS NULL")


def _member_row(member_id: str) -> str:
    """``m``: the member's row when it is not in the trash."""
    return f"(SELECT * FROM members WHERE id = {member_id} AND deleted_at IS NULL)"


def _membership_dims(sign: str, row: str) -> str:
    """A membership starting (+1) or ending (-1): its community's counts for the member."""
    m = _member_row(f"{row}.member_id")
    return f"""
    INSERT INTO member_dims (scope, dim, value, members)
    SELECT {row}.community_id, d.dim, d.value, {sign} FROM {m} AS m, (
        SELECT 'gender' AS dim, coalesce(m2.gender, '') AS value FROM {m} AS m2
        UNION ALL SELECT 'birth_year', coalesce(CAST(m2.birth_year AS TEXT), '') FROM {m} AS m2
        UNION ALL SELECT 'city', coalesce(m2.city, '') FROM {m} AS m2
        UNION ALL SELECT 'spending_level', coalesce(m2.spending_level, '') FROM {m} AS m2
        UNION ALL SELECT 'source', coalesce(m2.source, '') FROM {m} AS m2
        UNION ALL SELECT 'tag', CAST(tag_id AS TEXT) FROM member_tags
            WHERE member_id = {row}.member_id) AS d
    WHERE {row}.left_at IS NULL
    ON CONFLICT (scope, dim, value) DO UPDATE SET members = members + excluded.members;"""


def _tag_dims(sign: str, row: str) -> str:
    m = _member_row(f"{row}.member_id")
    return f"""
    INSERT INTO member_dims (scope, dim, value, members)
    SELECT s.scope, 'tag', CAST({row}.tag_id AS TEXT), {sign}
    FROM {m} AS m, ({_scopes_of(f"{row}.member_id")}) AS s WHERE 1
    ON CONFLICT (scope, dim, value) DO UPDATE SET members = members + excluded.members;"""


def _joined(row: str) -> str:
    return f"substr({row}.joined_at, 1, 7)"


TRIGGERS = {
    "analytics_activity_insert": f"""
CREATE TRIGGER analytics_activity_insert AFTER INSERT ON activities BEGIN{_add('NEW')}
END;""",
    "analytics_activity_delete": f"""
CREATE TRIGGER analytics_activity_delete AFTER DELETE ON activities BEGIN{_remove('OLD')}
END;""",
    "analytics_activity_update": f"""
CREATE TRIGGER analytics_activity_update
AFTER UPDATE OF member_id, community_id, occurred_at, kind, amount ON activities
BEGIN{_remove('OLD')}{_add('NEW')}
END;""",
    "analytics_membership_insert": f"""
CREATE TRIGGER analytics_membership_insert AFTER INSERT ON memberships BEGIN
{_move_cohort('NEW.community_id', 'NEW.member_id', "''", _joined('NEW'))}
END;""",
    "analytics_membership_delete": f"""
CREATE TRIGGER analytics_membership_delete AFTER DELETE ON memberships BEGIN
{_move_cohort('OLD.community_id', 'OLD.member_id', _joined('OLD'), "''")}
END;""",
    "analytics_membership_update": f"""
CREATE TRIGGER analytics_membership_update
AFTER UPDATE OF joined_at, member_id, community_id ON memberships BEGIN
{_move_cohort('OLD.community_id', 'OLD.member_id', _joined('OLD'), "''")}
{_move_cohort('NEW.community_id', 'NEW.member_id', "''", _joined('NEW'))}
END;""",
    "analytics_dims_member_insert": f"""
CREATE TRIGGER analytics_dims_member_insert AFTER INSERT ON members BEGIN
{_count_dims('1', 'NEW', _scopes_of('NEW.id'), 'NEW.deleted_at IS NULL', _dims('NEW'))}
END;""",
    "analytics_dims_member_update": f"""
CREATE TRIGGER analytics_dims_member_update
AFTER UPDATE OF gender, birth_year, city, spending_level, source, deleted_at ON members BEGIN
{_count_dims('-1', 'OLD', _scopes_of('OLD.id'), 'OLD.deleted_at IS NULL', _dims('OLD'))}
{_count_dims('1', 'NEW', _scopes_of('NEW.id'), 'NEW.deleted_at IS NULL', _dims('NEW'))}
END;""",
    "analytics_dims_member_delete": f"""
CREATE TRIGGER analytics_dims_member_delete BEFORE DELETE ON members BEGIN
{_count_dims('-1', 'OLD', _scopes_of('OLD.id'), 'OLD.deleted_at IS NULL', _dims('OLD'))}
END;""",
    "analytics_dims_membership_insert": f"""
CREATE TRIGGER analytics_dims_membership_insert AFTER INSERT ON memberships BEGIN
{_membership_dims('1', 'NEW')}
END;""",
    "analytics_dims_membership_delete": f"""
CREATE TRIGGER analytics_dims_membership_delete AFTER DELETE ON memberships BEGIN
{_membership_dims('-1', 'OLD')}
END;""",
    "analytics_dims_membership_update": f"""
CREATE TRIGGER analytics_dims_membership_update
AFTER UPDATE OF member_id, community_id, left_at ON memberships BEGIN
{_membership_dims('-1', 'OLD')}
{_membership_dims('1', 'NEW')}
END;""",
    "analytics_dims_tag_insert": f"""
CREATE TRIGGER analytics_dims_tag_insert AFTER INSERT ON member_tags BEGIN
{_tag_dims('1', 'NEW')}
END;""",
    "analytics_dims_tag_delete": f"""
CREATE TRIGGER analytics_dims_tag_delete AFTER DELETE ON member_tags BEGIN
{_tag_dims('-1', 'OLD')}
END;""",
    "analytics_member_created": f"""
CREATE TRIGGER analytics_member_created AFTER UPDATE OF created_at ON members BEGIN
{_move_cohort('0', 'NEW.id', 'substr(OLD.created_at, 1, 7)', 'substr(NEW.created_at, 1, 7)')}
END;""",
    # Erasing a member cascades to their activities after the member row is gone, when
    # the all-communities cohort can no longer be looked up: take it out first.
    "analytics_member_delete": f"""
CREATE TRIGGER analytics_member_delete BEFORE DELETE ON members BEGIN
{_move_cohort('0', 'OLD.id', 'substr(OLD.created_at, 1, 7)', None)}
END;""",
}

#: Each statement reads the activities once, in the order that needs the least sorting:
#: one table scan for per-member rows, the covering ``activities_community`` and
#: ``activities_member`` indexes for the per-day and per-month sets.
REBUILD = [
    "DELETE FROM member_activity",
    f"""INSERT INTO member_activity
    SELECT member_id, community_id, min(occurred_at), max(occurred_at), count(*),
           sum(kind = '{PURCHASE}'), sum(CASE WHEN kind = '{PURCHASE}' THEN amount ELSE 0 END)
    FROM activities NOT INDEXED WHERE community_id IS NOT NULL
    GROUP BY member_id, community_id""",
    f"""INSERT INTO member_activity
    SELECT member_id, 0, min(first_at), max(last_at), sum(actions), sum(purchases), sum(revenue)
    FROM (SELECT member_id, first_at, last_at, actions, purchases, revenue
          FROM member_activity WHERE community_id <> 0
          UNION ALL
          SELECT member_id, occurred_at, occurred_at, 1, kind = '{PURCHASE}',
                 CASE WHEN kind = '{PURCHASE}' THEN amount ELSE 0 END
          FROM activities WHERE community_id IS NULL)
    GROUP BY member_id""",
    "DELETE FROM activity_daily",
    """INSERT INTO activity_daily
    SELECT community_id, substr(occurred_at, 1, 10), count(DISTINCT member_id), count(*),
           0, 0
    FROM activities INDEXED BY activities_community WHERE community_id IS NOT NULL
    GROUP BY community_id, substr(occurred_at, 1, 10)""",
    "daily_all",  # see _daily_all
    # purchases are few: add them through their own index
    f"""WITH bought AS (
        SELECT coalesce(community_id, 0) AS scope, substr(occurred_at, 1, 10) AS day,
               count(*) AS n, sum(amount) AS fen
        FROM activities INDEXED BY activities_purchases WHERE kind = '{PURCHASE}'
        GROUP BY 1, 2)
    UPDATE activity_daily SET purchases = purchases + t.n, revenue = revenue + t.fen
    FROM (SELECT scope, day, n, fen FROM bought WHERE scope <> 0
          UNION ALL SELECT 0, day, sum(n), sum(fen) FROM bought GROUP BY day) AS t
    WHERE activity_daily.scope = t.scope AND activity_daily.day = t.day""",
    "DELETE FROM activity_cohorts",
    """INSERT INTO activity_cohorts
    SELECT t.scope, coalesce(substr(ms.joined_at, 1, 7), ''), t.month, count(*)
    FROM (SELECT community_id AS scope, substr(occurred_at, 1, 7) AS month, member_id
          FROM activities INDEXED BY activities_community WHERE community_id IS NOT NULL
          GROUP BY 1, 2, 3) AS t
    LEFT JOIN memberships ms ON ms.member_id = t.member_id AND ms.community_id = t.scope
    GROUP BY 1, 2, 3""",
    """INSERT INTO activity_cohorts
    SELECT 0, substr(m.created_at, 1, 7), t.month, count(*)
    FROM (SELECT member_id, substr(occurred_at, 1, 7) AS month
          FROM activities INDEXED BY activities_member GROUP BY 1, 2) AS t
    JOIN members m ON m.id = t.member_id
    GROUP BY 2, 3""",
    "DELETE FROM member_dims",
    """INSERT INTO member_dims
    WITH current(scope, id, gender, birth_year, city, spending_level, source) AS MATERIALIZED (
        SELECT 0, id, gender, birth_year, city, spending_level, source FROM members
        WHERE deleted_at IS NULL
        UNION ALL
        SELECT ms.community_id, m.id, m.gender, m.birth_year, m.city, m.spending_level,
               m.source
        FROM memberships ms JOIN members m ON m.id = ms.member_id
        WHERE ms.left_at IS NULL AND m.deleted_at IS NULL)
    SELECT scope, 'gender', coalesce(gender, ''), count(*) FROM current GROUP BY 1, 3
    UNION ALL SELECT scope, 'birth_year', coalesce(CAST(birth_year AS TEXT), ''), count(*)
        FROM current GROUP BY 1, 3
    UNION ALL SELECT scope, 'city', coalesce(city, ''), count(*) FROM current GROUP BY 1, 3
    UNION ALL SELECT scope, 'spending_level', coalesce(spending_level, ''), count(*)
        FROM current GROUP BY 1, 3
    UNION ALL SELECT scope, 'source', coalesce(source, ''), count(*) FROM current GROUP BY 1, 3
    UNION ALL SELECT c.scope, 'tag', CAST(mt.tag_id AS TEXT), count(*)
        FROM current c JOIN member_tags mt ON mt.member_id = c.id GROUP BY 1, 3""",
]


def _daily_all(conn: sqlite3.Connection) -> None:
    """Daily active members over every community, streamed from ``activities_member``.

    The index yields each member's activities in time order, so a member's activities of
    one day are consecutive: counting changes of (member, day) needs no sort of ten
    million rows, which SQLite's GROUP BY would do.
    """
    counts: dict[str, list[int]] = {}
    last: tuple[int, str] | None = None
    rows = conn.execute("SELECT member_id, substr(occurred_at, 1, 10) FROM activities"
                        " INDEXED BY activities_member ORDER BY member_id, occurred_at")
    for member_id, day in rows:
        entry = counts.get(day)
        if entry is None:
            entry = counts[day] = [0, 0]
        entry[1] += 1
        if (member_id, day) != last:
            entry[0] += 1
            last = (member_id, day)
    conn.executemany("INSERT INTO activity_daily VALUES (0, ?, ?, ?, 0, 0)",
                     [(day, m, a) for day, (m, a) in counts.items()])


def create(conn: sqlite3.Connection) -> None:
    """Create the tables, indexes and triggers and fill the tables, in a file that lacks
    them (format 4 installed them with its own frozen copy: ``models/schema/steps/v04.py``)."""
    install_summary(conn, TABLES, rebuild, TRIGGERS)


def create_triggers(conn: sqlite3.Connection) -> None:
    for sql in TRIGGERS.values():
        conn.execute(sql)


def rebuild(conn: sqlite3.Connection) -> None:
    """Fill every summary from the raw tables (inside the caller's transaction)."""
    for statement in REBUILD:
        if statement == "daily_all":
            _daily_all(conn)
        else:
            conn.execute(statement)


def rebuild_member_dims(conn: sqlite3.Connection) -> None:
    """Count ``member_dims`` again from the members (after a load without the triggers)."""
    start = REBUILD.index("DELETE FROM member_dims")
    for statement in REBUILD[start:start + 2]:
        conn.execute(statement)
