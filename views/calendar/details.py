"""The panel beside the calendar: everything about the selected event at a glance, and
what can be done with it."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.events import registrations as reg
from models.events.occurrences import Occurrence
from views import tones
from views.calendar.labels import community_color, kind_label, status_label, yuan
from views.calendar.rule_text import rule_text


class DetailsPanel(QWidget):
    edit_clicked = Signal()
    registrations_clicked = Signal()
    check_in_clicked = Signal()
    outcome_clicked = Signal()
    copy_clicked = Signal()
    delete_clicked = Signal()
    copy_reminder_clicked = Signal()
    copy_signup_clicked = Signal()
    attendees_clicked = Signal()
    signin_clicked = Signal()
    badges_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarDetails")
        self.setMinimumWidth(180)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.body = QLabel(self)
        self.body.setObjectName("calendarDetailsBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clash = QLabel(self)
        self.clash.setWordWrap(True)
        self.clash.setStyleSheet(tones.text_style("error"))
        self.buttons: list[QPushButton] = []
        grid = QGridLayout()
        for n, (text, signal) in enumerate((
                (self.tr("Edit…"), self.edit_clicked),
                (self.tr("Registrations…"), self.registrations_clicked),
                (self.tr("Check-in mode"), self.check_in_clicked),
                (self.tr("Outcome…"), self.outcome_clicked),
                (self.tr("Copy to next week"), self.copy_clicked),
                (self.tr("Delete"), self.delete_clicked),
                (self.tr("Copy reminder"), self.copy_reminder_clicked),
                (self.tr("Copy 接龙"), self.copy_signup_clicked))):
            button = QPushButton(text, self)
            button.clicked.connect(signal)
            grid.addWidget(button, n // 2, n % 2)
            self.buttons.append(button)
        # what goes out on paper or to a venue, under one button (the pane is narrow)
        self.paper_menu = QMenu(self)
        for text, signal in ((self.tr("Export attendee list…"), self.attendees_clicked),
                             (self.tr("Print sign-in sheet…"), self.signin_clicked),
                             (self.tr("Print badges…"), self.badges_clicked)):
            self.paper_menu.addAction(text, signal.emit)
        paper = QPushButton(self.tr("Print and export"), self)
        paper.setObjectName("calendarPaperButton")
        paper.setMenu(self.paper_menu)
        grid.addWidget(paper, grid.rowCount(), 0, 1, 2)
        self.buttons.append(paper)
        self.hint = QLabel(self.tr("Select an event to see it here.\n\nDouble-click a day to "
                                   "plan a new one; drag an event to another day to move it."),
                           self)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addWidget(self.clash)
        layout.addLayout(grid)
        layout.addWidget(self.hint)
        layout.addStretch()
        self.summary_button = QPushButton(self.tr("Outcomes by month…"), self)
        self.summary_button.setObjectName("monthSummaryButton")
        layout.addWidget(self.summary_button)
        self.reminder_days = QSpinBox(self)
        self.reminder_days.setObjectName("reminderDays")
        self.reminder_days.setRange(1, 90)
        self.reminder_days.setPrefix(self.tr("Remind "))
        self.reminder_days.setSuffix(self.tr(" day(s) ahead"))
        self.reminder_days.setToolTip(self.tr("How far ahead the status bar lists coming events "
                                              "and checklist items due"))
        layout.addWidget(self.reminder_days)
        self.show_occurrence(None, None, {})

    def show_occurrence(self, o: Occurrence | None, conn: sqlite3.Connection | None,
                        names: dict[int, str]) -> None:
        for widget in (*self.buttons, self.title, self.body, self.clash):
            widget.setVisible(o is not None)
        self.hint.setVisible(o is None)
        if o is None or conn is None:
            self.title.clear()
            self.body.clear()
            self.clash.clear()
            return
        e = o.event
        color = community_color(e.community_id).name()
        self.title.setText(e.title)
        self.title.setStyleSheet(f"border-left: 4px solid {color}; padding-left: 6px;")
        when = (self.tr("{day}, all day").format(day=o.start.date().isoformat()) if e.all_day
                else f"{o.start:%Y-%m-%d %H:%M} – {o.end:%H:%M}")
        lines = [when]
        if o.repeats:
            lines.append(self.tr("Repeats ({rule})").format(
                rule=rule_text(e.rrule, e.start, len(e.exdate_list))) if e.rrule
                else self.tr("One occurrence of a repeating event"))
        lines.append(f"{names.get(e.community_id or 0, self.tr('(no community)'))} · "
                     f"{kind_label(e.kind)} · {status_label(e.status)}")
        lines.append(self.tr("Online: {link}").format(link=e.link or "—") if e.online
                     else (e.location or self.tr("No location yet")))
        if not o.virtual:
            counts = reg.counts(conn, e.id)
            seats = self.tr(" of {capacity}").format(capacity=e.capacity) if e.capacity else ""
            lines.append(self.tr("{registered} registered{seats}, {waitlisted} waiting, "
                                 "{checked} checked in").format(
                registered=counts.registered + counts.walk_ins, seats=seats,
                waitlisted=counts.waitlisted, checked=counts.checked_in))
        if e.budget:
            lines.append(self.tr("Budget ¥{budget}").format(budget=yuan(e.budget)))
        if e.owner:
            lines.append(self.tr("Owner: {owner}").format(owner=e.owner))
        if not o.virtual and (e.status == "已结束" or e.actual_new_members is not None
                              or e.revenue is not None or e.actual_cost is not None):
            from models.events.outcomes import outcome

            found = outcome(conn, e.id)
            lines.append("")
            lines.append(self.tr("Outcome: {attended} came, {new} new members, {conversions} "
                                 "conversions").format(
                attended=found.attendance, new=found.new_members or 0,
                conversions=found.conversions or 0))
            if found.revenue is not None or found.actual_cost is not None:
                lines.append(self.tr("Revenue ¥{revenue}, cost ¥{cost}").format(
                    revenue=yuan(found.revenue or 0), cost=yuan(found.actual_cost or 0)))
            if found.notes:
                lines.append(found.notes)
        if e.description:
            lines.append("")
            lines.append(e.description)
        self.body.setText("\n".join(lines))
        self.clash.setText(self.tr("⚠ Overlaps another event of this community.")
                           if o.clash else "")
