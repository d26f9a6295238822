"""Notifications while the app is open: once when a workspace is shown (today's and tomorrow's
events, the items due), and once for each occurrence about to begin.

Through the system tray when there is one; without one (a desktop without a tray, the
offscreen platform of the tests) the same words go to the status bar, quietly: no warning,
no dialog. Nothing runs when the app is closed: a reminder is a courtesy of the open app.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from models.events.occurrences import Occurrence
from models.events.reminders import Reminders, local_now
from views.reminders import wording

translate = QCoreApplication.translate

#: How long before an occurrence starts its notification comes.
LEAD = timedelta(hours=1)
#: How often the clock is looked at (a notification is at most this late).
CHECK_EVERY_MS = 60_000
#: How long a notification stays in the status bar when there is no tray.
STATUS_MS = 30_000


class Notifier(QObject):
    """Feed it each ``Reminders`` read (``update``); it decides what to announce.

    ``status_message(text, ms)`` is the fallback (the window's status bar). ``stale`` asks
    for a fresh read when the day has turned since the last one.
    """

    stale = Signal()
    #: The person clicked a notification: show them the list.
    clicked = Signal()

    def __init__(self, status_message: Callable[[str, int], None], icon: QIcon,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status_message = status_message
        self.enabled = True
        self.found: Reminders | None = None
        self._greeted = False
        self._announced: set[tuple[int, str]] = set()
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(translate("Reminders", "Qunzhu reminders"))
            self.tray.messageClicked.connect(self.clicked)
            self.tray.activated.connect(self._on_tray_activated)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self._on_timer_timeout)

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        if self.tray is not None:
            self.tray.setVisible(enabled)
        if enabled and self.found is not None and not self._greeted:
            self._greet()

    def reset(self) -> None:
        """Another workspace: greet again, forget what was announced."""
        self.found = None
        self._greeted = False
        self._announced.clear()

    def start(self) -> None:
        if self.tray is not None and self.enabled:
            self.tray.show()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def update(self, found: Reminders, now: datetime | None = None) -> None:
        self.found = found
        if self.enabled and not self._greeted:
            self._greet(now)
        self._on_timer_timeout(now)

    def _greet(self, now: datetime | None = None) -> None:
        """Once per workspace shown. What starts within LEAD is said here, not again."""
        self._greeted = True
        found = self.found
        assert found is not None
        now = now or local_now()
        for o in found.events:
            if self._due(o, now):
                self._announced.add(o.key)
        text = wording.greeting(found)
        if text:
            self.notify(translate("Reminders", "Coming up"), text)

    def _on_timer_timeout(self, now: datetime | None = None) -> None:
        """Announce each occurrence starting within LEAD, once a run; ``now`` for tests."""
        found = self.found
        if found is None:
            return
        now = now or local_now()
        if now.date() != found.today:
            self.stale.emit()  # the list and the greeting's "today" moved on
        if not self.enabled:
            return
        for o in found.events:
            if self._due(o, now) and o.key not in self._announced:
                self._announced.add(o.key)
                minutes = round((o.start - now).total_seconds() / 60)
                self.notify(*wording.starting_soon(o, minutes))

    @staticmethod
    def _due(o: Occurrence, now: datetime) -> bool:
        return not o.event.all_day and now < o.start <= now + LEAD

    def notify(self, title: str, text: str) -> None:
        if not self.enabled:
            return
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information)
        else:
            self.status_message(f"{title} — {' · '.join(text.splitlines())}", STATUS_MS)

    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.clicked.emit()
