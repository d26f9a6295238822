"""A chart's ink and paper: the light look every saved chart has, and another look for the window.

The charts are drawn light (``exports.charts``: black text on white, the matplotlib default
plus our grey grid and notes). On a dark palette the window recolours a chart's paper, text,
frame and grid with ``restyle(figure, LIGHT, theme)`` before showing it; ``exports.charts.save``
turns it back to ``LIGHT`` for the file and restores the window's look after, so a chart saved
from a dark window still prints on white. Data colours (bars, lines, a heat map's cells and the
numbers written on them) are left as they are: they were chosen to read on either paper.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Theme:
    """Colours as matplotlib takes them (names or #rrggbb)."""

    paper: str
    text: str
    muted: str  # notes such as "no data", and the legend's frame
    grid: str


LIGHT = Theme(paper="#ffffff", text="#000000", muted="#7a8599", grid="#e6e8eb")


def restyle(figure: Any, old: Theme, new: Theme) -> None:
    """Recolour what ``figure`` drew in ``old``'s colours with ``new``'s (each part only
    where it still has the old colour, so a data label in its own colour keeps it)."""
    if old == new:
        return
    from matplotlib.colors import same_color
    from matplotlib.text import Text

    def swap(get: Any, put: Any, pairs: tuple[tuple[str, str], ...]) -> None:
        current = get()
        for before, after in pairs:
            try:
                if same_color(current, before):
                    put(after)
                    return
            except ValueError:  # "none" or a list of colours: not ours to change
                return

    paper = ((old.paper, new.paper),)
    ink = ((old.text, new.text), (old.muted, new.muted))
    swap(figure.patch.get_facecolor, figure.patch.set_facecolor, paper)
    for ax in figure.axes:
        swap(ax.patch.get_facecolor, ax.patch.set_facecolor, paper)
        for spine in ax.spines.values():
            swap(spine.get_edgecolor, spine.set_edgecolor, ink)
        # the public way, which ticks made at draw time follow too; no chart of ours gives
        # its ticks colours of their own
        ax.tick_params(axis="both", which="both", colors=new.text)
        for name, axis in (("x", ax.xaxis), ("y", ax.yaxis)):
            lines = axis.get_gridlines()
            if len(lines) and lines[0].get_visible() and same_color(lines[0].get_color(),
                                                                      old.grid):
                ax.grid(axis=name, color=new.grid)
        legend = ax.get_legend()
        if legend is not None:
            frame = legend.get_frame()
            swap(frame.get_facecolor, frame.set_facecolor, paper)
            swap(frame.get_edgecolor, frame.set_edgecolor, ((old.muted, new.muted),
                                                             ("#cccccc", new.muted)))
    for text in figure.findobj(Text):
        swap(text.get_color, text.set_color, ink)
