"""A line of text drawn inside a table while it has no rows: what the list is for and what
to do to fill it, in place of a bare header over white space.

The hint follows the table's model (rows added or removed, a reset), so a table that is
filled again after a write shows or drops it by itself.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView

#: Margin around the hint inside the viewport, in pixels.
_MARGIN = 16


class _Painter(QObject):
    def __init__(self, table: QAbstractItemView, text: str) -> None:
        super().__init__(table)
        self.table = table
        self.text = text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and empty_hint(self.table):
            viewport = self.table.viewport()
            painter = QPainter(viewport)
            painter.setPen(viewport.palette().color(QPalette.ColorRole.PlaceholderText))
            area = QRect(viewport.rect()).adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)
            painter.drawText(area, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                       | Qt.TextFlag.TextWordWrap), self.text)
            painter.end()
        return False


def set_empty_hint(table: QAbstractItemView, text: str) -> None:
    """Show ``text`` in ``table`` whenever its model has no rows."""
    hint = _Painter(table, text)
    table.setProperty("emptyHint", text)
    table.viewport().installEventFilter(hint)
    model = table.model()
    for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
        signal.connect(table.viewport().update)


def empty_hint(table: QAbstractItemView) -> str:
    """The hint ``table`` shows now: its text while the model is empty, else ""."""
    text = table.property("emptyHint") or ""
    model = table.model()
    return text if model is not None and model.rowCount() == 0 else ""
