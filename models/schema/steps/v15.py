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
"""

from __future__ import annotations

import sqlite3

from models.schema.sql import run_script

VERSION = 15
SUMMARY = "registrations: a ticket code for badges and scanners at the door"

#: Twelve random digits (``random()`` is a signed 64-bit integer).
_CODE = "printf('%012d', abs(random() % 1000000000000))"

SQL = f"""
ALTER TABLE registrations ADD COLUMN code TEXT;
UPDATE registrations SET code = {_CODE};
CREATE INDEX registrations_code ON registrations(code);
CREATE TRIGGER registrations_code AFTER INSERT ON registrations
    WHEN NEW.code IS NULL
BEGIN
    UPDATE registrations SET code = {_CODE} WHERE id = NEW.id;
END;
"""


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SQL)
