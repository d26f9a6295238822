"""Undoable member operations: each wraps one model function and its inverse.

A command reads what it needs to undo before it writes, calls the model (one transaction),
and hands the returned ``Change`` to ``notify`` so every tab refreshes; undo does the same
with the inverse. Bulk edits are one command (one transaction) however many members.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtGui import QUndoCommand

from models.members import records
from models.core.changes import Change
from models.store.workspace import Workspace

Notify = Callable[[Change], None]


class _MemberCommand(QUndoCommand):
    def __init__(self, workspace: Workspace, notify: Notify, text: str) -> None:
        super().__init__(text)
        self.workspace = workspace
        self.notify = notify

    @property
    def conn(self):
        return self.workspace.conn


class EditMembers(_MemberCommand):
    """Set fields of members; ``values`` maps member id -> {field: new value}."""

    def __init__(self, workspace: Workspace, notify: Notify, text: str,
                 values: Mapping[int, Mapping[str, object]]) -> None:
        super().__init__(workspace, notify, text)
        self.after = {mid: dict(v) for mid, v in values.items()}
        fields = {name for v in values.values() for name in v}
        self.before = records.field_values(self.conn, self.after, fields)
        records.clean_fields({k: v for vals in self.after.values() for k, v in vals.items()})

    def redo(self) -> None:
        self.notify(records.update_members(self.conn, self.after))

    def undo(self) -> None:
        self.notify(records.update_members(self.conn, self.before))


class AddMember(_MemberCommand):
    def __init__(self, workspace: Workspace, notify: Notify, text: str,
                 values: Mapping[str, object], community_id: int | None) -> None:
        super().__init__(workspace, notify, text)
        self.values = dict(values)
        self.community_id = community_id
        self.member_id: int | None = None

    def redo(self) -> None:
        self.member_id, change = records.create_member(
            self.conn, self.values, self.community_id, member_id=self.member_id)
        self.notify(change)

    def undo(self) -> None:
        assert self.member_id is not None
        self.notify(records.restore_created(self.conn, self.member_id))


class SetTags(_MemberCommand):
    """Add or remove tag names on members (``remove`` picks which)."""

    def __init__(self, workspace: Workspace, notify: Notify, text: str,
                 member_ids: Iterable[int], names: Iterable[str], remove: bool = False) -> None:
        super().__init__(workspace, notify, text)
        self.ids = list(member_ids)
        self.names = [n.strip() for n in names if n.strip()]
        self.remove = remove
        self.before = records.member_tag_names(self.conn, self.ids)

    def redo(self) -> None:
        apply = records.remove_tags if self.remove else records.add_tags
        self.notify(apply(self.conn, self.ids, self.names))

    def undo(self) -> None:
        self.notify(records.set_tags(self.conn, self.before))


class ReplaceTags(_MemberCommand):
    """Give one member exactly these tags (the profile's tag field)."""

    def __init__(self, workspace: Workspace, notify: Notify, text: str, member_id: int,
                 names: Iterable[str]) -> None:
        super().__init__(workspace, notify, text)
        self.member_id = member_id
        self.after = {n.strip() for n in names if n.strip()}
        self.before = records.member_tag_names(self.conn, [member_id])[member_id]

    def redo(self) -> None:
        self.notify(records.set_tags(self.conn, {self.member_id: self.after}))

    def undo(self) -> None:
        self.notify(records.set_tags(self.conn, {self.member_id: self.before}))


class JoinCommunity(_MemberCommand):
    def __init__(self, workspace: Workspace, notify: Notify, text: str,
                 member_ids: Iterable[int], community_id: int, role: str = "成员") -> None:
        super().__init__(workspace, notify, text)
        self.ids = list(member_ids)
        self.community_id, self.role = community_id, role
        self.added: list[int] = []

    def redo(self) -> None:
        self.added, change = records.join_community(self.conn, self.ids, self.community_id,
                                                    self.role)
        self.notify(change)

    def undo(self) -> None:
        self.notify(records.leave_community(self.conn, self.added, self.community_id))


class GrantPoints(_MemberCommand):
    def __init__(self, workspace: Workspace, notify: Notify, text: str,
                 member_ids: Iterable[int], delta: int, reason: str) -> None:
        super().__init__(workspace, notify, text)
        self.ids, self.delta, self.reason = list(member_ids), delta, reason
        self.entries: list[int] = []

    def redo(self) -> None:
        self.entries, change = records.grant_points(self.conn, self.ids, self.delta, self.reason)
        self.notify(change)

    def undo(self) -> None:
        self.notify(records.remove_ledger_entries(self.conn, self.entries))


class TrashMembers(_MemberCommand):
    """Move to the trash (``restore=False``) or back out of it."""

    def __init__(self, workspace: Workspace, notify: Notify, text: str,
                 member_ids: Iterable[int], restore: bool = False) -> None:
        super().__init__(workspace, notify, text)
        self.ids = list(member_ids)
        self.restore = restore

    def redo(self) -> None:
        self.notify(records.set_deleted(self.conn, self.ids, not self.restore))

    def undo(self) -> None:
        self.notify(records.set_deleted(self.conn, self.ids, self.restore))
