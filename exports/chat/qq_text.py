"""QQ's own chat export: 消息管理器 → 导出消息记录 → 文本文件 (.txt).

The file starts with a header block (``消息记录（此消息记录为文本格式，不支持重新导入）``,
``消息分组:我的群聊``, ``消息对象:读书会3群`` between ``====`` rules), then each
message as a header line and its content::

    2023-05-06 9:05:03 【管理员】张三(123456789)
    大家早上好

    2023-05-06 9:06:10 PM 李四<lisi@example.com>
    [图片]

The hour has one or two digits, older versions add `` AM``/``PM``; the sender is the
name shown in the group, a title such as 【管理员】 in front of it, and the QQ number in
parentheses or, for accounts that show one, an email in angle brackets. Nicknames may
hold parentheses and spaces themselves, so the id is the *last* ``(digits)`` or
``<email>`` at the end of the line. Headers follow a blank line (or the message before
had no content), which keeps a quoted "2023-05-06 9:00:00 张三(1)" inside a message from
starting a new one. Group notices come from ``系统消息(10000)``/``(1000000)`` and are
read by ``qq_system``; anonymous messages (``(80000000)``) name nobody and are skipped.
Times are wall clock (naive).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

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
#: The same header in two parts, read the fast way: ``_HEAD`` (the time to the hour, the
#: minutes and seconds, AM/PM, and the rest of the line), then ``_SENDER`` over that rest (once per
#: distinct rest: a sender's header reads the same every time). Equivalent to ``_HEADER``:
#: whether the rest ends in an id does not depend on where it starts.
_HEAD = re.compile(r"(\d{4}-\d{1,2}-\d{1,2} \d{1,2}):(\d{2}:\d{2})(?: ?([AaPp][Mm]|上午|下午))? "
                   r"(.*)")
_SENDER = re.compile(r"(.*)(?:\((\d+)\)|<([^<>\s]+)>)\s*$")
_STAMP = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2}) (\d{1,2})")
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
#: A header's minutes and seconds as written, added to its hour.
_IN_HOUR = {f"{second // 60:02d}:{second % 60:02d}": timedelta(seconds=second)
            for second in range(3600)}
_NO_TIME = datetime(1, 1, 1)
#: ``_sender``'s answers besides a Person or None: not looked up yet, an anonymous sender,
#: not a header after all.
_UNKNOWN = object()
_ANONYMOUS = object()
_NOT_A_HEADER = object()


def sniff(path: Path, head: bytes) -> bool:
    """QQ's banner, or a QQ message header (an id at its end) in the first bytes."""
    text = text_lines.decode_head(head)
    if _BANNER in text:
        return True
    return any(_HEADER.match(line) for line in text.splitlines()[:2000])


def open_chat(path: Path) -> QQTextFile:
    return QQTextFile(Path(path))


class QQTextFile(ChatFile):
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
        #: Senders seen, by the header's text after the time (see ``_sender``).
        self._senders: dict[str, Any] = {}

    def events(self) -> Iterator[Record]:
        # One loop over plain lists with the state in locals: this is the hot path of a
        # million-message import. A message of one line (the common case) is made right at
        # the next header, without ``_finish``; a header's time is its hour's, made once an
        # hour, plus its minutes and seconds; its sender is looked up by the header's text
        # after the time (the same text is the same sender).
        self.problems.clear()
        problems = self.problems
        if self.encoding is None:
            problems.append(Problem(0, Code.ENCODING_UNKNOWN))
            return
        head_match = _HEAD.match
        finish = _finish
        senders = self._senders
        in_hour = _IN_HOUR
        share_starts = _SHARE_STARTS
        # The last header's time to the hour, as written (and its AM/PM), and as a time.
        hour_text: str | None = None
        hour_half: str | None = None
        hour = _NO_TIME
        last_line = headers = 0
        suspect = 0  # a line that starts like a header and does not parse as one
        # The message being read: its time, sender (None: a system notice), line, content.
        at: datetime | None = None
        sender: Any = None
        start = 0
        body: list[str] = []
        at_boundary = True  # a header may start here: after a blank line or a header
        for first, block in text_lines.blocks(self.path, self.encoding, problems):
            number = first - 1
            for text in block:
                number += 1
                if not text:
                    if text is None:  # damaged bytes, reported by text_lines
                        if at_boundary and at is not None:
                            if (record := finish(at, sender, start, body)) is not None:
                                yield record
                            at = None
                        at_boundary = False
                        continue
                    at_boundary = True
                    if at is not None:
                        body.append(text)
                    continue
                if at_boundary and text[0].isdigit():
                    match = head_match(text)
                    if match is not None:
                        stamp, clock, half, rest = match.groups()
                        person = senders.get(rest, _UNKNOWN)
                        if person is _UNKNOWN:
                            person = self._sender(rest)
                        if person is not _NOT_A_HEADER:
                            headers += 1
                            if at is not None:
                                if (sender is not None and len(body) == 2 and not body[1]
                                        and (content := body[0]) and not content.isspace()):
                                    first_char = content[0]
                                    yield Message(at, sender, kind(content) if (
                                        first_char in share_starts or first_char.isspace())
                                        else SPEECH, content, 0, start)
                                elif (record := finish(at, sender, start, body)) is not None:
                                    yield record
                            start, body, sender = number, [], person
                            if stamp == hour_text and half == hour_half and (
                                    step := in_hour.get(clock)) is not None:
                                at = hour + step
                            else:
                                at = self._time(stamp, clock, half, number, text, rest)
                                if at is not None:
                                    hour_text, hour_half = stamp, half
                                    hour = at.replace(minute=0, second=0)
                            if person is _ANONYMOUS:
                                at = None
                            continue
                    if _DATE_START.match(text):
                        suspect = number
                        if _CUT_ID.search(text):
                            if at is not None and (record := finish(at, sender, start, body)):
                                yield record
                            at = None
                            problems.append(
                                Problem(number, Code.CHAT_BAD_HEADER, {"line": number}))
                            continue  # its content is nobody's; the next header may follow
                at_boundary = text.isspace()
                if at is not None:
                    body.append(text)
            last_line = number
        if suspect and suspect == last_line and not text_lines.ends_with_newline(self.path):
            # The file stops in the middle of a header line: cut short, not a message.
            problems[:] = [p for p in problems if p.line != suspect]
            problems.append(Problem(suspect, Code.CHAT_TRUNCATED, {"line": suspect}))
            if at is not None and body and start != suspect:
                body.pop()
        if at is not None and (record := finish(at, sender, start, body)) is not None:
            yield record
        if headers == 0 and not any(p.code == Code.CHAT_BAD_HEADER for p in problems):
            # QQ's banner with no message under it: an export of a quiet group or day
            problems.insert(0, Problem(0, Code.CHAT_NO_MESSAGES, {"format": self.format})
                            if self.group_name
                            else Problem(0, Code.CHAT_NOT_RECOGNISED, {"formats": LABEL}))

    def _time(self, stamp: str, clock: str, half: str | None, number: int, text: str,
              rest: str) -> datetime | None:
        """The time of a header (``_HEAD``'s groups); None (and a problem) when it is
        impossible."""
        year, month, day, hour = _STAMP.fullmatch(stamp).groups()  # type: ignore[union-attr]
        minute, second = clock.split(":")
        hour_value = int(hour)
        if half is not None:
            if not 1 <= hour_value <= 12:
                hour_value = 99  # "13:00 PM" is no time
            hour_value = hour_value % 12 + (12 if half in _AFTERNOON else 0)
        try:
            return datetime(int(year), int(month), int(day), hour_value, int(minute),
                            int(second))
        except ValueError:
            value = text[:len(text) - len(rest)].strip()
            self.problems.append(Problem(number, Code.CHAT_BAD_TIME,
                                         {"line": number, "value": value}))
            return None

    def _sender(self, rest: str) -> Any:
        """Who a header names from ``rest``, its text after the time: a ``Person``, None
        for a QQ system notice, ``_ANONYMOUS`` for an anonymous message (skipped), or
        ``_NOT_A_HEADER`` when ``rest`` ends in no id. Remembered by ``rest``, so a million
        messages share a few thousand ``Person`` records."""
        match = _SENDER.match(rest)
        if match is None:
            return _NOT_A_HEADER
        name, qq, email = match.groups()
        if qq in _SYSTEM_IDS:
            found: Any = None
        elif qq in _ANONYMOUS_IDS:
            found = _ANONYMOUS
        else:
            found = self._person(qq, email, name)
        if len(self._senders) > _PEOPLE_CACHED:
            self._senders.clear()
        self._senders[rest] = found
        return found

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
