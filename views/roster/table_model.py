"""The roster's Qt model: a window onto a SQL query, one page of rows at a time.

Nothing is loaded but the pages on screen. Filters and sorting are SQL (``models.members.roster``).
The first page is read at once; the total is counted off the UI thread, and until it is
known the model grows page by page (``canFetchMore``). Pages next to a cached page are read
by keyset (cheap anywhere in a million rows); a page nearer the end is read backwards from
the end, so jumping to the last row costs what the first page does.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from models.core import clock
from models.members import custom_fields, roster
from models.members.field_values import FieldDef, Kind
from models.members.roster import Column, RosterFilter, RosterRow, RosterSort
from models.store.workspace import Workspace
from views import labels
from views.background import QueryHandle, run_query
from views.custom_fields_dialog import value_text

translate = QCoreApplication.translate

PAGE = 200
MAX_PAGES = 64

#: Columns edited in place, by the member field they change.
EDITABLE = {Column.NAME: "display_name", Column.NICKNAME: "nickname", Column.CITY: "city",
            Column.SOURCE: "source", Column.LIFECYCLE: "lifecycle"}


def header(column: Column) -> str:
    return {
        Column.NAME: translate("RosterModel", "Name"),
        Column.NICKNAME: translate("RosterModel", "Nickname"),
        Column.COMMUNITIES: translate("RosterModel", "Communities · role"),
        Column.TAGS: translate("RosterModel", "Tags"),
        Column.CITY: translate("RosterModel", "City"),
        Column.SOURCE: translate("RosterModel", "Source"),
        Column.LIFECYCLE: translate("RosterModel", "Stage"),
        Column.POINTS: translate("RosterModel", "Points"),
        Column.JOINED: translate("RosterModel", "Joined"),
        Column.LAST_ACTIVE: translate("RosterModel", "Last active"),
        Column.HONOURS: translate("RosterModel", "Honours"),
    }[column]


class RosterTableModel(QAbstractTableModel):
    """Emits ``count_known(total)`` once the query's total is known, and
    ``edit_requested(member_id, field, value)`` for in-place edits (the view turns them into
    undoable commands; the model itself never writes)."""

    count_known = Signal(int)
    edit_requested = Signal(int, str, object)

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.filter = RosterFilter()
        self.sort_key = RosterSort()
        self.today = clock.today()
        self._rows = 0  # rows the view sees now
        self._total: int | None = None  # the query's total, once counted
        self._pages: dict[int, list[RosterRow]] = {}
        self._count_job: QueryHandle | None = None
        self._generation = 0
        #: Custom fields, shown as columns after the roster's own (``field_columns``).
        self.fields: list[FieldDef] = []
        #: Their values for each cached page: {page: {member id: {field id: values}}}.
        self._values: dict[int, dict[int, dict[int, list[object]]]] = {}

    # -- the query ---------------------------------------------------------------------

    def set_query(self, f: RosterFilter, sort: RosterSort | None = None) -> None:
        """Show the members ``f`` selects, in ``sort`` order (or the current one)."""
        self.beginResetModel()
        self.filter = f
        if sort is not None:
            self.sort_key = sort
        self.today = clock.today()
        self._load_fields()
        self._pages.clear()
        self._values.clear()
        self._total = None
        first = self._read(0)
        self._rows = len(first)
        if len(first) < PAGE:
            self._total = len(first)
        self.endResetModel()
        self._start_count()

    def refresh(self) -> None:
        """Read the same query again (after a write), keeping the view's place."""
        if self.fields != custom_fields.fields(self.workspace.conn):  # columns come or go
            self.set_query(self.filter)
            return
        self._pages.clear()
        self._values.clear()
        old_rows = self._rows
        self._total = None
        first = self._read(0)
        if len(first) < PAGE:
            self._set_rows(len(first))
            self._total = len(first)
        else:
            self._set_rows(max(len(first), min(old_rows, PAGE * 4)))
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1,
                                                               self.columnCount() - 1))
        self._start_count()

    @property
    def total(self) -> int | None:
        return self._total

    def _start_count(self) -> None:
        if self._count_job is not None:
            self._count_job.cancel()
            self._count_job = None
        self._generation += 1
        if self._total is not None:
            self.count_known.emit(self._total)
            return
        generation, f, today = self._generation, self.filter, self.today
        self._count_job = run_query(
            self, self.workspace.path, lambda conn: roster.count(conn, f, today),
            lambda total: self._on_counted(generation, total))

    def _on_counted(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return  # an older query's count
        self._count_job = None
        self._total = total
        self._set_rows(total)
        self.count_known.emit(total)

    def _set_rows(self, rows: int) -> None:
        if rows > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, rows - 1)
            self._rows = rows
            self.endInsertRows()
        elif rows < self._rows:
            self.beginRemoveRows(QModelIndex(), rows, self._rows - 1)
            self._rows = rows
            self.endRemoveRows()

    # -- pages -------------------------------------------------------------------------

    def row_at(self, row: int) -> RosterRow | None:
        if not 0 <= row < self._rows:
            return None
        number = row // PAGE
        rows = self._pages.get(number)
        if rows is None:
            rows = self._read(number)
        offset = row - number * PAGE
        return rows[offset] if offset < len(rows) else None

    def member_id(self, row: int) -> int | None:
        found = self.row_at(row)
        return found.id if found else None

    def _read(self, number: int) -> list[RosterRow]:
        conn, f, sort = self.workspace.conn, self.filter, self.sort_key
        before = self._pages.get(number - 1)
        if before and len(before) == PAGE:
            rows = roster.page_after(conn, f, sort, before[-1], PAGE, self.today)
        elif self._total is not None and number * PAGE > self._total // 2:
            # Nearer the end: read backwards from the last row.
            end = min((number + 1) * PAGE, self._total)
            skip = self._total - end
            rows = roster.page(conn, f, roster.reversed_sort(sort), skip,
                               end - number * PAGE, self.today)[::-1]
        else:
            rows = roster.page(conn, f, sort, number * PAGE, PAGE, self.today)
        self._pages[number] = rows
        if self.fields:
            self._values[number] = custom_fields.values_of(conn, [r.id for r in rows])
        if len(self._pages) > MAX_PAGES:
            farthest = max(self._pages, key=lambda n: abs(n - number))
            del self._pages[farthest]
            self._values.pop(farthest, None)
        return rows

    # -- custom fields -------------------------------------------------------------------

    def _load_fields(self) -> None:
        self.fields = custom_fields.fields(self.workspace.conn)
        if self.sort_key.field_id is not None and \
                self.sort_key.field_id not in {f.id for f in self.fields}:
            self.sort_key = RosterSort()  # the field sorted by was deleted

    def field_at(self, section: int) -> FieldDef | None:
        """The custom field shown in column ``section``, or None for a roster column."""
        at = section - len(Column)
        return self.fields[at] if 0 <= at < len(self.fields) else None

    def _field_text(self, row: int, field: FieldDef) -> str:
        found = self.row_at(row)  # reads the page (and its values) when not cached
        values = self._values.get(row // PAGE, {})
        return "" if found is None else value_text(field, values.get(found.id, {}).get(
            field.id, []))

    # -- Qt model API --------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Column) + len(self.fields)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and self._total is None and self._rows % PAGE == 0 \
            and self._rows > 0

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        rows = self._read(self._rows // PAGE)
        if len(rows) < PAGE:
            self._total = self._rows + len(rows)
        if rows:
            self._set_rows(self._rows + len(rows))

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and not 0 <= section < self.columnCount():
            return None  # a header state saved with more columns asks (views.roster.view)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            field = self.field_at(section)
            return header(list(Column)[section]) if field is None else field.name
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            if self._right_aligned(section):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _right_aligned(self, section: int) -> bool:
        """Numbers read down a column by their last digits: points, number fields."""
        field = self.field_at(section)
        if field is not None:
            return field.kind is Kind.NUMBER
        return 0 <= section < len(Column) and list(Column)[section] == Column.POINTS

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.EditRole,
                                               Qt.ItemDataRole.ToolTipRole,
                                               Qt.ItemDataRole.TextAlignmentRole):
            return None
        field = self.field_at(index.column())
        if field is not None:
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) \
                    if field.kind is Kind.NUMBER else None
            return self._field_text(index.row(), field) or None
        column = list(Column)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == Column.POINTS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        found = self.row_at(index.row())
        if found is None:
            return None
        value = found.value(column)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (Column.JOINED, Column.LAST_ACTIVE, Column.COMMUNITIES, Column.TAGS,
                          Column.HONOURS):
                return value or None
            return None
        if column == Column.LIFECYCLE:
            return labels.lifecycle(value)  # type: ignore[arg-type]
        if column in (Column.JOINED, Column.LAST_ACTIVE):
            return (value or "")[:10]  # type: ignore[index]
        if column == Column.POINTS:
            return f"{value:,}"
        return value

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.field_at(index.column()) is None and list(Column)[index.column()] in EDITABLE \
                and not self.filter.trash:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: object,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.field_at(index.column()):
            return False
        column = list(Column)[index.column()]
        member_id = self.member_id(index.row())
        if column not in EDITABLE or member_id is None:
            return False
        if self.data(index, Qt.ItemDataRole.EditRole) == value:
            return False
        self.edit_requested.emit(member_id, EDITABLE[column], value)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return  # a header state saved with more columns asks (views.roster.view)
        descending = order == Qt.SortOrder.DescendingOrder
        field = self.field_at(column)
        if field is not None:
            self.set_query(self.filter, RosterSort(descending=descending, field_id=field.id))
            return
        self.set_query(self.filter, RosterSort(list(Column)[column], descending))
