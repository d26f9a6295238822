"""Backups: consistent while another connection writes, rotated, self-contained."""

from __future__ import annotations

import sqlite3
import threading

from models.store import backup
from models.store.connection import integrity_check
from models.store.workspace import open_workspace


def test_backup_while_another_connection_writes_is_a_consistent_snapshot(workspace_path, tmp_path):
    stop = threading.Event()
    written = []

    with open_workspace(workspace_path) as ws:
        with ws.transaction() as c:
            c.executemany("INSERT INTO tags (name) VALUES (?)",
                          [(f"标签{i}",) for i in range(5000)])

        def writer():
            from models.store.workspace import open_writer

            other = open_writer(workspace_path)
            i = 0
            while not stop.is_set():
                with other.transaction() as c:  # each batch is all or nothing
                    c.executemany("INSERT INTO tags (name) VALUES (?)",
                                  [(f"新{i}-{j}",) for j in range(100)])
                written.append(i)
                i += 1
            other.close()

        thread = threading.Thread(target=writer)
        thread.start()
        try:
            copies = [backup.backup_file(workspace_path, tmp_path / f"copy{n}.qunzhu")
                      for n in range(3)]
        finally:
            stop.set()
            thread.join()

    assert written, "the writer ran while the backups were taken"
    for copy in copies:
        conn = sqlite3.connect(copy)
        assert integrity_check(conn) == ""
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        count = conn.execute("SELECT count(*) FROM tags").fetchone()[0]
        assert count >= 5000 and (count - 5000) % 100 == 0, "no half-written batch"
        conn.close()
        assert not copy.with_name(copy.name + "-wal").exists()


def test_automatic_backups_rotate(workspace_path, monkeypatch):
    open_workspace(workspace_path).close()
    stamps = iter(f"20261123-1200{n:02d}" for n in range(10))
    monkeypatch.setattr(backup, "stamp", lambda: next(stamps))
    made = [backup.automatic_backup(workspace_path, keep=3) for _ in range(5)]
    kept = sorted(p.name for p in backup.backups_dir(workspace_path).iterdir())
    assert kept == sorted(p.name for p in made[-3:])
    assert backup.latest_automatic_backup(workspace_path) == made[-1]
    with open_workspace(made[-1], readonly=True) as copy:
        assert copy.schema_version > 0
