"""The window's first run and its Help menu: the welcome page shown over the tabs while the
workspace is empty, and Help > Guide.

The welcome page sits in a stack with the tabs (the window's central widget). It shows
when a workspace with no member and no community is opened, and gives way to the tabs once
one is added (a template's community, an import, the demo), when "Go to the tabs" is
clicked, or when a tab is asked for (View > Plan…, Find, Add Member).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget, QTabWidget

from desktop.actions import ActionId
from models.core.changes import Change
from models.members.communities import list_communities
from models.store.stats import has_members
from views.help_guide import HelpGuide
from views.welcome import Step, WelcomePage

translate = QCoreApplication.translate

#: The chat import's menu command (File > Import Chat Records…, branch i16-chatui), looked
#: up by name so the welcome page offers it once it exists.
CHAT_ACTION = "actionImportChat"


class FirstRun:
    """Owns the stack of (tabs, welcome page) in ``window`` and the guide dialog."""

    def __init__(self, window: QMainWindow, tabs: QTabWidget) -> None:
        self.window = window
        self.tabs = tabs
        self.stack = QStackedWidget(window)
        self.stack.setObjectName("mainStack")
        self.stack.addWidget(tabs)
        self.welcome: WelcomePage | None = None
        self.guide: HelpGuide | None = None
        window.setCentralWidget(self.stack)
        tabs.currentChanged.connect(self.show_tabs)

    def steps(self) -> list[Step]:
        actions = self.window.actions  # type: ignore[attr-defined]
        chat = self.window.findChild(QAction, CHAT_ACTION)
        return [
            Step("community", translate("Welcome", "Start a community"),
                 translate("Welcome", "From a plan template (客户群, 兴趣社群, 付费社群) or an "
                                      "empty plan: who it is for, goals, rules."),
                 actions[ActionId.NEW_COMMUNITY]),
            Step("members", translate("Welcome", "Import members from Excel"),
                 translate("Welcome", "An xlsx, xls, ods or csv list from Excel, WPS or a form "
                                      "tool; every problem is shown before anything is "
                                      "written."),
                 actions[ActionId.IMPORT_MEMBERS]),
            Step("chat", translate("Welcome", "Import chat records"),
                 translate("Welcome", "A QQ, WeChat, Telegram or Discord group export: who "
                                      "spoke, joined and invited whom."),
                 chat),
            Step("demo", translate("Welcome", "Explore the demo"),
                 translate("Welcome", "Fill this empty workspace with a realistic, made-up "
                                      "community to look around first."),
                 actions[ActionId.DEMO_DATA]),
        ]

    def refresh(self) -> None:
        """Show the welcome page if the open workspace is empty, else the tabs."""
        conn = self.window.workspace.conn  # type: ignore[attr-defined]
        empty = not has_members(conn) and not list_communities(conn, include_archived=True)
        if empty:
            self.show_welcome()
        else:
            self.show_tabs()

    def apply_changes(self, change: Change) -> None:
        if self.welcome is not None and self.stack.currentWidget() is self.welcome \
                and change.touches("members", "communities"):
            self.refresh()

    def show_welcome(self) -> None:
        if self.welcome is not None:
            self.stack.removeWidget(self.welcome)
            self.welcome.deleteLater()
        # Built anew each time: the chat action may have come since, texts follow the language.
        self.welcome = WelcomePage(self.steps(), self.stack)
        self.welcome.dismissed.connect(self.show_tabs)
        self.welcome.guide_requested.connect(self.open_guide)
        self.stack.addWidget(self.welcome)
        self.stack.setCurrentWidget(self.welcome)

    def show_tabs(self, *_args) -> None:
        self.stack.setCurrentWidget(self.tabs)

    def showing_welcome(self) -> bool:
        return self.welcome is not None and self.stack.currentWidget() is self.welcome

    # -- Help > Guide --------------------------------------------------------------------

    def shortcut_actions(self) -> list[QAction]:
        """Every action of the window: the menus' in their order, then those of the tabs
        (opening a profile, moving to the trash) that are not in a menu."""
        found: list[QAction] = []

        def walk(menu: QMenu) -> None:
            for action in menu.actions():
                if action.menu() is not None:
                    walk(action.menu())
                elif not action.isSeparator():
                    found.append(action)

        for top in self.window.menuBar().actions():
            if top.menu() is not None:
                walk(top.menu())
        found += [a for a in self.window.findChildren(QAction) if a not in found]
        return found

    def open_guide(self) -> HelpGuide:
        if self.guide is None:
            self.guide = HelpGuide(self.shortcut_actions(), self.window)
            self.guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.guide.destroyed.connect(self._on_guide_destroyed)
        if self.guide.isVisible():
            self.guide.raise_()  # already open, behind the window
        self.guide.show()
        return self.guide

    def _on_guide_destroyed(self, *_args) -> None:
        self.guide = None
