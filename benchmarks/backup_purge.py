"""How long cleaning the backups takes after an erasure, beside what a backup itself costs.

    python -m benchmarks.backup_purge --members 100000 [--keep DIR]
    python -m benchmarks.backup_purge --workspace PATH   (an existing workspace, copied first)

Prints, for one backup of the workspace, in the same run: taking the backup (SQLite's backup
API, the reference), a full ``integrity_check`` of it (which the purge runs on its result),
and ``purge_backups`` after erasing one member (copy, erase, FTS optimize, VACUUM INTO,
integrity check, fsync, rename).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from models.members import backup_purge, records
from models.store import backup
from models.store.connection import integrity_check
from models.store.workspace import open_workspace


def timed(label: str, work, size_of: Path | None = None) -> float:
    began = time.perf_counter()
    work()
    seconds = time.perf_counter() - began
    size = f"  ({size_of.stat().st_size / 1e6:,.0f} MB)" if size_of is not None else ""
    print(f"  {label:<44} {seconds:7.1f} s{size}", flush=True)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--workspace", type=Path)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep the files")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="qunzhu-purge-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "purge.qunzhu"
    shutil.rmtree(backup.backups_dir(path), ignore_errors=True)
    if args.workspace:
        shutil.copyfile(args.workspace, path)
    elif not path.exists():
        from models.demo.builder import build_demo

        with open_workspace(path) as ws:
            build_demo(ws, args.members)
    with open_workspace(path) as ws:
        count = ws.conn.execute("SELECT count(*) FROM members").fetchone()[0]
        victim = ws.conn.execute("SELECT id FROM members WHERE phone IS NOT NULL"
                                 " ORDER BY id LIMIT 1 OFFSET ?", (count // 2,)).fetchone()[0]
        ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        print(f"Workspace of {count:,} members, {path.stat().st_size / 1e6:,.0f} MB")
        made: list[Path] = []
        timed("take a backup (reference)",
              lambda: made.append(backup.automatic_backup(path)), path)

        def check() -> None:
            conn = sqlite3.connect(made[0])
            assert integrity_check(conn) == ""
            conn.close()

        timed("integrity_check of the backup (reference)", check)
        people = backup_purge.identify(ws.conn, [victim])
        timed("erase one member in the workspace",
              lambda: records.erase_personal_data(ws.conn, [victim]))
        results = []
        timed("purge_backups: one backup rewritten",
              lambda: results.append(backup_purge.purge_backups(path, people)), made[0])
        assert results[0].purged == made, results[0]
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
