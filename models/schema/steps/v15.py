"""Format 15: every registration carries a ticket code (``registrations.code``).

The code is what a badge's or a ticket's QR code holds and what a scanner at the door
types: twelve digits, drawn at random by SQLite (``random()``, seeded from the system),
so one ticket tells nothing about the next (ids would). Digits only, because a USB or
Bluetooth scanner "types" its code as key presses, and a Chinese input method swallows
letters into its composition window while it lets digits through; digits are also QR's
most compact mode. 10^12 codes keep two registrations of one event apart with room to
spare (2,000 people: about one chance in 250,000 that two share a code); the index is not
unique, and a lookup names the event, so a code is checked against the event at the door.

The code is given once, when the registration is written (a trigger fills it when the
insert leaves it empty), and kept: undo and redo put the row back with its code, so a
printed badge stays valid.

``people_counts``: per community, kind (发言, 邀请) and member, how many such activities the
member has there, all time, kept by triggers on ``activities`` (bulk loads add their rows'
counts). A period's top speakers are read from it in descending count: a member's count
in any period is at most their count of all time, so the ranking counts exactly (from the
``activities_people`` index) only the members whose count of all time reaches the tenth
best found so far, and stops there (a year of ten million activities read every entry of
the index: 2-3 s at a million members).

``memberships.left_reason``: why a member left a community (退群), beside ``left_at``.
``memberships_role``: the roster's filter by role reads the few admins, KOLs ... of a
community from it, as its filter by status does from ``memberships_status``.
"""

from __future__ import annotations

import sqlite3

from models.schema.sql import run_script

VERSION = 15
SUMMARY = ("registrations: a ticket code for badges and scanners at the door;"
           " people_counts for the top speakers; why a member left a community")

#: Twelve random digits (``random()`` is a signed 64-bit integer).
_CODE = "printf('%012d', abs(random() % 1000000000000))"

_PEOPLE_ADD = """
    INSERT INTO people_counts SELECT {row}.community_id, {row}.kind, {row}.member_id, 1
    WHERE {row}.community_id IS NOT NULL AND {row}.kind IN ('发言', '邀请')
    ON CONFLICT (community_id, kind, member_id) DO UPDATE SET n = n + 1;"""
_PEOPLE_REMOVE = """
    UPDATE people_counts SET n = n - 1 WHERE community_id = {row}.community_id
      AND kind = {row}.kind AND member_id = {row}.member_id;
    DELETE FROM people_counts WHERE community_id = {row}.community_id
      AND kind = {row}.kind AND member_id = {row}.member_id AND n <= 0;"""
_PEOPLE_TRIGGERS = f"""
CREATE TRIGGER people_counts_insert AFTER INSERT ON activities
WHEN NEW.community_id IS NOT NULL AND NEW.kind IN ('发言', '邀请') BEGIN
{_PEOPLE_ADD.format(row='NEW')}
END;
CREATE TRIGGER people_counts_delete AFTER DELETE ON activities
WHEN OLD.community_id IS NOT NULL AND OLD.kind IN ('发言', '邀请') BEGIN
{_PEOPLE_REMOVE.format(row='OLD')}
END;
CREATE TRIGGER people_counts_update AFTER UPDATE OF member_id, community_id, kind ON activities
WHEN (OLD.community_id IS NOT NULL AND OLD.kind IN ('发言', '邀请'))
  OR (NEW.community_id IS NOT NULL AND NEW.kind IN ('发言', '邀请')) BEGIN
{_PEOPLE_REMOVE.format(row='OLD')}
{_PEOPLE_ADD.format(row='NEW')}
END;
"""

SQL = f"""
ALTER TABLE memberships ADD COLUMN left_reason TEXT;
CREATE INDEX memberships_role ON memberships(role, community_id);
ALTER TABLE registrations ADD COLUMN code TEXT;
UPDATE registrations SET code = {_CODE};
CREATE INDEX registrations_code ON registrations(code);
CREATE TRIGGER registrations_code AFTER INSERT ON registrations
    WHEN NEW.code IS NULL
BEGIN
    UPDATE registrations SET code = {_CODE} WHERE id = NEW.id;
END;

CREATE TABLE people_counts (
    community_id  INTEGER NOT NULL,
    kind          TEXT NOT NULL,     -- 发言 or 邀请
    member_id     INTEGER NOT NULL,
    n             INTEGER NOT NULL,  -- activities of that kind there, all time (> 0)
    PRIMARY KEY (community_id, kind, member_id)
) WITHOUT ROWID;
INSERT INTO people_counts
    SELECT community_id, kind, member_id, count(*) FROM activities INDEXED BY activities_people
    WHERE community_id IS NOT NULL AND kind IN ('发言', '邀请') GROUP BY 1, 2, 3;
CREATE INDEX people_counts_rank ON people_counts(community_id, kind, n);
{_PEOPLE_TRIGGERS}"""


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SQL)
