"""The chosen checklist, on the right of the checklists tab: its title and event, how many
items are incomplete or overdue, totals by category and status, the filters, the item table
and the tool bar of item actions. It shows what the tab gives it and reads nothing itself;
the tab (``views.checklists.view``) connects the actions. Texts keep the tab's translation
context."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.materials import checklists
from models.materials.checklists import CATEGORIES, STATUSES, Checklist, Item, ItemFilter
from views import tones
from views.checklists import labels
from views.checklists.delegates import ItemDelegate
from views.checklists.item_model import ItemTableModel
from views.labels import money

translate = QCoreApplication.translate


class ChecklistDetail(QWidget):
    """Filters read by ``item_filter``; ``show_checklist`` fills everything for one checklist."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("checklistTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.completeness = QLabel(self)
        self.completeness.setObjectName("checklistCompleteness")
        self.totals = QLabel(self)
        self.totals.setObjectName("checklistTotals")
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(translate("ChecklistView", "Any status"), None)
        for s in STATUSES:
            self.status_filter.addItem(labels.status(s), s)
        self.category_filter = QComboBox(self)
        self.category_filter.setObjectName("categoryFilter")
        self.category_filter.addItem(translate("ChecklistView", "Any category"), None)
        for c in CATEGORIES:
            self.category_filter.addItem(labels.category(c), c)
        self.owner_filter = QComboBox(self)
        self.owner_filter.setObjectName("ownerFilter")
        self.due_filter = QComboBox(self)
        self.due_filter.setObjectName("dueFilter")
        for text, value in ((translate("ChecklistView", "Any due date"), None),
                            (translate("ChecklistView", "Overdue"), "overdue"),
                            (translate("ChecklistView", "Due within 7 days"), "week"),
                            (translate("ChecklistView", "No due date"), "none")):
            self.due_filter.addItem(text, value)
        self.incomplete_only = QCheckBox(translate("ChecklistView", "Only incomplete"), self)
        self.incomplete_only.setObjectName("incompleteOnly")
        filters = QHBoxLayout()
        for w in (self.status_filter, self.category_filter, self.owner_filter, self.due_filter):
            # Full width when there is room; narrow windows shrink the filters rather than
            # grow the window.
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            w.setMinimumWidth(64)
            filters.addWidget(w)
        filters.addWidget(self.incomplete_only)
        filters.addStretch(1)

        self.model = ItemTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("checklistTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(ItemDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 28)

        # A tool bar: on a narrow window what does not fit goes behind its » button.
        self.actions_bar = QToolBar(self)
        self.actions_bar.setObjectName("checklistActions")
        self.actions_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_action = self.actions_bar.addAction(translate("ChecklistView", "Add item"))
        self.add_action.setObjectName("addItem")
        self.delete_action = self.actions_bar.addAction(translate("ChecklistView", "Delete items"))
        self.delete_action.setObjectName("deleteItems")
        self.status_button = QToolButton(self)
        self.status_button.setObjectName("bulkStatus")
        self.status_button.setText(translate("ChecklistView", "Set status"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.status_button)
        self.status_actions: dict[str, QAction] = {}
        for s in STATUSES:
            action = menu.addAction(labels.status(s))
            action.setData(s)
            self.status_actions[s] = action
        self.status_button.setMenu(menu)
        self.actions_bar.addWidget(self.status_button)
        self.actions_bar.addSeparator()
        self.template_action = self.actions_bar.addAction(
            translate("ChecklistView", "Save as template…"))
        self.template_action.setObjectName("saveTemplate")
        self.files_button = QToolButton(self)
        self.files_button.setObjectName("checklistFiles")
        self.files_button.setText(translate("ChecklistView", "Excel"))
        self.files_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        files = QMenu(self.files_button)
        self.export_one = files.addAction(
            translate("ChecklistView", "Export selected checklists…"))
        self.export_all = files.addAction(
            translate("ChecklistView", "Export all checklists in view…"))
        files.addSeparator()
        self.import_edited = files.addAction(
            translate("ChecklistView", "Import edited checklist…"))
        self.import_supplier = files.addAction(
            translate("ChecklistView", "Add items from a supplier's list…"))
        self.files_button.setMenu(files)
        self.actions_bar.addWidget(self.files_button)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addWidget(self.completeness)
        lay.addWidget(self.totals)
        lay.addLayout(filters)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.actions_bar)

    def item_filter(self) -> ItemFilter:
        status, category = self.status_filter.currentData(), self.category_filter.currentData()
        return ItemFilter(statuses=(status,) if status else (),
                          categories=(category,) if category else (),
                          owner=self.owner_filter.currentData(),
                          due=self.due_filter.currentData(),
                          incomplete_only=self.incomplete_only.isChecked())

    def load_owners(self, names: Sequence[str]) -> None:
        """The owner filter's choices, keeping the chosen one when it is still there."""
        chosen = self.owner_filter.currentData()
        self.owner_filter.blockSignals(True)
        self.owner_filter.clear()
        self.owner_filter.addItem(translate("ChecklistView", "Any owner"), None)
        self.owner_filter.addItem(translate("ChecklistView", "(no owner)"), "")
        for name in names:
            self.owner_filter.addItem(name, name)
        self.owner_filter.setCurrentIndex(max(self.owner_filter.findData(chosen), 0))
        self.owner_filter.blockSignals(False)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.item(r).id for r in rows]

    def clear(self, today: date) -> None:
        self.model.set_items([], today)
        self.title.clear()
        self.completeness.clear()
        self.totals.clear()

    def show_checklist(self, current: Checklist, shown: Sequence[Item], every: Sequence[Item],
                       today: date) -> None:
        """``shown``: the items the filters let through; ``every``: all of them, for the
        counts and totals."""
        self.model.set_items(list(shown), today)
        total = checklists.totals(every, today)
        if not current.day:
            when = translate("ChecklistView", "Standalone checklist")
        elif current.event_title and current.event_title not in current.title:
            when = translate("ChecklistView", "{day} · {event}").format(
                day=current.day, event=current.event_title)
        else:  # "育儿市集 物料清单" says its event already
            when = current.day
        self.title.setText(f"{html.escape(current.title)}   "
                           f"<span style='font-weight:normal'>{html.escape(when)}</span>")
        text = translate("ChecklistView", "{incomplete} of {items} items incomplete").format(
            incomplete=total.incomplete, items=total.items)
        if total.overdue:
            text += " · " + translate("ChecklistView", "{overdue} overdue").format(
                overdue=total.overdue)
        if len(shown) != len(every):
            text += " · " + translate("ChecklistView", "showing {shown}").format(
                shown=len(shown))
        self.completeness.setText(text)
        self.completeness.setStyleSheet(tones.text_style(
            "warning" if total.incomplete else "ok"))
        parts = [translate("ChecklistView", "Total {cost}").format(cost=money(total.cost))]
        parts += [f"{labels.category(k)} {money(v)}" for k, v in
                  sorted(total.by_category.items(), key=lambda kv: -kv[1]) if v]
        statuses = " · ".join(f"{labels.status(s)} {total.by_status[s]}" for s in STATUSES
                              if total.by_status.get(s))
        self.totals.setText(" · ".join(parts) + ("\n" + statuses if statuses else ""))
