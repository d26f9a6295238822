"""DiscordChatExporter's exports of a channel: JSON and CSV (``--format Json``/``Csv``, or
the GUI's format list).

JSON (``JsonMessageWriter``): ``{"guild": {...}, "channel": {...}, "dateRange",
"exportedAt", "messages": [...], "messageCount"}``; each message has ``id``, ``type``
(``Default``, ``Reply``, ``GuildMemberJoin``, ``RecipientAdd``, ``RecipientRemove``,
``ChannelPinnedMessage``, ``ThreadCreated``, ``Call``, ...), ``timestamp`` (ISO with its
offset), ``author`` (``id``, ``name``, ``discriminator``, ``nickname``, ``isBot``),
``content``, ``attachments``, ``embeds``, ``stickers``, ``mentions`` (users, as authors).

CSV (``CsvMessageWriter``): ``AuthorID,Author,Date,Content,Attachments,Reactions``, every
cell quoted. ``Author`` is ``name#1234`` (or the bare name since Discord dropped
discriminators); ``Date`` is the exporting machine's local time in its culture's short
form: ``06-May-23 09:05 AM`` in old versions, ``5/6/2023 9:05 AM`` (en-US),
``06/05/2023 09:05`` (en-GB), ``2023/5/6 9:05`` (zh-CN), ISO in some. Whether ``6/5``
is day or month first is decided once per file, from the first date that can only be one
way (a part over 12); a file with none is read month first (en-US, DCE's default). A
system message has no type column: its content is DCE's fallback text ("Joined the
server.", "Added X to the group.", "Removed X from the group.", "Left the group.").

How they read: a message is 发言, or 分享 when it shares a link (a URL in the text or a
link preview embed) or a file that is not an image; a bot's messages are skipped (no
member speaks through a bot). ``GuildMemberJoin`` is a join; ``RecipientAdd`` the
author's invitation of the mentioned users; ``RecipientRemove`` a removal, or a leave
when the author removed themself. Pins, threads, calls and renames are skipped.
``Message.line`` is the CSV's line, or the message's 1-based place in the JSON list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from exports.chat import json_stream
from exports.chat.json_stream import JsonChatFile
from exports.chat.records import (
    SHARE,
    SPEECH,
    ChatFile,
    Message,
    Person,
    Problem,
    Record,
    SystemEvent,
)
from exports.chat.times import ambiguous, day_order, iso_time, numeric_date, parse_time
from exports.tables import TableFile, UnreadableFile, open_table
from models.core.errors import Code

FORMAT = "discord"
CSV_HEADER = ("AuthorID", "Author", "Date", "Content", "Attachments", "Reactions")
_JSON_HEAD = re.compile(rb'\{\s*"guild":\s*\{')
_CSV_HEAD = re.compile(rb'"?AuthorID"?,"?Author"?,"?Date"?,"?Content"?')
_URL = re.compile(r"https?://\S", re.IGNORECASE)
_IMAGE = re.compile(r"\.(png|jpe?g|gif|webp|bmp|heic|avif)(\?.*)?$", re.IGNORECASE)
_DISCRIMINATOR = re.compile(r"#\d{4}$")
_SKIPPED = ("ChannelPinnedMessage", "ThreadCreated", "Call", "ChannelNameChange",
            "ChannelIconChange")
_SPOKEN = ("Default", "Reply")
#: DCE's wording of system messages in a CSV (``Message.GetFallbackContent``).
_ADDED = re.compile(r"Added (.+) to the group\.")
_REMOVED = re.compile(r"Removed (.+) from the group\.")
_QUIET = re.compile(r"Pinned a message\.|Started a thread\.|Changed the channel (name|icon)\."
                    r"|Started a call.*|Added a recipient\.|Removed a recipient\.")


def sniff(path: Path, head: bytes) -> bool:
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    return bool(_JSON_HEAD.match(text) or _CSV_HEAD.match(text))


def open_chat(path: Path) -> ChatFile:
    path = Path(path)
    with open(path, "rb") as handle:
        text = handle.read(4096).removeprefix(b"\xef\xbb\xbf").lstrip()
    return DiscordJson(path) if text.startswith(b"{") else DiscordCsv(path)


def _person(author: Any) -> Person | None:
    if not isinstance(author, dict) or not str(author.get("id") or "").strip():
        return None
    name = str(author.get("name") or "")
    shown = str(author.get("nickname") or "") or name
    return Person("discord", str(author["id"]), shown or str(author["id"]),
                  alias=name if name and name != shown else None)


class DiscordJson(JsonChatFile):
    format = FORMAT
    platform = "discord"

    def _events(self) -> Iterator[Record]:
        self.group_name = _channel_name(self.path)
        seen = False
        for index, item in enumerate(json_stream.items(self.path, "messages.item"), start=1):
            seen = True
            if isinstance(item, dict):
                yield from self._read(item, index)
        if not seen and self.group_name is None:
            self.problems.append(Problem(0, Code.CHAT_NO_MESSAGES, {"format": self.format}))

    def _read(self, item: dict[str, Any], index: int) -> Iterator[Record]:
        kind = str(item.get("type") or "Default")
        if kind in _SKIPPED:
            return
        stamp = item.get("timestamp")
        at = iso_time(stamp) if isinstance(stamp, str) else None
        if at is None:
            self.problems.append(Problem(index, Code.CHAT_BAD_TIME,
                                         {"line": index, "value": str(stamp or "")}))
            return
        author = _person(item.get("author"))
        if author is None:
            self.problems.append(Problem(index, Code.CHAT_NO_SENDER, {"line": index}))
            return
        mentioned = tuple(p for p in map(_person, item.get("mentions") or ()) if p)
        if kind == "GuildMemberJoin":
            yield SystemEvent(at, "join", (author,), line=index)
        elif kind == "RecipientAdd":
            others = tuple(p for p in mentioned if p.user_id != author.user_id)
            if others:
                yield SystemEvent(at, "invite", others, author, line=index)
            elif mentioned:
                yield SystemEvent(at, "join", (author,), line=index)
        elif kind == "RecipientRemove":
            others = tuple(p for p in mentioned if p.user_id != author.user_id)
            if others:
                yield SystemEvent(at, "remove", others, author, line=index)
            else:
                yield SystemEvent(at, "leave", (author,), line=index)
        elif not (item.get("author") or {}).get("isBot"):
            text = str(item.get("content") or "")
            files = [str(a.get("fileName") or a.get("url") or "")
                     for a in item.get("attachments") or () if isinstance(a, dict)]
            yield Message(at, author, _kind(text, files, bool(item.get("embeds"))), text,
                          line=index)


def _channel_name(path: Path) -> str | None:
    """``guild / channel`` from the JSON's header objects (read before the messages)."""
    names: dict[str, str] = {}
    if json_stream.streaming():
        for prefix, event, value in json_stream.events(path):
            if prefix in ("guild.name", "channel.name") and event == "string":
                names[prefix] = value
            if prefix == "messages" or len(names) == 2:
                break
    else:
        document = json_stream.load(path)
        for key in ("guild", "channel"):
            value = (document.get(key) or {}).get("name") if isinstance(document, dict) else None
            if isinstance(value, str):
                names[key + ".name"] = value
    parts = [names[k] for k in ("guild.name", "channel.name") if names.get(k)]
    return " / ".join(parts) or None


def _kind(text: str, files: list[str], embeds: bool) -> str:
    if _URL.search(text) or embeds or any(f and not _IMAGE.search(f) for f in files):
        return SHARE
    return SPEECH


class DiscordCsv(ChatFile):
    format = FORMAT
    platform = "discord"

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._day_first: bool | None = None

    def events(self) -> Iterator[Record]:
        try:
            table = open_table(self.path)
        except UnreadableFile as error:
            self.problems.append(Problem(0, error.code, dict(error.params)))
            return
        try:
            yield from self._rows(table)
        except UnreadableFile as error:
            self.problems.append(Problem(int(error.params.get("line", 0) or 0), error.code,
                                         dict(error.params)))
        finally:
            table.close()

    def _rows(self, table: TableFile) -> Iterator[Record]:
        rows = table.rows()
        first = next(rows, None)
        if first is None or [str(v).strip() for v in first[1][:4]] != list(CSV_HEADER[:4]):
            line = first[0] if first else 1
            self.problems.append(Problem(line, Code.CHAT_BAD_HEADER, {"line": line}))
            return
        for line, values in rows:
            record = self._read(table, line, values)
            if record is not None:
                yield record

    def _read(self, table: TableFile, line: int, values: list[Any]) -> Record | None:
        if len(values) < 4:
            self.problems.append(Problem(line, Code.CHAT_BAD_ROW, {
                "line": line, "count": len(values), "expected": len(CSV_HEADER)}))
            return None
        user_id, author, stamp, content = (str(v).strip() for v in values[:4])
        files = [f for f in (str(values[4]).split(",") if len(values) > 4 else ()) if f.strip()]
        if not user_id.isdigit():
            self.problems.append(Problem(line, Code.CHAT_BAD_USER_ID,
                                         {"line": line, "value": user_id}))
            return None
        at = self._time(table, stamp)
        if at is None:
            self.problems.append(Problem(line, Code.CHAT_BAD_TIME, {"line": line, "value": stamp}))
            return None
        person = Person("discord", user_id, _DISCRIMINATOR.sub("", author) or user_id)
        if not files:
            if content == "Joined the server.":
                return SystemEvent(at, "join", (person,), line=line)
            if content == "Left the group.":
                return SystemEvent(at, "leave", (person,), line=line)
            if match := _ADDED.fullmatch(content):
                return SystemEvent(at, "invite", (_named(match[1]),), person, line=line)
            if match := _REMOVED.fullmatch(content):
                return SystemEvent(at, "remove", (_named(match[1]),), person, line=line)
            if _QUIET.fullmatch(content):
                return None
        return Message(at, person, _kind(content, files, False), content, line=line)

    def _time(self, table: TableFile, text: str) -> datetime | None:
        found = iso_time(text) or parse_time(text)
        if found is None or not ambiguous(text):
            return found
        if self._day_first is None:
            self._day_first = _file_day_order(table)
        return numeric_date(text, self._day_first)


def _named(name: str) -> Person:
    return Person("discord", None, _DISCRIMINATOR.sub("", name.strip()))


def _file_day_order(table: TableFile) -> bool:
    """Day first when some date of the file's Date column can only be read day first."""
    for _, values in table.rows():
        if len(values) > 2 and (order := day_order(str(values[2]))) is not None:
            return order
    return False
