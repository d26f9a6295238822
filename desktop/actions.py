"""Every menu command, declared once and looked up by an id, and the menu bar as lists of
those ids (in the platform's order: File, Edit, View, Help)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import Enum, auto

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from views.icons import icon

translate = QCoreApplication.translate


class ActionId(Enum):
    NEW_WORKSPACE = auto()
    OPEN_WORKSPACE = auto()
    DEMO_DATA = auto()
    EXPORT_REPORT = auto()
    BACKUP_NOW = auto()
    IMPORT_MEMBERS = auto()
    IMPORT_ORDERS = auto()
    IMPORT_CHAT = auto()
    EXPORT_ROSTER = auto()
    IMPORT_CALENDAR = auto()
    EXPORT_CALENDAR = auto()
    EXPORT_EVENTS = auto()
    IMPORT_CHECKLIST = auto()
    EXPORT_CHECKLISTS = auto()
    EXPORT_INVENTORY = auto()
    NEW_COMMUNITY = auto()
    EXPORT_PLAN = auto()
    QUIT = auto()
    UNDO = auto()
    REDO = auto()
    FIND = auto()
    ADD_MEMBER = auto()
    TRASH = auto()
    REMINDERS = auto()
    WORKSPACE_SETTINGS = auto()
    CUSTOM_FIELDS = auto()
    POINTS_RULES = auto()
    TAB_PLAN = auto()
    TAB_ROSTER = auto()
    TAB_CALENDAR = auto()
    TAB_CHECKLISTS = auto()
    TAB_ANALYTICS = auto()
    LANGUAGE_ZH = auto()
    LANGUAGE_EN = auto()
    GUIDE = auto()
    ABOUT = auto()


def build_actions(parent: QWidget, undo_stack: QUndoStack) -> dict[ActionId, QAction]:
    def make(action_id: ActionId, text: str, shortcut: QKeySequence | str | None = None,
             tip: str = "") -> QAction:
        action = QAction(text, parent)
        action.setObjectName(f"action{action_id.name.title().replace('_', '')}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        actions[action_id] = action
        return action

    key = QKeySequence.StandardKey
    actions: dict[ActionId, QAction] = {}
    make(ActionId.NEW_WORKSPACE, translate("Actions", "&New Workspace…"), key.New,
         translate("Actions", "Start a new, empty workspace file"))
    make(ActionId.OPEN_WORKSPACE, translate("Actions", "&Open Workspace…"), key.Open,
         translate("Actions", "Open another workspace file"))
    make(ActionId.DEMO_DATA, translate("Actions", "Fill with &Demo Data…"), None,
         translate("Actions", "Explore Qunzhu with a realistic, made-up workspace"))
    make(ActionId.EXPORT_REPORT, translate("Actions", "Export &Report…"), "Ctrl+Shift+R",
         translate("Actions", "Save the analytics of the current community and period as "
                              "an Excel workbook with charts"))
    make(ActionId.BACKUP_NOW, translate("Actions", "&Back Up Now"), "Ctrl+Shift+B",
         translate("Actions", "Copy the workspace into the backups folder beside it"))
    make(ActionId.IMPORT_MEMBERS, translate("Actions", "&Import Members…"), "Ctrl+Shift+I",
         translate("Actions", "Add or update members from Excel, WPS or CSV files"))
    make(ActionId.IMPORT_ORDERS, translate("Actions", "Import &Orders…"), None,
         translate("Actions", "Add purchases from a shop's order export (有赞, 微店, 小鹅通, "
                              "淘宝, a spreadsheet)"))
    make(ActionId.IMPORT_CHAT, translate("Actions", "Import Cha&t Records…"), None,
         translate("Actions", "Messages, invitations and joins from a QQ, WeChat, Telegram "
                              "or Discord export, or any sheet"))
    make(ActionId.EXPORT_ROSTER, translate("Actions", "E&xport Roster…"), "Ctrl+Shift+E",
         translate("Actions", "Save the roster as the table shows it to an Excel workbook"))
    make(ActionId.IMPORT_CALENDAR, translate("Actions", "Import &Calendar (.ics)…"), None,
         translate("Actions", "Add or update events from Outlook, Google or Apple Calendar"))
    make(ActionId.EXPORT_CALENDAR, translate("Actions", "&Export Calendar (.ics)…"), None,
         translate("Actions", "Save events for Outlook, Google or Apple Calendar"))
    make(ActionId.EXPORT_EVENTS, translate("Actions", "Export E&vents (.xlsx)…"), None,
         translate("Actions", "One row per occurrence: registrations, attendance, cost "
                              "against budget"))
    make(ActionId.IMPORT_CHECKLIST, translate("Actions", "Import Edited C&hecklist (.xlsx)…"),
         None, translate("Actions", "Read back a material checklist edited in Excel or WPS, "
                                    "with a preview of every change"))
    make(ActionId.EXPORT_CHECKLISTS, translate("Actions", "Export &Material Checklists (.xlsx)…"),
         None, translate("Actions", "All checklists in the current scope, for staff and "
                                    "suppliers"))
    make(ActionId.EXPORT_INVENTORY, translate("Actions", "Export &Inventory (.xlsx)…"), None,
         translate("Actions", "The material library: on hand, reserved and available"))
    make(ActionId.NEW_COMMUNITY, translate("Actions", "New &Community…"), None,
         translate("Actions", "Start a community from an empty plan or a template"))
    make(ActionId.EXPORT_PLAN, translate("Actions", "Export &Plan (.xlsx)…"), None,
         translate("Actions", "The picked community's plan: goals with progress, risks, "
                              "roadmap, rules and needs"))
    make(ActionId.QUIT, translate("Actions", "&Quit"), key.Quit)

    undo = undo_stack.createUndoAction(parent, translate("Actions", "&Undo"))
    undo.setShortcut(QKeySequence(key.Undo))
    undo.setObjectName("actionUndo")
    actions[ActionId.UNDO] = undo
    redo = undo_stack.createRedoAction(parent, translate("Actions", "&Redo"))
    redo.setShortcuts([QKeySequence(key.Redo), QKeySequence("Ctrl+Shift+Z")])
    redo.setObjectName("actionRedo")
    actions[ActionId.REDO] = redo

    make(ActionId.FIND, translate("Actions", "&Find Member"), key.Find,
         translate("Actions", "Search the roster"))
    make(ActionId.ADD_MEMBER, translate("Actions", "&Add Member…"), "Ctrl+Shift+N",
         translate("Actions", "Add a member by hand"))
    make(ActionId.TRASH, translate("Actions", "&Trash"), None,
         translate("Actions", "Deleted members, to restore or erase for good"))
    make(ActionId.REMINDERS, translate("Actions", "&Reminders"), "Ctrl+Shift+D",
         translate("Actions", "What is coming up in the next days: events and checklist items "
                              "due"))
    make(ActionId.WORKSPACE_SETTINGS, translate("Actions", "Workspace &Settings…"), None,
         translate("Actions", "The workspace's time zone"))
    make(ActionId.CUSTOM_FIELDS, translate("Actions", "Custom &Fields…"), None,
         translate("Actions", "Fields the workspace adds to its members (车型, 会员到期日 …)"))
    make(ActionId.POINTS_RULES, translate("Actions", "&Points Rules && Honours…"), None,
         translate("Actions", "Points for kinds of activity and honours members earn, per "
                              "community"))
    make(ActionId.TAB_PLAN, translate("Actions", "&Plan"), "Ctrl+1")
    make(ActionId.TAB_ROSTER, translate("Actions", "&Roster"), "Ctrl+2")
    make(ActionId.TAB_CALENDAR, translate("Actions", "&Calendar"), "Ctrl+3")
    make(ActionId.TAB_CHECKLISTS, translate("Actions", "C&hecklists"), "Ctrl+4")
    make(ActionId.TAB_ANALYTICS, translate("Actions", "&Analytics"), "Ctrl+5")

    languages = QActionGroup(parent)
    for action_id, text in ((ActionId.LANGUAGE_ZH, "中文（简体）"),
                            (ActionId.LANGUAGE_EN, "English")):
        # Each language is named in itself, as language menus do, so it needs no translation.
        action = make(action_id, text)
        action.setCheckable(True)
        languages.addAction(action)

    make(ActionId.GUIDE, translate("Actions", "Qunzhu &Guide"), key.HelpContents,
         translate("Actions", "The operator's loop, where each file comes from, the keyboard "
                              "shortcuts"))
    make(ActionId.ABOUT, translate("Actions", "&About Qunzhu"), None)
    actions[ActionId.ABOUT].setMenuRole(QAction.MenuRole.AboutRole)
    for action_id, name in ICONS.items():
        actions[action_id].setIcon(icon(name))
    return actions


#: Each action's Lucide icon (resources/icons/actions): one picture per idea, so "import" and
#: "export" of the same thing differ only by the arrow.
ICONS = {
    ActionId.NEW_WORKSPACE: "file-plus",
    ActionId.OPEN_WORKSPACE: "folder-open",
    ActionId.DEMO_DATA: "sparkles",
    ActionId.EXPORT_REPORT: "file-chart-column",
    ActionId.BACKUP_NOW: "database-backup",
    ActionId.IMPORT_MEMBERS: "file-input",
    ActionId.IMPORT_CHAT: "messages-square",
    ActionId.IMPORT_ORDERS: "shopping-cart",
    ActionId.EXPORT_ROSTER: "sheet",
    ActionId.IMPORT_CALENDAR: "calendar-arrow-down",
    ActionId.EXPORT_CALENDAR: "calendar-arrow-up",
    ActionId.EXPORT_EVENTS: "sheet",
    ActionId.IMPORT_CHECKLIST: "clipboard-paste",
    ActionId.EXPORT_CHECKLISTS: "clipboard-list",
    ActionId.EXPORT_INVENTORY: "package",
    ActionId.NEW_COMMUNITY: "message-circle-plus",
    ActionId.EXPORT_PLAN: "file-text",
    ActionId.QUIT: "log-out",
    ActionId.UNDO: "undo-2",
    ActionId.REDO: "redo-2",
    ActionId.FIND: "search",
    ActionId.ADD_MEMBER: "user-plus",
    ActionId.TRASH: "trash-2",
    ActionId.REMINDERS: "bell",
    ActionId.WORKSPACE_SETTINGS: "settings",
    ActionId.CUSTOM_FIELDS: "list-checks",
    ActionId.POINTS_RULES: "award",
    ActionId.TAB_PLAN: "map",
    ActionId.TAB_ROSTER: "users",
    ActionId.TAB_CALENDAR: "calendar-days",
    ActionId.TAB_CHECKLISTS: "list-checks",
    ActionId.TAB_ANALYTICS: "chart-column",
    ActionId.GUIDE: "circle-help",
    ActionId.ABOUT: "info",
}


#: The tabs in order, as View > Plan … Analytics (Ctrl+1 … Ctrl+5) picks them.
TABS = (ActionId.TAB_PLAN, ActionId.TAB_ROSTER, ActionId.TAB_CALENDAR, ActionId.TAB_CHECKLISTS,
        ActionId.TAB_ANALYTICS)
#: Places in a menu that are not one action: a separator and two submenus.
SEPARATOR, RECENT, LANGUAGES = "separator", "recent", "languages"
FILE_MENU = (ActionId.NEW_WORKSPACE, ActionId.OPEN_WORKSPACE, ActionId.NEW_COMMUNITY, RECENT,
             SEPARATOR, ActionId.DEMO_DATA, ActionId.EXPORT_REPORT, ActionId.BACKUP_NOW,
             SEPARATOR, ActionId.IMPORT_MEMBERS, ActionId.IMPORT_CHAT, ActionId.IMPORT_ORDERS,
             ActionId.EXPORT_ROSTER,
             SEPARATOR, ActionId.IMPORT_CALENDAR, ActionId.EXPORT_CALENDAR,
             ActionId.EXPORT_EVENTS,
             SEPARATOR, ActionId.IMPORT_CHECKLIST, ActionId.EXPORT_CHECKLISTS,
             ActionId.EXPORT_INVENTORY, ActionId.EXPORT_PLAN,
             SEPARATOR, ActionId.QUIT)
EDIT_MENU = (ActionId.UNDO, ActionId.REDO, SEPARATOR, ActionId.FIND, ActionId.ADD_MEMBER,
             SEPARATOR, ActionId.POINTS_RULES, ActionId.CUSTOM_FIELDS,
             ActionId.WORKSPACE_SETTINGS)
VIEW_MENU = (*TABS, SEPARATOR, ActionId.REMINDERS, ActionId.TRASH, SEPARATOR, LANGUAGES)
HELP_MENU = (ActionId.GUIDE, SEPARATOR, ActionId.ABOUT)
#: The toolbar after the community picker: the everyday commands, icons only (the tooltip
#: names each, with its shortcut).
TOOLBAR = (ActionId.NEW_COMMUNITY, ActionId.IMPORT_MEMBERS, ActionId.ADD_MEMBER,
           ActionId.EXPORT_ROSTER, SEPARATOR, ActionId.UNDO, ActionId.REDO, SEPARATOR,
           ActionId.FIND, SEPARATOR, ActionId.REMINDERS, ActionId.EXPORT_CHECKLISTS,
           ActionId.EXPORT_REPORT)


def build_menu_bar(bar: QMenuBar, actions: Mapping[ActionId, QAction]) -> QMenu:
    """Fill the window's menu bar; returns File > Open Recent, left empty for the window
    to fill each time it is shown. Titles keep the window's translation context."""
    found: dict[str, QMenu] = {}

    def fill(menu: QMenu, items: Sequence[ActionId | str]) -> None:
        for item in items:
            if item == SEPARATOR:
                menu.addSeparator()
            elif item == RECENT:
                found[RECENT] = menu.addMenu(translate("MainWindow", "Open &Recent"))
                found[RECENT].setObjectName("recentMenu")
            elif item == LANGUAGES:
                fill(menu.addMenu(translate("MainWindow", "&Language")),
                     (ActionId.LANGUAGE_ZH, ActionId.LANGUAGE_EN))
            else:
                menu.addAction(actions[item])

    fill(bar.addMenu(translate("MainWindow", "&File")), FILE_MENU)
    fill(bar.addMenu(translate("MainWindow", "&Edit")), EDIT_MENU)
    fill(bar.addMenu(translate("MainWindow", "&View")), VIEW_MENU)
    fill(bar.addMenu(translate("MainWindow", "&Help")), HELP_MENU)
    return found[RECENT]
