"""The first pass over a chat export: who it names, how much each said, and who they are.

``scan_chat`` reads the file once, streaming (a million messages never sit in memory): it
tallies every person by ``Person.key`` (messages, first and last time), counts messages
and system lines, collects the reader's problems, then matches each person to a member
(``models.imports.chat_match``). The window shows the result before anything is written
(the speaker review); the import's second pass (``models.imports.chat_write``) writes.

Readers live in ``exports/chat`` and hand ``Message`` and ``SystemEvent`` records; models
never import exports, so records are used by their attributes (a system line is the record
with an ``action``).

Within one file, a person named without an id (WeChat's system lines give only the shown
name: ``"张三"邀请"李四"加入了群聊``) is the same as the one person with an id the file shows
under that name or alias, when there is exactly one: ``ChatScan.aliases`` maps the first
key to the second, so the invitation and the messages land on one member.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from models.core import zones
from models.core.errors import Cancelled
from models.imports.chat_match import SpeakerMatch, match_people

Key = tuple[str, str]
Progress = Callable[[int, "int | None"], None]
#: Records between two progress reports (and checks of Cancel).
EVERY = 5_000
NAME_PREFIX = "name:"


@dataclass(frozen=True)
class Speaker:
    """One person the file names (a speaker, or only named by system lines)."""

    key: Key
    person: Any  # the reader's Person (the last seen under this key: the newest name)
    messages: int  # messages in the file (system-line-only people: 0)
    first_at: datetime  # aware, in the workspace's zone
    last_at: datetime
    match: SpeakerMatch


@dataclass
class ChatScan:
    format: str
    group_name: str | None
    speakers: list[Speaker]  # every person the file names, most messages first
    messages: int
    system_events: int
    first_at: datetime | None
    last_at: datetime | None
    problems: list[Any]  # the reader's Problem rows: any refuses the whole file
    #: Keys of people named without an id -> the key they are the same as (see above).
    aliases: dict[Key, Key] = field(default_factory=dict)

    @property
    def unmatched(self) -> list[Speaker]:
        return [s for s in self.speakers
                if s.match.member_id is None and not s.match.ambiguous]

    @property
    def ambiguous(self) -> list[Speaker]:
        return [s for s in self.speakers if s.match.ambiguous]

    def speaker(self, key: Key) -> Speaker | None:
        key = self.aliases.get(key, key)
        return next((s for s in self.speakers if s.key == key), None)


class _Tally:
    __slots__ = ("person", "messages", "first", "last")

    def __init__(self, person: Any, at: datetime) -> None:
        self.person, self.messages, self.first, self.last = person, 0, at, at

    def saw(self, person: Any, at: datetime) -> None:
        self.person = person
        if at < self.first:
            self.first = at
        elif at > self.last:
            self.last = at


def aware(at: datetime, zone: tzinfo) -> datetime:
    """``at`` with its zone: a naive time (wall clock in the file) is in ``zone``."""
    return at.replace(tzinfo=zone) if at.tzinfo is None else at


def workspace_zone(conn: Any) -> ZoneInfo:
    return ZoneInfo(zones.default_tzid(conn))


def scan_chat(conn: Any, chat: Any, community_id: int, *, progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None) -> ChatScan:
    """Read ``chat`` (a reader's ``ChatFile``) once and match its people; writes nothing.
    Raises ``Cancelled`` when ``cancelled()`` turns true."""
    zone = workspace_zone(conn)
    tallies: dict[Key, _Tally] = {}
    messages = events = 0
    first = last = None
    for count, record in enumerate(chat.events(), 1):
        at = aware(record.at, zone)
        if first is None or at < first:
            first = at
        if last is None or at > last:
            last = at
        if hasattr(record, "action"):
            events += 1
            for person in (*record.targets, record.actor) if record.actor else record.targets:
                _saw(tallies, person, at)
        else:
            messages += 1
            _saw(tallies, record.person, at).messages += 1
        if count % EVERY == 0:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(count, None)
    aliases = _aliases(tallies)
    for alias, key in aliases.items():
        gone, into = tallies.pop(alias), tallies[key]
        into.messages += gone.messages
        into.first, into.last = min(into.first, gone.first), max(into.last, gone.last)
    order = sorted(tallies.items(), key=lambda kv: (-kv[1].messages, kv[1].first, kv[0]))
    scan = ChatScan(chat.format, chat.group_name,
                    [Speaker(k, t.person, t.messages, t.first, t.last, SpeakerMatch())
                     for k, t in order],
                    messages, events, first, last, list(chat.problems), aliases)
    return match_speakers(conn, scan, community_id)


def match_speakers(conn: Any, scan: ChatScan, community_id: int) -> ChatScan:
    """``scan`` with every speaker matched again against the workspace as it is now."""
    found = match_people(conn, [s.person for s in scan.speakers], community_id)
    return replace(scan, speakers=[replace(s, match=m)
                                   for s, m in zip(scan.speakers, found, strict=True)])


def _saw(tallies: dict[Key, _Tally], person: Any, at: datetime) -> _Tally:
    key = person.key
    tally = tallies.get(key)
    if tally is None:
        tally = tallies[key] = _Tally(person, at)
    else:
        tally.saw(person, at)
    return tally


def _aliases(tallies: dict[Key, _Tally]) -> dict[Key, Key]:
    """Name-only keys that name exactly one person with an id in the file."""
    holders: dict[tuple[str, str], set[Key]] = {}
    for key, tally in tallies.items():
        if key[1].startswith(NAME_PREFIX):
            continue
        for name in (tally.person.name, tally.person.alias):
            if name:
                holders.setdefault((key[0], name.strip()), set()).add(key)
    found = {}
    for key in tallies:
        if key[1].startswith(NAME_PREFIX):
            same = holders.get((key[0], key[1][len(NAME_PREFIX):].strip()), set())
            if len(same) == 1:
                found[key] = next(iter(same))
    return found
