"""Who signed up for one event: add people by search or by pasting a sign-up list (接龙),
cancel (the waitlist moves up), change the number of seats.

Every change is an undoable step on the window's stack (``views.operation_runner``). An
occurrence of a series gets its row of its own with the first change, not when the
dialog opens."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.events import registrations as reg
from models.events.member_lookup import find_members
from models.events.occurrences import OccurrenceRef
from models.events.signup_register import SignupLineError, SignupResult, register_signup
from views.calendar import ticket_actions
from views.calendar.labels import registration_label
from views.calendar.signup_paste import SignupListDialog
from views.error_text import message_text
from views.operation_runner import Performer

__all__ = ["RegistrationsDialog", "SignupListDialog"]

ID_ROLE = Qt.ItemDataRole.UserRole


class RegistrationsDialog(QDialog):
    def __init__(self, conn: sqlite3.Connection, target: OccurrenceRef | int,
                 perform: Performer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registrationsDialog")
        if isinstance(target, int):
            target = OccurrenceRef(target, "", target)
        self.conn, self.target, self.perform = conn, target, perform
        event = target.event(conn)
        self.title = event.title
        self.community_id = event.community_id
        self.setWindowTitle(self.tr("Registrations — {title}").format(title=event.title))
        self.resize(720, 560)

        self.summary = QLabel(self)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(0, 100_000)
        self.capacity.setSpecialValueText(self.tr("No limit"))
        self.capacity.setValue(event.capacity or 0)
        apply_capacity = QPushButton(self.tr("Set seats"), self)
        apply_capacity.clicked.connect(self._on_capacity_clicked)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(QLabel(self.tr("Seats"), self))
        top.addWidget(self.capacity)
        top.addWidget(apply_capacity)

        self.search = QLineEdit(self)
        self.search.setObjectName("registrationSearch")
        self.search.setPlaceholderText(self.tr("Add someone: name, phone or pinyin, then Enter"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_changed)
        self.search.returnPressed.connect(self._on_search_return)
        paste = QPushButton(self.tr("Paste sign-up list…"), self)
        paste.clicked.connect(self._on_paste_clicked)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(paste)
        self.hits = QListWidget(self)
        self.hits.setMaximumHeight(120)
        self.hits.itemActivated.connect(self._on_hit_activated)

        self.table = QTreeWidget(self)
        self.table.setObjectName("registrationTable")
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Name"), self.tr("Phone"), self.tr("Status"),
                                    self.tr("Signed up"), self.tr("Checked in"),
                                    self.tr("Guests, note")])
        self.table.setColumnWidth(0, 160)
        self.table.setColumnWidth(1, 130)
        cancel = QPushButton(self.tr("Cancel registration"), self)
        cancel.clicked.connect(self._on_cancel_clicked)
        save_tickets = QPushButton(self.tr("Save tickets…"), self)
        save_tickets.setObjectName("saveTickets")
        save_tickets.setToolTip(self.tr("One image per person, with their QR code, to send in "
                                        "WeChat"))
        save_tickets.clicked.connect(self._on_save_tickets_clicked)
        copy_ticket = QPushButton(self.tr("Copy ticket"), self)
        copy_ticket.setObjectName("copyTicket")
        copy_ticket.setToolTip(self.tr("The selected person's ticket as an image, to paste "
                                       "into a chat"))
        copy_ticket.clicked.connect(self._on_copy_ticket_clicked)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(cancel)
        bottom.addWidget(save_tickets)
        bottom.addWidget(copy_ticket)
        bottom.addStretch()
        for text, kind in ((self.tr("Export attendee list…"), "list"),
                           (self.tr("Print sign-in sheet…"), "signin")):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _=False, k=kind: self.export_file(k))
            bottom.addWidget(button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(row)
        layout.addWidget(self.hits)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.refresh()

    @property
    def event_id(self) -> int | None:
        """The event row, once there is one (an occurrence gets it with the first change)."""
        return self.target.row(self.conn)

    def export_file(self, kind: str):
        """The attendee list or sign-in sheet of this occurrence, to a file the user picks."""
        from views.calendar.attendee_export import export_attendees

        # the calendar's workspace, to write on a worker; without one, on this connection
        workspace = getattr(self.parentWidget(), "workspace", None)
        return export_attendees(self, getattr(workspace, "path", None), self.conn,
                                self.target, kind)

    def refresh(self) -> None:
        event_id = self.event_id
        counts = reg.counts(self.conn, event_id) if event_id is not None else reg.Counts()
        cap = self.capacity.value()
        self.summary.setText(self.tr(
            "{registered} registered{of} · {waitlisted} on the waitlist · {checked} checked in")
            .format(registered=counts.registered + counts.walk_ins,
                    of=self.tr(" of {capacity}").format(capacity=cap) if cap else "",
                    waitlisted=counts.waitlisted, checked=counts.checked_in))
        self.table.clear()
        for r in reg.list_registrations(self.conn, event_id) if event_id is not None else []:
            item = QTreeWidgetItem(self.table, [
                r.display_name, r.phone or "", registration_label(r.status, r.walk_in),
                r.registered_at[:16].replace("T", " "),
                (r.checked_in_at or "")[11:16],
                " · ".join(filter(None, [f"+{r.guests}" if r.guests else "", r.note or ""]))])
            item.setData(0, ID_ROLE, r.member_id)

    def _write(self, text: str, work):
        """Run ``work(conn, event_id)`` as one undoable step; its result."""
        target = self.target
        done = self.perform.record(text.format(title=self.title),
                                   lambda conn: work(conn, target.own_row(conn)))
        self.refresh()
        return done.value

    def add(self, member_ids: list[int]) -> reg.RegisterResult:
        return self._write(self.tr("Register for “{title}”"),
                           lambda conn, event_id: reg.register(conn, event_id, member_ids))

    def _on_search_changed(self, text: str) -> None:
        self.hits.clear()
        for hit in find_members(self.conn, text, 20, self.community_id, event_id=self.event_id):
            state = f" · {registration_label(hit.registration)}" if hit.registration else ""
            item = QListWidgetItem(f"{hit.display_name}  {hit.phone or ''}{state}", self.hits)
            item.setData(ID_ROLE, hit.id)
        if self.hits.count():
            self.hits.setCurrentRow(0)

    def _on_search_return(self) -> None:
        item = self.hits.currentItem()
        if item is not None:
            self._on_hit_activated(item)

    def _on_hit_activated(self, item: QListWidgetItem) -> None:
        result = self.add([item.data(ID_ROLE)])
        if result.waitlisted:
            self.summary.setText(self.summary.text() + "  "
                                 + self.tr("(full: added to the waitlist)"))
        self.search.clear()

    def _on_cancel_clicked(self) -> None:
        item = self.table.currentItem()
        if item is None:
            return
        member_id = item.data(0, ID_ROLE)
        promoted, _ = self._write(self.tr("Cancel a registration for “{title}”"),
                                  lambda conn, event_id: reg.cancel(conn, event_id, member_id))
        if promoted:
            names = reg.member_names(self.conn, promoted)
            self.summary.setText(self.summary.text() + "  " + self.tr(
                "Moved up from the waitlist: {names}").format(names="、".join(names)))

    def _on_save_tickets_clicked(self) -> None:
        ticket_actions.save_tickets(self, self.conn, self.target)

    def _on_copy_ticket_clicked(self) -> None:
        item = self.table.currentItem()
        ticket_actions.copy_ticket(self, self.conn, self.target,
                                   item.data(0, ID_ROLE) if item is not None else None)

    def _on_capacity_clicked(self) -> None:
        seats = self.capacity.value() or None
        self._write(self.tr("Set the seats of “{title}”"),
                    lambda conn, event_id: reg.set_capacity(conn, event_id, seats))

    def _on_paste_clicked(self) -> None:
        dialog = SignupListDialog(self.conn, self.community_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.import_signup_list(dialog)

    def import_signup_list(self, dialog: SignupListDialog) -> SignupResult | None:
        """Register the pasted list's people (creating members for the lines that match
        nobody only when the dialog's box was ticked), all in one transaction; None, with a
        message naming the line, when a line cannot be created."""
        lines, create = dialog.matched, dialog.create.isChecked()
        try:
            result = self._write(self.tr("Register a sign-up list for “{title}”"),
                                 lambda conn, event_id: register_signup(conn, event_id, lines,
                                                                        create=create))
        except SignupLineError as error:
            QMessageBox.warning(self, self.tr("Sign-up list"), self.tr(
                "Nothing was registered: line {line} cannot become a member ({reason}).")
                .format(line=error.line, reason=message_text(error.reason)))
            return None
        QMessageBox.information(self, self.tr("Sign-up list"), self.tr(
            "{registered} registered, {waitlisted} on the waitlist, {already} already signed"
            " up, {created} new members.").format(
                registered=len(result.registered), waitlisted=len(result.waitlisted),
                already=len(result.already), created=len(result.created)))
        return result
