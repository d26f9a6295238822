"""Points rules over a big chat import: ``points_rules.grant`` on 1,000,000 new 发言
activities in one community with a daily cap, beside a plain ``INSERT … SELECT`` of the
same rows into a table with no cap logic and no triggers (the floor any set-based grant
pays), and the whole hook (``intake.after_activities_added``: grant and honours).

    python benchmarks/points_grant.py [--messages 1000000] [--members 5000] [--days 60]

The activities are written with the analytics triggers dropped in this scratch file (the
chat import's own cost is ``benchmarks/chat_import.py``'s; the zone's triggers stay, so
times are stored as an import stores them); the ledger's triggers (balance, points per
day, the zone check) stay: they are part of what a grant costs.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models.activity import honours, intake, points_rules  # noqa: E402
from models.members.communities import create_community  # noqa: E402
from models.store.workspace import open_workspace, transaction  # noqa: E402


def _fill(conn, community_id: int, members: int, messages: int, days: int, seed: int) -> int:
    """Members and ``messages`` activities; returns the last activity id before them."""
    rng = random.Random(seed)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                                " AND tbl_name IN ('activities', 'members', 'memberships')"
                                " AND name NOT LIKE 'zone_%'").fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    with transaction(conn):
        conn.executemany("INSERT INTO members (id, display_name, created_at, updated_at)"
                         " VALUES (?, ?, ?, ?)",
                         [(i, f"成员{i}", "2026-01-01T00:00:00+08:00", "2026-01-01T00:00:00+08:00")
                          for i in range(1, members + 1)])
        conn.executemany("INSERT INTO memberships (member_id, community_id, joined_at)"
                         " VALUES (?, ?, ?)", [(i, community_id, "2026-01-01T00:00:00+08:00")
                                               for i in range(1, members + 1)])
    last = conn.execute("SELECT coalesce(max(id), 0) FROM activities").fetchone()[0]
    rows = []
    for _ in range(messages):
        day, second = rng.randrange(days), rng.randrange(86400)
        at = (f"2026-{3 + day // 30:02d}-{1 + day % 30:02d}T{second // 3600:02d}:"
              f"{second // 60 % 60:02d}:{second % 60:02d}+08:00")
        rows.append((1 + int(rng.paretovariate(1.2)) % members, community_id, at))
    rows.sort(key=lambda r: r[2])
    with transaction(conn):
        conn.executemany("INSERT INTO activities (member_id, community_id, occurred_at, kind)"
                         " VALUES (?, ?, ?, '发言')", rows)
    return last


def _reference(conn, last: int, rule_id: int) -> float:
    """The same candidate rows into a plain table: no cap, no reason join, no triggers."""
    conn.execute("CREATE TABLE plain_ledger (member_id INTEGER, delta INTEGER, reason TEXT,"
                 " occurred_at TEXT, activity_id INTEGER, rule_id INTEGER)")
    start = time.perf_counter()
    with transaction(conn):
        conn.execute("INSERT INTO plain_ledger SELECT a.member_id, r.points, '规则：发言 +1',"
                     " a.occurred_at, a.id, r.id FROM activities a JOIN points_rules r"
                     " ON r.community_id = a.community_id AND r.kind = a.kind"
                     " WHERE a.id > ? AND r.id = ?", (last, rule_id))
    took = time.perf_counter() - start
    conn.execute("DROP TABLE plain_ledger")
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--members", type=int, default=5_000)
    parser.add_argument("--days", type=int, default=60)
    parser.add_argument("--cap", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="qz-points-"))
    with open_workspace(folder / "points.qunzhu") as ws:
        conn = ws.conn
        community = create_community(conn, "读书会").id
        start = time.perf_counter()
        last = _fill(conn, community, args.members, args.messages, args.days, seed=7)
        print(f"setup: {args.messages:,} activities of {args.members:,} members over "
              f"{args.days} days in {time.perf_counter() - start:.1f} s")
        rule, _ = points_rules.add_rule(conn, community, "发言", 1, daily_cap=args.cap)
        reference = _reference(conn, last, rule.id)
        print(f"reference, plain INSERT…SELECT of the {args.messages:,} rows: {reference:.2f} s")

        start = time.perf_counter()
        with transaction(conn):
            done = points_rules.grant(conn, "id > ?", (last,))
        took = time.perf_counter() - start
        print(f"grant with a daily cap of {args.cap}: {took:.2f} s ({took / reference:.1f}x),"
              f" {done.entries:,} ledger rows, {done.points:,} points")

        # The whole hook on a fresh copy of the grant: revoke, then an honour set and again.
        points_rules.revoke(conn, rule.id)
        honours.add_honour(conn, "话唠", "points", 30)
        honours.add_honour(conn, "老朋友", "months_active", 2, community)
        start = time.perf_counter()
        with transaction(conn):
            intake.after_activities_added(conn, "id > ?", (last,))
        took = time.perf_counter() - start
        held = conn.execute("SELECT count(*) FROM member_honours").fetchone()[0]
        print(f"hook (grant + 2 honours refreshed): {took:.2f} s ({took / reference:.1f}x),"
              f" {held:,} honours held")

        start = time.perf_counter()
        with transaction(conn):
            again = points_rules.grant(conn, "id > ?", (last,))
        print(f"grant again (idempotent, nothing new): {time.perf_counter() - start:.2f} s,"
              f" {again.entries} rows")


if __name__ == "__main__":
    main()
