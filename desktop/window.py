"""The main window: menus, the community picker, five tabs, the status bar.

It owns the open workspace and the one QUndoStack. Tabs are rebuilt when another
workspace is opened; they follow the picker through ``set_community``. With
``lazy_tabs`` (how the app starts) only the current tab is built before the window shows;
``views.lazy_tabs`` builds the others right after.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QWidget,
)

from desktop import file_opening, location_prompt, settings
from desktop.actions import SEPARATOR, TABS, TOOLBAR, ActionId, build_actions, build_menu_bar
from desktop.first_run import FirstRun
from desktop.messages import describe_error
from desktop.paths import WORKSPACE_SUFFIX
from desktop.reminders import WindowReminders
from desktop.safekeeping import Safekeeping
from models import APP_NAME, __version__
from models.core.changes import Change
from models.core.errors import Cancelled, WorkspaceError
from models.schema import migrations
from models.store.stats import member_count
from models.store.workspace import Workspace, open_workspace
from views import export_target
from views.background import run_query
from views.community_picker import CommunityPicker
from views.lazy_tabs import LazyTabs

translate = QCoreApplication.translate

#: With lazy tabs, the tabs not shown are built this long after the window is (one per
#: event-loop turn), before a user is likely to click one.
BUILD_REST_AFTER_MS = 300

#: The tabs in order: key, then the module and class of its view (imported when built).
TAB_VIEWS = {
    "plan": ("views.plan.view", "PlanView"),
    "roster": ("views.roster.view", "RosterView"),
    "calendar": ("views.calendar.view", "CalendarView"),
    "checklists": ("views.checklists.view", "ChecklistView"),
    "analytics": ("views.analytics.view", "AnalyticsView"),
}


class MainWindow(QMainWindow):
    """Emits ``workspace_opened(path)`` after the first and every later workspace is shown."""

    workspace_opened = Signal(str)

    def __init__(self, workspace: Workspace, lang: str, parent: QWidget | None = None, *,
                 lazy_tabs: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.workspace = workspace
        self.lang = lang
        self.lazy_tabs = lazy_tabs
        self.undo_stack = QUndoStack(self)
        self._trash = None  # the trash dialog while it is open
        self.actions = build_actions(self, self.undo_stack)
        export_target.remember_with(lambda: settings.get(settings.EXPORT_FOLDER),
                                    lambda folder: settings.put(settings.EXPORT_FOLDER, folder))
        self.picker = CommunityPicker(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.first_run = FirstRun(self, self.tabs)  # the welcome page over an empty one
        self.tab_set = LazyTabs(self.tabs, list(TAB_VIEWS), self._make_view)
        self.tab_set.built.connect(self._on_view_built)
        self.path_label = QLabel(self)
        self.count_label = QLabel(self)
        self.reminders = WindowReminders(self)  # the status-bar line, the list, notifications
        self.reminder_label = self.reminders.label
        self.recent_menu = build_menu_bar(self.menuBar(), self.actions)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._build_toolbar()
        self.statusBar().addWidget(self.reminder_label, 1)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.path_label)
        self.safekeeping = Safekeeping(self, self)
        self._connect_signals()
        self._show_workspace()
        self._restore_geometry()
        self.safekeeping.start()
        self.setAcceptDrops(True)  # files dropped anywhere: desktop.file_opening

    # -- building --------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Community"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr("Community:") + " ", toolbar))
        toolbar.addWidget(self.picker)
        toolbar.addSeparator()
        for item in TOOLBAR:
            if item == SEPARATOR:
                toolbar.addSeparator()
            else:
                toolbar.addAction(self.actions[item])
        self.addToolBar(toolbar)

    def _connect_signals(self) -> None:
        a = self.actions
        a[ActionId.NEW_WORKSPACE].triggered.connect(self._on_new_workspace_triggered)
        a[ActionId.OPEN_WORKSPACE].triggered.connect(self._on_open_workspace_triggered)
        a[ActionId.DEMO_DATA].triggered.connect(self._on_demo_data_triggered)
        a[ActionId.EXPORT_REPORT].triggered.connect(self._on_export_report_triggered)
        a[ActionId.BACKUP_NOW].triggered.connect(self._on_backup_now_triggered)
        a[ActionId.IMPORT_MEMBERS].triggered.connect(self._on_import_members_triggered)
        a[ActionId.IMPORT_ORDERS].triggered.connect(self._on_import_orders_triggered)
        a[ActionId.IMPORT_CHAT].triggered.connect(self._on_import_chat_triggered)
        a[ActionId.EXPORT_ROSTER].triggered.connect(self._on_export_roster_triggered)
        a[ActionId.IMPORT_CALENDAR].triggered.connect(self._on_import_calendar_triggered)
        a[ActionId.EXPORT_CALENDAR].triggered.connect(self._on_export_calendar_triggered)
        a[ActionId.EXPORT_EVENTS].triggered.connect(self._on_export_events_triggered)
        a[ActionId.IMPORT_CHECKLIST].triggered.connect(self._on_import_checklist_triggered)
        a[ActionId.EXPORT_CHECKLISTS].triggered.connect(self._on_export_checklists_triggered)
        a[ActionId.EXPORT_INVENTORY].triggered.connect(self._on_export_inventory_triggered)
        a[ActionId.NEW_COMMUNITY].triggered.connect(self._on_new_community_triggered)
        a[ActionId.EXPORT_PLAN].triggered.connect(self._on_export_plan_triggered)
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.ABOUT].triggered.connect(self._on_about_triggered)
        a[ActionId.GUIDE].triggered.connect(self.first_run.open_guide)
        a[ActionId.FIND].triggered.connect(self._on_find_triggered)
        a[ActionId.ADD_MEMBER].triggered.connect(self._on_add_member_triggered)
        a[ActionId.TRASH].triggered.connect(self._on_trash_triggered)
        a[ActionId.WORKSPACE_SETTINGS].triggered.connect(self._on_workspace_settings_triggered)
        a[ActionId.CUSTOM_FIELDS].triggered.connect(self._on_custom_fields_triggered)
        a[ActionId.POINTS_RULES].triggered.connect(self._on_points_rules_triggered)
        a[ActionId.LANGUAGE_ZH].triggered.connect(lambda: self._choose_language("zh_CN"))
        a[ActionId.LANGUAGE_EN].triggered.connect(lambda: self._choose_language("en"))
        for index, action_id in enumerate(TABS):
            a[action_id].triggered.connect(lambda _=False, i=index: self.show_tab(i))
        self.picker.community_changed.connect(self._on_picker_community_changed)
        a[ActionId.LANGUAGE_ZH].setChecked(self.lang == "zh_CN")
        a[ActionId.LANGUAGE_EN].setChecked(self.lang != "zh_CN")

    def _tab_titles(self) -> list[str]:
        return [self.tr("Plan"), self.tr("Roster"), self.tr("Calendar"), self.tr("Checklists"),
                self.tr("Analytics")]

    def _make_view(self, key: str) -> QWidget:
        module, name = TAB_VIEWS[key]
        view_class = getattr(importlib.import_module(module), name)
        return view_class(self.workspace, self.undo_stack, self)

    def _on_view_built(self, key: str, view: QWidget) -> None:
        view.changed.connect(self.apply_changes)
        if key == "plan":
            view.community_requested.connect(self._on_community_requested)
        elif key == "roster":
            view.restore_header_state(settings.get(settings.ROSTER_HEADER))
            view.import_requested.connect(self.actions[ActionId.IMPORT_MEMBERS].trigger)
        elif key == "analytics":  # its exports say so themselves (views.export_target)
            view.show_members_requested.connect(self._on_show_members_requested)
            view.profile_requested.connect(lambda i: self.roster_view.open_profile(i))
        view.set_community(self.picker.community_id())

    # A tab's view, built now if it was not yet.
    plan_view = property(lambda self: self.tab_set.view("plan"))
    roster_view = property(lambda self: self.tab_set.view("roster"))
    calendar_view = property(lambda self: self.tab_set.view("calendar"))
    checklist_view = property(lambda self: self.tab_set.view("checklists"))
    analytics_view = property(lambda self: self.tab_set.view("analytics"))

    @property
    def views(self) -> list:
        """The tabs' views built so far (a tab built later reads the workspace then)."""
        return self.tab_set.built_views()

    # -- the workspace ---------------------------------------------------------------

    def _show_workspace(self) -> None:
        ws = self.workspace
        self.setWindowTitle(self.tr("{app} — {name}").format(
            app=self.tr("Qunzhu"), name=ws.path.name))
        self.setWindowFilePath(str(ws.path))
        self.path_label.setText(str(ws.path))
        self.path_label.setToolTip(self.tr("The workspace file: everything is saved here"))
        self.undo_stack.clear()
        current = self.tabs.currentIndex() if self.tabs.count() else \
            settings.get(settings.CURRENT_TAB)
        self.tab_set.reset(self._tab_titles(), current)
        for index, action_id in enumerate(TABS):
            self.tabs.setTabIcon(index, self.actions[action_id].icon())
        self.picker.reload(ws.conn)
        self.picker.select(settings.picked_community(str(ws.path)))
        if self.lazy_tabs:
            self.tab_set.view_at(self.tabs.currentIndex())
            self.tab_set.build_rest_later(BUILD_REST_AFTER_MS)
        else:
            self.tab_set.build_all()
        self._refresh_count()
        self.first_run.refresh()
        settings.remember_workspace(str(ws.path))
        self.safekeeping.check_in_background()
        self.reminders.workspace_shown(ws.path, self.picker.community_id())
        self.workspace_opened.emit(str(ws.path))

    def open_path(self, path: Path) -> bool:
        """Switch to the workspace at ``path``; on refusal say why and keep the current one."""
        path = Path(path)
        if path.absolute() == self.workspace.path:
            return True
        settled = location_prompt.settle(self, path)  # a network share or a synced folder
        if settled is None:
            return False
        path = settled
        try:
            opened = open_workspace(path)
        except (WorkspaceError, OSError) as error:
            QMessageBox.warning(self, self.tr("Cannot open workspace"), describe_error(error))
            return False
        self._flush_plan()
        self.workspace.close()
        self.workspace = opened
        self._show_workspace()
        return True

    def apply_changes(self, change: Change) -> None:
        """Tell every tab (and the status bar, and the trash if open) what changed."""
        for view in self.views:
            view.apply_changes(change)
        self.first_run.apply_changes(change)
        self.reminders.feed.apply_changes(change)
        if self._trash is not None:
            self._trash.apply_changes(change)
        if change.touches("members", "memberships", "communities"):
            if change.touches("communities"):
                self.picker.reload(self.workspace.conn)
            self._refresh_count()

    def _refresh_count(self) -> None:
        community_id = self.picker.community_id()
        self.count_label.setText(self.tr("Members: counting…"))
        run_query(self, self.workspace.path, lambda conn: member_count(conn, community_id),
                  self._on_count_done)

    # -- slots -------------------------------------------------------------------------

    def _on_count_done(self, count: int) -> None:
        self.count_label.setText(self.tr("Members: {count:,}").format(count=count))

    def _on_picker_community_changed(self, community_id: int | None) -> None:
        settings.remember_community(str(self.workspace.path), community_id)
        for view in self.views:
            view.set_community(community_id)
        self.reminders.feed.set_community(community_id)
        self._refresh_count()

    def _on_new_workspace_triggered(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New workspace"), str(self.workspace.path.parent / "new.qunzhu"),
            self.tr("Qunzhu workspace (*{suffix})").format(suffix=WORKSPACE_SUFFIX),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(WORKSPACE_SUFFIX)
        if path.exists() and path.stat().st_size > 0:
            answer = QMessageBox.question(self, self.tr("File exists"), self.tr(
                "{path} already exists. Open it instead? (Nothing in it is removed.)").format(
                    path=path))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.open_path(path)

    def _on_open_workspace_triggered(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open workspace"), str(self.workspace.path.parent),
            self.tr("Qunzhu workspace (*{suffix});;All files (*)").format(suffix=WORKSPACE_SUFFIX))
        if name:
            self.open_path(Path(name))

    def _fill_recent_menu(self) -> None:
        menu: QMenu = self.recent_menu
        menu.clear()
        recent = [p for p in settings.get(settings.RECENT_WORKSPACES)
                  if p != str(self.workspace.path)]
        for path in recent:
            action = menu.addAction(path)
            action.setEnabled(Path(path).exists())
            action.triggered.connect(lambda _=False, p=path: self.open_path(Path(p)))
        if not recent:
            menu.addAction(self.tr("No other workspaces yet")).setEnabled(False)

    def _on_demo_data_triggered(self) -> None:
        from desktop import demo_data

        demo_data.fill(self)

    def _on_long_task_failed(self, error: Exception) -> None:
        if isinstance(error, Cancelled):
            self.statusBar().showMessage(self.tr("Cancelled; nothing was changed."), 10_000)
            return
        QMessageBox.warning(self, self.tr("Something went wrong"), describe_error(error))

    def _on_export_report_triggered(self) -> None:
        self.analytics_view.ask_and_export_report()

    def _on_show_members_requested(self, ids: list[int]) -> None:
        """The roster, showing exactly ``ids`` (the analytics tab's "slipping away" list)."""
        self.tabs.setCurrentWidget(self.roster_view)
        self.roster_view.show_members(ids)
        self.statusBar().showMessage(self.tr("{count} member(s) to follow up").format(
            count=len(ids)), 10_000)

    def _on_backup_now_triggered(self) -> None:
        self.safekeeping.back_up(announce=True)

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.first_run.show_tabs()

    def _on_find_triggered(self) -> None:
        self.show_tab(self.tabs.indexOf(self.roster_view))
        self.roster_view.search.setFocus()
        self.roster_view.search.selectAll()

    def _on_add_member_triggered(self) -> None:
        self.tabs.setCurrentWidget(self.roster_view)
        self.roster_view.add_member()

    def _on_trash_triggered(self) -> None:
        from views.roster.trash import TrashDialog

        if self._trash is None:
            self._trash = TrashDialog(self.workspace, self.undo_stack, self.apply_changes, self)
            self._trash.finished.connect(self._on_trash_finished)
        self._trash.reload()
        self._trash.show()
        self._trash.raise_()

    def _on_workspace_settings_triggered(self) -> None:
        from views.workspace_settings import WorkspaceSettingsDialog

        dialog = WorkspaceSettingsDialog(self.workspace, self.apply_changes, self,
                                         self.undo_stack)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_custom_fields_triggered(self) -> None:
        from views.custom_fields_dialog import CustomFieldsDialog

        dialog = CustomFieldsDialog(self.workspace, self.undo_stack, self.apply_changes, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_points_rules_triggered(self) -> None:
        from views.points_rules import PointsRulesDialog

        dialog = PointsRulesDialog(self.workspace, self.undo_stack, self.apply_changes,
                                   self.picker.community_id(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_trash_finished(self) -> None:
        if self._trash is not None:
            self._trash.deleteLater()
            self._trash = None

    def _on_import_members_triggered(self) -> None:
        from desktop.member_files import open_import_wizard

        open_import_wizard(self, self.workspace, self.picker.community_id())

    def _on_import_orders_triggered(self) -> None:
        from views.order_import.dialog import open_order_import

        open_order_import(self, self.workspace, self.picker.community_id())

    def _on_import_chat_triggered(self) -> None:
        from desktop.chat_files import open_chat_import_wizard

        open_chat_import_wizard(self, self.workspace, self.picker.community_id())

    def _on_export_roster_triggered(self) -> None:
        from desktop.member_files import export_roster_file

        export_roster_file(self, self.workspace, self.roster_view)

    def _on_import_calendar_triggered(self) -> None:
        from desktop.calendar_files import import_calendar_file

        # Undoable; the runner tells every tab (apply_changes) once it is on the stack.
        import_calendar_file(self, self.workspace, self.picker.community_id())

    def _on_export_calendar_triggered(self) -> None:
        from desktop.calendar_files import export_calendar_file

        export_calendar_file(self, self.workspace, self.picker.community_id())

    def _on_export_events_triggered(self) -> None:
        from desktop.event_files import export_events_file

        export_events_file(self, self.workspace, self.picker.community_id())

    def _show_checklists(self) -> None:
        self.tabs.setCurrentWidget(self.checklist_view)

    def _on_import_checklist_triggered(self) -> None:
        self._show_checklists()
        self.checklist_view.import_checklist()

    def _on_export_checklists_triggered(self) -> None:
        self._show_checklists()
        self.checklist_view.export(current_only=False)

    def _on_export_inventory_triggered(self) -> None:
        self._show_checklists()
        self.checklist_view.export_inventory()

    def _on_new_community_triggered(self) -> None:
        self.tabs.setCurrentWidget(self.plan_view)
        self.plan_view.new_community()

    def _on_export_plan_triggered(self) -> None:
        self.tabs.setCurrentWidget(self.plan_view)
        self.plan_view.export()

    def _on_community_requested(self, community_id: int) -> None:
        self.picker.reload(self.workspace.conn)
        self.picker.select(community_id)

    def _on_about_triggered(self) -> None:
        QMessageBox.about(self, self.tr("About Qunzhu"), self.tr(
            "<h3>Qunzhu {version}</h3><p>Plan, run and measure your communities, offline.</p>"
            "<p>Workspace: {path}<br>Workspace format: {format} (this version writes "
            "{latest})</p>").format(version=__version__, path=self.workspace.path,
                                   format=self.workspace.schema_version,
                                   latest=migrations.LATEST_VERSION))

    def _choose_language(self, lang: str) -> None:
        settings.put(settings.LANGUAGE, lang)
        self.actions[ActionId.LANGUAGE_ZH].setChecked(lang == "zh_CN")
        self.actions[ActionId.LANGUAGE_EN].setChecked(lang == "en")
        if lang != self.lang:
            QMessageBox.information(self, APP_NAME, self.tr(
                "The language changes the next time you start Qunzhu."))

    # -- window state ------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = settings.get(settings.WINDOW_GEOMETRY)
        if geometry is None or geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1200, 780)
        state = settings.get(settings.WINDOW_STATE)
        if state is not None and not state.isEmpty():
            self.restoreState(state)

    def _flush_plan(self) -> None:
        """Save the plan text being typed (it is saved a moment after typing stops)."""
        if "plan" in self.tab_set.views:
            self.plan_view.flush()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        file_opening.accept_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        file_opening.take_drop(self, event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        settings.put(settings.WINDOW_GEOMETRY, self.saveGeometry())
        settings.put(settings.WINDOW_STATE, self.saveState())
        settings.put(settings.CURRENT_TAB, self.tabs.currentIndex())
        if "roster" in self.tab_set.views:
            settings.put(settings.ROSTER_HEADER, self.roster_view.header_state())
        self._flush_plan()
        self.tab_set.stop()
        self.reminders.stop()
        self.safekeeping.stop()
        self.workspace.close()
        super().closeEvent(event)

