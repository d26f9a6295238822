"""Goals bound to live numbers: each with its progress bar and "on track / behind".

The tab opens at once on each goal's last measured number (kept in the workspace, marked
"as of …"), then reads the live numbers off the UI thread, one ``run_query`` job per goal:
SQL aggregates over a year of a million members take from a millisecond (events held) to
over a second (30-day retention), so each goal's row updates as its number arrives.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from models.core.clock import now_iso
from models.plan import document, goals
from models.plan.goals import GoalProgress, format_value, progress_of
from views import tones
from views.background import run_query
from views.plan import labels
from views.plan.context import PlanContext
from views.plan.pages import RowsPage, choices
from views.plan.row_table import VALUE, Col

translate = QCoreApplication.translate

#: A goal's status as the fill of its progress bar (the same on any palette: white text on it
#: past 60%) and as the tone of its status text.
STATUS_COLOURS = {"on_track": "#2e7d32", "met": "#1565c0", "behind": "#e65100",
                  "missed": "#c62828", "not_started": "#757575", "no_data": "#9e9e9e"}
STATUS_TONES = {"on_track": "ok", "met": "info", "behind": "warning", "missed": "error",
                "not_started": "muted", "no_data": "muted"}


def _same_measure(a: goals.Goal, b: goals.Goal) -> bool:
    return (a.metric, a.starts_on, a.due_on) == (b.metric, b.starts_on, b.due_on)


#: The live numbers last read, for as long as the app runs: (workspace file, goal id) ->
#: (the goal as measured, its number, when). A plan opened again (another community and
#: back, a new window on the file) shows them at once, marked, while it reads again.
#: Kept here, not in the workspace: reading a number is no change to the file (nothing
#: outside an operation writes to it, and a file refusing writes still shows its goals).
_KEPT: dict[tuple[str, int], tuple[goals.Goal, float | None, str]] = {}


def _with_kept(path: str, goal: goals.Goal) -> goals.Goal:
    """``goal`` with the number kept for it this session, when it still measures the same."""
    kept = _KEPT.get((path, goal.id))
    if kept is None or not _same_measure(kept[0], goal):
        return goal
    return dataclasses.replace(goal, last_value=kept[1], last_measured_at=kept[2])


def today() -> date:
    """Today in the workspace's zone, as the goals see it (tests pin it)."""
    from models.core.clock import today as zone_today

    return zone_today()


class ProgressDelegate(QStyledItemDelegate):
    """Paints the progress (0-1, under VALUE) as a bar in the status colour, with a tick at
    where the goal should be by now."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        progress = index.data(VALUE)
        row = index.data(Qt.ItemDataRole.UserRole + 3) or {}
        if progress is None:
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect.adjusted(6, 7, -6, -7)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        track, track_text = tones.tint("neutral", option.palette)
        painter.setBrush(track)
        painter.drawRoundedRect(rect, 3, 3)
        filled = QRect(rect)
        filled.setWidth(int(rect.width() * max(0.0, min(1.0, float(progress)))))
        painter.setBrush(QColor(STATUS_COLOURS.get(row.get("status", ""), "#757575")))
        painter.drawRoundedRect(filled, 3, 3)
        should = row.get("should")
        if should is not None:
            x = rect.left() + int(rect.width() * max(0.0, min(1.0, should)))
            painter.setPen(track_text)
            painter.drawLine(x, rect.top() - 3, x, rect.bottom() + 3)
        painter.setPen(QColor("#ffffff") if float(progress) > 0.6 else track_text)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{float(progress) * 100:.0f}%")
        painter.restore()


class GoalsPage(RowsPage):
    table_name = "plan_goals"
    watches = ("plan_goals", "members", "memberships", "activities", "events",
               "registrations", "points_ledger")
    #: Emitted when the live numbers are shown (tests and the benchmark wait on it).
    progress_ready = Signal()

    def __init__(self, ctx: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, [
            Col("title", translate("PlanGoals", "Goal"), width=190),
            Col("metric", translate("PlanGoals", "Measured by"), "choice",
                choices(document.METRICS, labels.metric), width=170),
            Col("baseline", translate("PlanGoals", "Baseline"), "number", width=75,
                show=lambda v, row: "" if v is None else format_value(row["metric"], v)),
            Col("target", translate("PlanGoals", "Target"), "number", width=75,
                show=lambda v, row: "" if v is None else format_value(row["metric"], v)),
            Col("manual_value", translate("PlanGoals", "Manual value"), "number", width=85,
                show=lambda v, row: "" if v is None else format_value(row["metric"], v)),
            Col("starts_on", translate("PlanGoals", "Starts"), "date", width=95),
            Col("due_on", translate("PlanGoals", "Due"), "date", width=95),
            Col("actual", translate("PlanGoals", "Now"), "readonly", width=80,
                show=lambda v, row: format_value(row["metric"], v) if "status" in row else "…"),
            Col("progress", translate("PlanGoals", "Progress"), "readonly", width=150,
                show=lambda v, row: ""),
            Col("status", translate("PlanGoals", "Status"), "readonly",
                show=lambda v, row: self._status_text(row)),
        ], translate("PlanGoals",
                     "Specific, measurable goals with a date, each bound to a live number. Rates "
                     "(retention, attendance, conversion) are fractions: type 0.4 for 40%. The bar "
                     "shows the way from baseline to target; the tick, where it should be by now."),
            parent)
        self.table.setItemDelegateForColumn(8, ProgressDelegate(self.table))
        self.progress: dict[int, GoalProgress] = {}
        self.goal_list: list[goals.Goal] = []
        self._queries: list = []
        self._waiting: set[int] = set()

    @staticmethod
    def _status_text(row: dict[str, Any]) -> str:
        if "status" not in row:
            return translate("PlanGoals", "Measuring…")
        if not row.get("live") and row.get("actual") is None:
            return translate("PlanGoals", "Measuring…")
        text = labels.goal_status(row["status"])
        expected = row.get("expected")
        if row["status"] in ("on_track", "behind") and expected is not None:
            shown = expected if row["metric"] in document.RATE_METRICS else round(expected)
            text += " · " + translate("PlanGoals", "expected {value} by now").format(
                value=format_value(row["metric"], shown))
        if not row.get("live"):
            text += " · " + translate("PlanGoals", "as of {when}, updating…").format(
                when=(row.get("last_measured_at") or "")[:16].replace("T", " "))
        return text

    def reload(self) -> None:
        """Show every goal at once on its last number (or the live one already read for
        the same goal), then read the live numbers in the background, one job per goal."""
        self.cancel()
        if self.ctx.plan_id is None:
            self.goal_list, self.progress = [], {}
            self.table.set_rows([])
            return
        day = today()
        path = str(self.ctx.workspace.path)
        self.goal_list = [_with_kept(path, g) for g in goals.goals(self.ctx.conn,
                                                                     self.ctx.plan_id)]
        kept = {}
        for goal in self.goal_list:
            before = self.progress.get(goal.id)
            if before is not None and before.live and _same_measure(before.goal, goal):
                kept[goal.id] = goals.judge_again(goal, before.actual, day)
            else:
                kept[goal.id] = goals.remembered(goal, day)
        self.progress = kept
        self._show()
        self.measure()

    def load_rows(self) -> list[dict[str, Any]]:
        rows = []
        for goal in self.goal_list:
            row = {f: getattr(goal, f) for f in (
                "id", "title", "metric", "baseline", "target", "manual_value", "starts_on",
                "due_on", "last_measured_at")}
            row.update(self._live(goal.id))
            rows.append(row)
        return rows

    def _live(self, goal_id: int) -> dict[str, Any]:
        p = self.progress.get(goal_id)
        if p is None:
            return {}
        should = None
        span = (p.goal.target or 0) - (p.goal.baseline or 0)
        if p.expected is not None and span:
            should = (p.expected - (p.goal.baseline or 0)) / span
        return {"actual": p.actual, "progress": p.progress, "status": p.status.value,
                "expected": p.expected, "should": should, "live": p.live}

    def _show(self) -> None:
        rows = self.load_rows()
        self.table.set_rows(rows)
        for r, row in enumerate(rows):
            tone = STATUS_TONES.get(row.get("status", ""))
            item = self.table.item(r, 9)
            if item is not None and tone:
                item.setForeground(tones.tone(tone if row.get("live") else "muted"))
            bar = self.table.item(r, 8)
            if bar is not None:
                bar.setData(VALUE, row.get("progress"))
                bar.setData(Qt.ItemDataRole.UserRole + 3, row)

    def measure(self) -> None:
        """Read the live numbers in the background, each goal on its own job (the cheap
        ones show first; two cores read two goals at once)."""
        self.cancel()
        if self.ctx.plan_id is None or self.ctx.community_id is None:
            return
        community_id, day = self.ctx.community_id, today()
        pending = [g for g in self.goal_list if g.metric != "manual"]
        self._waiting = {g.id for g in pending}
        if not pending:
            self.progress_ready.emit()
            return
        for goal in pending:
            self._queries.append(run_query(
                self, self.ctx.workspace.path,
                lambda conn, g=goal: progress_of(conn, community_id, g, day),
                self._on_measured, self._on_measure_failed))

    def cancel(self) -> None:
        """Stop reading the live numbers (closing, another community, a reload)."""
        for query in self._queries:
            query.cancel()
        self._queries = []
        self._waiting = set()

    def _on_measured(self, found: GoalProgress) -> None:
        if found.goal.id not in self._waiting:
            return
        self._waiting.discard(found.goal.id)
        self.progress[found.goal.id] = found
        self._show()
        if not self._waiting:
            self._queries = []
            at, path = now_iso(), str(self.ctx.workspace.path)
            for p in self.progress.values():
                if p.live and p.goal.metric != "manual":
                    _KEPT[(path, p.goal.id)] = (p.goal, p.actual, at)
            self.progress_ready.emit()

    def _on_measure_failed(self, error: Exception) -> None:
        self.cancel()
        self.error.setText(translate("PlanGoals", "Could not read the live numbers: {error}")
                           .format(error=error))
        self.error.show()

    def new_row(self) -> dict[str, Any]:
        start = today()
        return {"title": translate("PlanGoals", "New goal"), "metric": "member_count",
                "starts_on": start.isoformat(),
                "due_on": start.replace(year=start.year + 1, day=min(start.day, 28)).isoformat()}

    def describe(self) -> str:
        return translate("PlanGoals", "Edit goal")
