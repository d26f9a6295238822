"""数据分析 Analytics tab (objectName ``analyticsView``): KPI cards, charts and the
"slipping away" list for the toolbar's community and a chosen period.

Nothing is computed until the tab is first shown (matplotlib and the queries stay off
the start-up path). Each refresh runs ``compute_dashboard`` and builds the figures on the
thread pool with its own read-only connection; a newer refresh supersedes an older one.
"""

from __future__ import annotations

import gc
import sqlite3
import threading
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.analytics.keywords import has_texts
from models.analytics.period import Period, Preset
from models.core import clock
from models.core.changes import Change
from models.members.communities import get_community
from models.store.workspace import Workspace
from views import tones
from views.analytics.chart_panel import ChartPanel, chart_theme_for
from views.analytics.honours_panel import HonoursPanel
from views.analytics.keywords_panel import KeywordsPanel
from views.analytics.kpi_card import KpiCard
from views.analytics.slipping_panel import SlippingPanel
from views.background import run_query
from views.export_target import ask_save_path, offer_written

translate = QCoreApplication.translate

#: Tables whose change can move a number on this tab.
WATCHED = ("members", "memberships", "activities", "events", "registrations", "points_ledger",
           "member_tags", "tags", "communities", "workspace_settings", "honours",
           "member_honours")
CHART_GAP_MS = 40
CHART_KEYS = ["growth", "activity", "retention", "funnel", "sources", "attendance", "revenue",
              "audience", "tags", "referrals", "people", "hours"]


_frozen = threading.Lock()


def _freeze_long_lived() -> None:
    """Once per process, after matplotlib and the fonts are loaded: move every object
    alive now out of the garbage collector's sight.

    A full collection walks every tracked object while holding the GIL; with Qt and
    matplotlib loaded that is over a million, 300-600 ms measured, and it happened in the
    worker building the figures, so the window stalled. Frozen objects are never walked
    (nor collected: the little garbage alive at this moment stays)."""
    if _frozen.acquire(blocking=False):
        gc.freeze()


def kpi_titles() -> dict[str, str]:
    return {
        "members": translate("AnalyticsView", "Members"),
        "new_members": translate("AnalyticsView", "New members"),
        "active": translate("AnalyticsView", "Active members"),
        "conversion": translate("AnalyticsView", "Conversion rate"),
        "revenue": translate("AnalyticsView", "Revenue"),
        "attendance": translate("AnalyticsView", "Attendance rate"),
    }


class AnalyticsView(QWidget):
    """The tab (see ``views/tab.py``). ``dashboard_ready`` fires when every chart of a
    refresh is on screen; ``show_members_requested(ids)`` asks for the roster filtered to
    those members; ``report_exported(path)`` / ``export_failed(message)`` after an export;
    ``profile_requested(id)`` asks for a member's profile (from the 裂变 window)."""

    changed = Signal(object)
    show_members_requested = Signal(list)
    profile_requested = Signal(int)
    dashboard_ready = Signal()
    report_exported = Signal(str)
    export_failed = Signal(str)

    def __init__(self, workspace: Workspace, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("analyticsView")
        self.workspace = workspace
        self.undo_stack = undo_stack
        self.community_id: int | None = None
        # the workspace zone's date; replaceable (tests, demo workspaces anchored elsewhere)
        self.today = clock.today
        self.dashboard: Any = None
        self._generation = 0
        self._dirty = True
        self._pending_charts: list[tuple[ChartPanel, Any]] = []
        self._referral_windows: list[Any] = []
        self._build()
        self._connect_signals()

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(translate("AnalyticsView", "Period:"), self))
        self.period_picker = QComboBox(self)
        self.period_picker.setObjectName("periodPicker")
        for preset, text in ((Preset.LAST_30, translate("AnalyticsView", "Last 30 days")),
                             (Preset.LAST_90, translate("AnalyticsView", "Last 90 days")),
                             (Preset.LAST_365, translate("AnalyticsView", "Last 365 days")),
                             (Preset.THIS_YEAR, translate("AnalyticsView", "This year")),
                             (Preset.CUSTOM, translate("AnalyticsView", "Custom…"))):
            self.period_picker.addItem(text, str(preset))
        controls.addWidget(self.period_picker)
        self.start_edit = QDateEdit(self)
        self.end_edit = QDateEdit(self)
        for edit, name in ((self.start_edit, "periodStart"), (self.end_edit, "periodEnd")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setVisible(False)
        self.dash = QLabel("–", self)
        self.dash.setVisible(False)
        controls.addWidget(self.start_edit)
        controls.addWidget(self.dash)
        controls.addWidget(self.end_edit)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("analyticsBusy")
        self.busy.setRange(0, 0)
        self.busy.setFixedWidth(110)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        self.status = QLabel(self)
        self.status.setObjectName("analyticsStatus")
        controls.addWidget(self.busy)
        controls.addWidget(self.status, 1)
        self.export_button = QPushButton(translate("AnalyticsView", "Export Report…"), self)
        self.export_button.setObjectName("exportReport")
        self.referrals_button = QPushButton(translate("AnalyticsView", "Referral Tree…"), self)
        self.referrals_button.setObjectName("openReferrals")
        controls.addWidget(self.referrals_button)
        controls.addWidget(self.export_button)
        outer.addLayout(controls)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        content = QWidget(self.scroll)
        body = QVBoxLayout(content)
        cards = QHBoxLayout()
        self.cards = {key: KpiCard(key, title, content) for key, title in kpi_titles().items()}
        for card in self.cards.values():
            cards.addWidget(card)
        body.addLayout(cards)
        grid = QGridLayout()
        self.panels: dict[str, ChartPanel] = {}
        for index, key in enumerate(CHART_KEYS):
            panel = ChartPanel(key, content)
            self.panels[key] = panel
            # a short chart beside a tall one sits at the top of the row, not in its middle
            grid.addWidget(panel, index // 2, index % 2, Qt.AlignmentFlag.AlignTop)
        body.addLayout(grid)
        self.honours = HonoursPanel(content)
        body.addWidget(self.honours)
        self.keywords = KeywordsPanel(self.workspace.path,
                                      lambda: (self.community_id, self.period()), content)
        self.keywords.setVisible(False)  # until a chat import kept message texts
        body.addWidget(self.keywords)
        self.slipping = SlippingPanel(content)
        body.addWidget(self.slipping)
        self.scroll.setWidget(content)
        outer.addWidget(self.scroll)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)

    def _connect_signals(self) -> None:
        self.period_picker.currentIndexChanged.connect(self._on_period_picker_changed)
        self.start_edit.dateChanged.connect(lambda _d: self._debounce.start())
        self.end_edit.dateChanged.connect(lambda _d: self._debounce.start())
        self._debounce.timeout.connect(self.refresh)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.referrals_button.clicked.connect(self.open_referrals)
        self.slipping.show_members_requested.connect(self.show_members_requested)
        self.honours.show_members_requested.connect(self.show_members_requested)
        self.slipping.all_members_requested.connect(self._on_all_slipping_requested)
        self.slipping.export_requested.connect(self._on_slipping_export_requested)
        for panel in self.panels.values():
            panel.export_requested.connect(
                lambda fmt, path, p=panel: self.export_chart(p.key, fmt, Path(path)))

    # -- the tab contract --------------------------------------------------------------

    def set_community(self, community_id: int | None) -> None:
        self.community_id = community_id
        self._invalidate()

    def apply_changes(self, change: Change) -> None:
        if change.touches(*WATCHED):
            self._invalidate()
        for window in self._referral_windows:  # open 裂变 windows read again too
            window.apply_changes(change)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._dirty:
            QTimer.singleShot(0, self.refresh)

    def _invalidate(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    # -- the period --------------------------------------------------------------------

    def period(self) -> Period:
        preset = self.period_picker.currentData()
        if preset == Preset.CUSTOM:
            start = self.start_edit.date().toPython()
            end = self.end_edit.date().toPython()
            return Period(min(start, end), max(start, end))
        return Period.preset(preset, self.today())

    def set_period(self, preset: Preset | str, start: date | None = None,
                   end: date | None = None) -> None:
        """Pick a preset (for custom, with its days) as the user would."""
        if start is not None and end is not None:
            self.start_edit.blockSignals(True)
            self.end_edit.blockSignals(True)
            self.start_edit.setDate(QDate(start))
            self.end_edit.setDate(QDate(end))
            self.start_edit.blockSignals(False)
            self.end_edit.blockSignals(False)
        index = self.period_picker.findData(str(preset))
        if index == self.period_picker.currentIndex():
            self._on_period_picker_changed(index)
        else:
            self.period_picker.setCurrentIndex(index)

    def _on_period_picker_changed(self, _index: int) -> None:
        custom = self.period_picker.currentData() == Preset.CUSTOM
        if custom and self.start_edit.date() == QDate(2000, 1, 1):
            last = Period.preset(Preset.LAST_90, self.today())
            for edit, day in ((self.start_edit, last.start), (self.end_edit, last.end)):
                edit.blockSignals(True)
                edit.setDate(QDate(day))
                edit.blockSignals(False)
        for widget in (self.start_edit, self.dash, self.end_edit):
            widget.setVisible(custom)
        self._invalidate()

    # -- computing ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Compute everything again in the background (the busy bar shows meanwhile)."""
        from views.analytics.texts import chart_text

        self._dirty = False
        self._generation += 1
        generation, community_id = self._generation, self.community_id
        period, text, today = self.period(), chart_text(), self.today()
        # the figures are drawn in the background at the size their panels have now
        ratio = self.devicePixelRatioF()
        widths = {key: panel.width() for key, panel in self.panels.items()}
        theme = chart_theme_for(self.palette())
        self._pending_charts.clear()
        self.busy.setVisible(True)
        self.status.setText(translate("AnalyticsView", "Computing…"))
        self.status.setStyleSheet("")
        for card in self.cards.values():
            card.set_busy()

        def work(conn: sqlite3.Connection) -> Any:
            from exports.charts import CHARTS, warm_up
            from models.analytics.dashboard import compute_dashboard
            from views.analytics.chart_panel import prepare

            warm_up()
            # the Qt backend's import (~0.3 s) happens here, not on the UI thread
            import matplotlib.backends.backend_qtagg  # noqa: F401
            _freeze_long_lived()
            dashboard = compute_dashboard(conn, community_id, period,
                                          cancelled=lambda: generation != self._generation,
                                          today=today)
            if dashboard is None:
                return None
            charts = {}
            for key in CHART_KEYS:
                if generation != self._generation:
                    return None
                chart = CHARTS[key](dashboard, text)
                chart.restyle(theme)
                charts[key] = (chart, prepare(chart.figure, widths[key], ratio))
            # read here, on the worker's own connection: the window's may be closed by the
            # time the result arrives (the workspace closed while this computed)
            return dashboard, charts, has_texts(conn)

        run_query(self, self.workspace.path, work,
                  lambda result: self._on_computed(generation, result),
                  lambda error: self._on_failed(generation, error))

    def _on_computed(self, generation: int, result: Any) -> None:
        if generation != self._generation or result is None:
            return
        dashboard, charts, texts_kept = result
        self.keywords.setVisible(texts_kept)
        self.dashboard = dashboard
        for kpi in dashboard.kpis:
            self.cards[kpi.key].show_kpi(kpi)
        self.honours.show_board(dashboard.honours)
        self.slipping.show_slipping(dashboard.slipping, (dashboard.as_of or
                                                         dashboard.period.end).isoformat())
        self._pending_charts = [(self.panels[key], charts[key]) for key in CHART_KEYS]
        self._show_next_chart(generation)

    def _show_next_chart(self, generation: int) -> None:
        """One canvas per event-loop turn: its first draw is the slow part."""
        if generation != self._generation:
            return
        if not self._pending_charts:
            self.busy.setVisible(False)
            self.status.setText(translate("AnalyticsView", "{start} to {end}").format(
                start=self.dashboard.period.start.isoformat(),
                end=self.dashboard.period.end.isoformat()))
            self.dashboard_ready.emit()
            return
        panel, (chart, drawn) = self._pending_charts.pop(0)
        panel.show_chart(chart, drawn)
        # the canvas draws itself on the next turn; leave the loop a moment between two
        # draws so input and painting go on
        # with ``self`` as the context: a view deleted meanwhile cancels the timer
        QTimer.singleShot(CHART_GAP_MS, self, lambda: self._show_next_chart(generation))

    def _on_failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self.busy.setVisible(False)
        self.status.setStyleSheet(tones.text_style("error"))
        self.status.setText(translate("AnalyticsView", "Could not compute: {error}").format(
            error=error))

    def open_referrals(self) -> QWidget:
        from views.analytics.referrals_window import ReferralsWindow

        window = ReferralsWindow(self.workspace, self.community_id, self.scope_name(),
                                 self.period(), self)
        window.profile_requested.connect(self.profile_requested)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._referral_windows.append(window)
        window.destroyed.connect(lambda: self._referral_windows.remove(window))
        window.show()
        return window

    # -- exporting ---------------------------------------------------------------------

    def scope_name(self) -> str:
        if self.community_id is None:
            return translate("AnalyticsCharts", "All communities")
        community = get_community(self.workspace.conn, self.community_id)
        return community.name if community else str(self.community_id)

    def _on_export_button_clicked(self) -> None:
        self.ask_and_export_report()

    def ask_and_export_report(self) -> None:
        path = ask_save_path(self, translate("AnalyticsView", "Export report"),
                             translate("AnalyticsView", "analytics-report.xlsx"),
                             translate("AnalyticsView", "Excel workbook (*.xlsx)"), ".xlsx")
        if path is not None:
            self.export_report(path)

    def export_report(self, path: Path) -> None:
        """Write the report for the current scope and period in the background (computing
        the numbers first when the tab has not shown them yet)."""
        from views.analytics.texts import chart_text

        community_id, period, text = self.community_id, self.period(), chart_text()
        today = self.today()
        ready = self.dashboard if (self.dashboard is not None and not self._dirty
                                   and self.dashboard.period == period
                                   and self.dashboard.community_id == community_id) else None
        scope = self.scope_name()
        self.status.setText(translate("AnalyticsView", "Writing the report…"))

        def work(conn: sqlite3.Connection) -> str:
            from exports.report import write_report
            from models.analytics.dashboard import compute_dashboard

            dashboard = ready or compute_dashboard(conn, community_id, period, today=today)
            return str(write_report(path, dashboard, text, scope))

        run_query(self, self.workspace.path, work, self._on_report_written,
                  self._on_export_error)

    def _on_report_written(self, path: str) -> None:
        self.status.setText(translate("AnalyticsView", "Report saved to {path}").format(path=path))
        offer_written(self, Path(path))
        self.report_exported.emit(path)

    def _on_export_error(self, error: Exception) -> None:
        from views.error_text import describe

        reason = describe(error) if isinstance(error, ValueError) else str(error)
        message = translate("AnalyticsView", "Export failed: {error}").format(error=reason)
        self.status.setStyleSheet(tones.text_style("error"))
        self.status.setText(message)
        self.export_failed.emit(message)

    def export_chart(self, key: str, fmt: str, path: Path) -> None:
        """Save chart ``key`` as an image (here: the figure belongs to this thread's
        canvas) or the data behind it as xlsx (in the background)."""
        if self.dashboard is None:
            return
        from views.analytics.texts import chart_text

        if fmt != "xlsx":
            from exports.charts import save

            try:
                written = save(self.panels[key].chart, path, fmt)
            except (OSError, ValueError) as error:
                self._on_export_error(error)
                return
            self._on_report_written(str(written))
            return
        from exports.analytics_tables import tables_for

        sheets = tables_for(key, self.dashboard, chart_text())
        self._write_tables(path, sheets)

    def _on_all_slipping_requested(self) -> None:
        """Every slipping member (there can be many more than are listed), looked up in
        the background, then handed on as ``show_members_requested``."""
        if self.dashboard is None:
            return
        from models.analytics.audience import slipping_ids

        community_id = self.dashboard.community_id
        today = self.dashboard.as_of or self.dashboard.period.end
        run_query(self, self.workspace.path,
                  lambda conn: slipping_ids(conn, community_id, today),
                  self.show_members_requested.emit)

    def _on_slipping_export_requested(self) -> None:
        if self.dashboard is None:
            return
        from exports.analytics_tables import tables_for
        from views.analytics.texts import chart_text

        path = ask_save_path(self, translate("AnalyticsView", "Export list"),
                             translate("AnalyticsView", "slipping-away.xlsx"),
                             translate("AnalyticsView", "Excel workbook (*.xlsx)"), ".xlsx")
        if path is not None:
            self._write_tables(path, tables_for("slipping", self.dashboard, chart_text()))

    def _write_tables(self, path: Path, sheets: list) -> None:
        def work(_conn: sqlite3.Connection) -> str:
            from exports.report import write_table_workbook

            return str(write_table_workbook(path, sheets))

        run_query(self, self.workspace.path, work, self._on_report_written,
                  self._on_export_error)
