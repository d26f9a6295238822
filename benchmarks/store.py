"""What safety costs on a big workspace: opening, checking before an import, backups.

    python benchmarks/store.py BIG.qunzhu [--runs 3]

Works on a copy beside the given file (removed afterwards). Figures, each beside a
reference measured in the same run:

- a writable open as the window does it (no check for big files) and an import's open
  (``verify=True``): the first time a full quick check, then trusted while only Qunzhu wrote
  since (``models.store.damage``); reference: reading the whole file once (the I/O floor
  of a check);
- the open after a crash left a hot rollback journal (the recovery open);
- an automatic backup (copy + quick check of the copy); reference: the copy alone.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from models.store import backup, damage  # noqa: E402
from models.store.workspace import open_workspace  # noqa: E402


def timed(action, runs: int) -> float:
    seconds = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        seconds.append(time.perf_counter() - began)
    return statistics.median(seconds)


def read_whole_file(path: Path) -> None:
    with open(path, "rb") as handle:
        while handle.read(16 * 1024 * 1024):
            pass


def leave_hot_journal(path: Path) -> None:
    """A child writes 20,000 rows with a rollback journal and a tiny cache, then dies."""
    script = (
        "import sqlite3, sys, os\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode = DELETE').fetchall()\n"
        "c.execute('PRAGMA cache_size = 8')\n"
        "c.execute('BEGIN IMMEDIATE')\n"
        "c.executemany(\"INSERT INTO tags (name) VALUES (?)\","
        " [(f'bench{i}',) for i in range(20000)])\n"
        "os._exit(9)\n")
    subprocess.run([sys.executable, "-c", script, str(path)], check=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    copy = args.workspace.with_name("bench-store-" + args.workspace.name)
    print(f"copying {args.workspace} ({args.workspace.stat().st_size / 2**20:,.0f} MB) ...")
    backup.backup_file(args.workspace, copy)
    try:
        floor = timed(lambda: read_whole_file(copy), args.runs)
        plain = timed(lambda: open_workspace(copy).close(), args.runs)

        def first_verify() -> None:
            damage.checked_path(copy).unlink(missing_ok=True)
            open_workspace(copy, verify=True).close()

        verify_first = timed(first_verify, 1)
        verify_again = timed(lambda: open_workspace(copy, verify=True).close(), args.runs)

        leave_hot_journal(copy)
        journal = copy.with_name(copy.name + "-journal")
        assert journal.exists(), "the child should have left a hot journal"
        began = time.perf_counter()
        open_workspace(copy).close()
        recovered = time.perf_counter() - began
        with sqlite3.connect(copy) as conn:
            assert conn.execute("SELECT count(*) FROM tags WHERE name LIKE 'bench%'"
                                ).fetchone()[0] == 0, "the killed rows were rolled back"

        target = copy.with_name("bench-store-copy.qunzhu")

        def raw() -> None:
            backup._copy(copy, target)
            target.unlink()

        def checked() -> None:
            backup.backup_file(copy, target)
            target.unlink()

        raw()  # the first copy reads the file from disk; both figures below start warm
        raw_copy = timed(raw, args.runs)
        checked_backup = timed(checked, args.runs)
    finally:
        for leftover in copy.parent.glob("bench-store-*"):
            if leftover.is_dir():
                shutil.rmtree(leftover, ignore_errors=True)
            else:
                leftover.unlink(missing_ok=True)

    rows = [
        ("read the whole file once (reference)", floor),
        ("writable open, as the window does", plain),
        ("import's open, first time (quick check)", verify_first),
        ("import's open, unchanged since checked", verify_again),
        ("open after a kill left a hot journal", recovered),
        ("backup copy alone (reference)", raw_copy),
        ("automatic backup, copy + check", checked_backup),
    ]
    for what, seconds in rows:
        print(f"{what:<44} {seconds * 1000:>10,.0f} ms")


if __name__ == "__main__":
    main()
