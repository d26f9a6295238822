"""The calendar's hot paths on a big workspace, each beside a reference from the same run.

    python benchmarks/calendar.py --workspace /work/data/calendar-m1.qunzhu [--events 2000]

The workspace is written to (schema upgrade, extra events): use a copy. It is topped up
to ``--events`` events over its three years (about 55 a month, many with registrations
already), then:

1. month view: switching month and painting it (36 months), against QCalendarWidget
   switching and painting the same months. Aim: well under 100 ms.
2. check-in search: ``find_members`` for names, phone tails, pinyin and roster prefixes
   at the door of the busiest event, p50/p95, against a plain LIKE scan of names.
   Aim: p95 under 50 ms.
3. .ics export of every event: events/s, against reading the same rows into dicts and
   json-dumping them.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this file's folder comes first on sys.path, and its name would shadow
# the standard library's ``calendar`` (which dateutil imports): put the project there.
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

import argparse
import json
import os
import random
import statistics
import time
from datetime import date, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def top_up(conn, wanted: int) -> int:
    """Add plain events until the workspace holds ``wanted`` (deterministic)."""
    from models.events.schedule import new_uid

    have = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    if have >= wanted:
        return have
    rng = random.Random(5)
    first, last = conn.execute("SELECT min(starts_at), max(starts_at) FROM events").fetchone()
    start = date.fromisoformat(first[:10])
    span = (date.fromisoformat(last[:10]) - start).days
    communities = [r[0] for r in conn.execute("SELECT id FROM communities")]
    rows = []
    for n in range(wanted - have):
        day = start + timedelta(days=rng.randrange(span))
        hour = rng.choice((10, 14, 15, 19, 20))
        rows.append((new_uid(), rng.choice(communities), f"加练活动 {n + 1}", "聚会",
                     f"{day}T{hour:02d}:00:00+08:00", f"{day}T{hour + 1:02d}:30:00+08:00",
                     "已结束", f"{day}T09:00:00+08:00", f"{day}T09:00:00+08:00"))
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO events (uid, community_id, title, kind, starts_at, ends_at,"
                     " status, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)", rows)
    conn.execute("COMMIT")
    return wanted


def bench_month(workspace, months: list[date]) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication, QCalendarWidget

    from views.calendar.view import CalendarView

    app = QApplication.instance() or QApplication([])
    stack = QUndoStack()
    began = time.perf_counter()
    view = CalendarView(workspace, stack)
    view.resize(1200, 760)
    view.show()
    app.processEvents()
    first_paint = time.perf_counter() - began
    reference = QCalendarWidget()
    reference.resize(900, 700)
    reference.show()
    app.processEvents()
    ours, theirs, shown = [], [], []
    for month in months:
        began = time.perf_counter()
        view.go_to(month)
        view.month.grab()
        ours.append(time.perf_counter() - began)
        shown.append(len(view.found))
        began = time.perf_counter()
        reference.setSelectedDate(QDate(month.year, month.month, month.day))
        reference.grab()
        theirs.append(time.perf_counter() - began)
    print(f"month view: tab built and first shown in {ms(first_paint)}")
    print(f"  switch + paint a month ({len(months)} months, {statistics.mean(shown):.0f} "
          f"events shown on average, max {max(shown)}): median {ms(statistics.median(ours))}, "
          f"max {ms(max(ours))}")
    print(f"  reference QCalendarWidget switch + paint: median "
          f"{ms(statistics.median(theirs))}, max {ms(max(theirs))}")
    view.set_mode(1)
    weeks = []
    for month in months[:12]:
        began = time.perf_counter()
        view.go_to(month)
        view.week.grab()
        weeks.append(time.perf_counter() - began)
    print(f"  week view switch + paint: median {ms(statistics.median(weeks))}")
    view.close()
    reference.close()


def bench_checkin(conn) -> None:
    from models.events.member_lookup import find_members, pinyin_keys

    event_id, community_id, count = conn.execute(
        "SELECT r.event_id, e.community_id, count(*) FROM registrations r JOIN events e"
        " ON e.id = r.event_id GROUP BY r.event_id ORDER BY count(*) DESC LIMIT 1").fetchone()
    people = conn.execute("SELECT m.display_name, m.phone FROM registrations r JOIN members m"
                          " ON m.id = r.member_id WHERE r.event_id = ?", (event_id,)).fetchall()
    rng = random.Random(3)
    top = conn.execute("SELECT max(id) FROM members").fetchone()[0]
    others = [r[0] for r in conn.execute(
        "SELECT display_name, phone FROM members WHERE id IN ({})".format(
            ",".join(str(rng.randint(1, top)) for _ in range(40))))]
    queries = []
    for name, phone in rng.sample(people, min(40, len(people))):
        queries += [name, name[:2], phone[-4:] if phone else name, pinyin_keys(name)[1]]
    queries += [n[:2] for n in others] + [n for n in others]
    queries += [f"13{rng.randint(0, 9)}{rng.randint(0, 9)}" for _ in range(20)]
    find_members(conn, "zz", event_id=event_id)  # pypinyin imported once, as at the door
    times = []
    for text in queries:
        began = time.perf_counter()
        find_members(conn, text, 12, community_id, event_id=event_id)
        times.append(time.perf_counter() - began)
    print(f"check-in search at the door ({count} registered, {len(queries)} queries: names, "
          f"2-character prefixes, phone tails, pinyin initials, roster names, phone prefixes):"
          f" p50 {ms(percentile(times, 50))}, p95 {ms(percentile(times, 95))}, "
          f"max {ms(max(times))}")
    reference = []
    for text in others[:10]:
        began = time.perf_counter()
        conn.execute("SELECT id FROM members WHERE display_name LIKE ? LIMIT 12",
                     (f"%{text[1:]}%",)).fetchall()
        reference.append(time.perf_counter() - began)
    print(f"  reference: LIKE '%name%' scan of members, LIMIT 12: p50 "
          f"{ms(percentile(reference, 50))}, p95 {ms(percentile(reference, 95))}")


def bench_ics(conn) -> None:
    from exports.ics import calendar_bytes
    from models.events.schedule import list_events

    began = time.perf_counter()
    import icalendar  # noqa: F401

    imported = time.perf_counter() - began
    runs = []
    for _ in range(3):
        began = time.perf_counter()
        data, summary = calendar_bytes(conn)
        runs.append(time.perf_counter() - began)
    best = statistics.median(runs)
    print(f".ics export: {summary.events} events, {len(data) / 1e6:.2f} MB in {ms(best)} "
          f"({summary.events / best:,.0f} events/s; icalendar import {ms(imported)} once)")
    began = time.perf_counter()
    rows = [e.__dict__ for e in list_events(conn)]
    json.dumps(rows, ensure_ascii=False)
    plain = time.perf_counter() - began
    print(f"  reference: the same events read and json-dumped: {ms(plain)} "
          f"({len(rows) / plain:,.0f} events/s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", type=Path, required=True,
                        help="a COPY of a big demo workspace (it is written to)")
    parser.add_argument("--events", type=int, default=2000)
    args = parser.parse_args()
    from models.store.workspace import open_workspace

    began = time.perf_counter()
    workspace = open_workspace(args.workspace)
    opened = time.perf_counter() - began
    print(f"opened (and upgraded if needed) {args.workspace} in {opened:.1f} s")
    conn = workspace.conn
    members = conn.execute("SELECT max(id) FROM members").fetchone()[0]
    total = top_up(conn, args.events)
    first, last = conn.execute("SELECT min(starts_at), max(starts_at) FROM events").fetchone()
    print(f"{members:,} members, {total:,} events from {first[:10]} to {last[:10]}")
    start = date.fromisoformat(first[:10]).replace(day=15)
    months = [date(start.year + (start.month - 1 + n) // 12, (start.month - 1 + n) % 12 + 1, 15)
              for n in range(36)]
    bench_month(workspace, months)
    bench_checkin(conn)
    bench_ics(conn)
    workspace.close()


if __name__ == "__main__":
    main()
