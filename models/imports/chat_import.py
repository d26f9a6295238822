"""Importing a group chat's export: each message an activity, system lines memberships and
referrals, speakers matched to members (remembered for next time), all in one transaction.

The window (File > Import Chat Records…) and the CLI (``qunzhu import chat``) use:

- ``scan_chat(conn, chat, community_id)``: one streaming pass that counts and matches the
  people the file names (``models.imports.chat_scan``); the window shows unmatched and
  ambiguous speakers from it, and the operator decides ("link", "new", "ignore");
- ``chat_import_operation(open_file, options)``: the import as an operation
  (``models.store.operations``): it scans (or re-matches a given scan), then writes what
  the scan staged (``models.imports.chat_write``): the export is parsed once.

A file with problems (the reader's ``problems``) is refused whole:
``ChatRejected``, nothing written. Cancel (``cancelled()`` true) raises ``Cancelled``,
nothing written.

Undo: below ``BULK_RECORDS`` records the import runs with every trigger on and is
recorded by row snapshots (undo and redo exact; from ``LONG_UNDO`` records they run on a
worker). From there, it writes the activities as a bulk load (their triggers off, the
summaries counted again set-based after: ``models.imports.activity_bulk``) with a rollback
journal, and is undone as exactly by ``models.imports.bulk_undo`` (the activities, texts
and points by their ranges of ids, the rest by row snapshots), on a worker too. No backup
is taken before it: the undo is the way back, and copying a workspace of millions of
rows first cost as much as a good part of the import.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from models.activity.intake import after_activities_added
from models.core.changes import Change
from models.core.errors import Code, NotFound
from models.imports.activity_bulk import activities_loaded
from models.imports.bulk_undo import bulk_recorded
from models.imports.chat_match import SpeakerMatch
from models.imports.chat_scan import ChatScan, Speaker, match_speakers, scan_chat
from models.imports.chat_write import STAGE, ChatRejected, ChatWriter
from models.store.bulk import bulk_settings, foreign_keys_trusted, rollback_journal
from models.store.operations import Done, Operation, own_transaction, recorded
from models.store.workspace import transaction

__all__ = ["BULK_RECORDS", "ChatImportOptions", "ChatImportResult", "ChatRejected", "ChatScan",
           "Speaker", "SpeakerMatch", "chat_import_operation", "import_chat", "scan_chat"]

#: Records (messages and system lines) from which the activities are written as a bulk
#: load (see the module docstring). Measured (2 cores): 10,000 messages import in 2 s
#: recorded and undo in 10 s; 20,000 in 5 s and 37 s (each row's triggers, twice).
BULK_RECORDS = 10_000
#: Records from which undoing (and redoing) runs on a worker (``long``), behind progress.
LONG_UNDO = 1_000
#: The page cache of a bulk load (MiB). The indexes grow where the page cache holds them
#: already (time order, a few thousand members); a bigger cache only raised the peak
#: (measured, a million messages from the CLI: 64 MiB peaked at 295 MB, 32 at 260 MB,
#: 16 at 242 MB, in the same time within the machine's noise, 27-31 s).
CACHE_MIB = 32
Decision = tuple[str, "int | None"]  # ("link", member_id) | ("new", None) | ("ignore", None)


@dataclass(frozen=True)
class ChatImportOptions:
    community_id: int
    #: For speakers without a decision and without a match: "new" | "skip".
    unmatched: str = "new"
    #: Keep each message's text (``activity_texts``) for keyword counts.
    keep_text: bool = False
    #: Per speaker key (``Person.key``): what the operator decided in the review.
    decisions: Mapping[tuple[str, str], Decision] = field(default_factory=dict)
    #: None: bulk from ``BULK_RECORDS`` records on; True/False forces it (tests).
    bulk: bool | None = None


@dataclass
class ChatImportResult:
    messages_added: int = 0  # message rows added, shares included
    shares_added: int = 0  # of which 分享
    duplicates_skipped: int = 0  # messages already in the workspace (imported before)
    invitations: int = 0  # 邀请 activities added (one per invited person)
    joins: int = 0
    leaves: int = 0
    removals: int = 0
    referrers_set: int = 0
    referral_loops_skipped: int = 0  # invitations that would have made a referral circle
    members_created: int = 0
    identities_remembered: int = 0
    ignored_messages: int = 0  # messages of speakers left out (ignored, ambiguous, skipped)
    change: Change = field(default_factory=Change)
    #: Speakers left out because their name fits several members (the CLI lists them).
    ambiguous: list[Speaker] = field(default_factory=list)
    #: True when written as a bulk load (undone by ``models.imports.bulk_undo``).
    bulk: bool = False


def chat_import_operation(open_file: Callable[[], Any], options: ChatImportOptions, *,
                          progress: Callable[[int, int | None], None] | None = None,
                          cancelled: Callable[[], bool] | None = None,
                          scan: ChatScan | None = None) -> Operation:
    """The import as an operation; ``Done.value`` is the ``ChatImportResult``.

    ``open_file()`` opens the export afresh (a ``ChatFile``) for the scan. A ``scan`` from
    ``scan_chat`` on this file is used instead when given (its speakers matched again: the
    workspace may have changed since), unless the import keeps texts and the scan did not
    stage them. The writing reads the scan's staged rows, not the file.
    """

    def operation(conn: sqlite3.Connection) -> Done:
        _community(conn, options.community_id)
        usable = scan is not None and scan.stage is not None and (
            scan.texts_kept or not options.keep_text)
        found = match_speakers(conn, scan, options.community_id) if usable else scan_chat(
            conn, open_file(), options.community_id, progress=progress, cancelled=cancelled,
            keep_text=options.keep_text)
        if found.problems:
            raise ChatRejected(found.problems)
        records = found.messages + found.system_events
        bulk = options.bulk if options.bulk is not None else records >= BULK_RECORDS
        with _attached(conn, found.stage.path):
            if not bulk:
                done = recorded(lambda c: import_chat(c, options, found, bulk=False,
                                                      progress=progress, cancelled=cancelled),
                                change=lambda result: result.change)(conn)
                return replace(done, undo=Long(done.undo)) if records >= LONG_UNDO else done
            # The settings SQLite takes outside a transaction only, then the recorded load
            with bulk_settings(conn, CACHE_MIB), rollback_journal(conn), \
                    foreign_keys_trusted(conn):
                return bulk_recorded(lambda c: import_chat(c, options, found, bulk=True,
                                                           progress=progress,
                                                           cancelled=cancelled),
                                     change=lambda result: result.change)(conn)

    return own_transaction(operation)


def import_chat(conn: sqlite3.Connection, options: ChatImportOptions, scan: ChatScan, *,
                bulk: bool, progress: Callable[[int, int | None], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> ChatImportResult:
    """Write ``scan``'s staged records (attached as ``chat_stage``) in one transaction."""
    result = ChatImportResult(bulk=bulk, ambiguous=[
        s for s in scan.ambiguous if s.key not in options.decisions])
    outside = not conn.in_transaction
    with (bulk_settings(conn, CACHE_MIB) if bulk and outside else nullcontext(),
          rollback_journal(conn) if bulk and outside else nullcontext(),
          foreign_keys_trusted(conn) if bulk and outside else nullcontext(),
          transaction(conn)):
        writer = ChatWriter(conn, options, scan, result, bulk=bulk)
        writer.resolve()
        with activities_loaded(conn, writer.first_new, bulk=bulk):
            writer.write(progress, cancelled)
        writer.count_shares()
        granted = after_activities_added(conn, "id >= ?", (writer.first_new,))
    result.change = Change.of("members", "memberships", "activities", "activity_texts",
                              "member_identities", source="import") | (granted or Change())
    return result


@dataclass(frozen=True)
class Long:
    """``operation`` (an undo or redo), marked to run on a worker by the window's runner
    (``views.operation_runner``); its own undo is marked the same."""

    operation: Operation
    long = True

    def __call__(self, conn: sqlite3.Connection) -> Done:
        done = self.operation(conn)
        return replace(done, undo=Long(done.undo)) if done.undo is not None else done


@contextmanager
def _attached(conn: sqlite3.Connection, path: Path) -> Iterator[None]:
    """The scan's stage readable as ``chat_stage`` (attached outside any transaction)."""
    conn.execute(f"ATTACH DATABASE ? AS {STAGE}", (str(path),))
    try:
        yield
    finally:
        conn.execute(f"DETACH DATABASE {STAGE}")


def _community(conn: sqlite3.Connection, community_id: int) -> None:
    if conn.execute("SELECT 1 FROM communities WHERE id = ?",
                    (community_id,)).fetchone() is None:
        raise NotFound(Code.NO_COMMUNITY_ID, community_id, id=community_id)
