"""What a chat export holds, as plain records every format reader yields.

A reader turns one exported file into a stream of ``Message`` and ``SystemEvent`` records
(``ChatFile.events``), noting what it could not read as ``Problem`` rows instead of
guessing. The chat import matches each ``Person`` to a member and writes activities and
memberships; nothing here touches the workspace.

Times: ``at`` is aware when the file says its offset (a Unix timestamp, an ISO time with
its zone); naive when the file gives wall-clock time only (QQ's .txt, Telegram's
``date``), which the import reads in the workspace's zone.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

Platform = Literal["qq", "wechat", "telegram", "discord", "sheet"]
#: What a system line did to the membership of the people it names.
Action = Literal["join", "invite", "qr_join", "remove", "leave"]

SPEECH = "发言"
SHARE = "分享"


@dataclass(frozen=True, slots=True)
class Person:
    """Someone an export names, with every handle it gives for them.

    ``user_id`` is the platform's stable id when the export has one (a QQ number or the
    email QQ shows instead, a wxid, Telegram's ``user123``, a Discord snowflake); ``name``
    is the name shown in the group (a QQ title such as 【管理员】 already removed);
    ``alias`` a second name (WeChat's remark 备注, Discord's nickname). ``is_self`` marks
    the exporting account where the export words it as "you" (WeChat's 你邀请...).
    """

    platform: Platform
    user_id: str | None
    name: str
    alias: str | None = None
    wechat_id: str | None = None
    qq: str | None = None
    phone: str | None = None
    email: str | None = None
    is_self: bool = False

    @property
    def key(self) -> tuple[str, str]:
        """What tells this person apart within one file: the id, else the shown name."""
        if self.user_id:
            return (self.platform, self.user_id)
        for handle in (self.wechat_id, self.qq, self.phone, self.email):
            if handle:
                return (self.platform, handle)
        return (self.platform, "name:" + self.name)


@dataclass(slots=True)  # not frozen: a frozen dataclass takes 4x as long to make, and a
class Message:          # million-message export makes a million of them
    """One message: a 发言, or a 分享 where the format says it is a link, mini program,
    card or shared file. ``kind``/``amount`` (fen) may come from a mapped sheet column."""

    at: datetime
    person: Person
    kind: str = SPEECH
    text: str = ""
    amount: int = 0
    line: int = 0  # where it starts in the file (1-based line, row or JSON index)


@dataclass(slots=True)
class SystemEvent:
    """A change of membership a system line reports.

    ``actor`` invited or removed ``targets`` (or shared the QR code they scanned);
    for ``join``/``leave`` the targets joined or left themselves and ``actor`` is None.
    """

    at: datetime
    action: Action
    targets: tuple[Person, ...]
    actor: Person | None = None
    line: int = 0


@dataclass(frozen=True, slots=True)
class Problem:
    """A part of the file that could not be read: ``line`` (1-based; 0 for the whole file),
    a ``code`` from ``models.core.errors.Code`` and its ``params`` (worded by the views)."""

    line: int
    code: str
    params: dict[str, Any] = field(default_factory=dict)


Record = Message | SystemEvent


class ChatFile:
    """One export being read. Readers subclass it: ``events`` yields the records in file
    order, streaming (a million-message file never sits in memory), and appends to
    ``problems`` as it goes; ``group_name`` is the chat's name when the file says it."""

    format: str = ""
    platform: Platform = "sheet"

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.group_name: str | None = None

    def events(self) -> Iterator[Record]:
        raise NotImplementedError
