"""The roster header's sort arrow kept on the column the rows are really sorted by.

The model may change its sort without the header asking: a custom field sorted by was
deleted, or a saved header state named a column this workspace lacks (a field of another
workspace). Left alone, the arrow stayed on that section, and a field added later there
showed an arrow over rows sorted by name.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt

from models.members.roster import Column

#: The roster tab (``views.roster.view.RosterView``; not imported: it imports this).
RosterView = Any


def model_section(model: Any) -> int:
    """The column of the model's current sort (a custom field's column, or a roster one)."""
    key = model.sort_key
    if key.field_id is not None:
        for at, field in enumerate(model.fields):
            if field.id == key.field_id:
                return len(Column) + at
    return list(Column).index(key.column)


def show_model_sort(view: RosterView) -> None:
    """Move the arrow to the model's sort, without asking the model to sort again."""
    header = view.table.horizontalHeader()
    section = model_section(view.model)
    order = (Qt.SortOrder.DescendingOrder if view.model.sort_key.descending
             else Qt.SortOrder.AscendingOrder)
    if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (section, order):
        blocker = QSignalBlocker(header)  # the rows are sorted so already
        header.setSortIndicator(section, order)
        blocker.unblock()


def follow(view: RosterView) -> None:
    """Keep the arrow on the model's sort from now on (each reset reads the fields again)."""
    view.model.modelReset.connect(lambda: show_model_sort(view))
