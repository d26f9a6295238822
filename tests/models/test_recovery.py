"""After a crash and on a failing disk: no lock-out, no writes into damage, clean refusals."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from models.core.errors import DamagedWorkspaceError, StorageError
from models.store import backup, damage, workspace
from models.store.connection import integrity_check
from models.store.workspace import open_workspace
from tests.damaged_files import damage_an_index

ROOT = Path(__file__).resolve().parents[2]

#: A writer that dies in the middle of a big transaction written with a rollback journal
#: (as big imports and the demo write): a tiny page cache makes it write into the file.
_DYING_WRITER = textwrap.dedent("""
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA journal_mode = {mode}").fetchall()
    conn.execute("PRAGMA cache_size = 8")
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO members (display_name, notes, created_at, updated_at)"
        " VALUES (?, ?, 'x', 'x')", [(f"新成员{{i}}", "备注" * 200) for i in range(3000)])
    {commit}
    print("ready", flush=True)
    time.sleep(60)
""")


def _members(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM members").fetchone()[0]


def _kill_writer_midway(path: Path, mode: str = "DELETE", commit: bool = False) -> None:
    script = _DYING_WRITER.format(mode=mode, commit="conn.execute('COMMIT')" if commit else "")
    child = subprocess.Popen([sys.executable, "-c", script, str(path)],
                             stdout=subprocess.PIPE, text=True)
    with child:
        try:
            assert child.stdout.readline().strip() == "ready"
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()


@pytest.fixture
def small_workspace(workspace_path: Path) -> Path:
    with open_workspace(workspace_path) as ws, ws.transaction() as c:
        c.executemany("INSERT INTO members (display_name, created_at, updated_at)"
                      " VALUES (?, 'x', 'x')", [(f"成员{i}",) for i in range(50)])
    return workspace_path


def test_a_hot_journal_is_rolled_back_by_the_next_open_not_called_damage(small_workspace):
    _kill_writer_midway(small_workspace)
    assert small_workspace.with_name(small_workspace.name + "-journal").exists()

    with open_workspace(small_workspace, readonly=True) as ws:  # `check`, `backup`, exports
        assert integrity_check(ws.conn) == ""
        assert _members(ws.conn) == 50, "exactly as before the killed transaction"
    with open_workspace(small_workspace) as ws:  # the window, imports: no manual step
        assert _members(ws.conn) == 50
    assert not small_workspace.with_name(small_workspace.name + "-journal").exists()


def test_committed_rows_in_a_left_wal_are_kept(small_workspace):
    _kill_writer_midway(small_workspace, mode="WAL", commit=True)
    with open_workspace(small_workspace, readonly=True) as ws:
        assert _members(ws.conn) == 3050
    with open_workspace(small_workspace) as ws:
        assert workspace.quick_check(ws.conn) == ""


def test_a_big_damaged_file_is_refused_for_writing_when_asked_to_verify(
        workspace_path, monkeypatch):
    damage_an_index(workspace_path)
    monkeypatch.setattr(workspace, "QUICK_CHECK_MAX_BYTES", 1024)  # "too big to check"
    before = workspace_path.read_bytes()

    with pytest.raises(DamagedWorkspaceError):
        open_workspace(workspace_path, verify=True)  # what imports ask for
    assert damage.recorded(workspace_path)
    with pytest.raises(DamagedWorkspaceError):
        open_workspace(workspace_path)  # damage on record: checked whatever the size
    assert workspace_path.read_bytes() == before, "not a byte written"


def test_damage_on_record_goes_once_the_file_passes(workspace_path):
    open_workspace(workspace_path).close()
    damage.record(workspace_path, "*** in database main ***")
    open_workspace(workspace_path).close()  # e.g. a backup was restored over it
    assert damage.recorded(workspace_path) is None


def test_backups_of_a_damaged_file_are_refused_and_the_good_ones_stay(
        workspace_path, monkeypatch):
    open_workspace(workspace_path).close()
    stamps = iter(f"20261123-1200{n:02d}" for n in range(20))
    monkeypatch.setattr(backup, "stamp", lambda: next(stamps))
    good = backup.automatic_backup(workspace_path, keep=3)
    damage_an_index(workspace_path)
    for _ in range(5):  # a week of daily backups of the damaged file
        with pytest.raises(DamagedWorkspaceError):
            backup.automatic_backup(workspace_path, keep=3)
    assert backup.latest_automatic_backup(workspace_path) == good
    assert sorted(p.name for p in backup.backups_dir(workspace_path).iterdir()) == [good.name]


def test_partial_backups_of_killed_runs_are_not_backups_and_are_removed(workspace_path):
    open_workspace(workspace_path).close()
    folder = backup.backups_dir(workspace_path)
    folder.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    left = [folder / f"auto-20990101-000000.qunzhu.partial-{dead}",
            folder / f"auto-20990101-000000.qunzhu.partial-{dead}-journal",
            folder / "auto-20990102-000000.qunzhu.partial-journal"]
    for path in left:
        path.write_bytes(b"half a copy")
    assert backup.latest_automatic_backup(workspace_path) is None
    made = backup.automatic_backup(workspace_path)
    assert sorted(folder.iterdir()) == [made]


def test_a_full_disk_mid_transaction_raises_the_disk_error_and_keeps_the_data(
        small_workspace):
    with open_workspace(small_workspace) as ws:
        pages = ws.conn.execute("PRAGMA page_count").fetchone()[0]
        ws.conn.execute(f"PRAGMA max_page_count = {pages + 2}").fetchall()
        with pytest.raises(sqlite3.OperationalError, match="full"), ws.transaction() as c:
            c.executemany("INSERT INTO members (display_name, notes, created_at, updated_at)"
                          " VALUES (?, ?, 'x', 'x')", [("满", "备注" * 500)] * 200)
        assert _members(ws.conn) == 50


def _read_only_runner(folder: Path, path: Path, where: str) -> list[str]:
    """The command prefix that runs a child where ``where`` cannot be written, even as root
    (chmod does not stop root): the file made immutable, or the folder bind-mounted
    read-only in a mount namespace of its own."""
    if where == "file":
        if os.geteuid() == 0:
            if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
                pytest.skip("chattr +i is not allowed here")
        else:
            path.chmod(0o444)
        return []
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return []
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    if probe.returncode:
        pytest.skip("no mount namespace here for a read-only folder")
    return ["unshare", "-rm", "sh", "-c",
            f'mount --bind -o ro "{folder}" "{folder}" && exec "$0" "$@"']


@pytest.mark.parametrize("where", ["file", "folder"])
def test_a_read_only_workspace_or_folder_is_refused_with_what_to_do(tmp_path, where):
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "w.qunzhu"
    with open_workspace(path) as ws, ws.transaction() as c:
        c.execute("INSERT INTO members (display_name, created_at, updated_at)"
                  " VALUES ('张伟', 'x', 'x')")
    before = path.read_bytes()
    csv = tmp_path / "m.csv"
    csv.write_text("姓名,手机\n李娜,13900001111\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    prefix = _read_only_runner(folder, path, where)
    try:
        result = subprocess.run(
            [*prefix, sys.executable, "-m", "desktop", "import", "members", str(csv),
             "--workspace", str(path), "--lang", "en"], cwd=ROOT, capture_output=True,
            text=True, env=env, timeout=60)
        check = subprocess.run(
            [*prefix, sys.executable, "-m", "desktop", "check", "--workspace", str(path),
             "--lang", "en"], cwd=ROOT, capture_output=True, text=True, env=env, timeout=60)
    finally:
        if where == "file" and os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        folder.chmod(0o755)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "damaged" not in result.stderr
    expected = "is read-only" if where == "file" else "cannot be written to"
    assert expected in result.stderr
    assert path.read_bytes() == before
    assert check.returncode == 0, check.stdout + check.stderr  # reading needs no writing
    assert "Integrity: ok" in check.stdout


def test_storage_errors_are_told_apart(tmp_path):
    from models.store.recovery import storage_error

    path = tmp_path / "w.qunzhu"
    full = sqlite3.OperationalError("database or disk is full")
    assert storage_error(full, path).kind == StorageError.DISK_FULL
    assert storage_error(OSError(28, "No space left on device"), path).kind == \
        StorageError.DISK_FULL
    assert storage_error(ValueError("a bug"), path) is None


def test_a_big_file_is_checked_once_then_trusted_until_something_else_touches_it(
        workspace_path, monkeypatch):
    _damage_free = open_workspace(workspace_path)
    _damage_free.close()
    monkeypatch.setattr(workspace, "QUICK_CHECK_MAX_BYTES", 1024)
    checks = []
    real = workspace.quick_check
    monkeypatch.setattr(workspace, "quick_check", lambda c: checks.append(1) or real(c))

    damage.checked_path(workspace_path).unlink(missing_ok=True)
    open_workspace(workspace_path, verify=True).close()
    assert len(checks) == 1
    open_workspace(workspace_path, verify=True).close()
    assert len(checks) == 1, "our own writes in between do not need a second check"

    damage_an_index(workspace_path)  # bytes written by something else
    with pytest.raises(DamagedWorkspaceError):
        open_workspace(workspace_path, verify=True)
    assert len(checks) > 1


def test_a_super_journal_left_by_a_killed_multi_file_commit_is_removed(small_workspace):
    orphan = small_workspace.with_name(small_workspace.name + "-mj0A1B2C3D")
    orphan.write_bytes(b"/tmp/stage.sqlite-journal\x00")
    with open_workspace(small_workspace) as ws:
        assert _members(ws.conn) == 50
    assert not orphan.exists()


def test_the_next_open_removes_a_killed_backups_partial_copy(small_workspace):
    folder = backup.backups_dir(small_workspace)
    folder.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    left = folder / f"auto-20990101-000000.qunzhu.partial-{dead}"
    left.write_bytes(b"half a copy")
    open_workspace(small_workspace).close()
    assert not left.exists()


def test_sorts_of_a_writer_stay_in_memory_not_in_the_temp_folder(small_workspace):
    """A killed index build must not leave members' data in etilqs_* files in the system's
    temp folder (seen by the crash harness during an upgrade)."""
    with open_workspace(small_workspace) as ws:
        assert ws.conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
