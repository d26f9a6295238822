"""Display labels, in the user's language, for the vocabularies the workspace stores.

Stored values stay as DESIGN.md gives them (Chinese words or English codes); every place
that shows one goes through here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.core.vocab import (
    ActivityKind,
    Lifecycle,
    MembershipStatus,
    Role,
    SpendingLevel,
    ViolationAction,
)
from models.members.memberships import LEFT

translate = QCoreApplication.translate


def lifecycle(value: str | None) -> str:
    return {
        Lifecycle.ACQUISITION: translate("Labels", "New (acquired)"),
        Lifecycle.ACTIVATION: translate("Labels", "Activated"),
        Lifecycle.RETENTION: translate("Labels", "Retained"),
        Lifecycle.REFERRAL: translate("Labels", "Referring"),
        Lifecycle.REVENUE: translate("Labels", "Paying"),
    }.get(value or "", value or "")


def membership_status(value: str | None) -> str:
    return {
        MembershipStatus.ACTIVE: translate("Labels", "Active"),
        MembershipStatus.MUTED: translate("Labels", "Muted"),
        MembershipStatus.REMOVED: translate("Labels", "Removed"),
        MembershipStatus.BANNED: translate("Labels", "Banned"),
        LEFT: translate("Labels", "Left the group"),  # a shown standing, not a stored status
    }.get(value or "", value or "")


def role(value: str | None) -> str:
    return {
        Role.OWNER: translate("Labels", "Owner"),
        Role.ADMIN: translate("Labels", "Admin"),
        Role.CORE: translate("Labels", "Core member"),
        Role.KOL: translate("Labels", "KOL"),
        Role.CHIEF: translate("Labels", "Tribe chief"),
        Role.MEMBER: translate("Labels", "Member"),
    }.get(value or "", value or "")


def activity_kind(value: str | None) -> str:
    return {
        ActivityKind.MESSAGE: translate("Labels", "Message"),
        ActivityKind.SHARE: translate("Labels", "Share"),
        ActivityKind.INVITE: translate("Labels", "Invite"),
        ActivityKind.ATTEND: translate("Labels", "Attended event"),
        ActivityKind.PURCHASE: translate("Labels", "Purchase"),
    }.get(value or "", value or "")


def honour_metric(value: str | None) -> str:
    """What an honour measures (``models.activity.honours.Metric``)."""
    return {
        "points": translate("Labels", "Points"),
        "events": translate("Labels", "Events attended"),
        "invited": translate("Labels", "Members invited"),
        "months_active": translate("Labels", "Months active"),
    }.get(value or "", value or "")


def violation_action(value: str | None) -> str:
    return {
        ViolationAction.REMINDER: translate("Labels", "Reminder"),
        ViolationAction.WARNING: translate("Labels", "Warning"),
        ViolationAction.MUTE: translate("Labels", "Mute"),
        ViolationAction.REMOVE: translate("Labels", "Remove from group"),
        ViolationAction.BAN: translate("Labels", "Ban"),
    }.get(value or "", value or "")


def spending_level(value: str | None) -> str:
    """A spending level as shown: a preset (低/中/高/VIP) in the window's language, free text
    as typed."""
    return {
        SpendingLevel.LOW: translate("Labels", "Low"),
        SpendingLevel.MEDIUM: translate("Labels", "Medium"),
        SpendingLevel.HIGH: translate("Labels", "High"),
        SpendingLevel.VIP: translate("Labels", "VIP"),
    }.get(value or "", value or "")


def spending_level_stored(text: str | None) -> str:
    """What to store for ``text`` typed or picked as a spending level: a preset's label in
    the window's language (or the preset itself) is stored as the preset, anything else as
    typed."""
    typed = (text or "").strip()
    for level in SpendingLevel:
        if typed.casefold() in (level.value.casefold(), spending_level(level).casefold()):
            return level.value
    return text or ""


def gender(value: str | None) -> str:
    return {"男": translate("Labels", "Male"), "女": translate("Labels", "Female")}.get(
        value or "", "")


def money(fen: int | None) -> str:
    """Integer fen as yuan: 12345 -> ¥123.45."""
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    return f"{sign}¥{abs(fen) // 100:,}.{abs(fen) % 100:02d}"


def member_field(field: str) -> str:
    """A member field as the import wizard and error messages name it."""
    return {
        "id": translate("ImportLabels", "Member id (update by id)"),
        "display_name": translate("ImportLabels", "Name"),
        "nickname": translate("ImportLabels", "Nickname"),
        "phone": translate("ImportLabels", "Mobile"),
        "wechat_id": translate("ImportLabels", "WeChat id"),
        "email": translate("ImportLabels", "Email"),
        "gender": translate("ImportLabels", "Gender"),
        "birth_year": translate("ImportLabels", "Birth year"),
        "city": translate("ImportLabels", "City"),
        "occupation": translate("ImportLabels", "Occupation"),
        "source": translate("ImportLabels", "Source"),
        "tags": translate("ImportLabels", "Tags"),
        "joined_at": translate("ImportLabels", "Joined"),
        "role": translate("ImportLabels", "Role in the community"),
        "interests": translate("ImportLabels", "Interests"),
        "notes": translate("ImportLabels", "Notes"),
        "referrer": translate("ImportLabels", "Referrer (邀请人)"),
    }.get(field, field)
