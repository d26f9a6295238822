"""The read-only lists of a member's profile (points, interactions, violations, needs).

Their text is free: an event's title or a note can be a sentence. A column is sized to what
it holds up to a cap, so one long title no longer widens the table past the dialog (the
rest of the row went off to the right, behind a horizontal scroll bar). A cell too narrow
for its text is elided at the end with "…", never cut mid-character, and its whole text is
its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

#: A column grows to its longest text up to this many CJK characters (the user can drag it
#: wider); the last column takes what is left.
CAP_CHARS = 14


def table(headers: list[str], rows: list[list[object]], parent: QWidget) -> QTableWidget:
    """A table of ``rows`` under ``headers``; numbers right-aligned."""
    found = QTableWidget(len(rows), len(headers), parent)
    found.setHorizontalHeaderLabels(headers)
    found.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    found.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    found.verticalHeader().setVisible(False)
    # one line a row, elided: a wrapped line of CJK was cut off at the row's bottom edge
    found.setWordWrap(False)
    found.setTextElideMode(Qt.TextElideMode.ElideRight)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            text = "" if value is None else str(value)
            item = QTableWidgetItem(text)
            if isinstance(value, int):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            elif text:
                item.setToolTip(text)
            found.setItem(r, c, item)
    fit_columns(found)
    return found


def fit_columns(found: QTableWidget) -> None:
    """Each column as wide as its content, up to ``CAP_CHARS``; the last one stretches."""
    header = found.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    cap = CAP_CHARS * found.fontMetrics().horizontalAdvance("中")
    for column in range(found.columnCount() - 1):
        found.resizeColumnToContents(column)
        if found.columnWidth(column) > cap:
            found.setColumnWidth(column, cap)
