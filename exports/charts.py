"""Every dashboard chart as a matplotlib ``Figure`` (never pyplot: no global state, safe
off the UI thread), with the tooltips the window shows and PNG/SVG/PDF export.

matplotlib is imported inside the functions: importing this module costs nothing, so
start-up stays light. Chinese needs a CJK font: ``cjk_fonts`` puts the installed ones of
a fallback list first (``exports.chart_fonts``), and a chart with a character that would
be drawn as a box is not saved (``GlyphsMissing``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from exports import analytics_tables as tables
from exports import chart_fonts, chart_theme
from exports.analytics_text import Text
from exports.chart_marks import mark_partial, partial_handle, so_far, swatch
from exports.chart_style import (  # noqa: F401 (cjk_fonts, warm_up: this module's API)
    CJK_FALLBACK,
    COLORS,
    Chart,
    Tip,
    _bar_tips,
    _empty,
    _figure,
    _index_tip,
    _pct,
    _style,
    _ticks,
    cjk_fonts,
    compact,
    warm_up,
)
from exports.charts_life import hours_chart, people_chart
from models.analytics.dashboard import Dashboard

FORMATS = ("png", "svg", "pdf")


def _magnitude(value: float, _position: object = None) -> str:
    """Tick labels of an axis with departures drawn below zero: sizes, never negative."""
    return compact(abs(value))


def growth_chart(d: Dashboard, t: Text) -> Chart:
    fig = _figure()
    ax = fig.add_subplot()
    _style(ax)
    g = d.growth
    chart = Chart("growth", t("growth"), fig)
    ax.set_title(t("growth"))
    if not g.buckets:
        _empty(ax, t)
        return chart
    xs = list(range(len(g.buckets)))
    partial = g.partial or [False] * len(xs)
    bars = ax.bar(xs, g.joined, color=COLORS[0], label=t("growth.joined"))
    mark_partial(bars, partial)
    ax.set_ylabel(t("growth.joined"))
    handles = [swatch(COLORS[0], t("growth.joined"))]
    if any(g.left):  # departures below the axis: growth and churn read at one glance
        gone = ax.bar(xs, [-n for n in g.left], color=COLORS[3], label=t("growth.left"))
        mark_partial(gone, partial)
        ax.axhline(0, color=COLORS[5], linewidth=0.8)
        ax.yaxis.set_major_formatter(_magnitude)
        ax.set_ylabel(f"{t('growth.joined')} / {t('growth.left')}")
        handles.append(swatch(COLORS[3], t("growth.left")))
    ax.set_xticks(_ticks(g.buckets), [g.buckets[i] for i in _ticks(g.buckets)],
                  rotation=30, ha="right", fontsize=8)
    twin = ax.twinx()
    twin.plot(xs, g.total, color=COLORS[1], linewidth=2, label=t("growth.total"))
    twin.set_ylabel(t("growth.total"))
    twin.yaxis.set_major_formatter(compact)
    twin.spines[["top"]].set_visible(False)
    handles.append(twin.get_lines()[0])
    labels = [h.get_label() for h in handles]
    if any(partial):
        handles.append(partial_handle())
        labels.append(t("partial.legend"))
    # below the plot: bars may fill it to the top
    fig.legend(handles, labels, loc="outside lower center", ncols=len(handles), fontsize=8,
               frameon=False)
    chart.tips.append(_index_tip(twin, xs, lambda i: (
        f"{g.buckets[i]}{so_far(t, partial[i])}\n{t('growth.joined')}: {g.joined[i]:,}\n"
        f"{t('growth.left')}: {g.left[i]:,}\n{t('growth.total')}: {g.total[i]:,}")))
    return chart


def activity_chart(d: Dashboard, t: Text) -> Chart:
    fig = _figure()
    ax = fig.add_subplot()
    _style(ax)
    a = d.activity
    chart = Chart("activity", t("activity"), fig)
    ax.set_title(t("activity"))
    xs = list(range(len(a.days)))
    ax.plot(xs, a.daily_active, color=COLORS[0], linewidth=1.4, label=t("activity.daily"))
    monthly_x = [a.days.index(m + "-01") if m + "-01" in a.days else 0 for m in a.months]
    ends = monthly_x[1:] + [len(a.days)]
    partial = a.monthly_partial or [False] * len(a.months)
    for i, (start, end) in enumerate(zip(monthly_x, ends, strict=True)):
        ax.hlines(a.monthly_active[i], start, end - 1, color=COLORS[1], linewidth=2.2,
                  linestyles="dashed" if partial[i] else "solid",
                  label=t("activity.monthly") if i == 0 else None)
        # each month's count over its days here: a month cut by the period (or not over)
        # read as a fall from the month before, where its line was just shorter
        span = f"{a.days[start][5:]}–{a.days[end - 1][5:]}: " if partial[i] else ""
        ax.annotate(f"{span}{a.monthly_active[i]:,}", ((start + end - 1) / 2,
                    a.monthly_active[i]), xytext=(0, 3), textcoords="offset points",
                    ha="center", va="bottom", fontsize=7, color="0.25")
    ax.set_xticks(_ticks(a.days), [a.days[i] for i in _ticks(a.days)], rotation=30,
                  ha="right", fontsize=8)
    top = max(a.monthly_active + a.daily_active + [1])
    ax.set_ylim(0, top * 1.25)  # headroom for the legend above the monthly line
    ax.legend(loc="upper left", fontsize=8, frameon=False, ncols=2)
    monthly = dict(zip(a.months, a.monthly_active, strict=True))
    cut = dict(zip(a.months, partial, strict=True))
    chart.tips.append(_index_tip(ax, [float(x) for x in xs], lambda i: (
        f"{a.days[i]}\n{t('activity.daily')}: {a.daily_active[i]:,}\n"
        f"{t('activity.actions')}: {a.actions[i]:,}\n"
        f"{t('activity.monthly')} ({a.days[i][:7]}{so_far(t, cut.get(a.days[i][:7], False))}):"
        f" {monthly.get(a.days[i][:7], 0):,}")))
    return chart


def retention_chart(d: Dashboard, t: Text) -> Chart:
    r = d.retention
    fig = _figure(7.2, max(3.0, 1.2 + 0.28 * len(r.cohorts)))
    ax = fig.add_subplot()
    chart = Chart("retention", t("retention"), fig)
    ax.set_title(t("retention"))
    if not r.cohorts:
        _empty(ax, t)
        return chart
    width = max(len(c.active) for c in r.cohorts)
    import numpy as np

    grid = np.full((len(r.cohorts), width), np.nan)
    for row, cohort in enumerate(r.cohorts):
        for k in range(len(cohort.active)):
            rate = cohort.rate(k)
            grid[row, k] = np.nan if rate is None else rate
    ax.imshow(grid, aspect="auto", cmap="Blues", vmin=0, vmax=1, interpolation="nearest")
    if len(r.cohorts) * width <= 160:
        for row in range(len(r.cohorts)):
            for k in range(width):
                if not np.isnan(grid[row, k]):
                    star = "*" if r.cohorts[row].partial(k) else ""
                    ax.text(k, row, f"{grid[row, k]:.0%}{star}", ha="center", va="center",
                            fontsize=7, color="white" if grid[row, k] > 0.55 else "#1d2733")
    ax.set_xticks(range(width), [str(k) for k in range(width)], fontsize=8)
    ax.set_yticks(range(len(r.cohorts)),
                  [f"{c.month} ({c.size:,})" for c in r.cohorts], fontsize=8)
    ax.set_xlabel(t("retention.months_since") + (
        "\n" + t("retention.in_progress", month=r.in_progress) if r.in_progress else ""))

    def tip(event: Any) -> str | None:
        if event.inaxes is not ax or event.xdata is None:
            return None
        row, k = int(round(event.ydata)), int(round(event.xdata))
        if 0 <= row < len(r.cohorts) and 0 <= k < len(r.cohorts[row].active):
            c = r.cohorts[row]
            return (f"{t('retention.cohort')} {c.month}: {c.size:,}\n"
                    f"{t('retention.month', n=k)}{so_far(t, c.partial(k))}: {c.active[k]:,}"
                    f" ({_pct(c.rate(k))})")
        return None
    chart.tips.append(tip)
    return chart


def funnel_chart(d: Dashboard, t: Text) -> Chart:
    """Nested stages: a solid bar of who reached each stage, and after it a lighter one of
    the joiners still pending (their window has not closed): never shown as failures."""
    fig = _figure()
    ax = fig.add_subplot()
    f = d.funnel
    chart = Chart("funnel", t("funnel"), fig)
    ax.set_title(t("funnel"))
    stages = f.stages()
    names = [t("stage." + s.key) for s in stages]
    values = [s.members for s in stages]
    pending = [s.pending for s in stages]
    ys = list(range(len(stages)))[::-1]
    bars = ax.barh(ys, values, color=COLORS[:len(stages)], height=0.62)
    waiting = ax.barh(ys, pending, left=values, color=COLORS[:len(stages)], height=0.62,
                      alpha=0.3, hatch="///", edgecolor="white")
    ax.set_yticks(ys, names)
    ax.spines[["top", "right"]].set_visible(False)
    top = max(v + p for v, p in zip(values, pending, strict=True)) if values else 0
    top = top or 1
    ax.set_xlim(0, top * 1.45)
    labels = []
    for y, s in zip(ys, stages, strict=True):
        label = f"{s.members:,} ({_pct(s.rate)})"
        note = ""
        if s.pending:
            key = "pending.activated" if s.key == "activated" else "pending.late"
            note = t(key, n=f"{s.pending:,}")
            label += " · " + note
        if note and not s.members and s.pending >= top * 0.6:
            # nobody's window has closed yet: "0 (—)" says nothing, and the note broke at
            # the figure's edge mid-word; it reads whole inside its own (lighter) bar
            ax.text(s.pending / 2, y, note, ha="center", va="center", fontsize=7)
        else:
            # wrap: a long note (English) breaks at the figure's edge, not past it
            ax.text(s.members + s.pending + top * 0.01, y, label, va="center", fontsize=7,
                    wrap=True)
        labels.append(label)
    tips = [f"{n}: {lab}" for n, lab in zip(names, labels, strict=True)]
    chart.tips.append(_bar_tips(list(bars) + list(waiting), tips + tips))
    return chart


def sources_chart(d: Dashboard, t: Text) -> Chart:
    fig = _figure()
    ax = fig.add_subplot()
    _style(ax)
    channels = d.funnel.channels[:10]
    chart = Chart("sources", t("sources"), fig)
    ax.set_title(t("sources"))
    if not channels:
        _empty(ax, t)
        return chart
    xs = list(range(len(channels)))
    bars = ax.bar(xs, [c.joined for c in channels], color=COLORS[0], label=t("sources.joined"))
    ax.set_xticks(xs, [t.value(c.source) for c in channels], rotation=20, ha="right",
                  fontsize=8)
    twin = ax.twinx()
    # a rate nobody's window has closed for is left out, not drawn as 0
    twin.plot(xs, [c.retention_rate if c.retention_rate is not None else float("nan")
                   for c in channels], "o-", color=COLORS[2],
              label=t("sources.retention"))
    twin.plot(xs, [c.conversion_rate if c.conversion_rate is not None else float("nan")
                   for c in channels], "s-", color=COLORS[1],
              label=t("sources.conversion"))
    twin.set_ylim(0, 1)
    twin.yaxis.set_major_formatter(lambda v, _pos: f"{v:.0%}")
    twin.spines[["top"]].set_visible(False)
    handles = [bars, *twin.get_lines()]
    fig.legend(handles, [h.get_label() for h in handles], loc="outside lower center",
               ncols=3, fontsize=8, frameon=False)
    chart.tips.append(_bar_tips(bars, [
        f"{t.value(c.source)}\n{t('sources.joined')}: {c.joined:,}\n"
        f"{t('sources.retention')}: {_pct(c.retention_rate)}\n"
        f"{t('sources.conversion')}: {_pct(c.conversion_rate)}" for c in channels]))
    return chart


def attendance_chart(d: Dashboard, t: Text) -> Chart:
    fig = _figure()
    ax = fig.add_subplot()
    _style(ax)
    kinds = d.attendance.kinds
    chart = Chart("attendance", t("attendance"), fig)
    ax.set_title(t("attendance"))
    if not kinds:
        _empty(ax, t)
        return chart
    xs = list(range(len(kinds)))
    registered = ax.bar([x - 0.2 for x in xs], [k.registered for k in kinds], 0.4,
                        color=COLORS[5], label=t("attendance.registered"))
    attended = ax.bar([x + 0.2 for x in xs], [k.attended for k in kinds], 0.4,
                      color=COLORS[2], label=t("attendance.attended"))
    for x, k in zip(xs, kinds, strict=True):
        ax.text(x + 0.2, k.attended, _pct(k.attendance_rate), ha="center", va="bottom",
                fontsize=8)
    ax.set_xticks(xs, [t.value(k.kind) for k in kinds], fontsize=9)
    ax.legend(loc="upper right", fontsize=8, frameon=False)
    texts = [f"{t.value(k.kind)}: {k.events} {t('attendance.events')}\n"
             f"{t('attendance.registered')}: {k.registered:,}\n"
             f"{t('attendance.attended')}: {k.attended:,} ({_pct(k.attendance_rate)})\n"
             f"{t('attendance.no_shows')}: {k.no_shows:,} ({_pct(k.no_show_rate)})"
             for k in kinds]
    chart.tips.append(_bar_tips(list(registered) + list(attended), texts + texts))
    return chart


def revenue_chart(d: Dashboard, t: Text) -> Chart:
    fig = _figure()
    ax = fig.add_subplot()
    _style(ax)
    table = tables.revenue(d, t)
    chart = Chart("revenue", t("revenue"), fig)
    ax.set_title(t("revenue"))
    labels = [str(r[0]) for r in table.rows]
    values = [float(r[1]) for r in table.rows]  # type: ignore[arg-type]
    xs = list(range(len(labels)))
    bars = ax.bar(xs, values, color=COLORS[1])
    partial = d.growth.partial or [False] * len(xs)  # the same buckets as growth
    if len(partial) == len(xs):
        mark_partial(bars, partial)
    ax.set_ylabel(t("revenue.yuan"))
    ax.set_xticks(_ticks(labels), [labels[i] for i in _ticks(labels)], rotation=30,
                  ha="right", fontsize=8)
    chart.tips.append(_bar_tips(bars, [f"{lab}: ¥{v:,.2f}"
                                       for lab, v in zip(labels, values, strict=True)]))
    return chart


def audience_chart(d: Dashboard, t: Text) -> Chart:
    fig = _figure(7.2, 6.4)  # four panels: room for eight cities and their names
    chart = Chart("audience", t("audience"), fig)
    fig.suptitle(t("audience"))
    a = d.distributions
    axes = fig.subplots(2, 2)
    for ax, key, pairs in ((axes[0][0], "gender", a.gender), (axes[0][1], "age", a.age),
                           (axes[1][0], "city", a.city), (axes[1][1], "spending", a.spending)):
        _style(ax, value_axis="x")
        ax.set_title(t(f"audience.{key}"), fontsize=10)
        if not pairs:
            _empty(ax, t)
            continue
        names = [t.value(v, key) for v, _ in pairs]
        values = [n for _, n in pairs]
        ys = list(range(len(pairs)))[::-1]
        bars = ax.barh(ys, values, color=COLORS[["gender", "age", "city", "spending"]
                                                 .index(key)], height=0.7)
        ax.set_yticks(ys, names, fontsize=8)
        ax.tick_params(axis="x", labelsize=7)
        total = sum(values) or 1
        chart.tips.append(_bar_tips(bars, [f"{n}: {v:,} ({v / total:.0%})"
                                           for n, v in zip(names, values, strict=True)]))
    return chart


def tags_chart(d: Dashboard, t: Text) -> Chart:
    fig = _figure()
    ax = fig.add_subplot()
    _style(ax, value_axis="x")
    tags = d.distributions.tags[:15]
    chart = Chart("tags", t("tags"), fig)
    ax.set_title(t("tags"))
    if not tags:
        _empty(ax, t)
        return chart
    ys = list(range(len(tags)))[::-1]
    bars = ax.barh(ys, [n for _, n in tags], color=COLORS[4], height=0.7)
    ax.set_yticks(ys, [name for name, _ in tags], fontsize=8)
    chart.tips.append(_bar_tips(bars, [f"{name}: {n:,}" for name, n in tags]))
    return chart


def referrals_chart(d: Dashboard, t: Text) -> Chart:
    fig = _figure()
    ax = fig.add_subplot()
    _style(ax, value_axis="x")
    top = d.referrals.top
    chart = Chart("referrals", t("referrals"), fig)
    ax.set_title(t("referrals"))
    if not top:
        _empty(ax, t)
        return chart
    ys = list(range(len(top)))[::-1]
    bars = ax.barh(ys, [r.referred for r in top], color=COLORS[2], height=0.7)
    ax.set_yticks(ys, [f"{r.name} #{r.member_id}" for r in top], fontsize=8)
    ax.set_xlabel(t("referrals.referred"))
    chart.tips.append(_bar_tips(bars, [
        f"{r.name}\n{t('referrals.referred')}: {r.referred:,}\n"
        f"{t('referrals.all_time')}: {r.all_time:,}" for r in top]))
    return chart


#: Every chart, in dashboard order: key -> builder.
CHARTS: dict[str, Callable[[Dashboard, Text], Chart]] = {
    "growth": growth_chart,
    "activity": activity_chart,
    "retention": retention_chart,
    "funnel": funnel_chart,
    "sources": sources_chart,
    "attendance": attendance_chart,
    "revenue": revenue_chart,
    "audience": audience_chart,
    "tags": tags_chart,
    "referrals": referrals_chart,
    "people": people_chart,
    "hours": hours_chart,
}


def save(chart: Chart, path: Path, fmt: str | None = None) -> Path:
    """Write ``chart`` as PNG (150 dpi), SVG or PDF, chosen by ``fmt`` or the suffix.
    Raises ``chart_fonts.GlyphsMissing`` (nothing written) when a character would be a box."""
    fmt = (fmt or path.suffix.lstrip(".") or "png").lower()
    if fmt not in FORMATS:
        raise ValueError(f"unknown chart format {fmt!r}; use one of {', '.join(FORMATS)}")
    if path.suffix.lower() != "." + fmt:
        path = path.with_suffix("." + fmt)
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    if chart.figure.canvas is None or not hasattr(chart.figure.canvas, "print_figure"):
        FigureCanvasAgg(chart.figure)
    partial = path.with_name(f".~{path.name}.part")  # a failed save leaves no half file
    shown = chart.theme
    chart.restyle(chart_theme.LIGHT)  # a file is always light, whatever the window shows
    try:
        with chart_fonts.no_missing_glyphs():  # boxes instead of Chinese: refused
            chart.figure.savefig(partial, format=fmt, dpi=150,
                                 metadata={"Creator": "Qunzhu"} if fmt != "png" else None)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
        chart.restyle(shown)
    return path


def save_all(d: Dashboard, t: Text, folder: Path, fmt: str = "png",
             progress: Callable[[int, int], bool] | None = None) -> list[Path]:
    """Every chart into ``folder`` as ``NN-key.fmt``; returns the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for index, (key, make) in enumerate(CHARTS.items(), start=1):
        chart = make(d, t)
        written.append(save(chart, folder / f"{index:02d}-{key}.{fmt}", fmt))
        if progress and not progress(index, len(CHARTS)):
            break
    return written
