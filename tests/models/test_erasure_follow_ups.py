"""Erasing a member (PIPL) erases what the operator wrote about them (format 16): their
custom field values, follow-ups and merge records, in the workspace and in its backups."""

from __future__ import annotations

import sqlite3

from models.members import backup_purge, records
from models.store import backup
from tests.models.chat_fixtures import chat_ws  # noqa: F401

SECRET = "孩子在文三路小学读二年级"


def _write_about(conn: sqlite3.Connection, member_id: int) -> None:
    with conn:
        field = conn.execute("INSERT INTO custom_fields (name, kind, created_at) VALUES"
                             " ('孩子学校', 'text', '2026-12-01T10:00:00+08:00')").lastrowid
        conn.execute("INSERT INTO member_fields VALUES (?, ?, ?)", (member_id, field, SECRET))
        conn.execute("INSERT INTO follow_ups (member_id, at, channel, note, next_on,"
                     " created_at) VALUES (?, '2026-12-01T10:00:00+08:00', '电话', ?,"
                     " '2026-12-08', '2026-12-01T10:00:00+08:00')", (member_id, SECRET))
        conn.execute("INSERT INTO member_merges (member_id, merged_id, merged_name, merged_at,"
                     " detail) VALUES (?, 999, '张伟（旧）', '2026-12-01T10:00:00+08:00', ?)",
                     (member_id, f'{{"note": "{SECRET}"}}'))


def _rows_about(conn: sqlite3.Connection, member_id: int) -> dict[str, int]:
    return {table: conn.execute(f"SELECT count(*) FROM {table} WHERE member_id = ?",
                                (member_id,)).fetchone()[0]
            for table in ("member_fields", "follow_ups", "member_merges")}


def test_erasure_removes_fields_follow_ups_and_merges_here_and_in_backups(ws, monkeypatch):
    names = iter(f"20261201-1300{n:02d}" for n in range(60))
    monkeypatch.setattr(backup, "stamp", lambda: next(names))
    _write_about(ws.conn, ws.zhang)
    ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    copy = backup.automatic_backup(ws.path, keep=5)
    assert SECRET.encode() in copy.read_bytes()

    people = backup_purge.identify(ws.conn, [ws.zhang])
    records.erase_personal_data(ws.conn, [ws.zhang])
    result = backup_purge.purge_backups(ws.path, people)

    assert _rows_about(ws.conn, ws.zhang) == dict.fromkeys(_rows_about(ws.conn, 0), 0)
    assert result.purged == [copy] and not result.failed
    assert SECRET.encode() not in copy.read_bytes()
    conn = sqlite3.connect(copy)
    assert set(_rows_about(conn, ws.zhang).values()) == {0}
    conn.close()
