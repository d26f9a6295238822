"""规划 Plan tab (objectName ``planView``): the community plan, per community.

With one community picked: pages for the written sections (autosaved, undoable), goals
bound to live numbers, roles, the risk register and matrix, the roadmap, rules and
moderation, and the needs backlog. With "All communities" picked: every community's plan
at a glance, and which to pick. "New community…" starts one from an empty plan or a
template; "Export plan…" writes the workbook.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.core import clock
from models.core.changes import Change
from models.members.communities import community_names, get_community
from models.plan import document
from models.store.workspace import Workspace
from views.export_target import ask_save_path, offer_written
from views.lazy_tabs import LazyTabs
from views.plan.context import PlanContext, fill, hint_label, read_only_table
from views.tab_writer import REFUSED, TabWriter, refusal_text

translate = QCoreApplication.translate

#: The plan's pages in order: key, then the module and class of the page. Each is imported
#: and built when first shown (or asked for): most visits read one or two of them.
PAGES = {
    "sections": ("views.plan.sections", "SectionsPage"),
    "goals": ("views.plan.goals", "GoalsPage"),
    "roles": ("views.plan.pages", "RolesPage"),
    "risks": ("views.plan.risks", "RisksPage"),
    "roadmap": ("views.plan.pages", "RoadmapPage"),
    "moderation": ("views.plan.moderation", "ModerationPage"),
    "needs": ("views.plan.needs", "NeedsPage"),
}


class PlanView(QWidget):
    """Emits ``changed(Change)`` after it wrote (its ``source`` is ``SOURCE``: the tab has
    refreshed itself already and skips it when it comes back), and
    ``community_requested(id)`` when the user asks to see another community's plan (the
    window moves the picker there)."""

    SOURCE = "plan"

    changed = Signal(object)
    community_requested = Signal(int)
    exported = Signal(str)

    def __init__(self, workspace: Workspace, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planView")
        self.workspace = workspace
        self.undo_stack = undo_stack
        self.ctx = PlanContext(workspace, undo_stack, self._notify,
                               TabWriter(workspace, undo_stack, self._notify, self.SOURCE, self))
        self._pending: Change | None = None
        #: Pages to reload when next shown (only the page in sight is read at once).
        self._stale: set[int] = set()
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(self._on_refresh_timeout)
        self._build()
        self._connect_signals()
        self.reload()

    @property
    def conn(self):
        return self.workspace.conn

    @property
    def community_id(self) -> int | None:
        return self.ctx.community_id

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("planTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = hint_label("", self)
        self.new_button = QPushButton(self.tr("New community…"), self)
        self.new_button.setObjectName("newCommunity")
        self.export_button = QPushButton(self.tr("Export plan…"), self)
        self.export_button.setObjectName("exportPlan")
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)

        self.overview = QWidget(self)
        self.overview_hint = hint_label("", self.overview)
        self.overview_table = read_only_table(
            [self.tr("Community"), self.tr("Sections written"), self.tr("Goals"),
             self.tr("Open risks")], self.overview)
        self.overview_table.setObjectName("planOverview")
        columns = self.overview_table.horizontalHeader()
        columns.setStretchLastSection(False)
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        over = QVBoxLayout(self.overview)
        over.setContentsMargins(0, 0, 0, 0)
        over.addWidget(self.overview_hint)
        over.addWidget(self.overview_table, 1)

        self.pages = QTabWidget(self)
        self.pages.setObjectName("planPages")
        self.page_set = LazyTabs(self.pages, list(PAGES), self._make_page)
        self.page_set.built.connect(self._on_page_built)
        self.page_set.reset([self.tr("Plan"), self.tr("Goals"), self.tr("Roles"),
                             self.tr("Risks"), self.tr("Roadmap"),
                             self.tr("Rules and moderation"), self.tr("Needs backlog")], 0)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.overview)
        self.stack.addWidget(self.pages)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)

    def _connect_signals(self) -> None:
        self.new_button.clicked.connect(self.new_community)
        self.export_button.clicked.connect(self.export)
        self.overview_table.cellDoubleClicked.connect(self._on_overview_double_clicked)
        self.pages.currentChanged.connect(self._on_pages_current_changed)

    def _make_page(self, key: str) -> QWidget:
        module, name = PAGES[key]
        return getattr(importlib.import_module(module), name)(self.ctx, self)

    def _on_page_built(self, _key: str, page: QWidget) -> None:
        self._stale.add(id(page))  # read when in sight

    # A page, built now if it was not yet.
    sections = property(lambda self: self.page_set.view("sections"))
    goals = property(lambda self: self.page_set.view("goals"))
    roles = property(lambda self: self.page_set.view("roles"))
    risks = property(lambda self: self.page_set.view("risks"))
    roadmap = property(lambda self: self.page_set.view("roadmap"))
    moderation = property(lambda self: self.page_set.view("moderation"))
    needs = property(lambda self: self.page_set.view("needs"))

    @property
    def all_pages(self) -> list:
        """The pages built so far (a page built later reads the plan then)."""
        return self.page_set.built_views()

    def flush(self) -> None:
        """Save the section being typed now (it is saved a moment after typing stops)."""
        if "sections" in self.page_set.views:
            self.sections.flush()

    # -- the tab contract ----------------------------------------------------------------

    def set_community(self, community_id: int | None) -> None:
        self.flush()
        self.ctx.community_id = community_id
        # A community without a plan is shown with an empty one; nothing is written until
        # the user writes into it (``PlanContext.plan_in``), as one undo step.
        self._find_plan()
        if "goals" in self.page_set.views:
            self.goals.progress = {}
        self.reload()

    def apply_changes(self, change: Change) -> None:
        if change.source != self.SOURCE:  # else queued when this tab wrote it
            self._refresh_soon(change)

    def _refresh_soon(self, change: Change) -> None:
        self._pending = change if self._pending is None else self._pending | change
        self._refresh.start()

    def _find_plan(self) -> None:
        """``ctx.plan_id``: the plan of the community shown, None while none is stored."""
        cid = self.ctx.community_id
        found = document.get_plan(self.conn, cid) if cid is not None else None
        self.ctx.plan_id = found.id if found is not None else None

    def _showing(self) -> bool:
        """A community is shown (else the overview of every plan)."""
        cid = self.ctx.community_id
        return cid is not None and (self.ctx.plan_id is not None
                                    or get_community(self.conn, cid) is not None)

    def _notify(self, change: Change) -> None:
        if change.touches("plans"):
            self._find_plan()  # this tab's first write stored the plan (or an undo took it)
        self._refresh_soon(change)
        self.changed.emit(change)

    def _on_refresh_timeout(self) -> None:
        change, self._pending = self._pending, None
        if change is None:
            return
        if change.touches("communities", "plans"):
            self._find_plan()  # stored by a first write, or gone with an undo
        self._show_header()
        if not self._showing():  # the community went (undo of New community)
            self._show_overview()
            return
        self._reload_pages([p for p in self.all_pages if change.touches(*p.watches)])

    def reload(self) -> None:
        self._show_header()
        if not self._showing():
            self._show_overview()
            return
        self.stack.setCurrentWidget(self.pages)
        self.page_set.view_at(self.pages.currentIndex())
        self._reload_pages(self.all_pages)

    def _reload_pages(self, pages: list) -> None:
        """Reload the page in sight now, the others when they are next shown."""
        current = self.pages.currentWidget()
        for page in pages:
            if page is current:
                self._stale.discard(id(page))
                page.reload()
            else:
                self._stale.add(id(page))

    def _on_pages_current_changed(self, _index: int) -> None:
        page = self.pages.currentWidget()
        if id(page) in self._stale and self._showing():
            self._stale.discard(id(page))
            page.reload()

    def _show_header(self) -> None:
        found = document.get_plan(self.conn, self.ctx.community_id) \
            if self.ctx.community_id is not None else None
        community = get_community(self.conn, self.ctx.community_id) \
            if found is None and self.ctx.community_id is not None else None
        if community is not None:  # no plan stored yet: shown empty
            self.title.setText(self.tr("{community} — plan").format(community=community.name))
            self.subtitle.setText(self.tr("Nothing written yet · saved as you type"))
        elif found is None:
            self.title.setText(self.tr("Community plans"))
            self.subtitle.setText(self.tr("A community starts from a plan: who it is for, what "
                                          "it is, what it wants to achieve and how."))
        else:
            self.title.setText(self.tr("{community} — plan").format(community=found.community))
            self.subtitle.setText(self.tr("Saved as you type · last change {when}").format(
                when=found.updated_at[:16].replace("T", " ")))
        self.export_button.setEnabled(found is not None)

    def _show_overview(self) -> None:
        self.stack.setCurrentWidget(self.overview)
        rows = document.plans_overview(self.conn)
        if not rows:
            self.overview_hint.setText(self.tr(
                "This workspace has no community yet. Start one with New community… — from an "
                "empty plan or a template (customer group, interest community, paid community)."))
        else:
            self.overview_hint.setText(self.tr(
                "Pick a community in the toolbar (or double-click it below) to see and edit "
                "its plan."))
        fill(self.overview_table, [[name, f"{written}/12", goals, risks]
                                   for _id, name, written, goals, risks in rows],
             [row[0] for row in rows])

    def _on_overview_double_clicked(self, row: int, _column: int) -> None:
        item = self.overview_table.item(row, 0)
        if item is not None:
            self.community_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    # -- actions -------------------------------------------------------------------------

    def new_community_dialog(self) -> QDialog:
        from views.plan.dialogs import NewCommunityDialog

        return NewCommunityDialog(community_names(self.conn), self)

    def create_community(self, name: str, platform: str, template: str) -> int | None:
        """A community and its plan from ``template``, as one undo step; its id (None,
        and said, when refused: an empty or taken name)."""
        from models.plan import templates

        day = clock.today()
        try:
            done = self.ctx.writer.do(
                self.tr("New community {name}").format(name=name),
                lambda conn: templates.create_community_with_plan(conn, name, platform,
                                                                  template, day))
        except REFUSED as error:
            QMessageBox.warning(self, self.tr("New community"), refusal_text(error))
            return None
        community_id = done.value[0]
        self.community_requested.emit(community_id)
        return community_id

    def new_community(self) -> None:
        dialog = self.new_community_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.create_community(*dialog.values())
        dialog.deleteLater()

    def export(self) -> None:
        if self.ctx.community_id is None or self.ctx.plan_id is None:
            QMessageBox.information(self, self.tr("Export plan"), self.tr(
                "Pick a community in the toolbar first: a plan belongs to one community."))
            return
        self.flush()
        found = document.get_plan(self.conn, self.ctx.community_id)
        path = ask_save_path(self, self.tr("Export plan"), f"{found.community}-社群规划.xlsx",
                             self.tr("Excel workbook (*.xlsx)"), ".xlsx")
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Write the workbook on a worker (goals are measured live: seconds at a million
        members) behind a progress dialog; ``exported(path)`` when done."""
        from views.long_task import LongTask

        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        workspace_path, community_id, day = self.workspace.path, self.ctx.community_id, \
            clock.today()

        def work(progress):
            from exports.plan import export_plan  # openpyxl only when asked
            from models.store.connection import connect_readonly

            conn = connect_readonly(workspace_path)
            try:
                return export_plan(conn, path, community_id, day, progress=progress)
            finally:
                conn.close()

        self.export_target = path
        self.export_task = LongTask(self, self.tr("Exporting the plan…"), work, lambda s: s)
        self.export_task.finished.connect(self._on_export_finished)
        self.export_task.failed.connect(self._on_export_failed)
        self.export_task.start()

    def _on_export_finished(self, summary) -> None:  # exports.plan.PlanExportSummary
        offer_written(self, Path(summary.path),
                      self.tr("Plan saved to {path}").format(path=Path(summary.path).name))
        self.exported.emit(str(summary.path))

    def _on_export_failed(self, error: Exception) -> None:
        from models.core.errors import Cancelled

        if not isinstance(error, Cancelled):
            from views.error_text import file_problem

            QMessageBox.warning(self, self.tr("Export plan"),
                                file_problem(error, self.export_target, writing=True))
