"""What the roster does to its selected rows, listed once for the bar above the table and
for the table's context menu, so the two never offer different things."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QWidget

from models.core.vocab import Lifecycle
from views import labels
from views.roster.duplicates_dialog import merge_selected
from views.roster.role_actions import set_role_of_selected

translate = QCoreApplication.translate


#: The roster tab (``views.roster.view.RosterView``; not imported: it imports this).
RosterView = Any


def _actions(view: RosterView) -> list[tuple[str, str, Callable[[], object]]]:
    """(object name, label, slot) of each bulk action, in the order both places show."""
    return [
        ("bulkAddTag", translate("RosterView", "Add tag…"), view.add_tag_to_selected),
        ("bulkRemoveTag", translate("RosterView", "Remove tag…"), view.remove_tag_from_selected),
        ("bulkJoin", translate("RosterView", "Add to community…"), view.join_selected),
        ("bulkRole", translate("RosterView", "Set role…"),
         lambda: set_role_of_selected(view)),
        ("bulkPoints", translate("RosterView", "Grant points…"), view.grant_points_to_selected),
        ("bulkLog", translate("RosterView", "Log interaction…"),
         view.log_interaction_for_selected),
    ]


def _stage_menu(view: RosterView, menu: QMenu) -> QMenu:
    for value in Lifecycle:
        menu.addAction(labels.lifecycle(value)).triggered.connect(
            lambda _=False, v=value.value: view.set_stage_of_selected(v))
    return menu


def bulk_bar(view: RosterView) -> QWidget:
    """The row of buttons shown while rows are selected."""
    bar = QWidget(view)
    bar.setObjectName("bulkBar")
    row = QHBoxLayout(bar)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(view.selection_label)
    delete = ("bulkDelete", translate("RosterView", "Move to trash"), view.delete_selected)
    for name, text, slot in [*_actions(view), delete]:
        button = QPushButton(text, bar)
        button.setObjectName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
    # a push button with a menu, like its neighbours: a tool button drew its arrow over
    # the last character and stood shorter than the buttons beside it
    stage = QPushButton(translate("RosterView", "Set stage"), bar)
    stage.setObjectName("bulkStage")
    stage.setMenu(_stage_menu(view, QMenu(stage)))
    row.insertWidget(4, stage)
    row.addStretch(1)
    return bar


def context_menu(view: RosterView) -> QMenu:
    """The table's right-click menu for the selected rows."""
    menu = QMenu(view)
    menu.addAction(translate("RosterView", "Open profile"), view._open_current)
    menu.addSeparator()
    for _, text, slot in _actions(view)[:2]:
        menu.addAction(text, slot)
    _stage_menu(view, menu.addMenu(translate("RosterView", "Set stage")))
    for _, text, slot in _actions(view)[2:]:
        menu.addAction(text, slot)
    merge_two = menu.addAction(translate("DuplicatesDialog", "Merge the two selected…"),
                               lambda: merge_selected(view))
    merge_two.setEnabled(len(view.selected_ids()) == 2)
    menu.addSeparator()
    menu.addAction(translate("RosterView", "Move to trash"), view.delete_selected)
    return menu
