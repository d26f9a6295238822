"""The analytics charts and tables in the English window: stored Chinese vocabularies (the
kinds of event) read in English, as the calendar shows them; and the funnel's notes fit."""

from __future__ import annotations

from datetime import date

import pytest

from desktop import i18n
from exports import charts
from models.analytics.dashboard import compute_dashboard
from models.analytics.period import Period
from models.store.workspace import open_workspace
from tests.models.analytics_fixture import TODAY, build
from views.analytics.texts import chart_text


@pytest.fixture
def dashboard(tmp_path, qapp):
    i18n.use_language("en")
    path = build(tmp_path / "hand.qunzhu")
    with open_workspace(path, readonly=True) as ws:
        found = compute_dashboard(ws.conn, None, Period(date(2025, 11, 24), TODAY))
    assert {k.kind for k in found.attendance.kinds} & {"讲座", "聚会", "工作坊", "分享会"}
    return found


def test_event_kinds_read_in_english_on_the_attendance_chart(dashboard):
    chart = charts.attendance_chart(dashboard, chart_text())
    [ax] = [a for a in chart.figure.axes if a.get_xticklabels()]
    shown = [label.get_text() for label in ax.get_xticklabels()]
    assert shown and not any("\u4e00" <= ch <= "\u9fff" for s in shown for ch in s), shown


def test_event_kinds_read_in_english_in_the_report_tables(dashboard):
    from exports import analytics_tables

    t = chart_text()
    for table in (analytics_tables.attendance(dashboard, t), analytics_tables.events(dashboard, t)):
        kinds = [row[1 if table.key == "events" else 0] for row in table.rows]
        assert kinds and not any("\u4e00" <= ch <= "\u9fff" for s in kinds for ch in s), kinds


@pytest.mark.parametrize("size", [(7.2, 3.8), (5.2, 3.8)])
def test_the_funnels_notes_fit_inside_the_chart(dashboard, size):
    """In English "150 still within 60 days of joining" ran past the chart's right edge."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    assert any(s.pending for s in dashboard.funnel.stages())
    chart = charts.funnel_chart(dashboard, chart_text())
    chart.figure.set_size_inches(*size)  # as wide as the panel at 1366 px, and narrower
    FigureCanvasAgg(chart.figure).draw()
    right = chart.figure.bbox.x1
    [ax] = chart.figure.axes
    for text in ax.texts:
        assert text.get_window_extent().x1 <= right + 1, text.get_text()


def test_the_funnels_first_stage_reads_as_a_stage_in_chinese(qapp):
    """It read 加入日期 ("join date", the roster column's word) over the funnel's first bar."""
    i18n.use_language("zh_CN")
    try:
        assert chart_text()("stage.joined") == "新入群"
    finally:
        i18n.use_language("en")


def test_a_stage_nobody_could_reach_yet_says_why_inside_its_bar(qapp):
    """"0 (—) · 150 still within 60 days of joining" broke mid-word at the figure's edge;
    a stage whose joiners are all still pending shows the note alone, inside its bar."""
    from types import SimpleNamespace

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    def stage(key, members, pending):
        rate = members / 150 if members + pending < 150 or not pending else None
        return SimpleNamespace(key=key, members=members, pending=pending, rate=rate)

    stages = [stage("joined", 150, 0), stage("activated", 91, 29), stage("retained", 0, 150),
              stage("converted", 0, 150), stage("referred", 0, 150)]
    dashboard = SimpleNamespace(funnel=SimpleNamespace(stages=lambda: stages))
    for size in ((7.2, 3.8), (5.2, 3.8)):
        chart = charts.funnel_chart(dashboard, chart_text())
        chart.figure.set_size_inches(*size)
        FigureCanvasAgg(chart.figure).draw()
        [ax] = chart.figure.axes
        assert not any(text.get_text().startswith("0 (") for text in ax.texts)
        inside = [text for text in ax.texts if text.get_ha() == "center"]
        assert len(inside) == 3
        bar_end = ax.transData.transform((150, 0))[0]
        for text in inside:
            box = text.get_window_extent()
            assert ax.bbox.x0 <= box.x0 and box.x1 <= bar_end, text.get_text()
