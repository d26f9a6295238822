"""What the calendar tab does to events: create, edit, move, copy, delete, the dialogs
for registrations, check-in and outcomes, and the texts copied for the group chat.

Every write is an operation run through ``views.operation_runner``: it runs first, and only
when it succeeded is its undo put on the window's stack; undoing puts back exactly the rows
it wrote (and refuses, changing nothing, when something written since depends on them).
An occurrence of a series gets a row of its own inside the operation that needs one
(a moved occurrence, the first registration of that day), never when a dialog opens.

Strings use the "CalendarView" context: these are the calendar view's own actions.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

from models.core.changes import Change
from models.events import schedule as ev
from models.events.group_texts import group_facts
from models.events.occurrences import (
    Occurrence,
    OccurrenceRef,
    delete_occurrence,
    detach_occurrence,
)
from models.events.reminders import local_now
from models.materials import templates
from models.store.operations import Done
from views import error_text
from views.calendar.group_texts import reminder_text, signup_text
from views.operation_runner import Performer, describe

translate = QCoreApplication.translate
THIS_ONE, SERIES = "this", "series"
SOURCE = "calendar"


class EventActions:
    """Mixed into ``CalendarView`` (which gives ``conn``, ``undo_stack``, ``reload``,
    ``changed``, ``community_id``, ``day`` and the selection)."""

    def _make_performer(self) -> Performer:
        return Performer(self.undo_stack, self.conn, self._notify, source=SOURCE,
                         parent=self, on_error=lambda error: self.undo_failed(error))

    def _notify(self, change: Change) -> None:
        self.reload()
        self.changed.emit(change)

    def undo_failed(self, error: Exception) -> None:
        """An undo or redo was refused (the stack is cleared by then): say why."""
        QMessageBox.warning(self, translate("CalendarView", "Cannot undo"), describe(error))

    # -- dialogs (tests replace run_dialog and ask_scope) ------------------------------------

    def run_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask_scope(self, occurrence: Occurrence, verb: str) -> str | None:
        """THIS_ONE, SERIES or None (cancelled) for an event that repeats."""
        box = QMessageBox(QMessageBox.Icon.Question, translate("CalendarView", "Repeating event"),
                          translate("CalendarView", "“{title}” repeats. {verb} only this "
                                    "occurrence on {day}, or the whole series?").format(
                              title=occurrence.event.title, verb=verb,
                              day=occurrence.start.date().isoformat()), parent=self)
        one = box.addButton(translate("CalendarView", "This occurrence"),
                            QMessageBox.ButtonRole.AcceptRole)
        series = box.addButton(translate("CalendarView", "The whole series"),
                               QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return {id(one): THIS_ONE, id(series): SERIES}.get(id(box.clickedButton()))

    # -- operations --------------------------------------------------------------------------

    def _push(self, text: str, work) -> Done | None:
        """Run the domain function ``work(conn)`` as one undoable step; None (and a message)
        when it was refused."""
        try:
            return self.perform.record(text, work)
        except (ValueError, LookupError) as error:
            QMessageBox.warning(self, translate("CalendarView", "Not saved"),
                                error_text.describe(error))
            return None

    def create_on(self, day: date, hour: int = -1) -> None:
        from views.calendar.editor import EventDialog

        dialog = EventDialog(self.conn, day=day, hour=hour, community_id=self.community_id,
                             parent=self)
        if not self.run_dialog(dialog):
            return
        fields = dialog.fields()
        done = self._push(translate("CalendarView", "Create “{title}”").format(title=fields.title),
                          lambda conn: ev.create_event(conn, fields))
        if done is None:
            return
        event_id = done.value[0].id
        self.day = datetime.fromisoformat(fields.starts_at).date()
        self._selected_key = (event_id, datetime.fromisoformat(fields.starts_at).isoformat())
        template_id = dialog.checklist_template.currentData()
        if template_id is not None:
            self._start_checklist(event_id, fields.title, template_id)
        self.reload()

    def _start_checklist(self, event_id: int, title: str, template_id: int) -> None:
        """The new event's material checklist, from the template chosen in the editor
        (its own step on the undo stack)."""
        name = translate("CalendarView", "{event} materials").format(event=title)
        self._push(translate("CalendarView", "New checklist “{title}”").format(title=name),
                   lambda conn: templates.start_from_template(conn, template_id, name,
                                                              event_id=event_id))

    def edit(self, occurrence: Occurrence) -> None:
        from views.calendar.editor import EventDialog

        scope = SERIES
        if occurrence.repeats:
            scope = self.ask_scope(occurrence, translate("CalendarView", "Edit"))
            if scope is None:
                return
        if scope == SERIES:
            target = ev.get_event(self.conn, occurrence.series_id)
            shown = target
        else:
            target = None if occurrence.virtual else occurrence.event
            base = occurrence.event
            length = occurrence.end - occurrence.start
            shown = replace(base, starts_at=occurrence.start.isoformat(),
                            ends_at=(occurrence.start + length).isoformat()
                            if base.ends_at else None) if occurrence.virtual else base
        dialog = EventDialog(self.conn, shown, parent=self,
                             ignore_ids={occurrence.series_id, occurrence.event.id})
        if scope == THIS_ONE:
            dialog.repeat.setEnabled(False)
            dialog.repeat_end.setEnabled(False)
        if not self.run_dialog(dialog):
            return
        fields = dialog.fields()
        series_id, start = occurrence.series_id, occurrence.start.isoformat()

        def work(conn):
            event_id = target.id if target is not None else detach_occurrence(
                conn, series_id, start)[0].id
            chosen = fields if scope == SERIES or target is not None and target.rrule else \
                replace(fields, rrule=None)
            _, change = ev.save_fields(conn, event_id, chosen)
            return change | Change.of("events", ids=[event_id])

        self._push(translate("CalendarView", "Edit “{title}”").format(title=fields.title), work)

    def move_to(self, occurrence: Occurrence, day: date, hour: int = -1) -> None:
        """Move to ``day`` (and ``hour`` in the week view); an occurrence of a series moves
        on its own (the series stays)."""
        start = occurrence.start
        new_start = datetime.combine(day, start.time() if hour < 0 else time(hour, start.minute),
                                     start.tzinfo)
        delta = new_start - start
        if not delta:
            return
        series_id, key = occurrence.series_id, start.isoformat()

        def work(conn):
            if occurrence.virtual:
                event_id = detach_occurrence(conn, series_id, key)[0].id
            else:
                event_id = occurrence.event.id
            if occurrence.virtual or occurrence.event.parent_id is not None \
                    or not occurrence.event.rrule:
                _, change = ev.move_event(conn, event_id, delta)
            else:  # the first start of a series row: move only this one as well
                event_id = detach_occurrence(conn, event_id, key)[0].id
                _, change = ev.move_event(conn, event_id, delta)
            return event_id, change | Change.of("events", ids=[event_id, series_id])

        done = self._push(translate("CalendarView", "Move “{title}”").format(
            title=occurrence.event.title), work)
        if done is not None:
            self._selected_key = (done.value[0], new_start.isoformat())
            self.day = day
            self.reload()

    def copy(self, occurrence: Occurrence) -> None:
        """A draft copy a week later, selected, to edit from there."""
        start = (occurrence.start + timedelta(days=7)).isoformat()
        source_id = occurrence.event.id if not occurrence.virtual else occurrence.series_id

        def work(conn):
            event, change = ev.copy_event(conn, source_id, start)
            if occurrence.virtual and event.rrule:
                event, change = ev.update_event(conn, event.id, rrule=None)
            return event, change

        done = self._push(translate("CalendarView", "Copy “{title}”").format(
            title=occurrence.event.title), work)
        if done is not None:
            self.day = date.fromisoformat(start[:10])
            self._selected_key = (done.value[0].id, start)
            self.reload()

    def delete(self, occurrence: Occurrence) -> None:
        scope = SERIES
        if occurrence.repeats:
            scope = self.ask_scope(occurrence, translate("CalendarView", "Delete"))
            if scope is None:
                return
        series_id = occurrence.series_id
        if scope == THIS_ONE:
            key = occurrence.event.recurrence_id if not occurrence.virtual and \
                occurrence.event.recurrence_id else occurrence.start.isoformat()

            def work(conn):
                return delete_occurrence(conn, series_id, key)
        else:
            target = series_id if occurrence.repeats else occurrence.event.id

            def work(conn):
                return ev.delete_event(conn, target)

        if self._push(translate("CalendarView", "Delete “{title}”").format(
                title=occurrence.event.title), work) is not None:
            self._selected_key = None
            self.reload()

    # -- the event's own dialogs (they write through the same runner) -----------------------

    def open_registrations(self, occurrence: Occurrence) -> None:
        from views.calendar.registrations import RegistrationsDialog

        self.run_dialog(RegistrationsDialog(self.conn, OccurrenceRef.of(occurrence),
                                            self.perform, self))

    def open_check_in(self, occurrence: Occurrence) -> None:
        from views.calendar.checkin import CheckInDialog

        dialog = CheckInDialog(self.conn, OccurrenceRef.of(occurrence), self.perform, self)
        dialog.setWindowState(Qt.WindowState.WindowMaximized)
        self.run_dialog(dialog)

    def open_outcome(self, occurrence: Occurrence) -> None:
        from views.calendar.outcomes import OutcomeDialog

        self.run_dialog(OutcomeDialog(self.conn, OccurrenceRef.of(occurrence), self.perform,
                                      self))

    # -- texts to paste into the group chat ---------------------------------------------

    def copy_reminder_text(self, occurrence: Occurrence) -> str:
        """Time, place or link and what to bring, on the clipboard; returns the text."""
        return self._copy(reminder_text(group_facts(self.conn, occurrence), local_now().date()))

    def copy_signup_text(self, occurrence: Occurrence) -> str:
        """A 接龙 starting sign-ups, on the clipboard; returns the text."""
        return self._copy(signup_text(group_facts(self.conn, occurrence), local_now().date()))

    def _copy(self, text: str) -> str:
        QGuiApplication.clipboard().setText(text)
        window = self.window()
        if isinstance(window, QMainWindow):  # the app's window says so in its status bar
            window.statusBar().showMessage(translate(
                "CalendarView", "Copied: paste it into the group chat"), 5000)
        return text
    # -- attendee lists and sign-in sheets (files only: nothing is written here) -------------

    def export_attendee_list(self, occurrence: Occurrence):
        from views.calendar.attendee_export import export_attendees

        return export_attendees(self, self.workspace.path, self.conn,
                                OccurrenceRef.of(occurrence))

    def print_signin_sheet(self, occurrence: Occurrence):
        from views.calendar.attendee_export import export_attendees

        return export_attendees(self, self.workspace.path, self.conn,
                                OccurrenceRef.of(occurrence), "signin")

    def print_badges(self, occurrence: Occurrence):
        from views.calendar.badge_export import print_badges

        return print_badges(self, self.conn, occurrence)
