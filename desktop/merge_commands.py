"""``qunzhu merge --by phone|wechat|email [--dry-run] [--same-names]``: merge every group of
records that share a phone (WeChat id, email), headless.

Each group keeps its oldest record, which takes the fields it lacks from the others
(``models.members.merge_all``); every group is merged in one transaction. ``--dry-run``
prints the same groups and writes nothing. A group whose names read differently is marked
(a family may share one phone); ``--same-names`` leaves those out. The command line has no
undo, so an automatic backup is taken before anything is merged and its path printed.
Phones are printed masked (138****5678): the output is often pasted into a chat or a ticket.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.cli_common import progress_printer
from desktop.cli_parser import EXIT_OK
from models.members.duplicates import Reason
from models.store.backup import automatic_backup
from models.store.workspace import open_workspace

translate = QCoreApplication.translate

#: --by -> the key the groups share
KEYS = {"phone": Reason.PHONE, "wechat": Reason.WECHAT, "email": Reason.EMAIL}


def field_names() -> dict[str, str]:
    """The member fields, as the CLI names them."""
    return {
        "display_name": translate("cli", "name"), "nickname": translate("cli", "nickname"),
        "gender": translate("cli", "gender"), "birth_year": translate("cli", "birth year"),
        "city": translate("cli", "city"), "occupation": translate("cli", "occupation"),
        "phone": translate("cli", "phone"), "wechat_id": translate("cli", "WeChat id"),
        "email": translate("cli", "email"), "source": translate("cli", "source"),
        "referrer_id": translate("cli", "referrer"), "interests": translate("cli", "interests"),
        "spending_level": translate("cli", "spending level"),
        "lifecycle": translate("cli", "lifecycle stage"),
        "consent_at": translate("cli", "consent date"),
        "consent_purpose": translate("cli", "consent purpose"),
        "notes": translate("cli", "notes"),
    }


def _shown(value: str, reason: Reason) -> str:
    if reason is Reason.PHONE:
        from exports.masking import mask_phone

        return mask_phone(value) or value
    return value


def merge_duplicates(workspace: Path, args: argparse.Namespace) -> int:
    from models.members.merge_all import merge_groups, plan_groups

    if not workspace.exists():  # never create an empty workspace just to merge nothing
        raise FileNotFoundError(2, "No such file", str(workspace))
    reason = KEYS[args.by]
    names = field_names()
    with open_workspace(workspace, verify=not args.dry_run) as ws:
        plans = plan_groups(ws.conn, reason)
        differ = [p for p in plans if p.names_differ]
        if args.same_names:
            plans = [p for p in plans if not p.names_differ]
        for plan in plans:
            line = translate("cli", "{value}: keep #{id} {name}").format(
                value=_shown(plan.value, reason), id=plan.kept_id, name=plan.names[plan.kept_id])
            if plan.names_differ:
                line += translate("cli", " (names differ: check they are one person)")
            print(line)
            for gone in plan.gone_ids:
                taken = [names[f] for f, donor in plan.filled.items() if donor == gone]
                line = translate("cli", "  merge #{id} {name} into it").format(
                    id=gone, name=plan.names[gone])
                if taken:
                    line += translate("cli", " (takes its {fields})").format(
                        fields=", ".join(taken))
                print(line)
        gone = sum(len(p.gone_ids) for p in plans)
        if args.same_names and differ:
            print(translate("cli", "{count} group(s) left out: their names read differently "
                                   "(--same-names)").format(count=len(differ)))
        if not plans and not differ:
            print(translate("cli", "nothing to merge: no two records have the same {key}").format(
                key=names[{"wechat": "wechat_id"}.get(args.by, args.by)]))
        if not plans:
            return EXIT_OK
        if args.dry_run:
            print(translate("cli", "{groups} group(s): {gone} record(s) would be merged into "
                                   "{kept}; nothing was written (--dry-run)").format(
                groups=len(plans), gone=gone, kept=len(plans)))
            return EXIT_OK
        made = automatic_backup(workspace)  # no undo here: the way back is this copy
        merge_groups(ws.conn, plans, progress_printer())  # one transaction
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(translate("cli", "A copy from before the merge: {path}").format(path=made))
    print(translate("cli", "{groups} group(s): merged {gone} record(s) into {kept}; "
                           "everything they had is kept").format(
        groups=len(plans), gone=gone, kept=len(plans)))
    return EXIT_OK
