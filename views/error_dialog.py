"""The dialog an unexpected error shows: one sentence in the user's language, "Copy details"
(the traceback, for whoever helps), and where the log file is.

It is not modal: the window behind it stays usable, and a burst of the same failure adds to
the one dialog instead of stacking new ones.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)


class ErrorDialog(QDialog):
    """``summary`` for the user, ``details`` (English traceback) for the clipboard, and the
    log file at ``log`` (None when there is no log)."""

    def __init__(self, summary: str, details: str, log: Path | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.details = details
        self.log = log
        self.count = 1

        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.summary = QLabel(summary, self)
        self.summary.setObjectName("errorSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.repeats = QLabel(self)
        self.repeats.setObjectName("errorRepeats")
        self.repeats.hide()
        self.where = QLabel(self)
        self.where.setObjectName("errorLogPath")
        self.where.setWordWrap(True)
        self.where.setTextFormat(Qt.TextFormat.RichText)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.where.linkActivated.connect(self._on_log_link_activated)
        if log is not None:
            self.where.setText(self.tr("The details are also saved in {path}").format(
                path=f'<a href="{QUrl.fromLocalFile(str(log.parent)).toString()}">'
                     f"{_escape(str(log))}</a>"))
        else:
            self.where.hide()

        self.buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.copy_button.setObjectName("copyDetails")
        self.open_button = QPushButton(self.tr("Open log folder"), self)
        self.open_button.setObjectName("openLogFolder")
        self.open_button.setEnabled(log is not None)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.copied = QLabel(self.tr("Copied."), self)
        self.copied.hide()

        text = QVBoxLayout()
        text.addWidget(self.summary)
        text.addWidget(self.repeats)
        text.addWidget(self.where)
        text.addWidget(self.copied)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

        self.copy_button.clicked.connect(self.copy_details)
        self.open_button.clicked.connect(self.open_log_folder)
        self.buttons.rejected.connect(self.reject)

    def add(self, details: str) -> None:
        """The same dialog for one more failure while it is open."""
        self.count += 1
        self.details += "\n\n" + details
        self.repeats.setText(self.tr("This happened {count} times.").format(count=self.count))
        self.repeats.show()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copied.show()

    def open_log_folder(self) -> None:
        if self.log is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log.parent)))

    def _on_log_link_activated(self, _link: str) -> None:
        self.open_log_folder()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
