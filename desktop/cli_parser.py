"""The command line ``qunzhu`` accepts: its parser (help in the user's language), the exit
statuses, and ``UsageError`` for input the parser cannot refuse by itself.

Below both faces: ``desktop.cli`` runs the headless commands with it, ``desktop.app``
parses the window's options with it, and ``desktop.commands`` refuses input with its
``UsageError``. It imports neither of them (no import cycle), nor any widget or reader.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop import i18n
from models import APP_NAME, __version__

translate = QCoreApplication.translate

EXIT_OK, EXIT_DAMAGED, EXIT_REFUSED = 0, 1, 2


class UsageError(Exception):
    """Bad command-line input; argparse's own errors exit 2 the same way."""


#: What ``--encoding`` accepts (``exports.text_encoding.CHOICES``, kept here so building
#: the parser imports no reader).
CSV_ENCODINGS = ("utf-8", "gb18030", "cp950", "big5hkscs", "cp932", "cp949", "utf-16")


def argparse_words(text: str) -> str:
    """argparse's own sentences (usage, "error", a missing or unknown argument) in the user's
    language. argparse looks its words up through the module's ``_`` (gettext), which knows
    nothing of Qt's translators; ``build_parser`` points it here. Placeholders stay as they
    are (argparse fills them in with ``%``)."""
    words = {
        "usage: ": translate("argparse", "usage: "),
        "%(prog)s: error: %(message)s\n": translate("argparse",
                                                    "%(prog)s: error: %(message)s\n"),
        "argument %(argument_name)s: %(message)s": translate(
            "argparse", "argument %(argument_name)s: %(message)s"),
        "the following arguments are required: %s": translate(
            "argparse", "the following arguments are required: %s"),
        "one of the arguments %s is required": translate(
            "argparse", "one of the arguments %s is required"),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        "invalid %(type)s value: %(value)r": translate(
            "argparse", "invalid %(type)s value: %(value)r"),
        "unrecognized arguments: %s": translate("argparse", "unrecognized arguments: %s"),
        "expected one argument": translate("argparse", "expected one argument"),
        "expected at most one argument": translate("argparse", "expected at most one argument"),
        "expected at least one argument": translate("argparse",
                                                    "expected at least one argument"),
        "expected %s argument": translate("argparse", "expected %s argument(s)"),
        "expected %s arguments": translate("argparse", "expected %s argument(s)"),
        "not allowed with argument %s": translate("argparse", "not allowed with argument %s"),
        "ignored explicit argument %r": translate("argparse", "ignored explicit argument %r"),
        "ambiguous option: %(option)s could match %(matches)s": translate(
            "argparse", "ambiguous option: %(option)s could match %(matches)s"),
        "unexpected option string: %s": translate("argparse", "unexpected option string: %s"),
        "positional arguments": translate("argparse", "positional arguments"),
        "options": translate("argparse", "options"),
        "show this help message and exit": translate("argparse",
                                                     "show this help message and exit"),
        "show program's version number and exit": translate(
            "argparse", "show program's version number and exit"),
    }
    return words.get(text, text)


def _argparse_plural(singular: str, plural: str, count: int) -> str:
    return argparse_words(singular if count == 1 else plural)


def build_parser() -> argparse.ArgumentParser:
    # argparse reads ``_`` and ``ngettext`` from its module each time it words something.
    argparse._ = argparse_words  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_plural  # type: ignore[attr-defined]
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
    parser.add_argument(
        "--self-test", action="store_true",
        help=translate("cli", "check this installation offscreen (window, import, exports, "
                              "charts in Chinese) in a temporary folder; exit 0 when all "
                              "works"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo", parents=[common],
        help=translate("cli", "fill an empty workspace with realistic demo data"))
    demo.add_argument("--members", type=_positive_int, required=True, metavar="N",
                      help=translate("cli", "number of members"))
    demo.add_argument("--seed", type=int, default=1, metavar="S",
                      help=translate("cli", "random seed; the same seed gives the same data"))

    followups = commands.add_parser(
        "followups", parents=[common],
        help=translate("cli", "who to contact today (待跟进): members whose next contact day "
                              "has come, the late ones first"))
    followups.add_argument("--community", metavar="NAME",
                           help=translate("cli", "only follow-ups about this community"))
    followups.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD",
                           help=translate("cli", "who is due on this day (default: today)"))

    commands.add_parser(
        "check", parents=[common],
        help=translate("cli", "check integrity and report the schema version and row counts"))

    backup = commands.add_parser(
        "backup", parents=[common],
        help=translate("cli", "copy the workspace safely, even while the app has it open"))
    backup.add_argument("-o", "--output", type=Path, metavar="FILE",
                        help=translate("cli", "where to write the copy "
                                              "(default: the backups folder beside it)"))

    _add_community(commands, common)

    merge = commands.add_parser(  # desktop/merge_commands.py
        "merge", parents=[common],
        help=translate("cli", "merge the records of one person that share a phone, WeChat "
                              "id or email"))
    merge.add_argument("--by", choices=["phone", "wechat", "email"], required=True,
                       help=translate("cli", "what the records share"))
    merge.add_argument("--dry-run", action="store_true",
                       help=translate("cli", "print the groups and write nothing"))
    merge.add_argument("--same-names", action="store_true",
                       help=translate("cli", "leave out groups whose names read differently "
                                             "(a family may share one phone)"))

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

    badges_out = export_kinds.add_parser(
        "badges", parents=[common],
        help=translate("cli", "name badges of an event's registered people as an A4 PDF "
                              "(8 a page, cut lines), each with a QR code of their ticket "
                              "code for check-in"))
    badges_out.add_argument("--event", type=_positive_int, required=True, metavar="ID",
                            help=translate("cli", "the event's id"))
    badges_out.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD",
                            help=translate("cli", "the day of one occurrence, for an event "
                                                  "that repeats"))
    badges_out.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf",
                            help=translate("cli", "the .pdf file to write"))
    _add_event_exports(export_kinds, common)

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
    chat_in = import_kinds.add_parser(
        "chat", parents=[common],
        help=translate("cli", "a group chat's export (QQ .txt, WeChat CSV/xlsx/TXT, Telegram "
                              "result.json, DiscordChatExporter, a sheet): messages, joins, "
                              "invitations, removals and leaves"))
    chat_in.add_argument("file", type=Path, metavar="FILE")
    chat_in.add_argument("--community", metavar="NAME", required=True,
                         help=translate("cli", "the community the chat is the group of"))
    chat_in.add_argument("--format", choices=["auto", "qq", "wechat", "telegram", "discord",
                                              "sheet"], default="auto",
                         help=translate("cli", "the export's format (default: told from the "
                                               "content)"))
    chat_in.add_argument("--unmatched", choices=["new", "skip"], default="new",
                         help=translate("cli", "speakers matching no member: add them as new "
                                               "members (default) or leave them out"))
    chat_in.add_argument("--keep-text", action="store_true",
                         help=translate("cli", "keep the messages' text (for keyword counts; "
                                               "by default only who, when and which kind)"))
    orders_in = import_kinds.add_parser(
        "orders", parents=[common],
        help=translate("cli", "a shop's order export (有赞, 微店, 小鹅通, 淘宝, a spreadsheet): "
                              "each paid order becomes a purchase"))
    orders_in.add_argument("file", type=Path, metavar="FILE")
    orders_in.add_argument("--community", metavar="NAME",
                           help=translate("cli", "the community the purchases belong to "
                                                 "(default: none; counted under all "
                                                 "communities)"))
    orders_in.add_argument("--unmatched", choices=["new", "skip"], default="skip",
                           help=translate("cli", "buyers matching no member: list them and "
                                                 "leave their orders out (skip, the default) "
                                                 "or add them as members (new)"))
    orders_in.add_argument("--sheet", metavar="NAME",
                           help=translate("cli", "the sheet to read (default: the first)"))
    orders_in.add_argument("--preset", metavar="NAME",
                           help=translate("cli", "a column mapping saved in Import Orders"))
    orders_in.add_argument("--encoding", choices=list(CSV_ENCODINGS),
                           help=translate("cli", "the encoding of a CSV (default: detected)"))
    return parser


def _add_community(commands, common: argparse.ArgumentParser) -> None:
    """``qunzhu community add|list`` (desktop/community_commands.py)."""
    from models.plan.templates import TEMPLATES

    community = commands.add_parser(
        "community", parents=[common],
        help=translate("cli", "make a community (社群) or list them"))
    actions = community.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", parents=[common],
        help=translate("cli", "make a community, with its plan, as File > New Community does"))
    add.add_argument("name", metavar="NAME", help=translate("cli", "the community's name"))
    add.add_argument("--platform", default="wechat", metavar="wechat|qq|wecom|...",
                     help=translate("cli", "where it gathers: wechat (default), wecom, qq, "
                                           "zhihu, weibo, douyin, discord, telegram, "
                                           "offline, other"))
    add.add_argument("--template", choices=list(TEMPLATES), default="empty",
                     help=translate("cli", "the plan to start from (default: empty)"))
    actions.add_parser(
        "list", parents=[common],
        help=translate("cli", "the communities, one a line: name, platform, members, id"))


def _add_event_exports(export_kinds, common: argparse.ArgumentParser) -> None:
    """``export attendees`` and ``export events`` (desktop/attendee_commands.py)."""
    attendees = export_kinds.add_parser(
        "attendees", parents=[common],
        help=translate("cli", "one event's attendee list (.xlsx) or printable sign-in sheet "
                              "(.pdf, A4)"))
    attendees.add_argument("--event", type=_positive_int, required=True, metavar="ID",
                           help=translate("cli", "the event's id (export events lists them)"))
    attendees.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD",
                           help=translate("cli", "which day of a repeating event"))
    attendees.add_argument("-o", "--output", type=Path, required=True, metavar="FILE",
                           help=translate("cli", "FILE.xlsx for the list, FILE.pdf for the "
                                                 "sign-in sheet"))
    attendees.add_argument("--sheet", choices=("list", "signin"), default="list",
                           help=translate("cli", "what an .xlsx holds: the attendee list "
                                                 "(default) or the sign-in sheet"))
    attendees.add_argument("--mask-personal", action="store_true",
                           help=translate("cli", "mask names (张*) and phones, mask phone "
                                                 "and ID numbers in notes, leave out ticket "
                                                 "codes (a sign-in sheet always masks phones)"))
    events = export_kinds.add_parser(
        "events", parents=[common],
        help=translate("cli", "one row per occurrence (a weekly series gives a row a week): "
                              "registrations, attendance, cost against budget (.xlsx)"))
    events.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx",
                        help=translate("cli", "the .xlsx file to write"))
    events.add_argument("--community", metavar="NAME",
                        help=translate("cli", "only this community's events"))
    events.add_argument("--from", dest="since", type=_iso_date, metavar="YYYY-MM-DD",
                        help=translate("cli", "only occurrences from this day on (default: "
                                              "the first event)"))
    events.add_argument("--to", dest="until", type=_iso_date, metavar="YYYY-MM-DD",
                        help=translate("cli", "only occurrences up to this day, included "
                                              "(default: 90 days past today or the last "
                                              "event)"))


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
