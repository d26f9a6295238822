"""Where things live: the app's names for QSettings/QStandardPaths and the default workspace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from models import APP_NAME, __version__

ORGANIZATION = "Qunzhu"
DEFAULT_WORKSPACE_NAME = "workspace.qunzhu"
#: The extension the file dialogs offer.
WORKSPACE_SUFFIX = ".qunzhu"


def set_application_names(app: QCoreApplication | None = None) -> None:
    """The names QSettings and QStandardPaths use (static: no application needed yet)."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)


def cache_folder() -> Path:
    """The app's own cache (e.g. ~/.cache/Qunzhu/Qunzhu on Linux, %LOCALAPPDATA%\\Qunzhu\\
    Qunzhu\\cache on Windows): kept between launches, safe to delete."""
    set_application_names()
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(folder)


def use_own_matplotlib_folder() -> bool:
    """matplotlib's config and font cache in ``cache_folder()/matplotlib``, before matplotlib
    is imported: a frozen app otherwise gets a fresh temporary folder from PyInstaller and
    rebuilds the font cache (seconds) on every launch."""
    from exports.chart_fonts import use_cache_folder

    return use_cache_folder(cache_folder() / "matplotlib")


def default_workspace() -> Path:
    """``AppDataLocation/workspace.qunzhu`` (e.g. ~/.local/share/Qunzhu/Qunzhu/ on Linux)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / DEFAULT_WORKSPACE_NAME
