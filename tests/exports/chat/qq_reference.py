"""QQ's .txt read line by line as the reader was first released (91d9fd0), before its
hot path was made faster: the reference the fast reader is compared against, record for
record and problem for problem, on files built at random (``test_qq_fast.py``). Not
maintained: a change of what the reader reads goes into both, on purpose."""

# ruff: noqa
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from exports.chat import qq_system, text_lines
from exports.chat.records import SHARE, SPEECH, ChatFile, Message, Person, Problem, Record
from exports.text_encoding import EncodingUnknown
from models.core.errors import Code

FORMAT = "qq"
LABEL = "QQ (.txt)"

#: One message header: date, time, AM/PM, sender; the id is the last (digits)/<email>.
_HEADER = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2}) (\d{1,2}):(\d{2}):(\d{2})(?: ?([AaPp][Mm]|上午|下午))? "
    r"(.*)(?:\((\d+)\)|<([^<>\s]+)>)\s*$")
#: The start of a header: a line that begins like one but does not parse was cut.
_DATE_START = re.compile(r"\d{4}-\d{1,2}-\d{1,2} \d")
#: The end of a cut header: an id opened and never closed, or nothing after the time.
_CUT_ID = re.compile(r"(?:[(（]\d*|<[^<>]*|\d{1,2}:\d{2}(?::\d{0,2})?(?: ?[AaPp][Mm]?)?)\s*$")
_BANNER = "消息记录（此消息记录为文本格式"
_OBJECT = re.compile(r"^消息对象[:：]\s*(.+?)\s*$", re.MULTILINE)
_TITLES = re.compile(r"(?:【[^】]*】\s*)+")
#: Senders that are QQ itself: group notices, and the anonymous (匿名) sender.
_SYSTEM_IDS = frozenset({"10000", "1000000"})
_ANONYMOUS_IDS = frozenset({"80000000"})
#: Content that makes a message a share: a link card, a mini program, a file, a card.
_SHARE_PREFIXES = ("[分享]", "[链接]", "[小程序]", "[QQ小程序]", "[文件]", "[名片]", "[卡片]",
                   "[音乐]", "[推荐联系人]", "[推荐群聊]", "[聊天记录]", "[转发]")
_AFTERNOON = frozenset({"下午", "PM", "pm", "Pm", "pM"})
#: Distinct senders remembered before the cache starts over (bounds its memory).
_PEOPLE_CACHED = 100_000
_URL = re.compile(r"(?:https?://|www\.)\S+")


class ReferenceQQ(ChatFile):
    """The line-by-line reading, as released."""

    format = FORMAT
    platform = "qq"

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        head = text_lines.read_head(path)
        try:
            self.encoding: str | None = text_lines.choose_encoding(path, head)
        except EncodingUnknown:
            self.encoding = None
        found = _OBJECT.search(text_lines.decode_head(head))
        self.group_name = found[1] if found else None
        #: Senders seen, so a million messages share a few thousand Person records.
        self._people: dict[tuple[str | None, str], Person] = {}

    def events(self) -> Iterator[Record]:
        # One loop over plain lists with the state in locals: this is the hot path of a
        # million-message import, so no per-line work beyond a slice and the regex.
        self.problems.clear()
        problems = self.problems
        if self.encoding is None:
            problems.append(Problem(0, Code.ENCODING_UNKNOWN))
            return
        header_match = _HEADER.match
        finish = _finish
        last_line = headers = 0
        suspect = 0  # a line that starts like a header and does not parse as one
        # The message being read: its time, sender (None: a system notice), line, content.
        at: datetime | None = None
        person: Person | None = None
        start = 0
        body: list[str] = []
        at_boundary = True  # a header may start here: after a blank line or a header
        for first, block in text_lines.blocks(self.path, self.encoding, problems):
            number = first - 1
            for text in block:
                number += 1
                if text is None:  # damaged bytes, reported by text_lines
                    if at_boundary and at is not None:
                        if (record := finish(at, person, start, body)) is not None:
                            yield record
                        at = None
                    at_boundary = False
                    continue
                if at_boundary and text[:1].isdigit():
                    match = header_match(text)
                    if match is not None:
                        headers += 1
                        if at is not None and (record := finish(at, person, start, body)):
                            yield record
                        at, person = self._header(match, number, text)
                        start, body = number, []
                        continue
                    if _DATE_START.match(text):
                        suspect = number
                        if _CUT_ID.search(text):
                            if at is not None and (record := finish(at, person, start, body)):
                                yield record
                            at = None
                            problems.append(
                                Problem(number, Code.CHAT_BAD_HEADER, {"line": number}))
                            continue  # its content is nobody's; the next header may follow
                at_boundary = not text or text.isspace()
                if at is not None:
                    body.append(text)
            last_line = number
        if suspect and suspect == last_line and not text_lines.ends_with_newline(self.path):
            # The file stops in the middle of a header line: cut short, not a message.
            problems[:] = [p for p in problems if p.line != suspect]
            problems.append(Problem(suspect, Code.CHAT_TRUNCATED, {"line": suspect}))
            if at is not None and body and start != suspect:
                body.pop()
        if at is not None and (record := finish(at, person, start, body)) is not None:
            yield record
        if headers == 0 and not any(p.code == Code.CHAT_BAD_HEADER for p in problems):
            # QQ's banner with no message under it: an export of a quiet group or day
            problems.insert(0, Problem(0, Code.CHAT_NO_MESSAGES, {"format": "qq"}) if self.group_name
                            else Problem(0, Code.CHAT_NOT_RECOGNISED, {"formats": LABEL}))

    def _header(self, match: re.Match[str], number: int,
                text: str) -> tuple[datetime | None, Person | None]:
        """The time and sender a header line gives: no time when it is impossible or the
        sender anonymous (the message is skipped), no sender for a QQ system notice."""
        year, month, day, hour, minute, second, half, name, qq, email = match.groups()
        hour_value = int(hour)
        if half is not None:
            if not 1 <= hour_value <= 12:
                hour_value = 99  # "13:00 PM" is no time
            hour_value = hour_value % 12 + (12 if half in _AFTERNOON else 0)
        try:
            at = datetime(int(year), int(month), int(day), hour_value, int(minute), int(second))
        except ValueError:
            value = text[:match.start(8)].strip()
            self.problems.append(Problem(number, Code.CHAT_BAD_TIME,
                                         {"line": number, "value": value}))
            return None, None
        if qq in _SYSTEM_IDS:
            return at, None
        if qq in _ANONYMOUS_IDS:
            return None, None
        key = (qq or email, name)
        person = self._people.get(key)
        if person is None:
            person = self._person(qq, email, name)
            if len(self._people) > _PEOPLE_CACHED:
                self._people.clear()
            self._people[key] = person
        return at, person

    @staticmethod
    def _person(qq: str | None, email: str | None, name: str) -> Person:
        name = name.strip()
        if name.startswith("【"):
            name = _TITLES.sub("", name, count=1).strip()
        if qq is not None:
            return Person("qq", qq, name or qq, qq=qq)
        assert email is not None
        return Person("qq", email, name or email, email=email)


def _finish(at: datetime, person: Person | None, line: int, body: list[str]) -> Record | None:
    """The record a message's header and content make (None: a notice that changes no
    membership)."""
    if len(body) == 2 and not body[1] and body[0] and not body[0].isspace():
        text = body[0]  # the common case: one line, then the blank line before the next
    else:
        while body and (not body[-1] or body[-1].isspace()):
            body.pop()
        text = body[0] if len(body) == 1 else "\n".join(body)
    if person is None:
        return qq_system.parse(text, at, line)
    return Message(at, person, kind(text), text, line=line)


#: First characters a share can start with (after white space): most texts start otherwise.
_SHARE_STARTS = frozenset("[hwHW")


def kind(text: str) -> str:
    """分享 for a shared link, card, mini program or file; 发言 for everything else."""
    start = text[:1]
    if start not in _SHARE_STARTS and not start.isspace():
        return SPEECH  # the common case, without stripping a copy of the text
    stripped = text.strip()
    first = stripped[:1]
    if first == "[" and stripped.startswith(_SHARE_PREFIXES):
        return SHARE
    if first in ("h", "w", "H", "W") and _URL.fullmatch(stripped):
        return SHARE
    return SPEECH
