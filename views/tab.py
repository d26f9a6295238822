"""The surface every tab offers the main window (STYLE.md "A tab").

A tab is built as ``View(workspace, undo_stack, parent)``, has the objectName DESIGN.md
gives it, and:

- ``set_community(community_id | None)``: the toolbar's picker changed scope;
- ``apply_changes(change: models.core.changes.Change)``: something was written (by this tab,
  another tab, an import, an undo); refresh what is shown if ``change.touches(...)`` the
  tables it shows;
- ``changed`` (Signal(object)): emitted with a ``Change`` after this tab wrote something;
  the main window passes it on to every tab, this one included.

Writes go through ``QUndoCommand``s pushed on ``undo_stack``; each command calls a model
function that does its work in one transaction and returns a ``Change``.
"""

from __future__ import annotations

from typing import Protocol

from models.core.changes import Change


class Tab(Protocol):
    def set_community(self, community_id: int | None) -> None: ...

    def apply_changes(self, change: Change) -> None: ...
