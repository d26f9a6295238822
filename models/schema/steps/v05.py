"""Format 5: what the calendar needs beyond format 1.

A recurring event is one row holding the RRULE; an occurrence edited on its own becomes a
row of its own (``parent_id`` -> the series, ``recurrence_id`` = the start it replaces, as
iCalendar's RECURRENCE-ID); a deleted occurrence is listed in ``exdates``. ``tzid`` keeps
the zone a series repeats in (wall-clock time across DST changes).
"""

from __future__ import annotations

import sqlite3

from models.schema.sql import run_script

VERSION = 5
SUMMARY = "calendar: recurrence exceptions, time zones, lookup indexes"

SQL = """
ALTER TABLE events ADD COLUMN parent_id INTEGER REFERENCES events(id) ON DELETE CASCADE;
ALTER TABLE events ADD COLUMN recurrence_id TEXT;
ALTER TABLE events ADD COLUMN exdates TEXT;
ALTER TABLE events ADD COLUMN tzid TEXT;
CREATE INDEX events_parent ON events(parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX events_recurring ON events(starts_at) WHERE rrule IS NOT NULL;
CREATE INDEX registrations_event ON registrations(event_id, status);
"""


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SQL)
