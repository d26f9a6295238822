"""What every dashboard chart shares: the CJK fonts (``exports.chart_fonts``), the figure
and axes look, compact tick labels, tooltips and the empty state. matplotlib is imported inside the
functions, so importing this costs nothing at start-up."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from exports import chart_fonts, chart_theme
from exports.analytics_text import Text
from exports.chart_fonts import CJK_FALLBACK  # noqa: F401 (re-exported)

if TYPE_CHECKING:
    from matplotlib.figure import Figure

COLORS = ["#2f6fde", "#f08c2b", "#2aa876", "#d64550", "#8a63d2", "#7a8599", "#d4a72c"]

Tip = Callable[[Any], "str | None"]  # a matplotlib MouseEvent -> text to show, or None


def cjk_fonts() -> list[str]:
    """The font families charts use, CJK ones first (``exports.chart_fonts.families``)."""
    return chart_fonts.families()


_warm = threading.Event()


def warm_up() -> None:
    """Load the fonts once, off the UI thread: the first draw of a process otherwise pays
    for reading the CJK font file (about a second) wherever it happens."""
    if _warm.is_set():
        return
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = _figure(2, 1)
    figure.add_subplot().set_title("成员增长 Members 0123456789 ¥%")
    FigureCanvasAgg(figure).draw()
    _warm.set()


@dataclass
class Chart:
    key: str
    title: str
    figure: Figure
    tips: list[Tip] = field(default_factory=list)
    #: how the figure is coloured now: ``chart_theme.LIGHT`` as built, another in a dark window
    theme: chart_theme.Theme = chart_theme.LIGHT

    def restyle(self, theme: chart_theme.Theme) -> None:
        """Recolour the figure's paper, text and grid for ``theme`` (not its data)."""
        chart_theme.restyle(self.figure, self.theme, theme)
        self.theme = theme

    def tip_at(self, event: Any) -> str | None:
        """The values under the mouse (a matplotlib event), if any."""
        for tip in self.tips:
            found = tip(event)
            if found:
                return found
        return None


def _figure(width: float = 7.2, height: float = 3.8) -> Figure:
    from matplotlib import rcParams
    from matplotlib.figure import Figure

    rcParams["font.family"] = cjk_fonts()
    rcParams["axes.unicode_minus"] = False  # the CJK fonts lack U+2212
    figure = Figure(figsize=(width, height), dpi=100, layout="constrained")
    return figure


def _style(ax: Any, value_axis: str = "y") -> None:
    """Our look: no top and right frame, light grid lines across the axis the values run
    along (``value_axis``: "x" for horizontal bars), drawn behind the data."""
    from matplotlib.ticker import MaxNLocator

    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis=value_axis, color=chart_theme.LIGHT.grid, linewidth=0.8)
    ax.set_axisbelow(True)
    # counts are whole numbers: no "0.2 members" ticks (categorical axes set their own)
    ax.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.xaxis.set_major_formatter(compact)
    ax.yaxis.set_major_formatter(compact)


def compact(value: float, _position: object = None) -> str:
    """Tick labels that fit: 950, 12k, 1.2M (never matplotlib's '1e6' offset)."""
    size = abs(value)
    if size >= 1_000_000:
        return f"{value / 1_000_000:.3g}M"
    if size >= 1_000:
        return f"{value / 1_000:.3g}k"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _bar_tips(bars: Any, labels: list[str]) -> Tip:
    def tip(event: Any) -> str | None:
        for bar, label in zip(bars, labels, strict=True):
            if bar.contains(event)[0]:
                return label
        return None
    return tip


def _index_tip(ax: Any, xs: list[float], text: Callable[[int], str]) -> Tip:
    def tip(event: Any) -> str | None:
        if event.inaxes is not ax or event.xdata is None or not xs:
            return None
        index = min(range(len(xs)), key=lambda i: abs(xs[i] - event.xdata))
        return text(index)
    return tip


def _empty(ax: Any, t: Text) -> None:
    ax.text(0.5, 0.5, t("no_data"), ha="center", va="center", transform=ax.transAxes,
            color=chart_theme.LIGHT.muted)
    ax.set_xticks([])
    ax.set_yticks([])


def _ticks(labels: list[str], most: int = 12) -> list[int]:
    step = max(1, (len(labels) + most - 1) // most)
    return list(range(0, len(labels), step))


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"
