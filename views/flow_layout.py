"""A layout that lays its widgets out in a row and wraps them onto the next line when the
row is full, like words in a paragraph (Qt's own "Flow Layout" example, in Python).

For a row of many options (the timeline's kinds, each with a count) that must not make its
window wider than the screen: its minimum width is its widest item, not the sum of them.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        if parent is None:
            self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- QLayout's item list --------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # -- sizes ------------------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._lay_out(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._lay_out(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # -- placing ----------------------------------------------------------------------

    def _gap(self, item: QLayoutItem, orientation: Qt.Orientation) -> int:
        if self._spacing >= 0:
            return self._spacing
        widget = item.widget()
        style = widget.style() if widget is not None else None
        if style is None:
            return 6
        found = style.layoutSpacing(QSizePolicy.ControlType.CheckBox,
                                    QSizePolicy.ControlType.CheckBox, orientation)
        return found if found >= 0 else 6

    def _lay_out(self, rect: QRect, move: bool) -> int:
        """Place (or, without ``move``, only measure) the items in ``rect``, each centred
        in its line's height; the height they take."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        lines: list[list[tuple[QLayoutItem, int]]] = [[]]  # (item, x) per line
        x = area.x()
        for item in self._items:
            if item.isEmpty():
                continue
            width = item.sizeHint().width()
            if x + width > area.right() + 1 and lines[-1]:
                lines.append([])
                x = area.x()
            lines[-1].append((item, x))
            x += width + self._gap(item, Qt.Orientation.Horizontal)
        y = area.y()
        for n, line in enumerate(lines):
            height = max((item.sizeHint().height() for item, _ in line), default=0)
            if n:
                y += self._gap(line[0][0], Qt.Orientation.Vertical)
            for item, left in line:
                hint = item.sizeHint()
                if move:
                    item.setGeometry(QRect(QPoint(left, y + (height - hint.height()) // 2),
                                           hint))
            y += height
        return y - rect.y() + m.bottom()
