"""``qunzhu --self-test``: does this installation work? Run by CI on the frozen app, and by
anyone who wonders (support: "run it and send me what it prints").

Offscreen, in a temporary folder, touching none of the user's files or settings: opens the
window on a new workspace (the time until it is shown is the start time), fills a demo
workspace (worker processes: a frozen app's ``freeze_support`` is exercised), imports a small
member CSV it writes, exports a roster workbook, charts with Chinese text (failing on any
character drawn as a box) and an .ics, then opens the window on each tab. Every step goes
through the same commands the CLI runs and the window's own ``main_window``.

Prints one line per step (``ok`` with its time, or ``FAILED`` with the reason) and a summary
line of figures CI reads; exits 0 when every step passed, 1 otherwise.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from desktop.cli_parser import EXIT_OK

#: A member list as an operator's spreadsheet would give it: Chinese headers, a +86 phone.
MEMBERS_CSV = ("姓名,手机号,微信号,标签,入群时间\n"
               "张晓明,13800138000,zxm_2024,宝妈;读书,2024-03-05\n"
               "李华,+86 139 0013 9000,lihua88,读书,2024年3月6日\n"
               "王芳,13700137000,,跑步,2024/03/07\n")
IMPORTED = ("张晓明", "李华", "王芳")
#: Enough for every chart to have data, small enough to take a second or two.
DEMO_MEMBERS = 200
#: How long the window's background work (the dashboard) may take before it counts as hung.
WAIT_SECONDS = 60


class Failed(Exception):
    """A step's failure, worded for the line it prints."""


class SelfTest:
    def __init__(self, folder: Path, started: float) -> None:
        self.folder = folder
        self.started = started
        self.failures: list[str] = []
        self.figures: dict[str, float] = {}
        self.errors: list[str] = []  # uncaught exceptions while the window ran

    def step(self, name: str, action: Callable[[], object]) -> None:
        began = time.perf_counter()
        try:
            action()
        except Exception as error:  # noqa: BLE001 - every failure is reported, then the next
            reason = str(error) or type(error).__name__
            self.failures.append(f"{name}: {reason}")
            print(f"FAILED {name}: {reason}", flush=True)
            return
        print(f"ok     {name} ({time.perf_counter() - began:.2f} s)", flush=True)

    # -- the steps -------------------------------------------------------------------

    def window_starts(self) -> None:
        """The window on a new workspace, as a first launch shows it; how long after the
        process started it was on screen."""
        window = _open_window(self.folder / "first.qunzhu")
        try:
            age = _process_age()  # from exec (Linux); else from the first import of desktop
            self.figures["window_shown_s"] = age if age is not None \
                else time.perf_counter() - self.started
        finally:
            window.close()

    def demo(self) -> None:
        self.cli("demo", "--members", str(DEMO_MEMBERS))

    def import_members(self) -> None:
        source = self.folder / "成员名单.csv"
        source.write_text(MEMBERS_CSV, encoding="utf-8-sig")
        self.cli("import", "members", str(source), workspace=self.roster)

    def export_roster(self) -> None:
        from openpyxl import load_workbook

        target = self.folder / "roster.xlsx"
        self.cli("export", "roster", "-o", str(target), workspace=self.roster)
        book = load_workbook(target, read_only=True)
        try:
            cells = {str(c) for row in book.worksheets[0].iter_rows(values_only=True)
                     for c in row if c is not None}
        finally:
            book.close()
        missing = [name for name in IMPORTED if name not in cells]
        if missing:
            raise Failed(f"the exported roster lacks {', '.join(missing)}")

    def chart_in_chinese(self) -> None:
        """One chart whose title is Chinese, saved as PNG through the guard that refuses
        boxes: the first chart of the process (matplotlib imported, fonts loaded)."""
        from exports import chart_fonts
        from exports.charts import Chart, save

        began = time.perf_counter()
        fonts = chart_fonts.families()
        if fonts[0] not in chart_fonts.CJK_FALLBACK:
            raise Failed("no Chinese font found for charts (tried "
                         + ", ".join(chart_fonts.CJK_FALLBACK) + ")")
        from matplotlib import rcParams
        from matplotlib.figure import Figure

        rcParams["font.family"] = fonts
        figure = Figure(figsize=(4, 2.5), dpi=100, layout="constrained")
        axes = figure.add_subplot()
        axes.bar(["一月", "二月", "三月"], [12, 30, 21])
        axes.set_title("成员增长 群主 ¥1,234")
        path = save(Chart("selftest", "成员增长", figure), self.folder / "chart.png")
        self.figures["first_chart_s"] = time.perf_counter() - began
        if path.read_bytes()[:4] != b"\x89PNG":
            raise Failed(f"{path} is not a PNG")

    def export_charts(self) -> None:
        target = self.folder / "charts"
        self.cli("export", "charts", "-o", str(target), "--period", "last_365")
        written = sorted(target.glob("*.png"))
        if not written:
            raise Failed("no chart was written")

    def export_calendar(self) -> None:
        from icalendar import Calendar

        target = self.folder / "events.ics"
        self.cli("export", "calendar", "-o", str(target))
        calendar = Calendar.from_ical(target.read_bytes())
        if not calendar.walk("VEVENT"):
            raise Failed(f"{target} holds no event")

    def every_tab(self) -> None:
        from desktop.window import TAB_VIEWS

        window = _open_window(self.workspace)
        try:
            for index, key in enumerate(TAB_VIEWS):
                window.tabs.setCurrentIndex(index)
                view = window.tab_set.view(key)
                _pump(0.2)
                if not view.isVisible():
                    raise Failed(f"the {key} tab is not shown")
            analytics = window.tab_set.view("analytics")
            if analytics.dashboard is None:
                _wait_for(analytics.dashboard_ready, WAIT_SECONDS)
            if analytics.dashboard is None:
                raise Failed("the analytics tab computed no dashboard")
        finally:
            window.close()
            _pump(0.2)
        if self.errors:
            raise Failed("; ".join(self.errors))

    # -- helpers ---------------------------------------------------------------------

    @property
    def workspace(self) -> Path:
        """The demo workspace (charts, calendar, the tabs)."""
        return self.folder / "自测.qunzhu"

    @property
    def roster(self) -> Path:
        """The workspace the CSV goes into (alone: no demo member shares its phones)."""
        return self.folder / "名单.qunzhu"

    def cli(self, *argv: str, workspace: Path | None = None) -> str:
        """Run a ``qunzhu`` command on ``workspace`` (default: the demo one), as the CLI
        would; its output is kept and shown only when it fails."""
        from desktop import commands
        from desktop.cli_parser import build_parser

        workspace = workspace or self.workspace
        args = build_parser().parse_args([*argv, "--workspace", str(workspace)])
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            status = commands.run(args.command, workspace, args)
        if status != EXIT_OK:
            said = " | ".join(line for line in out.getvalue().splitlines() if line.strip())
            raise Failed(f"qunzhu {' '.join(argv)} exited {status}: {said}")
        return out.getvalue()


def _open_window(path: Path):
    from desktop import main_window

    window = main_window(path, lazy_tabs=True)
    window.show()
    deadline = time.perf_counter() + 10
    while time.perf_counter() < deadline:
        _pump(0)
        handle = window.windowHandle()
        if window.isVisible() and handle is not None and handle.isExposed():
            return window
        time.sleep(0.005)
    window.close()
    raise Failed("the window was not shown within 10 s")


def _pump(seconds: float) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.perf_counter() + seconds
    while True:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if time.perf_counter() >= deadline:
            return
        time.sleep(0.01)


def _wait_for(signal, seconds: float) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def _quiet_offscreen_noise(kind, context, message: str) -> None:
    """Qt's messages on stderr, less the offscreen platform's note that it cannot size
    windows to their hints (real platforms can)."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _process_age() -> float | None:
    """Seconds since this process was started (Linux: /proc), None where unknown."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        ticks = os.sysconf("SC_CLK_TCK")
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, ValueError, IndexError, AttributeError):
        return None
    return uptime - int(fields[19]) / ticks


def run(lang: str | None = None, started: float | None = None) -> int:
    """The self-test, start to end; the exit status. ``started``: when the process began
    (``time.perf_counter()``), for the start time."""
    started = time.perf_counter() if started is None else started
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from desktop import error_surface, i18n, paths

    with tempfile.TemporaryDirectory(prefix="qunzhu-selftest-") as temp:
        folder = Path(temp)
        # the user's settings, recent files and log stay untouched
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(folder / "config"))
        app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "qunzhu"])
        paths.set_application_names(app)
        error_surface.start_logging(folder / "logs")
        i18n.use_language(lang or "zh_CN")  # Chinese text in charts and exports
        test = SelfTest(folder, started)
        previous_handler = qInstallMessageHandler(_quiet_offscreen_noise)
        previous_hook = sys.excepthook
        sys.excepthook = lambda kind, error, tb: test.errors.append(
            f"{kind.__name__}: {error}")
        steps = 8
        try:
            test.step("window shown", test.window_starts)
            test.step(f"demo workspace ({DEMO_MEMBERS} members)", test.demo)
            test.step("import a member CSV", test.import_members)
            test.step("export the roster (.xlsx)", test.export_roster)
            test.step("a chart with Chinese text (.png)", test.chart_in_chinese)
            test.step("export every chart (.png)", test.export_charts)
            test.step("export the calendar (.ics)", test.export_calendar)
            test.step("the window on each tab", test.every_tab)
        finally:
            sys.excepthook = previous_hook
            qInstallMessageHandler(previous_handler)
            error_surface.stop_logging()
        figures = " ".join(f"{key}={value:.2f}" for key, value in test.figures.items())
        verdict = (f"all {steps} steps ok" if not test.failures
                   else f"{len(test.failures)} of {steps} steps FAILED")
        print(f"self-test: {verdict}; {figures}", flush=True)
        return EXIT_OK if not test.failures else 1
