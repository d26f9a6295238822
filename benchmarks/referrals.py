"""Referral tree (裂变) speed at a million members: top referrers, the roots with their
trees' sizes, and a page of a big tree, beside one GROUP BY over the referrer index in the
same run (the reference: the least any "who referred the most" can read).

    python benchmarks/referrals.py WORKSPACE [--runs 3] [--community ID]

Read-only: any workspace of format 9 or later (the funnel summary). Figures are medians of
``--runs`` warm runs; the machine is noisy, so compare within one run.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parent.parent)  # not this folder (calendar.py)

from benchmarks.timing import median_ms  # noqa: E402
from models.analytics import referral_tree as tree  # noqa: E402
from models.analytics.period import Period  # noqa: E402
from models.store.workspace import connect_readonly  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--community", type=int, default=None,
                        help="also time one community (default: the largest)")
    args = parser.parse_args()
    conn = connect_readonly(args.workspace)
    conn.execute("PRAGMA cache_size = -262144").fetchall()
    members, referred = conn.execute(
        "SELECT count(*), count(referrer_id) FROM members").fetchone()
    community = args.community or conn.execute(
        "SELECT community_id FROM memberships GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    reference_sql = ("SELECT referrer_id, count(*) AS n FROM members INDEXED BY members_referrer"
                     " WHERE referrer_id IS NOT NULL GROUP BY referrer_id"
                     " ORDER BY n DESC LIMIT 50")
    scan = lambda: conn.execute(reference_sql).fetchall()  # noqa: E731
    scan()
    reference = median_ms(scan, args.runs)
    print(f"workspace: {args.workspace} ({members:,} members, {referred:,} with a referrer)")
    print(f"reference: one GROUP BY referrer_id over members_referrer, top 50: {reference:,.0f} ms")
    today = date.fromisoformat(conn.execute(
        "SELECT substr(max(created_at), 1, 10) FROM members").fetchone()[0])
    year = Period(today - timedelta(days=364), today)

    def line(name: str, work) -> None:
        work()  # warm
        ms = median_ms(work, args.runs)
        print(f"{name:<46} {ms:>8,.0f} ms  {ms / reference:5.2f}x reference")

    for scope in (None, community):
        label = "all" if scope is None else f"community {scope}"
        line(f"top 50 referrers, {label}",
             lambda s=scope: tree.top_referrers(conn, s, today=today))
        line(f"top 50 referrers, {label}, last 365 days",
             lambda s=scope: tree.top_referrers(conn, s, year))
        figures = tree.root_figures(conn, scope)
        found = tree.named(conn, figures[:1], scope)
        line(f"roots with sizes ({len(figures):,}), {label}",
             lambda s=scope: tree.root_figures(conn, s))
        line(f"roots: naming a page of {tree.PAGE}, {label}",
             lambda s=scope, f=figures: tree.named(conn, f[:tree.PAGE], s))
        biggest = found[0]
        line(f"first page of the biggest tree ({biggest.size:,}), {label}",
             lambda s=scope, b=biggest.member_id: tree.children(conn, b, s))
    print(f"load: {Path('/proc/loadavg').read_text().strip()}")


if __name__ == "__main__":
    main()
