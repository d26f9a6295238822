"""``qunzhu``: open the window, or do one job headless (demo, check, backup).

Exit status: 0 done; 1 ``check`` found the workspace damaged; 2 the input was refused
(one line per problem on stderr, workspace unchanged). Messages follow ``--lang`` like the
window does. Nothing here imports the widgets unless the window is asked for.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop import error_surface, i18n, paths
from models import APP_NAME, __version__
from models.core.errors import Cancelled, StorageError, WorkspaceError
from models.store.recovery import storage_error

translate = QCoreApplication.translate

EXIT_OK, EXIT_DAMAGED, EXIT_REFUSED = 0, 1, 2


class UsageError(Exception):
    """Bad command-line input; argparse's own errors exit 2 the same way."""


#: What ``--encoding`` accepts (``exports.text_encoding.CHOICES``, kept here so building
#: the parser imports no reader).
CSV_ENCODINGS = ("utf-8", "gb18030", "cp950", "big5hkscs", "cp932", "cp949", "utf-16")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--workspace", type=Path, default=argparse.SUPPRESS, metavar="PATH",
        help=translate("cli", "workspace file (default: the one in your app data folder)"))
    common.add_argument(
        "--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS,
        help=translate("cli", "language of the window and messages"))

    parser = argparse.ArgumentParser(
        prog="qunzhu", parents=[common],
        description=translate("cli", "Qunzhu (群主): plan, run and measure your communities."))
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo", parents=[common],
        help=translate("cli", "fill an empty workspace with realistic demo data"))
    demo.add_argument("--members", type=_positive_int, required=True, metavar="N",
                      help=translate("cli", "number of members"))
    demo.add_argument("--seed", type=int, default=1, metavar="S",
                      help=translate("cli", "random seed; the same seed gives the same data"))

    commands.add_parser(
        "check", parents=[common],
        help=translate("cli", "check integrity and report the schema version and row counts"))

    backup = commands.add_parser(
        "backup", parents=[common],
        help=translate("cli", "copy the workspace safely, even while the app has it open"))
    backup.add_argument("-o", "--output", type=Path, metavar="FILE",
                        help=translate("cli", "where to write the copy "
                                              "(default: the backups folder beside it)"))

    export = commands.add_parser(
        "export", parents=[common], help=translate("cli", "write workspace data to a file"))
    export_kinds = export.add_subparsers(dest="kind", metavar="WHAT", required=True)
    calendar_out = export_kinds.add_parser(
        "calendar", parents=[common],
        help=translate("cli", "events as an iCalendar (.ics) file for Outlook, Google, Apple"))
    calendar_out.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.ics",
                              help=translate("cli", "the .ics file to write"))
    calendar_out.add_argument("--community", metavar="NAME",
                              help=translate("cli", "only this community's events"))
    calendar_out.add_argument("--from", dest="since", type=_iso_date, metavar="YYYY-MM-DD",
                              help=translate("cli", "only events from this day on"))
    calendar_out.add_argument("--to", dest="until", type=_iso_date, metavar="YYYY-MM-DD",
                              help=translate("cli", "only events up to this day (included)"))

    materials_out = export_kinds.add_parser(
        "materials", parents=[common],
        help=translate("cli", "material checklists as an Excel workbook (summary + one sheet "
                              "per checklist), to edit and import back"))
    materials_out.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx",
                               help=translate("cli", "the .xlsx file to write"))
    materials_out.add_argument("--community", metavar="NAME",
                               help=translate("cli", "only checklists of this community's events"))
    materials_out.add_argument("--from", dest="since", type=_iso_date, metavar="YYYY-MM-DD",
                               help=translate("cli", "only checklists of events from this day on"))
    materials_out.add_argument("--to", dest="until", type=_iso_date, metavar="YYYY-MM-DD",
                               help=translate("cli", "only checklists of events up to this day "
                                                     "(included)"))
    inventory_out = export_kinds.add_parser(
        "inventory", parents=[common],
        help=translate("cli", "the material library: on hand, reserved and available"))
    inventory_out.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx",
                               help=translate("cli", "the .xlsx file to write"))

    plan_out = export_kinds.add_parser(
        "plan", parents=[common],
        help=translate("cli", "a community's plan as an Excel workbook: sections, goals with "
                              "progress, roles, risks and matrix, roadmap, rules, needs"))
    plan_out.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx",
                          help=translate("cli", "the .xlsx file to write"))
    plan_out.add_argument("--community", metavar="NAME",
                          help=translate("cli", "the community whose plan to write (needed "
                                                "when the workspace has several)"))

    for what, help_text in (
            ("report", translate("cli", "analytics as one Excel workbook: KPIs, data and native "
                                        "charts")),
            ("charts", translate("cli", "every analytics chart as an image file"))):
        analytics_out = export_kinds.add_parser(what, parents=[common], help=help_text)
        analytics_out.set_defaults(what=what)
        analytics_out.add_argument(
            "-o", "--output", type=Path, required=True, metavar="PATH",
            help=translate("cli", "the .xlsx file (report) or folder (charts)"))
        analytics_out.add_argument("--format", choices=("png", "svg", "pdf"), default="png",
                                   help=translate("cli", "chart file format (default: png)"))
        analytics_out.add_argument(
            "--community", metavar="NAME",
            help=translate("cli", "one community (default: all communities)"))
        analytics_out.add_argument(
            "--period", choices=("last_30", "last_90", "last_365", "this_year"),
            default="last_30", help=translate("cli", "the period to measure (default: last_30)"))
        analytics_out.add_argument("--from", dest="start", type=_iso_date, metavar="YYYY-MM-DD",
                                   help=translate("cli", "first day of a custom period"))
        analytics_out.add_argument(
            "--to", dest="end", type=_iso_date, metavar="YYYY-MM-DD",
            help=translate("cli", "last day of a custom period (default: today)"))

    roster_out = export_kinds.add_parser(
        "roster", parents=[common],
        help=translate("cli", "the roster as an Excel workbook (id column for round trips)"))
    roster_out.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx",
                            help=translate("cli", "the .xlsx file to write"))
    roster_out.add_argument("--community", metavar="NAME",
                            help=translate("cli", "only this community's members"))
    roster_out.add_argument("--mask-personal", action="store_true",
                            help=translate("cli", "mask phones (138****5678), names (张*), "
                                                  "WeChat ids and emails, and phone and ID "
                                                  "numbers typed into any other field; leave "
                                                  "out notes and ids"))

    imports = commands.add_parser(
        "import", parents=[common], help=translate("cli", "read a file into the workspace"))
    import_kinds = imports.add_subparsers(dest="kind", metavar="WHAT", required=True)
    calendar_in = import_kinds.add_parser(
        "calendar", parents=[common],
        help=translate("cli", "events from an .ics file; created or updated by UID"))
    calendar_in.add_argument("file", type=Path, metavar="FILE.ics")
    calendar_in.add_argument("--community", metavar="NAME",
                             help=translate("cli", "the community for events that name none"))
    checklist_in = import_kinds.add_parser(
        "checklist", parents=[common],
        help=translate("cli", "an exported checklist workbook, edited: items matched by ID, "
                              "new rows added"))
    checklist_in.add_argument("file", type=Path, metavar="FILE.xlsx")
    members_in = import_kinds.add_parser(
        "members", parents=[common],
        help=translate("cli", "members from CSV, XLSX, XLS or ODS; columns mapped by their "
                              "headers"))
    members_in.add_argument("file", type=Path, metavar="FILE")
    members_in.add_argument("--community", metavar="NAME",
                            help=translate("cli", "add every imported member to this "
                                                  "community"))
    members_in.add_argument("--skip-invalid", action="store_true",
                            help=translate("cli", "import the valid rows and report the rest "
                                                  "(default: any invalid row, nothing "
                                                  "imported)"))
    members_in.add_argument("--duplicates", choices=["skip", "fill_empty", "overwrite",
                                                     "keep_both"], default="skip",
                            help=translate("cli", "what to do with a member already there "
                                                  "(same phone, WeChat id or email)"))
    members_in.add_argument("--sheet", metavar="NAME",
                            help=translate("cli", "the sheet to read (default: the first)"))
    members_in.add_argument("--preset", metavar="NAME",
                            help=translate("cli", "a column mapping saved in the import "
                                                  "wizard"))
    members_in.add_argument("--encoding", choices=list(CSV_ENCODINGS),
                            help=translate("cli", "the encoding of a CSV (default: detected)"))
    return parser


def _iso_date(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "expected a date like 2026-12-31, got {text!r}").format(
                text=text)) from None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            translate("cli", "expected a whole number above 0, got {text!r}").format(text=text))
    return value


def _output_problem(error: BaseException, workspace: Path | None) -> str | None:
    """What to say when the file an export writes (not the workspace) cannot be written:
    its folder is read-only or its disk is full. None for anything else."""
    name = getattr(error, "filename", None)
    if not isinstance(error, OSError) or not name:
        return None
    target = Path(name)
    if workspace is not None and target.name.startswith(workspace.name) \
            and target.parent == workspace.parent:
        return None  # the workspace's own files: a StorageError
    found = storage_error(error, target)
    if found is None:
        return None
    if found.kind == StorageError.DISK_FULL:
        reason = translate("cli", "the disk is full")
    else:
        reason = translate("cli", "the folder cannot be written to")
    return translate("cli", "cannot write {path}: {reason}. Nothing was written there; choose "
                            "another folder (or free some space).").format(
        path=target.parent if target.name.startswith(".~") else target, reason=reason)


def _peek(argv: Sequence[str]) -> tuple[str | None, str | None]:
    """(command, --lang) before the real parse: the real parser's help text is translated,
    which needs the translator installed, which needs to know the language first."""
    peek = argparse.ArgumentParser(add_help=False)
    peek.add_argument("--workspace")
    peek.add_argument("--lang")
    peek.add_argument("command", nargs="?")
    known, _ = peek.parse_known_args(argv)
    return known.command, i18n.normalize(known.lang)


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # a packaged app: big imports start a helper process
        import multiprocessing

        multiprocessing.freeze_support()
    argv = list(sys.argv[1:] if argv is None else argv)
    command, lang = _peek(argv)
    if command is None and not any(a in ("-h", "--help", "--version") for a in argv):
        from desktop.app import run_window  # the widgets only when a window is wanted

        return run_window(argv, lang)

    app = QCoreApplication.instance() or QCoreApplication(["qunzhu"])
    paths.set_application_names(app)
    translators = i18n.install_translators(app, lang or i18n.system_language())
    error_surface.start_logging()
    workspace: Path | None = None
    try:
        args = build_parser().parse_args(argv)
        workspace = Path(getattr(args, "workspace", None) or paths.default_workspace())
        from desktop import commands
        from desktop.location_warning import warn_if_risky

        warn_if_risky(args.command, workspace)
        return commands.run(args.command, workspace, args)
    except UsageError as error:
        print(f"qunzhu: {error}", file=sys.stderr)
        return EXIT_REFUSED
    except (WorkspaceError, FileNotFoundError) as error:
        from desktop.messages import describe_error

        print(f"qunzhu: {describe_error(error)}", file=sys.stderr)
        return EXIT_DAMAGED if command == "check" and isinstance(error, StorageError) \
            else EXIT_REFUSED
    except BrokenPipeError:  # the reader went away (`qunzhu check | head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except (sqlite3.Error, OSError) as error:
        problem = _output_problem(error, workspace)
        if problem is None:
            found = storage_error(error, workspace) if workspace is not None else None
            if found is None:
                return error_surface.report_cli_error(error)
            from desktop.messages import describe_error

            problem = describe_error(found)
        print(f"qunzhu: {problem}", file=sys.stderr)
        return EXIT_DAMAGED if command == "check" else EXIT_REFUSED
    except Cancelled:
        print(translate("cli", "qunzhu: cancelled; nothing was written"), file=sys.stderr)
        return EXIT_REFUSED
    except Exception as error:  # a bug: logged with its traceback, one line for the user
        return error_surface.report_cli_error(error)
    finally:
        for translator in translators:
            app.removeTranslator(translator)
