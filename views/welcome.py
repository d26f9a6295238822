"""The page an empty workspace opens on (no member, no community): the first steps of the
operator's loop as big buttons, each running one of the window's menu commands.

The window hands in its actions (the view knows no menu); a step whose action is missing
(chat records before that import exists) is left out. It shows the tabs again once the
workspace holds a member or a community, or when "Go to the tabs" is clicked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Step:
    """One button: what it does (``title``), a line saying why, the action it triggers."""

    key: str
    title: str
    body: str
    action: QAction | None


class StepButton(QPushButton):
    """A large button holding a bold title and a muted line of explanation."""

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"welcome_{step.key}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 120)
        self.setAccessibleName(step.title)
        self.setAccessibleDescription(step.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        title = QLabel(step.title, self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        title.setWordWrap(True)
        body = QLabel(step.body, self)
        body.setWordWrap(True)
        muted = body.palette()
        muted.setColor(QPalette.ColorRole.WindowText,
                       muted.color(QPalette.ColorRole.PlaceholderText))
        body.setPalette(muted)
        for label in (title, body):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        layout.addStretch(1)
        if step.action is not None:
            self.clicked.connect(step.action.trigger)


class WelcomePage(QScrollArea):
    """Emits ``dismissed()`` when the user asks for the tabs, ``guide_requested()`` for the
    guide."""

    dismissed = Signal()
    guide_requested = Signal()

    def __init__(self, steps: Sequence[Step], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(self)
        outer = QVBoxLayout(inner)
        outer.setContentsMargins(48, 36, 48, 36)
        column = QVBoxLayout()
        title = QLabel(self.tr("Welcome to Qunzhu"), inner)
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr(
            "This workspace is empty. Qunzhu follows a community's whole loop: plan it, build "
            "the roster, run events, prepare materials, measure, then adjust the plan. Start "
            "with one of these:"), inner)
        intro.setWordWrap(True)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(16)
        grid = QGridLayout()
        grid.setSpacing(14)
        self.buttons: dict[str, StepButton] = {}
        shown = [s for s in steps if s.action is not None]
        per_row = 3 if len(shown) == 3 else 2  # no lone card on a second row
        for index, step in enumerate(shown):
            button = StepButton(step, inner)
            self.buttons[step.key] = button
            grid.addWidget(button, index // per_row, index % per_row)
        column.addLayout(grid)
        column.addSpacing(16)
        links = QHBoxLayout()
        guide = QPushButton(self.tr("Read the short guide"), inner)
        guide.setObjectName("welcomeGuide")
        guide.clicked.connect(self.guide_requested)
        skip = QPushButton(self.tr("Go to the tabs"), inner)
        skip.setObjectName("welcomeSkip")
        skip.clicked.connect(self.dismissed)
        links.addWidget(guide)
        links.addStretch(1)
        links.addWidget(skip)
        column.addLayout(links)
        # A readable measure: the column stays under ~820 px and centred on a wide window.
        holder = QWidget(inner)
        holder.setLayout(column)
        holder.setMaximumWidth(860)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(holder, 20)
        row.addStretch(1)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setWidget(inner)
