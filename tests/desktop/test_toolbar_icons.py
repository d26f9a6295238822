"""The toolbar carries the everyday commands as icons, menus show the same icons, and the
icons are drawn in the palette's text colour, so they stay visible on a dark theme."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QToolBar

import desktop
from desktop import paths
from desktop.actions import ICONS, SEPARATOR, TOOLBAR, ActionId
from views import tones


@pytest.fixture
def window(qtbot, qapp, workspace_path):
    paths.set_application_names(qapp)
    window = desktop.main_window(workspace_path, "en")
    qtbot.addWidget(window)
    yield window
    window.close()


def ink(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> list[QColor]:
    """The well-covered pixels of the icon drawn at 24 px."""
    image = icon.pixmap(24, 24, mode).toImage()
    return [image.pixelColor(x, y) for x in range(24) for y in range(24)
            if image.pixelColor(x, y).alpha() > 200]


def test_the_toolbar_holds_the_everyday_commands_with_icons(window):
    toolbar = window.findChild(QToolBar, "mainToolbar")
    shown = [a for a in toolbar.actions() if not a.isSeparator() and a.text()]
    wanted = [window.actions[item] for item in TOOLBAR if item != SEPARATOR]
    assert [a for a in shown if a in wanted] == wanted
    for action in wanted:
        assert not action.icon().isNull() and ink(action.icon()), action.objectName()
    for action_id in (ActionId.NEW_COMMUNITY, ActionId.IMPORT_MEMBERS, ActionId.EXPORT_ROSTER,
                      ActionId.UNDO, ActionId.REDO, ActionId.FIND, ActionId.EXPORT_REPORT):
        assert action_id in TOOLBAR
    # menus use the same pictures; every tab has its icon
    assert all(ink(window.actions[a].icon()) for a in ICONS)
    assert all(not window.tabs.tabIcon(i).isNull() for i in range(window.tabs.count()))


@pytest.mark.parametrize("dark", [False, True])
def test_icons_are_visible_on_the_palette(window, qapp, dark):
    old = qapp.palette()
    qapp.setPalette(tones.dark_palette() if dark else qapp.style().standardPalette())
    try:
        background = qapp.palette().color(QPalette.ColorRole.Window)
        for action_id in ICONS:
            pixels = ink(window.actions[action_id].icon())
            assert pixels and min(tones.contrast(p, background) for p in pixels) >= 4.5, \
                action_id
        faded = ink(window.actions[ActionId.UNDO].icon(), QIcon.Mode.Disabled)
        normal = ink(window.actions[ActionId.UNDO].icon())
        assert faded != normal  # a disabled command looks disabled
    finally:
        qapp.setPalette(old)
