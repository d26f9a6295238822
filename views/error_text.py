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
        Code.NOT_A_DATE: translate("Errors", "not a date (2024-03-05)"),
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
        Code.PRESET_NAME_NEEDED: translate("Errors", "a preset needs a name"),
        Code.MATERIAL_NAME_NEEDED: translate("Errors", "a material needs a name"),
        Code.MUTE_END_NEEDED: translate("Errors", "a mute needs an end date"),
        Code.REMIND_AHEAD: translate("Errors", "remind at least one day ahead"),
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
    }
    return known.get(name) or member_field(name)


def message_text(message: Message, field_label: FieldLabel | None = None) -> str:
    """``message`` in the user's language; ``field_label`` names its field (default:
    ``field_name``)."""
    params: dict[str, Any] = dict(message.params)
    if "field" in params:
        params["field"] = (field_label or field_name)(str(params["field"]))
    return _format(templates()[message.code], params)


def describe(error: BaseException, field_label: FieldLabel | None = None) -> str:
    """What to tell the user about a refused value or request; any other error's own text
    (the workspace's errors are worded by ``desktop/messages.py``)."""
    return message_text(why(error), field_label)


def problem_text(problem: Any) -> str:
    """An import problem's reason (``models.imports.report.Problem``) in the user's words."""
    return message_text(problem.message)


def problem_line(problem: Any) -> str:
    """"row N, column X: reason", translated (the CLI's line for a refused row)."""
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
