"""The glossary in the window: a "?" beside every KPI and chart title that says, in the
user's language, what the number counts; and the workspace's time zone in the settings."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QUndoStack

from desktop import i18n
from exports.analytics_tables import GLOSSARY_KEYS
from models.core import clock, zones
from models.store.workspace import open_workspace
from views.analytics.glossary_button import GlossaryButton
from views.analytics.view import CHART_KEYS, AnalyticsView

_CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def lang(qapp):
    yield i18n.use_language
    i18n.use_language("en")


@pytest.fixture
def workspace(tmp_path):
    with open_workspace(tmp_path / "w.qunzhu") as ws:
        yield ws


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_kpi_and_chart_has_its_definition(qtbot, lang, workspace, language):
    lang(language)
    view = AnalyticsView(workspace, QUndoStack(), None)
    qtbot.addWidget(view)
    found = {b.key: b.text_shown for b in view.findChildren(GlossaryButton)}
    assert set(found) == set(view.cards) | set(CHART_KEYS) | {"slipping", "honours"}
    assert set(found) <= set(GLOSSARY_KEYS)
    for key, text in found.items():
        assert len(text) >= 15, key
        assert bool(_CJK.search(text)) == (language == "zh_CN"), key
    assert "trash" in found["members"] if language == "en" else "回收站" in found["members"]
    assert view.findChild(GlossaryButton, "glossary_funnel").toolTip().startswith("<p>")


def test_the_workspace_zone_is_shown_and_changed_in_the_settings(qtbot, workspace):
    from views.workspace_settings import WorkspaceSettingsDialog

    changes = []
    zones.set_default_tzid(workspace.conn, "Asia/Shanghai")
    stack = QUndoStack()
    dialog = WorkspaceSettingsDialog(workspace, changes.append, undo_stack=stack)
    qtbot.addWidget(dialog)
    assert dialog.zone.currentText() == "Asia/Shanghai"
    dialog.zone.setCurrentText("Mars/Olympus")
    assert not dialog.save()
    assert "Mars/Olympus" in dialog.error.text() and changes == []
    assert zones.default_tzid(workspace.conn) == "Asia/Shanghai"
    dialog.zone.setCurrentText("Europe/London")
    assert dialog.save()
    assert zones.default_tzid(workspace.conn) == "Europe/London"
    # the setting, and the stored instants rewritten in the new zone
    assert len(changes) == 1 and changes[0].touches("workspace_settings", "activities")
    # one step on the undo stack: undo puts the zone back, where the app writes too
    assert stack.count() == 1
    stack.undo()
    assert zones.default_tzid(workspace.conn) == "Asia/Shanghai"
    assert clock.now_iso().endswith("+08:00") and len(changes) == 2
    stack.redo()
    assert zones.default_tzid(workspace.conn) == "Europe/London"
    zones.set_default_tzid(workspace.conn, "Asia/Shanghai")


def test_a_big_workspace_changes_zone_on_a_worker_and_undoes_exactly(qtbot, workspace,
                                                                      monkeypatch):
    """Past a few rows the zone change rewrites set-based on a worker (a progress dialog,
    not a frozen window); undo and redo run there too and put back every row."""
    import threading

    from PySide6.QtWidgets import QWidget

    from models.analytics import zone_change
    from models.members import records
    from tests.checksums import checksum
    from views.workspace_settings import WorkspaceSettingsDialog

    zones.set_default_tzid(workspace.conn, "Asia/Shanghai")
    with workspace.transaction() as conn:
        member = records.create_member(conn, {"display_name": "张三"})[0]
        conn.execute("INSERT INTO activities (member_id, occurred_at, kind) VALUES"
                     " (?, '2026-10-24T23:30:00+08:00', '发言')", (member,))
    before = checksum(workspace.conn)
    monkeypatch.setattr(zone_change, "FEW_ROWS", 0)
    threads = []
    real = zone_change.change_zone
    monkeypatch.setattr(zone_change, "change_zone", lambda conn, tzid: (
        threads.append(threading.current_thread()), real(conn, tzid))[1])
    parent = QWidget()
    qtbot.addWidget(parent)
    stack = QUndoStack()
    changes = []
    dialog = WorkspaceSettingsDialog(workspace, changes.append, parent, undo_stack=stack)
    dialog.zone.setCurrentText("UTC")
    assert dialog.save()
    qtbot.waitUntil(lambda: stack.count() == 1, timeout=20_000)
    assert threads and threads[0] is not threading.main_thread()
    assert workspace.conn.execute("SELECT occurred_at FROM activities").fetchone() == (
        "2026-10-24T15:30:00+00:00",)
    stack.undo()
    assert checksum(workspace.conn) == before
    assert len(threads) == 2 and threads[1] is not threading.main_thread()
    stack.redo()
    assert zones.default_tzid(workspace.conn) == "UTC"
    stack.undo()
    zones.set_default_tzid(workspace.conn, "Asia/Shanghai")
