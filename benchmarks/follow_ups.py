"""Follow-ups and the timeline at a million members (issue 19), beside plain indexed queries
measured in the same run.

    python benchmarks/follow_ups.py --workspace COPY.qunzhu [--runs 5] [--per-member 2]

Writes to the workspace the first time (a copy of a big demo, not one you keep): follow-ups
for every member (``--per-member`` each: older ones answered, with a next day in the past,
the latest with a next day from 20 days ago to 20 days ahead, or none), and one member given
100,000 more activities and 20,000 points entries. Then times:

- the "to follow up" count and list (``follow_ups.due_count``/``due``), beside one range of
  the partial index ``follow_ups_next`` (how many follow-ups have a next day by today): first
  with every next day kept (rows written raw: the worst case), then with ``--answered``, as
  the app leaves them (``follow_ups.add`` clears the next days a later contact answered);
- the busy member's timeline: the first page, a page 50 pages in, the kind counts, and the
  purchases alone, beside the newest 100 of their activities read through ``activities_member``.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parent.parent)  # not this folder

from benchmarks.timing import median_ms  # noqa: E402
from models.members import follow_ups, timeline  # noqa: E402
from models.store.workspace import open_workspace  # noqa: E402

MARK = "bench_follow_ups"
BUSY = 100_000


def prepare(conn, today: date, per_member: int) -> int:
    """Follow-ups for everyone and one very busy member (once); returns that member's id."""
    found = conn.execute("SELECT value FROM workspace_settings WHERE key = ?",
                         (MARK,)).fetchone()
    if found:
        return int(found[0])
    rng = random.Random(19)
    members = [r[0] for r in conn.execute("SELECT id FROM members WHERE deleted_at IS NULL")]
    busy = members[len(members) // 2]
    began = time.perf_counter()
    with conn:
        rows = []
        for member_id in members:
            for n in range(per_member):
                ago = (per_member - n) * 20 + rng.randrange(10)
                at = (today - timedelta(days=ago)).isoformat() + "T10:00:00+08:00"
                if n < per_member - 1:
                    next_on = (today - timedelta(days=ago - 7)).isoformat()
                elif rng.random() < 0.7:
                    next_on = (today + timedelta(days=rng.randint(-20, 20))).isoformat()
                else:
                    next_on = None
                rows.append((member_id, at, "微信", "聊了聊近况", next_on, at))
            if len(rows) >= 100_000:
                conn.executemany("INSERT INTO follow_ups (member_id, at, channel, note,"
                                 " next_on, created_at) VALUES (?,?,?,?,?,?)", rows)
                rows.clear()
        conn.executemany("INSERT INTO follow_ups (member_id, at, channel, note, next_on,"
                         " created_at) VALUES (?,?,?,?,?,?)", rows)
        print(f"follow-ups written in {time.perf_counter() - began:,.1f} s")
        began = time.perf_counter()
        start = today - timedelta(days=900)
        community = conn.execute("SELECT min(id) FROM communities").fetchone()[0]
        kinds = ["发言"] * 8 + ["分享", "邀请"]
        conn.executemany(
            "INSERT INTO activities (member_id, community_id, occurred_at, kind, amount)"
            " VALUES (?, ?, ?, ?, ?)",
            ((busy, community, f"{start + timedelta(days=i * 900 // BUSY)}T"
              f"{8 + i % 14:02d}:{i % 60:02d}:{(i * 7) % 60:02d}+08:00",
              "购买" if i % 500 == 0 else kinds[i % 10], 9900 if i % 500 == 0 else 0)
             for i in range(BUSY)))
        conn.executemany(
            "INSERT INTO points_ledger (member_id, delta, reason, occurred_at)"
            " VALUES (?, 1, '发言', ?)",
            ((busy, f"{start + timedelta(days=i * 900 // 20_000)}T12:00:{i % 60:02d}+08:00")
             for i in range(20_000)))
        conn.execute("INSERT INTO workspace_settings (key, value) VALUES (?, ?)",
                     (MARK, str(busy)))
        print(f"busy member {busy}: {BUSY:,} activities written in "
              f"{time.perf_counter() - began:,.1f} s")
    conn.execute("ANALYZE follow_ups")
    return busy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--per-member", type=int, default=2)
    parser.add_argument("--answered", action="store_true",
                        help="first clear the next days later contacts answered, as "
                             "follow_ups.add does (the follow-ups are written raw, as a "
                             "script or an older file would hold them)")
    args = parser.parse_args()
    with open_workspace(args.workspace) as ws:
        conn = ws.conn
        today = date.today()
        busy = prepare(conn, today, args.per_member)
        if args.answered:
            began = time.perf_counter()
            with conn:
                cleared = conn.execute(
                    "UPDATE follow_ups SET next_on = NULL WHERE next_on IS NOT NULL"
                    " AND EXISTS (SELECT 1 FROM follow_ups g WHERE g.member_id ="
                    " follow_ups.member_id AND g.at >= follow_ups.at AND (g.at > follow_ups.at"
                    " OR g.id > follow_ups.id))").rowcount
            print(f"answered next days cleared: {cleared:,} in "
                  f"{time.perf_counter() - began:,.1f} s")
        members = conn.execute("SELECT count(*) FROM members").fetchone()[0]
        rows = conn.execute("SELECT count(*) FROM follow_ups").fetchone()[0]
        print(f"workspace: {members:,} members, {rows:,} follow-ups; load "
              f"{Path('/proc/loadavg').read_text().split()[:3]}")
        where, params = follow_ups._scoped(today, None)
        plan = conn.execute("EXPLAIN QUERY PLAN SELECT count(*) " + where, params).fetchall()
        print("due plan: " + " | ".join(r[-1] for r in plan))

        reference = median_ms(lambda: conn.execute(
            "SELECT count(*) FROM follow_ups WHERE next_on IS NOT NULL AND next_on <= ?",
            (today.isoformat(),)).fetchone(), args.runs, warm=True)
        candidates = conn.execute("SELECT count(*) FROM follow_ups WHERE next_on <= ?",
                                  (today.isoformat(),)).fetchone()[0]
        count = follow_ups.due_count(conn, today)
        print(f"reference: follow-ups with a next day by today (index range, {candidates:,}):"
              f" {reference:,.1f} ms")
        for name, work in (
                ("due_count, exact (the list's summary)",
                 lambda: follow_ups.due_count(conn, today)),
                ("due_count up to 1,000 (the badge, the reminders)",
                 lambda: follow_ups.due_count(conn, today, most=follow_ups.BADGE_MOST)),
                ("due list, first 500 (the window's page)",
                 lambda: follow_ups.due(conn, today, limit=500))):
            ms = median_ms(work, args.runs, warm=True)
            print(f"{name} ({count:,} due): {ms:,.1f} ms ({ms / reference:.1f}x reference)")

        reference = median_ms(lambda: conn.execute(
            "SELECT id, occurred_at, kind FROM activities WHERE member_id = ?"
            " ORDER BY occurred_at DESC LIMIT 100", (busy,)).fetchall(), args.runs, warm=True)
        total = conn.execute("SELECT count(*) FROM activities WHERE member_id = ?",
                             (busy,)).fetchone()[0]
        print(f"reference: newest 100 of member {busy}'s {total:,} activities: "
              f"{reference:,.2f} ms")
        cursor = None
        for _ in range(50):
            cursor = timeline.page(conn, busy, after=cursor).cursor
        for name, work in (
                ("timeline first page (100)", lambda: timeline.page(conn, busy)),
                ("timeline page 51", lambda: timeline.page(conn, busy, after=cursor)),
                ("timeline purchases only", lambda: timeline.page(conn, busy, {"purchase"})),
                ("timeline follow-ups only", lambda: timeline.page(conn, busy, {"follow_up"})),
                ("kind counts", lambda: timeline.counts(conn, busy))):
            ms = median_ms(work, args.runs, warm=True)
            print(f"{name}: {ms:,.2f} ms ({ms / reference:.1f}x reference)")


if __name__ == "__main__":
    main()
