"""Check-in mode, for the door: one big search box, Enter checks in the first match,
walk-ins are added on the spot, and the four numbers update at once.

Enter belongs to the search box alone: no button of this dialog is a default button (a
shown QDialog makes its first auto-default button the default, and Enter, after checking
someone in, used to "add a walk-in" from whatever sat in the walk-in boxes, then leave the
focus there, so the next pinyin typed became a new member). A walk-in is created only by
its own button. Each check-in is confirmed with who and when, and listed under "This
session"; a second check-in of the same person says when the first one was and writes
nothing.

Each check-in and walk-in is an undoable step on the window's stack; "Undo last check-in"
undoes that step while it is still the last one. An occurrence of a series gets its row
of its own with the first check-in, not when the door opens.

A ticket code (the QR code on a badge or a ticket image) arrives the way a USB or
Bluetooth scanner types it: twelve digits, then Enter, faster than anyone types. Twelve
digits (spaces and dashes allowed, as printed under the QR code) are a code, never a name
search: the digits typed on the way there do search phones (1234 is a phone's tail), but
Enter after a whole code scans it (``models.events.door_scan``), so a scan cannot check in
whoever's phone matched its first digits. The result shows in the big banner; a repeated
scan says when the first one was and writes nothing.

Everything is local and immediate (no network at most venues); a lookup takes a few
milliseconds (see benchmarks/calendar.py), so results follow every keystroke.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.core.validation import clean_phone
from models.events import door_scan
from models.events import registrations as reg
from models.events.member_lookup import find_members
from models.events.occurrences import OccurrenceRef
from models.events.tickets import format_code, normalise_code
from models.members.records import conflicts
from views import tones
from views.calendar.labels import registration_label
from views.operation_runner import Performer

ID_ROLE = Qt.ItemDataRole.UserRole


def _big(widget: QWidget, factor: float) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(max(font.pointSizeF(), 9) * factor)
    widget.setFont(font)


class CheckInDialog(QDialog):
    def __init__(self, conn: sqlite3.Connection, target: OccurrenceRef | int,
                 perform: Performer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkInDialog")
        if isinstance(target, int):
            target = OccurrenceRef(target, "", target)
        self.conn, self.target, self.perform = conn, target, perform
        event = target.event(conn)
        self.title = event.title
        self.community_id = event.community_id
        self.setWindowTitle(self.tr("Check-in — {title}").format(title=event.title))
        self.resize(900, 640)

        heading = QLabel(f"{event.title}\n{event.start:%Y-%m-%d %H:%M}"
                         f"{'  · ' + event.location if event.location else ''}", self)
        _big(heading, 1.4)
        self.numbers: dict[str, QLabel] = {}
        grid = QGridLayout()
        for column, (key, caption) in enumerate((
                ("registered", self.tr("Registered")), ("checked_in", self.tr("Checked in")),
                ("walk_ins", self.tr("Walk-ins")), ("no_shows", self.tr("Not yet here")))):
            number = QLabel("0", self)
            number.setObjectName(f"count_{key}")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            _big(number, 2.6)
            label = QLabel(caption, self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(number, 0, column)
            grid.addWidget(label, 1, column)
            self.numbers[key] = number

        self.search = QLineEdit(self)
        self.search.setObjectName("checkInSearch")
        self.search.setPlaceholderText(
            self.tr("Name, last digits of the phone, or pinyin (zxm) — Enter checks in"))
        self.search.setClearButtonEnabled(True)
        _big(self.search, 2.0)
        self.search.textChanged.connect(self._on_search_changed)
        self.search.returnPressed.connect(self._on_search_return)
        self.hits = QListWidget(self)
        self.hits.setObjectName("checkInHits")
        _big(self.hits, 1.5)
        self.hits.itemActivated.connect(self._on_hit_activated)
        self.recent = QListWidget(self)
        self.recent.setObjectName("checkInRecent")
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes search -> hits
        _big(self.recent, 1.1)
        recent_box = QVBoxLayout()
        recent_box.addWidget(QLabel(self.tr("This session"), self))
        recent_box.addWidget(self.recent, 1)
        lists = QHBoxLayout()
        lists.addWidget(self.hits, 3)
        lists.addLayout(recent_box, 2)

        self.banner = QLabel(" ", self)
        self.banner.setObjectName("checkInBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setWordWrap(True)
        self.banner.setMargin(12)
        _big(self.banner, 2.2)
        self.banner.hide()
        self.feedback = QLabel(" ", self)
        self.feedback.setObjectName("checkInFeedback")
        _big(self.feedback, 1.5)
        self.let_in = QPushButton(self)
        self.let_in.setObjectName("letInAnyway")
        self.let_in.hide()
        self.let_in.clicked.connect(self._on_let_in_clicked)
        #: Whom "let in anyway" checks in (a scan that did not: waitlist full, cancelled).
        self._refused: int | None = None
        self.walk_in_name = QLineEdit(self)
        self.walk_in_name.setObjectName("walkInName")
        self.walk_in_name.setPlaceholderText(self.tr("Name"))
        self.walk_in_phone = QLineEdit(self)
        self.walk_in_phone.setPlaceholderText(self.tr("Phone (optional)"))
        self.walk_in_button = QPushButton(self.tr("Add walk-in and check in"), self)
        self.walk_in_button.setObjectName("walkInButton")
        self.walk_in_button.clicked.connect(self._on_walk_in_clicked)
        walk_row = QHBoxLayout()
        walk_row.addWidget(QLabel(self.tr("Not in the list?"), self))
        walk_row.addWidget(self.walk_in_name, 1)
        walk_row.addWidget(self.walk_in_phone, 1)
        walk_row.addWidget(self.walk_in_button)
        self.undo_button = QPushButton(self.tr("Undo last check-in"), self)
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self._on_undo_clicked)
        walk_row.addWidget(self.undo_button)
        for button in (self.walk_in_button, self.undo_button, self.let_in):
            button.setAutoDefault(False)  # Enter is the search box's (see the docstring)
            button.setDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addWidget(self.search)
        layout.addLayout(lists, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.feedback)
        layout.addWidget(self.let_in)
        layout.addLayout(walk_row)
        #: The undo step of the last check-in made here (its command on the stack).
        self._last = None
        self.refresh_counts()
        self.search.setFocus()

    @property
    def event_id(self) -> int | None:
        return self.target.row(self.conn)

    def _write(self, work):
        """Run ``work(conn, event_id)`` as one undoable check-in step."""
        target = self.target
        done = self.perform.record(self.tr("Check-in at “{title}”").format(title=self.title),
                                   lambda conn: work(conn, target.own_row(conn)))
        stack = self.perform.stack
        if done.wrote and stack.index() > 0:
            self._last = stack.command(stack.index() - 1)
            self.undo_button.setEnabled(True)
        return done.value

    def refresh_counts(self) -> reg.Counts:
        event_id = self.event_id
        counts = reg.counts(self.conn, event_id) if event_id is not None else reg.Counts()
        for key, label in self.numbers.items():
            label.setText(str(getattr(counts, key)))
        return counts

    def check_in(self, member_id: int) -> reg.CheckInResult:
        self._offer_let_in(None)
        result = self._write(lambda conn, event_id: reg.check_in(conn, event_id, member_id))
        name = reg.member_names(self.conn, [member_id])[0]
        time = result.checked_in_at[11:16]
        if result.outcome == "already":
            self._say(self.tr("{name} already checked in at {time}: nothing changed.").format(
                name=name, time=time), "warning")
        else:
            if result.outcome == "walk_in":
                text = self.tr("✓ {name} checked in at {time} (walk-in).")
            elif result.was == reg.WAITLISTED:
                text = self.tr("✓ {name} checked in at {time} (moved up from the waitlist).")
            else:
                text = self.tr("✓ {name} checked in at {time}.")
            self._say(text.format(name=name, time=time), "ok")
        self.refresh_counts()
        self.search.clear()
        self.search.setFocus()
        return result

    def _say(self, text: str, tone: str, log: bool = True) -> None:
        """Show ``text`` under the list in ``tone`` (views.tones) and, when ``log``, at the
        top of "This session" (newest first), so each check-in stays confirmed after the
        next one."""
        self.feedback.setText(text)
        self.feedback.setStyleSheet(tones.text_style(tone))
        self.feedback.setVisible(not log)  # the banner says it, bigger
        if log:  # a check-in or a scan: big enough to read from the queue
            self.banner.setText(text)
            self.banner.setStyleSheet(tones.tint_style(
                {"ok": "low", "error": "danger", "muted": "neutral"}.get(tone, "attention")))
            self.banner.show()
        if log:
            item = QListWidgetItem(text)
            item.setForeground(tones.tone(tone))
            self.recent.insertItem(0, item)

    def _on_search_changed(self, text: str) -> None:
        self.hits.clear()
        if normalise_code(text) is not None:
            # a whole ticket code: Enter scans it; no name search to pick someone else
            self._say(self.tr("Ticket code {code}: Enter checks in.").format(
                code=format_code(normalise_code(text))), "info", log=False)
            return
        hits = find_members(self.conn, text, 12, self.community_id, event_id=self.event_id)
        for hit in hits:
            if hit.checked_in_at and hit.registration != "cancelled":
                state = self.tr("checked in {time}").format(time=hit.checked_in_at[11:16])
            elif hit.registration:
                state = registration_label(hit.registration)
            else:
                state = self.tr("not signed up: walk-in")
            phone = f"…{hit.phone[-4:]}" if hit.phone else ""
            item = QListWidgetItem(f"{hit.display_name}   {phone}   · {state}", self.hits)
            item.setData(ID_ROLE, hit.id)
        if hits:
            self.hits.setCurrentRow(0)
            return
        # Nobody found: offer what was typed to the walk-in form (its button decides).
        stripped = text.strip()
        if stripped.isdigit():
            self.walk_in_phone.setText(stripped)
        elif stripped and not stripped.isascii():
            self.walk_in_name.setText(stripped)
        if stripped:
            self._say(self.tr("Nobody found. Add them as a walk-in below."), "warning",
                      log=False)

    def _on_search_return(self) -> None:
        code = normalise_code(self.search.text())
        if code is not None:
            self.scan(code)
            return
        item = self.hits.currentItem()
        if item is not None:
            self.check_in(item.data(ID_ROLE))

    def scan(self, code: str) -> door_scan.ScanResult:
        """Check in the holder of ticket ``code`` when the ticket lets them in; say what
        happened either way (``models.events.door_scan``), and clear the box for the next."""
        self._offer_let_in(None)
        if self.event_id is None:  # nobody registered for this occurrence yet: nothing to write
            result = door_scan.look_up(self.conn, None, code)
        else:
            result = self._write(lambda conn, event_id: door_scan.scan(conn, event_id, code))
        text, tone = self._scan_text(result)
        self._say(text, tone)
        if result.outcome in (door_scan.Outcome.WAITLIST_FULL, door_scan.Outcome.CANCELLED):
            self._offer_let_in(result.member_id, result.name)
        # the digits typed on the way searched phones and may have filled the walk-in form
        if code.startswith(self.walk_in_phone.text().replace(" ", "")):
            self.walk_in_phone.clear()
        self.refresh_counts()
        self.search.clear()
        self.search.setFocus()
        return result

    def _scan_text(self, result: door_scan.ScanResult) -> tuple[str, str]:
        Outcome = door_scan.Outcome
        name, time = result.name, (result.checked_in_at or "")[11:16]
        code = format_code(result.code)
        if result.outcome == Outcome.CHECKED_IN:
            if result.was == reg.WAITLISTED:
                return self.tr("✓ {name} checked in at {time} (moved up from the waitlist: "
                               "a seat was free).").format(name=name, time=time), "ok"
            return self.tr("✓ {name} checked in at {time}.").format(name=name, time=time), "ok"
        if result.outcome == Outcome.ALREADY:
            return self.tr("{name} already checked in at {time}: nothing changed.").format(
                name=name, time=time), "warning"
        if result.outcome == Outcome.WAITLIST_FULL:
            return self.tr("{name} is on the waitlist (place {place}) and all {seats} seats "
                           "are taken: not checked in.").format(
                name=name, place=result.place, seats=result.capacity), "warning"
        if result.outcome == Outcome.CANCELLED:
            return self.tr("{name} cancelled this registration: not checked in.").format(
                name=name), "warning"
        if result.outcome == Outcome.OTHER_EVENT:
            return self.tr("This ticket ({code}) is {name}'s for “{title}” on {day}, not for "
                           "this event: not checked in.").format(
                code=code, name=name, title=result.other_title,
                day=result.other_start[:16].replace("T", " ")), "error"
        return self.tr("No ticket has the code {code}: not checked in.").format(code=code), \
            "error"

    def _offer_let_in(self, member_id: int | None, name: str = "") -> None:
        """Show "let NAME in anyway" after a scan that did not check them in (the choice is
        the operator's, not the scanner's); hide it otherwise."""
        self._refused = member_id
        if member_id is not None:
            self.let_in.setText(self.tr("Let {name} in anyway").format(name=name))
        self.let_in.setVisible(member_id is not None)

    def _on_let_in_clicked(self) -> None:
        if self._refused is not None:
            self.check_in(self._refused)

    def _on_hit_activated(self, item: QListWidgetItem) -> None:
        self.check_in(item.data(ID_ROLE))

    def _on_walk_in_clicked(self) -> None:
        name = self.walk_in_name.text().strip()
        if not name:
            self._say(self.tr("Type the walk-in's name first."), "error", log=False)
            self.walk_in_name.setFocus()
            return
        phone = self.walk_in_phone.text().strip()
        try:
            owner = conflicts(self.conn, phone=clean_phone(phone)) if phone else []
            if owner:
                # Already in the roster: show them in the list rather than add them twice.
                self.search.setText(phone)
                self.search.setFocus()
                self._say(self.tr("{phone} is {name}'s phone: press Enter to check them in.")
                          .format(phone=phone, name=owner[0].display_name), "warning",
                          log=False)
                return
            result = self._write(
                lambda conn, event_id: reg.walk_in(conn, event_id, name, phone or None))
        except ValueError as error:  # a phone that is no phone, a name of spaces
            self._say(self.tr("Not added: {reason}").format(reason=error), "error",
                      log=False)
            return
        self._say(self.tr("✓ {name} added and checked in at {time} (walk-in).").format(
            name=name, time=result.checked_in_at[11:16]), "ok")
        self.walk_in_name.clear()
        self.walk_in_phone.clear()
        self.refresh_counts()
        self.search.clear()
        self.search.setFocus()

    def _on_undo_clicked(self) -> None:
        # Only while our check-in is still the stack's last step (the dialog is modal, so
        # nothing else is pushed meanwhile; checked all the same). Not followed through
        # indexChanged: a connection to the window's stack outlived the dialog.
        stack = self.perform.stack
        if self._last is None or stack.index() == 0 or \
                stack.command(stack.index() - 1) is not self._last:
            self.undo_button.setEnabled(False)
            return
        stack.undo()
        self._last = None
        self.undo_button.setEnabled(False)
        self._say(self.tr("Check-in taken back."), "muted")
        self.refresh_counts()
