"""``qunzhu import chat FILE --community NAME``: a group chat's export into the workspace,
on the same domain code as File > Import Chat Records… (``models.imports.chat_import``).

The file is read twice, streaming: once to count and match its people (a file with
problems stops here: one line per problem, exit 2, the workspace untouched), once to write.
Speakers whose name fits several members are left out and listed with their message
counts and the candidates' ids (the window lets the operator choose; here, link them in
the window or tell them apart in the roster and import again: nothing is added twice).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.cli_common import count_printer, no_community
from desktop.cli_parser import EXIT_OK, EXIT_REFUSED
from models.core.errors import Code, DomainError, Message
from models.store.workspace import open_workspace

translate = QCoreApplication.translate


def import_chat(workspace: Path, args: argparse.Namespace) -> int:
    from exports.chat.detect import open_chat
    from models.imports.chat_import import (
        ChatImportOptions,
        ChatRejected,
        chat_import_operation,
        scan_chat,
    )
    from models.members.communities import find_community
    from models.store.operations import run
    from views.error_text import describe, message_text

    path = Path(args.file)

    def open_file():
        return open_chat(path, args.format)

    def refused(problems: list) -> int:
        for problem in problems:
            print(f"{path}: {message_text(Message(Code(problem.code), problem.params))}",
                  file=sys.stderr)
        print(translate("cli", "qunzhu: {count} problem(s) in {path}; nothing was imported")
              .format(count=len(problems), path=path), file=sys.stderr)
        return EXIT_REFUSED

    try:
        chat = open_file()
    except DomainError as error:
        print(translate("cli", "qunzhu: {path}: {reason}; nothing was imported").format(
            path=path, reason=describe(error)), file=sys.stderr)
        if error.code is Code.CHAT_MISSING_COLUMNS:
            _print_sheet_headers(path)
        return EXIT_REFUSED
    began = time.perf_counter()
    with open_workspace(workspace, verify=True) as ws:
        community = find_community(ws.conn, args.community)
        if community is None:
            raise no_community(ws.conn, args.community)
        scan = scan_chat(ws.conn, chat, community.id, progress=count_printer(),
                         keep_text=args.keep_text)
        if scan.problems:
            return refused(scan.problems)
        options = ChatImportOptions(community.id, unmatched=args.unmatched,
                                    keep_text=args.keep_text)
        try:
            done = run(ws.conn, chat_import_operation(open_file, options, scan=scan,
                                                      progress=count_printer()))
        except ChatRejected as error:
            return refused(error.problems)
        except DomainError as error:
            print(translate("cli", "qunzhu: {path}: {reason}; nothing was imported").format(
                path=path, reason=describe(error)), file=sys.stderr)
            return EXIT_REFUSED
    seconds = time.perf_counter() - began
    if sys.stderr.isatty():
        print(file=sys.stderr)
    _summary(path, done.value, seconds)
    return EXIT_OK


def _summary(path: Path, result, seconds: float) -> None:
    print(translate(
        "cli", "Imported {path} in {seconds:.1f} s: {messages:,} message(s) added ({shares:,} "
               "shares), {duplicates:,} already there; {invitations:,} invitation(s), "
               "{joins:,} join(s), {leaves:,} leave(s), {removals:,} removal(s), {referrers:,} "
               "referrer(s) set; {created:,} member(s) created.").format(
        path=path, seconds=seconds, messages=result.messages_added,
        shares=result.shares_added, duplicates=result.duplicates_skipped,
        invitations=result.invitations, joins=result.joins, leaves=result.leaves,
        removals=result.removals, referrers=result.referrers_set,
        created=result.members_created))
    if result.referral_loops_skipped:
        print(translate("cli", "{count:,} invitation(s) skipped: they would have made a "
                               "referral circle (A invited B, B invited A); the first "
                               "referrer was kept.").format(count=result.referral_loops_skipped))
    if result.ignored_messages:
        print(translate("cli", "{count:,} message(s) of speakers left out were not imported.")
              .format(count=result.ignored_messages))
    if result.ambiguous:
        print(translate("cli", "Speakers whose name fits several members (left out; link them "
                               "in File > Import Chat Records…):"))
        for speaker in result.ambiguous:
            print(translate("cli", "  {name}: {count:,} message(s); members {ids}").format(
                name=speaker.person.name, count=speaker.messages,
                ids=", ".join(str(i) for i in speaker.match.candidates)))




def _print_sheet_headers(path: Path) -> None:
    """After a sheet with no time or person column: the headers found, and where columns
    can be chosen (the CLI has no mapping step)."""
    from exports.chat.sheet import preview

    try:
        found = preview(path).mapping
    except DomainError:
        return
    print(translate("cli", "qunzhu: {path}: headers found in row {row}: {headers}; choose "
                           "the columns in the window (File > Import Chat Records…)").format(
        path=path, row=found.header_row, headers=", ".join(h for h in found.headers if h)
        or "-"), file=sys.stderr)
