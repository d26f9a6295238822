"""Outcomes (复盘) of one event, and the per-month summary. Saving is an undoable step."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.events.occurrences import OccurrenceRef
from models.events.outcomes import Outcome, month_summaries, outcome, save_outcome
from views import tones
from views.calendar.labels import yuan
from views.operation_runner import Performer


def _money(parent: QWidget) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(0, 100_000_000)
    box.setDecimals(2)
    box.setPrefix("¥ ")
    box.setGroupSeparatorShown(True)
    return box


class OutcomeDialog(QDialog):
    def __init__(self, conn: sqlite3.Connection, target: OccurrenceRef | int,
                 perform: Performer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomeDialog")
        if isinstance(target, int):
            target = OccurrenceRef(target, "", target)
        self.conn, self.target, self.perform = conn, target, perform
        event = target.event(conn)
        self.title = event.title
        event_id = target.row(conn)
        found = outcome(conn, event_id) if event_id is not None else Outcome(
            0, 0, 0, event.expected_attendance, None, event.expected_new_members, None, None,
            None, event.budget, None)
        self.setWindowTitle(self.tr("Outcome — {title}").format(title=event.title))
        form = QFormLayout()
        rate = f" ({found.show_rate:.0%})" if found.show_rate is not None else ""
        expected = (self.tr(", expected {count}").format(count=found.expected_attendance)
                    if found.expected_attendance else "")
        self.attendance = QLabel(self.tr("{attended} checked in of {registered} registered{rate}"
                                         "{expected}").format(
            attended=found.attendance, registered=found.registered, rate=rate,
            expected=expected), self)
        self.attendance.setObjectName("outcomeAttendance")
        form.addRow(self.tr("Attendance"), self.attendance)
        self.new_members = QSpinBox(self)
        self.new_members.setRange(0, 1_000_000)
        self.new_members.setValue(found.new_members or 0)
        hint = (self.tr("expected {count}").format(count=found.expected_new_members)
                if found.expected_new_members else "")
        self.new_members.setSuffix(f"   {hint}" if hint else "")
        form.addRow(self.tr("New members"), self.new_members)
        self.conversions = QSpinBox(self)
        self.conversions.setRange(0, 1_000_000)
        self.conversions.setValue(found.conversions or 0)
        form.addRow(self.tr("Conversions (purchases, sign-ups)"), self.conversions)
        self.revenue = _money(self)
        self.revenue.setValue((found.revenue or 0) / 100)
        form.addRow(self.tr("Revenue"), self.revenue)
        self.cost = _money(self)
        self.cost.setValue((found.actual_cost or 0) / 100)
        form.addRow(self.tr("Actual cost"), self.cost)
        self.budget = QLabel(self)
        form.addRow(self.tr("Against budget"), self.budget)
        self.cost.valueChanged.connect(self._on_cost_changed)
        self.notes = QPlainTextEdit(found.notes or "", self)
        self.notes.setPlaceholderText(self.tr("What worked, what to change next time"))
        form.addRow(self.tr("Notes"), self.notes)
        self._budget = found.budget
        self._on_cost_changed()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _on_cost_changed(self) -> None:
        if not self._budget:
            self.budget.setText(self.tr("No budget set"))
            return
        diff = round(self.cost.value() * 100) - self._budget
        text = (self.tr("¥{over} over the budget of ¥{budget}") if diff > 0
                else self.tr("¥{over} under the budget of ¥{budget}"))
        self.budget.setText(text.format(over=yuan(abs(diff)), budget=yuan(self._budget)))
        self.budget.setStyleSheet(tones.text_style("error" if diff > 0 else "ok"))

    def accept(self) -> None:
        values = dict(new_members=self.new_members.value(),
                      conversions=self.conversions.value(),
                      revenue=round(self.revenue.value() * 100),
                      actual_cost=round(self.cost.value() * 100),
                      notes=self.notes.toPlainText().strip() or None)
        target = self.target
        self.perform.record(self.tr("Outcome of “{title}”").format(title=self.title),
                            lambda conn: save_outcome(conn, target.own_row(conn), **values))
        super().accept()


class MonthSummaryDialog(QDialog):
    def __init__(self, conn: sqlite3.Connection, community_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthSummaryDialog")
        self.setWindowTitle(self.tr("Outcomes by month"))
        self.resize(820, 480)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([
            self.tr("Month"), self.tr("Events"), self.tr("Attendance"), self.tr("New members"),
            self.tr("Conversions"), self.tr("Revenue ¥"), self.tr("Cost ¥"), self.tr("Budget ¥"),
            self.tr("Cost per attendee ¥")])
        for line in month_summaries(conn, community_id):
            per = line.cost_per_attendee
            QTreeWidgetItem(self.table, [
                line.month, str(line.events), str(line.attendance), str(line.new_members),
                str(line.conversions), yuan(line.revenue), yuan(line.actual_cost),
                yuan(line.budget), yuan(per) if per is not None else "—"])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
