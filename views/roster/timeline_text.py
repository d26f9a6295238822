"""What a member's timeline says, in the app's language: each kind's name, icon and tone,
and one line per item. ``models.members.timeline`` hands over data; the words are here, so
the profile's tab and the follow-up list say the same thing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.members import timeline as tl
from models.members.timeline import Item
from views import labels

translate = QCoreApplication.translate

#: Each kind's icon (views/icons.py, a Lucide name) and tone (views/tones.py).
ICONS = {
    tl.FOLLOW_UP: "message-circle-plus", tl.ACTIVITY: "messages-square",
    tl.PURCHASE: "shopping-cart", tl.EVENT: "calendar-days", tl.POINTS: "award",
    tl.VIOLATION: "bell", tl.NEED: "circle-help", tl.MEMBERSHIP: "user-plus", tl.MERGE: "users",
}
TONES = {
    tl.FOLLOW_UP: "info", tl.PURCHASE: "ok", tl.EVENT: "info", tl.POINTS: "ok",
    tl.VIOLATION: "error", tl.NEED: "warning", tl.ACTIVITY: "muted", tl.MEMBERSHIP: "muted",
    tl.MERGE: "muted",
}


def kind_name(kind: str) -> str:
    return {
        tl.FOLLOW_UP: translate("Timeline", "Follow-ups"),
        tl.ACTIVITY: translate("Timeline", "Interactions"),
        tl.PURCHASE: translate("Timeline", "Purchases"),
        tl.EVENT: translate("Timeline", "Events"),
        tl.POINTS: translate("Timeline", "Points"),
        tl.VIOLATION: translate("Timeline", "Violations"),
        tl.NEED: translate("Timeline", "Needs"),
        tl.MEMBERSHIP: translate("Timeline", "Joined / left"),
        tl.MERGE: translate("Timeline", "Merges"),
    }.get(kind, kind)


def kind_one(kind: str) -> str:
    """The kind of one item, for its row (``kind_name`` names the filter's groups)."""
    return {
        tl.FOLLOW_UP: translate("Timeline", "Follow-up"),
        tl.ACTIVITY: translate("Timeline", "Interaction"),
        tl.PURCHASE: translate("Timeline", "Purchase"),
        tl.EVENT: translate("Timeline", "Event"),
        tl.POINTS: translate("Timeline", "Points"),
        tl.VIOLATION: translate("Timeline", "Violation"),
        tl.NEED: translate("Timeline", "Need"),
        tl.MEMBERSHIP: translate("Timeline", "Membership"),
        tl.MERGE: translate("Timeline", "Merge"),
    }.get(kind, kind)


def channel(value: str | None) -> str:
    """A follow-up's channel (stored as 微信, 电话 ...)."""
    return {
        "微信": translate("Timeline", "WeChat"),
        "电话": translate("Timeline", "Phone call"),
        "面谈": translate("Timeline", "In person"),
        "短信": translate("Timeline", "Text message"),
        "邮件": translate("Timeline", "Email"),
        "其他": translate("Timeline", "Other"),
    }.get(value or "", value or "")


def when(at: str) -> str:
    """``2026-11-22 19:30`` (a plain date stays a date)."""
    return at[:16].replace("T", " ")


def _where(detail: dict) -> str:
    return f" · {detail['community']}" if detail.get("community") else ""


def line(item: Item) -> str:
    """One line saying what happened."""
    d, what = item.detail, item.what
    if item.kind == tl.FOLLOW_UP:
        text = f"{channel(d['channel'])}: {d['note']}"
        if d.get("next_on"):
            text += translate("Timeline", " · next contact {day}").format(day=d["next_on"])
        return text + _where(d)
    if item.kind == tl.PURCHASE:
        text = translate("Timeline", "Bought for {amount}").format(
            amount=labels.money(d["amount"] or 0))
        return text + _where(d) + (f" · {d['note']}" if d.get("note") else "")
    if item.kind == tl.ACTIVITY:
        text = labels.activity_kind(what)
        if d.get("event"):
            text += f" · {d['event']}"
        return text + _where(d) + (f" · {d['note']}" if d.get("note") else "")
    if item.kind == tl.EVENT:
        if what == "checked_in":
            text = translate("Timeline", "Checked in at {event}").format(event=d["event"])
            if d.get("walk_in"):
                text += translate("Timeline", " (walk-in)")
            return text
        text = translate("Timeline", "Signed up for {event}").format(event=d["event"])
        if d.get("status") == "waitlisted":
            text += translate("Timeline", " (waiting list)")
        elif d.get("status") == "cancelled":
            text += translate("Timeline", " (cancelled)")
        return text
    if item.kind == tl.POINTS:
        return translate("Timeline", "{delta:+,} points · {reason}").format(
            delta=int(d["delta"]), reason=d["reason"] or "—")
    if item.kind == tl.VIOLATION:
        text = f"{labels.violation_action(what)}: {d['rule'] or '—'}"
        if d.get("until"):
            text += translate("Timeline", " · until {day}").format(day=str(d["until"])[:10])
        return text + _where(d)
    if item.kind == tl.NEED:
        return translate("Timeline", "Need: {text}").format(text=d["text"])
    if item.kind == tl.MEMBERSHIP:
        if what == "left":
            text = translate("Timeline", "Left {community}").format(community=d["community"])
            return text + (f": {d['reason']}" if d.get("reason") else "")
        return translate("Timeline", "Joined {community} as {role}").format(
            community=d["community"], role=labels.role(d["role"]))
    if item.kind == tl.MERGE:
        text = translate("Timeline", "Merged the duplicate {name} into this member").format(
            name=d["merged_name"])
        fields = d.get("fields") or {}
        if isinstance(fields, dict) and fields:
            text += translate("Timeline", " (took {fields})").format(
                fields=", ".join(labels.member_field(str(f)) for f in fields))
        return text
    return what


def icon_name(item: Item) -> str:
    if item.kind == tl.MEMBERSHIP and item.what == "left":
        return "log-out"
    return ICONS.get(item.kind, "info")
