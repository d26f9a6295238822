"""Starting the window: the QApplication, the language, the workspace, the event loop."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import (
    error_surface,
    file_opening,
    i18n,
    location_prompt,
    main_window,
    paths,
    settings,
)
from desktop.cli_parser import EXIT_REFUSED, build_parser
from desktop.file_kinds import FileKind, Kind
from desktop.messages import describe_error
from models.core.errors import WorkspaceError
from resources import ICONS


def run_window(argv: Sequence[str], lang: str | None, file: FileKind | None = None) -> int:
    """The window, on ``--workspace``, the last workspace or the default one; ``file``
    (``qunzhu FILE``) is a workspace to open instead, or a file whose import starts once
    the window shows."""
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "qunzhu"])
    paths.set_application_names(app)
    app.setWindowIcon(app_icon())
    i18n.use_language(lang)
    hooks = error_surface.install_window_hooks(app)  # from here on, nothing fails unseen

    args = build_parser().parse_args(list(argv))  # translated help and errors
    explicit = getattr(args, "workspace", None)
    if file is not None and file.kind is Kind.WORKSPACE:
        explicit, file = file.path, None
    candidates = [Path(explicit)] if explicit else _default_candidates()
    window = None
    for candidate in candidates:
        path = location_prompt.settle(None, candidate)  # a network share or a synced folder
        if path is None:
            continue
        try:
            window = main_window(path, lazy_tabs=True)
            break
        except (WorkspaceError, OSError) as error:
            QMessageBox.critical(None, app.translate("App", "Cannot open workspace"),
                                 describe_error(error))
    if window is None:
        return EXIT_REFUSED
    hooks.workspace_path = lambda: window.workspace.path
    window.show()
    if file is not None:  # once the window is up, as if the file had been dropped on it
        QTimer.singleShot(0, window, lambda: file_opening.open_file(window, file))
    try:
        return app.exec()
    finally:
        hooks.uninstall()


def app_icon() -> QIcon:
    """群 on a rounded square (resources/icons, drawn from qunzhu.svg by tools/make_icons.py):
    the title bar, the task bar, the window switcher."""
    icon = QIcon()
    for name in ("qunzhu-48.png", "qunzhu.png", "qunzhu-512.png"):
        icon.addFile(str(ICONS / name))
    return icon


def _default_candidates() -> list[Path]:
    """The last workspace used, then the default one (if the last cannot be opened)."""
    default = paths.default_workspace()
    last = settings.get(settings.LAST_WORKSPACE)
    if last and Path(last).exists() and Path(last) != default:
        return [Path(last), default]
    return [default]
