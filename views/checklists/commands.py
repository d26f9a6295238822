"""Undoable checklist and material operations on the window's one QUndoStack.

Each command checks its input in the constructor (a refused edit never reaches the stack),
calls one model function per redo/undo (one transaction each) and hands the returned
``Change`` to ``notify``. Bulk status changes are one command, so one undo.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtGui import QUndoCommand

from models.materials import checklist_apply
from models.materials import checklists
from models.materials import library
from models.materials import templates
from models.core.changes import Change
from models.store.workspace import Workspace

Notify = Callable[[Change], None]


class _Command(QUndoCommand):
    def __init__(self, workspace: Workspace, notify: Notify, text: str) -> None:
        super().__init__(text)
        self.workspace = workspace
        self.notify = notify

    @property
    def conn(self):
        return self.workspace.conn


class EditItems(_Command):
    """Set fields of items: item id -> {field: value} (one cell, or a bulk status)."""

    def __init__(self, workspace: Workspace, notify: Notify, text: str,
                 values: Mapping[int, Mapping[str, object]]) -> None:
        super().__init__(workspace, notify, text)
        self.after = {i: checklists.clean(v) for i, v in values.items()}
        current = checklists.get_items(self.conn, self.after)
        self.before = {i: {f: getattr(current[i], f) for f in v}
                       for i, v in self.after.items() if i in current}

    def redo(self) -> None:
        self.notify(checklists.update_items(self.conn, self.after))

    def undo(self) -> None:
        self.notify(checklists.update_items(self.conn, self.before))


class AddItems(_Command):
    def __init__(self, workspace: Workspace, notify: Notify, text: str, checklist_id: int,
                 rows: Sequence[Mapping[str, object]]) -> None:
        super().__init__(workspace, notify, text)
        self.checklist_id = checklist_id
        self.rows = [checklists.clean(r) for r in rows]
        self.ids: list[int] | None = None

    def redo(self) -> None:
        made, change = checklists.add_items(self.conn, self.checklist_id, self.rows,
                                            ids=self.ids)
        self.ids = made
        self.notify(change)

    def undo(self) -> None:
        assert self.ids is not None
        self.notify(checklists.delete_items(self.conn, self.ids)[1])


class DeleteItems(_Command):
    def __init__(self, workspace: Workspace, notify: Notify, text: str,
                 item_ids: Sequence[int]) -> None:
        super().__init__(workspace, notify, text)
        self.ids = list(item_ids)
        self.gone: list[checklists.Item] = []

    def redo(self) -> None:
        self.gone, change = checklists.delete_items(self.conn, self.ids)
        self.notify(change)

    def undo(self) -> None:
        self.notify(checklists.restore_items(self.conn, self.gone))


class CreateChecklist(_Command):
    """A new checklist, empty or from a template; undo puts it in the trash."""

    def __init__(self, workspace: Workspace, notify: Notify, text: str, title: str,
                 event_id: int | None, template_id: int | None) -> None:
        super().__init__(workspace, notify, text)
        if not title.strip():
            raise ValueError(text)
        self.title, self.event_id, self.template_id = title, event_id, template_id
        self.checklist_id: int | None = None

    def redo(self) -> None:
        if self.checklist_id is not None:
            self.notify(checklists.restore_checklist(self.conn, self.checklist_id))
        elif self.template_id is not None:
            self.checklist_id, change = templates.start_from_template(
                self.conn, self.template_id, self.title, event_id=self.event_id)
            self.notify(change)
        else:
            self.checklist_id, change = checklists.create_checklist(
                self.conn, self.title, event_id=self.event_id)
            self.notify(change)

    def undo(self) -> None:
        assert self.checklist_id is not None
        self.notify(checklists.delete_checklist(self.conn, self.checklist_id))


class DeleteChecklist(_Command):
    def __init__(self, workspace: Workspace, notify: Notify, text: str,
                 checklist_id: int) -> None:
        super().__init__(workspace, notify, text)
        self.checklist_id = checklist_id

    def redo(self) -> None:
        self.notify(checklists.delete_checklist(self.conn, self.checklist_id))

    def undo(self) -> None:
        self.notify(checklists.restore_checklist(self.conn, self.checklist_id))


class RenameChecklist(_Command):
    def __init__(self, workspace: Workspace, notify: Notify, text: str, checklist_id: int,
                 title: str, before: str) -> None:
        super().__init__(workspace, notify, text)
        self.checklist_id, self.title, self.before = checklist_id, title, before

    def redo(self) -> None:
        self.notify(checklists.update_checklist(self.conn, self.checklist_id, title=self.title))

    def undo(self) -> None:
        self.notify(checklists.update_checklist(self.conn, self.checklist_id,
                                                title=self.before))


class ApplyImport(_Command):
    """An edited checklist workbook, as previewed; undo restores every field and removes
    the rows it added."""

    def __init__(self, workspace: Workspace, notify: Notify, text: str, plan) -> None:
        super().__init__(workspace, notify, text)
        self.plan = plan
        self.applied = None

    def redo(self) -> None:
        self.applied, change = checklist_apply.apply_edits(
            self.conn, self.plan.edits(), self.applied.created if self.applied else None)
        self.notify(change)

    def undo(self) -> None:
        self.notify(checklist_apply.undo_applied(self.conn, self.applied))


class SaveMaterial(_Command):
    """Add a material (``material_id`` None) or change one."""

    def __init__(self, workspace: Workspace, notify: Notify, text: str,
                 material_id: int | None, values: Mapping[str, object]) -> None:
        super().__init__(workspace, notify, text)
        self.values = library.clean(values)
        self.material_id = material_id
        self.created = material_id is None
        self.before = (None if material_id is None
                       else library.material_values(self.conn, material_id))
        self._made = False

    def redo(self) -> None:
        if self.created:
            if self._made:
                assert self.material_id is not None
                self.notify(library.restore_material(self.conn, self.material_id))
            else:
                self.material_id, change = library.create_material(self.conn, self.values)
                self._made = True
                self.notify(change)
        else:
            assert self.material_id is not None
            self.notify(library.update_material(self.conn, self.material_id, self.values))

    def undo(self) -> None:
        assert self.material_id is not None
        if self.created:
            self.notify(library.delete_material(self.conn, self.material_id))
        else:
            assert self.before is not None
            self.notify(library.update_material(
                self.conn, self.material_id, {k: self.before[k] for k in self.values}))


class DeleteMaterial(_Command):
    def __init__(self, workspace: Workspace, notify: Notify, text: str,
                 material_id: int) -> None:
        super().__init__(workspace, notify, text)
        self.material_id = material_id

    def redo(self) -> None:
        self.notify(library.delete_material(self.conn, self.material_id))

    def undo(self) -> None:
        self.notify(library.restore_material(self.conn, self.material_id))
