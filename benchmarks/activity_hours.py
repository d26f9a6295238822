"""The imported life's reads: activity by weekday and hour, top speakers and inviters, the
honours board, beside a plain ``SELECT count(*) FROM activities`` in the same run.

    python benchmarks/activity_hours.py WORKSPACE [--runs 3] [--days 30 365] [--today D]

Aim: a 365-day all-community weekday x hour grid well under two seconds at ten million
activities, near the full count. Read-only (a workspace of format 14: open a copy once in
the app to upgrade it). Medians of ``--runs`` warm runs; the machine is noisy, so compare
within one run.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parent.parent)  # not this folder (calendar.py)

from benchmarks.timing import median_ms  # noqa: E402
from models.analytics.activity_hours import activity_hours  # noqa: E402
from models.analytics.engagement_people import (  # noqa: E402
    INDEX,
    people,
    top_people,
)
from models.analytics.honours_board import honours_board  # noqa: E402
from models.analytics.period import Period  # noqa: E402
from models.store.workspace import connect_readonly  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--days", type=int, nargs="+", default=[30, 365])
    parser.add_argument("--today", type=date.fromisoformat, default=None,
                        help="the period's last day (default: the newest activity's day)")
    parser.add_argument("--people", action="store_true",
                        help="also time top speakers/inviters of the largest community")
    args = parser.parse_args()
    conn = connect_readonly(args.workspace)
    conn.execute("PRAGMA cache_size = -262144").fetchall()
    today = args.today or date.fromisoformat(conn.execute(
        "SELECT max(occurred_at) FROM activities INDEXED BY activities_community"
        " WHERE community_id IS NOT NULL").fetchone()[0][:10])
    count = lambda: conn.execute("SELECT count(*) FROM activities").fetchone()  # noqa: E731
    total = count()[0]
    print(f"{args.workspace}: {total:,} activities; periods end {today}")
    print(f"reference: SELECT count(*) FROM activities: {median_ms(count, args.runs):,.0f} ms")
    largest = conn.execute("SELECT community_id FROM member_activity WHERE community_id <> 0"
                           " GROUP BY community_id ORDER BY sum(actions) DESC LIMIT 1"
                           ).fetchone()
    for days in args.days:
        period = Period.last_days(days, today)
        grid = activity_hours(conn, None, period)
        print(f"{days:>4} days, all communities: weekday x hour "
              f"{median_ms(lambda p=period: activity_hours(conn, None, p), args.runs):,.0f} ms"
              f" ({grid.total:,} activities)")
        if largest:
            one = median_ms(lambda p=period: activity_hours(conn, largest[0], p), args.runs)
            print(f"{days:>4} days, community {largest[0]}: weekday x hour {one:,.0f} ms")
            if args.people:
                for kind in ("发言", "邀请"):
                    one = median_ms(lambda p=period, k=kind: top_people(conn, largest[0], p, k),
                                    1)
                    print(f"{days:>4} days, community {largest[0]}: top {kind} {one:,.0f} ms"
                          f" (one run, through {INDEX})")
        if args.people:
            every = median_ms(lambda p=period: people(conn, None, p), 1)
            print(f"{days:>4} days, all communities: speakers and inviters {every:,.0f} ms"
                  " (one run)")
    print(f"honours board, all communities: "
          f"{median_ms(lambda: honours_board(conn, None), args.runs):,.0f} ms")


if __name__ == "__main__":
    main()
