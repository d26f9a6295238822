"""How long the window stalls while the analytics tab fills: the longest gap between the
ticks of a 10 ms timer, from switching to the tab until every chart is on screen, then
again for a change of period.

    python benchmarks/analytics_ui.py BIG.qunzhu

Aim (issue 7): no stall over 200 ms, even at 1,000,000 members. Offscreen platform.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path[0] = str(Path(__file__).resolve().parent.parent)  # not this folder (calendar.py)

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


class StallMeter:
    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.worst = 0.0

    def start(self) -> None:
        self.last, self.worst = time.perf_counter(), 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now


def wait_for(signal, ms: int = 600_000) -> float:
    began = time.perf_counter()
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    return time.perf_counter() - began


def main() -> None:
    from models.analytics.period import Preset

    app = QApplication.instance() or QApplication([])
    import desktop
    from desktop import paths

    paths.set_application_names(app)
    window = desktop.main_window(sys.argv[1], "zh_CN")
    window.resize(1200, 780)
    window.tabs.setCurrentIndex(0)
    window.show()
    app.processEvents()
    meter = StallMeter()
    view = window.analytics_view
    meter.start()
    window.tabs.setCurrentWidget(view)
    ready = wait_for(view.dashboard_ready)
    print(f"switch to the tab: ready in {ready * 1000:,.0f} ms, longest stall "
          f"{meter.worst * 1000:,.0f} ms (aim: <= 200 ms)")
    today = view.today()
    custom = (today.replace(year=today.year - 1, month=6, day=1),
              today.replace(month=3, day=31))
    for preset, days in ((Preset.LAST_90, ()), (Preset.LAST_365, ()), (Preset.THIS_YEAR, ()),
                         (Preset.CUSTOM, custom), (Preset.LAST_30, ())):
        meter.start()
        view.set_period(preset, *days)
        ready = wait_for(view.dashboard_ready)
        label = f"{preset} {days[0]} to {days[1]}" if days else str(preset)
        print(f"period {label}: ready in {ready * 1000:,.0f} ms, longest stall "
              f"{meter.worst * 1000:,.0f} ms")
    window.close()


if __name__ == "__main__":
    main()
