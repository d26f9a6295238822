"""Format 8: the community plan beyond format 1.

Group rules (群规) as numbered rows; the escalation policy per community ("3 warnings in
30 days -> mute 7 days"); where a need came from; indexes for the moderation lists and the
needs backlog by priority.
"""

from __future__ import annotations

import sqlite3

from models.schema.sql import run_script

VERSION = 8
SUMMARY = "plan: group rules, escalation policy, needs sources"

SQL = """
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


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SQL)
