"""The second pass of a chat import: every record of the file written, in one transaction.

Each message becomes one activity (its kind: 发言, 分享, or a mapped sheet's kind, with its
amount in fen) at its time in the community, keyed by ``models.activity.import_keys``
``message_key`` so a row already imported (the same file again, an overlapping export) is
skipped by the unique index (``ON CONFLICT DO NOTHING``) and counted as a duplicate. An
invitation or a shared QR code also adds one 邀请 activity for the inviter per newcomer,
keyed the same way. System lines change memberships as ``models.imports.chat_people``
says.

Times: a naive time is wall-clock time in the workspace's zone, an aware one is converted
to it; stored to the second with the zone's offset, as the app writes every instant
(``models.core.clock``). The key uses the instant in UTC, so it survives a zone change.

The file is read streaming; rows go to SQLite in chunks (``executemany``). The n-th copy of
the same message in the same second needs a count of what was seen: it is kept for the
last ``ORDINAL_WINDOW`` only, so memory stays flat however long the file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from models.activity import import_keys
from models.core.errors import Cancelled, Code, DomainError
from models.imports.chat_people import People
from models.imports.chat_scan import EVERY, ChatScan, aware, workspace_zone

INVITE = "邀请"
SHARE = "分享"
SPEECH = "发言"
CHUNK = 5_000
#: How long (of file time) counts of identical messages are kept for their ordinals.
ORDINAL_WINDOW = timedelta(minutes=10)
_KEPT_COUNTS = 20_000

_INSERT = ("INSERT INTO activities (member_id, community_id, occurred_at, kind, amount,"
           " import_key) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")


class ChatRejected(DomainError):
    """The export has problems (``problems``: the reader's rows): nothing was imported."""

    def __init__(self, problems: list[Any]) -> None:
        super().__init__(Code.CHAT_REFUSED, None, count=len(problems))
        self.problems = list(problems)


class ChatWriter:
    """Writes one scanned file (``scan``) into ``conn``; counts go to ``result``."""

    def __init__(self, conn: sqlite3.Connection, options: Any, scan: ChatScan,
                 result: Any) -> None:
        self.conn = conn
        self.options = options
        self.scan = scan
        self.result = result
        self.community = options.community_id
        self.zone = workspace_zone(conn)
        self.people = People(conn, self.community, result)
        self.member_of: dict[tuple[str, str], int | None] = {}
        self.first_new = int(conn.execute(
            "SELECT coalesce(max(id), 0) FROM activities").fetchone()[0]) + 1
        self.rows: list[tuple] = []
        self.invites: list[tuple] = []
        self.texts: list[tuple[str, int]] = []
        self.counts: dict[tuple, int] = {}
        self.counts_limit = _KEPT_COUNTS

    # -- before the stream -----------------------------------------------------------------

    def resolve(self) -> None:
        """Every person of the file linked, created or left out; memberships from the
        first time the file shows each one."""
        decisions = self.options.decisions
        for speaker in self.scan.speakers:
            member = self.people.resolve(speaker, decisions.get(speaker.key),
                                         self.options.unmatched)
            self.member_of[speaker.key] = member
            if member is not None:
                self.people.ensure(member, self._local(speaker.first_at))
        for alias, key in self.scan.aliases.items():
            self.member_of[alias] = self.member_of.get(key)

    # -- the stream ------------------------------------------------------------------------

    def write(self, chat: Any, progress: Callable[[int, int | None], None] | None,
              cancelled: Callable[[], bool] | None) -> None:
        total = self.scan.messages + self.scan.system_events
        messages = count = 0
        member_of, community, rows = self.member_of, self.community, self.rows
        keep_text = self.options.keep_text
        for count, record in enumerate(chat.events(), 1):
            if hasattr(record, "action"):
                self._system(record)
            else:
                messages += 1
                key = record.person.key
                member = member_of.get(key, -1)
                if member is None:
                    self.result.ignored_messages += 1
                elif member == -1:
                    raise DomainError(Code.CHAT_FILE_CHANGED)  # someone the scan never saw
                else:
                    local, utc = self._times(record.at)
                    kind = record.kind or SPEECH
                    text = record.text or ""
                    import_key = import_keys.message_key(
                        community, key, utc, kind, text, self._ordinal((key, utc, kind, text),
                                                                       utc))
                    rows.append((member, community, local, kind, record.amount or 0,
                                 import_key))
                    if keep_text and text:
                        self.texts.append((text, import_key))
                    if len(rows) >= CHUNK:
                        self._flush()
            if count % EVERY == 0:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                if progress is not None:
                    progress(count, total)
        self._flush()
        if chat.problems:
            raise ChatRejected(chat.problems)
        if messages != self.scan.messages or count != total:
            raise DomainError(Code.CHAT_FILE_CHANGED)

    def _system(self, event: Any) -> None:
        local, utc = self._times(event.at)
        actor_key = event.actor.key if event.actor is not None else None
        actor = self.member_of.get(actor_key) if actor_key else None
        for target in event.targets:
            member = self.member_of.get(target.key, -1)
            if member == -1:
                raise DomainError(Code.CHAT_FILE_CHANGED)
            action = event.action
            if action in ("join", "invite", "qr_join"):
                if member is not None:
                    self.people.join(member, local)
                if action != "join" and actor is not None and member != actor:
                    if member is not None:
                        self.people.refer(member, actor)
                    what = f"{action}:{':'.join(target.key)}"
                    self.invites.append((actor, self.community, local, INVITE, 0,
                                         import_keys.message_key(
                                             self.community, actor_key, utc, INVITE, what,
                                             self._ordinal((actor_key, utc, what), utc))))
            elif member is not None and action in ("remove", "leave"):
                self.people.leave(member, local, removed=action == "remove")

    def _flush(self) -> None:
        if self.rows:
            added = self.conn.executemany(_INSERT, self.rows).rowcount
            self.result.messages_added += added
            self.result.duplicates_skipped += len(self.rows) - added
            self.rows.clear()
        if self.invites:
            added = self.conn.executemany(_INSERT, self.invites).rowcount
            self.result.invitations += added
            self.invites.clear()
        if self.texts:
            self.conn.executemany(
                "INSERT INTO activity_texts (activity_id, text) SELECT id, ? FROM activities"
                " WHERE import_key = ? AND id >= ?",
                [(text, key, self.first_new) for text, key in self.texts])
            self.texts.clear()

    # -- times and ordinals ----------------------------------------------------------------

    def _local(self, at: datetime) -> str:
        return aware(at, self.zone).astimezone(self.zone).replace(microsecond=0).isoformat()

    def _times(self, at: datetime) -> tuple[str, str]:
        """(stored text in the workspace's zone, UTC text for the key), to the second."""
        moment = aware(at, self.zone).replace(microsecond=0)
        utc = moment.astimezone(UTC)
        return moment.astimezone(self.zone).isoformat(), utc.strftime("%Y-%m-%dT%H:%M:%SZ")

    def _ordinal(self, what: tuple, utc: str) -> int:
        """How many times ``what`` was seen before in the file (within the window)."""
        counts = self.counts
        seen = counts.get(what, 0)
        counts[what] = seen + 1
        if len(counts) > self.counts_limit:
            moment = datetime.strptime(utc, "%Y-%m-%dT%H:%M:%SZ")
            cut = (moment - ORDINAL_WINDOW).strftime("%Y-%m-%dT%H:%M:%SZ")
            for old in [k for k in counts if k[1] < cut]:
                del counts[old]
            # A burst within the window stays (all of it is needed): prune less often.
            self.counts_limit = max(_KEPT_COUNTS, 2 * len(counts))
        return seen

    # -- after the stream ------------------------------------------------------------------

    def new_rows(self) -> str:
        """The WHERE clause (over ``activities``) of the rows this import added."""
        return f"id >= {int(self.first_new)}"

    def count_shares(self) -> None:
        self.result.shares_added = int(self.conn.execute(
            f"SELECT count(*) FROM activities WHERE {self.new_rows()} AND kind = ?",
            (SHARE,)).fetchone()[0])
