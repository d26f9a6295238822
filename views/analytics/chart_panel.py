"""One chart in the tab: matplotlib's Qt canvas, values on hover or click, and a
right-click menu to save it as PNG/SVG/PDF or its data as xlsx.

The figure is built off the UI thread; only the canvas (and its first draw, ~100 ms) is
made here, one chart per event-loop turn, so the window never stalls.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QFileDialog, QMenu, QSizePolicy, QToolTip, QVBoxLayout, QWidget

translate = QCoreApplication.translate

#: Panels keep a fixed height (and canvases ignore their width hint) so that adding one
#: chart never resizes the others: every resize of a canvas is a full redraw.
DEFAULT_HEIGHT = 330


class ChartPanel(QWidget):
    """Holds a ``exports.charts.Chart``; emits ``export_requested(kind, path)`` after a
    file was chosen (the view writes it, off the UI thread for xlsx)."""

    export_requested = Signal(str, str)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"chart_{key}")
        self.chart: Any = None
        self.canvas: Any = None
        self.last_tip = ""
        self.setFixedHeight(DEFAULT_HEIGHT)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def show_chart(self, chart: Any) -> None:
        """Put ``chart`` (built elsewhere) on a Qt canvas, replacing the previous one."""
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        if self.canvas is not None:
            self._layout.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.chart = chart
        self.canvas = FigureCanvasQTAgg(chart.figure)
        self.canvas.setParent(self)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.canvas.setMinimumWidth(100)
        height = max(DEFAULT_HEIGHT, int(chart.figure.get_figheight() * 72))
        if height != self.height():
            self.setFixedHeight(height)
        self.canvas.mpl_connect("motion_notify_event", self._on_canvas_motion)
        self.canvas.mpl_connect("button_press_event", self._on_canvas_press)
        self._layout.addWidget(self.canvas)

    def tip_for(self, event: Any) -> str:
        return (self.chart.tip_at(event) if self.chart is not None else None) or ""

    def _on_canvas_motion(self, event: Any) -> None:
        tip = self.tip_for(event)
        if tip != self.last_tip:
            self.last_tip = tip
            if tip:
                QToolTip.showText(QCursor.pos(), tip, self.canvas)
            else:
                QToolTip.hideText()

    def _on_canvas_press(self, event: Any) -> None:
        if event.button == 3:  # right button
            self.context_menu(QCursor.pos())
            return
        tip = self.tip_for(event)
        self.last_tip = tip
        if tip:
            QToolTip.showText(QCursor.pos(), tip, self.canvas)

    def context_menu(self, where: QPoint) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("chartMenu")
        for fmt, text in (("png", translate("AnalyticsView", "Save as PNG image…")),
                          ("svg", translate("AnalyticsView", "Save as SVG…")),
                          ("pdf", translate("AnalyticsView", "Save as PDF…"))):
            menu.addAction(text, lambda f=fmt: self.ask_and_export(f))
        menu.addSeparator()
        menu.addAction(translate("AnalyticsView", "Export data as Excel (xlsx)…"),
                       lambda: self.ask_and_export("xlsx"))
        menu.popup(where)
        return menu

    def ask_and_export(self, fmt: str) -> None:
        title = self.chart.title if self.chart is not None else self.key
        filters = {"png": translate("AnalyticsView", "PNG image (*.png)"),
                   "svg": translate("AnalyticsView", "SVG image (*.svg)"),
                   "pdf": translate("AnalyticsView", "PDF document (*.pdf)"),
                   "xlsx": translate("AnalyticsView", "Excel workbook (*.xlsx)")}
        name, _ = QFileDialog.getSaveFileName(
            self, translate("AnalyticsView", "Export chart"),
            str(Path.home() / f"{title}.{fmt}"), filters[fmt])
        if name:
            path = Path(name)
            if path.suffix.lower() != "." + fmt:
                path = path.with_suffix("." + fmt)
            self.export_requested.emit(fmt, str(path))
