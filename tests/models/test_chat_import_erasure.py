"""Erasing a member (PIPL) erases what chat imports kept of them: the identities they were
matched by and the texts of their messages, in the workspace and in its backups."""

from __future__ import annotations

import sqlite3

from models.activity import identities
from models.members import backup_purge, records
from models.store import backup
from tests.models.chat_fixtures import chat_ws, import_records, qq, say  # noqa: F401

SECRET = "我家住在西湖区文三路99号"


def test_erasure_removes_identities_and_kept_texts_here_and_in_backups(ws, monkeypatch):
    names = iter(f"20261201-1200{n:02d}" for n in range(60))
    monkeypatch.setattr(backup, "stamp", lambda: next(names))
    import_records(ws.conn, ws.club, [say(qq("张伟", "10001"), "2026-03-01 09:00:00", SECRET),
                                      say(qq("小明", "20002"), "2026-03-01 09:01:00", "早")],
                   keep_text=True)
    assert identities.lookup(ws.conn, "qq", "10001") == ws.zhang
    ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    copy = backup.automatic_backup(ws.path, keep=5)
    assert SECRET.encode() in copy.read_bytes() and b"10001" in copy.read_bytes()

    people = backup_purge.identify(ws.conn, [ws.zhang])
    records.erase_personal_data(ws.conn, [ws.zhang])
    result = backup_purge.purge_backups(ws.path, people)

    assert identities.of_member(ws.conn, ws.zhang) == []
    assert identities.lookup(ws.conn, "qq", "10001") is None
    assert ws.conn.execute("SELECT text FROM activity_texts").fetchall() == [("早",)]
    assert ws.conn.execute("SELECT count(*) FROM activities WHERE member_id = ?",
                           (ws.zhang,)).fetchone()[0] == 1  # who, when and where stay
    assert result.purged == [copy] and not result.failed
    raw = copy.read_bytes()
    assert SECRET.encode() not in raw and b"10001" not in raw
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT count(*) FROM member_identities WHERE member_id = ?",
                        (ws.zhang,)).fetchone()[0] == 0
    assert conn.execute("SELECT text FROM activity_texts").fetchall() == [("早",)]
    conn.close()
