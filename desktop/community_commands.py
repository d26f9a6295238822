"""``qunzhu community add NAME [--platform P] [--template T]`` and ``qunzhu community list``:
make the community a ``--community NAME`` names, headless, and see which there are.

A community is made as File > New Community makes it: the same operation
(``models.plan.templates.create_community_with_plan``, run by ``operations.run``), so it
starts with its plan from the same templates (``empty`` by default, as the dialog). A name
taken (archived communities count) or empty is refused: exit 2, nothing written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.cli_parser import EXIT_OK, EXIT_REFUSED, UsageError
from models.core.errors import DomainError
from models.core.vocab import Platform
from models.store.workspace import open_workspace

translate = QCoreApplication.translate

#: --platform words (ASCII, typed in any shell) -> the platform as the workspace stores it.
PLATFORMS = {"wechat": Platform.WECHAT_GROUP, "wecom": Platform.WECOM, "qq": Platform.QQ_GROUP,
             "zhihu": Platform.ZHIHU, "weibo": Platform.WEIBO, "douyin": Platform.DOUYIN,
             "discord": Platform.DISCORD, "telegram": Platform.TELEGRAM,
             "offline": Platform.OFFLINE, "other": Platform.OTHER}


def platform_of(word: str) -> Platform:
    """A ``--platform`` word, or the platform's own name (``QQ群``); refused (exit 2)
    naming the words there are."""
    found = PLATFORMS.get(word.strip().lower())
    if found is not None:
        return found
    try:
        return Platform(word.strip())
    except ValueError:
        raise UsageError(translate(
            "cli", "{word!r} is not a platform; choose one of: {choices}").format(
            word=word, choices=", ".join(PLATFORMS))) from None


def run(workspace: Path, args: argparse.Namespace) -> int:
    return (add if args.action == "add" else show)(workspace, args)


def add(workspace: Path, args: argparse.Namespace) -> int:
    from models.core import clock
    from models.plan.templates import create_community_with_plan
    from models.store.operations import recorded
    from models.store.operations import run as run_operation
    from views.error_text import describe

    name, platform = args.name.strip(), platform_of(args.platform)
    with open_workspace(workspace) as ws:
        try:
            done = run_operation(ws.conn, recorded(
                lambda conn: create_community_with_plan(conn, name, platform.value,
                                                        args.template, clock.today())))
        except DomainError as error:
            print(translate("cli", "qunzhu: {reason}; nothing was changed (see the "
                                   "communities with: qunzhu community list)").format(
                reason=describe(error)), file=sys.stderr)
            return EXIT_REFUSED
    print(translate("cli", "Community {name} ({platform}) made, id {id}, its plan from the "
                           "template {template}; import into it with --community {name}.")
          .format(name=name, platform=platform.value, id=done.value[0],
                  template=args.template))
    return EXIT_OK


def show(workspace: Path, args: argparse.Namespace) -> int:
    """One line per community, tab-separated (name, platform, members, id, archived), so
    it pipes into a sheet."""
    from models.members.communities import list_communities, member_counts

    with open_workspace(workspace, readonly=True) as ws:
        found = list_communities(ws.conn, include_archived=True)
        counts = member_counts(ws.conn)
    if not found:
        print(translate("cli", "The workspace has no community yet; make one with: qunzhu "
                               "community add NAME [--platform wechat|qq|...]"))
        return EXIT_OK
    for community in found:
        print("\t".join([community.name, community.platform,
                         str(counts.get(community.id, 0)), str(community.id),
                         translate("cli", "archived") if community.archived else ""]).rstrip())
    return EXIT_OK
