"""The risk register and its 5x5 likelihood x impact matrix.

The matrix colours each cell by its score (likelihood x impact: green 1-7, amber 8-14,
red 15-25) and shows how many open risks sit there; hovering lists them, clicking selects
the first of them in the register.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QToolTip, QWidget

from models.plan import document
from views import tones
from views.plan import labels
from views.plan.context import PlanContext
from views.plan.pages import RowsPage, choices
from views.plan.row_table import Col

translate = QCoreApplication.translate



class RiskMatrix(QWidget):
    """Emits ``cell_clicked(likelihood, impact)``."""

    cell_clicked = Signal(int, int)
    CELL, MIN_CELL = 46, 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskMatrix")
        self.cells: dict[tuple[int, int], list[str]] = {}
        self.setMouseTracking(True)
        self.margin_left, self.margin_bottom = 58, 44

    def set_cells(self, cells: dict[tuple[int, int], list[str]]) -> None:
        self.cells = cells
        self.update()

    def _size_for(self, cell: int) -> QSize:
        return QSize(self.margin_left + 5 * cell + 12, 5 * cell + self.margin_bottom + 30)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self._size_for(self.CELL)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self._size_for(self.MIN_CELL)

    @property
    def cell(self) -> int:
        """Cells shrink with the widget, down to MIN_CELL."""
        fits = min((self.width() - self.margin_left - 12) // 5,
                   (self.height() - self.margin_bottom - 30) // 5)
        return max(self.MIN_CELL, min(self.CELL, fits))

    def _rect(self, likelihood: int, impact: int) -> QRect:
        cell = self.cell
        x = self.margin_left + (likelihood - 1) * cell
        y = 24 + (5 - impact) * cell
        return QRect(x, y, cell - 2, cell - 2)

    def _cell_at(self, point: QPoint) -> tuple[int, int] | None:
        for likelihood in range(1, 6):
            for impact in range(1, 6):
                if self._rect(likelihood, impact).contains(point):
                    return likelihood, impact
        return None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.drawText(QRect(0, 0, self.width(), 20), Qt.AlignmentFlag.AlignCenter,
                         translate("PlanRisks", "Open risks by likelihood x impact"))
        for likelihood in range(1, 6):
            for impact in range(1, 6):
                rect = self._rect(likelihood, impact)
                level = document.risk_level(likelihood * impact)
                painter.setPen(Qt.PenStyle.NoPen)
                fill, text = tones.tint(level, self.palette())
                painter.setBrush(fill)
                painter.drawRoundedRect(rect, 4, 4)
                count = len(self.cells.get((likelihood, impact), []))
                painter.setPen(text)
                if count:
                    painter.setFont(bold)
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))
                    painter.setFont(self.font())
                else:
                    painter.drawText(rect.adjusted(0, 0, -4, -2),
                                     Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                                     str(likelihood * impact))
        painter.setPen(self.palette().text().color())
        for n in range(1, 6):
            r = self._rect(n, 1)
            painter.drawText(QRect(r.left(), r.bottom() + 2, r.width(), 16),
                             Qt.AlignmentFlag.AlignCenter, str(n))
            r = self._rect(1, n)
            painter.drawText(QRect(r.left() - 20, r.top(), 16, r.height()),
                             Qt.AlignmentFlag.AlignCenter, str(n))
        bottom = self._rect(1, 1).bottom() + 20
        painter.drawText(QRect(self.margin_left, bottom, 5 * self.cell, 18),
                         Qt.AlignmentFlag.AlignCenter, translate("PlanRisks", "Likelihood →"))
        painter.save()
        painter.translate(14, 24 + 5 * self.cell // 2)
        painter.rotate(-90)
        painter.drawText(QRect(-5 * self.cell // 2, -10, 5 * self.cell, 20),
                         Qt.AlignmentFlag.AlignCenter, translate("PlanRisks", "Impact →"))
        painter.restore()
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        cell = self._cell_at(event.position().toPoint())
        if cell is None:
            QToolTip.hideText()
            return
        risks = self.cells.get(cell, [])
        text = translate("PlanRisks", "Likelihood {l} x impact {i} = {score}").format(
            l=cell[0], i=cell[1], score=cell[0] * cell[1])
        if risks:
            text += "\n" + "\n".join(f"• {r}" for r in risks)
        QToolTip.showText(event.globalPosition().toPoint(), text, self)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        cell = self._cell_at(event.position().toPoint())
        if cell is not None:
            self.cell_clicked.emit(*cell)


class RisksPage(RowsPage):
    table_name = "plan_risks"
    watches = ("plan_risks",)

    def __init__(self, ctx: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, [
            Col("description", translate("PlanRisks", "Risk"), width=220),
            Col("category", translate("PlanRisks", "Category"), "choice",
                choices(document.RISK_CATEGORIES, labels.risk_category), width=130),
            Col("likelihood", translate("PlanRisks", "Likelihood"), "score", width=70),
            Col("impact", translate("PlanRisks", "Impact"), "score", width=60),
            Col("score", translate("PlanRisks", "Score"), "readonly", width=50),
            Col("mitigation", translate("PlanRisks", "Mitigation"), width=260),
            Col("owner", translate("PlanRisks", "Owner"), width=80),
            Col("status", translate("PlanRisks", "Status"), "choice",
                choices(document.RISK_STATUSES, labels.risk_status)),
        ], translate("PlanRisks",
                     "What could go wrong, how likely (1-5) and how bad (1-5), and what is done "
                     "about it. Highest scores first; the matrix shows the open ones."), parent)
        self.matrix = RiskMatrix(self)
        self.matrix.cell_clicked.connect(self._on_matrix_cell_clicked)
        # The matrix beside the table.
        self.layout_.removeWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addWidget(self.matrix, 0)
        self.layout_.insertLayout(1, row, 1)
        self.rows: list[dict[str, Any]] = []

    def load_rows(self) -> list[dict[str, Any]]:
        self.rows = document.risks(self.ctx.conn, self.ctx.plan_id)
        return self.rows

    def reload(self) -> None:
        self.table.backgrounds = {}
        super().reload()
        for r, row in enumerate(self.rows):
            level = document.risk_level(row["score"])
            item = self.table.item(r, 4)
            if item is not None:
                fill, text = tones.tint(level)
                item.setBackground(fill)
                item.setForeground(text)
        self.matrix.set_cells(document.risk_matrix(self.ctx.conn, self.ctx.plan_id)
                              if self.ctx.plan_id else {})

    def _on_matrix_cell_clicked(self, likelihood: int, impact: int) -> None:
        for row in self.rows:
            if row["likelihood"] == likelihood and row["impact"] == impact:
                self.table.select_id(row["id"])
                return

    def new_row(self) -> dict[str, Any]:
        return {"description": translate("PlanRisks", "New risk"), "category": "其他",
                "likelihood": 3, "impact": 3}

    def describe(self) -> str:
        return translate("PlanRisks", "Edit risk")
