"""Display labels for the calendar's stored vocabularies, in the user's language, and the
colour of each community. The stored values are Chinese (models/core/vocab.py); these are what
people read."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from models.core.vocab import EventKind, EventStatus, RegistrationStatus

translate = QCoreApplication.translate


def kind_label(kind: str) -> str:
    return {
        EventKind.TALK: translate("EventLabels", "Talk"),
        EventKind.SHARING: translate("EventLabels", "Sharing session"),
        EventKind.MEETUP: translate("EventLabels", "Meetup"),
        EventKind.WORKSHOP: translate("EventLabels", "Workshop"),
        EventKind.LIVE: translate("EventLabels", "Live stream"),
        EventKind.GIVEAWAY: translate("EventLabels", "Giveaway"),
        EventKind.PROMOTION: translate("EventLabels", "Promotion"),
        EventKind.EXHIBITION: translate("EventLabels", "Fair"),
        EventKind.OTHER: translate("EventLabels", "Other"),
    }.get(kind, kind)


def status_label(status: str) -> str:
    return {
        EventStatus.DRAFT: translate("EventLabels", "Draft"),
        EventStatus.PUBLISHED: translate("EventLabels", "Published"),
        EventStatus.RUNNING: translate("EventLabels", "In progress"),
        EventStatus.FINISHED: translate("EventLabels", "Finished"),
        EventStatus.CANCELLED: translate("EventLabels", "Cancelled"),
    }.get(status, status)


def registration_label(status: str, walk_in: bool = False) -> str:
    if walk_in:
        return translate("EventLabels", "Walk-in")
    return {
        RegistrationStatus.REGISTERED: translate("EventLabels", "Registered"),
        RegistrationStatus.WAITLISTED: translate("EventLabels", "Waitlist"),
        RegistrationStatus.CANCELLED: translate("EventLabels", "Cancelled"),
    }.get(status, status)


#: Distinct, print-friendly hues; a community keeps its colour (by id) across sessions.
_PALETTE = ("#3b7dd8", "#e0803a", "#3a9d5d", "#9b59b6", "#d64f6b", "#1f9aa8", "#b58b00",
            "#6d6f78")


def community_color(community_id: int | None) -> QColor:
    if community_id is None:
        return QColor("#8a8f98")
    return QColor(_PALETTE[(community_id - 1) % len(_PALETTE)])


CLASH_COLOR = QColor("#d32f2f")


def yuan(fen: int | None) -> str:
    """Fen as yuan for display: 123456 -> '1,234.56'."""
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    return f"{sign}{abs(fen) // 100:,}.{abs(fen) % 100:02d}"
