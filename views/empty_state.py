"""The centred message a tab shows when it has nothing to show yet, saying what comes next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A title, a line of explanation and an optional action button (``add_button`` puts
    more beside it)."""

    action_clicked = Signal()

    def __init__(self, title: str, body: str, action: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        self.title = QLabel(title, self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.body = QLabel(body, self)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setWordWrap(True)
        muted = self.body.palette()
        muted.setColor(QPalette.ColorRole.WindowText,
                       muted.color(QPalette.ColorRole.PlaceholderText))
        self.body.setPalette(muted)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        self.button_row = QHBoxLayout()
        self.button_row.addStretch(1)
        self.button_row.addStretch(1)
        layout.addLayout(self.button_row)
        self.button: QPushButton | None = None
        if action:
            self.button = self.add_button(action)
            self.button.clicked.connect(self.action_clicked)
        layout.addStretch(3)

    def add_button(self, text: str) -> QPushButton:
        """One more button in the centred row, after those already there."""
        button = QPushButton(text, self)
        self.button_row.insertWidget(self.button_row.count() - 1, button)
        return button

    def set_body(self, body: str) -> None:
        self.body.setText(body)
