"""Rules and moderation: numbered group rules, the escalation policy, the violation log
across the roster, recording a violation with the suggested next action, and who is muted
(until when) and banned.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from models.core import clock
from models.core.vocab import ViolationAction
from models.members import roster
from models.plan import document, moderation
from views import labels as common_labels
from views import tones
from views.plan.context import PlanContext, fill, hint_label, read_only_table
from views.plan.pages import RowsPage
from views.plan.row_table import Col
from views.tab_writer import REFUSED, refusal_text
from views.violations import describe_suggestion, record_violation

translate = QCoreApplication.translate


def today() -> date:
    """Today, as moderation sees it (tests pin it)."""
    return clock.today()


def _actions() -> list[tuple[str, str]]:
    return [(a.value, common_labels.violation_action(a.value)) for a in ViolationAction]


class RulesPage(RowsPage):
    table_name = "plan_rules"
    watches = ("plan_rules",)

    def __init__(self, ctx: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, [
            Col("position", translate("PlanModeration", "No."), "readonly", width=40,
                show=lambda v, row: str(row["_n"])),
            Col("text", translate("PlanModeration", "Rule")),
        ], translate("PlanModeration", "Group rules (群规), numbered as posted in the group."),
            parent)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def load_rows(self) -> list[dict[str, Any]]:
        found = document.rows(self.ctx.conn, self.table_name, self.ctx.plan_id)
        for n, row in enumerate(found, 1):
            row["_n"] = n
        return found

    def new_row(self) -> dict[str, Any]:
        return {"text": translate("PlanModeration", "New rule")}

    def describe(self) -> str:
        return translate("PlanModeration", "Edit group rule")


class PolicyPage(RowsPage):
    table_name = "escalation_steps"
    owner = "community"
    watches = ("escalation_steps",)

    def __init__(self, ctx: PlanContext, parent: QWidget | None = None) -> None:
        any_action = [("", translate("PlanModeration", "any action")), *_actions()]
        super().__init__(ctx, [
            Col("threshold", translate("PlanModeration", "After"), "int", width=50),
            Col("counted", translate("PlanModeration", "× handled with"), "choice", any_action,
                width=110),
            Col("window_days", translate("PlanModeration", "within days"), "int", width=80),
            Col("action", translate("PlanModeration", "suggest"), "choice", _actions(), width=90),
            Col("mute_days", translate("PlanModeration", "mute days"), "int"),
        ], translate("PlanModeration",
                     "Escalation policy: when a member already has so many violations here "
                     "within so many days, the next one is suggested this action."), parent)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.own = QPushButton(translate("PlanModeration", "Customise for this community"), self)
        self.own.setObjectName("customisePolicy")
        self.own.clicked.connect(self._on_own_clicked)
        self.buttons.insertWidget(0, self.own)

    def reload(self) -> None:
        cid = self.ctx.community_id
        own = cid is not None and moderation.has_own_policy(self.ctx.conn, cid)
        self.own.setVisible(cid is not None and not own)
        self.add_button.setVisible(own)
        self.delete_button.setVisible(own)
        self.table.setEnabled(own)
        if cid is None:
            self.table.set_rows([])
            return
        steps = moderation.policy(self.ctx.conn, cid)
        self.table.set_rows([{"id": s.id or -i, "threshold": s.threshold, "counted": s.counted,
                              "window_days": s.window_days, "action": s.action,
                              "mute_days": s.mute_days} for i, s in enumerate(steps, 1)])

    def _on_own_clicked(self) -> None:
        community_id = self.ctx.community_id
        if community_id is not None:
            self.perform(translate("PlanModeration", "Customise escalation policy"),
                         lambda conn: moderation.copy_default_policy(conn, community_id))

    def new_row(self) -> dict[str, Any]:
        return {"threshold": 1, "window_days": 30, "action": ViolationAction.WARNING.value}

    def describe(self) -> str:
        return translate("PlanModeration", "Edit escalation policy")


class RecordViolationDialog(QDialog):
    """Find the member, name the rule; the policy's suggestion is preselected."""

    def __init__(self, ctx: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordViolationDialog")
        self.ctx = ctx
        self.setWindowTitle(translate("PlanModeration", "Record a violation"))
        self.search = QLineEdit(self)
        self.search.setObjectName("violationMemberSearch")
        self.search.setPlaceholderText(translate("PlanModeration",
                                                 "Name, nickname, phone or pinyin…"))
        self.hits = QListWidget(self)
        self.hits.setObjectName("violationMemberHits")
        self.hits.setMaximumHeight(120)
        self.rule = QComboBox(self)
        self.rule.setEditable(True)
        for row in document.rows(ctx.conn, "plan_rules", ctx.plan_id) if ctx.plan_id else []:
            self.rule.addItem(row["text"])
        self.rule.setCurrentText("")
        self.suggestion = QLabel(self)
        self.suggestion.setObjectName("violationSuggestion")
        self.suggestion.setWordWrap(True)
        self.action = QComboBox(self)
        for value, label in _actions():
            self.action.addItem(label, value)
        self.until = QDateEdit(QDate.currentDate().addDays(7), self)
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.handled_by = QLineEdit(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        form = QFormLayout(self)
        form.addRow(translate("PlanModeration", "Member"), self.search)
        form.addRow("", self.hits)
        form.addRow(translate("PlanModeration", "Rule broken"), self.rule)
        form.addRow("", self.suggestion)
        form.addRow(translate("PlanModeration", "Action"), self.action)
        form.addRow(translate("PlanModeration", "Muted until"), self.until)
        form.addRow(translate("PlanModeration", "Handled by"), self.handled_by)
        form.addRow(buttons)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.hits.currentItemChanged.connect(self._on_hit_changed)
        self.action.currentIndexChanged.connect(self._on_action_changed)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._on_action_changed()
        self.resize(460, 420)

    def member_id(self) -> int | None:
        item = self.hits.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _on_search_text_changed(self, text: str) -> None:
        self.hits.clear()
        for hit in roster.find_members(self.ctx.conn, text, 20, self.ctx.community_id):
            detail = " · ".join(x for x in (hit.nickname, hit.phone, hit.city) if x)
            item = QListWidgetItem(f"{hit.display_name}  {detail}".strip(), self.hits)
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
        if self.hits.count():
            self.hits.setCurrentRow(0)
        else:
            self._on_hit_changed()

    def _on_hit_changed(self, *_args) -> None:
        member_id = self.member_id()
        self.ok.setEnabled(member_id is not None)
        if member_id is None or self.ctx.community_id is None:
            self.suggestion.clear()
            return
        s = moderation.suggest(self.ctx.conn, member_id, self.ctx.community_id, today())
        self.suggestion.setText(describe_suggestion(s))
        self.action.setCurrentIndex(max(self.action.findData(s.action), 0))
        if s.until:
            self.until.setDate(QDate.fromString(s.until, "yyyy-MM-dd"))

    def _on_action_changed(self, *_args) -> None:
        self.until.setEnabled(self.action.currentData() == ViolationAction.MUTE)

    def values(self) -> tuple[int, str, str, str | None, str]:
        action = self.action.currentData()
        until = self.until.date().toString("yyyy-MM-dd") if action == ViolationAction.MUTE \
            else None
        return (self.member_id(), self.rule.currentText().strip(), action, until,
                self.handled_by.text().strip())


class ModerationPage(QWidget):
    watches = ("plan_rules", "escalation_steps", "violations", "memberships", "members")

    def __init__(self, ctx: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planModeration")
        self.ctx = ctx
        self.rules = RulesPage(ctx, self)
        self.policy = PolicyPage(ctx, self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.rules, 3)
        left_layout.addWidget(self.policy, 2)

        right = QWidget(self)
        self.log_label = QLabel(right)
        self.record_button = QPushButton(translate("PlanModeration", "Record violation…"), right)
        self.record_button.setObjectName("recordViolationButton")
        self.log = read_only_table([
            translate("PlanModeration", "When"), translate("PlanModeration", "Member"),
            translate("PlanModeration", "Community"), translate("PlanModeration", "Rule"),
            translate("PlanModeration", "Action"), translate("PlanModeration", "Until"),
            translate("PlanModeration", "Handled by")], right)
        self.log.setObjectName("violationLog")
        self.muted = read_only_table([
            translate("PlanModeration", "Member"), translate("PlanModeration", "Community"),
            translate("PlanModeration", "Muted until"), translate("PlanModeration", "Rule")], right)
        self.muted.setObjectName("mutedList")
        self.banned = read_only_table([
            translate("PlanModeration", "Member"), translate("PlanModeration", "Community"),
            translate("PlanModeration", "Banned on"), translate("PlanModeration", "Rule")], right)
        self.banned.setObjectName("bannedList")
        self.lift_mute = QPushButton(translate("PlanModeration", "Lift mute"), right)
        self.lift_ban = QPushButton(translate("PlanModeration", "Lift ban"), right)
        top = QHBoxLayout()
        top.addWidget(self.log_label, 1)
        top.addWidget(self.record_button)
        lists = QHBoxLayout()
        self.boxes: list[QGroupBox] = []
        for table, button in ((self.muted, self.lift_mute), (self.banned, self.lift_ban)):
            box = QGroupBox(right)
            self.boxes.append(box)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(table)
            box_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
            lists.addWidget(box)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(top)
        right_layout.addWidget(self.log, 3)
        right_layout.addLayout(lists, 2)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([380, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(translate("PlanModeration",
            "Rules and moderation: post the numbered rules in the group, record every "
            "violation here or in a member's profile, and follow the suggested next step."),
            self))
        layout.addWidget(splitter, 1)
        self.record_button.clicked.connect(self._on_record_clicked)
        self.lift_mute.clicked.connect(lambda: self._lift(self.muted))
        self.lift_ban.clicked.connect(lambda: self._lift(self.banned))

    def reload(self) -> None:
        self.rules.reload()
        self.policy.reload()
        self.rules.setEnabled(self.ctx.community_id is not None)
        self.record_button.setEnabled(self.ctx.community_id is not None)
        conn, cid = self.ctx.conn, self.ctx.community_id
        total, log = moderation.violation_log(conn, cid)
        self.log_label.setText(translate(
            "PlanModeration", "{total} violation(s) recorded; the latest {shown} shown").format(
                total=total, shown=len(log)))
        fill(self.log, [[r.occurred_at[:16].replace("T", " "), r.member, r.community or "",
                         r.rule, common_labels.violation_action(r.action), (r.until or "")[:10],
                         r.handled_by or ""] for r in log])
        day = today()
        muted = moderation.restricted(conn, cid, "muted")
        fill(self.muted, [[r.member, r.community, (r.until or "")[:10] + (
            " " + translate("PlanModeration", "(ended: lift it)")
            if moderation.mute_expired(r, day) else ""), r.rule or ""] for r in muted],
            [(r.member_id, r.community_id) for r in muted])
        for row, r in enumerate(muted):
            if moderation.mute_expired(r, day):
                self.muted.item(row, 2).setForeground(tones.tone("error"))
        self.boxes[0].setTitle(translate("PlanModeration", "Muted ({count})").format(
            count=len(muted)))
        banned = moderation.restricted(conn, cid, "banned")
        self.boxes[1].setTitle(translate("PlanModeration", "Banned ({count})").format(
            count=len(banned)))
        fill(self.banned, [[r.member, r.community, (r.since or "")[:10], r.rule or ""]
                           for r in banned], [(r.member_id, r.community_id) for r in banned])

    def open_record_dialog(self) -> RecordViolationDialog:
        return RecordViolationDialog(self.ctx, self)

    def record(self, dialog: RecordViolationDialog) -> bool:
        member_id, rule, action, until, handled_by = dialog.values()
        if member_id is None or self.ctx.community_id is None:
            return False
        name = dialog.hits.currentItem().text().split("  ")[0]
        return self._perform(translate("PlanModeration", "{action} for {name}").format(
            action=common_labels.violation_action(action), name=name),
            record_violation(member_id, self.ctx.community_id, rule, action, until,
                             handled_by))

    def _on_record_clicked(self) -> None:
        dialog = self.open_record_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.record(dialog)
        dialog.deleteLater()

    def _lift(self, table: QTableWidget) -> None:
        item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
        if item is None:
            return
        member_id, community_id = item.data(Qt.ItemDataRole.UserRole)
        self._perform(translate("PlanModeration", "Lift restriction on {name}").format(
            name=item.text()), lambda conn: moderation.set_membership_status(
                conn, member_id, community_id, "active"))

    def _perform(self, text: str, work) -> bool:
        """``work`` as one undo step; False when refused (said in a message box)."""
        try:
            self.ctx.writer.do(text, work)
        except REFUSED as error:
            QMessageBox.warning(self, translate("PlanModeration", "Not saved"),
                                refusal_text(error))
            self.reload()
            return False
        return True
