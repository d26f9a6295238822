"""A stand-in for the chat import (``models.imports.chat_import``, notes/i16/api.md), so the
wizard is tested on its own; ``install(monkeypatch)`` puts it in place of the module (or
over its functions once it exists) and lets the real readers (``exports.chat.detect``) also
read a fake chat file: JSON written by ``write_chat``, {"format": "qq", "group": "...",
"messages": [[iso time, name, user id], ...], "problems": [[line, code, params], ...]}.
What the fake import was asked is kept in ``CALLS``. Its result is the real
``ChatImportResult`` (plain data), so the wizard never reads a field the import lacks.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
import types
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from exports.chat.records import Message, Person, Problem
from models.core.changes import Change
from models.core.errors import Cancelled
from models.imports.chat_import import ChatImportResult
from models.members import records
from models.store.operations import recorded

CALLS: list[dict[str, Any]] = []


class FakeChat:
    def __init__(self, path: Path, fmt: str) -> None:
        data = json.loads(path.read_text(encoding="utf-8"))
        self.format = data.get("format", "qq") if fmt == "auto" else fmt
        self.platform = self.format
        self.group_name = data.get("group")
        self.problems = [Problem(line, code, params) for line, code, params in
                         data.get("problems", [])]
        self._messages = data.get("messages", [])

    def events(self):
        for number, (at, name, user_id) in enumerate(self._messages, 1):
            yield Message(datetime.fromisoformat(at), Person(self.platform, user_id, name),
                          line=number)


def is_fake(path) -> bool:
    path = Path(path)
    return path.suffix == ".txt" and path.read_bytes()[:1] == b"{"


def open_chat(path, format="auto", mapping=None):  # noqa: A002 - the API's name
    """A fake chat file (JSON written by ``write_chat``); any other file by the real readers."""
    if is_fake(path):
        return FakeChat(Path(path), format)
    from exports.chat import detect

    return REAL["open_chat"](path, format, mapping) if "open_chat" in REAL else \
        detect.open_chat(path, format, mapping)


def which(path, head, exclude=None):
    if is_fake(path):
        return json.loads(Path(path).read_text(encoding="utf-8")).get("format", "qq")
    return REAL["which"](path, head, exclude)


REAL: dict[str, Any] = {}


@dataclass(frozen=True)
class SpeakerMatch:
    member_id: int | None
    how: str | None
    candidates: tuple[int, ...] = ()


@dataclass(frozen=True)
class Speaker:
    key: tuple[str, str]
    person: Person
    messages: int
    first_at: datetime
    last_at: datetime
    match: SpeakerMatch


@dataclass
class ChatScan:
    format: str
    group_name: str | None
    speakers: list[Speaker]
    messages: int
    system_events: int
    first_at: datetime | None
    last_at: datetime | None
    problems: list[Problem]

    @property
    def unmatched(self) -> list[Speaker]:
        return [s for s in self.speakers if s.match.member_id is None
                and len(s.match.candidates) <= 1]

    @property
    def ambiguous(self) -> list[Speaker]:
        return [s for s in self.speakers if len(s.match.candidates) > 1]


def scan_chat(conn, chat, community_id, *, progress=None, cancelled=None,
              keep_text=False) -> ChatScan:
    """Who speaks: matched by a unique name among the members (else ambiguous/unmatched)."""
    seen: dict[tuple[str, str], list[Any]] = {}
    count = 0
    for message in chat.events():
        count += 1
        entry = seen.setdefault(message.person.key, [message.person, 0, message.at, message.at])
        entry[1] += 1
        entry[3] = message.at
        if progress is not None:
            progress(count, None)
        if cancelled is not None and cancelled():
            raise Cancelled()
    speakers = []
    for key, (person, n, first, last) in seen.items():
        ids = tuple(i for (i,) in conn.execute(
            "SELECT id FROM members WHERE display_name = ? AND deleted_at IS NULL ORDER BY id",
            (person.name,)))
        match = SpeakerMatch(ids[0], "name") if len(ids) == 1 else \
            SpeakerMatch(None, None, ids if len(ids) > 1 else ())
        speakers.append(Speaker(key, person, n, first, last, match))
    speakers.sort(key=lambda s: -s.messages)
    times = [s.first_at for s in speakers] + [s.last_at for s in speakers]
    return ChatScan(chat.format, chat.group_name, speakers, count, 0,
                    min(times, default=None), max(times, default=None), list(chat.problems))


@dataclass(frozen=True)
class ChatImportOptions:
    community_id: int
    unmatched: str = "new"
    keep_text: bool = False
    decisions: Mapping[tuple[str, str], tuple[str, int | None]] = field(default_factory=dict)


#: Set by a test to make the fake import wait for Cancel.
WAIT_FOR_CANCEL = {"on": False}


def chat_import_operation(open_file: Callable[[], Any], options: ChatImportOptions, *,
                          progress=None, cancelled=None, scan=None):
    """Creates a member for each speaker decided "new" (so Cancel has a write to undo)."""
    CALLS.append({"options": options, "scan": scan})

    def work(conn):
        chat = open_file()
        result = ChatImportResult(change=Change.of("members", "activities"))
        names = {}
        for message in chat.events():
            names[message.person.key] = message.person.name
            decision = options.decisions.get(message.person.key)
            if decision and decision[0] == "ignore":
                result.ignored_messages += 1
            else:
                result.messages_added += 1
        for key, (action, _member) in options.decisions.items():
            if action == "new":
                records.create_member(conn, {"display_name": names.get(key, key[1])},
                                      options.community_id)
                result.members_created += 1
        deadline = time.monotonic() + 10
        while WAIT_FOR_CANCEL["on"] and time.monotonic() < deadline:
            progress(1, 2)
            if cancelled():
                raise Cancelled()
            time.sleep(0.01)
        return result

    return recorded(work)


def _fake(monkeypatch, name: str, **attrs: Any) -> None:
    try:
        module = importlib.import_module(name)
    except ImportError:
        module = types.ModuleType(name)
        monkeypatch.setitem(sys.modules, name, module)
        parent, _, child = name.rpartition(".")
        monkeypatch.setattr(importlib.import_module(parent), child, module, raising=False)
    for key, value in attrs.items():
        monkeypatch.setattr(module, key, value, raising=False)


def install(monkeypatch) -> list[dict[str, Any]]:
    CALLS.clear()
    WAIT_FOR_CANCEL["on"] = False
    from exports.chat import detect

    REAL.update(open_chat=detect.open_chat, which=detect.which)
    monkeypatch.setattr(detect, "open_chat", open_chat)
    monkeypatch.setattr(detect, "which", which)
    _fake(monkeypatch, "models.imports.chat_import", scan_chat=scan_chat,
          ChatImportOptions=ChatImportOptions, chat_import_operation=chat_import_operation)
    return CALLS


def write_chat(path: Path, messages: list[tuple[str, str, str]], *, fmt: str = "qq",
               group: str | None = "读书会 1 群", problems: list | None = None) -> Path:
    path.write_text(json.dumps({"format": fmt, "group": group, "messages": messages,
                                "problems": problems or []}, ensure_ascii=False),
                    encoding="utf-8")
    return path
