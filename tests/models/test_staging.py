"""Staging folders live beside their workspace and go with the next open of it."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from models.core.errors import WorkspaceLockedError
from models.store import staging
from models.store.lock import WorkspaceLock
from models.store.workspace import open_workspace


def test_a_job_stages_in_a_private_hidden_folder_beside_the_workspace(tmp_path):
    workspace = tmp_path / "社群.qunzhu"
    with open_workspace(workspace) as ws:
        assert staging.workspace_of(ws.conn) == workspace
        with staging.folder(staging.workspace_of(ws.conn), "import") as folder:
            assert folder.parent == tmp_path / ".社群.qunzhu.staging"
            assert folder.name.startswith("import-")
            if os.name == "posix":
                assert stat.S_IMODE(folder.stat().st_mode) == 0o700
                assert stat.S_IMODE(folder.parent.stat().st_mode) == 0o700
            (folder / "search.sqlite").write_bytes(b"names and phones")
        assert not folder.parent.exists()  # the hidden folder too, once empty


def test_a_link_to_the_workspace_finds_the_same_staging_folder(tmp_path):
    real = tmp_path / "real" / "w.qunzhu"
    real.parent.mkdir()
    real.touch()
    link = tmp_path / "link.qunzhu"
    link.symlink_to(real)
    assert staging.root_for(link) == staging.root_for(real) == real.parent / ".w.qunzhu.staging"


def test_a_database_in_memory_stages_in_the_temp_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    conn = sqlite3.connect(":memory:")
    assert staging.workspace_of(conn) is None
    with staging.folder(None, "import") as folder:
        assert folder.parent == tmp_path
    assert not folder.exists()


@pytest.fixture
def leftover(tmp_path):
    workspace = tmp_path / "w.qunzhu"
    open_workspace(workspace).close()
    folder = staging.create(workspace, "import")
    (folder / "search.sqlite").write_bytes(b"names and phones")
    return workspace, folder


def test_the_next_writable_open_removes_what_a_killed_job_left(leftover):
    workspace, folder = leftover
    with open_workspace(workspace):
        assert not folder.parent.exists()
    assert sorted(p.name for p in workspace.parent.iterdir()) == ["w.qunzhu"]


def test_a_running_job_is_never_touched(leftover):
    """Its process holds the lock: a read-only open and a refused open leave its files."""
    workspace, folder = leftover
    open_workspace(workspace, readonly=True).close()
    lock = WorkspaceLock(workspace)
    lock.acquire()
    try:
        with pytest.raises(WorkspaceLockedError):
            open_workspace(workspace)
    finally:
        lock.release()
    assert (folder / "search.sqlite").exists()
