"""Demo generation speed, beside raw ``executemany`` of 12-column rows in the same run.

    python benchmarks/demo.py [--members N] [--seed S]

The reference is the ceiling for writing rows from Python: one transaction, no indexes,
values prepared in advance. Demo generation also draws every value at random, writes
memberships, tags, points and events, and builds the indexes.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parent.parent)  # not this folder (calendar.py)

from models.demo.builder import build_demo  # noqa: E402
from models.store.workspace import open_workspace  # noqa: E402


def raw_executemany(folder: Path, rows: int) -> float:
    """rows/s of 12-column member-like rows written with executemany in one transaction."""
    conn = sqlite3.connect(folder / "raw.db", isolation_level=None)
    conn.execute("CREATE TABLE t (a INTEGER PRIMARY KEY, b, c, d, e, f, g, h, i, j, k, l)")
    values = [(n, "张伟", "小伟", "男", 1990, "杭州", "13800138000", "wxid_1", "朋友推荐",
               "读书、咖啡", "2026-01-01T10:00:00+08:00", "2026-01-01T10:00:00+08:00")
              for n in range(rows)]
    began = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO t VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", values)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - began
    conn.close()
    return rows / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        reference = raw_executemany(folder, min(args.members, 1_000_000))
        with open_workspace(folder / "demo.qunzhu") as ws:
            summary = build_demo(ws, args.members, seed=args.seed)
        size = (folder / "demo.qunzhu").stat().st_size
    rows = summary.members + summary.activities
    print(f"demo: {summary.members:,} members + {summary.activities:,} activities "
          f"in {summary.seconds:.1f} s = {summary.rows_per_second:,.0f} rows/s "
          f"(file {size / 2**20:,.0f} MiB)")
    print(f"reference: raw executemany, 12 columns, one transaction, no indexes: "
          f"{reference:,.0f} rows/s")
    print(f"demo rows/s as a share of the reference: {summary.rows_per_second / reference:.0%}; "
          f"target for 1,000,000 members: under 180 s "
          f"(projected {rows / summary.rows_per_second * 1_000_000 / summary.members:.0f} s)")


if __name__ == "__main__":
    main()
