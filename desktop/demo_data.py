"""File > Fill with Demo Data…: realistic data in an empty workspace, on a worker.

Worded in the main window's translation context (these were its own strings); each
string is a literal in ``translate``, where lupdate finds it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from models.core.changes import EVERYTHING
from models.store.stats import has_members
from models.store.workspace import Workspace

translate = QCoreApplication.translate


def fill(window: Any) -> None:
    """Ask how many members and build them into ``window``'s workspace (a ``MainWindow``);
    refused, saying why, when the workspace already holds members."""
    if has_members(window.workspace.conn):
        QMessageBox.information(window, translate("MainWindow", "Demo data"), translate(
            "MainWindow",
            "Demo data goes into an empty workspace, so nothing of yours is mixed with it. "
            "Create one with File > New workspace first."))
        return
    count, ok = QInputDialog.getInt(
        window, translate("MainWindow", "Demo data"),
        translate("MainWindow", "How many members?"), 2000, 1, 1_000_000, 1000)
    if not ok:
        return
    from models.demo.builder import build_demo  # only when asked: keeps start-up light
    from models.store.operations import Done, own_transaction
    from views.operation_runner import perform_long

    # An operation like any write, on the worker's connection (perform_long). It sets
    # the journal and drops indexes, so it opens its transactions itself; it cannot be
    # undone (the runner clears the undo history and says so).
    path = window.workspace.path

    @own_transaction
    def work(conn, progress) -> Done:
        summary = build_demo(Workspace(path, conn), count, progress=progress)
        return Done(EVERYTHING, None, summary)

    def finished(done: Done) -> None:
        text = translate("MainWindow",
                         "Demo data ready: {members:,} members in {communities} communities.")
        window.statusBar().showMessage(text.format(
            members=done.value.members, communities=done.value.communities), 10_000)

    perform_long(window, window.undo_stack, window.workspace.conn, path,
                 translate("MainWindow", "Making demo data…"), work, window.apply_changes,
                 describe_step=_describe_step, on_done=finished,
                 on_failed=window._on_long_task_failed)


def _describe_step(step: str) -> str:
    return {"members": translate("MainWindow", "Members and their activity…"),
            "indexes": translate("MainWindow", "Building indexes…")}.get(step, step)
