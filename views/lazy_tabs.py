"""Tabs whose pages are built when first needed: the main window's five, the plan's seven.

Building a page imports its package and reads its first data; for the main window's tabs
that is a few hundred milliseconds, two thirds of start-up. So a window can start with only
the page in sight, then build the others one per event-loop turn once it is up (each takes
tens of milliseconds, so input is never held up for long), or at once when something needs
one first: the user clicks its tab, or code asks for it (``view(key)``).

Until it is built a tab shows an empty page; once built, the page takes its place.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTabs(QObject):
    """Keeps ``tabs`` filled with the pages ``make(key)`` builds, one per key, in order.

    Emits ``built(key, page)`` after a page took its place.
    """

    built = Signal(str, QWidget)

    def __init__(self, tabs: QTabWidget, keys: list[str],
                 make: Callable[[str], QWidget]) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self.keys = keys
        self.make = make
        self.views: dict[str, QWidget] = {}
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self._build_one_pending)
        self._stopped = False
        tabs.currentChanged.connect(self._on_current_changed)

    def reset(self, titles: list[str], current: int) -> None:
        """Empty pages titled ``titles``, ``current`` in sight; nothing built yet."""
        self._later.stop()
        self._stopped = False
        with QSignalBlocker(self.tabs):
            while self.tabs.count():
                page = self.tabs.widget(0)
                self.tabs.removeTab(0)
                page.deleteLater()
            self.views = {}
            for title in titles:
                self.tabs.addTab(QWidget(self.tabs), title)
            self.tabs.setCurrentIndex(max(0, min(current, len(self.keys) - 1)))

    def view(self, key: str) -> QWidget:
        """The page of tab ``key``, built now if it was not yet."""
        return self.view_at(self.keys.index(key))

    def view_at(self, index: int) -> QWidget:
        key = self.keys[index]
        view = self.views.get(key)
        if view is None:
            view = self.make(key)
            self.views[key] = view
            placeholder = self.tabs.widget(index)
            current = self.tabs.currentIndex()
            with QSignalBlocker(self.tabs):
                title, icon = self.tabs.tabText(index), self.tabs.tabIcon(index)
                self.tabs.removeTab(index)
                self.tabs.insertTab(index, view, icon, title)
                self.tabs.setCurrentIndex(current)
            placeholder.deleteLater()
            self.built.emit(key, view)
        return view

    def built_views(self) -> list[QWidget]:
        """The pages built so far, in tab order."""
        return [self.views[key] for key in self.keys if key in self.views]

    def pending(self) -> list[str]:
        return [key for key in self.keys if key not in self.views]

    def build_all(self) -> None:
        for index in range(len(self.keys)):
            self.view_at(index)

    def build_rest_later(self, delay_ms: int) -> None:
        """Build the tabs not built yet, one per event-loop turn, starting in ``delay_ms``."""
        self._later.start(delay_ms)

    def stop(self) -> None:
        """No more building (the window is closing)."""
        self._later.stop()
        self._stopped = True

    def _build_one_pending(self) -> None:
        if self._stopped:
            return
        pending = self.pending()
        if pending:
            self.view(pending[0])
        if len(pending) > 1:
            self._later.start(0)

    def _on_current_changed(self, index: int) -> None:
        if 0 <= index < len(self.keys) and not self._stopped:
            self.view_at(index)
