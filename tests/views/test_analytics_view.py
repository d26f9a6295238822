"""The analytics tab over a small demo workspace, driven as a user drives it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMenu

from models.analytics.period import Preset
from models.core.changes import Change
from models.store.workspace import open_workspace
from tests.conftest import DEMO_TODAY
from views.analytics.view import CHART_KEYS, AnalyticsView

WAIT = 60_000  # a busy 2-core machine: generous, never a timing assertion
#: Tooltips raise themselves and menus grab the keyboard; the offscreen platform can't.
OFFSCREEN = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.fixture
def view(qtbot, demo_path):
    ws = open_workspace(demo_path, readonly=True)
    widget = AnalyticsView(ws, QUndoStack(), None)
    widget.today = lambda: DEMO_TODAY
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    yield widget
    widget.close()
    ws.close()


def show_and_wait(qtbot, view):
    with qtbot.waitSignal(view.dashboard_ready, timeout=WAIT):
        view.show()


def test_a_result_arriving_after_the_workspace_closed_reads_nothing_here(qtbot, view,
                                                                        monkeypatch):
    """The dashboard computes on a worker with its own connection; closing the workspace
    meanwhile (another file opened, the window closed) must not make the result read the
    window's closed connection."""
    import views.analytics.view as module

    arrived = []
    real = module.AnalyticsView._on_computed

    def closing_first(self, generation, result):
        view.workspace.conn.close()
        arrived.append(result)
        real(self, generation, result)

    monkeypatch.setattr(module.AnalyticsView, "_on_computed", closing_first)
    show_and_wait(qtbot, view)
    assert arrived and view.dashboard is not None


def test_nothing_is_computed_until_the_tab_is_shown(view):
    view.set_community(None)
    assert view.dashboard is None and view.cards["members"].value.text() == "…"


def test_showing_fills_cards_charts_and_list(qtbot, view):
    show_and_wait(qtbot, view)
    assert not view.busy.isVisible()
    members = view.cards["members"].value.text().replace(",", "")
    assert members == "300"
    assert "vs" in view.cards["members"].change.text() or view.cards["members"].change.text()
    for key in CHART_KEYS:
        assert view.panels[key].canvas is not None, key
    assert view.slipping.table.rowCount() == min(view.dashboard.slipping.count, 500)
    assert view.status.text() == f"{view.dashboard.period.start} to {DEMO_TODAY}"


def test_charts_show_the_drawing_made_in_the_background(qtbot, view, monkeypatch):
    """Each canvas shows its figure as drawn on the worker (no draw on the UI thread),
    and what it paints is the chart, not an empty canvas."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    drawn_here = []
    original = FigureCanvasAgg.draw
    monkeypatch.setattr(FigureCanvasAgg, "draw",
                        lambda canvas: (drawn_here.append(canvas), original(canvas))[1])
    show_and_wait(qtbot, view)
    qtbot.wait(100)  # the last canvas paints
    for key in CHART_KEYS:
        image = view.panels[key].canvas.grab().toImage()
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
                   for y in range(0, image.height(), 7)}
        assert len(colours) > 3, key  # more than a blank background
    # drawn on the worker only: on this thread, none of the canvases drew itself
    assert not [c for c in drawn_here if c in {p.canvas for p in view.panels.values()}]


def test_period_and_community_change_recompute(qtbot, view):
    show_and_wait(qtbot, view)
    with qtbot.waitSignal(view.dashboard_ready, timeout=WAIT):
        view.set_period(Preset.LAST_365)
    assert view.dashboard.period.days == 365
    with qtbot.waitSignal(view.dashboard_ready, timeout=WAIT):
        view.set_period(Preset.CUSTOM, date(2026, 1, 1), date(2026, 3, 31))
    assert view.start_edit.isVisible()
    assert (view.dashboard.period.start, view.dashboard.period.end) == (
        date(2026, 1, 1), date(2026, 3, 31))
    with qtbot.waitSignal(view.dashboard_ready, timeout=WAIT):
        view.set_community(1)
    assert view.dashboard.community_id == 1


def test_a_write_elsewhere_refreshes_only_when_it_matters(qtbot, view):
    show_and_wait(qtbot, view)
    with qtbot.assertNotEmitted(view.dashboard_ready, wait=300):
        view.apply_changes(Change.of("materials"))
    with qtbot.waitSignal(view.dashboard_ready, timeout=WAIT):
        view.apply_changes(Change.of("activities"))


@OFFSCREEN
def test_hover_shows_the_values_under_the_mouse(qtbot, view):
    show_and_wait(qtbot, view)
    from matplotlib.backend_bases import MouseEvent

    panel = view.panels["funnel"]
    panel.canvas.draw()
    ax = panel.chart.figure.axes[0]
    bar = ax.patches[0]
    x, y = ax.transData.transform((bar.get_width() / 2, bar.get_y() + bar.get_height() / 2))
    event = MouseEvent("motion_notify_event", panel.canvas, x, y)
    panel.canvas.callbacks.process("motion_notify_event", event)
    joined = view.dashboard.funnel.joined
    assert panel.last_tip == f"Joined: {joined:,} (100%)"


@OFFSCREEN
def test_right_click_menu_exports_images_and_data(qtbot, view, tmp_path, monkeypatch):
    show_and_wait(qtbot, view)
    panel = view.panels["growth"]
    menu = panel.context_menu(QPoint(0, 0))
    assert isinstance(menu, QMenu)
    assert len([a for a in menu.actions() if not a.isSeparator()]) == 4
    menu.close()
    for fmt, magic in (("png", b"\x89PNG"), ("svg", b"<?xml"), ("pdf", b"%PDF-")):
        target = tmp_path / f"growth.{fmt}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, t=target, **k: (str(t), ""))
        with qtbot.waitSignal(view.report_exported, timeout=WAIT):
            panel.ask_and_export(fmt)
        assert target.read_bytes().startswith(magic)
    target = tmp_path / "growth.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(view.report_exported, timeout=WAIT):
        panel.ask_and_export("xlsx")
    from openpyxl import load_workbook

    sheet = load_workbook(target).active
    assert sheet["B1"].value == "New members"


def test_slipping_list_asks_for_the_roster(qtbot, view):
    show_and_wait(qtbot, view)
    slipping = view.dashboard.slipping
    if not slipping.count:
        pytest.skip("this demo has nobody slipping away")
    with qtbot.waitSignal(view.show_members_requested, timeout=WAIT) as asked:
        view.slipping.show_button.click()
    assert len(asked.args[0]) == slipping.count  # all of them, not only those listed
    assert asked.args[0][:len(slipping.ids)] == slipping.ids
    view.slipping.table.selectRow(0)
    with qtbot.waitSignal(view.show_members_requested) as asked:
        view.slipping.show_button.click()
    assert len(asked.args[0]) == 1


def test_export_report_writes_a_workbook(qtbot, view, tmp_path, monkeypatch):
    show_and_wait(qtbot, view)
    target = tmp_path / "report.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(view.report_exported, timeout=WAIT) as done:
        view.export_button.click()
    assert done.args[0] == str(target)
    from openpyxl import load_workbook

    assert len(load_workbook(target).sheetnames) > 10


def test_the_imported_life_sections_show(qtbot, view):
    show_and_wait(qtbot, view)
    d = view.dashboard
    assert d.hours.total > 0 and not d.people.empty
    for key in ("people", "hours"):
        assert view.panels[key].chart.title and view.panels[key].canvas is not None
    # the demo's honours are on the board (it showed only its empty text: none were made)
    assert view.honours.summary.text().startswith("3 honour(s)")
    assert view.honours.tree.isVisible()
    names = {view.honours.tree.topLevelItem(i).text(0).split(" (")[0]
             for i in range(view.honours.tree.topLevelItemCount())}
    assert names == {"活跃之星", "老朋友", "裂变达人"}


def test_an_empty_honours_board_says_where_honours_are_added(qapp):
    from desktop import i18n
    from views.analytics.honours_panel import HonoursPanel

    try:
        for lang, where in (("en", "Edit > Points Rules & Honours…"),
                            ("zh_CN", "编辑 > 积分规则与荣誉…")):
            i18n.use_language(lang)
            panel = HonoursPanel()
            panel.show_board(None)
            assert where in panel.summary.text() and panel.tree.isHidden()
            panel.deleteLater()
    finally:
        i18n.use_language("en")


def test_keywords_are_offered_once_texts_were_kept_and_count_in_the_period(qtbot, tmp_path):
    from models.members import records
    from models.members.communities import create_community

    with open_workspace(tmp_path / "w.qunzhu") as ws:
        club = create_community(ws.conn, "读书会").id
        member, _ = records.create_member(ws.conn, {"display_name": "甲"}, club)
        widget = AnalyticsView(ws, QUndoStack(), None)
        widget.today = lambda: date(2026, 11, 30)
        qtbot.addWidget(widget)
        show_and_wait(qtbot, widget)
        assert not widget.keywords.isVisibleTo(widget)  # nothing kept: nothing to count
        with ws.transaction() as conn:
            for day, text in (("2026-11-02", "报名读书会"), ("2026-11-03", "我也报名")):
                cur = conn.execute("INSERT INTO activities (member_id, community_id,"
                                   " occurred_at, kind) VALUES (?, ?, ?, '发言')",
                                   (member, club, day + "T10:00:00+08:00"))
                conn.execute("INSERT INTO activity_texts VALUES (?, ?)",
                             (cur.lastrowid, text))
        with qtbot.waitSignal(widget.dashboard_ready, timeout=WAIT):
            widget.apply_changes(Change.of("activities"))
        assert widget.keywords.isVisibleTo(widget)
        widget.keywords.words.setText("报名，读书会")
        widget.keywords.count()
        qtbot.waitUntil(lambda: widget.keywords.table.rowCount() == 2, timeout=WAIT)
        table = widget.keywords.table
        assert [(table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, 2).text())
                for r in range(2)] == [("报名", "2", "1"), ("读书会", "1", "1")]
        widget.close()


def test_stored_genders_are_shown_in_the_language_of_the_window(qapp):
    """The members chart names 男/女 as the roster does (Male/Female in English), not as
    stored; free-text values (cities, channels) stay as the operator wrote them."""
    from views.analytics.texts import chart_text

    t = chart_text()
    assert (t.value("女"), t.value("男"), t.value("杭州"), t.value("")) == (
        "Female", "Male", "杭州", "Unknown")
