"""Recording a violation, from the plan's moderation page or a member's profile: the work a
``views.tab_writer.TabWriter`` runs as one undo step, and the escalation policy's suggestion
in words.

Both tab packages use these, so they live here, below both: neither ``views.plan`` nor
``views.roster`` imports the other.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from models.members import profile
from models.plan import moderation
from views import labels as common_labels

translate = QCoreApplication.translate


def record_violation(member_id: int, community_id: int | None, rule: str, action: str,
                     until: str | None, handled_by: str) -> Callable[[sqlite3.Connection],
                                                                     object]:
    """The work of recording a violation (and the membership status it sets)."""
    return lambda conn: profile.record_violation(conn, member_id, community_id, rule, action,
                                                 until, handled_by)


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
