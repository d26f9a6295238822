"""The roster's filters: multi-choice menus, join dates, inactivity, saved segments.

Emits ``filter_changed`` whenever the user changes anything; ``current()`` gives the filter
(without the community and the search text, which the view adds).
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
)

from models.activity import honours
from models.core.vocab import Lifecycle, MembershipStatus, Role
from models.members import records, segments
from models.members.communities import list_communities
from models.members.roster import RosterFilter
from views import labels
from views.roster.field_filter import FieldFilterButton


class ChoiceButton(QToolButton):
    """A button with a menu of checkable choices; its text says how many are picked."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self.extra: list[QAction] = []
        self._update_text()

    def set_choices(self, choices: list[tuple[str, object]], keep: bool = True) -> None:
        picked = set(self.values()) if keep else set()
        menu = self.menu()
        menu.clear()
        for label, value in choices:
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setData(value)
            action.setChecked(value in picked)
            action.toggled.connect(self._on_toggled)
        if self.extra:
            menu.addSeparator()
            for action in self.extra:
                menu.addAction(action)
        self._update_text()

    def values(self) -> tuple:
        return tuple(a.data() for a in self.menu().actions()
                     if a.isCheckable() and a.isChecked() and a not in self.extra)

    def set_values(self, values: tuple) -> None:
        for action in self.menu().actions():
            if action.isCheckable() and action not in self.extra:
                action.blockSignals(True)
                action.setChecked(action.data() in values)
                action.blockSignals(False)
        self._update_text()

    def _on_toggled(self, _checked: bool) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        count = len(self.values())
        self.setText(f"{self.title} ({count})" if count else self.title)


class FilterBar(QWidget):
    """Emits ``filter_changed`` on any change and ``segment_picked(filter)`` when a saved
    segment is chosen (the view applies it, search text included)."""

    filter_changed = Signal()
    segment_picked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterFilters")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tags = ChoiceButton(self.tr("Tags"), self)
        self.tags.setObjectName("filterTags")
        self.match_all = QAction(self.tr("Must have all picked tags"), self)
        self.match_all.setCheckable(True)
        self.match_all.toggled.connect(lambda _c: self.filter_changed.emit())
        self.tags.extra = [self.match_all]
        self.honours = ChoiceButton(self.tr("Honours"), self)
        self.honours.setObjectName("filterHonours")
        self.honours.setToolTip(self.tr("Only members holding any of the picked honours"))
        self.sources = ChoiceButton(self.tr("Source"), self)
        self.sources.setObjectName("filterSources")
        self.stages = ChoiceButton(self.tr("Stage"), self)
        self.stages.setObjectName("filterStages")
        self.stages.set_choices([(labels.lifecycle(s), s.value) for s in Lifecycle])
        self.statuses = ChoiceButton(self.tr("Status"), self)
        self.statuses.setObjectName("filterStatuses")
        self.left_only = QAction(self.tr("Only members who left (退群)"), self)
        self.left_only.setObjectName("filterLeft")
        self.left_only.setCheckable(True)
        self.left_only.toggled.connect(lambda _c: self.filter_changed.emit())
        self.statuses.extra = [self.left_only]
        self.statuses.set_choices([(labels.membership_status(s), s.value)
                                   for s in MembershipStatus])
        self.roles = ChoiceButton(self.tr("Role"), self)
        self.roles.setObjectName("filterRoles")
        self.roles.set_choices([(labels.role(r), r.value) for r in Role])
        self.cities = ChoiceButton(self.tr("City"), self)
        self.cities.setObjectName("filterCities")
        self.fields = FieldFilterButton(self)  # custom fields
        self.joined = QCheckBox(self.tr("Joined"), self)
        self.joined.setObjectName("filterJoined")
        self.joined_from = QDateEdit(QDate.currentDate().addMonths(-1), self)
        self.joined_to = QDateEdit(QDate.currentDate(), self)
        for edit in (self.joined_from, self.joined_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.dateChanged.connect(
                lambda _d: self.joined.isChecked() and self.filter_changed.emit())
        self.joined.toggled.connect(self._on_joined_toggled)
        self.inactive = QSpinBox(self)
        self.inactive.setObjectName("filterInactive")
        self.inactive.setRange(0, 3650)
        self.inactive.setSpecialValueText(self.tr("any"))
        self.inactive.setSuffix(self.tr(" days"))
        self.inactive.setToolTip(self.tr("Only members with no activity for this many days"))
        self.inactive.valueChanged.connect(lambda _v: self.filter_changed.emit())
        self.segments = QComboBox(self)
        self.segments.setObjectName("segments")
        self.segments.setToolTip(self.tr("Saved filter sets"))
        self.segments.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.segments.setMinimumContentsLength(8)
        self.segments.addItem(self.tr("Segments…"), None)
        self.segments.activated.connect(self._on_segment_activated)
        self.save_segment = QPushButton(self.tr("Save…"), self)
        self.save_segment.setObjectName("saveSegment")
        self.save_segment.setToolTip(self.tr("Save these filters as a named segment"))
        self.clear = QPushButton(self.tr("Clear filters"), self)
        self.clear.setObjectName("clearFilters")
        self.clear.clicked.connect(self.reset)
        for button in (self.tags, self.honours, self.sources, self.stages, self.statuses,
                       self.roles, self.cities, self.fields):
            button.changed.connect(self.filter_changed)
            layout.addWidget(button)
        layout.addWidget(self.joined)
        layout.addWidget(self.joined_from)
        layout.addWidget(QLabel("–", self))
        layout.addWidget(self.joined_to)
        layout.addWidget(QLabel(self.tr("Silent for"), self))
        layout.addWidget(self.inactive)
        layout.addWidget(self.clear)
        layout.addStretch(1)
        layout.addWidget(self.segments)
        layout.addWidget(self.save_segment)
        self._segments: list[segments.Segment] = []

    def load_choices(self, conn: sqlite3.Connection, cities: list[str], sources: list[str]) -> None:
        """Fill the menus from the workspace (cities and sources are read off the UI thread)."""
        self.tags.set_choices([(name, tag_id) for tag_id, name in records.all_tags(conn)])
        names = {c.id: c.name for c in list_communities(conn)}
        self.honours.set_choices([
            (h.name if h.community_id is None else f"{h.name}（{names.get(h.community_id, '')}）",
             h.id) for h in honours.list_honours(conn, every=True)])
        self.sources.set_choices([(s, s) for s in sources])
        self.cities.set_choices([(c, c) for c in cities])
        self.fields.load(conn)
        self.load_segments(conn)

    def load_segments(self, conn: sqlite3.Connection) -> None:
        self._segments = segments.segments(conn)
        self.segments.blockSignals(True)
        self.segments.clear()
        self.segments.addItem(self.tr("Segments…"), None)
        for segment in self._segments:
            self.segments.addItem(segment.name, segment.id)
        self.segments.blockSignals(False)

    def current(self) -> RosterFilter:
        return RosterFilter(
            tag_ids=self.tags.values(), all_tags=self.match_all.isChecked(),
            honour_ids=self.honours.values(),
            sources=self.sources.values(), lifecycles=self.stages.values(),
            statuses=self.statuses.values(), roles=self.roles.values(),
            left=self.left_only.isChecked(), cities=self.cities.values(),
            joined_from=self.joined_from.date().toString("yyyy-MM-dd")
            if self.joined.isChecked() else None,
            joined_to=self.joined_to.date().toString("yyyy-MM-dd")
            if self.joined.isChecked() else None,
            inactive_days=self.inactive.value() or None, field_filters=self.fields.values())

    def apply(self, f: RosterFilter) -> None:
        """Show ``f``'s choices in the widgets (a picked segment), then emit once."""
        widgets = (self.tags, self.honours, self.sources, self.stages, self.statuses, self.cities,
                   self.inactive, self.joined, self.match_all, self.roles, self.left_only,
                   self.fields)
        for widget in widgets:
            widget.blockSignals(True)
        self.tags.set_values(f.tag_ids)
        self.match_all.setChecked(f.all_tags)
        self.honours.set_values(f.honour_ids)
        self.sources.set_values(f.sources)
        self.stages.set_values(f.lifecycles)
        self.statuses.set_values(f.statuses)
        self.roles.set_values(f.roles)
        self.left_only.setChecked(f.left)
        self.cities.set_values(f.cities)
        self.fields.set_values(f.field_filters)
        self.inactive.setValue(f.inactive_days or 0)
        self.joined.setChecked(bool(f.joined_from or f.joined_to))
        if f.joined_from:
            self.joined_from.setDate(QDate.fromString(f.joined_from, "yyyy-MM-dd"))
        if f.joined_to:
            self.joined_to.setDate(QDate.fromString(f.joined_to, "yyyy-MM-dd"))
        self._on_joined_toggled(self.joined.isChecked(), emit=False)
        for widget in widgets:
            widget.blockSignals(False)
        self.filter_changed.emit()

    def reset(self) -> None:
        self.apply(RosterFilter())

    def ask_segment_name(self) -> str | None:
        name, ok = QInputDialog.getText(self, self.tr("Save segment"),
                                        self.tr("Name for these filters:"))
        return name.strip() if ok and name.strip() else None

    def _on_joined_toggled(self, checked: bool, emit: bool = True) -> None:
        self.joined_from.setEnabled(checked)
        self.joined_to.setEnabled(checked)
        if emit:
            self.filter_changed.emit()

    def _on_segment_activated(self, index: int) -> None:
        segment_id = self.segments.itemData(index)
        for segment in self._segments:
            if segment.id == segment_id:
                self.segment_picked.emit(segment.filter)
                return
