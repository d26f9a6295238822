"""Numbered steps that bring a workspace file up to the format this version writes.

``PRAGMA user_version`` holds the format number. Each step runs in one transaction that
also bumps the number, so a failed step leaves the file exactly at its old format. A
backup copy is taken before the first step on a file that already holds data.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from models.schema.schema_v1 import SCHEMA_V1

#: ``PRAGMA application_id`` of every workspace: 'QUNZ' in ASCII.
APPLICATION_ID = 0x51554E5A


@dataclass(frozen=True)
class Migration:
    version: int
    summary: str
    apply: Callable[[sqlite3.Connection], None]


def run_sql(script: str) -> Callable[[sqlite3.Connection], None]:
    """A step that runs ``script`` statement by statement inside the caller's transaction.

    (``executescript`` would commit first, which is exactly what a migration must not do.)
    """

    def apply(conn: sqlite3.Connection) -> None:
        for statement in split_statements(script):
            conn.execute(statement)

    return apply


def install_summary(conn: sqlite3.Connection, tables: str,
                    fill: Callable[[sqlite3.Connection], None], triggers: dict[str, str]) -> None:
    """A summary's migration step: its ``tables``, filled by ``fill``, then the
    ``triggers`` that keep it (after the fill, so it does not run them row by row)."""
    for statement in split_statements(tables):
        conn.execute(statement)
    fill(conn)
    for sql in triggers.values():
        conn.execute(sql)


def split_statements(script: str) -> Iterator[str]:
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                yield pending
            pending = ""
    if pending.strip() and not _only_comments(pending):
        raise ValueError(f"incomplete SQL statement in migration: {pending.strip()[:60]}")


def _only_comments(text: str) -> bool:
    return all(not line.strip() or line.strip().startswith("--") for line in text.splitlines())


def _v4(conn: sqlite3.Connection) -> None:
    from models.analytics import summary

    summary.create(conn)


def _v9(conn: sqlite3.Connection) -> None:
    from models.analytics import buyers_summary, funnel_summary, points_summary

    funnel_summary.create(conn)
    points_summary.create(conn)
    buyers_summary.create(conn)


def _v1(conn: sqlite3.Connection) -> None:
    run_sql(SCHEMA_V1)(conn)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


_V2 = """
-- Settings that belong to the workspace rather than to one computer (its time zone for
-- calendar files, reminder horizon ...), as text keyed by a stable name.
CREATE TABLE workspace_settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;
"""

def _v3(conn: sqlite3.Connection) -> None:
    from models.search import text_index
    from models.schema.schema_v3 import REFRESH_MEMBER_SUMMARIES, SCHEMA_V3, SEARCH_TRIGGERS

    run_sql(SCHEMA_V3)(conn)
    for statement in REFRESH_MEMBER_SUMMARIES:
        conn.execute(statement)
    text_index.refresh_columns(conn)
    run_sql(SEARCH_TRIGGERS)(conn)
    text_index.rebuild(conn)


# Format 5 (3 and 4 belong to other parts of the app): what the calendar needs beyond
# format 1. A recurring event is one row holding the RRULE; an occurrence edited on its own
# becomes a row of its own (``parent_id`` -> the series, ``recurrence_id`` = the start it
# replaces, as iCalendar's RECURRENCE-ID); a deleted occurrence is listed in ``exdates``.
# ``tzid`` keeps the zone a series repeats in (wall-clock time across DST changes).
_V5 = """
ALTER TABLE events ADD COLUMN parent_id INTEGER REFERENCES events(id) ON DELETE CASCADE;
ALTER TABLE events ADD COLUMN recurrence_id TEXT;
ALTER TABLE events ADD COLUMN exdates TEXT;
ALTER TABLE events ADD COLUMN tzid TEXT;
CREATE INDEX events_parent ON events(parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX events_recurring ON events(starts_at) WHERE rrule IS NOT NULL;
CREATE INDEX registrations_event ON registrations(event_id, status);
"""

# Format 6 (4 belongs to analytics): column mappings for imports, saved by name, so the
# next export from the same tool (企业微信, a form) maps itself. ``kind`` says what is
# imported ("members" now; checklists may follow) and mapping_json is {header text: field}.
_V6 = """
CREATE TABLE import_presets (
    name          TEXT PRIMARY KEY,
    kind          TEXT NOT NULL DEFAULT 'members',
    mapping_json  TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
"""


# Format 7 (6 belongs to another part of the app): the material checklists. The shipped
# templates (线下沙龙, 线上直播, 展会/市集); an index to find the items that draw on a
# material by status (stock reserved / used).
_V7 = """
CREATE INDEX checklist_items_material_status ON checklist_items(material_id, status)
    WHERE material_id IS NOT NULL;
CREATE INDEX checklists_live ON checklists(deleted_at, event_id);
"""


def _v7(conn: sqlite3.Connection) -> None:
    from models.materials.templates import insert_builtin

    run_sql(_V7)(conn)
    insert_builtin(conn)


# Format 8: the community plan beyond format 1. Group rules (群规) as numbered rows; the
# escalation policy per community ("3 warnings in 30 days -> mute 7 days"); where a need
# came from; indexes for the moderation lists and the needs backlog by priority.
_V8 = """
CREATE TABLE plan_rules (
    id        INTEGER PRIMARY KEY,
    plan_id   INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL DEFAULT 0,
    text      TEXT NOT NULL
);
CREATE INDEX plan_rules_plan ON plan_rules(plan_id, position);

-- A step of the escalation ladder: when a member already has ``threshold`` violations
-- handled with ``counted`` (any action when NULL) in this community within the last
-- ``window_days`` days, the next one is suggested ``action`` (a mute for ``mute_days``).
CREATE TABLE escalation_steps (
    id            INTEGER PRIMARY KEY,
    community_id  INTEGER NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL DEFAULT 0,
    threshold     INTEGER NOT NULL DEFAULT 1 CHECK (threshold >= 1),
    counted       TEXT,
    window_days   INTEGER NOT NULL DEFAULT 30 CHECK (window_days >= 1),
    action        TEXT NOT NULL,
    mute_days     INTEGER
);
CREATE INDEX escalation_steps_community ON escalation_steps(community_id, position);

-- The number a goal last showed, so the plan opens at once on a big workspace while the
-- live numbers are read again in the background.
ALTER TABLE plan_goals ADD COLUMN last_value REAL;
ALTER TABLE plan_goals ADD COLUMN last_measured_at TEXT;

ALTER TABLE needs ADD COLUMN source TEXT;
ALTER TABLE needs ADD COLUMN notes TEXT;
CREATE INDEX needs_community ON needs(community_id, status);
CREATE INDEX violations_member_community ON violations(member_id, community_id, occurred_at);
CREATE INDEX memberships_restricted ON memberships(community_id, status) WHERE status != 'active';
"""


# Format 10: the name index carries what a search tests on each name it walks past (the
# trash mark, the pinyin and one- and two-character pieces, the tags), so a walk of the
# roster in name order reads only the index, never a member's row it does not show:
# ~1 microsecond an entry instead of ~5 (models/search/query_plan.py). ``id`` follows the name,
# so the index gives the roster's exact order (name, then id) with no sorting.
_V10 = """
DROP INDEX members_by_name;
CREATE INDEX members_by_name ON members(name_key, id, deleted_at, search_head, search_pinyin,
    search_grams, tags_text);
"""


def _v11(conn: sqlite3.Connection) -> None:
    """Format 11: ``name_key`` ends its syllables below the space between them, so a name
    sorts before the longer names it starts (白斌 before 白斌博); every key is computed
    again (about a minute at a million members)."""
    from models.search import text_index

    text_index.refresh_name_keys(conn)


# Format 12: what a sign-up line (接龙) says beside the name: "+2" (people coming along,
# who take seats too) and a note ("新朋友", "带孩子"), kept on the registration rather than
# pasted into the member's name.
_V12 = """
ALTER TABLE registrations ADD COLUMN guests INTEGER NOT NULL DEFAULT 0 CHECK (guests >= 0);
ALTER TABLE registrations ADD COLUMN note TEXT;
"""


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "every table of DESIGN.md", _v1),
    Migration(2, "workspace settings", run_sql(_V2)),
    Migration(3, "roster: sortable summaries, search index, segments", _v3),
    Migration(4, "analytics summaries and date indexes", _v4),
    Migration(5, "calendar: recurrence exceptions, time zones, lookup indexes", run_sql(_V5)),
    Migration(6, "imports: column mappings saved as presets", run_sql(_V6)),
    Migration(7, "checklists: built-in templates, stock index", _v7),
    Migration(8, "plan: group rules, escalation policy, needs sources", run_sql(_V8)),
    Migration(9, "analytics: funnel, referral, points and buyers summaries", _v9),
    Migration(10, "roster: the name index covers the search's row tests", run_sql(_V10)),
    Migration(11, "roster: a name sorts before the longer names it starts", _v11),
    Migration(12, "registrations: guests and a note from the sign-up line", run_sql(_V12)),
)

LATEST_VERSION = MIGRATIONS[-1].version


def pending(current: int, target: int | None = None) -> list[Migration]:
    """The steps from format ``current`` up to ``target`` (the latest when None)."""
    last = LATEST_VERSION if target is None else target
    return [m for m in MIGRATIONS if current < m.version <= last]


def apply_step(conn: sqlite3.Connection, step: Migration) -> None:
    """Run one step and bump the format number, all in one transaction."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        step.apply(conn)
        conn.execute(f"PRAGMA user_version = {step.version}")
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise sqlite3.IntegrityError(f"foreign key check failed: {problems[:3]}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
