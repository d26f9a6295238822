"""A bulk load's rollback journal leaves the workspace as every open sets it: in WAL mode,
and checkpointable at once (closing the workspace right after a big import)."""

from __future__ import annotations

from models.store.bulk import rollback_journal
from models.store.workspace import open_workspace, transaction


def test_the_workspace_checkpoints_right_after_a_bulk_load(workspace_path):
    with open_workspace(workspace_path) as ws:
        with rollback_journal(ws.conn), transaction(ws.conn):
            ws.conn.execute("INSERT INTO tags (name) VALUES ('读书')")
        assert ws.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
