"""The toolbar's community picker: "all communities" or one, followed by every tab."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from models.members.communities import list_communities


class CommunityPicker(QComboBox):
    """Emits ``community_changed(id or None)`` when the user picks another scope."""

    community_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("communityPicker")
        self.setMinimumContentsLength(14)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setToolTip(self.tr("Which community every tab shows"))
        self.currentIndexChanged.connect(self._on_index_changed)

    def reload(self, conn: sqlite3.Connection) -> None:
        """List the workspace's communities again, keeping the current pick if it still exists."""
        keep = self.community_id()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("All communities"), None)
        for community in list_communities(conn):
            self.addItem(community.name, community.id)
        index = self.findData(keep) if keep is not None else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
        if self.community_id() != keep:
            self.community_changed.emit(self.community_id())

    def select(self, community_id: int | None) -> None:
        """Show ``community_id`` (every tab follows, through ``community_changed``)."""
        index = self.findData(community_id)
        if index >= 0:
            self.setCurrentIndex(index)

    def community_id(self) -> int | None:
        return self.currentData()

    def _on_index_changed(self, _index: int) -> None:
        self.community_changed.emit(self.community_id())
