"""Charts render with Chinese labels (a missing glyph is a warning, so an error here),
save as valid PNG/SVG/PDF, and say what is under the mouse."""

from __future__ import annotations

import warnings

import pytest

from exports import charts


def test_every_chart_renders_chinese_without_missing_glyphs(dashboard, chinese, tmp_path):
    written = charts.save_all(dashboard, chinese, tmp_path, "png")
    assert [p.name for p in written][:2] == ["01-growth.png", "02-activity.png"]
    assert len(written) == len(charts.CHARTS)
    for path in written:
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert path.stat().st_size > 5000


def test_a_cjk_font_comes_first():
    fonts = charts.cjk_fonts()
    assert fonts[0] in charts.CJK_FALLBACK and fonts[-1] == "DejaVu Sans"


def test_without_a_cjk_font_the_chart_is_refused_not_drawn_with_boxes(dashboard, chinese,
                                                                       tmp_path):
    """The guard the other tests rely on, and the user's: a chart whose Chinese would be
    boxes is not written; the refusal names the characters."""
    from exports.chart_fonts import GlyphsMissing

    chart = charts.growth_chart(dashboard, chinese)
    for text in chart.figure.findobj(lambda artist: hasattr(artist, "set_fontfamily")):
        text.set_fontfamily("DejaVu Sans")
    with pytest.raises(GlyphsMissing) as refused:
        charts.save(chart, tmp_path / "boxes.png")
    assert all(ord(c) > 0x2E80 for c in refused.value.params["characters"])
    assert not list(tmp_path.glob("*.png")) and not list(tmp_path.glob(".~*"))


@pytest.mark.parametrize(("fmt", "magic"), [("png", b"\x89PNG"), ("svg", b"<?xml"),
                                            ("pdf", b"%PDF-")])
def test_saved_files_are_valid(dashboard, chinese, tmp_path, fmt, magic):
    path = charts.save(charts.funnel_chart(dashboard, chinese), tmp_path / "funnel", fmt)
    assert path.suffix == "." + fmt
    data = path.read_bytes()
    assert data.startswith(magic)
    if fmt == "svg":
        assert b"<svg" in data
    if fmt == "pdf":
        assert data.rstrip().endswith(b"%%EOF")


def test_unknown_format_is_refused(dashboard, chinese, tmp_path):
    with pytest.raises(ValueError):
        charts.save(charts.funnel_chart(dashboard, chinese), tmp_path / "x.gif")


def _event_at(chart, x, y):
    from matplotlib.backend_bases import MouseEvent
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(chart.figure)
    canvas.draw()
    return MouseEvent("motion_notify_event", canvas, x, y)


def test_hovering_a_funnel_bar_tells_its_numbers(dashboard, chinese):
    chart = charts.funnel_chart(dashboard, chinese)
    ax = chart.figure.axes[0]
    bar = ax.patches[0]  # "joined", at the top
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        event = _event_at(chart, *ax.transData.transform(
            (bar.get_x() + bar.get_width() / 2, bar.get_y() + bar.get_height() / 2)))
    assert chart.tip_at(event) == f"{chinese('stage.joined')}: 6 (100%)"  # 5: trash, history
    assert chart.tip_at(_event_at(chart, 1, 1)) is None


def test_hovering_the_heatmap_tells_the_cohort(dashboard, chinese):
    chart = charts.retention_chart(dashboard, chinese)
    ax = chart.figure.axes[0]
    event = _event_at(chart, *ax.transData.transform((1, 0)))
    assert "2026-09" in chart.tip_at(event) and "(100%)" in chart.tip_at(event)


def test_empty_period_draws_a_message_not_an_error(tmp_path):
    from datetime import date

    from exports.analytics_text import Text
    from models.analytics.dashboard import compute_dashboard
    from models.analytics.period import Period
    from models.store.workspace import open_workspace

    with open_workspace(tmp_path / "empty.qunzhu") as ws:
        empty = compute_dashboard(ws.conn, None, Period(date(2026, 1, 1), date(2026, 1, 31)))
    for path in charts.save_all(empty, Text(), tmp_path / "out", "svg"):
        assert path.stat().st_size > 1000


#: The axis each chart's numbers run along: bars stand on x and grow up the y axis, except
#: the horizontal ones (audience, tags, referrals), which grow along x.
VALUE_AXES = [("growth", "y"), ("activity", "y"), ("sources", "y"), ("attendance", "y"),
              ("revenue", "y"), ("audience", "x"), ("tags", "x"), ("referrals", "x")]


@pytest.mark.parametrize(("key", "value_axis"), VALUE_AXES)
def test_the_value_axis_has_grid_lines_to_read_bars_against(dashboard, chinese, tmp_path,
                                                            key, value_axis):
    """A saved chart draws light grid lines across its value axis (and none across the
    category axis, where they would cut through the labels)."""
    chart = charts.CHARTS[key](dashboard, chinese)
    charts.save(chart, tmp_path / key, "png")
    panels = chart.figure.axes[:4] if key == "audience" else chart.figure.axes[:1]  # not twins
    for ax in panels:
        drawn = {name: any(line.get_visible() for line in getattr(ax, name + "axis")
                           .get_gridlines())
                 for name in ("x", "y")}
        other = "x" if value_axis == "y" else "y"
        assert drawn == {value_axis: True, other: False}, (key, ax.get_title())


def test_departures_are_drawn_below_the_axis(dashboard, chinese):
    """Growth shows who left as bars under zero, so churn is seen, not only hovered; the
    axis reads sizes (no minus signs)."""
    from dataclasses import replace

    g = dashboard.growth
    left = [0] * len(g.buckets)
    left[-1] = 4
    chart = charts.growth_chart(replace(dashboard, growth=replace(g, left=left)), chinese)
    ax = chart.figure.axes[0]
    heights = [bar.get_height() for bar in ax.patches]
    assert heights.count(-4) == 1 and min(heights) == -4
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(chart.figure).draw()
    labels = [tick.get_text() for tick in ax.get_yticklabels()]
    assert labels and not any(text.startswith(("-", "−")) for text in labels)
    legend = chart.figure.legends[0]
    assert chinese("growth.left") in [text.get_text() for text in legend.get_texts()]

    plain = charts.growth_chart(replace(dashboard, growth=replace(g, left=[0] * len(left))),
                                chinese)
    assert min(bar.get_height() for bar in plain.figure.axes[0].patches) >= 0


def test_each_months_actives_are_written_with_the_days_they_count(dashboard, chinese):
    """A month cut by the period read as a fall (930 for 23 days of November, then 500
    for a week of December): each monthly line says its number, and a cut month its days."""
    from dataclasses import replace

    days = [f"2026-11-{d:02d}" for d in range(8, 31)] + [f"2026-12-0{d}" for d in range(1, 8)]
    activity = replace(dashboard.activity, days=days, daily_active=[100] * len(days),
                       actions=[300] * len(days), months=["2026-11", "2026-12"],
                       monthly_active=[929, 498], monthly_partial=[True, True])
    chart = charts.activity_chart(replace(dashboard, activity=activity), chinese)
    texts = [text.get_text() for text in chart.figure.axes[0].texts]
    assert texts == ["11-08–11-30: 929", "12-01–12-07: 498"]
    whole = replace(activity, monthly_partial=[False, False])
    chart = charts.activity_chart(replace(dashboard, activity=whole), chinese)
    assert [text.get_text() for text in chart.figure.axes[0].texts] == ["929", "498"]
