"""The window's reminders: the status-bar line, the reminders list in a dock, and the
notifications, all fed by one read (``views.reminders.feed``).

Why a dock and not a dialog: the list is a place to work from, not a question. Double-click
an event and the calendar shows it while the list stays beside it for the next one; the
window's saved state (``saveState``) keeps it open, closed or floating from one run to the
next. It starts closed; View > Reminders, the bell on the toolbar, clicking the status-bar
line or a notification opens it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QWidget

from desktop import settings
from desktop.actions import ActionId
from models.events.occurrences import Occurrence
from models.events.reminders import Reminders
from views.icons import icon
from views.reminders import wording
from views.reminders.feed import ReminderFeed
from views.reminders.notifier import Notifier
from views.reminders.panel import RemindersPanel


class ClickableLabel(QLabel):
    """The status-bar line: a label that opens the reminders list when clicked."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton and self.text():
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class WindowReminders(QObject):
    """Built once by the main window; told of the workspace, the community and changes."""

    def __init__(self, window: QMainWindow) -> None:
        """``window`` is ``desktop.window.MainWindow`` (its actions, tabs and views)."""
        super().__init__(window)
        self.window = window
        self.label = ClickableLabel(window)
        self.label.setObjectName("reminderLabel")
        self.panel = RemindersPanel()
        self.dock = QDockWidget(self.tr("Reminders"), window)
        self.dock.setObjectName("remindersDock")
        self.dock.setWidget(self.panel)
        self.dock.setMinimumWidth(280)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.feed = ReminderFeed(self)
        app_icon = QApplication.windowIcon()  # desktop.app sets it before any window
        self.notifier = Notifier(self._status_message,
                                 icon("bell") if app_icon.isNull() else app_icon, self)
        enabled = settings.get(settings.NOTIFY)
        self.panel.notify.setChecked(enabled)
        self.notifier.set_enabled(enabled)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.feed.ready.connect(self._on_feed_ready)
        self.label.clicked.connect(self.show_list)
        self.window.actions[ActionId.REMINDERS].triggered.connect(self.show_list)
        self.panel.event_activated.connect(self._on_panel_event_activated)
        self.panel.item_activated.connect(self._on_panel_item_activated)
        self.panel.calendar_requested.connect(self._on_panel_calendar_requested)
        self.panel.follow_ups_requested.connect(self._on_panel_follow_ups_requested)
        self.panel.notify_toggled.connect(self._on_panel_notify_toggled)
        self.notifier.stale.connect(self.feed.refresh)
        self.notifier.clicked.connect(self._on_notifier_clicked)
        self.window.statusBar().messageChanged.connect(self._on_status_bar_message_changed)

    # -- what the window tells us --------------------------------------------------------

    def workspace_shown(self, path: Path, community_id: int | None) -> None:
        self.notifier.reset()
        self.panel.show_reminders(None)
        self.feed.set_workspace(path, community_id)
        self.notifier.start()

    def stop(self) -> None:
        self.notifier.stop()

    # -- slots ---------------------------------------------------------------------------

    def _status_message(self, text: str, ms: int, tries: int = 20) -> None:
        """A notification in the status bar, unless it holds a message already: that one
        (a backup that failed, an export saved) matters more than a reminder, which the
        reminders line and list still show. Not before the window is shown: the status bar
        hides its line under a message only when the line is visible, so a message shown
        earlier was painted over the reminders line."""
        if not self.window.isVisible():
            if tries:
                QTimer.singleShot(250, self, lambda: self._status_message(text, ms, tries - 1))
            return
        bar = self.window.statusBar()
        if not bar.currentMessage():
            bar.showMessage(text, ms)

    def _on_status_bar_message_changed(self, message: str) -> None:
        """Hide the line under a message explicitly: Qt hides it only implicitly, and the bar
        laying itself out again (a label grown taller by a CJK or emoji glyph) showed it
        again, painted over the message."""
        self.label.setVisible(not message)

    def _on_feed_ready(self, found: Reminders) -> None:
        line, details = wording.status_line(found)
        self.label.setText(line)
        self.label.setToolTip(details)
        self.panel.show_reminders(found)
        self.notifier.update(found)

    def show_list(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.tree.setFocus()

    def _on_notifier_clicked(self) -> None:
        self.window.showNormal() if self.window.isMinimized() else self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        self.show_list()

    def _on_panel_event_activated(self, o: Occurrence) -> None:
        """The calendar on that day, the occurrence selected in it (its details beside)."""
        view = self.window.calendar_view
        self.window.show_tab(self.window.tabs.indexOf(view))
        view.go_to(o.start.date())
        view.select(next((x for x in view.found if x.key == o.key), o))

    def _on_panel_item_activated(self, checklist_id: int, item_id: int) -> None:
        view = self.window.checklist_view
        self.window.show_tab(self.window.tabs.indexOf(view))
        view.open_item(checklist_id, item_id)

    def _on_panel_calendar_requested(self) -> None:
        self.window.show_tab(self.window.tabs.indexOf(self.window.calendar_view))

    def _on_panel_follow_ups_requested(self) -> None:
        view = self.window.roster_view
        self.window.show_tab(self.window.tabs.indexOf(view))
        view.follow_up_button.open_list()

    def _on_panel_notify_toggled(self, enabled: bool) -> None:
        settings.put(settings.NOTIFY, enabled)
        self.notifier.set_enabled(enabled)
