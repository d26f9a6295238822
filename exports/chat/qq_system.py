"""What QQ's group system lines say about membership, as a table of wordings.

QQ writes group notices as messages from ``系统消息(10000)`` or ``系统消息(1000000)``
whose content is a sentence: ``张三(12345)加入本群``, ``"张三"邀请"李四"加入了本群``,
``张三被管理员移出本群``, ``张三退出了本群`` and variants with or without 了/已, quotes,
a QQ number in parentheses, a full stop. Each wording is one row below: add a wording by
adding a row. A line no row recognises is not a membership change (a group renamed, an
essence message, a recall) and is skipped by the reader.
"""

from __future__ import annotations

import re
from datetime import datetime

from exports.chat.records import Action, Person, SystemEvent

_GROUP = r"(?:本群|群聊|该群|群)"
_NAME = r".+?"
_A = rf"(?P<actor>{_NAME})"
_T = rf"(?P<targets>{_NAME})"
_OUT = rf"(?:移出|踢出|请出)了?{_GROUP}"
#: (action, pattern); named groups ``actor`` and ``targets``. Order matters: an
#: invitation also ends in 加入了本群, so it is tried before the plain join.
WORDINGS: list[tuple[Action, re.Pattern[str]]] = [
    (action, re.compile(pattern)) for action, pattern in [
        ("invite", rf"{_A}\s*邀请\s*{_T}\s*加入了?{_GROUP}"),
        ("qr_join", rf"{_T}\s*(?:通过)?扫描\s*{_A}\s*分享的二维码加入了?{_GROUP}"),
        ("remove", rf"{_T}\s*(?:已)?被\s*(?P<actor>{_NAME})?\s*{_OUT}"),
        ("remove", rf"{_A}\s*(?:已)?将\s*{_T}\s*{_OUT}"),
        ("leave", rf"{_T}\s*(?:已)?(?:退出|离开)了?{_GROUP}"),
        ("join", rf"欢迎\s*{_T}\s*加入了?{_GROUP}"),
        ("join", rf"{_T}\s*(?:已)?(?:加入|进入)了?{_GROUP}"),
    ]]

#: Words that name a role, not a person: "被管理员移出" has no actor we can match.
_ROLES = frozenset({"管理员", "群管理员", "群主", "系统", "群管理"})
_SELF = frozenset({"你", "您"})
_TRAILING = "。.！!～~ \t"
_WITH_NUMBER = re.compile(r"(.*?)\s*[(（](\d{5,12})[)）]$")
_QUOTES = "\"“”'‘’「」"


def parse(text: str, at: datetime, line: int) -> SystemEvent | None:
    """The membership change ``text`` reports, or None when it reports none."""
    text = text.strip().rstrip(_TRAILING)
    for action, pattern in WORDINGS:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        targets = tuple(person for name in re.split(r"[、，,]", match["targets"])
                        if (person := _person(name)) is not None)
        if not targets:
            return None
        actor_name = match.groupdict().get("actor")
        actor = _person(actor_name) if actor_name else None
        if action == "qr_join" and actor is None:
            action = "join"
        return SystemEvent(at, action, targets, actor, line)
    return None


def _person(raw: str) -> Person | None:
    name = raw.strip().strip(_QUOTES).strip()
    if not name or name in _ROLES:
        return None
    if name in _SELF:
        return Person("qq", None, name, is_self=True)
    numbered = _WITH_NUMBER.fullmatch(name)
    if numbered:
        shown = numbered[1].strip().strip(_QUOTES).strip() or numbered[2]
        return Person("qq", numbered[2], shown, qq=numbered[2])
    return Person("qq", None, name)
