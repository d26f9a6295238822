"""Every per-computer setting, declared once with its default, over QSettings (INI format).

Per-workspace settings live in the workspace file (``workspace_settings``) instead.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from desktop.paths import ORGANIZATION
from models import APP_NAME

MAX_RECENT = 8


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray())
CURRENT_TAB = Setting("window/current_tab", 0)
ROSTER_HEADER = Setting("roster/header", QByteArray())  # column order, widths, hidden
CHAT_IMPORT_FOLDER = Setting("chat_import/folder", "")  # where the last chat export was
CHAT_IMPORT_FORMAT = Setting("chat_import/format", "auto")  # the format chosen for it
RECENT_WORKSPACES = Setting("workspaces/recent", [])
LAST_WORKSPACE = Setting("workspaces/last", "")
LANGUAGE = Setting("ui/language", "")  # "" = follow the system
#: The folder the last export was saved to (views.export_target: one for every kind).
EXPORT_FOLDER = Setting("exports/folder", "")
#: The community the picker showed last, per workspace: JSON {workspace path: id}.
PICKED_COMMUNITIES = Setting("workspaces/picked_community", "")
#: Workspaces on a share or in a synced folder the user chose to open there without asking.
RISKY_PLACES_ACCEPTED = Setting("workspaces/risky_accepted", [])
#: Notifications of today's events and of each one about to begin (desktop.reminders).
NOTIFY = Setting("reminders/notify", True)


def store() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APP_NAME)


def get(setting: Setting, settings: QSettings | None = None) -> Any:
    value = (settings or store()).value(setting.key, setting.default)
    default = setting.default
    if isinstance(default, bool):
        return value in (True, "true", "1", 1)
    if isinstance(default, int):
        try:
            return int(value)
        except (TypeError, ValueError):
            return default
    if isinstance(default, list):
        if value in (None, ""):
            return []
        return [str(v) for v in value] if isinstance(value, list) else [str(value)]
    return value


def put(setting: Setting, value: Any) -> None:
    store().setValue(setting.key, value)


def picked_community(workspace: str) -> int | None:
    """The community the picker showed when ``workspace`` was last open (None: all)."""
    value = _picked().get(workspace)
    return value if isinstance(value, int) else None


def remember_community(workspace: str, community_id: int | None) -> None:
    picked = {k: v for k, v in _picked().items() if k != workspace}
    if community_id is not None:
        # The newest last; only the workspaces of the recent list are worth keeping.
        picked = dict(list(picked.items())[-(MAX_RECENT * 2):])
        picked[workspace] = community_id
    put(PICKED_COMMUNITIES, json.dumps(picked, ensure_ascii=False))


def _picked() -> dict:
    try:
        found = json.loads(get(PICKED_COMMUNITIES) or "{}")
    except (TypeError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def remember_workspace(path: str) -> list[str]:
    """Put ``path`` first in the recent list (no duplicates, at most MAX_RECENT)."""
    settings = store()  # one instance: each writes the file once more when it goes
    recent = [p for p in get(RECENT_WORKSPACES, settings) if p != path]
    recent = [path, *recent][:MAX_RECENT]
    settings.setValue(RECENT_WORKSPACES.key, recent)
    settings.setValue(LAST_WORKSPACE.key, path)
    return recent
