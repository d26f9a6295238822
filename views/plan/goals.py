"""Goals bound to live numbers: each with its progress bar and "on track / behind".

The numbers are read off the UI thread (``run_query``): SQL aggregates over the whole
workspace can take a moment at a million members, and the tab must open at once. The
table shows the goals immediately and fills in the live columns when they arrive.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from models import plan
from models.plan_goals import GoalProgress, format_value, plan_progress
from views.background import run_query
from views.plan import labels
from views.plan.pages import PlanContext, RowsPage, choices
from views.plan.row_table import VALUE, Col

translate = QCoreApplication.translate

STATUS_COLOURS = {"on_track": "#2e7d32", "met": "#1565c0", "behind": "#e65100",
                  "missed": "#c62828", "not_started": "#757575", "no_data": "#9e9e9e"}


def today() -> date:
    """Today, as the goals see it (tests pin it)."""
    return date.today()


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
        painter.setBrush(QColor("#e0e0e0"))
        painter.drawRoundedRect(rect, 3, 3)
        filled = QRect(rect)
        filled.setWidth(int(rect.width() * max(0.0, min(1.0, float(progress)))))
        painter.setBrush(QColor(STATUS_COLOURS.get(row.get("status", ""), "#757575")))
        painter.drawRoundedRect(filled, 3, 3)
        should = row.get("should")
        if should is not None:
            x = rect.left() + int(rect.width() * max(0.0, min(1.0, should)))
            painter.setPen(QColor("#212121"))
            painter.drawLine(x, rect.top() - 3, x, rect.bottom() + 3)
        painter.setPen(QColor("#ffffff" if float(progress) > 0.6 else "#212121"))
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
            Col("metric", translate("PlanGoals", "Measured by"), "choice", choices(plan.METRICS, labels.metric),
                width=170),
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
            Col("progress", translate("PlanGoals", "Progress"), "readonly", width=150, show=lambda v, row: ""),
            Col("status", translate("PlanGoals", "Status"), "readonly",
                show=lambda v, row: self._status_text(row)),
        ], translate("PlanGoals", "Specific, measurable goals with a date, each bound to a live number. Rates "
              "(retention, attendance, conversion) are fractions: type 0.4 for 40%. The bar "
              "shows the way from baseline to target; the tick, where it should be by now."),
            parent)
        self.table.setItemDelegateForColumn(8, ProgressDelegate(self.table))
        self.progress: dict[int, GoalProgress] = {}
        self._query = None

    @staticmethod
    def _status_text(row: dict[str, Any]) -> str:
        if "status" not in row:
            return translate("PlanGoals", "Measuring…")
        text = labels.goal_status(row["status"])
        expected = row.get("expected")
        if row["status"] in ("on_track", "behind") and expected is not None:
            shown = expected if row["metric"] in plan.RATE_METRICS else round(expected)
            text += " · " + translate("PlanGoals", "expected {value} by now").format(
                value=format_value(row["metric"], shown))
        return text

    def reload(self) -> None:
        super().reload()
        self.measure()

    def load_rows(self) -> list[dict[str, Any]]:
        found = plan.rows(self.ctx.conn, self.table_name, self.ctx.plan_id)
        for row in found:
            row.update(self._live(row["id"]))
        return found

    def _live(self, goal_id: int) -> dict[str, Any]:
        p = self.progress.get(goal_id)
        if p is None:
            return {}
        should = None
        span = (p.goal.target or 0) - (p.goal.baseline or 0)
        if p.expected is not None and span:
            should = (p.expected - (p.goal.baseline or 0)) / span
        return {"actual": p.actual, "progress": p.progress, "status": p.status.value,
                "expected": p.expected, "should": should}

    def measure(self) -> None:
        """Read the live numbers in the background; the table fills in when they arrive."""
        if self._query is not None:
            self._query.cancel()
        if self.ctx.plan_id is None or self.ctx.community_id is None:
            return
        community_id, plan_id, day = self.ctx.community_id, self.ctx.plan_id, today()
        self._query = run_query(
            self, self.ctx.workspace.path,
            lambda conn: plan_progress(conn, community_id, plan_id, day),
            self._on_measured, self._on_measure_failed)

    def cancel(self) -> None:
        """Stop reading the live numbers (closing, another workspace)."""
        if self._query is not None:
            self._query.cancel()
            self._query = None

    def _on_measured(self, found: list[GoalProgress]) -> None:
        self._query = None
        self.progress = {p.goal.id: p for p in found}
        rows = self.load_rows()
        self.table.set_rows(rows)
        for r, row in enumerate(rows):
            colour = STATUS_COLOURS.get(row.get("status", ""))
            item = self.table.item(r, 9)
            if item is not None and colour:
                item.setForeground(QColor(colour))
            bar = self.table.item(r, 8)
            if bar is not None:
                bar.setData(VALUE, row.get("progress"))
                bar.setData(Qt.ItemDataRole.UserRole + 3, row)
        self.progress_ready.emit()

    def _on_measure_failed(self, error: Exception) -> None:
        self._query = None
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
