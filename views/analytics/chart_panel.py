"""One chart in the tab: matplotlib's Qt canvas, values on hover or click, and a
right-click menu to save it as PNG/SVG/PDF or its data as xlsx.

The figure is built and drawn off the UI thread (``prepare``, at the size its panel will
give it); the canvas made here shows that drawing as it is, so the UI thread draws again
only when the size changes (a resize of the window). One chart per event-loop turn.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, Signal
from PySide6.QtGui import QCursor, QPalette, QResizeEvent
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from exports.chart_theme import LIGHT, Theme
from views import tones
from views.analytics.glossary_button import GlossaryButton
from views.export_target import ask_save_path

translate = QCoreApplication.translate

#: Panels keep a fixed height (and canvases ignore their width hint) so that adding one
#: chart never resizes the others: every resize of a canvas is a full redraw.
DEFAULT_HEIGHT = 330


def height_for(figure: Any) -> int:
    """The panel's height for ``figure`` (tall charts get more room)."""
    return max(DEFAULT_HEIGHT, int(figure.get_figheight() * 72))


def _size_key(canvas: Any) -> tuple[int, int, float]:
    """What an Agg canvas keys its renderer by (``FigureCanvasAgg.get_renderer``)."""
    return (*canvas.get_width_height(physical=True), canvas.figure.dpi)


@dataclass(frozen=True)
class Prepared:
    """A figure drawn off the UI thread: its Agg renderer, the size it was drawn at, and
    the panel height (logical pixels) that size is for."""

    renderer: Any
    key: tuple[int, int, float]
    height: int


def prepare(figure: Any, width: int, ratio: float = 1.0) -> Prepared:
    """Draw ``figure`` with Agg, on any thread, at the size a panel ``width`` logical
    pixels wide will give it; hand the result to ``ChartPanel.show_chart``."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    height = height_for(figure)
    figure.set_size_inches(round(width * ratio) / figure.dpi, round(height * ratio) / figure.dpi)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    return Prepared(canvas.renderer, _size_key(canvas), height)


_canvas_class: Any = None


def _prepared_canvas_class() -> Any:
    """``FigureCanvasQTAgg`` that starts from a drawing made elsewhere (made once: the Qt
    backend is imported only when a chart is first shown)."""
    global _canvas_class
    if _canvas_class is not None:
        return _canvas_class
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    class PreparedCanvas(FigureCanvasQTAgg):
        def __init__(self, figure: Any, prepared: Any) -> None:
            super().__init__(figure)
            self._prepared = prepared
            self._adopt()

        def _adopt(self) -> bool:
            """Use the prepared drawing if the figure still has its size."""
            if self._prepared is None:
                return False
            if _size_key(self) != self._prepared.key:
                self._prepared = None
                return False
            self.renderer = self._prepared.renderer
            self._lastKey = self._prepared.key  # so that painting reuses this renderer
            return True

        def draw(self) -> None:
            if self._adopt():
                self._prepared = None
                self.update()
                return
            super().draw()

    _canvas_class = PreparedCanvas
    return _canvas_class


def chart_theme_for(palette: QPalette) -> Theme:
    """The look of charts in the window: light as exported on a light palette, the
    palette's own window and text colours on a dark one."""
    if not tones.is_dark(palette):
        return LIGHT
    role = QPalette.ColorRole
    return Theme(paper=palette.color(role.Window).name(),
                 text=palette.color(role.WindowText).name(),
                 muted=palette.color(role.PlaceholderText).name(),
                 grid=palette.color(role.Mid).name())


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
        # over the canvas's top right corner, level with the title: outside the layout, so
        # the canvas keeps the size its figure was drawn at (no redraw on the UI thread)
        self.glossary = GlossaryButton(key, self)
        self._place_glossary()

    def _place_glossary(self) -> None:
        self.glossary.move(self.width() - self.glossary.width() - 6, 4)
        self.glossary.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._place_glossary()

    def show_chart(self, chart: Any, prepared: Any = None) -> None:
        """Put ``chart`` (built elsewhere, drawn there too when ``prepared``) on a Qt
        canvas, replacing the previous one."""
        if self.canvas is not None:
            self._layout.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.chart = chart
        self.canvas = _prepared_canvas_class()(chart.figure, prepared)
        self.canvas.setParent(self)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.canvas.setMinimumWidth(100)
        height = prepared.height if prepared is not None else height_for(chart.figure)
        if height != self.height():
            self.setFixedHeight(height)
        self.canvas.mpl_connect("motion_notify_event", self._on_canvas_motion)
        self.canvas.mpl_connect("button_press_event", self._on_canvas_press)
        self._layout.addWidget(self.canvas)
        self._place_glossary()

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
        path = ask_save_path(self, translate("AnalyticsView", "Export chart"),
                             f"{title}.{fmt}", filters[fmt], "." + fmt)
        if path is not None:
            self.export_requested.emit(fmt, str(path))
