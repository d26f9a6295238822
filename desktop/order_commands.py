"""``qunzhu import orders FILE``: a shop's order export into the workspace, headless.

Unmatched buyers are listed and left out unless ``--unmatched new`` (the issue: "unmatched
buyers are listed (and added with ``--unmatched new``)"), so a first run shows who would be
created before anyone is. Exit 2 with one line per problem (row, column, reason) and the
workspace unchanged when the file has any.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.cli_common import find_community_id, progress_printer, unreadable_line
from desktop.cli_parser import EXIT_OK, EXIT_REFUSED, UsageError
from models.store.workspace import open_workspace

translate = QCoreApplication.translate
#: Unmatched or ambiguous buyers listed one per line; the rest are counted.
LISTED = 50


def yuan(fen: int) -> str:
    return f"¥{fen // 100:,}.{fen % 100:02d}"


def signed_yuan(fen: int) -> str:
    return ("-" if fen < 0 else "+") + yuan(abs(fen))


def import_orders(workspace: Path, args: argparse.Namespace) -> int:
    from exports.orders import open_orders, read_orders
    from exports.tables import UnreadableFile
    from models.imports.order_import import order_import_operation
    from models.imports.order_records import OrderImportOptions, OrdersRejected, Unmatched
    from models.store.operations import run
    from views.error_text import problem_line

    try:
        source = open_orders(args.file, args.sheet, getattr(args, "encoding", None))
    except UnreadableFile as error:
        print(unreadable_line(args.file, error), file=sys.stderr)
        return EXIT_REFUSED
    try:
        with open_workspace(workspace, verify=True) as ws:
            community_id = find_community_id(ws, args.community)
            mapping = source.mapping
            if args.preset:
                from models.imports.order_presets import order_presets

                saved = order_presets(ws.conn).get(args.preset)
                if saved is None:
                    raise UsageError(translate("cli", "no import preset named {name!r}")
                                     .format(name=args.preset))
                from exports.order_columns import apply_saved

                mapping = apply_saved(saved, source.headers)
            try:
                found = read_orders(source, mapping, progress=progress_printer())
            except UnreadableFile as error:
                print(unreadable_line(args.file, error), file=sys.stderr)
                return EXIT_REFUSED
            options = OrderImportOptions(community_id, Unmatched(args.unmatched))
            try:
                done = run(ws.conn, order_import_operation(
                    found.orders, options, problems=found.problems,
                    progress=progress_printer()))
            except OrdersRejected as rejected:
                for problem in rejected.problems:
                    print(f"{args.file}: {_problem_line(problem, problem_line)}",
                          file=sys.stderr)
                _print_headers_found(args.file, source, rejected.problems)
                print(translate("cli", "qunzhu: {count} problem(s) in the file; nothing was "
                                       "imported").format(count=len(rejected.problems)),
                      file=sys.stderr)
                return EXIT_REFUSED
    finally:
        source.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    _print_summary(args.file, source.shop, found, done.value)
    return EXIT_OK


def _problem_line(problem, problem_line) -> str:
    """The line of one problem; one about the whole file (a column missing) names no
    column (the reader marks it ``-``)."""
    if problem.column != "-":
        return problem_line(problem)
    from views.error_text import problem_text

    return translate("cli", "row {row}: {reason}").format(row=problem.row,
                                                          reason=problem_text(problem))


def _print_headers_found(path: Path, source, problems) -> None:
    """After a column missing: the CLI has no mapping step, so say what headers the file
    has and how to go on."""
    from models.core.errors import Code

    if not any(p.code is Code.ORDER_COLUMN_NEEDED for p in problems):
        return
    print(translate("cli", "qunzhu: {path}: headers found in row {row}: {headers}; name the "
                           "columns like the shop's export does (订单号, 实付金额), or save a "
                           "mapping in Import Orders and pass --preset NAME").format(
        path=path, row=source.header_row,
        headers=", ".join(h for h in source.headers if h) or "-"), file=sys.stderr)


def _print_summary(path: Path, shop: str | None, found, result) -> None:
    mode, shop = found.amount_mode, translate("cli", " ({shop})").format(
        shop=shop or translate("cli", "a spreadsheet"))
    if found.refund_list:
        print(translate("cli", "Imported refunds from {path}{shop}: {count:,} refund(s) read, "
                               "{already:,} given back before, {back:,} purchase(s) taken "
                               "back whole ({back_amount}).").format(
            path=path, shop=shop, count=result.orders, already=result.already_imported,
            back=result.taken_back, back_amount=yuan(result.amount_taken_back)))
    else:
        print(translate("cli", "Imported orders from {path}{shop}: {orders:,} order(s) read, "
                               "{added:,} purchase(s) added ({amount}), {already:,} already "
                               "imported, {back:,} taken back ({back_amount}).").format(
            path=path, shop=shop, orders=result.orders, added=result.purchases_added,
            amount=yuan(result.amount_added), already=result.already_imported,
            back=result.taken_back, back_amount=yuan(result.amount_taken_back)))
    if result.amounts_changed:
        print(translate("cli", "{count:,} purchase(s) imported before have a new amount (a "
                               "partial refund): {change} in all.").format(
            count=result.amounts_changed, change=signed_yuan(result.amount_changed)))
    if result.amounts_kept:
        print(translate("cli", "{count:,} purchase(s) show a higher amount than imported "
                               "before (an export older than a refund): kept as they were.")
              .format(count=result.amounts_kept))
    if result.ended_before:
        print(translate("cli", "{count:,} order(s) shown as paid were refunded or closed in a "
                               "file imported before: not added again.").format(
            count=result.ended_before))
    if mode == "row":
        print(translate("cli", "Orders over several rows: the amounts of their rows were "
                               "added up."))
    if result.not_purchases:
        statuses = ", ".join(f"{status} {count:,}" for status, count in
                             sorted(result.not_purchases.items(), key=lambda i: -i[1]))
        print(translate("cli", "Not purchases, by status: {statuses}.").format(
            statuses=statuses))
    if result.masked_phones:
        print(translate("cli", "{count:,} order(s) had a masked phone (such as 138****0000): "
                               "matched by WeChat id or name instead, where one was given.")
              .format(count=result.masked_phones))
    for title, lines in ((translate("cli", "Buyers matching no member:"), result.unmatched),
                         (translate("cli", "Buyers whose name several members share (not "
                                           "imported):"), result.ambiguous)):
        if not lines:
            continue
        print(title)
        for line in lines[:LISTED]:
            print(translate("cli", "  {buyer}: {orders:,} order(s), {amount}").format(
                buyer=line.buyer.label, orders=line.orders, amount=yuan(line.amount)))
        if len(lines) > LISTED:
            print(translate("cli", "  … and {count:,} more").format(count=len(lines) - LISTED))
    if result.members_created:
        print(translate("cli", "{count:,} new member(s) created from unmatched buyers (source "
                               "订单).").format(count=result.members_created))
    elif result.unmatched:
        print(translate("cli", "{orders:,} order(s) of unmatched buyers were not imported; "
                               "--unmatched new adds those buyers as members.").format(
            orders=sum(line.orders for line in result.unmatched)))
