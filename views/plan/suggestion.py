"""The escalation policy's suggestion in words, for the plan's moderation page and the
member profile's violations tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.plan import moderation
from views import labels as common_labels

translate = QCoreApplication.translate


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
