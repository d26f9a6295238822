"""The exit contract when the disk refuses: a plain message, exit 2, nothing half-written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from models.store import workspace
from models.store.connection import integrity_check
from models.store.workspace import open_workspace


@pytest.fixture
def full_disk(monkeypatch):
    """Every writable connection may grow its file by a few pages only, the way SQLite
    sees a full disk (SQLITE_FULL, "database or disk is full")."""
    configure = workspace._configure

    def tight(conn: sqlite3.Connection) -> None:
        configure(conn)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 3}").fetchall()

    monkeypatch.setattr(workspace, "_configure", tight)


def test_a_full_disk_during_an_import_says_so_and_changes_nothing(
        demo_path, tmp_path, full_disk, capsys, qapp):
    from desktop.cli import main

    source = tmp_path / "members.csv"
    rows = "\n".join(f"新成员{i},139{i:08d},{'备注' * 40}" for i in range(3000))
    source.write_text("姓名,手机,备注\n" + rows + "\n", encoding="utf-8")
    with open_workspace(demo_path, readonly=True) as ws:
        before = ws.conn.execute("SELECT count(*) FROM members").fetchone()[0]

    status = main(["import", "members", str(source), "--workspace", str(demo_path),
                   "--lang", "en"])

    err = capsys.readouterr().err
    assert status == 2, err
    assert "Traceback" not in err
    assert "is full" in err and "Nothing was changed" in err
    with open_workspace(demo_path, readonly=True) as ws:
        assert ws.conn.execute("SELECT count(*) FROM members").fetchone()[0] == before
        assert integrity_check(ws.conn) == ""


def test_the_disk_message_follows_the_language(demo_path, tmp_path, full_disk, capsys, qapp):
    from desktop.cli import main

    source = tmp_path / "members.csv"
    rows = "\n".join(f"新成员{i},139{i:08d},{'备注' * 40}" for i in range(3000))
    source.write_text("姓名,手机,备注\n" + rows + "\n", encoding="utf-8")

    status = main(["import", "members", str(source), "--workspace", str(demo_path),
                   "--lang", "zh_CN"])

    assert status == 2
    assert "磁盘已满" in capsys.readouterr().err


def test_an_export_into_a_folder_that_refuses_says_which_and_writes_nothing(
        demo_path, tmp_path, monkeypatch, capsys, qapp):
    import errno
    import tempfile

    from desktop.cli import main

    out = tmp_path / "out"
    out.mkdir()

    def refuse(*args, dir=None, **kwargs):  # as a read-only folder (or a full disk) answers
        raise PermissionError(errno.EACCES, "Permission denied", str(Path(dir) / ".~roster"))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    status = main(["export", "roster", "--workspace", str(demo_path), "-o",
                   str(out / "roster.xlsx"), "--lang", "en"])

    err = capsys.readouterr().err
    assert status == 2, err
    assert f"cannot write {out}" in err and "folder cannot be written to" in err
    assert list(out.iterdir()) == []
