"""A lazy Qt model of the referral tree (裂变): the roots at the top, a member's invitees
loaded when the member is expanded, a page at a time (``canFetchMore``/``fetchMore``).

A top referrer may have 10,000 people below them: nothing below a member is read until the
view asks, and then only ``page`` children, each with their own tree's size and depth
(``models.analytics.referral_tree.children``, a few milliseconds at 1M). The roots' figures
are computed once on a worker by the window (``root_figures``); the model names them a page
at a time as the view scrolls.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from models.analytics import referral_tree as tree

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the default parent: the invisible top


def headers() -> list[str]:
    return [translate("ReferralTree", "Member"), translate("ReferralTree", "Direct invitees"),
            translate("ReferralTree", "Tree size"), translate("ReferralTree", "Depth"),
            translate("ReferralTree", "Joined")]


@dataclass(eq=False)
class _Item:
    node: tree.Node | None            # None: the invisible top
    parent: _Item | None
    row: int
    key: int
    children: list[_Item] = field(default_factory=list)
    complete: bool = False            # every child loaded


class ReferralTreeModel(QAbstractItemModel):
    """Rows are members; ``member_id(index)`` gives the member of a row."""

    def __init__(self, conn_of: Callable[[], sqlite3.Connection], community_id: int | None,
                 figures: Sequence[tuple[int, int, int, int]], page: int = tree.PAGE,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._conn_of, self.community_id, self.page = conn_of, community_id, page
        self._figures = list(figures)
        self._keys: dict[int, _Item] = {}
        self._top = self._new(None, None, 0)
        self._top.complete = not self._figures

    def _new(self, node: tree.Node | None, parent: _Item | None, row: int) -> _Item:
        item = _Item(node, parent, row, len(self._keys) + 1)
        self._keys[item.key] = item
        if node is not None and node.invitees == 0:
            item.complete = True
        return item

    def _item(self, index: Index) -> _Item:
        if not index.isValid():
            return self._top
        return self._keys[index.internalId()]

    @property
    def roots(self) -> int:
        """How many trees the scope has (all of them, loaded or not)."""
        return len(self._figures)

    def member_id(self, index: Index) -> int | None:
        item = self._item(index)
        return item.node.member_id if item.node else None

    # -- structure ---------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        owner = self._item(parent)
        if not (0 <= row < len(owner.children) and 0 <= column < len(headers())):
            return QModelIndex()
        return self.createIndex(row, column, owner.children[row].key)

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = self._item(index).parent
        if up is None or up is self._top:
            return QModelIndex()
        return self.createIndex(up.row, 0, up.key)

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 (Qt override)
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._item(parent).children)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 (Qt override)
        return len(headers())

    def hasChildren(self, parent: Index = _ROOT) -> bool:  # noqa: N802 (Qt override)
        if parent.isValid() and parent.column() != 0:
            return False
        item = self._item(parent)
        return bool(item.children) or not item.complete

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802 (Qt override)
        if parent.isValid() and parent.column() != 0:
            return False
        return not self._item(parent).complete

    def fetchMore(self, parent: Index) -> None:  # noqa: N802 (Qt override)
        if not self.canFetchMore(parent):
            return
        owner = self._item(parent)
        have = len(owner.children)
        if owner is self._top:
            nodes = tree.named(self._conn_of(), self._figures[have:have + self.page],
                               self.community_id)
            done = have + self.page >= len(self._figures)
        else:
            assert owner.node is not None
            after = owner.children[-1].node.member_id if owner.children else 0  # type: ignore[union-attr]
            nodes = tree.children(self._conn_of(), owner.node.member_id, self.community_id,
                                  after=after, limit=self.page)
            done = len(nodes) < self.page
        if nodes:
            self.beginInsertRows(parent, have, have + len(nodes) - 1)
            owner.children.extend(self._new(n, owner, have + i) for i, n in enumerate(nodes))
            owner.complete = done
            self.endInsertRows()
        else:
            owner.complete = True
            # a member whose invitees all left the scope since: no arrow any more
            if parent.isValid():
                self.dataChanged.emit(parent, parent)

    # -- cells -------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._item(index).node
        if node is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return node.name
            if column == 4:
                return node.joined
            return QLocale().toString((node.invitees, node.size, node.depth)[column - 1])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return node.member_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(headers())):
            return headers()[section]
        return None
