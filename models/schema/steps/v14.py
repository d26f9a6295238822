"""Format 14: the community's real life in (chat records, orders, quick logging), points
rules and honours.

- ``activities.import_key``: a 64-bit key of where an imported activity came from (one
  message of one chat export, one order number), unique, so importing a file again or an
  overlapping later export adds nothing twice, and a re-imported order that is now
  refunded finds the purchase to take back. ``activities.note``: what the operator wrote
  when logging an interaction by hand. ``activities_people``: a community's top speakers
  and inviters of a period, read in member order from the index alone (a year of a
  community at ten million activities: 1.2 s instead of 20 s).
- ``activity_texts``: a message's text, kept only when the operator asks (keyword
  counts); by default a chat import stores who, when, which kind and where, not what.
- ``member_identities``: the handles a member is known by on a platform (a QQ number, a
  wxid, a Telegram or Discord user id) or, with a community, a group nickname; the next
  export of the same group matches itself. Erasing a member erases them (cascade).
- ``points_rules``: per community, points for a kind of activity, per activity or per
  ``per_fen`` of its amount, at most ``daily_cap`` a day; the ledger rows they grant point
  at the activity and the rule (deleting the activity takes its points back).
- ``honours`` / ``member_honours``: titles granted at thresholds (points, events attended,
  members invited, months active), shown in the roster through ``members.honours_text``.
- The funnel of a workspace without any membership: the bulk rebuild (formats 9 and 13,
  and big imports) found no days to look its windows up in and wrote every member as
  not activated, not retained, not a buyer. Those rows are counted again here (the
  ``funnel_daily`` triggers carry the change).
"""

from __future__ import annotations

import sqlite3

from models.schema.sql import run_script

VERSION = 14
SUMMARY = "chat and order imports, identities, points rules and honours"

SQL = """
ALTER TABLE activities ADD COLUMN import_key INTEGER;
ALTER TABLE activities ADD COLUMN note TEXT;
CREATE UNIQUE INDEX activities_import_key ON activities(import_key)
    WHERE import_key IS NOT NULL;
CREATE INDEX activities_people ON activities(community_id, kind, member_id, occurred_at)
    WHERE kind IN ('发言', '邀请');

CREATE TABLE activity_texts (
    activity_id  INTEGER PRIMARY KEY REFERENCES activities(id) ON DELETE CASCADE,
    text         TEXT NOT NULL
);

CREATE TABLE member_identities (
    id            INTEGER PRIMARY KEY,
    member_id     INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    platform      TEXT NOT NULL,   -- qq, wechat, telegram, discord; nickname (with a community)
    value         TEXT NOT NULL,
    community_id  INTEGER REFERENCES communities(id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX member_identities_key
    ON member_identities(platform, ifnull(community_id, 0), value);
CREATE INDEX member_identities_member ON member_identities(member_id);

CREATE TABLE points_rules (
    id            INTEGER PRIMARY KEY,
    community_id  INTEGER NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,
    points        INTEGER NOT NULL CHECK (points <> 0),
    per_fen       INTEGER CHECK (per_fen > 0),     -- NULL: per activity
    daily_cap     INTEGER CHECK (daily_cap > 0),   -- NULL: no cap
    created_at    TEXT NOT NULL,
    UNIQUE (community_id, kind)
);
ALTER TABLE points_ledger ADD COLUMN activity_id INTEGER
    REFERENCES activities(id) ON DELETE CASCADE;
ALTER TABLE points_ledger ADD COLUMN rule_id INTEGER
    REFERENCES points_rules(id) ON DELETE SET NULL;
CREATE INDEX points_ledger_activity ON points_ledger(activity_id)
    WHERE activity_id IS NOT NULL;
CREATE INDEX points_ledger_rule ON points_ledger(rule_id, member_id, occurred_at)
    WHERE rule_id IS NOT NULL;

CREATE TABLE honours (
    id            INTEGER PRIMARY KEY,
    community_id  INTEGER REFERENCES communities(id) ON DELETE CASCADE,  -- NULL: every community
    name          TEXT NOT NULL,
    metric        TEXT NOT NULL
                  CHECK (metric IN ('points', 'events', 'invited', 'months_active')),
    threshold     INTEGER NOT NULL CHECK (threshold > 0),
    created_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX honours_name ON honours(ifnull(community_id, 0), name);
CREATE TABLE member_honours (
    honour_id   INTEGER NOT NULL REFERENCES honours(id) ON DELETE CASCADE,
    member_id   INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    granted_at  TEXT NOT NULL,
    PRIMARY KEY (honour_id, member_id)
) WITHOUT ROWID;
CREATE INDEX member_honours_member ON member_honours(member_id);

ALTER TABLE members ADD COLUMN honours_text TEXT NOT NULL DEFAULT '';
CREATE INDEX members_by_honours ON members(honours_text);  -- sorted by, as tags are
"""

#: ``members.honours_text``: the member's honours by name, kept by triggers like tags_text.
_HONOURS_TEXT = """(SELECT coalesce(group_concat(name, '、'), '') FROM (
    SELECT h.name FROM member_honours mh JOIN honours h ON h.id = mh.honour_id
    WHERE mh.member_id = {member} ORDER BY h.threshold DESC, h.name))"""

TRIGGERS = f"""
CREATE TRIGGER member_honours_add AFTER INSERT ON member_honours BEGIN
    UPDATE members SET honours_text = {_HONOURS_TEXT.format(member="NEW.member_id")}
    WHERE id = NEW.member_id;
END;
CREATE TRIGGER member_honours_remove AFTER DELETE ON member_honours BEGIN
    UPDATE members SET honours_text = {_HONOURS_TEXT.format(member="OLD.member_id")}
    WHERE id = OLD.member_id;
END;
CREATE TRIGGER honours_renamed AFTER UPDATE OF name, threshold ON honours BEGIN
    UPDATE members SET honours_text = {_HONOURS_TEXT.format(member="members.id")}
    WHERE id IN (SELECT member_id FROM member_honours WHERE honour_id = NEW.id);
END;
"""


#: The scope-0 funnel flags of a workspace without memberships, from the activities (as
#: the funnel's triggers compute them).
_FUNNEL_WITHOUT_MEMBERSHIPS = """
UPDATE member_funnel SET
    activated = EXISTS (SELECT 1 FROM activities a WHERE a.member_id = member_funnel.member_id
                        AND a.occurred_at < date(member_funnel.day, '+7 days')),
    retained = EXISTS (SELECT 1 FROM activities a WHERE a.member_id = member_funnel.member_id
                       AND a.occurred_at >= date(member_funnel.day, '+30 days')
                       AND a.occurred_at < date(member_funnel.day, '+60 days')),
    purchased = EXISTS (SELECT 1 FROM activities a WHERE a.member_id = member_funnel.member_id
                        AND a.kind = '购买')
WHERE scope = 0 AND NOT EXISTS (SELECT 1 FROM memberships)
"""


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SQL)
    run_script(conn, TRIGGERS)
    conn.execute(_FUNNEL_WITHOUT_MEMBERSHIPS)
