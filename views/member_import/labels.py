"""Words the import wizard shows for the engine's fields and policies, and for why a file
cannot be read (a row's problems are worded by ``views/error_text.py``)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from exports.text_encoding import LABELS, UNKNOWN_REASON
from models.imports.member_import import DuplicatePolicy

translate = QCoreApplication.translate


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
