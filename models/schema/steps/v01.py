"""Format 1 of the workspace: every table DESIGN.md names.

Later formats add to this through the later steps; this text never changes, because old
files were made from it.
"""

from __future__ import annotations

import sqlite3

from models.schema.sql import run_script

VERSION = 1
SUMMARY = "every table of DESIGN.md"

#: ``PRAGMA application_id`` of every workspace: 'QUNZ' in ASCII.
APPLICATION_ID = 0x51554E5A

SCHEMA_V1 = """
CREATE TABLE communities (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    platform     TEXT NOT NULL DEFAULT '微信群',
    positioning  TEXT NOT NULL DEFAULT '',
    tone         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    archived     INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

CREATE TABLE members (
    id              INTEGER PRIMARY KEY,
    display_name    TEXT NOT NULL,
    nickname        TEXT,
    gender          TEXT CHECK (gender IN ('男', '女')),
    birth_year      INTEGER,
    city            TEXT,
    occupation      TEXT,
    phone           TEXT,
    wechat_id       TEXT,
    email           TEXT,
    source          TEXT,
    referrer_id     INTEGER REFERENCES members(id) ON DELETE SET NULL,
    interests       TEXT,
    spending_level  TEXT,
    lifecycle       TEXT,
    consent_at      TEXT,
    consent_purpose TEXT,
    notes           TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted_at      TEXT
);
CREATE INDEX members_phone ON members(phone) WHERE phone IS NOT NULL;
CREATE INDEX members_wechat_id ON members(wechat_id) WHERE wechat_id IS NOT NULL;
CREATE INDEX members_email ON members(email) WHERE email IS NOT NULL;
CREATE INDEX members_referrer ON members(referrer_id) WHERE referrer_id IS NOT NULL;
CREATE INDEX members_deleted ON members(deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE memberships (
    id            INTEGER PRIMARY KEY,
    member_id     INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    community_id  INTEGER NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
    role          TEXT NOT NULL DEFAULT '成员',
    joined_at     TEXT NOT NULL,
    left_at       TEXT,
    status        TEXT NOT NULL DEFAULT 'active'
                  CHECK (status IN ('active', 'muted', 'removed', 'banned')),
    UNIQUE (member_id, community_id)
);
CREATE INDEX memberships_community ON memberships(community_id, joined_at);

CREATE TABLE tags (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE,
    color  TEXT
);

CREATE TABLE member_tags (
    member_id  INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (member_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX member_tags_tag ON member_tags(tag_id, member_id);

CREATE TABLE activities (
    id            INTEGER PRIMARY KEY,
    member_id     INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    community_id  INTEGER REFERENCES communities(id) ON DELETE SET NULL,
    event_id      INTEGER REFERENCES events(id) ON DELETE SET NULL,
    occurred_at   TEXT NOT NULL,
    kind          TEXT NOT NULL,
    amount        INTEGER NOT NULL DEFAULT 0  -- fen
);
CREATE INDEX activities_member ON activities(member_id, occurred_at);
CREATE INDEX activities_community ON activities(community_id, occurred_at);
CREATE INDEX activities_event ON activities(event_id) WHERE event_id IS NOT NULL;

CREATE TABLE points_ledger (
    id           INTEGER PRIMARY KEY,
    member_id    INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    delta        INTEGER NOT NULL,
    reason       TEXT NOT NULL DEFAULT '',
    occurred_at  TEXT NOT NULL
);
CREATE INDEX points_ledger_member ON points_ledger(member_id, occurred_at);

CREATE TABLE violations (
    id            INTEGER PRIMARY KEY,
    member_id     INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    community_id  INTEGER REFERENCES communities(id) ON DELETE SET NULL,
    occurred_at   TEXT NOT NULL,
    rule          TEXT NOT NULL DEFAULT '',
    action        TEXT NOT NULL,
    until         TEXT,
    handled_by    TEXT,
    notes         TEXT
);
CREATE INDEX violations_member ON violations(member_id, occurred_at);
CREATE INDEX violations_community ON violations(community_id, occurred_at);

CREATE TABLE needs (
    id            INTEGER PRIMARY KEY,
    member_id     INTEGER REFERENCES members(id) ON DELETE SET NULL,
    community_id  INTEGER REFERENCES communities(id) ON DELETE SET NULL,
    text          TEXT NOT NULL,
    kind          TEXT NOT NULL DEFAULT '共性',
    urgency       INTEGER NOT NULL DEFAULT 3 CHECK (urgency BETWEEN 1 AND 5),
    importance    INTEGER NOT NULL DEFAULT 3 CHECK (importance BETWEEN 1 AND 5),
    status        TEXT NOT NULL DEFAULT 'new',
    created_at    TEXT NOT NULL
);
CREATE INDEX needs_member ON needs(member_id) WHERE member_id IS NOT NULL;

CREATE TABLE plans (
    id            INTEGER PRIMARY KEY,
    community_id  INTEGER NOT NULL UNIQUE REFERENCES communities(id) ON DELETE CASCADE,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

-- One row per written part of a plan (目标用户, 定位, 内容策略 ...), keyed by a stable name.
CREATE TABLE plan_sections (
    plan_id  INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    section  TEXT NOT NULL,
    body     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (plan_id, section)
) WITHOUT ROWID;

CREATE TABLE plan_goals (
    id            INTEGER PRIMARY KEY,
    plan_id       INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL DEFAULT 0,
    title         TEXT NOT NULL,
    metric        TEXT NOT NULL DEFAULT 'manual',
    baseline      REAL,
    target        REAL,
    manual_value  REAL,
    starts_on     TEXT,
    due_on        TEXT
);
CREATE INDEX plan_goals_plan ON plan_goals(plan_id, position);

CREATE TABLE plan_roles (
    id           INTEGER PRIMARY KEY,
    plan_id      INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL DEFAULT 0,
    role         TEXT NOT NULL,
    duties       TEXT NOT NULL DEFAULT '',
    member_id    INTEGER REFERENCES members(id) ON DELETE SET NULL,
    person       TEXT
);
CREATE INDEX plan_roles_plan ON plan_roles(plan_id, position);

CREATE TABLE plan_risks (
    id           INTEGER PRIMARY KEY,
    plan_id      INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    description  TEXT NOT NULL,
    category     TEXT NOT NULL DEFAULT '其他',
    likelihood   INTEGER NOT NULL DEFAULT 3 CHECK (likelihood BETWEEN 1 AND 5),
    impact       INTEGER NOT NULL DEFAULT 3 CHECK (impact BETWEEN 1 AND 5),
    mitigation   TEXT NOT NULL DEFAULT '',
    owner        TEXT,
    status       TEXT NOT NULL DEFAULT 'open'
);
CREATE INDEX plan_risks_plan ON plan_risks(plan_id);

CREATE TABLE plan_stages (
    id         INTEGER PRIMARY KEY,
    plan_id    INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    step       INTEGER NOT NULL CHECK (step BETWEEN 1 AND 7),
    status     TEXT NOT NULL DEFAULT 'todo',
    starts_on  TEXT,
    due_on     TEXT,
    notes      TEXT NOT NULL DEFAULT '',
    UNIQUE (plan_id, step)
);

CREATE TABLE events (
    id                    INTEGER PRIMARY KEY,
    uid                   TEXT NOT NULL UNIQUE,  -- iCalendar UID, stable across exports
    sequence              INTEGER NOT NULL DEFAULT 0,
    community_id          INTEGER REFERENCES communities(id) ON DELETE SET NULL,
    title                 TEXT NOT NULL,
    kind                  TEXT NOT NULL DEFAULT '其他',
    online                INTEGER NOT NULL DEFAULT 0 CHECK (online IN (0, 1)),
    location              TEXT,
    link                  TEXT,
    starts_at             TEXT NOT NULL,
    ends_at               TEXT,
    all_day               INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),
    rrule                 TEXT,
    capacity              INTEGER,
    budget                INTEGER,  -- fen
    owner                 TEXT,
    status                TEXT NOT NULL DEFAULT '草稿',
    description           TEXT,
    expected_attendance   INTEGER,
    expected_new_members  INTEGER,
    actual_new_members    INTEGER,
    conversions           INTEGER,
    revenue               INTEGER,  -- fen
    actual_cost           INTEGER,  -- fen
    outcome_notes         TEXT,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    deleted_at            TEXT
);
CREATE INDEX events_starts ON events(starts_at);
CREATE INDEX events_community ON events(community_id, starts_at);

CREATE TABLE registrations (
    id              INTEGER PRIMARY KEY,
    event_id        INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    member_id       INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    status          TEXT NOT NULL DEFAULT 'registered'
                    CHECK (status IN ('registered', 'waitlisted', 'cancelled')),
    registered_at   TEXT NOT NULL,
    checked_in_at   TEXT,
    walk_in         INTEGER NOT NULL DEFAULT 0 CHECK (walk_in IN (0, 1)),
    UNIQUE (event_id, member_id)
);
CREATE INDEX registrations_member ON registrations(member_id);

CREATE TABLE materials (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    category    TEXT NOT NULL DEFAULT '其他',
    spec        TEXT,
    unit        TEXT,
    unit_price  INTEGER,  -- fen
    supplier    TEXT,
    on_hand     INTEGER NOT NULL DEFAULT 0,
    location    TEXT,
    notes       TEXT,
    deleted_at  TEXT
);

CREATE TABLE checklists (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER REFERENCES events(id) ON DELETE SET NULL,
    title       TEXT NOT NULL,
    notes       TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX checklists_event ON checklists(event_id) WHERE event_id IS NOT NULL;

CREATE TABLE checklist_items (
    id            INTEGER PRIMARY KEY,
    checklist_id  INTEGER NOT NULL REFERENCES checklists(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL DEFAULT 0,
    name          TEXT NOT NULL,
    category      TEXT NOT NULL DEFAULT '其他',
    spec          TEXT,
    quantity      INTEGER,
    unit          TEXT,
    unit_price    INTEGER,  -- fen
    supplier      TEXT,
    owner         TEXT,
    due_on        TEXT,
    status        TEXT NOT NULL DEFAULT '待准备',
    location      TEXT,
    material_id   INTEGER REFERENCES materials(id) ON DELETE SET NULL,
    notes         TEXT
);
CREATE INDEX checklist_items_checklist ON checklist_items(checklist_id, position);
CREATE INDEX checklist_items_material ON checklist_items(material_id)
    WHERE material_id IS NOT NULL;

CREATE TABLE checklist_templates (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    description  TEXT NOT NULL DEFAULT '',
    items_json   TEXT NOT NULL DEFAULT '[]',
    builtin      INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    created_at   TEXT NOT NULL
);
"""


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SCHEMA_V1)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
