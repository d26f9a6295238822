"""How the app starts: the current tab first, the other four once the window is up."""

from __future__ import annotations

import pytest

import desktop
from desktop import paths, settings
from desktop.window import TAB_VIEWS

OBJECT_NAMES = ["planView", "rosterView", "calendarView", "checklistView", "analyticsView"]


@pytest.fixture
def lazy_window(qtbot, qapp, demo_path):
    paths.set_application_names(qapp)
    settings.put(settings.CURRENT_TAB, 0)
    window = desktop.main_window(demo_path, "en", lazy_tabs=True)
    qtbot.addWidget(window)
    yield window
    window.close()


def test_only_the_current_tab_is_built_before_the_event_loop_runs(lazy_window):
    tabs = lazy_window.tabs
    assert tabs.count() == 5
    assert [tabs.tabText(i) for i in range(5)] == [
        "Plan", "Roster", "Calendar", "Checklists", "Analytics"]
    assert list(lazy_window.tab_set.views) == ["plan"]
    assert tabs.widget(0).objectName() == "planView"


def test_clicking_a_tab_builds_it_in_place(lazy_window, qtbot):
    from PySide6.QtCore import Qt

    tabs = lazy_window.tabs
    lazy_window.show()
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(3).center())
    assert tabs.currentIndex() == 3
    assert tabs.currentWidget().objectName() == "checklistView"
    assert set(lazy_window.tab_set.views) == {"plan", "checklists"}


def test_the_other_tabs_follow_without_being_asked(lazy_window, qtbot):
    qtbot.waitUntil(lambda: not lazy_window.tab_set.pending(), timeout=20_000)
    tabs = lazy_window.tabs
    assert [tabs.widget(i).objectName() for i in range(5)] == OBJECT_NAMES
    assert tabs.currentIndex() == 0, "building in the background never switches tabs"
    assert list(TAB_VIEWS) == list(lazy_window.tab_set.views)


def test_a_tab_built_late_follows_the_picker_and_sees_earlier_changes(lazy_window, qtbot):
    picker = lazy_window.picker
    with qtbot.waitSignal(picker.community_changed):
        picker.setCurrentIndex(2)
    community_id = picker.community_id()
    assert lazy_window.tab_set.pending(), "still building"
    roster = lazy_window.roster_view  # asked for by a menu action: built at once
    assert roster.community_id == community_id
    assert lazy_window.tabs.currentIndex() == 0


def test_closing_before_every_tab_is_built_keeps_the_roster_columns(lazy_window, qtbot):
    settings.put(settings.ROSTER_HEADER, b"kept")
    lazy_window.close()
    assert bytes(settings.get(settings.ROSTER_HEADER)) == b"kept"
