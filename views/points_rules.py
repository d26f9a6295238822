"""Edit > Points Rules & Honours…: a community's points rules and the honours members earn.

Every change is one operation on the window's undo stack (``views.operation_runner``):
adding, editing or removing a rule or an honour, applying a rule to past activities
(on a worker when there are many), taking a rule's points back. Removing a rule asks
whether the points it granted stay (they are history) or go.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.activity import honours, points_rules
from models.core.changes import Change
from models.members.communities import list_communities
from models.store.operations import Done, recorded
from models.store.workspace import Workspace
from views import labels
from views.dialog_writer import DialogWriter
from views.operation_runner import describe, perform_long
from views.points_editors import HonourEditor, HonourValues, RuleEditor, RuleValues

translate = QCoreApplication.translate
SOURCE = "points"
#: Past activities beyond which a back-fill runs on a worker behind a progress dialog.
LONG_BACKFILL = 50_000


def rule_text(rule: points_rules.Rule) -> tuple[str, str, str, str]:
    """(kind, points, per ¥, daily cap) as the table shows them."""
    per = "" if rule.per_fen is None else labels.money(rule.per_fen)
    cap = "" if rule.daily_cap is None else f"{rule.daily_cap:,}"
    return labels.activity_kind(rule.kind), f"{rule.points:+,}", per, cap


def _table(headers: list[str], parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[int, list[str]]]) -> None:
    table.setRowCount(len(rows))
    for r, (row_id, values) in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, row_id)
            table.setItem(r, c, item)


class PointsRulesDialog(DialogWriter, QDialog):
    """``apply_changes`` hears every Change written here (and after undo and redo)."""

    source = SOURCE

    def __init__(self, workspace: Workspace, undo_stack: QUndoStack,
                 apply_changes: Callable[[Change], None], community_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pointsRulesDialog")
        self.setWindowTitle(self.tr("Points Rules & Honours"))
        self.resize(720, 560)
        self.workspace, self.undo_stack, self.apply_changes = workspace, undo_stack, apply_changes
        self.add_undo_keys()
        self.community = QComboBox(self)
        self.community.setObjectName("rulesCommunity")
        for c in list_communities(workspace.conn):
            self.community.addItem(c.name, c.id)
        if community_id is not None:
            self.community.setCurrentIndex(max(self.community.findData(community_id), 0))
        self.rules = _table([self.tr("Kind"), self.tr("Points"), self.tr("Per ¥"),
                             self.tr("Daily cap"), self.tr("Granted so far")], self,
                            "rulesTable")
        self.honours = _table([self.tr("Honour"), self.tr("Measure"), self.tr("From"),
                               self.tr("Where"), self.tr("Held by")], self, "honoursTable")
        self.status = QLabel(self)
        self.status.setObjectName("rulesStatus")
        self.status.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Community:"), self))
        top.addWidget(self.community, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        note = QLabel(self.tr(
            "Rules grant points as activities arrive: chat and order imports, quick logging, "
            "check-in at the door. Points already granted stay when a rule changes."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self._group(self.tr("Points rules"), self.rules, (
            ("addRule", self.tr("Add…"), self.add_rule_clicked),
            ("editRule", self.tr("Edit…"), self.edit_rule_clicked),
            ("removeRule", self.tr("Remove…"), self.remove_rule_clicked),
            ("backfillRule", self.tr("Apply to past activities…"), self.backfill_clicked))))
        layout.addWidget(self._group(self.tr("Honours"), self.honours, (
            ("addHonour", self.tr("Add…"), self.add_honour_clicked),
            ("editHonour", self.tr("Edit…"), self.edit_honour_clicked),
            ("removeHonour", self.tr("Remove"), self.remove_honour_clicked))))
        layout.addWidget(self.status)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.community.currentIndexChanged.connect(lambda _i: self.reload())
        self.rules.itemSelectionChanged.connect(self._update_buttons)
        self.honours.itemSelectionChanged.connect(self._update_buttons)
        if not self.community.count():
            self.status.setText(self.tr("Create a community first (File > New Community)."))
        self.reload()

    def _group(self, title: str, table: QTableWidget,
               actions: tuple[tuple[str, str, Callable[[], object]], ...]) -> QGroupBox:
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        layout.addWidget(table)
        row = QHBoxLayout()
        for name, text, slot in actions:
            button = QPushButton(text, box)
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, s=slot: s())
            row.addWidget(button)
            self.buttons[name] = button
        row.addStretch(1)
        layout.addLayout(row)
        return box

    # -- reading --------------------------------------------------------------------------

    @property
    def community_id(self) -> int | None:
        return self.community.currentData()

    def reload(self) -> None:
        conn, community_id = self.workspace.conn, self.community_id
        if community_id is None:
            _fill(self.rules, [])
            _fill(self.honours, [])
            self._update_buttons()
            return
        granted = points_rules.granted_counts(conn, community_id)
        _fill(self.rules, [(r.id, [*rule_text(r), self.tr("{points:+,} in {rows:,} entries")
                                   .format(points=granted.get(r.id, (0, 0))[1],
                                           rows=granted.get(r.id, (0, 0))[0])])
                           for r in points_rules.list_rules(conn, community_id)])
        everywhere = self.tr("All communities")
        _fill(self.honours, [(h.id, [h.name, labels.honour_metric(h.metric), f"{h.threshold:,}",
                                     everywhere if h.community_id is None
                                     else self.community.currentText(),
                                     f"{honours.holders(conn, h.id):,}"])
                             for h in honours.list_honours(conn, community_id)])
        self._update_buttons()

    def _selected(self, table: QTableWidget) -> int | None:
        items = table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _update_buttons(self) -> None:
        has_community = self.community_id is not None
        rule, honour = self._selected(self.rules), self._selected(self.honours)
        for name in ("addRule", "addHonour"):
            self.buttons[name].setEnabled(has_community)
        for name in ("editRule", "removeRule", "backfillRule"):
            self.buttons[name].setEnabled(rule is not None)
        for name in ("editHonour", "removeHonour"):
            self.buttons[name].setEnabled(honour is not None)

    # -- writing --------------------------------------------------------------------------

    def add_rule(self, v: RuleValues) -> Done | None:
        community_id = self.community_id
        return self.perform(self.tr("Add points rule for {kind}").format(
            kind=labels.activity_kind(v.kind)), lambda conn: points_rules.add_rule(
                conn, community_id, v.kind, v.points, v.per_fen, v.daily_cap))

    def edit_rule(self, rule_id: int, v: RuleValues) -> Done | None:
        return self.perform(self.tr("Edit points rule for {kind}").format(
            kind=labels.activity_kind(v.kind)), lambda conn: points_rules.update_rule(
                conn, rule_id, kind=v.kind, points=v.points, per_fen=v.per_fen,
                daily_cap=v.daily_cap))

    def remove_rule(self, rule_id: int, take_back: bool) -> Done | None:
        text = self.tr("Remove points rule and take its points back") if take_back \
            else self.tr("Remove points rule")
        return self.perform(text, lambda conn: points_rules.delete_rule(
            conn, rule_id, take_back=take_back))

    def backfill(self, rule_id: int) -> Done | None:
        """Apply a rule to the past: on the UI thread when few, else on a worker."""
        text = self.tr("Apply points rule to past activities")
        if points_rules.backfill_count(self.workspace.conn, rule_id) <= LONG_BACKFILL:
            return self.perform(text, lambda conn: points_rules.backfill(conn, rule_id))
        operation = recorded(lambda conn: points_rules.backfill(conn, rule_id))
        perform_long(self, self.undo_stack, self.workspace.conn, self.workspace.path, text,
                     lambda conn, _progress: operation(conn), self._notify, source=SOURCE,
                     on_failed=lambda e: self.status.setText(describe(e)),
                     on_error=self._on_undo_error)
        return None

    def add_honour(self, v: HonourValues) -> Done | None:
        community_id = None if v.every_community else self.community_id
        return self.perform(self.tr("Add honour {name}").format(name=v.name.strip()),
                            lambda conn: honours.add_honour(conn, v.name, v.metric,
                                                            v.threshold, community_id))

    def edit_honour(self, honour_id: int, v: HonourValues) -> Done | None:
        community_id = None if v.every_community else self.community_id
        return self.perform(self.tr("Edit honour {name}").format(name=v.name.strip()),
                            lambda conn: honours.update_honour(
                                conn, honour_id, name=v.name, metric=v.metric,
                                threshold=v.threshold, community_id=community_id))

    def remove_honour(self, honour_id: int) -> Done | None:
        return self.perform(self.tr("Remove honour"),
                            lambda conn: honours.delete_honour(conn, honour_id))

    # -- the buttons ----------------------------------------------------------------------

    def _kinds(self) -> list[str]:
        return points_rules.known_kinds(self.workspace.conn, self.community_id)

    def add_rule_clicked(self) -> None:
        editor = RuleEditor(self._kinds(), parent=self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            self.add_rule(editor.values())

    def edit_rule_clicked(self) -> None:
        rule_id = self._selected(self.rules)
        if rule_id is None:
            return
        editor = RuleEditor(self._kinds(), points_rules.get_rule(self.workspace.conn, rule_id),
                            self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            self.edit_rule(rule_id, editor.values())

    def remove_rule_clicked(self) -> None:
        rule_id = self._selected(self.rules)
        if rule_id is None:
            return
        rows, points = points_rules.revoke_count(self.workspace.conn, rule_id)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove points rule"), self.tr(
            "The rule granted {points:+,} points in {rows:,} entries. Keep them (they are "
            "history), or take them back from the members?").format(points=points, rows=rows),
            QMessageBox.StandardButton.Cancel, self)
        keep = box.addButton(self.tr("Keep the points"), QMessageBox.ButtonRole.AcceptRole)
        take = box.addButton(self.tr("Take them back"), QMessageBox.ButtonRole.DestructiveRole)
        box.exec()
        if box.clickedButton() in (keep, take):
            self.remove_rule(rule_id, take_back=box.clickedButton() is take)

    def backfill_clicked(self) -> None:
        rule_id = self._selected(self.rules)
        if rule_id is None:
            return
        count = points_rules.backfill_count(self.workspace.conn, rule_id)
        if not count:
            self.status.setText(self.tr("Every past activity of this kind has its points."))
            return
        answer = QMessageBox.question(self, self.tr("Apply to past activities"), self.tr(
            "Apply the rule to {count:,} past activities without its points? Daily caps "
            "count as for new ones. You can undo it.").format(count=count))
        if answer == QMessageBox.StandardButton.Yes:
            self.backfill(rule_id)

    def add_honour_clicked(self) -> None:
        editor = HonourEditor(self.community.currentText(), parent=self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            self.add_honour(editor.values())

    def edit_honour_clicked(self) -> None:
        honour_id = self._selected(self.honours)
        if honour_id is None:
            return
        editor = HonourEditor(self.community.currentText(),
                              honours.get_honour(self.workspace.conn, honour_id), self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            self.edit_honour(honour_id, editor.values())

    def remove_honour_clicked(self) -> None:
        honour_id = self._selected(self.honours)
        if honour_id is not None:
            self.remove_honour(honour_id)
