"""Telegram Desktop's JSON export (``result.json``: Settings > Advanced > Export Telegram
data, or a group's ⋮ > Export chat history, format "Machine-readable JSON").

What the export holds (tdesktop ``export_output_json.cpp``): a single chat is
``{"name", "type", "id", "messages": [...]}``; "Export Telegram data" writes
``{"about", "personal_information", ..., "chats": {"list": [chat, ...]}, "left_chats": ...}``.
Each message has ``id``, ``type`` ("message", "service"; "unsupported" for media the app
could not export), ``date`` (local wall time, no zone) and, since 2021, ``date_unixtime``
(a string of epoch seconds: preferred, read as aware UTC). A message has ``from`` (a name,
null for a deleted account) and ``from_id`` (``user123``, ``channel123`` for a channel
posting as itself); a service message ``actor``/``actor_id`` and ``action``. Members of
``invite_members``/``remove_members``/``create_group`` are names only (null for deleted
accounts): the export gives them no id.

How they read (``Message.line`` and ``Problem.line`` are a message's 1-based place in the
list; a broken file's problem gives the line of the file instead):

- a message is 发言, or 分享 when it shares rather than says: a link in its text (a
  ``link``/``text_link`` entity), a forwarded post (``forwarded_from``), a shared file (a
  document that is not a sticker, GIF, voice or video note), a contact card, a place.
  Photos, stickers, GIFs, voice and video notes are 发言: the sender's own say.
- ``invite_members`` is an invitation by the actor; a member who returns on their own shows
  as the actor inviting themself, which reads as a join.
- ``join_group_by_link`` is a join through an invite link. The ``inviter`` is who made the
  link; when it names a person (not the group, not "Group"), it reads as ``qr_join`` with
  the inviter as actor (the link someone shared, as WeChat's QR code), else as ``join``.
  ``join_group_by_request`` is a join.
- ``remove_members`` is a removal by the actor, or a leave when the actor removed
  themself (Telegram's "left the group").
- ``create_group`` is the creator's join and the invitation of the members listed.
- other service messages (pins, title changes, calls) are not membership: skipped.

An "all chats" export is read when it holds exactly one group; otherwise a problem lists
the groups (export the one group on its own).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
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
from exports.chat.times import iso_time
from models.core.errors import Code

FORMAT = "telegram"
#: Chat types that are groups (a channel is a broadcast; a personal chat has two people).
GROUP_TYPES = ("private_group", "private_supergroup", "public_supergroup")
CHAT_TYPES = (*GROUP_TYPES, "personal_chat", "bot_chat", "saved_messages", "replies",
              "private_channel", "public_channel")
#: Documents that are the sender's own say, not a file shared.
_OWN_MEDIA = ("sticker", "animation", "voice_message", "video_message")
_LINKS = ("link", "text_link")
_SINGLE = re.compile(rb'\{\s*(?:"name":\s*(?:null|"(?:[^"\\]|\\.)*"),\s*)?"type":\s*"('
                     + b"|".join(t.encode() for t in CHAT_TYPES) + rb')",\s*"id":\s*-?\d+')
_ALL = re.compile(rb'\{\s*"about":\s*"[^"]*Telegram')


def sniff(path: Path, head: bytes) -> bool:
    """A single chat's header (``name``, ``type``, ``id``), Telegram's "all data" header,
    or messages shaped like Telegram's (``date_unixtime`` and ``from_id``/``actor_id``)."""
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if not text.startswith(b"{"):
        return False
    if _SINGLE.match(text) or _ALL.match(text):
        return True
    return b'"date_unixtime"' in text and (b'"from_id"' in text or b'"actor_id"' in text)


def open_chat(path: Path) -> ChatFile:
    return TelegramChat(Path(path))


class TelegramChat(JsonChatFile):
    format = FORMAT
    platform = "telegram"

    def _events(self) -> Iterator[Record]:
        found = json_stream.head(self.path, ("name", "type", "about"), "messages")
        if "about" in found and "type" not in found:
            yield from self._all_chats()
            return
        if not found.get("messages"):
            self.problems.append(Problem(0, Code.CHAT_NO_MESSAGES, {"format": self.format}))
            return
        self.group_name = found.get("name") if isinstance(found.get("name"), str) else None
        yield from self._messages(json_stream.items(self.path, "messages.item"))

    def _messages(self, items: Iterator[Any]) -> Iterator[Record]:
        for index, item in enumerate(items, start=1):
            if isinstance(item, dict):
                yield from self._read(item, index)

    def _all_chats(self) -> Iterator[Record]:
        """Telegram's "all data" export: read its one group, else list the groups."""
        groups = [chat for chat in _chat_list(self.path) if chat[2] in GROUP_TYPES]
        if len(groups) != 1:
            names = ", ".join(name or "?" for _, name, _ in groups) or "-"
            self.problems.append(Problem(0, Code.CHAT_WHICH_CHAT, {"chats": names}))
            return
        where, name, _ = groups[0]
        self.group_name = name
        yield from self._messages(_chat_messages(self.path, where))

    def _read(self, item: dict[str, Any], index: int) -> Iterator[Record]:
        kind = item.get("type")
        if kind not in ("message", "service"):
            return
        at = _time(item)
        if at is None:
            value = item.get("date_unixtime") or item.get("date")
            self.problems.append(Problem(index, Code.CHAT_BAD_TIME,
                                         {"line": index, "value": str(value or "")}))
            return
        if kind == "message":
            person = _person(item.get("from"), item.get("from_id"))
            if person is None:
                self.problems.append(Problem(index, Code.CHAT_NO_SENDER, {"line": index}))
                return
            yield Message(at, person, _kind(item), _text(item.get("text")), line=index)
            return
        yield from _service(item, at, index, self.group_name)


# -- one message -------------------------------------------------------------------------


def _time(item: dict[str, Any]) -> datetime | None:
    stamp = item.get("date_unixtime")
    if isinstance(stamp, (str, int)) and str(stamp).isdigit():
        return datetime.fromtimestamp(int(stamp), UTC)
    date = item.get("date")
    return iso_time(date) if isinstance(date, str) else None


def _person(name: Any, user_id: Any) -> Person | None:
    handle = str(user_id) if user_id not in (None, "") else None
    shown = name if isinstance(name, str) and name.strip() else None
    if handle is None and shown is None:
        return None
    return Person("telegram", handle, shown or handle or "")


def _named(name: Any) -> Person | None:
    """A person the export names without an id (a member of an invitation)."""
    return Person("telegram", None, name) if isinstance(name, str) and name.strip() else None


def _kind(item: dict[str, Any]) -> str:
    if item.get("forwarded_from") or item.get("contact_information") \
            or item.get("location_information") or item.get("place_name"):
        return SHARE
    if "file" in item and item.get("media_type") not in _OWN_MEDIA:
        return SHARE
    for part in item.get("text_entities") or (item.get("text") if isinstance(
            item.get("text"), list) else ()):
        if isinstance(part, dict) and part.get("type") in _LINKS:
            return SHARE
    return SPEECH


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(p if isinstance(p, str) else str(p.get("text", "")) for p in value
                       if isinstance(p, (str, dict)))
    return ""


def _service(item: dict[str, Any], at: datetime, index: int,
             group: str | None) -> Iterator[SystemEvent]:
    action = item.get("action")
    actor = _person(item.get("actor"), item.get("actor_id"))
    members = [p for p in map(_named, item.get("members") or ()) if p is not None]
    if action in ("invite_members", "create_group"):
        if actor is None:
            if members:
                yield SystemEvent(at, "join", tuple(members), line=index)
            return
        others = tuple(m for m in members if m.name != actor.name)
        if action == "create_group" or len(others) < len(members):
            yield SystemEvent(at, "join", (actor,), line=index)
        if others:
            yield SystemEvent(at, "invite", others, actor, line=index)
    elif action in ("join_group_by_link", "join_group_by_request"):
        if actor is None:
            return
        inviter = item.get("inviter")
        if action == "join_group_by_link" and isinstance(inviter, str) and inviter.strip() \
                and inviter not in ("Group", group) and inviter != actor.name:
            yield SystemEvent(at, "qr_join", (actor,), _named(inviter), line=index)
        else:
            yield SystemEvent(at, "join", (actor,), line=index)
    elif action == "remove_members":
        if actor is not None and members and all(m.name == actor.name for m in members):
            yield SystemEvent(at, "leave", (actor,), line=index)
        elif members:
            yield SystemEvent(at, "remove", tuple(members), actor, line=index)


# -- an export of every chat ---------------------------------------------------------------


def _chat_list(path: Path) -> list[tuple[tuple[str, int], str | None, str | None]]:
    """``((list, index), name, type)`` of each chat in ``chats``/``left_chats``."""
    if not json_stream.streaming():
        document = json_stream.load(path)
        return [((key, i), c.get("name"), c.get("type"))
                for key in ("chats", "left_chats")
                for i, c in enumerate((document.get(key) or {}).get("list") or [])
                if isinstance(c, dict)]
    found: list[tuple[tuple[str, int], str | None, str | None]] = []
    counts = {"chats": -1, "left_chats": -1}
    for prefix, event, value in json_stream.events(path):
        for key in counts:
            base = key + ".list.item"
            if prefix == base and event == "start_map":
                counts[key] += 1
                found.append(((key, counts[key]), None, None))
            elif prefix == base + ".name" and event == "string":
                found[-1] = (found[-1][0], value, found[-1][2])
            elif prefix == base + ".type" and event == "string":
                found[-1] = (found[-1][0], found[-1][1], value)
    return found


def _chat_messages(path: Path, where: tuple[str, int]) -> Iterator[Any]:
    """The messages of one chat of an "all data" export, one at a time."""
    key, wanted = where
    if not json_stream.streaming():
        chats = (json_stream.load(path).get(key) or {}).get("list") or []
        yield from chats[wanted].get("messages") or []
        return
    base = key + ".list.item"
    item_prefix = base + ".messages.item"
    index, building = -1, None
    for prefix, event, value in json_stream.events(path):
        if prefix == base and event == "start_map":
            index += 1
        elif index != wanted or not prefix.startswith(item_prefix):
            continue
        elif prefix == item_prefix and event == "start_map" and building is None:
            building = json_stream.builder()
            building.event(event, value)
        elif building is not None:
            building.event(event, value)
            if prefix == item_prefix and event == "end_map":
                yield building.value
                building = None
