"""An erasure reaches the backups beside the workspace: no byte of the person is left."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from models.members import backup_purge, records
from models.members.backup_purge import purge_backups
from models.members.communities import create_community
from models.schema import migrations
from models.store import backup
from models.store.connection import integrity_check
from models.store.workspace import open_workspace

NANA = {"display_name": "欧阳娜娜", "nickname": "娜娜子", "phone": "13812345678",
        "wechat_id": "nana_wx88", "email": "nana@example.com", "city": "杭州",
        "notes": "住在西湖区文三路 秘密备注"}
#: Every identifying value of NANA, as the bytes a disk search would look for.
SECRETS = [v.encode() for k, v in NANA.items() if k != "city"] + ["秘密备注".encode()]


def _stamps(monkeypatch) -> None:
    names = iter(f"20261201-1200{n:02d}" for n in range(60))
    monkeypatch.setattr(backup, "stamp", lambda: next(names))


def _backup(ws) -> Path:
    ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    return backup.automatic_backup(ws.path, keep=20)


def _old_format_backup(ws_path: Path) -> Path:
    """A backup in format 2 (before the search index and its columns) holding NANA."""
    path = backup.backups_dir(ws_path) / "test-format2-20261101-120000.qunzhu"
    conn = sqlite3.connect(path, isolation_level=None)
    for step in migrations.pending(0, 2):
        migrations.apply_step(conn, step)
    conn.execute("INSERT INTO members (id, display_name, nickname, phone, wechat_id, email,"
                 " notes, created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
                 [NANA[k] for k in ("display_name", "nickname", "phone", "wechat_id", "email",
                                    "notes")] + ["2026-01-01T00:00:00+08:00"] * 2)
    conn.execute("INSERT INTO members (id, display_name, phone, created_at, updated_at)"
                 " VALUES (2, '王芳', '13900000000', 'x', 'x')")
    conn.execute("INSERT INTO tags (id, name) VALUES (1, '读书')")
    conn.execute("INSERT INTO member_tags VALUES (1, 1), (2, 1)")
    conn.close()
    return path


@pytest.fixture
def ws(workspace_path, monkeypatch):
    _stamps(monkeypatch)
    with open_workspace(workspace_path) as ws:
        club = create_community(ws.conn, "读书会").id
        ws.nana, _ = records.create_member(ws.conn, NANA, community_id=club)
        ws.wang, _ = records.create_member(ws.conn, {"display_name": "王芳",
                                                     "phone": "13900000000"},
                                           community_id=club)
        records.add_tags(ws.conn, [ws.nana, ws.wang], ["读书"])
        yield ws


def _erase(ws, ids) -> backup_purge.PurgeResult:
    people = backup_purge.identify(ws.conn, ids)  # before: the values are gone after
    records.erase_personal_data(ws.conn, ids)
    return purge_backups(ws.path, people)


def test_backups_keep_no_byte_of_an_erased_person(ws) -> None:
    first = _backup(ws)
    records.update_members(ws.conn, {ws.nana: {"notes": NANA["notes"] + " 改过一次"}})
    second = _backup(ws)
    old = _old_format_backup(ws.path)
    assert all(SECRETS[1] in p.read_bytes() for p in (first, second, old))  # they did hold her

    result = _erase(ws, [ws.nana])

    for path in (first, second, old):
        raw = path.read_bytes()
        assert not [s.decode() for s in SECRETS if s in raw], path.name
        conn = sqlite3.connect(path)
        assert integrity_check(conn) == ""
        assert conn.execute("SELECT display_name, phone FROM members WHERE id = 2"
                            ).fetchone() == ("王芳", "13900000000")  # the others stay
        assert conn.execute("SELECT count(*) FROM member_tags WHERE member_id = 2"
                            ).fetchone()[0] == 1
        if path != old:  # and the search index still finds them, and not her
            found = [r[0] for r in conn.execute(
                "SELECT rowid FROM member_search WHERE member_search MATCH '\"1390000\"'")]
            assert found == [ws.wang]
            assert not conn.execute("SELECT rowid FROM member_search"
                                    " WHERE member_search MATCH '\"nana\"'").fetchall()
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        conn.close()
    assert sorted(result.purged) == sorted([first, second, old]) and not result.failed
    assert not [p for p in backup.backups_dir(ws.path).iterdir() if ".partial" in p.name]


def test_backup_row_is_erased_as_the_workspace_row_was(ws) -> None:
    copy = _backup(ws)
    _erase(ws, [ws.nana])
    columns = ", ".join(c for c in records.MEMBER_COLUMNS if c != "updated_at")
    query = f"SELECT {columns} FROM members WHERE id = ?"
    kept = ws.conn.execute(query, (ws.nana,)).fetchone()
    conn = sqlite3.connect(copy)
    assert conn.execute(query, (ws.nana,)).fetchone() == kept
    conn.close()


def test_someone_else_under_a_reused_id_is_left_alone(ws, monkeypatch) -> None:
    """SQLite gives a new member the highest id again after it was deleted for good."""
    times = iter(f"2026-12-01T12:00:{n:02d}+08:00" for n in range(60))
    monkeypatch.setattr(records, "now_iso", lambda: next(times))
    records.set_deleted(ws.conn, [ws.wang], True)
    records.empty_trash(ws.conn, [ws.wang])
    # a backup from when 王芳 held the highest id
    ws.wang, _ = records.create_member(ws.conn, {"display_name": "王芳", "phone": "13900000000"})
    copy_with_wang = _backup(ws)
    records.set_deleted(ws.conn, [ws.wang], True)
    records.empty_trash(ws.conn, [ws.wang])
    stranger, _ = records.create_member(ws.conn, {"display_name": "李雷", "phone": "13700000000"})
    assert stranger == ws.wang, "the id was reused"
    before_wang_left = copy_with_wang.read_bytes()

    result = _erase(ws, [stranger])

    assert result.clean == [copy_with_wang] and not result.purged
    assert copy_with_wang.read_bytes() == before_wang_left


def test_a_value_someone_else_still_has_is_not_a_key(ws) -> None:
    """A family phone shared by two members: erasing one keeps the other in the backups."""
    records.update_members(ws.conn, {ws.wang: {"phone": NANA["phone"]}})
    copy = _backup(ws)
    other, _ = records.create_member(ws.conn, {"display_name": "张三", "phone": NANA["phone"]})
    result = _erase(ws, [other])  # 张三 is not in the backup; his phone is 王芳's and 娜娜's
    assert result.clean == [copy]
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT count(*) FROM members WHERE phone = ?",
                        (NANA["phone"],)).fetchone()[0] == 2
    conn.close()


def test_the_person_under_another_id_is_found_by_phone(ws) -> None:
    """A record merged away since (or re-created): same phone, different id."""
    copy = _backup(ws)
    records.set_deleted(ws.conn, [ws.nana], True)
    records.empty_trash(ws.conn, [ws.nana])
    again, _ = records.create_member(ws.conn, {"display_name": "娜娜", "phone": NANA["phone"]})
    result = _erase(ws, [again])
    assert result.purged == [copy]
    assert NANA["phone"].encode() not in copy.read_bytes()
    assert NANA["display_name"].encode() not in copy.read_bytes()


def test_unreadable_backups_are_reported_and_partials_skipped(ws) -> None:
    good = _backup(ws)
    folder = backup.backups_dir(ws.path)
    damaged = folder / "auto-20261130-000000.qunzhu"
    damaged.write_bytes(good.read_bytes()[:4096] + b"\x00garbage" * 2000)
    partial = folder / "auto-20261202-000000.qunzhu.partial"
    partial.write_bytes(b"half a copy")
    result = _erase(ws, [ws.nana])
    assert result.purged == [good]
    assert [p for p, _ in result.failed] == [damaged] and result.failed[0][1]
    assert partial.read_bytes() == b"half a copy"
    assert result.total == 2


def test_no_backups_folder_is_nothing_to_do(ws) -> None:
    result = _erase(ws, [ws.nana])
    assert result.total == 0


def test_cancel_mid_file_leaves_every_backup_as_it_was(ws, monkeypatch) -> None:
    copies = [_backup(ws), _backup(ws)]
    before = [p.read_bytes() for p in copies]
    folder = backup.backups_dir(ws.path)
    crashed = folder / (copies[0].name + ".partial-purge")  # a scratch copy from a crash
    crashed.write_bytes(copies[0].read_bytes())
    monkeypatch.setattr(backup_purge._Asker, "EVERY", 0)
    monkeypatch.setattr(backup_purge, "_STEPS", 50)
    answers = iter([True, True])  # go on twice, then stop in the middle of the first file
    people = backup_purge.identify(ws.conn, [ws.nana])
    records.erase_personal_data(ws.conn, [ws.nana])
    result = purge_backups(ws.path, people, lambda *_: next(answers, False))
    assert result.failed == [(p, backup_purge.CANCELLED) for p in copies]
    assert [p.read_bytes() for p in copies] == before
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in copies)
