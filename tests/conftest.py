"""Shared test set-up: offscreen Qt, isolated settings and app data, small workspaces."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt
# matplotlib's usual font cache, chosen once for the whole run: ``qunzhu`` run in-process
# would otherwise point it at the (per-test) app cache folder and rebuild it there.
os.environ.setdefault("MPLCONFIGDIR", os.path.join(os.path.expanduser("~"), ".cache",
                                                   "matplotlib"))

from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

#: Demo data in tests is anchored to this day so that numbers do not drift with the clock.
DEMO_TODAY = date(2026, 11, 23)


@pytest.fixture(autouse=True)
def _isolated_user_files(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    """Settings and app data of each test in its own folder, never the developer's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - Qt-free environments run models tests only
        return
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(home / ".config"))


@pytest.fixture
def workspace_path(tmp_path: Path) -> Path:
    return tmp_path / "test.qunzhu"


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    """A closed workspace file holding 300 demo members."""
    from models.demo.builder import build_demo
    from models.store.workspace import open_workspace

    path = tmp_path / "demo.qunzhu"
    with open_workspace(path) as ws:
        build_demo(ws, 300, seed=7, today=DEMO_TODAY)
    return path
