"""How charts mark numbers that are not final: a partial bucket (days outside the period, or
not over yet) is drawn lighter and hatched and said "so far"; pending joiners (a window not
closed yet) are a lighter bar after the counted ones, never a failure."""

from __future__ import annotations

from typing import Any

from exports.analytics_text import Text

#: The look of everything not final: lighter, hatched.
PARTIAL_ALPHA = 0.45
HATCH = "///"


def mark_partial(bars: Any, partial: list[bool]) -> None:
    """A partial bucket's bar: lighter and hatched (its number is "so far")."""
    for bar, cut in zip(bars, partial, strict=True):
        if cut:
            bar.set_alpha(PARTIAL_ALPHA)
            bar.set_hatch(HATCH)
            bar.set_edgecolor("white")


def partial_handle() -> Any:
    """A legend entry for the partial look."""
    from matplotlib.patches import Patch

    return Patch(facecolor="#9aa3ad", alpha=PARTIAL_ALPHA, hatch=HATCH, edgecolor="white")


def swatch(color: str, label: str) -> Any:
    """A legend entry in a series' own colour, plain: the legend takes a bar's look from the
    first bar, which is hatched when the first bucket is partial."""
    from matplotlib.patches import Patch

    return Patch(facecolor=color, label=label)


def so_far(t: Text, partial: bool) -> str:
    """" (so far)" after a label whose number is partial."""
    return f" ({t('so_far')})" if partial else ""
