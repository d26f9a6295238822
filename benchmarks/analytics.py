"""Analytics speed: every metric, the whole dashboard and every chart, beside one full scan
of the activities table in the same run (the reference).

    python benchmarks/analytics.py WORKSPACE [--runs 3] [--days 30 90 365] [--community ID]

Aim (issue 7): the whole dashboard within 3x of one full scan; each chart (its query plus
drawing it) under 500 ms. Read-only: run it on any workspace of format 4 or later (open it
once in the app, or ``qunzhu check``, to upgrade an older one). Figures are medians of
``--runs`` warm runs; the machine is noisy, so compare within one run.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from functools import partial
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parent.parent)  # not this folder (calendar.py)

from benchmarks.timing import median_ms  # noqa: E402
from exports import charts  # noqa: E402
from exports.analytics_text import Text  # noqa: E402
from models.analytics.dashboard import METRICS, compute_dashboard  # noqa: E402
from models.analytics.period import Period, Preset  # noqa: E402
from models.store.workspace import connect_readonly  # noqa: E402

#: Which metric each chart is drawn from (its query time counts toward the chart).
CHART_METRICS = {"growth": ["growth"], "activity": ["activity"], "retention": ["retention"],
                 "funnel": ["funnel"], "sources": ["funnel"], "attendance": ["attendance"],
                 "revenue": ["conversion", "active_members"], "audience": ["distributions"],
                 "tags": ["distributions"], "referrals": ["referrals"], "people": ["people"],
                 "hours": ["hours"]}



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--days", type=int, nargs="+", default=[30, 90, 365])
    parser.add_argument("--community", type=int, default=None,
                        help="also time one community (default: the largest)")
    parser.add_argument("--today", type=date.fromisoformat, default=date.today())
    parser.add_argument("--no-this-year", action="store_true",
                        help="leave out the period picker's 'this year'")
    args = parser.parse_args()
    conn = connect_readonly(args.workspace)
    conn.execute("PRAGMA cache_size = -262144").fetchall()  # what a warm page cache gives
    activities = conn.execute("SELECT count(*) FROM activities").fetchone()[0]
    members = conn.execute("SELECT count(*) FROM members").fetchone()[0]
    community = args.community or conn.execute(
        "SELECT community_id FROM memberships GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    scan = lambda: conn.execute("SELECT sum(amount), count(*) FROM activities").fetchall()  # noqa: E731
    scan()  # warm
    reference = median_ms(scan, args.runs)
    print(f"workspace: {args.workspace} ({members:,} members, {activities:,} activities)")
    print(f"reference: one full scan of activities (sum(amount), count(*)): {reference:,.0f} ms")
    text = Text()
    began = time.perf_counter()
    charts.warm_up()  # the app does this once, on a worker thread
    print(f"first chart of a process (loads the CJK font): "
          f"{(time.perf_counter() - began) * 1000:,.0f} ms")
    periods = [(f"last {days} days", Period.last_days(days, args.today)) for days in args.days]
    if not args.no_this_year:
        periods.append(("this year", Period.preset(Preset.THIS_YEAR, args.today)))
    for scope in (None, community):
        for name, period in periods:
            compute_dashboard(conn, scope, period)  # warm
            per_metric = {name: median_ms(partial(metric, conn, scope, period), args.runs)
                          for name, metric in METRICS.items()}
            total = median_ms(partial(compute_dashboard, conn, scope, period), args.runs)
            dashboard = compute_dashboard(conn, scope, period)
            draw = {}
            for key, make in charts.CHARTS.items():
                def render(make=make, dashboard=dashboard) -> None:
                    from matplotlib.backends.backend_agg import FigureCanvasAgg

                    FigureCanvasAgg(make(dashboard, text).figure).draw()
                draw[key] = median_ms(render, max(1, args.runs - 1))
            label = "all communities" if scope is None else f"community {scope}"
            print(f"\n{label}, {name} ({period.lo} to {period.end}):")
            for name, ms in per_metric.items():
                print(f"  metric {name:<16} {ms:8,.0f} ms")
            print(f"  dashboard (every metric) {total:8,.0f} ms = {total / reference:.2f}x "
                  f"the full scan (aim: <= 3x)")
            worst = 0.0
            for key, ms in draw.items():
                query = sum(per_metric[m] for m in CHART_METRICS[key])
                worst = max(worst, query + ms)
                print(f"  chart {key:<12} query {query:7,.0f} ms + draw {ms:5,.0f} ms"
                      f" = {query + ms:7,.0f} ms")
            print(f"  slowest chart: {worst:,.0f} ms (aim: < 500 ms)")


if __name__ == "__main__":
    main()
