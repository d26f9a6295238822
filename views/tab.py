"""The surface every tab offers the main window (STYLE.md "A tab").

A tab is built as ``View(workspace, undo_stack, parent)``, has the objectName DESIGN.md
gives it, and:

- ``set_community(community_id | None)``: the toolbar's picker changed scope;
- ``apply_changes(change: models.core.changes.Change)``: something was written (by another
  tab, an import, an undo); refresh what is shown if ``change.touches(...)`` the tables it
  shows. A change whose ``source`` is this tab's own name is skipped: the tab refreshed
  itself when it wrote it;
- ``changed`` (Signal(object)): emitted with a ``Change`` after this tab wrote something;
  the main window passes it on to every tab, this one included.

One write path: every write is an operation (``models.store.operations``: a domain
function run in one transaction, recorded by row snapshots, or ``irreversible``), handed
to ``views.operation_runner.perform`` (``perform_long`` for long work), usually through a
``views.tab_writer.TabWriter`` that knows the tab's stack, ``notify`` and source name.
The operation runs first; only when it succeeded is an undo step pushed, so a refused
write (``TabWriter`` ``REFUSED``: said where the user acted) leaves none. Undo puts the
rows back, or refuses and changes nothing when rows written since depend on them.
``notify`` refreshes the tab itself, then emits ``changed`` with the tab's source.
"""

from __future__ import annotations

from typing import Protocol

from models.core.changes import Change


class Tab(Protocol):
    def set_community(self, community_id: int | None) -> None: ...

    def apply_changes(self, change: Change) -> None: ...
