"""活动日历 Calendar tab (objectName ``calendarView``): month grid, week view and agenda,
a details panel for the selected event, and the dialogs for editing, registrations,
check-in and outcomes.

Every write (event edits, registrations, check-ins, outcomes) is an undoable step on the
window's stack, run by ``views.calendar.actions``. Occurrences are read on the UI thread:
the events table is small (thousands of rows even after years) and indexed by start, so
a month loads in a few milliseconds whatever the size of the roster (benchmarks/calendar.py).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.core import clock
from models.core.changes import Change
from models.events.occurrences import Occurrence, occurrences
from models.events.registrations import signed_up
from models.events.reminders import reminder_days, set_reminder_days
from models.members.communities import list_communities
from models.store.operations import recorded
from models.store.workspace import Workspace
from views.calendar.actions import SERIES, SOURCE, THIS_ONE, EventActions
from views.calendar.agenda import AgendaList
from views.calendar.canvas import add_months, month_start
from views.calendar.details import DetailsPanel
from views.calendar.month import MonthGrid
from views.calendar.week import WeekGrid
from views.operation_runner import perform

translate = QCoreApplication.translate
MONTH, WEEK, AGENDA = 0, 1, 2
__all__ = ["AGENDA", "MONTH", "SERIES", "THIS_ONE", "WEEK", "CalendarView"]


class CalendarView(EventActions, QWidget):
    changed = Signal(object)

    def __init__(self, workspace: Workspace, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarView")
        self.workspace = workspace
        self.undo_stack = undo_stack
        self.community_id: int | None = None
        self.day = clock.today()
        self.mode = MONTH
        self.found: list[Occurrence] = []
        self.names: dict[int, str] = {}
        self.perform = self._make_performer()
        self._build()
        self._connect_signals()
        self.reload()

    @property
    def conn(self):
        return self.workspace.conn

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.prev_button = QToolButton(self)
        self.prev_button.setText("◀")
        self.prev_button.setToolTip(self.tr("Previous (PgUp)"))
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.setToolTip(self.tr("Go to today (T)"))
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next (PgDn)"))
        self.period = QLabel(self)
        self.period.setObjectName("calendarPeriod")
        font = self.period.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.period.setFont(font)
        self.period.setMinimumWidth(90)
        self.period.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.mode_buttons = QButtonGroup(self)
        bar = QHBoxLayout()
        bar.addWidget(self.prev_button)
        bar.addWidget(self.today_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.period, 1)
        for mode, text in ((MONTH, self.tr("Month")), (WEEK, self.tr("Week")),
                           (AGENDA, self.tr("Agenda"))):
            button = QToolButton(self)
            button.setText(text)
            button.setCheckable(True)
            button.setChecked(mode == MONTH)
            self.mode_buttons.addButton(button, mode)
            bar.addWidget(button)
        bar.addSpacing(8)
        self.new_button = QPushButton(self.tr("New event"), self)
        self.new_button.setObjectName("newEventButton")
        bar.addWidget(self.new_button)

        self.month = MonthGrid(self)
        self.week = WeekGrid(self)
        self.agenda = AgendaList(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.month)
        self.stack.addWidget(self.week)
        self.stack.addWidget(self.agenda)
        self.details = DetailsPanel(self)
        self.summary_button = self.details.summary_button
        splitter = QSplitter(self)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    def _connect_signals(self) -> None:
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(lambda: self.go_to(clock.today()))
        self.mode_buttons.idClicked.connect(self.set_mode)
        self.new_button.clicked.connect(lambda: self.create_on(self.day))
        self.summary_button.clicked.connect(self._on_summary_clicked)
        for canvas in (self.month, self.week):
            canvas.day_selected.connect(self.go_to)
            canvas.day_activated.connect(self.create_on)
            canvas.event_selected.connect(self.select)
            canvas.event_activated.connect(self.edit)
            canvas.event_dropped.connect(self.move_to)
            canvas.context_requested.connect(self._on_context_requested)
        self.month.more_clicked.connect(self._on_month_more_clicked)
        self.agenda.event_selected.connect(self.select)
        self.agenda.event_activated.connect(self.edit)
        d = self.details
        d.edit_clicked.connect(lambda: self._with_selected(self.edit))
        d.registrations_clicked.connect(lambda: self._with_selected(self.open_registrations))
        d.check_in_clicked.connect(lambda: self._with_selected(self.open_check_in))
        d.outcome_clicked.connect(lambda: self._with_selected(self.open_outcome))
        d.copy_clicked.connect(lambda: self._with_selected(self.copy))
        d.delete_clicked.connect(lambda: self._with_selected(self.delete))
        d.copy_reminder_clicked.connect(lambda: self._with_selected(self.copy_reminder_text))
        d.copy_signup_clicked.connect(lambda: self._with_selected(self.copy_signup_text))
        d.attendees_clicked.connect(lambda: self._with_selected(self.export_attendee_list))
        d.signin_clicked.connect(lambda: self._with_selected(self.print_signin_sheet))
        d.badges_clicked.connect(lambda: self._with_selected(self.print_badges))
        d.reminder_days.setValue(reminder_days(self.conn))
        d.reminder_days.valueChanged.connect(self._on_reminder_days_changed)

    # -- the tab contract --------------------------------------------------------------------

    def set_community(self, community_id: int | None) -> None:
        self.community_id = community_id
        self.reload()

    def apply_changes(self, change: Change) -> None:
        if change.source == SOURCE:
            return  # our own write: reloaded already
        if change.touches("events", "registrations", "communities", "checklist_items"):
            self.reload()

    # -- showing ---------------------------------------------------------------------------

    def window_range(self) -> tuple[date, date]:
        if self.mode == WEEK:
            first = self.day - timedelta(days=self.day.weekday())
            return first, first + timedelta(days=7)
        first = month_start(self.day)
        if self.mode == AGENDA:
            return first, add_months(first, 1)
        shown = first - timedelta(days=first.weekday())
        return shown, shown + timedelta(days=42)

    def reload(self) -> None:
        first, last = self.window_range()
        tz = clock.zone() or clock.utc_now().astimezone().tzinfo  # the workspace's days
        self.names = {c.id: c.name for c in list_communities(self.conn, include_archived=True)}
        self.found = occurrences(self.conn, datetime.combine(first, time(0), tz),
                                 datetime.combine(last, time(0), tz), self.community_id)
        selected = self.current_key()
        for canvas in (self.month, self.week):
            canvas.community_names = self.names
            canvas.today = clock.today()
            canvas.set_occurrences(self.found, self.day)
            canvas.select_event(selected)
        if self.mode == AGENDA:
            ids = [o.event.id for o in self.found if not o.virtual]
            self.agenda.set_occurrences(self.found, self.names, self._signed_up(ids))
            self.agenda.select_key(selected)
        self._show_period()
        self.details.show_occurrence(self.selected(), self.conn, self.names)

    def _signed_up(self, ids: list[int]) -> dict[int, tuple[int, int | None]]:
        return signed_up(self.conn, ids)

    def _show_period(self) -> None:
        locale = QLocale()
        if self.mode == WEEK:
            first, last = self.window_range()
            text = self.tr("{first} – {last}").format(
                first=locale.toString(QDate(first.year, first.month, first.day),
                                      self.tr("d MMM yyyy")),
                last=locale.toString(QDate(last.year, last.month, last.day).addDays(-1),
                                     self.tr("d MMM")))
        else:
            text = locale.toString(QDate(self.day.year, self.day.month, 1), self.tr("MMMM yyyy"))
        self.period.setText(text)

    def set_mode(self, mode: int) -> None:
        self.mode = mode
        self.mode_buttons.button(mode).setChecked(True)
        self.stack.setCurrentIndex(mode)
        self.reload()
        if mode == WEEK:
            self.week.setFocus()
        elif mode == MONTH:
            self.month.setFocus()

    def go_to(self, day: date) -> None:
        old = self.window_range()
        self.day = day
        if self.window_range() != old:
            self.reload()
        else:
            for canvas in (self.month, self.week):
                canvas.selected_day = day
                canvas.update()
            self._show_period()

    def step(self, direction: int) -> None:
        if self.mode == WEEK:
            self.go_to(self.day + timedelta(days=7 * direction))
        else:
            self.go_to(add_months(self.day, direction))

    # -- selection ---------------------------------------------------------------------------

    def current_key(self):
        return getattr(self, "_selected_key", None)

    def selected(self) -> Occurrence | None:
        key = self.current_key()
        return next((o for o in self.found if o.key == key), None)

    def select(self, occurrence: Occurrence | None) -> None:
        self._selected_key = occurrence.key if occurrence else None
        for canvas in (self.month, self.week):
            canvas.select_event(self._selected_key)
        self.details.show_occurrence(occurrence, self.conn, self.names)

    def _with_selected(self, action) -> None:
        chosen = self.selected()
        if chosen is not None:
            action(chosen)


    def _on_month_more_clicked(self, day: date) -> None:
        self.day = day
        self.set_mode(WEEK)

    def _on_summary_clicked(self) -> None:
        from views.calendar.outcomes import MonthSummaryDialog

        self.run_dialog(MonthSummaryDialog(self.conn, self.community_id, self))

    def _on_context_requested(self, occurrence: Occurrence, where: QPoint) -> None:
        self.select(occurrence)
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), lambda: self.edit(occurrence))
        menu.addAction(self.tr("Registrations…"), lambda: self.open_registrations(occurrence))
        menu.addAction(self.tr("Check-in mode"), lambda: self.open_check_in(occurrence))
        menu.addAction(self.tr("Outcome…"), lambda: self.open_outcome(occurrence))
        menu.addAction(self.tr("Export attendee list…"),
                       lambda: self.export_attendee_list(occurrence))
        menu.addAction(self.tr("Print sign-in sheet…"),
                       lambda: self.print_signin_sheet(occurrence))
        menu.addAction(self.tr("Print badges…"), lambda: self.print_badges(occurrence))
        menu.addSeparator()
        menu.addAction(self.tr("Copy to next week"), lambda: self.copy(occurrence))
        menu.addAction(self.tr("Delete"), lambda: self.delete(occurrence))
        menu.addSeparator()
        menu.addAction(self.tr("Copy reminder text"), lambda: self.copy_reminder_text(occurrence))
        menu.addAction(self.tr("Copy sign-up text (接龙)"),
                       lambda: self.copy_signup_text(occurrence))
        menu.popup(where)

    # -- reminders ----------------------------------------------------------------------

    def _on_reminder_days_changed(self, days: int) -> None:
        """A workspace setting: one undo step, like any other write."""
        if days == reminder_days(self.conn):
            return
        perform(self.undo_stack, self.conn,
                self.tr("Remind {days} day(s) ahead").format(days=days),
                recorded(lambda conn: set_reminder_days(conn, days),
                         lambda _: Change.of("workspace_settings")),
                self._on_reminder_days_written, source=SOURCE, parent=self,
                on_error=self.undo_failed)

    def _on_reminder_days_written(self, change: Change) -> None:
        """Saved, undone or redone: the spin box shows what the workspace keeps."""
        box = self.details.reminder_days
        box.blockSignals(True)
        box.setValue(reminder_days(self.conn))
        box.blockSignals(False)
        self.changed.emit(change)  # the window's reminders read again

