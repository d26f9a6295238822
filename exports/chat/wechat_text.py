"""WeChat group records as WeChatMsg / MemoTrace (留痕) write them in "导出 TXT".

Each message is a line ``2023-05-06 09:05:03 张三`` (the time, the sender's name as the
exporter shows it, HTML-escaped) and its content on the following lines, then a blank
line. A system line puts its sentence where the name would be and has no content::

    2023-05-06 09:05:03 张三
    大家好

    2023-05-06 09:06:00 "张三"邀请"李四、王五"加入了群聊

Shares are written as ``[链接]``, ``[文件]``, ``[音乐分享]`` content. The TXT names people
by their shown name only (no wxid): a sender is ``Person(user_id=None)``; matching falls
to names. Times are wall clock (naive).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from exports.chat import text_lines, wechat_system
from exports.chat.records import SHARE, SPEECH, ChatFile, Message, Person, Problem, Record
from exports.text_encoding import EncodingUnknown
from models.core.errors import Code

LABEL = "WeChat (TXT)"
_HEADER = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2}) (\d{1,2}):(\d{2}):(\d{2}) (\S.*?)\s*$")
#: A QQ header ends in the sender's number or email: not WeChat's.
_QQ_END = re.compile(r"(?:\(\d+\)|<[^<>\s]+>)\s*$")
_SHARE_PREFIXES = ("[链接]", "[文件]", "[音乐分享]", "[小程序]", "[名片]", "[分享]", "[视频号]",
                   "[聊天记录]")


def sniff(head_text: str) -> bool:
    """Several header lines, each after a blank line, none ending like QQ's."""
    found = 0
    blank = True
    lines = head_text.splitlines()[:3000]
    for index, line in enumerate(lines):
        if blank and _HEADER.match(line):
            if _QQ_END.search(line):
                return False
            rest = _HEADER.match(line)[7]  # type: ignore[index]
            followed = index + 1 < len(lines) and lines[index + 1].strip()
            if followed or wechat_system.is_system(rest):
                found += 1
        blank = not line.strip()
    return found >= min(3, max(1, len(lines) // 4))


class WeChatTextFile(ChatFile):
    format = "wechat"
    platform = "wechat"

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        try:
            self.encoding: str | None = text_lines.choose_encoding(
                path, text_lines.read_head(path))
        except EncodingUnknown:
            self.encoding = None
        self._people: dict[str, Person] = {}

    def events(self) -> Iterator[Record]:
        self.problems.clear()
        if self.encoding is None:
            self.problems.append(Problem(0, Code.ENCODING_UNKNOWN))
            return
        headers = 0
        at: datetime | None = None
        person: Person | None = None
        start = 0
        body: list[str] = []
        at_boundary = True
        for first, block in text_lines.blocks(self.path, self.encoding, self.problems):
            number = first - 1
            for text in block:
                number += 1
                if text is None:
                    if at_boundary and at is not None and person is not None:
                        yield _message(at, person, start, body)
                        at = None
                    at_boundary = False
                    continue
                if at_boundary and text[:1].isdigit() and (match := _HEADER.match(text)):
                    headers += 1
                    if at is not None and person is not None:
                        yield _message(at, person, start, body)
                    at, person, start, body = None, None, number, []
                    moment = self._time(match, number)
                    if moment is None:
                        continue
                    rest = match[7]
                    if wechat_system.is_system(rest):
                        event = wechat_system.parse(rest, moment, number)
                        if event is not None:
                            yield event
                        continue
                    at, person = moment, self._person(rest)
                    continue
                at_boundary = not text or text.isspace()
                if at is not None:
                    body.append(text)
        if at is not None and person is not None:
            yield _message(at, person, start, body)
        if headers == 0:
            self.problems.insert(0, Problem(0, Code.CHAT_NOT_RECOGNISED, {"formats": LABEL}))

    def _time(self, match: re.Match[str], number: int) -> datetime | None:
        year, month, day, hour, minute, second = (int(part) for part in match.groups()[:6])
        try:
            return datetime(year, month, day, hour, minute, second)
        except ValueError:
            value = match.group(0)[:match.start(7)].strip()
            self.problems.append(Problem(number, Code.CHAT_BAD_TIME,
                                         {"line": number, "value": value}))
            return None

    def _person(self, shown: str) -> Person:
        person = self._people.get(shown)
        if person is None:
            name = html.unescape(shown).strip() if "&" in shown else shown.strip()
            person = Person("wechat", None, name)
            if len(self._people) > 100_000:
                self._people.clear()
            self._people[shown] = person
        return person


def _message(at: datetime, person: Person, line: int, body: list[str]) -> Message:
    while body and (not body[-1] or body[-1].isspace()):
        body.pop()
    text = "\n".join(body)
    kind = SHARE if text.lstrip().startswith(_SHARE_PREFIXES) else SPEECH
    return Message(at, person, kind, text, line=line)
