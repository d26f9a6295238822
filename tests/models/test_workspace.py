"""Opening, creating, upgrading and refusing workspace files."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from models.core.errors import (
    DamagedWorkspaceError,
    MigrationError,
    NewerVersionError,
    NotAWorkspaceError,
    WorkspaceLockedError,
)
from models.schema import migrations
from models.store.backup import backups_dir
from models.store.lock import lock_path_for
from models.store.workspace import open_workspace

ROOT = Path(__file__).resolve().parents[2]

DESIGN_TABLES = {
    "communities", "members", "memberships", "tags", "member_tags", "activities",
    "points_ledger", "violations", "needs", "plans", "plan_goals", "plan_roles", "plan_risks",
    "plan_stages", "events", "registrations", "materials", "checklists", "checklist_items",
    "checklist_templates",
}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}


def make_v1_file(path: Path) -> None:
    """A workspace as the first released format wrote it, with a little data in it."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.apply_step(conn, migrations.MIGRATIONS[0])
    conn.execute("INSERT INTO communities (name, created_at)"
                 " VALUES ('老群', '2025-01-01T00:00:00+08:00')")
    conn.execute(
        "INSERT INTO members (display_name, phone, created_at, updated_at)"
        " VALUES ('张伟', '13800138000', '2025-01-02T10:00:00+08:00', '2025-01-02T10:00:00+08:00')")
    conn.close()


def test_fresh_workspace_has_every_table_and_the_pragmas(workspace_path):
    with open_workspace(workspace_path) as ws:
        assert ws.schema_version == migrations.LATEST_VERSION
        assert DESIGN_TABLES <= tables(ws.conn)
        c = ws.conn
        assert c.execute("PRAGMA application_id").fetchone()[0] == migrations.APPLICATION_ID
        assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert c.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert c.execute("PRAGMA busy_timeout").fetchone()[0] > 0
    assert not backups_dir(workspace_path).exists(), "a new file needs no backup"


def test_foreign_keys_are_enforced(workspace_path):
    with open_workspace(workspace_path) as ws, pytest.raises(sqlite3.IntegrityError):
        ws.conn.execute(
            "INSERT INTO memberships (member_id, community_id, joined_at) VALUES (99, 99, 'x')")


def test_empty_sqlite_file_counts_as_format_zero_and_is_created(workspace_path):
    sqlite3.connect(workspace_path).close()  # 0 bytes, like a file made by "touch"
    with open_workspace(workspace_path) as ws:
        assert ws.schema_version == migrations.LATEST_VERSION


def test_older_file_is_upgraded_after_a_backup_and_keeps_its_data(workspace_path):
    make_v1_file(workspace_path)
    with open_workspace(workspace_path) as ws:
        assert ws.schema_version == migrations.LATEST_VERSION
        assert "workspace_settings" in tables(ws.conn)
        assert ws.conn.execute("SELECT display_name FROM members").fetchall() == [("张伟",)]
    copies = list(backups_dir(workspace_path).glob("*format1*"))
    assert len(copies) == 1
    old = sqlite3.connect(copies[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1, "taken before the upgrade"
    assert old.execute("SELECT display_name, phone FROM members").fetchall() == [
        ("张伟", "13800138000")]
    old.close()


def test_failed_migration_is_undone_and_reported(workspace_path, monkeypatch):
    make_v1_file(workspace_path)

    def broken(conn):
        conn.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("disk says no")

    last_good = migrations.LATEST_VERSION
    monkeypatch.setattr(migrations, "MIGRATIONS",
                        (*migrations.MIGRATIONS, migrations.Migration(99, "broken", broken)))
    monkeypatch.setattr(migrations, "LATEST_VERSION", 99)
    with pytest.raises(MigrationError) as raised:
        open_workspace(workspace_path)
    assert raised.value.version == 99
    conn = sqlite3.connect(workspace_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == last_good
    assert "half_done" not in tables(conn)
    conn.close()
    assert not lock_path_for(workspace_path).exists()


def test_newer_file_is_refused_and_left_byte_identical(workspace_path):
    with open_workspace(workspace_path) as ws:
        ws.conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
        ws.conn.execute("PRAGMA journal_mode = DELETE")
    before = digest(workspace_path)
    with pytest.raises(NewerVersionError) as raised:
        open_workspace(workspace_path)
    assert raised.value.file_version == migrations.LATEST_VERSION + 1
    assert "newer version" in str(raised.value)
    assert digest(workspace_path) == before
    assert not lock_path_for(workspace_path).exists()
    with pytest.raises(NewerVersionError):
        open_workspace(workspace_path, readonly=True)
    assert digest(workspace_path) == before


@pytest.mark.parametrize("content", [b"hello, this is a text file\n" * 40, bytes(range(256)) * 8])
def test_garbage_file_is_refused_and_untouched(workspace_path, content):
    workspace_path.write_bytes(content)
    with pytest.raises(NotAWorkspaceError):
        open_workspace(workspace_path)
    assert workspace_path.read_bytes() == content


def test_sqlite_file_of_another_program_is_refused(workspace_path):
    conn = sqlite3.connect(workspace_path)
    conn.execute("CREATE TABLE songs (title)")
    conn.commit()
    conn.close()
    before = digest(workspace_path)
    with pytest.raises(NotAWorkspaceError, match="another program"):
        open_workspace(workspace_path)
    assert digest(workspace_path) == before


def test_damaged_workspace_is_refused(workspace_path):
    with open_workspace(workspace_path) as ws, ws.transaction() as c:
        c.executemany(
            "INSERT INTO members (display_name, notes, created_at, updated_at)"
            " VALUES (?, ?, 'x', 'x')", [(f"成员{i}", "备注" * 50) for i in range(2000)])
    raw = bytearray(workspace_path.read_bytes())
    page = 4096
    for start in range(page * 30, min(len(raw), page * 60), page):  # scribble over pages
        raw[start + 8:start + 200] = b"\xff" * 192
    workspace_path.write_bytes(bytes(raw))
    with pytest.raises(DamagedWorkspaceError):
        open_workspace(workspace_path)


def test_second_open_of_the_same_workspace_is_refused_until_the_first_closes(workspace_path):
    first = open_workspace(workspace_path)
    with pytest.raises(WorkspaceLockedError) as raised:
        open_workspace(workspace_path)
    assert "already open" in str(raised.value)
    assert f"pid {__import__('os').getpid()}" in raised.value.holder
    first.close()
    open_workspace(workspace_path).close()


def test_another_process_cannot_open_a_workspace_we_hold(workspace_path):
    with open_workspace(workspace_path):
        script = (
            "import sys\nfrom models.store.workspace import open_workspace\n"
            "from models.core.errors import WorkspaceLockedError\n"
            f"try:\n    open_workspace({str(workspace_path)!r})\n"
            "except WorkspaceLockedError:\n    sys.exit(3)\n")
        result = subprocess.run([sys.executable, "-c", script], cwd=ROOT)
        assert result.returncode == 3


def test_readonly_open_needs_no_lock(workspace_path):
    with open_workspace(workspace_path), open_workspace(workspace_path, readonly=True) as ro:
        assert ro.schema_version == migrations.LATEST_VERSION
        with pytest.raises(sqlite3.OperationalError):
            ro.conn.execute("INSERT INTO tags (name) VALUES ('x')")


def test_transaction_is_all_or_nothing(workspace_path):
    with open_workspace(workspace_path) as ws:
        with pytest.raises(sqlite3.IntegrityError), ws.transaction() as c:
            c.execute("INSERT INTO tags (name) VALUES ('新人')")
            c.execute("INSERT INTO tags (name) VALUES ('新人')")  # UNIQUE: the whole block goes
        assert ws.conn.execute("SELECT count(*) FROM tags").fetchone()[0] == 0


def test_nested_transaction_rolls_back_only_its_part(workspace_path):
    with open_workspace(workspace_path) as ws:
        with ws.transaction() as c:
            c.execute("INSERT INTO tags (name) VALUES ('a')")
            with pytest.raises(ValueError), ws.transaction():
                c.execute("INSERT INTO tags (name) VALUES ('b')")
                raise ValueError
        names = [r[0] for r in ws.conn.execute("SELECT name FROM tags")]
        assert names == ["a"]
