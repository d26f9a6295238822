"""The shell: the QApplication, the main window, menus, settings, translations, the CLI.

Importing this package stays light (the CLI imports it); the widgets are imported by
``main_window()`` when a window is wanted.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.window import MainWindow

#: When the shell was first imported: a start time where the process's own is unknown.
STARTED = time.perf_counter()


def main_window(workspace_path: Path | str, lang: str | None = None, *,
                lazy_tabs: bool = False) -> MainWindow:
    """The ready, not yet shown main window on the workspace at ``workspace_path``.

    A QApplication must exist. ``lang`` (``zh_CN`` or ``en``) installs that language's
    translators; None keeps what is installed. Raises ``models.core.errors.WorkspaceError``
    when the workspace cannot be opened.

    Every tab is built, so every objectName DESIGN.md lists is there. ``lazy_tabs=True``
    is how the app starts: only the current tab is built now, the others once the event
    loop runs (or when first needed), which halves the time to a usable window.
    """
    from desktop import i18n
    from desktop.window import MainWindow
    from models.store.workspace import open_workspace

    language = i18n.use_language(lang)
    workspace = open_workspace(workspace_path)
    try:
        return MainWindow(workspace, language, lazy_tabs=lazy_tabs)
    except BaseException:
        workspace.close()
        raise
