"""A custom-field filter on the roster at a million members, beside the same filter on an
indexed built-in column (city, index members_by_city) in the same run.

    python benchmarks/custom_fields.py --workspace COPY.qunzhu [--runs 30] [--share 0.3]

The first run on a workspace defines 车型 (choice: 轿车, SUV, MPV, 新能源, 皮卡) and sets it
on ``--share`` of the members (one transaction through ``custom_fields.write_values``); later
runs reuse it. It writes to the workspace: give it a copy of the big one
(``qunzhu demo --workspace /tmp/m1.qunzhu --members 1000000``).

What the roster does for a filter: the first page (200 rows, sorted by name) and the count
(on a worker). Each run picks the next option, and for the reference the city whose share
of the roster is nearest that option's, so both filters select as many members. Aim (issue
19): the field's p95 within 2x of the city's.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parent.parent)  # not this folder (calendar.py)

from models.members import custom_fields, roster  # noqa: E402
from models.members.field_values import Kind  # noqa: E402
from models.members.roster import Column, RosterFilter, RosterSort  # noqa: E402
from models.store.workspace import open_workspace, transaction  # noqa: E402

FIELD = "车型"
OPTIONS = ("轿车", "SUV", "MPV", "新能源", "皮卡")
WEIGHTS = (40, 30, 10, 15, 5)


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def seed(conn, share: float) -> int:
    """The field's id, defining it and setting it on ``share`` of the members first."""
    for f in custom_fields.fields(conn):
        if f.name == FIELD:
            return f.id
    began = time.perf_counter()
    made, _ = custom_fields.define_field(conn, FIELD, Kind.CHOICE, OPTIONS)
    top = conn.execute("SELECT max(id) FROM members").fetchone()[0]
    rng = random.Random(19)
    picked = sorted(rng.sample(range(1, top + 1), int(top * share)))
    with transaction(conn):
        custom_fields.write_values(conn, ((m, made.id, rng.choices(OPTIONS, WEIGHTS))
                                          for m in picked))
    conn.execute("ANALYZE member_fields")
    print(f"set {FIELD} on {len(picked):,} members in {time.perf_counter() - began:.1f} s")
    return made.id


def timed(conn, f: RosterFilter) -> tuple[float, float]:
    """(first page, count) in ms."""
    began = time.perf_counter()
    roster.page(conn, f, RosterSort(), 0, 200)
    page = time.perf_counter() - began
    began = time.perf_counter()
    roster.count(conn, f)
    return page * 1000, (time.perf_counter() - began) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", required=True, type=Path)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--share", type=float, default=0.3)
    args = parser.parse_args()
    ws = open_workspace(args.workspace)
    conn = ws.conn
    field_id = seed(conn, args.share)
    members = conn.execute("SELECT count(*) FROM members WHERE deleted_at IS NULL").fetchone()[0]
    counts = dict(conn.execute("SELECT value, count(*) FROM member_fields WHERE field_id = ?"
                               " GROUP BY value", (field_id,)).fetchall())
    cities = conn.execute("SELECT city, count(*) FROM members WHERE city IS NOT NULL"
                          " AND deleted_at IS NULL GROUP BY city").fetchall()
    pairs = []
    for option in OPTIONS:
        wanted = counts.get(option, 0)
        city, size = min(cities, key=lambda c, n=wanted: abs(c[1] - n))
        pairs.append((option, counts.get(option, 0), city, size))
        print(f"  {FIELD}={option}: {counts.get(option, 0):,} members;"
              f" city={city}: {size:,}")
    print(f"workspace: {args.workspace} ({members:,} members)")
    for option, _n, city, _s in pairs:  # warm both paths once
        timed(conn, RosterFilter(field_filters=((field_id, "eq", option),)))
        timed(conn, RosterFilter(cities=(city,)))
    field_page, field_count, city_page, city_count = [], [], [], []
    for run in range(args.runs):
        option, _n, city, _s = pairs[run % len(pairs)]
        p, c = timed(conn, RosterFilter(field_filters=((field_id, "eq", option),)))
        field_page.append(p)
        field_count.append(c)
        p, c = timed(conn, RosterFilter(cities=(city,)))
        city_page.append(p)
        city_count.append(c)
    for what, mine, ref in (("first page (200, by name)", field_page, city_page),
                            ("count", field_count, city_count)):
        a, b = pct(mine, 95), pct(ref, 95)
        print(f"{what}: {FIELD} p50/p95 {pct(mine, 50):.1f}/{a:.1f} ms;"
              f" city p50/p95 {pct(ref, 50):.1f}/{b:.1f} ms; p95 ratio {a / b:.2f}x")
    sorts = {FIELD: [], "city": []}  # the first page sorted by each (both directions)
    for run in range(args.runs):
        descending = bool(run % 2)
        for name, sort in ((FIELD, RosterSort(field_id=field_id, descending=descending)),
                           ("city", RosterSort(Column.CITY, descending))):
            began = time.perf_counter()
            roster.page(conn, RosterFilter(), sort, 0, 200)
            sorts[name].append((time.perf_counter() - began) * 1000)
    a, b = pct(sorts[FIELD], 95), pct(sorts["city"], 95)
    print(f"sorted by it, first page: {FIELD} p50/p95 {pct(sorts[FIELD], 50):.1f}/{a:.1f} ms;"
          f" city p50/p95 {pct(sorts['city'], 50):.1f}/{b:.1f} ms; p95 ratio {a / b:.2f}x")
    total_mine = [p + c for p, c in zip(field_page, field_count, strict=True)]
    total_ref = [p + c for p, c in zip(city_page, city_count, strict=True)]
    a, b = pct(total_mine, 95), pct(total_ref, 95)
    print(f"page + count: {FIELD} p95 {a:.1f} ms; city p95 {b:.1f} ms; ratio {a / b:.2f}x"
          f" (aim: within 2x)")
    ws.close()


if __name__ == "__main__":
    main()
