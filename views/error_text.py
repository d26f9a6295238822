"""Refusals and failures worded for people, in their language: the one place each
``models.core.errors.Code`` gets its words, for the window and the CLI alike.

The domain raises ``DomainError`` (``models.core.validation.Invalid`` among them) and reports
import problems with a code and its params; ``str()`` of those is English for the log. Here
each code becomes a sentence in the installed language, with the field it is about named
the way the screen names it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from models.core.errors import Code, Message, StorageError, why
from models.core.file_errors import file_message
from views.labels import member_field

translate = QCoreApplication.translate

#: Names a field for the reader (a table's column header, a form's label).
FieldLabel = Callable[[str], str]


def templates() -> dict[Code, str]:
    """Every code's sentence in the installed language (built on each call: translate()
    answers in the language installed at that moment)."""
    return {
        Code.PHONE_CHARACTERS: translate(
            "Errors", "a phone number has only digits (and spaces, dashes, +86)"),
        Code.PHONE_SCIENTIFIC: translate(
            "Errors", "phone saved in scientific notation (digits lost); format the column "
                      "as text and save again"),
        Code.PHONE_LENGTH: translate("Errors", "a mobile number has 11 digits, this has {count}"),
        Code.PHONE_PREFIX: translate("Errors", "a mobile number starts with 13-19"),
        Code.EMAIL: translate("Errors", "not an email address (name@example.com)"),
        Code.WECHAT_SPACES: translate("Errors", "a WeChat id has no spaces"),
        Code.NOT_A_DATE: translate("Errors", "\u201c{value}\u201d is not a date like 2024-03-05"),
        Code.NO_SUCH_DAY: translate("Errors", "not a real date (no such day)"),
        Code.BIRTH_YEAR_NUMBER: translate("Errors", "a birth year is a number like 1990"),
        Code.BIRTH_YEAR_RANGE: translate("Errors", "a birth year between 1900 and {year}"),
        Code.GENDER: translate("Errors", "gender is 男 or 女 (M/F)"),
        Code.NAME_NEEDED: translate("Errors", "a member needs a name"),
        Code.POINTS_ZERO: translate("Errors", "points to grant cannot be 0"),
        Code.ID_NUMBER: translate(
            "Errors", "an id is a whole number (from an exported roster)"),
        Code.NO_MEMBER_ID: translate("Errors", "no member with id {id} (deleted?)"),
        Code.TOTALS_ROW: translate("Errors", "a totals row, not a member"),
        Code.HEADING_ROW: translate("Errors", "a section heading, not a member"),
        Code.HEADER_ROW: translate("Errors", "the header row again, not a member"),
        Code.NOTE_ROW: translate("Errors", "a note, not a member"),
        Code.NOBODY_ROW: translate(
            "Errors", "no name, nickname, phone, WeChat id or email: not a member"),
        Code.WHOLE_NUMBER: translate(
            "Errors", "{field}: expected a whole number, got \u201c{value}\u201d"),
        Code.NUMBER_RANGE: translate(
            "Errors", "{field}: expected a number from {low} to {high}, got {value}"),
        Code.NUMBER: translate(
            "Errors", "{field}: expected a number, got \u201c{value}\u201d"),
        Code.DAY: translate(
            "Errors", "{field}: expected a date like 2026-12-31, got \u201c{value}\u201d"),
        Code.ONE_OF: translate(
            "Errors", "{field}: expected one of {allowed}, got \u201c{value}\u201d"),
        Code.EMPTY: translate("Errors", "{field}: cannot be empty"),
        Code.NEGATIVE: translate("Errors", "{field}: cannot be negative"),
        Code.WHOLE_NOT_NEGATIVE: translate(
            "Errors", "{field}: must be a whole number, not negative"),
        Code.COMMUNITY_NAME_NEEDED: translate("Errors", "a community needs a name"),
        Code.COMMUNITY_EXISTS: translate(
            "Errors", "a community named \u201c{name}\u201d already exists"),
        Code.TEMPLATE_NAME_NEEDED: translate("Errors", "a template needs a name"),
        Code.TEMPLATE_EXISTS: translate(
            "Errors", "a template named \u201c{name}\u201d exists already"),
        Code.SEGMENT_NAME_NEEDED: translate("Errors", "a segment needs a name"),
        Code.FIELD_NAME_NEEDED: translate("Errors", "a custom field needs a name"),
        Code.FIELD_EXISTS: translate("Errors", "a field named \u201c{name}\u201d exists already"),
        Code.FIELD_NAME_BUILT_IN: translate(
            "Errors", "\u201c{name}\u201d is a roster column already; choose another name"),
        Code.FIELD_OPTIONS_NEEDED: translate(
            "Errors", "{field}: a choice field needs at least one option"),
        Code.FIELD_OPTION_IN_USE: translate(
            "Errors", "{field}: {count} member(s) hold the option \u201c{option}\u201d; "
                      "clear it from them first"),
        Code.FIELD_TOO_MANY: translate("Errors", "a workspace holds at most {most} custom fields"),
        Code.FIELD_NUMBER: translate(
            "Errors", "{field}: expected a number, got \u201c{value}\u201d"),
        Code.FIELD_DATE: translate(
            "Errors", "{field}: expected a date like 2026-12-31, got \u201c{value}\u201d"),
        Code.FIELD_YESNO: translate(
            "Errors", "{field}: expected yes or no, got \u201c{value}\u201d"),
        Code.FIELD_OPTION: translate(
            "Errors", "{field}: \u201c{value}\u201d is not one of {allowed}"),
        Code.FIELD_ONE_OPTION: translate(
            "Errors", "{field}: one option only, got \u201c{value}\u201d"),
        Code.PRESET_NAME_TAKEN: translate(
            "Errors", "the name \u201c{name}\u201d is taken by another import's column mapping"),
        Code.PRESET_NAME_NEEDED: translate("Errors", "a preset needs a name"),
        Code.MATERIAL_NAME_NEEDED: translate("Errors", "a material needs a name"),
        Code.MUTE_END_NEEDED: translate("Errors", "a mute needs an end date"),
        Code.ROLE: translate("Errors", "not a role: expected one of {allowed}"),
        Code.ROLE_NEEDS_COMMUNITY: translate(
            "Errors", "a role column needs the community the members are imported into"),
        Code.LEFT_BEFORE_JOINED: translate(
            "Errors", "left on {left}, before joining on {joined}"),
        Code.REMIND_AHEAD: translate("Errors", "remind at least one day ahead"),
        Code.EVENT_TITLE_NEEDED: translate("Errors", "{field}: an event needs a title"),
        Code.START_OFFSET_NEEDED: translate(
            "Errors", "{field}: the start needs its time zone (a UTC offset such as +08:00)"),
        Code.END_BEFORE_START: translate("Errors", "{field}: the end is before the start"),
        Code.NOT_A_TIME: translate(
            "Errors", "{field}: not a date and time like 2026-12-31T19:30+08:00: "
                      "\u201c{value}\u201d"),
        Code.NO_EVENT: translate(
            "Errors", "event {id} is not in the workspace any more (deleted meanwhile?)"),
        Code.NOT_A_SERIES: translate("Errors", "event {id} does not repeat"),
        Code.NO_OCCURRENCE: translate("Errors", "event {id} does not happen at {start}"),
        Code.OCCURRENCE_DAY_NEEDED: translate(
            "Errors", "event {id} repeats: name one of its days (such as {days})"),
        Code.RULE_FREQUENCY: translate(
            "Errors", "repeat daily, weekly or monthly, not \u201c{value}\u201d"),
        Code.RULE_INTERVAL: translate("Errors", "repeat every 1 or more days, weeks or months"),
        Code.RULE_COUNT: translate("Errors", "a series happens at least once"),
        Code.RULE_ENDS_EARLY: translate("Errors", "a series cannot end before it starts"),
        Code.RECORD_GONE: translate(
            "Errors", "this row is not in the workspace any more (deleted meanwhile?)"),
        Code.NO_MEMBERSHIP: translate(
            "Errors", "this member is not in the community any more"),
        Code.NAME_COLUMN_NEEDED: translate(
            "Errors", "choose the column that holds the name (or the id of an exported "
                      "roster)"),
        Code.TEXT_TOO_LONG: translate("Errors", "{field}: at most {most} characters"),
        Code.AMOUNT_ONLY_PURCHASE: translate(
            "Errors", "only a purchase has an amount; {kind} is logged without one"),
        Code.FUTURE_DAY: translate(
            "Errors", "{field}: {value} has not happened yet (today is {today}); log what "
                      "happened, up to today"),
        Code.NOBODY_SELECTED: translate("Errors", "select at least one member"),
        Code.REFERRER_SELF: translate("Errors", "a member cannot be their own referrer"),
        Code.REFERRER_LOOP: translate(
            "Errors", "{referrer} was invited, directly or not, by {name} ({chain}): a "
                      "referral cannot go in a circle"),
        Code.REFERRER_UNKNOWN: translate(
            "Errors", "no member and no row of this file is \u201c{value}\u201d: the referrer "
                      "is left empty"),
        Code.SAME_CONTACT_OTHER_NAME: translate(
            "Errors", "{name} has the phone, WeChat id or email of {other}: taken as the same "
                      "person and left as is (two people: --duplicates keep_both)"),
        Code.MERGE_SELF: translate("Errors", "a member cannot be merged into itself"),
        Code.MERGE_NOT_LIVE: translate(
            "Errors", "{name} is in the trash or erased: restore them before merging"),
        Code.REFERRER_AMBIGUOUS: translate(
            "Errors", "{count} members match \u201c{value}\u201d: the referrer is left empty "
                      "(give their phone or WeChat id)"),
        Code.NO_COMMUNITY_ID: translate(
            "Errors", "the chosen community is not in the workspace any more"),
        Code.DEMO_NOT_EMPTY: translate(
            "Errors", "{path} already holds data; a demo needs an empty workspace (give "
                      "--workspace a new file name)"),
        Code.CHAT_REFUSED: translate(
            "Errors", "{count} problem(s) in the chat export; nothing was imported"),
        Code.CHAT_FILE_CHANGED: translate(
            "Errors", "the chat export changed while it was being imported; nothing was "
                      "imported (try again once the file is complete)"),
        Code.DEMO_NO_MEMBERS: translate("Errors", "a demo needs at least one member"),
        Code.FILE_EMPTY: translate("Errors", "the file is empty"),
        Code.NOT_A_TABLE: translate("Errors", "not a spreadsheet or CSV file"),
        Code.ZIP_DAMAGED: translate("Errors", "a damaged zip/xlsx file"),
        Code.ZIP_NOT_A_TABLE: translate("Errors", "a zip file, but not a spreadsheet"),
        Code.WORKBOOK_PASSWORD: translate(
            "Errors", "the workbook is password-protected; save an unprotected copy"),
        Code.XML_ENTITIES: translate(
            "Errors", "the file declares XML entities (an \"XML bomb\"), which a real "
                      "spreadsheet never does; refused unread"),
        Code.ZIP_BOMB: translate(
            "Errors", "the file unpacks to far more than it holds (a zip bomb); refused"),
        Code.ENCODING_UNKNOWN: translate(
            "Errors", "could not tell which encoding the text is in (tried UTF-8, UTF-16, "
                      "GBK/GB18030, Big5, Shift-JIS); save it as \"CSV UTF-8\" and try again"),
        Code.TEXT_NOT_VALID: translate(
            "Errors", "not valid {encoding} text; choose another encoding"),
        Code.TEXT_NOT_VALID_AT: translate(
            "Errors", "not valid {encoding} text near byte {byte}; choose another encoding"),
        Code.CSV_LINE: translate(
            "Errors", "line {line} cannot be read as CSV (a quote left open?)"),
        Code.NO_SHEET: translate(
            "Errors", "no sheet named \u201c{name}\u201d (the sheets are: {sheets})"),
        Code.WORKBOOK_UNREADABLE: translate(
            "Errors", "the workbook cannot be read (damaged, or not really a spreadsheet); "
                      "open it in Excel or WPS and save it again"),
        Code.NOT_XLSX: translate(
            "Errors", "{path} is not an .xlsx workbook (Excel 2007 or later); save it as "
                      ".xlsx and try again"),
        Code.CHART_GLYPHS_MISSING: translate(
            "Errors", "no installed font can draw {characters}: the chart would show boxes, "
                      "so it was not written; install a Chinese font (e.g. Noto Sans CJK) "
                      "and try again"),
        Code.FILE_NOT_FOUND: translate("Errors", "{path} does not exist (moved or renamed?)"),
        Code.FOLDER_NOT_FOUND: translate(
            "Errors", "cannot write {path}: the folder {folder} does not exist; choose "
                      "another folder"),
        Code.IS_A_FOLDER: translate("Errors", "{path} is a folder, not a file"),
        Code.READ_LOCKED: translate(
            "Errors", "cannot read {path}: another program has it locked, or you may not "
                      "read it; close it there and try again"),
        Code.WRITE_LOCKED: translate(
            "Errors", "cannot write {path}: it is open in another program (Excel, WPS), or "
                      "you may not write to that folder; close the file there, or choose "
                      "another name or folder, and try again"),
        Code.FOLDER_NOT_WRITABLE: translate(
            "Errors", "cannot write {path}: its folder cannot be written to ({folder}); choose "
                      "another folder, such as Documents"),
        Code.FILE_DISK_FULL: translate(
            "Errors", "cannot write {path}: the disk is full; free some space or choose "
                      "another disk"),
        Code.READ_ONLY_DISK: translate(
            "Errors", "cannot write {path}: the disk is read-only; choose another folder"),
        Code.READ_FAILED: translate(
            "Errors", "cannot read {path}; the system says: {detail}"),
        Code.WRITE_FAILED: translate(
            "Errors", "cannot write {path}; the system says: {detail}"),
        Code.CELL_WHOLE_NEEDED: translate("Errors", "a whole number is needed"),
        Code.CELL_NOT_WHOLE: translate("Errors", "\u201c{value}\u201d is not a whole number"),
        Code.CELL_NEGATIVE: translate("Errors", "cannot be negative"),
        Code.CELL_YUAN_NEEDED: translate("Errors", "an amount in yuan is needed"),
        Code.CELL_NOT_YUAN: translate("Errors", "\u201c{value}\u201d is not an amount in yuan"),
        Code.CELL_FEN_FRACTION: translate(
            "Errors", "\u201c{value}\u201d has fractions of a fen"),
        Code.CELL_NOT_DAY: translate(
            "Errors", "\u201c{value}\u201d is not a date like 2026-12-05"),
        Code.CELL_NOT_ONE_OF: translate(
            "Errors", "\u201c{value}\u201d is not one of {allowed}"),
        Code.CHECKLIST_SHEET_MISSING: translate(
            "Errors", "no checklist sheet found (a sheet with the columns ID and 名称, as "
                      "Qunzhu exports it)"),
        Code.CHECKLIST_UNKNOWN: translate(
            "Errors", "this sheet belongs to no checklist in the workspace"),
        Code.NO_ITEM: translate("Errors", "no item {id} in checklist \u201c{checklist}\u201d"),
        Code.ITEM_TWICE: translate("Errors", "item {id} appears twice"),
        Code.ITEM_NAME_NEEDED: translate("Errors", "a name is needed"),
        Code.STATUS_NEEDED: translate("Errors", "empty; one of {allowed} is needed"),
        Code.SUPPLIER_NO_HEADER: translate(
            "Errors", "no header row with an item name (名称/品名) in the first 20 rows"),
        Code.CHAT_NOT_RECOGNISED: translate(
            "Errors", "not a chat export Qunzhu reads (it reads: {formats}); choose the "
                      "format by hand, or map the columns of a sheet"),
        Code.CHAT_LOOKS_LIKE: translate(
            "Errors", "this is not a {format} export; it looks like {found}"),
        Code.CHAT_BAD_HEADER: translate(
            "Errors", "line {line}: the export's header is not as expected"),
        Code.CHAT_BAD_TIME: translate("Errors", "line {line}: not a time: \u201c{value}\u201d"),
        Code.CHAT_TRUNCATED: translate(
            "Errors", "the file ends in the middle, at line {line}: it was cut short "
                      "(copied before the export finished?); export it again"),
        Code.CHAT_MISSING_COLUMNS: translate(
            "Errors", "no column for {columns}; choose the columns by hand"),
        Code.CHAT_BAD_JSON: translate(
            "Errors", "line {line} (byte {byte}): not valid JSON (the file is damaged); export it "
                      "again"),
        Code.CHAT_NO_MESSAGES: translate("Errors", "the file holds no message list"),
        Code.CHAT_WHICH_CHAT: translate(
            "Errors", "this export holds several chats ({chats}); export the one group on "
                      "its own (in the group: \u22ee > Export chat history)"),
        Code.CHAT_NO_TIME: translate("Errors", "row {line}: no time in column {column}"),
        Code.CHAT_NO_PERSON: translate("Errors", "row {line}: nobody named in column {column}"),
        Code.CHAT_NO_SENDER: translate("Errors", "line {line}: a message without a sender"),
        Code.CHAT_BAD_ROW: translate(
            "Errors", "line {line}: {count} cells where the export has {expected}"),
        Code.CHAT_BAD_USER_ID: translate(
            "Errors", "line {line}: \u201c{value}\u201d is not a user id (the file is damaged?)"),
        Code.CHAT_BAD_TEXT: translate(
            "Errors", "line {line} is not valid {encoding} text (damaged bytes)"),
        Code.ORDER_NUMBER_DIGITS: translate(
            "Errors", "an order number saved as a number lost its last digits; format the "
                      "column as text and export again"),
        Code.ORDER_NUMBER_NEEDED: translate("Errors", "a row with order data but no order number"),
        Code.ORDER_TIME_NEEDED: translate("Errors", "a paid order needs a time (paid or ordered)"),
        Code.ORDER_AMOUNT_NEEDED: translate("Errors", "a paid order needs an amount"),
        Code.ORDER_COLUMN_NEEDED: translate("Errors", "no column for the {field} (map one)"),
        Code.ORDER_REFUND_UNLINKED: translate(
            "Errors", "a refund of order {number}, which is neither in this file nor imported "
                      "before: import the export holding that order first, then this file"),
        Code.ORDER_TWO_BUYERS: translate(
            "Errors", "order {number} is in row {row} too, for another buyer ({first}); one "
                      "order number is one buyer's order: correct the number or the buyer"),
        Code.RULE_KIND_NEEDED: translate("Errors", "a points rule needs a kind of activity"),
        Code.RULE_PER_YUAN: translate("Errors", "the amount per points must be more than ¥0"),
        Code.RULE_DAILY_CAP: translate("Errors", "a daily cap must be 1 or more"),
        Code.RULE_EXISTS: translate(
            "Errors", "this community already has a rule for \u201c{kind}\u201d"),
        Code.HONOUR_NAME_NEEDED: translate("Errors", "an honour needs a name"),
        Code.HONOUR_METRIC: translate(
            "Errors", "not a measure an honour can use: \u201c{value}\u201d"),
        Code.HONOUR_THRESHOLD: translate("Errors", "a threshold must be 1 or more"),
        Code.HONOUR_EXISTS: translate(
            "Errors", "an honour named \u201c{name}\u201d exists already here"),
        Code.NEXT_CONTACT_BEFORE: translate(
            "Errors", "{field}: {next} is before the contact itself ({at})"),
        Code.OTHER: "{detail}",  # worded only in English where it was raised
    }


def field_name(name: str) -> str:
    """A field of a plan row, a material, an event or a member, as people call it."""
    known = {
        "title": translate("Errors", "Title"),
        "metric": translate("Errors", "Measured by"),
        "baseline": translate("Errors", "Baseline"),
        "target": translate("Errors", "Target"),
        "manual_value": translate("Errors", "Manual value"),
        "starts_on": translate("Errors", "Starts"),
        "due_on": translate("Errors", "Due"),
        "likelihood": translate("Errors", "Likelihood"),
        "impact": translate("Errors", "Impact"),
        "urgency": translate("Errors", "Urgency"),
        "importance": translate("Errors", "Importance"),
        "step": translate("Errors", "Stage"),
        "threshold": translate("Errors", "Threshold"),
        "window_days": translate("Errors", "Window (days)"),
        "mute_days": translate("Errors", "Mute (days)"),
        "category": translate("Errors", "Category"),
        "status": translate("Errors", "Status"),
        "kind": translate("Errors", "Kind"),
        "note": translate("Errors", "Note"),
        "occurred_at": translate("Errors", "Date"),
        "action": translate("Errors", "Action"),
        "counted": translate("Errors", "Counted as"),
        "role": translate("Errors", "Role"),
        "description": translate("Errors", "Description"),
        "text": translate("Errors", "Text"),
        "unit_price": translate("Errors", "Unit price"),
        "on_hand": translate("Errors", "On hand"),
        "new_members": translate("Errors", "New members"),
        "conversions": translate("Errors", "Conversions"),
        "revenue": translate("Errors", "Revenue"),
        "actual_cost": translate("Errors", "Actual cost"),
        "starts_at": translate("Errors", "Start"),
        "ends_at": translate("Errors", "End"),
        "capacity": translate("Errors", "Capacity"),
        "budget": translate("Errors", "Budget"),
        "expected_attendance": translate("Errors", "Expected attendance"),
        "expected_new_members": translate("Errors", "Expected new members"),
        "order_no": translate("Errors", "order number"),
        "amount": translate("Errors", "amount paid"),
        "at": translate("Errors", "Contacted"),
        "channel": translate("Errors", "Channel"),
        "next_on": translate("Errors", "Next contact"),
    }
    return known.get(name) or member_field(name)


def message_text(message: Message, field_label: FieldLabel | None = None) -> str:
    """``message`` in the user's language; ``field_label`` names its field (default:
    ``field_name``)."""
    params: dict[str, Any] = dict(message.params)
    if "field" in params:
        params["field"] = (field_label or field_name)(str(params["field"]))
    if message.code is Code.CHAT_MISSING_COLUMNS and "columns" in params:
        params["columns"] = _chat_roles(str(params["columns"]))
    if message.code is Code.CHAT_NO_MESSAGES:
        return _no_messages(str(params.get("format") or ""))
    return _format(templates()[message.code], params)


def _no_messages(fmt: str) -> str:
    """A chat export holding no messages, and how to export the history with them, in the
    words of the tool that wrote it (``fmt``: the reader's format name)."""
    if fmt.startswith("telegram"):
        return translate("Errors", "the file holds no messages; in Telegram Desktop, open the "
                                   "group, choose Export chat history from its menu, and pick "
                                   "Machine-readable JSON as the format")
    if fmt.startswith("qq"):
        return translate("Errors", "the file holds no messages; in QQ's message manager "
                                   "(消息管理器), choose the group and export its messages "
                                   "(导出消息记录) as .txt over a period when it had some")
    if fmt.startswith("discord"):
        return translate("Errors", "the file holds no messages; export the channel again with "
                                   "DiscordChatExporter over a period when it had some")
    return translate("Errors", "the file holds no messages; export the chat's history again, "
                               "with its messages (not only its header)")


def _chat_roles(columns: str) -> str:
    """The columns a chat sheet lacks, as people call them: the reader names its roles
    (``time``, ``person``) or, for a WeChat exporter's file, the headers it looks for."""
    roles = {"time": translate("Errors", "the time"),
             "person": translate("Errors", "the person (name, nickname, WeChat id, phone or "
                                           "QQ)")}
    words = [roles.get(c.strip(), c.strip()) for c in columns.split(", ") if c.strip()]
    text = words[0] if words else columns
    for word in words[1:]:
        text = translate("Errors", "{first}, {then}").format(first=text, then=word)
    return text


def describe(error: BaseException, field_label: FieldLabel | None = None) -> str:
    """What to tell the user about a refused value or request; any other error's own text
    (the workspace's errors are worded by ``desktop/messages.py``)."""
    return message_text(why(error), field_label)


def file_problem(error: BaseException, path: Path | str | None = None, *,
                 writing: bool = False) -> str:
    """What went wrong with ``path`` (a file being read, or written when ``writing``), in
    the user's words: the operating system's refusal (locked by Excel or WPS, no permission,
    disk full, no such folder) named with the file and what to do; a refused value or an
    unreadable file's reason otherwise."""
    if isinstance(error, OSError):
        return message_text(file_message(error, path, writing=writing))
    return describe(error)


def describe_failure(error: BaseException, workspace: Path) -> str:
    """What to tell the user about ``error`` from work on ``workspace``: the disk's refusal,
    a file that cannot be read or a refused value in their words, else the error's text."""
    from models.store.recovery import storage_error
    from views.storage_text import describe_storage_error

    found = storage_error(error, workspace)
    if found is not None:
        return describe_storage_error(found)
    if isinstance(error, OSError):
        return file_problem(error)
    return describe(error)


def problem_text(problem: Any) -> str:
    """An import problem's reason (``models.imports.report.Problem``) in the user's words."""
    return message_text(problem.message)


def problem_line(problem: Any) -> str:
    """"row N, column X: reason", translated (the CLI's line for a refused row); "row N:
    reason" for a problem of a whole row (its column ``-``)."""
    if problem.column == "-":
        return translate("Errors", "row {row}: {reason}").format(
            row=problem.row, reason=problem_text(problem))
    return translate("Errors", "row {row}, column {column}: {reason}").format(
        row=problem.row, column=problem.column, reason=problem_text(problem))


def unexpected_summary(error: BaseException, workspace: Path | None = None) -> str:
    """The dialog's sentence for an exception nothing caught: the disk's refusal (about
    ``workspace``, the file the window has open) or a refused value in the user's words when
    it is one, else a plain "something went wrong"."""
    from models.store.recovery import storage_error
    from views.storage_text import describe_storage_error

    found = storage_error(error, workspace) if workspace is not None \
        else error if isinstance(error, StorageError) else None
    if found is not None:
        return describe_storage_error(found)
    if isinstance(getattr(error, "message", None), Message):
        return describe(error)
    return translate(
        "Errors", "Something went wrong, and what you were doing did not finish. You can "
                  "keep working; if it happens again, copy the details and send them to "
                  "whoever helps you with Qunzhu.")


def _format(template: str, params: Mapping[str, Any]) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation naming a param that is not
        return template                          # there must not turn a message into a crash
