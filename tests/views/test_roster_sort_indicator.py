"""The arrow in the roster's header points at the column the rows are really sorted by,
including a custom field's column, after reopening, adding or deleting a field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from models.members import custom_fields
from models.members.field_values import Kind
from models.members.roster import Column
from tests.views.test_roster_view import ws  # noqa: F401
from views.roster.view import RosterView

FIRST_FIELD = len(Column)  # the first custom field's column


def _roster(ws, qtbot) -> RosterView:  # noqa: F811
    view = RosterView(ws, QUndoStack())
    qtbot.addWidget(view)
    return view


def _indicator(view) -> tuple[int, Qt.SortOrder]:
    header = view.table.horizontalHeader()
    return header.sortIndicatorSection(), header.sortIndicatorOrder()


def test_a_sort_by_a_custom_field_is_the_sort_after_reopening(ws, qtbot):  # noqa: F811
    field, _ = custom_fields.define_field(ws.conn, "学校", Kind.TEXT, ())
    first = _roster(ws, qtbot)
    first.table.sortByColumn(FIRST_FIELD, Qt.SortOrder.DescendingOrder)
    assert first.model.sort_key.field_id == field.id
    again = _roster(ws, qtbot)
    again.restore_header_state(first.header_state())
    assert _indicator(again) == (FIRST_FIELD, Qt.SortOrder.DescendingOrder)
    # was: the arrow on 学校, the rows by name
    assert again.model.sort_key.field_id == field.id
    assert again.model.sort_key.descending


def test_a_sort_saved_on_a_column_this_workspace_lacks_shows_the_real_sort(ws, qtbot):  # noqa: F811
    other = _roster(ws, qtbot)
    custom_fields.define_field(ws.conn, "学校", Kind.TEXT, ())
    custom_fields.define_field(ws.conn, "尺码", Kind.TEXT, ())
    wider = _roster(ws, qtbot)
    wider.table.sortByColumn(FIRST_FIELD + 1, Qt.SortOrder.DescendingOrder)
    saved = wider.header_state()
    for f in custom_fields.fields(ws.conn):  # another workspace, without those fields
        custom_fields.delete_field(ws.conn, f.id)
    other.restore_header_state(saved)
    assert other.model.sort_key.field_id is None
    custom_fields.define_field(ws.conn, "车型", Kind.TEXT, ())
    custom_fields.define_field(ws.conn, "会员到期日", Kind.DATE, ())
    other.requery()  # as after the fields were added through the window
    # was: the arrow on 会员到期日 (the section the saved state named), the rows by name
    assert _indicator(other) == (0, Qt.SortOrder.AscendingOrder)


def test_deleting_the_field_sorted_by_moves_the_arrow_back_to_the_name(ws, qtbot):  # noqa: F811
    field, _ = custom_fields.define_field(ws.conn, "学校", Kind.TEXT, ())
    view = _roster(ws, qtbot)
    view.table.sortByColumn(FIRST_FIELD, Qt.SortOrder.AscendingOrder)
    custom_fields.delete_field(ws.conn, field.id)
    view.requery()
    assert view.model.sort_key.field_id is None
    assert _indicator(view) == (0, Qt.SortOrder.AscendingOrder)
