"""Undoable plan operations on the window's one QUndoStack.

Each command calls one model function per redo/undo (one transaction each) and hands the
returned ``Change`` to ``notify``. Typing in a section settles into ``SaveSection``
commands; consecutive ones on the same section within ``MERGE_SECONDS`` merge into one
undo step (``id``/``mergeWith``), so undo takes back a burst of typing, not a keystroke.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from PySide6.QtGui import QUndoCommand

from models.plan import moderation
from models.plan import document
from models.plan import templates
from models.core.changes import Change
from models.plan.document import PlanSection
from models.store.workspace import Workspace

Notify = Callable[[Change], None]
MERGE_SECONDS = 8.0
_SECTION_ID_BASE = 8100


class _Command(QUndoCommand):
    def __init__(self, workspace: Workspace, notify: Notify, text: str) -> None:
        super().__init__(text)
        self.workspace = workspace
        self.notify = notify

    @property
    def conn(self):
        return self.workspace.conn


class SaveSection(_Command):
    def __init__(self, workspace: Workspace, notify: Notify, text: str, plan_id: int,
                 section: str, before: str, after: str) -> None:
        super().__init__(workspace, notify, text)
        self.plan_id, self.section = plan_id, PlanSection(section).value
        self.before, self.after = before, after
        self.at = time.monotonic()

    def id(self) -> int:  # noqa: A003 (Qt override)
        return _SECTION_ID_BASE + list(PlanSection).index(PlanSection(self.section))

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        if not isinstance(other, SaveSection) or other.plan_id != self.plan_id \
                or other.section != self.section or other.at - self.at > MERGE_SECONDS:
            return False
        self.after, self.at = other.after, other.at
        return True

    def redo(self) -> None:
        self.notify(document.save_section(self.conn, self.plan_id, self.section, self.after))

    def undo(self) -> None:
        self.notify(document.save_section(self.conn, self.plan_id, self.section, self.before))


class AddRow(_Command):
    def __init__(self, workspace: Workspace, notify: Notify, text: str, table: str,
                 owner_id: int, values: Mapping[str, Any]) -> None:
        super().__init__(workspace, notify, text)
        self.table, self.owner_id = table, owner_id
        self.values = document.clean(table, values)  # refused here, before the stack
        self.row: dict[str, Any] | None = None

    def redo(self) -> None:
        if self.row is not None:
            self.notify(document.restore_row(self.conn, self.table, self.row))
            return
        row_id, change = document.add_row(self.conn, self.table, self.owner_id, self.values)
        self.row_id = row_id
        self.notify(change)

    def undo(self) -> None:
        self.row, change = document.delete_row(self.conn, self.table, self.row_id)
        self.notify(change)


class EditRow(_Command):
    def __init__(self, workspace: Workspace, notify: Notify, text: str, table: str,
                 row_id: int, values: Mapping[str, Any]) -> None:
        super().__init__(workspace, notify, text)
        self.table, self.row_id = table, row_id
        self.after = document.clean(table, values)
        current = document.get_row(self.conn, table, row_id) or {}
        self.before = {k: current.get(k) for k in self.after}

    def redo(self) -> None:
        self.notify(document.update_row(self.conn, self.table, self.row_id, self.after))

    def undo(self) -> None:
        self.notify(document.update_row(self.conn, self.table, self.row_id, self.before))


class DeleteRow(_Command):
    def __init__(self, workspace: Workspace, notify: Notify, text: str, table: str,
                 row_id: int) -> None:
        super().__init__(workspace, notify, text)
        self.table, self.row_id = table, row_id
        self.row: dict[str, Any] | None = None

    def redo(self) -> None:
        self.row, change = document.delete_row(self.conn, self.table, self.row_id)
        self.notify(change)

    def undo(self) -> None:
        assert self.row is not None
        self.notify(document.restore_row(self.conn, self.table, self.row))


class NewCommunity(_Command):
    """A community and its plan from a template; undo removes both."""

    def __init__(self, workspace: Workspace, notify: Notify, text: str, name: str,
                 platform: str, template: str, today: date) -> None:
        super().__init__(workspace, notify, text)
        if not name.strip():
            raise ValueError("a community needs a name")
        self.name, self.platform, self.template, self.today = name, platform, template, today
        self.community_id: int | None = None

    def redo(self) -> None:
        self.community_id, change = templates.create_community_with_plan(
            self.conn, self.name, self.platform, self.template, self.today)
        self.notify(change)

    def undo(self) -> None:
        assert self.community_id is not None
        self.notify(templates.delete_new_community(self.conn, self.community_id))


class SetMembershipStatus(_Command):
    """Lift a mute or a ban (or any status change of one membership)."""

    def __init__(self, workspace: Workspace, notify: Notify, text: str, member_id: int,
                 community_id: int, status: str) -> None:
        super().__init__(workspace, notify, text)
        self.member_id, self.community_id, self.status = member_id, community_id, status
        self.before = "active"

    def redo(self) -> None:
        self.before, change = moderation.set_membership_status(
            self.conn, self.member_id, self.community_id, self.status)
        self.notify(change)

    def undo(self) -> None:
        self.notify(moderation.set_membership_status(
            self.conn, self.member_id, self.community_id, self.before)[1])


class OwnPolicy(_Command):
    """Give the community its own copy of the default escalation ladder, to edit."""

    def __init__(self, workspace: Workspace, notify: Notify, text: str,
                 community_id: int) -> None:
        super().__init__(workspace, notify, text)
        self.community_id = community_id

    def redo(self) -> None:
        self.notify(moderation.copy_default_policy(self.conn, self.community_id))

    def undo(self) -> None:
        self.notify(moderation.clear_policy(self.conn, self.community_id))
