"""Words the import wizard shows for the engine's fields, policies and (English) reasons."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from exports.text_encoding import LABELS, UNKNOWN_REASON
from models.imports import sheet_rows
from models.imports.member_import import DuplicatePolicy

translate = QCoreApplication.translate


def field_label(field: str) -> str:
    return {
        "id": translate("ImportLabels", "Member id (update by id)"),
        "display_name": translate("ImportLabels", "Name"),
        "nickname": translate("ImportLabels", "Nickname"),
        "phone": translate("ImportLabels", "Mobile"),
        "wechat_id": translate("ImportLabels", "WeChat id"),
        "email": translate("ImportLabels", "Email"),
        "gender": translate("ImportLabels", "Gender"),
        "birth_year": translate("ImportLabels", "Birth year"),
        "city": translate("ImportLabels", "City"),
        "occupation": translate("ImportLabels", "Occupation"),
        "source": translate("ImportLabels", "Source"),
        "tags": translate("ImportLabels", "Tags"),
        "joined_at": translate("ImportLabels", "Joined"),
        "interests": translate("ImportLabels", "Interests"),
        "notes": translate("ImportLabels", "Notes"),
    }.get(field, field)


def policy_label(policy: DuplicatePolicy) -> str:
    return {
        DuplicatePolicy.SKIP: translate("ImportLabels", "Skip: keep the member as it is"),
        DuplicatePolicy.FILL_EMPTY: translate(
            "ImportLabels", "Update empty fields: fill in only what the member is missing"),
        DuplicatePolicy.OVERWRITE: translate(
            "ImportLabels", "Overwrite: the file's values replace the member's"),
        DuplicatePolicy.KEEP_BOTH: translate(
            "ImportLabels", "Keep both: add the row as a new member anyway"),
    }[policy]


_PATTERNS = [
    (re.compile(r"^a mobile number has 11 digits, this has (\d+)$"),
     lambda m: translate("ImportLabels", "a mobile number has 11 digits, this has {n}")
     .format(n=m[1])),
    (re.compile(r"^a birth year between 1900 and (\d+)$"),
     lambda m: translate("ImportLabels", "a birth year between 1900 and {year}")
     .format(year=m[1])),
    (re.compile(r"^no member with id (\d+) \(deleted\?\)$"),
     lambda m: translate("ImportLabels", "no member with id {id} (deleted?)").format(id=m[1])),
    (re.compile(r"^not a real date: .*$"),
     lambda m: translate("ImportLabels", "not a real date (no such day)")),
]


def reason_text(reason: str) -> str:
    """A problem's reason in the user's language (the engine words it in English)."""
    known = {
        "a member needs a name": translate("ImportLabels", "a member needs a name"),
        "a phone number has only digits (and spaces, dashes, +86)": translate(
            "ImportLabels", "a phone number has only digits (and spaces, dashes, +86)"),
        "a mobile number starts with 13-19": translate(
            "ImportLabels", "a mobile number starts with 13-19"),
        "phone saved in scientific notation (digits lost); format the column as text and"
        " save again": translate(
            "ImportLabels", "phone saved in scientific notation (digits lost); format the "
                            "column as text and save again"),
        "not an email address (name@example.com)": translate(
            "ImportLabels", "not an email address (name@example.com)"),
        "a WeChat id has no spaces": translate("ImportLabels", "a WeChat id has no spaces"),
        "a birth year is a number like 1990": translate(
            "ImportLabels", "a birth year is a number like 1990"),
        "gender is 男 or 女 (M/F)": translate("ImportLabels", "gender is 男 or 女 (M/F)"),
        "not a date (2024-03-05)": translate("ImportLabels", "not a date (2024-03-05)"),
        "an id is a whole number (from an exported roster)": translate(
            "ImportLabels", "an id is a whole number (from an exported roster)"),
        sheet_rows.TOTALS: translate("ImportLabels", "a totals row, not a member"),
        sheet_rows.HEADING: translate("ImportLabels", "a section heading, not a member"),
        sheet_rows.HEADER: translate("ImportLabels", "the header row again, not a member"),
        sheet_rows.NOTE: translate("ImportLabels", "a note, not a member"),
        sheet_rows.NOBODY: translate(
            "ImportLabels", "no name, nickname, phone, WeChat id or email: not a member"),
    }
    if reason in known:
        return known[reason]
    for pattern, make in _PATTERNS:
        match = pattern.match(reason)
        if match:
            return make(match)
    return reason


def unreadable_text(reason: str) -> str:
    """Why a file could not be read, in the user's language."""
    known = {
        "the file is empty": translate("ImportLabels", "the file is empty"),
        "not a spreadsheet or CSV file": translate("ImportLabels",
                                                   "not a spreadsheet or CSV file"),
        "a damaged zip/xlsx file": translate("ImportLabels", "a damaged zip/xlsx file"),
        "a zip file, but not a spreadsheet": translate("ImportLabels",
                                                       "a zip file, but not a spreadsheet"),
        "the workbook is password-protected": translate(
            "ImportLabels", "the workbook is password-protected; save an unprotected copy"),
        "declares XML entities (an \"XML bomb\"); refused unread": translate(
            "ImportLabels", "the file declares XML entities (an \"XML bomb\"), which a real "
                            "spreadsheet never does; refused unread"),
        "unpacks to far more than it holds (a zip bomb); refused": translate(
            "ImportLabels", "the file unpacks to far more than it holds (a zip bomb); refused"),
        "text in an encoding other than UTF-8 or GBK": translate(
            "ImportLabels", "text in an encoding other than UTF-8 or GBK"),
        UNKNOWN_REASON: translate(
            "ImportLabels", "could not tell which encoding the text is in (tried UTF-8, "
                            "UTF-16, GBK/GB18030, Big5, Shift-JIS); save it as \"CSV UTF-8\" "
                            "and try again"),
    }
    if reason in known:
        return known[reason]
    match = _NOT_VALID.match(reason)
    if match:
        named = LABELS.get(match[1], match[1])
        if match[2]:
            return translate("ImportLabels", "not valid {encoding} text near byte {byte}; "
                                             "choose another encoding").format(
                encoding=named, byte=match[2])
        return translate("ImportLabels", "not valid {encoding} text; choose another "
                                         "encoding").format(encoding=named)
    return reason


_NOT_VALID = re.compile(r"^not valid (\S+) text(?: near byte (\d+))?$")
