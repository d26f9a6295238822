"""A member's profile: details to edit, and everything around them, tab by tab.

Opened by double-click or Enter in the roster. Saving is one operation (details and tags,
one undo step); points and violations recorded here are operations of their own (run by a
``views.tab_writer.TabWriter``). "Erase personal data" is the PIPL deletion: confirmed, then
not undoable.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.activity import honours
from models.core import clock
from models.core.validation import Invalid
from models.core.vocab import ViolationAction
from models.members import custom_fields, profile, records
from models.members.communities import list_communities
from models.store.workspace import Workspace
from views import labels, screen_fit, tones
from views.operation_runner import Notify
from views.plan import labels as plan_labels
from views.roster import profile_hints as hints
from views.roster.field_editors import CustomFieldsForm
from views.roster.member_form import MemberForm
from views.roster.memberships_tab import MembershipsTab
from views.roster.profile_flags import flag_tab
from views.roster.profile_table import table as _table
from views.roster.timeline_tab import TimelineTab
from views.tab_writer import REFUSED, TabWriter, refusal_text
from views.table_hint import set_empty_hint
from views.violations import describe_suggestion, record_violation


def _weakly(method):
    """``method`` called through a weak reference, for a tab to keep: a tab holding the
    dialog's bound method would tie the dialog's Python object in a cycle, so a dialog
    deleted on close lived on (half dead) until the next garbage collection."""
    found = weakref.WeakMethod(method)

    def call(*args, **kwargs):
        target = found()
        return target(*args, **kwargs) if target is not None else False

    return call


class ProfileDialog(QDialog):
    """Emits ``open_member_requested(id)`` to show another member (a referrer, an invitee,
    a duplicate) and ``erased(id)`` after an erasure."""

    open_member_requested = Signal(int)
    erased = Signal(int)

    def __init__(self, workspace: Workspace, undo_stack: QUndoStack, notify: Notify,
                 member_id: int, parent: QWidget | None = None, *,
                 source: str = "roster") -> None:
        super().__init__(parent)
        self.setObjectName("memberProfile")
        self.workspace, self.undo_stack, self.notify = workspace, undo_stack, notify
        # Undo may come after this dialog closed: a refused one is said over the window.
        self.writer = TabWriter(workspace, undo_stack, notify, source, parent or self)
        self.member_id = member_id
        member = records.get_member(workspace.conn, member_id)
        if member is None:
            raise LookupError(member_id)
        self.member = member
        self.setWindowTitle(self.tr("Member: {name}").format(name=member.display_name))

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("profileTabs")
        tags = records.member_tag_names(workspace.conn, [member_id])[member_id]
        self.form = MemberForm(workspace, member, tags, self)
        self.form.open_member_requested.connect(self.open_member_requested)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.tabs.addTab(scroll, self.tr("Details"))
        self.fields_form = CustomFieldsForm(custom_fields.fields(workspace.conn),
                                            custom_fields.member_values(workspace.conn, member_id))
        self.tabs.addTab(self.fields_form, self.tr("Custom fields"))
        self.memberships_tab = MembershipsTab(workspace, member_id, member.display_name,
                                              _weakly(self._perform), self)
        self.tabs.addTab(self.memberships_tab, self.tr("Communities"))
        self.tabs.addTab(self._referrals_tab(), self.tr("Referrals"))
        self.points_page = self._points_tab()
        self.tabs.addTab(self.points_page, self.tr("Points"))
        self.activity_page = self._activity_tab()
        self.tabs.addTab(self.activity_page, self.tr("Activity"))
        self.violations_page = self._violations_tab()
        self.tabs.addTab(self.violations_page, self.tr("Violations"))
        self.tabs.addTab(self._needs_tab(), self.tr("Needs"))
        self.timeline_tab = TimelineTab(workspace, member_id, member.display_name,
                                        _weakly(self._perform), self)
        self.tabs.addTab(self.timeline_tab, self.tr("Timeline"))

        self.summary = summary = QLabel(self._summary_text(), self)
        summary.setObjectName("profileSummary")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.erase_button = QPushButton(self.tr("Erase personal data…"), self)
        self.erase_button.setObjectName("erasePersonalData")
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.erase_button.clicked.connect(self._on_erase_clicked)
        self.form.validity_changed.connect(self.save_button.setEnabled)
        self.fields_form.validity_changed.connect(self.save_button.setEnabled)
        tabs, save = self.tabs, self.save_button  # not self: no cycle through the dialog
        for page, form in ((scroll, self.form), (self.fields_form, self.fields_form)):
            form.validity_changed.connect(lambda ok, p=page: flag_tab(tabs, p, save, ok))
        self.save_button.setEnabled(not self.form.errors)

        shortcut = QAction(self)
        shortcut.setShortcut(QKeySequence("Ctrl+L"))
        shortcut.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.triggered.connect(self.log_interaction)
        self.addAction(shortcut)

        # an undo or redo from the window (Ctrl+Z there) moves what the lists show
        undo_stack.indexChanged.connect(self._on_history_moved)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self._honour_badges())
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        screen_fit.fit(self, 820, 640)  # within the screen, in either language

    def _honour_badges(self) -> QWidget:
        """The member's honours as chips, the highest threshold first; each says in its
        tip what earned it and when."""
        strip = QWidget(self)
        strip.setObjectName("profileHonours")
        row = QHBoxLayout(strip)
        row.setContentsMargins(0, 0, 0, 0)
        held = honours.of_member(self.workspace.conn, self.member_id)
        for h in held:
            chip = QLabel("🏅 " + h.name, strip)
            chip.setObjectName("honourBadge")
            chip.setStyleSheet("QLabel { " + tones.tint_style("attention")
                               + " border: 1px solid #e8c66a; border-radius: 9px;"
                               " padding: 1px 8px; }")
            chip.setToolTip(self.tr("{measure} at least {threshold:,} · {where} · since {day}")
                            .format(measure=labels.honour_metric(h.metric),
                                    threshold=h.threshold,
                                    where=h.community or self.tr("all communities"),
                                    day=h.granted_at[:10]))
            row.addWidget(chip)
        row.addStretch(1)
        strip.setVisible(bool(held))
        return strip

    def _summary_text(self) -> str:
        m = self.member
        return self.tr("Points {points:,} · last active {active} · joined {joined}").format(
            points=m.points, active=(m.last_active_at or "—")[:10],
            joined=(m.joined_at or "—")[:10])

    # -- tabs --------------------------------------------------------------------------

    def _referrals_tab(self) -> QWidget:
        from views.roster.referrals_page import ReferralsPage

        page = ReferralsPage(self.workspace, self.member_id, self.member.display_name,
                             _weakly(self._perform), self)
        page.open_member_requested.connect(self.open_member_requested)
        return page

    def _points_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.balance = QLabel(self.tr("Balance: {points:,}").format(points=self.member.points),
                              page)
        self.balance.setObjectName("pointsBalance")
        row = QHBoxLayout()
        self.points_delta = QSpinBox(page)
        self.points_delta.setObjectName("pointsDelta")
        self.points_delta.setRange(-1_000_000, 1_000_000)
        self.points_delta.setValue(10)
        self.points_reason = QLineEdit(page)
        self.points_reason.setObjectName("pointsReason")
        self.points_reason.setPlaceholderText(self.tr("reason, e.g. 活动签到 or 兑换礼品"))
        grant = QPushButton(self.tr("Grant / deduct"), page)
        grant.setObjectName("grantPoints")
        grant.clicked.connect(self._on_grant_clicked)
        row.addWidget(QLabel(self.tr("Points (negative deducts)"), page))
        row.addWidget(self.points_delta)
        row.addWidget(self.points_reason, 1)
        row.addWidget(grant)
        rows = [[e.occurred_at[:16].replace("T", " "), e.delta, e.reason]
                for e in profile.ledger(self.workspace.conn, self.member_id)]
        layout.addWidget(self.balance)
        layout.addLayout(row)
        ledger = _table([self.tr("When"), self.tr("Points"), self.tr("Reason")], rows, page)
        set_empty_hint(ledger, hints.points())
        layout.addWidget(ledger)
        return page

    def _activity_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        total = profile.activity_count(self.workspace.conn, self.member_id)
        shown = profile.activities(self.workspace.conn, self.member_id)
        rows = [[a.occurred_at[:16].replace("T", " "), a.community or "",
                 labels.activity_kind(a.kind), labels.money(a.amount) if a.amount else "",
                 a.event or "", a.note or ""] for a in shown]
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("{total} interaction(s); the latest {shown} shown").format(
            total=f"{total:,}", shown=f"{len(shown):,}"), page), 1)
        log = QPushButton(self.tr("Log interaction…"), page)
        log.setObjectName("profileLogInteraction")
        log.setToolTip(self.tr("Record a message, share, invitation or purchase by hand (Ctrl+L)"))
        log.clicked.connect(self.log_interaction)
        top.addWidget(log)
        layout.addLayout(top)
        self.activity_table = _table([self.tr("When"), self.tr("Community"), self.tr("What"),
                                      self.tr("Amount"), self.tr("Event"), self.tr("Note")],
                                     rows, page)
        self.activity_table.setObjectName("profileActivities")
        set_empty_hint(self.activity_table, hints.activities())
        layout.addWidget(self.activity_table)
        return page

    def log_interaction(self) -> QDialog:
        """The quick-log dialog for this member (its communities offered first); on OK the
        interaction is one undo step and the activity tab shows it."""
        from views.quick_log import QuickLogDialog

        communities = [(m.community_id, m.community)
                       for m in profile.memberships(self.workspace.conn, self.member_id)
                       if not m.left_at]
        dialog = QuickLogDialog(self.workspace.conn, [self.member_id], communities,
                                communities[0][0] if communities else None, self,
                                who=self.member.display_name)
        dialog.accepted.connect(lambda: self._on_log_accepted(dialog))
        dialog.open()
        return dialog

    def _on_log_accepted(self, dialog) -> bool:
        from views.quick_log import log_text

        entry = dialog.entry()
        if not self._perform(log_text(entry, 1, self.member.display_name), entry.work([
                self.member_id])):
            return False
        self.activity_page = self._replace_tab(self.activity_page, self._activity_tab())
        return True

    def _replace_tab(self, old: QWidget, new: QWidget, show: bool = True) -> QWidget:
        """Put ``new`` in ``old``'s place (found by the page, not by a number: a tab added
        before it once made the number name another tab) and, with ``show``, show it."""
        index, current = self.tabs.indexOf(old), self.tabs.currentIndex()
        title = self.tabs.tabText(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, new, title)
        self.tabs.setCurrentIndex(index if show else current)
        old.deleteLater()
        return new

    def _on_history_moved(self, _index: int = 0) -> None:
        """Undo or redo happened (here or in the window): the lists and the summary are read
        again (the details forms keep what is typed). A member the undo took away closes the
        profile."""
        member = records.get_member(self.workspace.conn, self.member_id)
        if member is None:
            self.reject()
            return
        self.member = member
        self.summary.setText(self._summary_text())
        self.points_page = self._replace_tab(self.points_page, self._points_tab(), False)
        self.activity_page = self._replace_tab(self.activity_page, self._activity_tab(), False)
        self.violations_page = self._replace_tab(self.violations_page, self._violations_tab(),
                                                 False)
        self.memberships_tab.reload()
        self.timeline_tab.reload()

    def _violations_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        rows = [[v.occurred_at[:10], v.community or "", v.rule, labels.violation_action(v.action),
                 (v.until or "")[:10], v.handled_by or ""]
                for v in profile.violations(self.workspace.conn, self.member_id)]
        table = _table([self.tr("When"), self.tr("Community"), self.tr("Rule"),
                         self.tr("Action"), self.tr("Until"), self.tr("Handled by")], rows, page)
        set_empty_hint(table, hints.violations())
        layout.addWidget(table)
        form = QFormLayout()
        self.violation_community = QComboBox(page)
        for m in profile.memberships(self.workspace.conn, self.member_id):
            self.violation_community.addItem(m.community, m.community_id)
        if not self.violation_community.count():
            for c in list_communities(self.workspace.conn):
                self.violation_community.addItem(c.name, c.id)
        self.violation_rule = QLineEdit(page)
        self.violation_rule.setPlaceholderText(self.tr("which rule, e.g. 发广告"))
        self.violation_action = QComboBox(page)
        for action in ViolationAction:
            self.violation_action.addItem(labels.violation_action(action), action.value)
        self.violation_until = QDateEdit(QDate.currentDate().addDays(7), page)
        self.violation_until.setCalendarPopup(True)
        self.violation_until.setDisplayFormat("yyyy-MM-dd")
        self.violation_handler = QLineEdit(page)
        record = QPushButton(self.tr("Record"), page)
        record.setObjectName("recordViolation")
        record.clicked.connect(self._on_record_violation_clicked)
        self.violation_action.currentIndexChanged.connect(
            lambda _i: self.violation_until.setEnabled(
                self.violation_action.currentData() == ViolationAction.MUTE))
        self.violation_until.setEnabled(False)
        self.violation_suggestion = QLabel(page)
        self.violation_suggestion.setObjectName("violationSuggestion")
        self.violation_suggestion.setWordWrap(True)
        self.violation_community.currentIndexChanged.connect(self._suggest_violation_action)
        self._suggest_violation_action()
        form.addRow(self.tr("Community"), self.violation_community)
        form.addRow(self.tr("Rule"), self.violation_rule)
        form.addRow("", self.violation_suggestion)
        form.addRow(self.tr("Action"), self.violation_action)
        form.addRow(self.tr("Muted until"), self.violation_until)
        form.addRow(self.tr("Handled by"), self.violation_handler)
        form.addRow(record)
        layout.addLayout(form)
        return page

    def _suggest_violation_action(self, *_args) -> None:
        """Preselect what the community's escalation policy suggests for this member."""

        from models.plan import moderation

        community_id = self.violation_community.currentData()
        if community_id is None:
            self.violation_suggestion.clear()
            return
        s = moderation.suggest(self.workspace.conn, self.member_id, community_id, clock.today())
        self.violation_suggestion.setText(describe_suggestion(s))
        self.violation_action.setCurrentIndex(max(self.violation_action.findData(s.action), 0))
        if s.until:
            self.violation_until.setDate(QDate.fromString(s.until, "yyyy-MM-dd"))

    def _needs_tab(self) -> QWidget:
        # kind and status are stored codes ("done"); shown in the window's language
        rows = [[n.created_at[:10], n.text, plan_labels.need_kind(n.kind), n.urgency,
                 n.importance, plan_labels.need_status(n.status)]
                for n in profile.needs(self.workspace.conn, self.member_id)]
        table = _table([self.tr("When"), self.tr("Need"), self.tr("Kind"), self.tr("Urgency"),
                        self.tr("Importance"), self.tr("Status")], rows, self)
        table.setObjectName("profileNeeds")
        set_empty_hint(table, hints.needs())
        return table

    # -- actions -----------------------------------------------------------------------

    def save(self) -> bool:
        """Write the edited details as one undoable step; False (and stay open) if invalid."""
        if not self.form.validate() or not self.fields_form.validate():
            return False
        try:
            changed = self.form.changed_values()
            fields_changed = self.fields_form.changed()
        except (records.FieldErrors, Invalid):
            return False
        tags = self.form.tag_names()
        old_tags = records.member_tag_names(self.workspace.conn, [self.member_id])[self.member_id]
        member_id = self.member_id

        def save(conn):
            change = records.update_members(conn, {member_id: changed}) if changed else None
            if tags != old_tags:
                tagged = records.set_tags(conn, {member_id: tags})
                change = tagged if change is None else change | tagged
            if fields_changed:
                valued = custom_fields.set_values(conn, member_id, fields_changed)
                change = valued if change is None else change | valued
            return change

        if changed or tags != old_tags or fields_changed:
            if not self._perform(self.tr("Edit {name}").format(name=self.member.display_name),
                                 save):
                return False
        self.accept()
        return True

    def _perform(self, text: str, work) -> bool:
        """``work`` as one undo step; False (and said) when refused."""
        try:
            self.writer.do(text, work)
        except REFUSED as error:
            QMessageBox.warning(self, self.tr("Not saved"), refusal_text(error))
            return False
        return True

    def _on_grant_clicked(self) -> None:
        delta = self.points_delta.value()
        reason = self.points_reason.text().strip()
        if delta == 0 or not reason:
            QMessageBox.information(self, self.windowTitle(),
                                    self.tr("Give the points a value other than 0 and a reason."))
            return
        member_id = self.member_id
        if not self._perform(self.tr("Points {delta:+} for {name}").format(
                delta=delta, name=self.member.display_name),
                lambda conn: honours.grant_points(conn, [member_id], delta, reason)):
            return
        self.member = records.get_member(self.workspace.conn, self.member_id) or self.member
        self.summary.setText(self._summary_text())
        # the tab read again: the ledger lists the new entry under the new balance
        self.points_page = self._replace_tab(self.points_page, self._points_tab())

    def _on_record_violation_clicked(self) -> None:
        rule = self.violation_rule.text().strip()
        if not rule:
            QMessageBox.information(self, self.windowTitle(), self.tr("Say which rule was broken."))
            return
        action = self.violation_action.currentData()
        until = self.violation_until.date().toString("yyyy-MM-dd") \
            if action == ViolationAction.MUTE else None
        if not self._perform(self.tr("{action} for {name}").format(
                action=labels.violation_action(action), name=self.member.display_name),
                record_violation(self.member_id, self.violation_community.currentData(), rule,
                                 action, until, self.violation_handler.text())):
            return
        self.violations_page = self._replace_tab(self.violations_page, self._violations_tab())

    def _on_erase_clicked(self) -> None:
        from views.roster.erasure import erase_members

        message = self.tr(
            "Erase everything that identifies {name} — name, phone, WeChat id, email, notes, "
            "persona, tags — from this workspace, including its search index?\n\nTheir "
            "activity stays, anonymous, so your numbers stay true. This cannot be undone."
        ).format(name=self.member.display_name)
        # The backups are cleaned after this dialog closes: their progress and result are
        # shown over the window, not over a dialog that is gone.
        if erase_members(self, self.writer, [self.member_id], message,
                         host=self.parentWidget() or self):
            self.erased.emit(self.member_id)
            self.accept()
