"""Start-up to an idle window, beside a bare QMainWindow with five tabs in the same run.

    python benchmarks/startup.py [--workspace BIG.qunzhu] [--runs 7]

Each figure is a whole process, as a user starts it: interpreter, imports, opening the
workspace, building the window, showing it, and the event loop's first idle moment.
Aim: within 1.5x of the bare window; under 1.5 s on a 1,000,000-member workspace.

Qunzhu starts the way the app does (``lazy_tabs=True``): the current tab is built before
the window shows, the other four after it, one per event-loop turn. The script also prints
when the last of them is built and the longest the event loop was held up meanwhile.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget
app = QApplication([])
window = QMainWindow()
tabs = QTabWidget()
for name in ("Plan", "Roster", "Calendar", "Checklists", "Analytics"):
    tabs.addTab(QWidget(), name)
window.setCentralWidget(tabs)
window.show()
QTimer.singleShot(0, lambda: (print("idle", flush=True), os._exit(0)))
app.exec()
"""

OURS = """
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
import desktop
from desktop import paths
paths.set_application_names(app)
window = desktop.main_window(sys.argv[1], "zh_CN", lazy_tabs=True)
window.show()

def idle():
    print("idle", flush=True)
    began = last = time.perf_counter()
    worst = 0.0

    def tick():  # every millisecond the event loop is free
        nonlocal last, worst
        now = time.perf_counter()
        worst, last = max(worst, now - last), now
        if not window.tab_set.pending():
            print(f"rest {(now - began) * 1000:.0f} {worst * 1000:.0f}", flush=True)
            os._exit(0)

    window.ticker = QTimer(interval=1, timeout=tick)
    window.ticker.start()

QTimer.singleShot(0, idle)
app.exec()
"""


REST: list[tuple[float, float]] = []  # (ms until every tab is built, longest hold-up ms)


#: Settings of their own, so the figures do not depend on what this machine's user left open
#: last (set in main).
CONFIG_HOME = ""


def time_process(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "XDG_CONFIG_HOME": CONFIG_HOME}
    began = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = process.stdout.readline()
    elapsed = time.perf_counter() - began
    rest = process.stdout.readline().split()
    if rest and rest[0] == "rest":
        REST.append((float(rest[1]), float(rest[2])))
    process.wait()
    if line.strip() != "idle":
        raise RuntimeError("the window did not start")
    return elapsed


def median_ms(code: str, runs: int, *args: str) -> tuple[float, float]:
    REST.clear()
    times = sorted(time_process(code, *args) for _ in range(runs))
    return statistics.median(times) * 1000, times[-1] * 1000


def rest_line() -> str:
    """When the other tabs were ready, after idle, and the longest hold-up meanwhile."""
    ready = statistics.median(r[0] for r in REST)
    worst = max(r[1] for r in REST)
    return (f"    the other four tabs built {ready:.0f} ms after idle (median); longest the "
            f"event loop was held up meanwhile: {worst:.0f} ms (aim: under 200)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", type=Path, help="a big workspace to open as well")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    global CONFIG_HOME
    with tempfile.TemporaryDirectory() as tmp:
        CONFIG_HOME = str(Path(tmp) / "config")
        small = Path(tmp) / "small.qunzhu"
        subprocess.run([sys.executable, "-m", "desktop", "demo", "--workspace", str(small),
                        "--members", "1000"], cwd=ROOT, check=True, capture_output=True)
        time_process(BARE)  # warm the page cache for both
        bare, bare_max = median_ms(BARE, args.runs)
        ours, ours_max = median_ms(OURS, args.runs, str(small))
        print(f"reference: bare QMainWindow, 5 tabs, to idle: {bare:.0f} ms "
              f"(max {bare_max:.0f}) over {args.runs} runs")
        print(f"qunzhu, 1,000-member workspace, to idle:    {ours:.0f} ms "
              f"(max {ours_max:.0f}) = {ours / bare:.2f}x the bare window (aim: <= 1.5x)")
        print(rest_line())
        if args.workspace:
            big, big_max = median_ms(OURS, args.runs, str(args.workspace))
            size = args.workspace.stat().st_size / 2**20
            print(f"qunzhu, {args.workspace.name} ({size:,.0f} MiB), to idle: {big:.0f} ms "
                  f"(max {big_max:.0f}) = {big / bare:.2f}x (aim: under 1,500 ms)")
            print(rest_line())


if __name__ == "__main__":
    main()
