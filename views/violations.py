"""Recording a violation, from the plan's moderation page or a member's profile: the undoable
command and the escalation policy's suggestion in words.

Both tab packages use these, so they live here, below both: neither ``views.plan`` nor
``views.roster`` imports the other.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from models.plan import moderation
from models.members import profile
from models.core.changes import Change
from models.store.workspace import Workspace
from views import labels as common_labels

translate = QCoreApplication.translate

Notify = Callable[[Change], None]


class RecordViolation(QUndoCommand):
    def __init__(self, workspace: Workspace, notify: Notify, text: str, member_id: int,
                 community_id: int | None, rule: str, action: str, until: str | None,
                 handled_by: str) -> None:
        super().__init__(text)
        self.workspace, self.notify = workspace, notify
        self.args = (member_id, community_id, rule, action, until, handled_by)
        state = profile.membership_state(workspace.conn, member_id, community_id)
        self.previous = (member_id, community_id, *state) if state else None
        self.violation_id: int | None = None

    def redo(self) -> None:
        self.violation_id, change = profile.record_violation(self.workspace.conn, *self.args)
        self.notify(change)

    def undo(self) -> None:
        assert self.violation_id is not None
        self.notify(profile.delete_violation(self.workspace.conn, self.violation_id,
                                             self.previous))


def describe_suggestion(s: moderation.Suggestion) -> str:
    action = common_labels.violation_action(s.action)
    if s.until:
        action = translate("PlanModeration", "{action} until {until}").format(
            action=action, until=s.until)
    if s.step is None:
        return translate("PlanModeration", "Suggested: {action} (no violation in the last 30 "
                         "days calls for more)").format(action=action)
    counted = (common_labels.violation_action(s.step.counted) if s.step.counted
               else translate("PlanModeration", "any violation"))
    return translate("PlanModeration", "Suggested: {action} — in the last {days} days: {count} × "
                     "{counted} (the policy steps up from {threshold})").format(
        action=action, count=s.count, counted=counted, days=s.step.window_days,
        threshold=s.step.threshold)
