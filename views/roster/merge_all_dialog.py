""""Merge all with the same phone…": the preview of every group, then one undo step.

The groups are read on a worker (``views.background.run_query``); each shows the record
kept (the oldest) and the ones merged into it, with the fields the kept record takes from
them because it has none. Each group has a tick: ticked when the names read alike, unticked
and marked when they do not (a family sharing one phone; see ``models.members.merge_all``),
for the operator to tick those that are one person. "Merge ticked" runs the ticked groups on
a worker behind a progress dialog with Cancel (``operation_runner.perform_long``): one
transaction, one undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from models.members.duplicates import Reason
from models.members.merge_all import GroupPlan, merge_groups, plan_groups
from models.store.operations import recorded
from views import tones
from views.background import run_query
from views.empty_state import EmptyState
from views.operation_runner import perform_long
from views.roster.merge_dialog import field_label


class MergeAllDialog(QDialog):
    """Preview and run the merge of every group of records sharing a phone."""

    #: Emitted once the merge finished (the duplicates list scans again).
    merged = Signal()

    def __init__(self, view: Any, parent: Any = None) -> None:
        super().__init__(parent or view)
        self.setObjectName("mergeAllDialog")
        self.setWindowTitle(self.tr("Merge all with the same phone"))
        self.view = view
        self.plans: list[GroupPlan] = []
        self.task: object | None = None
        self.summary = QLabel(self.tr("Reading the groups…"), self)
        self.summary.setObjectName("mergeAllSummary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("mergeAllGroups")
        self.tree.setHeaderLabels([self.tr("Phone / record"), self.tr("What happens")])
        self.tree.setColumnWidth(0, 260)
        self.empty = EmptyState(self.tr("No two records share a phone"), self.tr(
            "Nothing to merge by phone. “Find duplicates” also compares WeChat ids, emails "
            "and names that read the same."), None, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)
        self.buttons = QDialogButtonBox(self)
        self.merge_button = self.buttons.addButton(self.tr("Merge ticked"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeAllRun")
        self.merge_button.setEnabled(False)
        self.tick_all = self.buttons.addButton(self.tr("Tick all"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.tick_all.clicked.connect(lambda: self.set_all_ticked(True))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button.clicked.connect(self.run_merge)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.buttons)
        self.resize(680, 460)
        self.handle = run_query(self, view.workspace.path,
                                lambda conn: plan_groups(conn, Reason.PHONE), self.show_plans)

    def show_plans(self, plans: list[GroupPlan]) -> None:
        self.plans = plans
        self.tree.blockSignals(True)
        self.tree.clear()
        warning = QBrush(tones.tone("warning", self.palette()))
        for plan in plans:
            count = 1 + len(plan.gone_ids)
            group = QTreeWidgetItem([plan.value, self.tr(
                "{count} records, names differ: tick if one person").format(count=count)
                if plan.names_differ else self.tr("{count} records, one person").format(
                    count=count)])
            group.setFlags(group.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            group.setCheckState(0, Qt.CheckState.Unchecked if plan.names_differ
                                else Qt.CheckState.Checked)
            if plan.names_differ:
                group.setForeground(1, warning)
            group.addChild(QTreeWidgetItem([f"{plan.names[plan.kept_id]} #{plan.kept_id}",
                                            self.tr("kept (the oldest record)")]))
            for gone in plan.gone_ids:
                taken = [field_label(f) for f, donor in plan.filled.items() if donor == gone]
                what = self.tr("merged into it")
                if taken:
                    what = self.tr("merged into it; its {fields} kept").format(
                        fields="、".join(taken))
                group.addChild(QTreeWidgetItem([f"{plan.names[gone]} #{gone}", what]))
            self.tree.addTopLevelItem(group)
            group.setExpanded(True)
        self.tree.blockSignals(False)
        self.stack.setCurrentWidget(self.tree if plans else self.empty)
        self._on_item_changed()

    def ticked(self) -> list[GroupPlan]:
        """The groups ticked for merging, in the list's order."""
        return [plan for n, plan in enumerate(self.plans)
                if self.tree.topLevelItem(n).checkState(0) == Qt.CheckState.Checked]

    def set_all_ticked(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for n in range(self.tree.topLevelItemCount()):
            self.tree.topLevelItem(n).setCheckState(0, state)

    def _on_item_changed(self, *_args: object) -> None:
        chosen = self.ticked()
        gone = sum(len(p.gone_ids) for p in chosen)
        differ = sum(p.names_differ for p in self.plans)
        self.merge_button.setEnabled(bool(chosen) and self.task is None)
        if not self.plans:
            self.summary.setText("")
            return
        text = self.tr(
            "{ticked:,} of {groups:,} group(s) ticked: {gone:,} record(s) will be merged into "
            "the oldest record of their group, keeping everything they have. One step: Undo "
            "takes it all back.").format(ticked=len(chosen), groups=len(self.plans), gone=gone)
        if differ:  # two sentences: a space between them in English, none in Chinese
            text = self.tr("{first} {second}").format(first=text, second=self.tr(
                "{count:,} group(s) hold different names (a family may share a phone): they "
                "start unticked.").format(count=differ))
        self.summary.setText(text)

    def run_merge(self) -> None:
        plans, view = self.ticked(), self.view
        if not plans:
            return
        text = self.tr("Merge {count:,} group(s) with the same phone").format(count=len(plans))

        def operation(conn: Any, progress: Any) -> Any:
            return recorded(lambda c: merge_groups(c, plans, progress))(conn)

        self.merge_button.setEnabled(False)
        self.task = perform_long(self, view.undo_stack, view.workspace.conn,
                                 view.workspace.path, text, operation, view._notify,
                                 source=view.SOURCE, on_done=self._finished,
                                 on_failed=self._failed)

    def _finished(self, _done: object) -> None:
        self.task = None
        self.merged.emit()
        self.accept()

    def _failed(self, error: Exception) -> None:
        from models.core.errors import Cancelled

        self.task = None
        self.merge_button.setEnabled(True)
        if not isinstance(error, Cancelled):
            raise error
        self.summary.setText(self.tr("Cancelled: nothing was merged."))
