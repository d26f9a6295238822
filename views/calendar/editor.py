"""The event editor: every field of an event, repetition, a live clash warning, and
"start from an earlier event" to reuse a plan."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.core import clock, zones
from models.core.errors import Code
from models.core.vocab import EventKind, EventStatus
from models.events.occurrences import clashes_with
from models.events.recurrence import DAILY, MONTHLY, WEEKLY, Rule, parse_rule
from models.events.schedule import Event, EventFields, recent_events, validate
from models.members.communities import list_communities
from views import tones
from views.calendar.labels import kind_label, status_label
from views.calendar.month import weekday_names
from views.calendar.rule_text import rule_text
from views.error_text import describe, message_text

NO_REPEAT = ""


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute))


def from_qdatetime(value: QDateTime, tz=None) -> datetime:
    """The wall-clock time shown, in ``tz`` (the event's own offset), else in the
    computer's offset on that day."""
    d, t = value.date(), value.time()
    naive = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
    if tz is None:
        return naive.astimezone()
    local = naive.replace(tzinfo=tz)
    return local.astimezone(timezone(local.utcoffset() or timedelta(0)))


class EventDialog(QDialog):
    """``fields()`` is what to save once accepted; ``problems()`` why it cannot be."""

    validated = Signal(list)

    def __init__(self, conn: sqlite3.Connection, event: Event | None = None, *,
                 day: date | None = None, hour: int = -1, community_id: int | None = None,
                 ignore_ids: set[int] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventDialog")
        self.conn = conn
        self.editing = event
        self.ignore_ids = ignore_ids or set()
        #: Times are edited as wall-clock in the offset the event was written with.
        # New events: in the workspace's zone (models/core/zones.py).
        self.tz = (datetime.fromisoformat(event.starts_at).tzinfo if event
                   else ZoneInfo(zones.default_tzid(conn)))
        self.setWindowTitle(self.tr("Edit event") if event else self.tr("New event"))
        self.resize(560, 620)
        self._build()
        if event is not None:
            self.load(event.fields())
        else:
            start = datetime.combine(day or clock.today(), time(hour if hour >= 0 else 19, 0),
                                     self.tz)
            self.load(EventFields(title="", starts_at=start.isoformat(),
                                  ends_at=(start + timedelta(hours=2)).isoformat(),
                                  community_id=community_id))
        self._update_clash()

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        tabs = QTabWidget(self)
        basics, plan = QWidget(), QWidget()
        tabs.addTab(basics, self.tr("Event"))
        tabs.addTab(plan, self.tr("Plan and budget"))
        form = QFormLayout(basics)
        self.form = form

        self.template = QComboBox(self)
        self.template.setObjectName("eventTemplate")
        self.template.addItem(self.tr("— start from an earlier event —"), None)
        for event_id, title, day in recent_events(self.conn):
            self.template.addItem(f"{day}  {title}", event_id)
        self.template.activated.connect(self._on_template_activated)
        if self.editing is None:
            form.addRow(self.template)
        else:
            self.template.hide()
        # A new event may start its material checklist from a template at once.
        self.checklist_template = QComboBox(self)
        self.checklist_template.setObjectName("eventChecklistTemplate")
        self.checklist_template.addItem(self.tr("(no checklist yet)"), None)
        if self.editing is None:
            from models.materials.templates import list_templates

            for t in list_templates(self.conn):
                self.checklist_template.addItem(
                    self.tr("Start from template: {name}").format(name=t.name), t.id)
        else:
            self.checklist_template.hide()

        self.title = QLineEdit(self)
        self.title.setObjectName("eventTitle")
        self.title.setPlaceholderText(self.tr("e.g. 读书分享会：《置身事内》"))
        form.addRow(self.tr("Title"), self.title)
        self.community = QComboBox(self)
        self.community.addItem(self.tr("(no community)"), None)
        for c in list_communities(self.conn):
            self.community.addItem(c.name, c.id)
        form.addRow(self.tr("Community"), self.community)
        if self.editing is None:
            form.addRow(self.tr("Material checklist"), self.checklist_template)
        self.kind = QComboBox(self)
        for k in EventKind:
            self.kind.addItem(kind_label(k.value), k.value)
        self.status = QComboBox(self)
        for s in EventStatus:
            self.status.addItem(status_label(s.value), s.value)
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(QLabel(self.tr("Status"), self))
        row.addWidget(self.status)
        form.addRow(self.tr("Kind"), row)

        self.offline = QRadioButton(self.tr("Offline"), self)
        self.online = QRadioButton(self.tr("Online"), self)
        group = QButtonGroup(self)
        group.addButton(self.offline)
        group.addButton(self.online)
        self.offline.setChecked(True)
        row = QHBoxLayout()
        row.addWidget(self.offline)
        row.addWidget(self.online)
        row.addStretch()
        form.addRow(self.tr("Where"), row)
        self.location = QLineEdit(self)
        self.location.setPlaceholderText(self.tr("Address, room"))
        form.addRow(self.tr("Location"), self.location)
        self.link = QLineEdit(self)
        self.link.setPlaceholderText(self.tr("Meeting or live-stream link"))
        form.addRow(self.tr("Link"), self.link)

        self.all_day = QCheckBox(self.tr("All day"), self)
        form.addRow("", self.all_day)
        self.starts = QDateTimeEdit(self)
        self.ends = QDateTimeEdit(self)
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        form.addRow(self.tr("Starts"), self.starts)
        form.addRow(self.tr("Ends"), self.ends)
        #: Seconds from start to end: moving the start moves the end with it, editing the
        # end changes it (all-day events too: whole days).
        self._length = 3600
        self.starts.dateTimeChanged.connect(self._on_starts_changed)
        self.ends.dateTimeChanged.connect(self._on_ends_changed)
        self.all_day.toggled.connect(self._on_all_day_toggled)

        self.repeat = QComboBox(self)
        self.repeat.setObjectName("eventRepeat")
        self.repeat.addItem(self.tr("Does not repeat"), NO_REPEAT)
        self.repeat.addItem(self.tr("Daily"), DAILY)
        self.repeat.addItem(self.tr("Weekly"), WEEKLY)
        self.repeat.addItem(self.tr("Monthly"), MONTHLY)
        self.interval = QSpinBox(self)
        self.interval.setRange(1, 52)
        self.interval.setPrefix(self.tr("every "))
        row = QHBoxLayout()
        row.addWidget(self.repeat)
        row.addWidget(self.interval)
        form.addRow(self.tr("Repeats"), row)
        self.weekday_boxes = []
        days_row = QHBoxLayout()
        for name in weekday_names():
            box = QCheckBox(name, self)
            self.weekday_boxes.append(box)
            days_row.addWidget(box)
        self.weekdays = QWidget(self)
        self.weekdays.setLayout(days_row)
        form.addRow(self.tr("On"), self.weekdays)
        self.end_never = QRadioButton(self.tr("Never ends"), self)
        self.end_until = QRadioButton(self.tr("Until"), self)
        self.end_count = QRadioButton(self.tr("Times"), self)
        ends = QButtonGroup(self)
        for button in (self.end_never, self.end_until, self.end_count):
            ends.addButton(button)
        self.end_never.setChecked(True)
        self.until = QDateEdit(self)
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.count = QSpinBox(self)
        self.count.setRange(1, 500)
        self.count.setValue(10)
        row = QHBoxLayout()
        for w in (self.end_never, self.end_until, self.until, self.end_count, self.count):
            row.addWidget(w)
        self.repeat_end = QWidget(self)
        self.repeat_end.setLayout(row)
        form.addRow(self.tr("Series ends"), self.repeat_end)
        #: The rule in words ("每周三，共 8 次"), or what is kept of another app's rule.
        self.rule_summary = QLabel(self)
        self.rule_summary.setObjectName("eventRuleSummary")
        self.rule_summary.setWordWrap(True)
        form.addRow("", self.rule_summary)
        #: A rule the editor cannot make (from another calendar app), kept until replaced.
        self._foreign_rule: str | None = None
        self.repeat.currentIndexChanged.connect(self._on_repeat_changed)
        self.interval.valueChanged.connect(self._on_interval_changed)
        for widget in (*self.weekday_boxes, self.end_never, self.end_until, self.end_count):
            widget.toggled.connect(self._update_rule_summary)
        self.until.dateChanged.connect(self._update_rule_summary)
        self.count.valueChanged.connect(self._update_rule_summary)

        plan_form = QFormLayout(plan)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(0, 100_000)
        self.capacity.setSpecialValueText(self.tr("No limit"))
        plan_form.addRow(self.tr("Capacity"), self.capacity)
        self.budget = QDoubleSpinBox(self)
        self.budget.setRange(0, 100_000_000)
        self.budget.setDecimals(2)
        self.budget.setPrefix("¥ ")
        self.budget.setGroupSeparatorShown(True)
        plan_form.addRow(self.tr("Budget"), self.budget)
        self.owner = QLineEdit(self)
        plan_form.addRow(self.tr("Owner"), self.owner)
        self.expected_attendance = QSpinBox(self)
        self.expected_attendance.setRange(0, 1_000_000)
        self.expected_attendance.setSpecialValueText(self.tr("Not set"))
        plan_form.addRow(self.tr("Expected attendance"), self.expected_attendance)
        self.expected_new = QSpinBox(self)
        self.expected_new.setRange(0, 1_000_000)
        self.expected_new.setSpecialValueText(self.tr("Not set"))
        plan_form.addRow(self.tr("Expected new members"), self.expected_new)
        self.description = QPlainTextEdit(self)
        self.description.setPlaceholderText(self.tr("Agenda, speakers, what to bring…"))
        plan_form.addRow(self.tr("Description"), self.description)

        self.clash = QLabel(self)
        self.clash.setObjectName("eventClash")
        self.clash.setWordWrap(True)
        self.clash.setStyleSheet(tones.text_style("error"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(tones.text_style("error"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.community.currentIndexChanged.connect(self._update_clash)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.clash)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    # -- filling and reading --------------------------------------------------------------

    def load(self, f: EventFields, keep_dates: bool = False) -> None:
        self.title.setText(f.title)
        self.community.setCurrentIndex(max(self.community.findData(f.community_id), 0))
        self.kind.setCurrentIndex(max(self.kind.findData(f.kind), 0))
        self.status.setCurrentIndex(max(self.status.findData(f.status), 0))
        (self.online if f.online else self.offline).setChecked(True)
        self.location.setText(f.location or "")
        self.link.setText(f.link or "")
        self.capacity.setValue(f.capacity or 0)
        self.budget.setValue((f.budget or 0) / 100)
        self.owner.setText(f.owner or "")
        self.expected_attendance.setValue(f.expected_attendance or 0)
        self.expected_new.setValue(f.expected_new_members or 0)
        self.description.setPlainText(f.description or "")
        if keep_dates:
            return
        self.all_day.setChecked(f.all_day)
        start = datetime.fromisoformat(f.starts_at)
        self.starts.setDateTime(to_qdatetime(start))
        end = datetime.fromisoformat(f.ends_at) if f.ends_at else start + timedelta(hours=1)
        if f.all_day:
            end -= timedelta(days=1)  # stored exclusive; shown as the last day
        self.ends.setDateTime(to_qdatetime(end))
        rule = parse_rule(f.rrule, start)
        self._foreign_rule = f.rrule if f.rrule and rule is None else None
        self.repeat.setCurrentIndex(max(self.repeat.findData(rule.freq if rule else NO_REPEAT), 0))
        # A series that ends after a count still offers a sensible day to end on instead.
        self.until.setDate(QDate(start.year, start.month, start.day).addMonths(3))
        if rule:
            self.interval.setValue(rule.interval)
            for n, box in enumerate(self.weekday_boxes):
                box.setChecked(n in rule.weekdays)
            if rule.count:
                self.end_count.setChecked(True)
                self.count.setValue(rule.count)
            elif rule.until:
                self.end_until.setChecked(True)
                self.until.setDate(QDate(rule.until.year, rule.until.month, rule.until.day))
        self._on_repeat_changed()
        self._on_all_day_toggled(f.all_day)

    def rule(self) -> str | None:
        freq = self.repeat.currentData()
        if not freq:
            return self._foreign_rule
        start = from_qdatetime(self.starts.dateTime(), self.tz)
        weekdays = tuple(n for n, box in enumerate(self.weekday_boxes) if box.isChecked())
        until = None
        if self.end_until.isChecked():
            d = self.until.date()
            until = date(d.year(), d.month(), d.day())
        return Rule(freq, self.interval.value(), weekdays if freq == WEEKLY else (), until,
                    self.count.value() if self.end_count.isChecked() else None).to_rrule(start)

    def fields(self) -> EventFields:
        all_day = self.all_day.isChecked()
        start = from_qdatetime(self.starts.dateTime(), self.tz)
        end = from_qdatetime(self.ends.dateTime(), self.tz)
        if all_day:
            start = from_qdatetime(QDateTime(self.starts.date(), QTime(0, 0)), self.tz)
            end = from_qdatetime(QDateTime(self.ends.date().addDays(1), QTime(0, 0)), self.tz)
        online = self.online.isChecked()
        return EventFields(
            title=self.title.text().strip(), starts_at=start.isoformat(),
            ends_at=end.isoformat(), community_id=self.community.currentData(),
            kind=self.kind.currentData(), online=online,
            location=self.location.text().strip() or None,
            link=self.link.text().strip() or None, all_day=all_day, rrule=self.rule(),
            tzid=self.editing.tzid if self.editing else None,
            capacity=self.capacity.value() or None,
            budget=round(self.budget.value() * 100) or None,
            owner=self.owner.text().strip() or None, status=self.status.currentData(),
            description=self.description.toPlainText().strip() or None,
            expected_attendance=self.expected_attendance.value() or None,
            expected_new_members=self.expected_new.value() or None)

    def problems(self) -> list[str]:
        """Why the event cannot be saved as it stands, in the user's language."""
        try:
            f = self.fields()
        except ValueError as error:  # the repeat rule (models.events.recurrence)
            return [describe(error)]
        found = []
        for problem in validate(f):
            found.append({
                Code.EVENT_TITLE_NEEDED: self.tr("Give the event a title."),
                Code.END_BEFORE_START: self.tr("The end is before the start."),
            }.get(problem.code) or message_text(problem))
        return found

    def accept(self) -> None:
        problems = self.problems()
        self.problem.setText("\n".join(problems))
        self.validated.emit(problems)
        if not problems:
            super().accept()

    # -- slots --------------------------------------------------------------------------

    def _on_template_activated(self, index: int) -> None:
        event_id = self.template.itemData(index)
        if event_id is None:
            return
        from models.events.schedule import get_event

        source = get_event(self.conn, event_id)
        if source is None:
            return
        # The plan is reused; the date stays where the person double-clicked, at the
        # earlier event's time of day and length.
        f = source.fields()
        day = self.starts.date()
        start = from_qdatetime(QDateTime(day, QTime(source.start.hour, source.start.minute)),
                               self.tz)
        self.load(replace(f, status=EventStatus.DRAFT.value), keep_dates=True)
        self.starts.setDateTime(to_qdatetime(start))
        self.ends.setDateTime(to_qdatetime(start + (source.end - source.start)))

    def _on_starts_changed(self, value: QDateTime) -> None:
        self.ends.setDateTime(value.addSecs(self._length))  # calls _on_ends_changed
        self._update_clash()
        self._update_rule_summary()

    def _on_ends_changed(self, value: QDateTime) -> None:
        length = self.starts.dateTime().secsTo(value)
        if length >= 0:  # an end before the start is refused on saving; keep the last length
            self._length = length
        self._update_clash()

    def _on_all_day_toggled(self, on: bool) -> None:
        fmt = "yyyy-MM-dd" if on else "yyyy-MM-dd HH:mm"
        self.starts.setDisplayFormat(fmt)
        self.ends.setDisplayFormat(fmt)
        self._update_clash()

    def _on_repeat_changed(self) -> None:
        freq = self.repeat.currentData()
        self.interval.setEnabled(bool(freq))
        self.form.setRowVisible(self.weekdays, freq == WEEKLY)
        self.repeat_end.setEnabled(bool(freq))
        if freq:
            self._foreign_rule = None  # another choice replaces it
        if freq == WEEKLY and not any(b.isChecked() for b in self.weekday_boxes):
            self.weekday_boxes[self.starts.date().dayOfWeek() - 1].setChecked(True)
        self._on_interval_changed()

    def _on_interval_changed(self) -> None:
        """The interval's unit follows the frequency and the number: 每 2 周, every 2 weeks."""
        n = self.interval.value()
        self.interval.setSuffix({
            DAILY: self.tr(" day") if n == 1 else self.tr(" days"),
            WEEKLY: self.tr(" week") if n == 1 else self.tr(" weeks"),
            MONTHLY: self.tr(" month") if n == 1 else self.tr(" months"),
        }.get(self.repeat.currentData(), ""))
        self._update_rule_summary()

    def _update_rule_summary(self) -> None:
        if not hasattr(self, "rule_summary"):
            return
        start = from_qdatetime(self.starts.dateTime(), self.tz)
        if self._foreign_rule:
            self.rule_summary.setText(self.tr(
                "Repeats {rule}, by a rule from another calendar app; it is kept unless you "
                "choose another.").format(rule=rule_text(self._foreign_rule, start)))
            return
        try:
            rule = self.rule()
        except ValueError:  # an end before the start: said on saving
            rule = None
        self.rule_summary.setText(self.tr("Repeats {rule}").format(rule=rule_text(
            rule, start, len(self.editing.exdate_list) if self.editing else 0))
                                  if rule else "")

    def _update_clash(self) -> None:
        if not hasattr(self, "clash"):
            return
        try:
            f = self.fields()
        except ValueError:
            return
        if validate(replace(f, title=f.title or "-")):  # a title is not needed to see clashes
            self.clash.setText("")
            return
        ids = set(self.ignore_ids) | ({self.editing.id} if self.editing else set())
        found = clashes_with(self.conn, replace(f, rrule=None), ids)
        if found:
            names = "、".join(f"{o.event.title} ({o.start:%H:%M})" for o in found[:3])
            self.clash.setText(self.tr("Overlaps with {events} in the same community.").format(
                events=names))
        else:
            self.clash.setText("")
