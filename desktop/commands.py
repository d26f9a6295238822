"""The headless jobs behind ``qunzhu demo|check|backup|export|import``, on the same domain
code as the window."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.attendee_commands import export_attendees as _export_attendees
from desktop.attendee_commands import export_events as _export_events

# Chat and order imports live in modules of their own (light to import: no reader at the top)
from desktop.badge_commands import export_badges as _export_badges
from desktop.chat_command import import_chat as _import_chat
from desktop.cli_common import find_community_id, no_community, progress_printer, unreadable_line
from desktop.cli_parser import UsageError
from desktop.community_commands import run as _community
from desktop.follow_up_commands import list_due as _list_due
from desktop.import_columns import (
    print_left_out,
    print_no_name_column,
    print_referrers,
    print_skipped,
)
from desktop.merge_commands import merge_duplicates as _merge
from desktop.order_commands import import_orders as _import_orders
from models.core import clock
from models.core.errors import DamagedWorkspaceError
from models.demo.builder import build_demo
from models.schema import migrations
from models.store import backup, damage
from models.store.connection import integrity_check
from models.store.stats import table_counts_or_errors
from models.store.workspace import open_workspace

translate = QCoreApplication.translate

EXIT_OK, EXIT_DAMAGED, EXIT_REFUSED = 0, 1, 2


def run(command: str, workspace: Path, args: argparse.Namespace) -> int:
    if command in ("export", "import"):
        command = f"{command} {args.kind}"
    handler = {"demo": demo, "check": check, "backup": make_backup,
               "export calendar": export_calendar, "import calendar": import_calendar,
               "export materials": export_materials, "export inventory": export_inventory,
               "import checklist": import_checklist, "export report": export,
               "export charts": export, "export roster": export_roster,
               "import members": import_members, "export plan": export_plan,
               "import chat": _import_chat, "import orders": _import_orders,
               "export badges": _export_badges, "export attendees": _export_attendees,
               "export events": _export_events, "merge": _merge,
               "followups": _list_due, "community": _community}[command]
    output = getattr(args, "output", None)
    try:
        return handler(workspace, args)
    except OSError as error:
        if output is None or not _about_output(error, Path(output), workspace):
            raise
        from views.error_text import file_problem

        print(f"qunzhu: {file_problem(error, output, writing=True)}", file=sys.stderr)
        return EXIT_REFUSED


def _about_output(error: OSError, output: Path, workspace: Path) -> bool:
    """True when ``error`` is about the file an export writes (or its temporary twin, or a
    chart inside its folder), not the workspace: the refusal names ``output`` then."""
    names = [Path(n) for n in (error.filename, error.filename2) if n]
    if not names:
        return False
    for name in names:
        if name.parent == workspace.parent and name.name.startswith(workspace.name):
            return False
    return any(name == output or name.parent in (output.parent, output) for name in names)


def export_calendar(workspace: Path, args: argparse.Namespace) -> int:
    from datetime import timedelta

    from desktop.calendar_messages import describe
    from exports.ics import export_calendar as write_ics
    from views.calendar.tally_text import tally_text

    until = args.until + timedelta(days=1) if args.until else None
    with open_workspace(workspace, readonly=True) as ws:
        community_id = find_community_id(ws, args.community)
        began = time.perf_counter()
        summary = write_ics(ws.conn, args.output, community_id=community_id,
                            start=args.since, end=until)
        seconds = time.perf_counter() - began
    for note in summary.notes:
        print(f"{args.output}: {describe(note)}", file=sys.stderr)
    print(translate(
        "cli", "Wrote {path}: {events} (time zones: {zones}) in {seconds:.2f} s.")
          .format(events=tally_text(summary.tally), path=args.output,
                  zones=", ".join(summary.tzids) or "UTC", seconds=seconds))
    return EXIT_OK


def import_calendar(workspace: Path, args: argparse.Namespace) -> int:
    from desktop.calendar_messages import describe
    from exports.ics_import import CalendarImportError
    from exports.ics_import import import_calendar as read_ics
    from views.calendar.tally_text import tally_text

    try:
        data = Path(args.file).read_bytes()
    except OSError as error:
        from views.error_text import file_problem

        print(f"qunzhu: {file_problem(error, args.file)}", file=sys.stderr)
        return EXIT_REFUSED
    with open_workspace(workspace, verify=True) as ws:
        community_id = find_community_id(ws, args.community)
        try:
            report = read_ics(ws.conn, data, community_id)
        except CalendarImportError as error:
            for problem in error.problems:
                print(f"{args.file}: {describe(problem)}", file=sys.stderr)
            print(translate("cli", "qunzhu: nothing was imported"), file=sys.stderr)
            return EXIT_REFUSED
    for note in report.notes:
        print(f"{args.file}: {describe(note)}", file=sys.stderr)
    print(translate(
        "cli", "Imported {path}: {events}; {created} new, {updated} updated, {unchanged} "
        "unchanged.")
          .format(path=args.file, events=tally_text(report.tally), created=report.created,
                  updated=report.updated,
                  unchanged=report.unchanged))
    return EXIT_OK


def export_roster(workspace: Path, args: argparse.Namespace) -> int:
    from exports.roster import RosterExport
    from exports.roster import export_roster as write_roster
    from models.members.roster import RosterFilter

    with open_workspace(workspace, readonly=True) as ws:
        spec = RosterExport(RosterFilter(community_id=find_community_id(ws, args.community)),
                            mask=args.mask_personal)
        began = time.perf_counter()
        summary = write_roster(ws.conn, args.output, spec, progress=progress_printer())
        seconds = time.perf_counter() - began
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(translate("cli", "Wrote {rows:,} member(s) to {path} in {seconds:.1f} s.").format(
        rows=sum(summary.rows.values()), path=args.output, seconds=seconds))
    return EXIT_OK


def import_members(workspace: Path, args: argparse.Namespace) -> int:
    from exports.member_file import open_member_file
    from exports.tables import UnreadableFile
    from models.imports.column_mapping import apply_preset, presets
    from models.imports.field_columns import with_fields
    from models.imports.member_import import (
        DuplicatePolicy,
        ImportOptions,
        ImportRejected,
    )
    from models.imports.member_import import import_members as run_import
    from views.error_text import problem_line

    try:
        source = open_member_file(args.file, args.sheet, getattr(args, "encoding", None))
    except UnreadableFile as error:
        print(unreadable_line(args.file, error), file=sys.stderr)
        return EXIT_REFUSED
    try:
        with open_workspace(workspace, verify=True) as ws:
            community_id = find_community_id(ws, args.community)
            mapping = source.mapping
            if args.preset:
                saved = presets(ws.conn).get(args.preset)
                if saved is None:
                    raise UsageError(translate("cli", "no import preset named {name!r}")
                                     .format(name=args.preset))
                mapping = apply_preset(saved, source.headers)
            mapping = with_fields(ws.conn, source.headers, mapping)  # custom fields by name
            if not any(f in mapping.values() for f in ("display_name", "nickname", "id")):
                print_no_name_column(args.file, source)
                return EXIT_REFUSED
            if community_id is None and "role" in mapping.values():
                raise UsageError(translate("cli", "{path}: a role column needs the community "
                                                  "the roles are held in (--community)").format(
                    path=args.file))
            options = ImportOptions(mapping, source.headers, DuplicatePolicy(args.duplicates),
                                    community_id, skip_invalid=args.skip_invalid)
            try:
                result = run_import(ws.conn, source.data_rows(), options,
                                    total=source.estimate_rows(), progress=progress_printer())
            except ImportRejected as rejected:
                _print_passed_over(args.file, rejected.result.passed_over)
                for problem in rejected.result.problems:
                    print(f"{args.file}: {problem_line(problem)}", file=sys.stderr)
                print(translate("cli", "qunzhu: {count} invalid row(s); nothing was imported "
                                       "(--skip-invalid imports the valid rows)").format(
                    count=rejected.result.rejected), file=sys.stderr)
                return EXIT_REFUSED
            except UnreadableFile as error:
                print(unreadable_line(args.file, error), file=sys.stderr)
                return EXIT_REFUSED
    finally:
        source.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    _print_passed_over(args.file, result.passed_over)
    for problem in [*result.problems, *result.referrer_warnings]:
        print(f"{args.file}: {problem_line(problem)}", file=sys.stderr)
    print(translate("cli", "Imported {path}: {added:,} added, {updated:,} updated, {skipped:,} "
                           "skipped, {rejected:,} rejected.").format(
        path=args.file, added=result.added, updated=result.updated,
        skipped=result.skipped + result.unchanged, rejected=result.rejected))
    if result.passed_over:
        print(translate("cli", "{count:,} row(s) were not members (totals, headings, notes, "
                               "rows naming nobody) and were passed over.").format(
            count=len(result.passed_over)))
    print_left_out(args.file, source.headers, mapping)
    print_skipped(args.file, result)
    print_referrers(result.referrers_set, len(result.referrer_warnings))
    return EXIT_OK


def _print_passed_over(path: Path, rows: list) -> None:
    """One line per row that is not a member: it was read and left out, not lost."""
    from views.error_text import problem_text

    for row in rows:
        print(translate("cli", "{path}: row {row}: {reason}; not imported").format(
            path=path, row=row.row, reason=problem_text(row)), file=sys.stderr)


def demo(workspace: Path, args: argparse.Namespace) -> int:
    shown = {"last": 0.0}

    def progress(step: str, done: int, total: int) -> bool:
        now = time.monotonic()
        if sys.stderr.isatty() and now - shown["last"] > 0.5:
            shown["last"] = now
            print(f"\r{step}: {done:,}/{total:,}", end="", file=sys.stderr, flush=True)
        return True

    with open_workspace(workspace, verify=True) as ws:
        try:
            summary = build_demo(ws, args.members, seed=args.seed, progress=progress)
        except ValueError as error:
            from views.error_text import describe

            print(f"qunzhu: {describe(error)}", file=sys.stderr)
            return EXIT_REFUSED
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(translate(
        "cli",
        "Demo workspace {path}: {communities} communities, {members:,} members, "
        "{activities:,} activities, {events} events, {registrations:,} registrations, "
        "{items} checklist items in {seconds:.1f} s ({rate:,.0f} rows/s).",
    ).format(path=workspace, communities=summary.communities, members=summary.members,
             activities=summary.activities, events=summary.events,
             registrations=summary.registrations, items=summary.checklist_items,
             seconds=summary.seconds, rate=summary.rows_per_second))
    return EXIT_OK


def check(workspace: Path, args: argparse.Namespace) -> int:
    try:
        ws = open_workspace(workspace, readonly=True)
    except DamagedWorkspaceError as error:  # damaged beyond reading its schema
        print(translate("cli", "Integrity: DAMAGED: {problems}").format(problems=error.details))
        damage.record(error.path, error.details)
        return EXIT_DAMAGED
    with ws:
        version = ws.schema_version
        began = time.perf_counter()
        problems = integrity_check(ws.conn)
        seconds = time.perf_counter() - began
        counts = table_counts_or_errors(ws.conn)
    if problems:
        damage.record(ws.path, problems)  # no more writes until a check passes
    else:
        damage.clear(ws.path)
        damage.remember_checked(ws.path)
    print(translate("cli", "Workspace: {path}").format(path=workspace))
    print(translate("cli", "Schema version: {version} (this Qunzhu writes {latest})").format(
        version=version, latest=migrations.LATEST_VERSION))
    if problems:
        print(translate("cli", "Integrity: DAMAGED: {problems}").format(problems=problems))
    else:
        print(translate("cli", "Integrity: ok ({seconds:.1f} s)").format(seconds=seconds))
    for table, count in counts.items():
        shown = f"{count:>12,}" if isinstance(count, int) else f"  {count}"
        print(f"  {table:<22} {shown}")
    return EXIT_DAMAGED if problems else EXIT_OK


def make_backup(workspace: Path, args: argparse.Namespace) -> int:
    # Read-only open first: refuses files that are not workspaces, takes no lock, so it
    # works while a window has the workspace open.
    with open_workspace(workspace, readonly=True):
        pass
    if args.output:
        target = Path(args.output)
        if target.is_dir():
            target = target / workspace.name
        if target.resolve() == workspace.resolve():
            raise UsageError(translate("cli", "the backup cannot replace the workspace itself"))
        made = backup.backup_file(workspace, target)
    else:
        made = backup.automatic_backup(workspace)
    print(translate("cli", "Backed up {path} to {backup}").format(path=workspace, backup=made))
    return EXIT_OK


def export_materials(workspace: Path, args: argparse.Namespace) -> int:

    from exports.checklists import export_checklists

    with open_workspace(workspace, readonly=True) as ws:
        community_id = find_community_id(ws, args.community)
        began = time.perf_counter()
        summary = export_checklists(ws.conn, args.output, clock.today(),
                                    community_id=community_id, since=args.since,
                                    until=args.until)
        seconds = time.perf_counter() - began
    print(translate("cli", "Wrote {lists} checklist(s) with {items} item(s) to {path} in "
                           "{seconds:.2f} s.").format(lists=summary.checklists,
                                                      items=summary.items, path=args.output,
                                                      seconds=seconds))
    return EXIT_OK


def export_inventory(workspace: Path, args: argparse.Namespace) -> int:

    from exports.checklists import export_inventory as write_inventory

    with open_workspace(workspace, readonly=True) as ws:
        summary = write_inventory(ws.conn, args.output, clock.today())
    print(translate("cli", "Wrote {materials} material(s) to {path}.").format(
        materials=summary.items, path=args.output))
    return EXIT_OK


def import_checklist(workspace: Path, args: argparse.Namespace) -> int:

    from exports.checklist_import import plan_checklist_import
    from exports.xlsx_read import UnreadableWorkbook
    from models.materials.checklist_apply import apply_edits
    from views.error_text import describe, file_problem, problem_text

    if not Path(args.file).is_file():
        missing = FileNotFoundError(2, "", str(args.file)) if not Path(args.file).exists() \
            else IsADirectoryError(21, "", str(args.file))
        print(f"qunzhu: {file_problem(missing, args.file)}", file=sys.stderr)
        return EXIT_REFUSED
    with open_workspace(workspace, verify=True) as ws:
        try:
            plan = plan_checklist_import(ws.conn, args.file, clock.today())
        except UnreadableWorkbook as error:
            print(f"qunzhu: {describe(error)}", file=sys.stderr)
            return EXIT_REFUSED
        except OSError as error:
            print(f"qunzhu: {file_problem(error, args.file)}", file=sys.stderr)
            return EXIT_REFUSED
        if plan.problems:
            for problem in plan.problems:
                line = translate("cli", "{path}: row {row}, column {column}: {reason}").format(
                    path=args.file, row=problem.row, column=problem.column,
                    reason=problem_text(problem))
                if problem.sheet:
                    line += translate("cli", " (sheet {sheet})").format(sheet=problem.sheet)
                print(line, file=sys.stderr)
            print(translate("cli", "qunzhu: nothing was imported"), file=sys.stderr)
            return EXIT_REFUSED
        for sheet in plan.sheets:
            for c in sheet.changes:
                old = "" if c.old is None else c.old
                new = "" if c.new is None else c.new
                print(f"{sheet.title} #{c.item_id} {c.item_name}: {c.field} {old} -> {new}")
            for row in sheet.new_rows:
                print(f"{sheet.title} + {row['name']}")
        apply_edits(ws.conn, plan.edits())
    print(translate("cli", "Imported {path}: {updated} item(s) updated, {added} added.")
          .format(path=args.file, updated=plan.updated_items, added=plan.new_items))
    return EXIT_OK


def export_plan(workspace: Path, args: argparse.Namespace) -> int:

    from exports.plan import export_plan as write_plan
    from models.members.communities import list_communities
    from models.plan.document import get_plan

    if Path(args.output).suffix.lower() != ".xlsx":
        raise UsageError(translate("cli", "the plan is written as .xlsx, got {path}").format(
            path=args.output))
    with open_workspace(workspace, readonly=True) as ws:
        community_id = find_community_id(ws, args.community)
        if community_id is None:
            communities = list_communities(ws.conn)
            if len(communities) != 1:
                raise UsageError(translate(
                    "cli", "name the community with --community (one of: {names})").format(
                        names=", ".join(c.name for c in communities) or "—"))
            community_id = communities[0].id
        if get_plan(ws.conn, community_id) is None:
            raise UsageError(translate("cli", "this community has no plan yet"))
        began = time.perf_counter()
        summary = write_plan(ws.conn, args.output, community_id, clock.today())
        seconds = time.perf_counter() - began
    print(translate("cli", "Wrote the plan of {community} to {path} ({sheets} sheets) in "
                           "{seconds:.2f} s.").format(community=summary.community,
                                                      path=args.output,
                                                      sheets=len(summary.rows), seconds=seconds))
    return EXIT_OK


def export(workspace: Path, args: argparse.Namespace) -> int:
    """``export report`` / ``export charts``: the analytics tab's numbers, without a window."""

    from models.analytics.dashboard import compute_dashboard
    from models.analytics.period import Period
    from models.members.communities import find_community
    from views.analytics.texts import chart_text

    output = Path(args.output)
    if args.what == "report" and output.suffix.lower() != ".xlsx":
        raise UsageError(translate("cli", "the report is an Excel file: give -o a name ending "
                                          "in .xlsx, not {path}").format(path=output))
    if args.what == "charts" and output.exists() and not output.is_dir():
        raise UsageError(translate("cli", "{path} is a file; charts go into a folder").format(
            path=output))
    today = clock.today()
    if args.start or args.end:
        start, end = args.start or today, args.end or today
        if end < start:
            raise UsageError(translate("cli", "the period ends ({end}) before it starts "
                                              "({start})").format(end=end, start=start))
        period = Period(start, end)
    else:
        period = Period.preset(args.period, today)
    ws = _open_current(workspace)
    with ws:
        community_id, scope = None, chart_text()("scope.all")
        if args.community:
            community = find_community(ws.conn, args.community)
            if community is None:
                raise no_community(ws.conn, args.community)
            community_id, scope = community.id, community.name
        dashboard = compute_dashboard(ws.conn, community_id, period)
    assert dashboard is not None
    text = chart_text()
    if args.what == "report":
        from exports.report import write_report

        written = write_report(output, dashboard, text, scope)
        print(translate("cli", "Report for {scope}, {start} to {end}: {path}").format(
            scope=scope, start=period.start, end=period.end, path=written))
        return EXIT_OK
    from exports.chart_fonts import GlyphsMissing
    from exports.charts import save_all
    from views.error_text import describe

    try:
        paths = save_all(dashboard, text, output, args.format)
    except GlyphsMissing as error:
        print(f"qunzhu: {describe(error)}", file=sys.stderr)
        return EXIT_REFUSED
    print(translate("cli", "{count} charts for {scope}, {start} to {end}, in {path}").format(
        count=len(paths), scope=scope, start=period.start, end=period.end, path=output))
    return EXIT_OK


def _open_current(workspace: Path):
    """Read-only (works while the window has it open); upgraded first when it is older."""
    ws = open_workspace(workspace, readonly=True)
    if ws.schema_version < migrations.LATEST_VERSION:
        ws.close()
        open_workspace(workspace).close()  # migrates (with its backup), then lets go
        ws = open_workspace(workspace, readonly=True)
    return ws
