"""The roster on a big workspace: tab switch, jump to end, search, sort, memory.

    python benchmarks/roster.py --workspace BIG.qunzhu [--queries 60]

Each figure is printed beside a reference measured in the same run: the raw SQL or FTS
query for the same work, and (in a child process, for a fair memory figure) a naive model
that reads every row into a Python list, which is what a quick hack does.
Targets on a 2-core machine: first rows and jump to end under 200 ms, search p95 under 50 ms
for the query and under 250 ms from keystroke to painted rows (debounce included), sort
under 500 ms, RSS under 400 MB, and no stall over 200 ms when switching to the tab.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path[0] = str(ROOT)  # not this folder: benchmarks/calendar.py would shadow the stdlib

from PySide6.QtCore import QAbstractTableModel, QEvent, QEventLoop, QModelIndex, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class PaintWatch(QObject):
    """Notes when a widget has painted."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.painted = False
        widget.installEventFilter(self)

    def eventFilter(self, _obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def until(predicate, timeout_s: float = 30.0) -> None:
    """Run the event loop until ``predicate()`` holds (a QEventLoop, so workers get the GIL)."""
    deadline = time.perf_counter() + timeout_s
    loop = QEventLoop()
    while not predicate() and time.perf_counter() < deadline:
        QTimer.singleShot(1, loop.quit)
        loop.exec()


def timed_paint(view: QTableView, action) -> float:
    """Seconds from ``action()`` to the table's next paint."""
    watch = PaintWatch(view.viewport())
    began = time.perf_counter()
    action()
    view.viewport().update()
    until(lambda: watch.painted)
    return time.perf_counter() - began


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def queries(conn: sqlite3.Connection, count: int, seed: int = 7) -> dict[str, list[str]]:
    """Realistic queries drawn from the workspace: what operators type."""
    rng = random.Random(seed)
    top = conn.execute("SELECT max(id) FROM members").fetchone()[0]
    picked = [conn.execute("SELECT display_name, nickname, phone, search_pinyin FROM members"
                           " WHERE id = ?", (rng.randint(1, top),)).fetchone()
              for _ in range(count * 2)]
    picked = [p for p in picked if p]
    per = max(count // 4, 12)
    one = [p[0][0] for p in picked][:per - 2] + ["阚", "禚"]  # common surnames, and rare ones
    two = [p[0][:2] for p in picked if len(p[0]) >= 2][:per]
    three = ([p[0] for p in picked if len(p[0]) >= 3][:per // 2]
             + [p[2][-5:] for p in picked if p[2]][:per // 2])
    pinyin = [p[3].split()[0] for p in picked if p[3]][:per // 2] + \
             [p[3].split()[1] for p in picked if p[3] and len(p[3].split()) > 1][:per // 2]
    return {"1 char": one, "2 chars": two, "3+ chars": three, "pinyin": pinyin}


def lazy(workspace: Path, n_queries: int, per_query: bool = False) -> None:
    import desktop
    from desktop import paths
    from models.members import roster as roster_query
    from models.members.roster import Column, RosterSort
    from models.search import query

    app = QApplication.instance() or QApplication([])
    paths.set_application_names(app)
    began = time.perf_counter()
    window = desktop.main_window(workspace, "zh_CN")
    window.tabs.setCurrentIndex(0)
    window.resize(1280, 800)
    window.show()
    until(lambda: window.isVisible())
    built = time.perf_counter() - began
    roster = window.roster_view
    table = roster.table
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by name, whatever was saved
    conn = window.workspace.conn
    total = conn.execute("SELECT count(*) FROM members").fetchone()[0]
    print(f"workspace: {workspace.name}, {total:,} members; window built in {built * 1000:.0f} ms")

    # 1. Switching to the tab: first rows painted, and the longest stall of the event loop.
    switch = timed_paint(table, lambda: window.tabs.setCurrentWidget(roster))
    reference = time.perf_counter()
    conn.execute("SELECT id, display_name FROM members WHERE deleted_at IS NULL"
                 " ORDER BY name_key, id LIMIT 200").fetchall()
    reference = time.perf_counter() - reference
    print(f"switch to tab -> first rows painted: {switch * 1000:.0f} ms "
          f"(reference: the raw first-page query {reference * 1000:.1f} ms; target < 200 ms)")
    until(lambda: roster.model.total is not None)

    # 2. Jump to the last row.
    jump = timed_paint(table, table.scrollToBottom)
    last = roster.model.row_at(roster.model.rowCount() - 1)
    reference = time.perf_counter()
    conn.execute("SELECT id FROM members WHERE deleted_at IS NULL"
                 " ORDER BY name_key DESC, id DESC LIMIT 200").fetchall()
    reference = time.perf_counter() - reference
    print(f"jump to last row ({last.display_name}): {jump * 1000:.0f} ms "
          f"(reference: raw last-page query {reference * 1000:.1f} ms; target < 200 ms)")
    table.scrollToTop()

    # 3. Search: the query itself, keystroke to painted rows, the count, and raw FTS.
    sets = queries(conn, n_queries)
    print(f"search over {sum(len(v) for v in sets.values())} queries "
          f"(debounce {roster._search_timer.interval()} ms):")
    for kind, texts in sets.items():
        query_s, painted_s, count_s, raw_s = [], [], [], []
        for text in texts:
            roster.search.blockSignals(True)
            roster.search.setText(text)
            roster.search.blockSignals(False)
            f = roster.current_filter()
            t = time.perf_counter()
            roster.model.set_query(f)
            query_s.append(time.perf_counter() - t)
            until(lambda: roster.model.total is not None)
            count_s.append(time.perf_counter() - t)
            roster.search.clear()
            roster.requery()
            until(lambda: roster.model.total is not None)

            def type_it(text=text):
                roster.search.setText(text)

            watch = PaintWatch(table.viewport())
            t = time.perf_counter()
            type_it()
            until(lambda: not roster._search_timer.isActive())
            table.viewport().update()
            until(lambda watch=watch: watch.painted)
            painted_s.append(time.perf_counter() - t)
            until(lambda: roster.model.total is not None)
            found = query.hits_sql(text)
            t = time.perf_counter()
            if found:
                conn.execute(f"SELECT * FROM ({found[0]}) LIMIT 200", found[1]).fetchall()
            raw_s.append(time.perf_counter() - t)
            if per_query:
                print(f"    {text!r:14} query {query_s[-1] * 1000:6.1f} ms  painted "
                      f"{painted_s[-1] * 1000:6.1f} ms  plan: "
                      f"{roster_query.describe_plan(conn, f, RosterSort())}")
        print(f"  {kind:<9} query p50 {pct(query_s, 50) * 1000:6.1f} ms  p95 "
              f"{pct(query_s, 95) * 1000:6.1f} ms | keystroke->painted p50 "
              f"{pct(painted_s, 50) * 1000:6.1f} p95 {pct(painted_s, 95) * 1000:6.1f} ms | "
              f"full count p95 {pct(count_s, 95) * 1000:6.1f} ms | raw index p95 "
              f"{pct(raw_s, 95) * 1000:5.1f} ms")
    roster.search.clear()
    roster.requery()
    until(lambda: roster.model.total is not None)

    # 4. Sorting.
    for column in (Column.NAME, Column.JOINED, Column.POINTS, Column.LAST_ACTIVE):
        index = list(Column).index(column)
        for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
            spent = timed_paint(table, lambda i=index, o=order: table.sortByColumn(i, o))
        print(f"sort by {column.name.lower():<11}: {spent * 1000:.0f} ms to painted rows "
              f"(target < 500 ms)")
    print(f"peak RSS with the roster open: {rss_mb():.0f} MB (target < 400 MB)")
    window.close()


class NaiveModel(QAbstractTableModel):
    """What a quick hack does: every row in a Python list."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        super().__init__()
        self.rows = conn.execute(
            "SELECT display_name, nickname, communities_text, tags_text, city, source, lifecycle,"
            " points, joined_at, last_active_at FROM members WHERE deleted_at IS NULL"
            " ORDER BY name_key").fetchall()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 10

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None


def naive(workspace: Path) -> None:
    app = QApplication.instance() or QApplication([])
    conn = sqlite3.connect(f"{workspace.resolve().as_uri()}?mode=ro", uri=True)
    table = QTableView()
    table.resize(1280, 800)
    table.show()
    first = timed_paint(table, lambda: table.setModel(NaiveModel(conn)))
    jump = timed_paint(table, table.scrollToBottom)
    print(f"reference, naive list model: first rows painted {first * 1000:.0f} ms, "
          f"jump to end {jump * 1000:.0f} ms, peak RSS {rss_mb():.0f} MB")
    app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", type=Path, required=True)
    parser.add_argument("--queries", type=int, default=60)
    parser.add_argument("--per-query", action="store_true",
                        help="print each search's time and the plan chosen for it")
    parser.add_argument("--naive", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.naive:
        naive(args.workspace)
        return
    lazy(args.workspace, args.queries, args.per_query)
    subprocess.run([sys.executable, __file__, "--workspace", str(args.workspace), "--naive"],
                   check=False)


if __name__ == "__main__":
    main()
