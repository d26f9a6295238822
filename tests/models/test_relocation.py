"""Copying a workspace to a local folder: whole, checked, never over another file."""

from __future__ import annotations

import pytest

from models.members import records
from models.store import relocation
from models.store.workspace import open_workspace


def test_a_copy_of_an_open_workspace_has_its_latest_rows(tmp_path):
    source = tmp_path / "share" / "w.qunzhu"
    target = tmp_path / "local" / "w.qunzhu"
    with open_workspace(source) as ws:  # still open: the newest rows are in its WAL
        records.create_member(ws.conn, {"display_name": "李娜"})
        relocation.copy_workspace(source, target)
    with open_workspace(target, readonly=True) as copy:
        assert copy.conn.execute("SELECT display_name FROM members").fetchall() == [("李娜",)]


@pytest.mark.parametrize("companion", ["", "-wal", "-journal", ".lock"])
def test_nothing_is_copied_over_a_file_or_its_companions(tmp_path, companion):
    source = tmp_path / "w.qunzhu"
    open_workspace(source).close()
    target = tmp_path / "local.qunzhu"
    there = target.with_name(target.name + companion)
    there.write_bytes(b"keep me")
    with pytest.raises(FileExistsError):
        relocation.copy_workspace(source, target)
    assert there.read_bytes() == b"keep me"
    assert relocation.free_name(tmp_path, "local.qunzhu") == tmp_path / "local (2).qunzhu"


def test_a_copy_that_differs_is_removed(tmp_path, monkeypatch):
    source = tmp_path / "w.qunzhu"
    open_workspace(source).close()
    target = tmp_path / "local.qunzhu"
    monkeypatch.setattr(relocation, "quick_check", lambda conn: "page 3: btree damaged")
    with pytest.raises(relocation.CopyCheckFailed, match="btree damaged"):
        relocation.copy_workspace(source, target)
    assert not target.exists()
