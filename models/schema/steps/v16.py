"""Format 16: custom fields, follow-ups, merges of duplicate members.

- ``custom_fields``: the fields a workspace adds to its members (孩子年龄, 会员到期日, 车型,
  尺码), each of one kind: text, number, date, choice (one option), choices (several),
  yesno. ``choices`` holds the options as a JSON array; ``position`` orders the fields in
  the profile and the roster.
- ``member_fields``: a member's values, one row per value, so a field with several options
  chosen has a row per option and a filter on any one of them is an index range. The value
  column has no declared type on purpose: a number is stored as a number (sorts and compares
  as one), a date as ``YYYY-MM-DD`` text, yes/no as 1/0, text as text.
  ``member_fields_value`` (field, value, member) serves the roster's filter and sort.
- ``follow_ups`` (跟进记录): a contact with a member: when, by which channel, what was said,
  and when to contact them next (``next_on``, a day in the workspace's time zone). A
  member's latest follow-up decides whether they are due: "to follow up today" lists the
  members whose latest ``next_on`` is today or past.
- ``member_merges``: a duplicate merged into the member kept (``member_id``; the gone
  record's id and name and what was taken from it, as JSON), for the timeline.
- ``not_duplicates``: pairs the operator said are two people, so the suggestions leave them.
"""

from __future__ import annotations

import sqlite3

from models.schema.sql import run_script

VERSION = 16
SUMMARY = "custom fields, follow-ups, merged duplicates"

SQL = """
CREATE TABLE custom_fields (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind        TEXT NOT NULL
                CHECK (kind IN ('text', 'number', 'date', 'choice', 'choices', 'yesno')),
    choices     TEXT,               -- JSON array of the options (choice, choices)
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL
);

CREATE TABLE member_fields (
    member_id  INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    field_id   INTEGER NOT NULL REFERENCES custom_fields(id) ON DELETE CASCADE,
    value      NOT NULL,            -- typed as the field's kind says (see above)
    PRIMARY KEY (member_id, field_id, value)
) WITHOUT ROWID;
CREATE INDEX member_fields_value ON member_fields(field_id, value, member_id);

CREATE TABLE follow_ups (
    id            INTEGER PRIMARY KEY,
    member_id     INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    community_id  INTEGER REFERENCES communities(id) ON DELETE SET NULL,
    at            TEXT NOT NULL,    -- when the contact happened (an instant)
    channel       TEXT NOT NULL,    -- 微信, 电话, 面谈, 短信, 邮件, 其他
    note          TEXT NOT NULL,
    next_on       TEXT,             -- YYYY-MM-DD: when to contact them again
    created_at    TEXT NOT NULL
);
CREATE INDEX follow_ups_member ON follow_ups(member_id, at);
CREATE INDEX follow_ups_next ON follow_ups(next_on) WHERE next_on IS NOT NULL;

CREATE TABLE member_merges (
    id           INTEGER PRIMARY KEY,
    member_id    INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,  -- kept
    merged_id    INTEGER NOT NULL,  -- the id the merged record had (gone since)
    merged_name  TEXT NOT NULL,
    merged_at    TEXT NOT NULL,
    detail       TEXT               -- JSON: the fields taken from the merged record
);
CREATE INDEX member_merges_member ON member_merges(member_id);

CREATE TABLE not_duplicates (
    first_id   INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    second_id  INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    marked_at  TEXT NOT NULL,
    PRIMARY KEY (first_id, second_id),
    CHECK (first_id < second_id)
) WITHOUT ROWID;
CREATE INDEX not_duplicates_second ON not_duplicates(second_id);
"""


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SQL)
