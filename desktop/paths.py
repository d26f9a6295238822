"""Where things live: the app's names for QSettings/QStandardPaths and the default workspace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from models import APP_NAME, __version__

ORGANIZATION = "Qunzhu"
DEFAULT_WORKSPACE_NAME = "workspace.qunzhu"
#: The extension the file dialogs offer.
WORKSPACE_SUFFIX = ".qunzhu"


def set_application_names(app: QCoreApplication) -> None:
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)


def default_workspace() -> Path:
    """``AppDataLocation/workspace.qunzhu`` (e.g. ~/.local/share/Qunzhu/Qunzhu/ on Linux)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / DEFAULT_WORKSPACE_NAME
