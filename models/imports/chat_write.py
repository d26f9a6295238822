"""Writing a scanned chat export: every staged record into the workspace, in one
transaction.

Each message becomes one activity (its kind: 发言, 分享, or a mapped sheet's kind, with its
amount in fen) at its time in the community, keyed by ``models.activity.import_keys``
``message_key`` so a row already imported (the same file again, an overlapping export) is
skipped by the unique index (``ON CONFLICT DO NOTHING``) and counted as a duplicate. An
invitation or a shared QR code also adds one 邀请 activity for the inviter per newcomer,
keyed the same way. System lines change memberships as ``models.imports.chat_people``
says, replayed in file order.

The scan staged the records as they are stored (``models.imports.chat_stage``: times in
the workspace's zone, keys computed); here they are copied set-based, ``CHUNK`` rows a
statement (progress and Cancel between two), joined to the members the people were
resolved to (``temp.chat_members``). The stage is attached as ``chat_stage`` by the caller.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from models.core.errors import Cancelled, Code, DomainError
from models.imports.activity_bulk import REFERRED
from models.imports.chat_people import People
from models.imports.chat_scan import ChatScan, workspace_zone
from models.store.bulk import DroppedStructures

INVITE = "邀请"
SHARE = "分享"
#: Staged messages copied per statement (between two looks at Cancel).
CHUNK = 50_000
STAGE = "chat_stage"

_COPY = f"""INSERT INTO activities (member_id, community_id, occurred_at, kind, amount, import_key)
    SELECT k.member_id, ?, s.at, s.kind, s.amount, s.import_key
    FROM {STAGE}.messages s JOIN temp.chat_members k ON k.key_id = s.key_id
    WHERE s.seq > ? AND s.seq <= ? AND k.member_id IS NOT NULL
    ORDER BY s.seq
    ON CONFLICT DO NOTHING"""
_INVITE = ("INSERT INTO activities (member_id, community_id, occurred_at, kind, amount,"
           " import_key) VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT DO NOTHING")


def rebuilt_indexes(conn: sqlite3.Connection, added: int, remaining: int,
                    existing: int) -> DroppedStructures | None:
    """The activities' secondary indexes dropped (to be restored after the load), when
    building them again is cheaper than keeping them up to date: the first chunk was
    mostly new rows (not a re-import) and the rows still to copy are at least as many as
    the table held (``existing``, its largest id before), so the sort reads at most
    twice what the load adds. Measured, a million messages into an empty table: 8.0 s of
    CPU with the indexes kept, 2.0 s plus 3.6 s building them after. The unique index on
    ``import_key`` stays: it is what finds the duplicates.
    """
    if remaining <= 0 or added * 2 < CHUNK or remaining < existing:
        return None
    unique = {row[1] for row in conn.execute("PRAGMA index_list(activities)") if row[2]}
    triggers = {name for (name,) in conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'activities'")}
    return DroppedStructures(conn, ["activities"], keep=unique | triggers)


class ChatRejected(DomainError):
    """The export has problems (``problems``: the reader's rows): nothing was imported."""

    def __init__(self, problems: list[Any]) -> None:
        super().__init__(Code.CHAT_REFUSED, None, count=len(problems))
        self.problems = list(problems)


class ChatWriter:
    """Writes one scanned file (``scan``, its stage attached) into ``conn``; counts go to
    ``result``."""

    def __init__(self, conn: sqlite3.Connection, options: Any, scan: ChatScan,
                 result: Any, *, bulk: bool = False) -> None:
        self.conn = conn
        self.bulk = bulk  # inside ``activity_bulk.activities_loaded``
        self.options = options
        self.scan = scan
        self.result = result
        self.community = options.community_id
        self.zone = workspace_zone(conn)
        self.people = People(conn, self.community, result)
        self.member_of: dict[int, int | None] = {}  # key id -> member (None: left out)
        self.first_new = int(conn.execute(
            "SELECT coalesce(max(id), 0) FROM activities").fetchone()[0]) + 1

    def resolve(self) -> None:
        """Every person of the file linked, created or left out; memberships from the
        first time the file shows each one."""
        decisions = self.options.decisions
        members: dict[tuple[str, str], int | None] = {}
        for speaker in self.scan.speakers:
            member = self.people.resolve(speaker, decisions.get(speaker.key),
                                         self.options.unmatched)
            members[speaker.key] = member
            if member is not None:
                self.people.ensure(member, speaker.first_at.replace(microsecond=0).isoformat())
        aliases = self.scan.aliases
        self.member_of = {number: members.get(aliases.get(key, key))
                          for key, number in self.scan.ids.items()}
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS chat_members"
                          " (key_id INTEGER PRIMARY KEY, member_id INTEGER)")
        self.conn.execute("DELETE FROM temp.chat_members")
        self.conn.executemany("INSERT INTO temp.chat_members VALUES (?, ?)",
                              self.member_of.items())

    def write(self, progress: Callable[[int, int | None], None] | None,
              cancelled: Callable[[], bool] | None) -> None:
        """The messages (chunk by chunk), their texts, then the system lines. In bulk the
        activities' indexes may be built again after the messages instead of kept up to
        date row by row (``rebuilt_indexes``)."""
        conn, total = self.conn, self.scan.messages
        last = conn.execute(f"SELECT coalesce(max(seq), 0) FROM {STAGE}.messages"
                            ).fetchone()[0]
        added = 0
        dropped = None
        for low in range(0, last, CHUNK):
            if cancelled is not None and cancelled():
                raise Cancelled()
            added += conn.execute(_COPY, (self.community, low, low + CHUNK)).rowcount
            if self.bulk and low == 0:
                dropped = rebuilt_indexes(conn, added, last - CHUNK, self.first_new - 1)
            if progress is not None:
                progress(min(low + CHUNK, last), last)
        if dropped is not None:
            dropped.restore()  # before the system lines: their triggers read the indexes
        kept = conn.execute(f"SELECT count(*) FROM {STAGE}.messages s JOIN temp.chat_members k"
                            f" ON k.key_id = s.key_id WHERE k.member_id IS NOT NULL"
                            ).fetchone()[0]
        self.result.messages_added = added
        self.result.duplicates_skipped = kept - added
        self.result.ignored_messages = total - kept
        if self.scan.texts_kept and self.options.keep_text:
            conn.execute(f"INSERT INTO activity_texts (activity_id, text) SELECT a.id, s.text"
                         f" FROM {STAGE}.messages s JOIN activities a"
                         f" ON a.import_key = s.import_key"
                         f" WHERE s.text IS NOT NULL AND a.id >= ?", (self.first_new,))
        self._system()
        if cancelled is not None and cancelled():
            raise Cancelled()

    def _system(self) -> None:
        member_of, people = self.member_of, self.people
        invites = []
        rows = self.conn.execute(f"SELECT action, actor_id, target_id, at, invite_key"
                                 f" FROM {STAGE}.events ORDER BY seq, rowid")
        for action, actor_id, target_id, at, invite_key in rows:
            member = member_of.get(target_id, -1)
            if member == -1:
                raise DomainError(Code.CHAT_FILE_CHANGED)  # a stage the scan did not make
            actor = member_of.get(actor_id) if actor_id is not None else None
            if action in ("join", "invite", "qr_join"):
                if member is not None:
                    people.join(member, at)
                if invite_key is not None and actor is not None and member != actor:
                    if member is not None:
                        people.refer(member, actor)
                    invites.append((actor, self.community, at, INVITE, invite_key))
            elif member is not None and action in ("remove", "leave"):
                people.leave(member, at, removed=action == "remove")
        if invites:
            self.result.invitations = self.conn.executemany(_INVITE, invites).rowcount
        if people.referred and self.bulk:  # the funnel rows the load counts again
            self.conn.executemany(f"INSERT OR IGNORE INTO {REFERRED} VALUES (?)",
                                  [(i,) for i in people.referred])

    def count_shares(self) -> None:
        self.result.shares_added = int(self.conn.execute(
            "SELECT count(*) FROM activities WHERE id >= ? AND kind = ?",
            (self.first_new, SHARE)).fetchone()[0])
