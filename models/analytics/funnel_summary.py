"""Who joined when, and how far each got (format 9): the AARRR funnel, growth's joins,
retention's cohort sizes and the referral charts read a few hundred summary rows instead of
every member who joined in the period (half a million in a year at 1,000,000 members).

- ``member_funnel``: one row per member and scope (0 = the workspace, joined on
  ``members.created_at``; a community id, joined on ``memberships.joined_at``): the join
  day, source, ``kept`` (0 in the trash), the funnel flags (activated: an activity before
  day 7 after joining; retained: one on day 30-59; referred: brought anyone in, ever;
  purchased: ever), the referrer and the referral chain's length (0-``MAX_DEPTH``).
- ``funnel_daily``: the same rows counted per scope, join day, source and depth.
  ``everyone`` counts trashed members too (retention's cohort sizes do), every other
  column only kept ones.

Triggers on activities, memberships and members recompute ("refresh": delete, insert
again) the rows of each member they touch; triggers on ``member_funnel`` keep
``funnel_daily`` in step. Bulk loads fill both with ``rebuild`` (set-based, from
``member_activity``) once at the end.
"""

from __future__ import annotations

import sqlite3

from models.analytics.summary import PURCHASE
from models.schema.sql import install_summary

ACTIVATION_DAYS = 7
MAX_DEPTH = 8

TABLES = """
CREATE TABLE member_funnel (
    scope        INTEGER NOT NULL,  -- community id, 0 = the workspace
    member_id    INTEGER NOT NULL,
    day          TEXT NOT NULL,     -- local join day
    source       TEXT NOT NULL,     -- '' when unknown
    kept         INTEGER NOT NULL,  -- 0: in the trash
    activated    INTEGER NOT NULL,
    retained     INTEGER NOT NULL,
    referred     INTEGER NOT NULL,
    purchased    INTEGER NOT NULL,
    referrer_id  INTEGER,
    depth        INTEGER NOT NULL,  -- referral chain length, 0 = not referred
    PRIMARY KEY (scope, member_id)
) WITHOUT ROWID;
-- top referrers of a period: the referred newcomers, by day, with their referrer (those in
-- the trash too since format 13: their joining happened)
CREATE INDEX member_funnel_referrals ON member_funnel(scope, day, referrer_id)
    WHERE referrer_id IS NOT NULL;
-- the funnel: a period's joiners of a scope, read by day from the index alone (format 13)
CREATE INDEX member_funnel_day ON member_funnel(scope, day, source, activated, retained,
    purchased, referred);

CREATE TABLE funnel_daily (
    scope      INTEGER NOT NULL,
    day        TEXT NOT NULL,
    source     TEXT NOT NULL,
    depth      INTEGER NOT NULL,
    everyone   INTEGER NOT NULL,
    joined     INTEGER NOT NULL,
    activated  INTEGER NOT NULL,
    retained   INTEGER NOT NULL,
    referred   INTEGER NOT NULL,
    purchased  INTEGER NOT NULL,
    PRIMARY KEY (scope, day, source, depth)
) WITHOUT ROWID;
"""

EVERY_SCOPE = "(SELECT 0 UNION ALL SELECT id FROM communities)"
COUNTS = ("activated", "retained", "referred", "purchased")


def _depth(m: str) -> str:
    """The length of member row ``m``'s referral chain, at most ``MAX_DEPTH`` links (a
    cycle counts as the longest chain); the chain is read only for referred members."""
    joins, terms = [], ["1"]
    for k in range(2, MAX_DEPTH + 1):
        joins.append(f"LEFT JOIN members p{k} ON p{k}.id = p{k - 1}.referrer_id")
        terms.append(f"(p{k - 1}.referrer_id IS NOT NULL)")
    return (f"CASE WHEN {m}.referrer_id IS NULL THEN 0 ELSE coalesce((SELECT"
            f" {' + '.join(terms)} FROM members p1 {' '.join(joins)}"
            f" WHERE p1.id = {m}.referrer_id), 1) END")


def _members_base(members_where: str, memberships_where: str) -> str:
    """Rows (scope, member_id, day, source, kept, referrer_id, depth) of scope 0 for the
    members matching ``members_where`` (on ``m``) and of a community for the memberships
    matching ``memberships_where`` (on ``ms``)."""
    depth = _depth("m")
    return f"""
        SELECT 0 AS scope, m.id AS member_id, substr(m.created_at, 1, 10) AS day,
               coalesce(m.source, '') AS source, m.deleted_at IS NULL AS kept,
               m.referrer_id AS referrer_id, {depth} AS depth
        FROM members m WHERE {members_where}
        UNION ALL
        SELECT ms.community_id, ms.member_id, substr(ms.joined_at, 1, 10),
               coalesce(m.source, ''), m.deleted_at IS NULL, m.referrer_id, {depth}
        FROM memberships ms CROSS JOIN members m ON m.id = ms.member_id
        WHERE {memberships_where}"""


REFERRED = "EXISTS (SELECT 1 FROM members r WHERE r.referrer_id = b.member_id)"


def _rows(base: str, from_summary: bool, referred: str = REFERRED,
          days_table: bool = True) -> str:
    """SELECT of ``member_funnel`` rows over ``base`` (see ``_members_base``).

    ``from_summary`` reads first activity and purchases from ``member_activity`` (the bulk
    rebuild, and the refresh after a bulk load, once that table is up to date); triggers
    read ``activities`` instead, so that the order in which SQLite fires the triggers of
    one table does not matter. ``days_table``: the rebuild's ``temp.funnel_days`` holds
    the days the windows end on.
    """
    own = "a.member_id = b.member_id AND (b.scope = 0 OR a.community_id = b.scope)"
    if from_summary and days_table:
        # date() is ~0.3 us a call, several per row: look the days up instead
        d7, d30, d60 = "dd.d7", "dd.d30", "dd.d60"
    else:
        d7, d30, d60 = (f"date(b.day, '+{n} days')" for n in (ACTIVATION_DAYS, 30, 60))
    window = (f"EXISTS (SELECT 1 FROM activities a WHERE {own}"
              f" AND a.occurred_at >= {d30} AND a.occurred_at < {d60})")
    if from_summary:
        activated = f"coalesce(ma.first_at < {d7}, 0)"
        # the activities are read only when the first and last fall either side of the
        # window: otherwise the summary alone says
        retained = (f"CASE WHEN ma.last_at < {d30} OR ma.first_at >= {d60} THEN 0"
                    f" WHEN ma.first_at >= {d30} OR ma.last_at < {d60} THEN 1"
                    f" WHEN ma.member_id IS NULL THEN 0 ELSE {window} END")
        purchased = "coalesce(ma.purchases > 0, 0)"
        summary = ("LEFT JOIN temp.funnel_days dd ON dd.day = b.day" if days_table else ""
                   ) + (" LEFT JOIN member_activity ma ON ma.member_id = b.member_id"
                        " AND ma.community_id = b.scope")
    else:
        activated = f"EXISTS (SELECT 1 FROM activities a WHERE {own} AND a.occurred_at < {d7})"
        retained = window
        purchased = f"EXISTS (SELECT 1 FROM activities a WHERE {own} AND a.kind = '{PURCHASE}')"
        summary = ""
    return f"""
    SELECT b.scope, b.member_id, b.day, b.source, b.kept, {activated}, {retained},
           {referred}, {purchased}, b.referrer_id, b.depth
    FROM ({base}) AS b {summary}"""


#: The bulk rebuild's second step: memberships take what does not depend on the
#: community from the member's scope-0 row, rather than reading the members again.
_COMMUNITY_BASE = """
    SELECT ms.community_id AS scope, ms.member_id AS member_id,
           substr(ms.joined_at, 1, 10) AS day, f.source AS source, f.kept AS kept,
           f.referrer_id AS referrer_id, f.depth AS depth, f.referred AS referred
    FROM memberships ms CROSS JOIN member_funnel f ON f.scope = 0 AND f.member_id = ms.member_id"""


def _refresh(members: str, scopes: str | None = None, from_summary: bool = False) -> str:
    """Statements recomputing the rows of the members in ``members`` (a parenthesised SQL
    list or subquery), in ``scopes`` only when given; ``from_summary``: see ``_rows``."""
    # every scope a member can have: the key's seeks, with no index on member_id alone
    scoped = f" AND scope IN {scopes or EVERY_SCOPE}"
    zero = f" AND 0 IN {scopes}" if scopes else ""
    communities = f" AND ms.community_id IN {scopes}" if scopes else ""
    return f"""
    DELETE FROM member_funnel WHERE member_id IN {members}{scoped};
    INSERT INTO member_funnel {_rows(_members_base(
        f"m.id IN {members}{zero}", f"ms.member_id IN {members}{communities}"),
        from_summary, days_table=False)};"""


def _descendants(member: str) -> str:
    """``member`` and everyone whose referral chain passes through them, as far as the
    chain length is counted."""
    levels, level = [f"SELECT {member}"], f"SELECT id FROM members WHERE referrer_id = {member}"
    for _ in range(1, MAX_DEPTH):
        levels.append(level)
        level = f"SELECT id FROM members WHERE referrer_id IN ({level})"
    return "(" + " UNION ".join(levels) + ")"


def _daily(sign: str, row: str) -> str:
    kept = f"{row}.kept"
    counts = ", ".join(f"{sign}({kept} AND {row}.{c})" for c in COUNTS)
    updates = ", ".join(f"{c} = {c} + excluded.{c}" for c in ("everyone", "joined", *COUNTS))
    return f"""
    INSERT INTO funnel_daily VALUES ({row}.scope, {row}.day, {row}.source, {row}.depth,
        {sign}1, {sign}{kept}, {counts})
    ON CONFLICT (scope, day, source, depth) DO UPDATE SET {updates};"""


DAILY_TRIGGERS = {
    "funnel_daily_insert": f"""
CREATE TRIGGER funnel_daily_insert AFTER INSERT ON member_funnel BEGIN{_daily('+', 'NEW')}
END;""",
    "funnel_daily_delete": f"""
CREATE TRIGGER funnel_daily_delete AFTER DELETE ON member_funnel BEGIN{_daily('-', 'OLD')}
END;""",
    "funnel_daily_update": f"""
CREATE TRIGGER funnel_daily_update AFTER UPDATE ON member_funnel BEGIN{_daily('-', 'OLD')}
{_daily('+', 'NEW')}
END;""",
}

TRIGGERS = {
    "funnel_activity_insert": f"""
CREATE TRIGGER funnel_activity_insert AFTER INSERT ON activities BEGIN
{_refresh('(NEW.member_id)', '(0, NEW.community_id)')}
END;""",
    "funnel_activity_delete": f"""
CREATE TRIGGER funnel_activity_delete AFTER DELETE ON activities BEGIN
{_refresh('(OLD.member_id)', '(0, OLD.community_id)')}
END;""",
    "funnel_activity_update": f"""
CREATE TRIGGER funnel_activity_update
AFTER UPDATE OF member_id, community_id, occurred_at, kind ON activities BEGIN
{_refresh('(OLD.member_id)', '(0, OLD.community_id)')}
{_refresh('(NEW.member_id)', '(0, NEW.community_id)')}
END;""",
    "funnel_membership_insert": f"""
CREATE TRIGGER funnel_membership_insert AFTER INSERT ON memberships BEGIN
{_refresh('(NEW.member_id)', '(NEW.community_id)')}
END;""",
    "funnel_membership_delete": f"""
CREATE TRIGGER funnel_membership_delete AFTER DELETE ON memberships BEGIN
{_refresh('(OLD.member_id)', '(OLD.community_id)')}
END;""",
    "funnel_membership_update": f"""
CREATE TRIGGER funnel_membership_update
AFTER UPDATE OF member_id, community_id, joined_at ON memberships BEGIN
{_refresh('(OLD.member_id)', '(OLD.community_id)')}
{_refresh('(NEW.member_id)', '(NEW.community_id)')}
END;""",
    "funnel_member_insert": f"""
CREATE TRIGGER funnel_member_insert AFTER INSERT ON members BEGIN
{_refresh('(NEW.id, NEW.referrer_id)')}
END;""",
    "funnel_member_update": f"""
CREATE TRIGGER funnel_member_update
AFTER UPDATE OF created_at, source, deleted_at ON members BEGIN
{_refresh('(NEW.id)')}
END;""",
    # a new referrer changes the chain of everyone below, and who has referred anyone
    "funnel_member_referrer": f"""
CREATE TRIGGER funnel_member_referrer AFTER UPDATE OF referrer_id ON members BEGIN
{_refresh(_descendants('NEW.id'))}
{_refresh('(OLD.referrer_id, NEW.referrer_id)')}
END;""",
    "funnel_member_delete": f"""
CREATE TRIGGER funnel_member_delete AFTER DELETE ON members BEGIN
    DELETE FROM member_funnel WHERE member_id = OLD.id AND scope IN {EVERY_SCOPE};
{_refresh('(OLD.referrer_id)')}
END;""",
}


def create(conn: sqlite3.Connection) -> None:
    """Tables, indexes and triggers, filled, in a file that lacks them (format 9 installed them
    with its own frozen copy: ``models/schema/steps/v09.py``)."""
    install_summary(conn, TABLES, rebuild, TRIGGERS)


def rebuild(conn: sqlite3.Connection) -> None:
    """Fill both tables from the raw rows and ``member_activity`` (which must be up to
    date): one INSERT per table, without the per-row triggers of ``member_funnel``."""
    for name in DAILY_TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    conn.execute("DELETE FROM member_funnel")
    conn.execute("DELETE FROM funnel_daily")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS funnel_days"
                 " (day TEXT PRIMARY KEY, d7 TEXT, d30 TEXT, d60 TEXT) WITHOUT ROWID")
    conn.execute("DELETE FROM temp.funnel_days")
    conn.execute(f"""INSERT INTO temp.funnel_days
        WITH RECURSIVE span(first, last) AS (
            -- min(a, b) is NULL when either is: a workspace without memberships has days
            SELECT min(coalesce(m.first, ms.first), coalesce(ms.first, m.first)),
                   max(coalesce(m.last, ms.last), coalesce(ms.last, m.last))
            FROM (SELECT min(created_at) AS first, max(created_at) AS last FROM members) m,
                 (SELECT min(joined_at) AS first, max(joined_at) AS last FROM memberships) ms),
        days(day) AS (
            SELECT date(first) FROM span WHERE first IS NOT NULL
            UNION ALL SELECT date(day, '+1 day') FROM days, span WHERE day < substr(last, 1, 10))
        SELECT day, date(day, '+{ACTIVATION_DAYS} days'), date(day, '+30 days'),
               date(day, '+60 days') FROM days""")
    conn.execute(f"INSERT INTO member_funnel {_rows(_members_base('1', '0'), True)}")
    conn.execute(f"INSERT INTO member_funnel {_rows(_COMMUNITY_BASE, True, 'b.referred')}")
    conn.execute("DROP TABLE temp.funnel_days")
    sums = ", ".join(f"sum(kept AND {c})" for c in COUNTS)
    conn.execute(f"""INSERT INTO funnel_daily
        SELECT scope, day, source, depth, count(*), sum(kept), {sums}
        FROM member_funnel GROUP BY scope, day, source, depth""")
    for sql in DAILY_TRIGGERS.values():
        conn.execute(sql)


def refresh_members(conn: sqlite3.Connection, ids_sql: str, *,
                    from_summary: bool = False) -> None:
    """Recompute the rows of the members ``ids_sql`` selects, and of their referrers
    (after a bulk write that ran without the triggers).

    ``from_summary``: whether a member was activated and bought is read from
    ``member_activity`` (which must be up to date), as the rebuild reads it, instead of
    their activities: a member's purchases were looked for among all their rows (measured:
    3.8 s of CPU for 4,500 members after a million messages were loaded)."""
    members = f"(SELECT id FROM members WHERE id IN ({ids_sql}) UNION" \
              f" SELECT referrer_id FROM members WHERE id IN ({ids_sql}))"
    for statement in _refresh(members, from_summary=from_summary).split(";"):
        if statement.strip():
            conn.execute(statement)
