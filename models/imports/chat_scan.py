"""The first pass over a chat export: who it names, how much each said, and who they are.

``scan_chat`` reads the file once, streaming (a million messages never sit in memory): it
tallies every person by ``Person.key`` (messages, first and last time), counts messages
and system lines, collects the reader's problems, stages every record as the import will
store it (``models.imports.chat_stage``: a scratch file, not memory), then matches each
person to a member (``models.imports.chat_match``). The window shows the result before
anything is written (the speaker review); the import (``models.imports.chat_write``)
writes from the staged rows, without reading the export again.

Readers live in ``exports/chat`` and hand ``Message`` and ``SystemEvent`` records; models
never import exports, so records are used by their attributes (a system line is the record
with an ``action``).

Within one file, a person named without an id (WeChat's system lines give only the shown
name: ``"张三"邀请"李四"加入了群聊``) is the same as the one person with an id the file shows
under that name or alias, when there is exactly one: ``ChatScan.aliases`` maps the first
key to the second, so the invitation and the messages land on one member.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from models.activity import import_keys
from models.core import zones
from models.core.errors import Cancelled, Code
from models.imports.chat_match import SpeakerMatch, match_people
from models.imports.chat_stage import Ordinals, Stage, Times
from models.store import staging

Key = tuple[str, str]
Progress = Callable[[int, "int | None"], None]
#: Records between two progress reports (and checks of Cancel).
EVERY = 5_000
#: Person records whose tallies are found by identity before that lookup starts over.
_RECORDS = 100_000
NAME_PREFIX = "name:"
SPEECH = "发言"
INVITE = "邀请"


@dataclass(frozen=True)
class Speaker:
    """One person the file names (a speaker, or only named by system lines)."""

    key: Key
    person: Any  # the reader's Person (the last seen under this key: the newest name)
    messages: int  # messages in the file (system-line-only people: 0)
    first_at: datetime  # aware, in the workspace's zone
    last_at: datetime
    match: SpeakerMatch


@dataclass(frozen=True)
class FileProblem:
    """A problem with the whole file found by the scan, shaped as a reader's ``Problem``
    (``exports/chat/records.py``): ``line`` 0, a ``Code`` and its params."""

    line: int
    code: str
    params: dict[str, Any] = field(default_factory=dict)


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
    #: Every key the file names (aliases too) -> its number in the staged rows.
    ids: dict[Key, int] = field(default_factory=dict)
    #: The staged records (``models.imports.chat_stage``); None: not staged.
    stage: Any = None
    #: Whether the messages' texts were staged (``scan_chat(keep_text=True)``).
    texts_kept: bool = False

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
    __slots__ = ("id", "key", "person", "messages", "first", "last", "key_state")

    def __init__(self, number: int, key: Key, person: Any, at: datetime) -> None:
        self.id, self.key, self.person = number, key, person
        self.messages, self.first, self.last = 0, at, at
        self.key_state: Any = None  # import_keys.message_key_state, for its messages

    def saw(self, person: Any, at: datetime) -> None:
        self.person = person
        if at < self.first:
            self.first = at
        elif at > self.last:
            self.last = at


def _zoned(at: datetime | None, zone: tzinfo) -> datetime | None:
    return None if at is None else at.replace(tzinfo=zone)


def workspace_zone(conn: Any) -> ZoneInfo:
    return ZoneInfo(zones.default_tzid(conn))


def scan_chat(conn: Any, chat: Any, community_id: int, *, progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None, keep_text: bool = False) -> ChatScan:
    """Read ``chat`` (a reader's ``ChatFile``) once, stage its records and match its
    people; writes nothing to the workspace. ``keep_text`` stages the messages' texts too
    (for an import that keeps them). Raises ``Cancelled`` when ``cancelled()`` turns
    true."""
    zone = workspace_zone(conn)
    stage = Stage(staging.workspace_of(conn), keep_text=keep_text)
    # A million messages allocate tens of millions of small objects, short-lived and
    # never in cycles: the cyclic garbage collector's passes over everything alive took a
    # fifth of the scan (measured: 11.8 s of CPU with it, 9.6 s without, at 1M). As
    # ``member_import`` does, it waits until the scan is done.
    collecting = gc.isenabled()
    if collecting:
        gc.disable()
    try:
        tallies, counts = _read(chat, community_id, stage, Times(zone), keep_text, progress,
                                cancelled)
    except BaseException:
        stage.abandon()
        raise
    finally:
        if collecting:
            gc.enable()
    stage.close()
    messages, events, first, last = counts
    ids = {key: t.id for key, t in tallies.items()}
    aliases = _aliases(tallies)
    for alias, key in aliases.items():
        gone, into = tallies.pop(alias), tallies[key]
        into.messages += gone.messages
        into.first, into.last = min(into.first, gone.first), max(into.last, gone.last)
    order = sorted(tallies.items(), key=lambda kv: (-kv[1].messages, kv[1].first, kv[0]))
    problems = list(chat.problems)
    if not problems and not messages and not events:
        # A chat exported with none of its history (Telegram's "messages": [], a sheet of
        # headers): importing nothing with every count zero would read as done.
        problems.append(FileProblem(0, Code.CHAT_NO_MESSAGES, {"format": chat.format}))
    scan = ChatScan(chat.format, chat.group_name,
                    [Speaker(k, t.person, t.messages, _zoned(t.first, zone),
                             _zoned(t.last, zone), SpeakerMatch()) for k, t in order],
                    messages, events, _zoned(first, zone), _zoned(last, zone),
                    problems, aliases, ids, stage, keep_text)
    return match_speakers(conn, scan, community_id)


def _read(chat: Any, community_id: int, stage: Stage, times: Times, keep_text: bool,
          progress: Progress | None, cancelled: Callable[[], bool] | None) -> tuple:
    """The one pass over the file: tallies by person key, and (messages, system lines,
    first, last); every record staged. The messages' rows go to the stage as they are
    made (``executemany`` over ``_rows``): each is written while it is still in the
    processor's cache, and no list of them is kept."""
    tallies: dict[Key, _Tally] = {}
    found: list[Any] = []
    stage.write_messages(_rows(chat, community_id, stage, times, keep_text, progress,
                               cancelled, tallies, found))
    events, count, first, last = found
    messages = count - events
    for tally in tallies.values():
        if tally.messages:
            if last is None or tally.last > last:
                last = tally.last
            if first is None or tally.first < first:
                first = tally.first
    return tallies, (messages, events, first, last)


def _rows(chat: Any, community_id: int, stage: Stage, times: Times, keep_text: bool,
          progress: Progress | None, cancelled: Callable[[], bool] | None,
          tallies: dict[Key, _Tally], found: list[Any]) -> Iterator[tuple]:
    """The staged row of every message of ``chat``, in file order; system lines staged
    on the way (``_stage_event``), people tallied into ``tallies``; at the end ``found``
    holds (system lines, records, first and last time of a system line)."""
    ordinals = Ordinals()
    # The loop runs once a message (a million in a big export): names bound locally, the
    # common case inlined (Times.texts, Ordinals.next, _Tally.saw).
    # A reader hands the same Person record for every message of one sender (they cache
    # them), so the tally is found by the record's identity, without building its key
    # (``id`` is only unique among live objects: ``held`` keeps the records alive); it
    # starts over past ``_RECORDS`` records (a reader that makes one a message).
    # Messages' first and last times come from their tallies at the end.
    key_from, key_state = import_keys.message_key_from, import_keys.message_key_state
    prefix = import_keys.message_key_prefix
    hours, hour = times.hours, times.hour
    counts, limit = ordinals.counts, ordinals.limit
    by_record: dict[int, _Tally] = {}
    held: list[Any] = []
    is_event: dict[type, bool] = {}
    events = count = 0
    first = last = None
    for count, record in enumerate(chat.events(), 1):
        at = record.at
        if at.tzinfo is not None or at.microsecond:
            at = times.local(at)  # compared as wall-clock time in the zone
        iso = at.isoformat()
        hour_found = hours.get(iso[:13]) or hour(at, iso[:13])
        local = iso + hour_found[1]
        utc = hour_found[2] + iso[13:] + "Z" if hour_found[2] is not None else (
            (at - hour_found[0]).isoformat() + "Z")
        event = is_event.get(type(record))
        if event is None:
            event = is_event[type(record)] = hasattr(record, "action")
        if event:
            events += 1
            if last is None or at > last:
                last = at
            if first is None or at < first:
                first = at
            _stage_event(stage, tallies, record, count, at, local, utc, ordinals, community_id)
            limit = ordinals.limit
        else:
            person = record.person
            tally = by_record.get(id(person))
            if tally is None:
                if len(held) > _RECORDS:
                    by_record.clear()
                    held.clear()
                tally = by_record[id(person)] = _saw(tallies, person, at)
                held.append(person)
                if tally.key_state is None:
                    tally.key_state = key_state(prefix(community_id, tally.key))
            else:
                tally.person = person
                if at > tally.last:
                    tally.last = at
                elif at < tally.first:
                    tally.first = at
            tally.messages += 1
            kind = record.kind or SPEECH
            text = record.text or ""
            # the ordinal: the same person (by tally number), second, kind and text before
            what = (tally.id, utc, kind, text)
            ordinal = counts.get(what, 0)
            counts[what] = ordinal + 1
            if len(counts) > limit:
                ordinals.prune(utc)
                limit = ordinals.limit
            key = key_from(tally.key_state, utc, kind, text, ordinal)
            if keep_text:
                yield (count, tally.id, local, kind, record.amount or 0, key, text or None)
            else:
                yield (count, tally.id, local, kind, record.amount or 0, key)
        if count % EVERY == 0:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(count, None)
    found[:] = [events, count, first, last]


def _stage_event(stage: Stage, tallies: dict[Key, _Tally], event: Any, seq: int,
                 at: datetime, local: str, utc: str, ordinals: Ordinals,
                 community_id: int) -> None:
    actor = event.actor
    actor_id = _saw(tallies, actor, at).id if actor is not None else None
    for target in event.targets:
        target_id = _saw(tallies, target, at).id
        invite_key = None
        if event.action in ("invite", "qr_join") and actor is not None:
            what = f"{event.action}:{target.key[0]}:{target.key[1]}"
            invite_key = import_keys.message_key(community_id, actor.key, utc, INVITE, what,
                                                 ordinals.next((actor.key, utc, what), utc))
        stage.add_event((seq, event.action, actor_id, target_id, local, invite_key))


def match_speakers(conn: Any, scan: ChatScan, community_id: int) -> ChatScan:
    """``scan`` with every speaker matched again against the workspace as it is now."""
    found = match_people(conn, [s.person for s in scan.speakers], community_id)
    return replace(scan, speakers=[replace(s, match=m)
                                   for s, m in zip(scan.speakers, found, strict=True)])


def _saw(tallies: dict[Key, _Tally], person: Any, at: datetime) -> _Tally:
    key = person.key
    tally = tallies.get(key)
    if tally is None:
        tally = tallies[key] = _Tally(len(tallies) + 1, key, person, at)
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
