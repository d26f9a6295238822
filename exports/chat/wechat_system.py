"""What WeChat's group system lines say about membership: one table of wordings, shared
by every WeChat export format (CSV, xlsx, TXT).

WeChat words membership changes as sentences with the names in quotes (ASCII ``"`` or
Chinese ``“”``)::

    "张三"邀请"李四、王五"加入了群聊
    "李四"通过扫描"张三"分享的二维码加入群聊
    "张三"将"李四"移出了群聊
    你邀请"李四"加入了群聊            (the exporting account is "你")

plus the English client's wordings, WeCom's 群 instead of 群聊, a trailing "  撤销" or
"，群聊参与人还有：…" after the sentence, and the XML template (type 10002,
``<sysmsg type="sysmsgtemplate">``) some exporters leave unexpanded, whose ``$names$``
are filled in from its ``<link>`` lists here. Each wording is one row of ``WORDINGS``: add
a wording by adding a row. People named carry only a name (``user_id`` None).
"""

from __future__ import annotations

import html
import re
from datetime import datetime

from exports.chat.records import Action, Person, SystemEvent

_Q = r'"[^"]*"'  # one quoted name (curly quotes are made straight first)
_LIST = r'".+?"'  # one quoted name or several: "李四、王五", "李四"、"王五"
_SELF_ZH = "你"
_GROUP = r"群聊?"
_JOIN = rf"加入了?{_GROUP}"
_OUT = rf"移出了?{_GROUP}"
#: What may follow a wording: WeChat's "  撤销"/"重新编辑" links, the list of members
#: already there, an English full stop.
_TAIL = r"(?:[\s，,。.].*)?"

#: (action, actor, targets, pattern). ``actor``/``targets`` name the groups that hold
#: them, or "self" for the exporting account ("你", "You"). The first row that matches
#: wins: the rows about "你" come before the general ones that would misread them.
WORDINGS: list[tuple[Action, str | None, str, re.Pattern[str]]] = [
    (action, actor, targets, re.compile(pattern + _TAIL, re.DOTALL))
    for action, actor, targets, pattern in [
        ("invite", "self", "t", rf"你邀请(?P<t>{_LIST}){_JOIN}"),
        ("invite", "a", "self+t", rf"(?P<a>{_Q})邀请你和(?P<t>{_LIST}){_JOIN}"),
        ("invite", "a", "self", rf"(?P<a>{_Q})邀请你{_JOIN}"),
        ("invite", "a", "t", rf"(?P<a>{_Q})邀请(?P<t>{_LIST}){_JOIN}"),
        ("qr_join", "self", "t", rf"(?P<t>{_Q})通过扫描你分享的二维码{_JOIN}"),
        ("qr_join", "a", "self", rf"你通过扫描(?P<a>{_Q})分享的二维码{_JOIN}"),
        ("qr_join", "a", "t", rf"(?P<t>{_Q})通过扫描(?P<a>{_Q})分享的二维码{_JOIN}"),
        ("qr_join", "a", "t", rf"(?P<t>{_Q})通过(?P<a>{_Q})的邀请二维码{_JOIN}"),
        ("join", None, "self", rf"你通过扫描二维码{_JOIN}"),
        ("join", None, "t", rf"(?P<t>{_Q})通过扫描二维码{_JOIN}"),
        ("remove", "self", "t", rf"你将(?P<t>{_LIST}){_OUT}"),
        ("remove", "a", "self", rf"你被(?P<a>{_Q}){_OUT}"),
        ("remove", "a", "t", rf"(?P<a>{_Q})将(?P<t>{_LIST}){_OUT}"),
        ("remove", None, "t", rf"(?P<t>{_LIST})(?:已)?被移出了?{_GROUP}"),
        ("leave", None, "t", rf"(?P<t>{_LIST})(?:已)?退出了?{_GROUP}"),
        ("join", None, "t", rf"(?P<t>{_LIST}){_JOIN}"),
        # The English client.
        ("invite", "self", "t", r"You invited (?P<t>.+?) to (?:the|a) group chat"),
        ("invite", "a", "t", rf"(?P<a>{_Q}|[^\"]+?) invited (?P<t>.+?) to (?:the|a) group chat"),
        ("qr_join", "self", "t",
         rf"(?P<t>{_Q}) joined (?:the )?group chat via the QR [Cc]ode you shared"),
        ("qr_join", "a", "t",
         rf"(?P<t>{_Q}) joined (?:the )?group chat via the QR [Cc]ode shared by (?P<a>{_Q})"),
        ("remove", "self", "t", r"You removed (?P<t>.+?) from the group chat"),
        ("remove", "a", "self", rf"You were removed from the group chat by (?P<a>{_Q})"),
    ]]

#: System lines that change no membership, recognised so they are not mistaken for a
#: sender's name in the TXT export (recalls, pats, renames, red packets, notices).
NOISE = re.compile(
    r".*(?:撤回了一条消息|拍了拍|修改群名为|更改群名为|领取了.*红包|红包已被领完"
    r"|与群里其他人都不是(?:微信)?朋友关系|成为新群主|已成为新群主|开启了群聊邀请确认"
    r"|群公告|发起了(?:语音|视频)通话|recalled a message|changed the group name"
    r"|invited you|邀请你加入了群聊).*", re.DOTALL)

_CURLY = str.maketrans({"“": '"', "”": '"', "＂": '"'})
_TAGS = re.compile(r"<[^<>]*>")
_TEMPLATE = re.compile(r"<template>\s*(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?\s*</template>", re.DOTALL)
_LINK = re.compile(r'<link\b[^>]*\bname="([^"]+)"[^>]*>(.*?)</link>', re.DOTALL)
_NICKNAME = re.compile(r"<nickname>\s*(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?\s*</nickname>", re.DOTALL)
_SEPARATOR = re.compile(r'"?\s*(?:、|, )\s*"?')


def parse(text: str, at: datetime, line: int) -> SystemEvent | None:
    """The membership change a system line reports, or None when it reports none."""
    text = plain(text)
    for action, actor_group, target_group, pattern in WORDINGS:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        targets: list[Person] = []
        if target_group.startswith("self"):
            targets.append(_self())
        if target_group.endswith("t"):
            targets.extend(_people(match["t"]))
        if not targets:
            return None
        actor = None
        if actor_group == "self":
            actor = _self()
        elif actor_group is not None:
            actor = next(iter(_people(match[actor_group])), None)
        return SystemEvent(at, action, tuple(targets), actor, line)
    return None


def is_system(text: str) -> bool:
    """Whether ``text`` is a WeChat system line (one of the wordings, or noise)."""
    text = plain(text)
    return bool(NOISE.fullmatch(text)) or any(
        pattern.fullmatch(text) for _, _, _, pattern in WORDINGS)


def plain(text: str) -> str:
    """The sentence of a system line: an XML template expanded, links and tags dropped,
    entities decoded, curly quotes made straight."""
    text = text.strip()
    if text.startswith("<") or "<sysmsg" in text:
        text = _expand_template(text)
    if "<" in text:
        text = text.replace("<![CDATA[", "").replace("]]>", "")
        text = _TAGS.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    return text.translate(_CURLY).strip()


def _expand_template(xml: str) -> str:
    """``"$adder$"通过扫描"$from$"分享的二维码加入群聊`` with each ``$name$`` replaced by
    the nicknames its ``<link name="...">`` lists (joined with 、)."""
    found = _TEMPLATE.search(xml)
    if found is None:
        return xml
    template = found[1]
    for name, body in _LINK.findall(xml):
        nicknames = [nick.strip() for nick in _NICKNAME.findall(body) if nick.strip()]
        template = template.replace(f"${name}$", "、".join(nicknames))
    return re.sub(r"\$[a-z_]+\$", "", template)


def _people(raw: str) -> list[Person]:
    names = _SEPARATOR.split(raw.strip().strip('"'))
    return [Person("wechat", None, name.strip()) for name in names if name.strip()]


def _self() -> Person:
    return Person("wechat", None, _SELF_ZH, is_self=True)
