"""The roster's saved column layout across versions of the app: a layout saved for other
columns never crashes the window and is not forced onto today's columns
(views.roster.view.restore_header_state)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel, QUndoStack
from PySide6.QtWidgets import QTableView

from models.members.roster import Column
from tests.views.test_roster_view import PEOPLE, ws  # noqa: F401
from views.roster.view import RosterView


def state_of_a_table(qtbot, columns: int, sorted_on: int) -> bytes:
    """What Qt saves for a table of ``columns`` columns sorted on ``sorted_on``: the shape
    of a layout saved by a version of the app with more columns, before states were signed."""
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(QStandardItemModel(1, columns))
    table.setSortingEnabled(True)
    table.horizontalHeader().setSortIndicator(sorted_on, Qt.SortOrder.DescendingOrder)
    table.horizontalHeader().resizeSection(1, 333)
    return bytes(table.horizontalHeader().saveState())


def roster(ws, qtbot):  # noqa: F811
    view = RosterView(ws, QUndoStack())
    qtbot.addWidget(view)
    return view


def test_an_unsigned_layout_of_more_columns_sorted_past_ours_opens(ws, qtbot):  # noqa: F811
    view = roster(ws, qtbot)
    view.restore_header_state(state_of_a_table(qtbot, len(Column) + 6, len(Column) + 1))
    view.show()
    view.grab()
    assert view.model.rowCount() == len(PEOPLE)


def test_a_layout_is_kept_for_the_same_columns(ws, qtbot):  # noqa: F811
    first = roster(ws, qtbot)
    first.table.horizontalHeader().resizeSection(2, 271)
    first.table.horizontalHeader().setSectionHidden(3, True)
    saved = bytes(first.header_state())
    again = roster(ws, qtbot)
    again.restore_header_state(saved)
    assert again.table.horizontalHeader().sectionSize(2) == 271
    assert again.table.horizontalHeader().isSectionHidden(3)


def test_a_layout_signed_for_other_columns_is_left_aside(ws, qtbot):  # noqa: F811
    first = roster(ws, qtbot)
    first.table.horizontalHeader().setSectionHidden(3, True)
    saved = bytes(first.header_state()).replace(b"display_name", b"name_of_old", 1)
    again = roster(ws, qtbot)
    again.restore_header_state(saved)
    assert not again.table.horizontalHeader().isSectionHidden(3)
