"""Charts of the imported life: top speakers and inviters, and activity by weekday and
hour as a 7 x 24 heatmap. Same look and fonts as ``exports.charts`` (``chart_style``)."""

from __future__ import annotations

from typing import Any

from exports import chart_theme
from exports.analytics_text import Text
from exports.chart_style import COLORS, Chart, _bar_tips, _figure, _style
from models.analytics.dashboard import Dashboard

#: Bars per side of the people chart (for all communities: over every community).
SHOWN = 8


def _say_empty(ax: Any, text: str) -> None:
    ax.text(0.5, 0.5, text, ha="center", va="center", transform=ax.transAxes,
            color=chart_theme.LIGHT.muted, wrap=True)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.spines[["top", "right", "left", "bottom"]].set_visible(False)


def people_chart(d: Dashboard, t: Text) -> Chart:
    """Two bar lists side by side: most messages, most invitations. For all communities
    each bar names its community (a person may lead in two)."""
    fig = _figure(7.2, 3.8)
    chart = Chart("people", t("people"), fig)
    fig.suptitle(t("people"))
    found = d.people.communities if d.people else []
    many = d.community_id is None
    axes = fig.subplots(1, 2)
    for ax, key, color in ((axes[0], "speakers", COLORS[0]), (axes[1], "inviters", COLORS[2])):
        ax.set_title(t(f"people.{key}"), fontsize=10)
        entries = sorted(((p, c.community) for c in found for p in getattr(c, key)),
                         key=lambda e: (-e[0].count, e[0].member_id))[:SHOWN]
        if not entries:
            _say_empty(ax, t("no_data"))
            continue
        _style(ax, value_axis="x")
        ys = list(range(len(entries)))[::-1]
        bars = ax.barh(ys, [p.count for p, _ in entries], color=color, height=0.7)
        labels = [f"{p.name} · {community}" if many else p.name for p, community in entries]
        ax.set_yticks(ys, [lab if len(lab) <= 14 else lab[:13] + "…" for lab in labels],
                      fontsize=8)
        ax.tick_params(axis="x", labelsize=7)
        unit = t("people.messages" if key == "speakers" else "people.invitations")
        ax.set_xlabel(unit, fontsize=8)
        chart.tips.append(_bar_tips(bars, [f"{lab} #{p.member_id}\n{unit}: {p.count:,}"
                                           for lab, (p, _) in zip(labels, entries,
                                                                  strict=True)]))
    if d.people is None or d.people.empty:
        fig.supxlabel(t("no_activity"), fontsize=9, color=chart_theme.LIGHT.muted)
    return chart


def hours_chart(d: Dashboard, t: Text) -> Chart:
    """Rows Monday to Sunday, columns 0-23 h; darker is busier; the busiest cell named."""
    fig = _figure(7.2, 3.6)
    ax = fig.add_subplot()
    chart = Chart("hours", t("hours"), fig)
    ax.set_title(t("hours"))
    hours = d.hours
    if hours is None or hours.empty:
        _say_empty(ax, t("no_activity"))
        return chart
    import numpy as np

    grid = np.array(hours.grid, dtype=float)
    image = ax.imshow(grid, aspect="auto", cmap="Blues", interpolation="nearest",
                      vmin=0, vmax=max(1.0, float(grid.max())))
    days = [t(f"weekday.{day}") for day in range(7)]
    ax.set_yticks(range(7), days, fontsize=8)
    ax.set_xticks(range(0, 24, 2), [f"{h:02d}" for h in range(0, 24, 2)], fontsize=8)
    label = t("hours.hour")
    for spine in ax.spines.values():
        spine.set_visible(False)
    bar = fig.colorbar(image, ax=ax, fraction=0.04, pad=0.02)
    bar.ax.tick_params(labelsize=7)
    bar.set_label(t("hours.count"), fontsize=8)
    bar.outline.set_visible(False)
    busiest = hours.busiest()
    if busiest is not None:
        day, hour = busiest
        ax.add_patch(_cell_outline(day, hour))
        # under the grid, not beside the title: the panel's "?" sits in the top corner
        label += "  ·  " + t("hours.busiest", day=days[day], hour=f"{hour:02d}")
    ax.set_xlabel(label, fontsize=8)

    def tip(event: Any) -> str | None:
        if event.inaxes is not ax or event.xdata is None or event.ydata is None:
            return None
        day, hour = int(round(event.ydata)), int(round(event.xdata))
        if 0 <= day < 7 and 0 <= hour < 24:
            return f"{days[day]} {hour:02d}:00-{hour:02d}:59: {hours.grid[day][hour]:,}"
        return None
    chart.tips.append(tip)
    return chart


def _cell_outline(day: int, hour: int) -> Any:
    from matplotlib.patches import Rectangle

    return Rectangle((hour - 0.5, day - 0.5), 1, 1, fill=False, edgecolor=COLORS[1],
                     linewidth=1.6)
