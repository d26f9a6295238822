"""Words the chat import wizard shows for formats, matching rules, decisions and the
problems a reader found in a file (their sentences come from ``views/error_text.py``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from models.core.errors import Code, Message
from views.error_text import message_text

translate = QCoreApplication.translate

#: The formats the wizard offers, in the order of its list ("auto": detect from the content).
FORMATS = ("auto", "qq", "wechat", "telegram", "discord", "sheet")


def format_label(fmt: str | None) -> str:
    """A format (or a reader's more precise name for it, such as ``wechat_csv``)."""
    labels = {
        "auto": translate("ChatLabels", "Detect from the content"),
        "qq": translate("ChatLabels", "QQ (消息管理器 → 导出消息记录, .txt)"),
        "wechat": translate("ChatLabels", "WeChat (a desktop exporter's CSV, XLSX, TXT or HTML)"),
        "telegram": translate("ChatLabels", "Telegram Desktop (result.json)"),
        "discord": translate("ChatLabels", "Discord (DiscordChatExporter CSV or JSON)"),
        "sheet": translate("ChatLabels", "Any sheet (choose the columns)"),
    }
    fmt = fmt or ""
    if fmt in labels:
        return labels[fmt]
    for name in FORMATS[1:]:
        if fmt.startswith(name):
            return labels[name]
    return fmt


def format_short(fmt: str | None) -> str:
    """A format's name alone (QQ, WeChat ...), for sentences."""
    names = {"qq": "QQ", "wechat": translate("ChatLabels", "WeChat"), "telegram": "Telegram",
             "discord": "Discord", "sheet": translate("ChatLabels", "sheet")}
    fmt = fmt or ""
    for name, label in names.items():
        if fmt.startswith(name):
            return label
    return fmt


def platform_of(fmt: str | None) -> str:
    """The wizard's format name (qq, wechat ...) of a reader's format name."""
    fmt = fmt or ""
    return next((name for name in FORMATS[1:] if fmt.startswith(name)), fmt)


def how_label(how: str | None) -> str:
    """How the chat import matched a speaker to a member."""
    return {
        "identity": translate("ChatLabels", "known from an earlier import"),
        "wechat_id": translate("ChatLabels", "by WeChat id"),
        "qq": translate("ChatLabels", "by QQ number"),
        "phone": translate("ChatLabels", "by mobile number"),
        "email": translate("ChatLabels", "by email"),
        "name": translate("ChatLabels", "by unique name"),
    }.get(how or "", how or "")


def handle_label(handle: str) -> str:
    """What a sheet's person column holds."""
    return {
        "name": translate("ChatLabels", "Name"),
        "nickname": translate("ChatLabels", "Nickname"),
        "wechat_id": translate("ChatLabels", "WeChat id"),
        "phone": translate("ChatLabels", "Mobile number"),
        "qq": translate("ChatLabels", "QQ number"),
    }.get(handle, handle)


def problem_text(problem: Any) -> str:
    """A reader's ``exports.chat.records.Problem`` in the user's words. Most sentences name
    their line already; a code this build does not word yet still says where and what."""
    try:
        code = Code(problem.code)
    except ValueError:
        code = None
    if code is not None:
        try:
            text = message_text(Message(code, dict(problem.params)))
        except KeyError:  # a code whose sentence is not written yet
            pass
        else:
            if problem.line and str(problem.line) not in text:
                return translate("ChatLabels", "line {line}: {reason}").format(
                    line=problem.line, reason=text)
            return text
    detail = ", ".join(f"{k}={v}" for k, v in dict(problem.params).items() if k != "line")
    reason = f"{problem.code} ({detail})" if detail else str(problem.code)
    if problem.line:
        return translate("ChatLabels", "line {line}: {reason}").format(line=problem.line,
                                                                      reason=reason)
    return reason


def day(at: datetime | None) -> str:
    return at.strftime("%Y-%m-%d") if at is not None else ""
