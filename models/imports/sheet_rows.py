"""Rows of a member list that are not members: passed over and reported, never imported.

Real sheets carry more than people: a totals row at the end (合计 | 12人, 共 12 人, Total:
12), section headings between groups (一组, 第二组, Group B), the header repeated where a
printed page broke, notes (备注：以上为..., 制表人：王芳), and rows with a city or a date
but no one named. None of them is a member, and none is a mistake to fix either, so they
are neither imported nor counted invalid: a strict import does not refuse a file for its
totals row. Each is reported with its row and the reason, so nothing goes missing unseen.

A row that carries a contact (phone, WeChat id, email, or a roster id) is always a member
(and checked as one), whatever its name says: only rows without one are judged by the
text in their name column, so a person's row is never passed over for looking odd.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from models.core.errors import Code, Message
from models.imports.cleaning import cell_text
from models.imports.column_mapping import ALIASES, field_for_header, normalize_header

#: Fields that identify a person; a row with none of them names nobody.
IDENTIFYING = ("display_name", "nickname", "phone", "wechat_id", "email", "id")
CONTACTS = ("phone", "wechat_id", "email", "id")

#: Why a row is passed over (``views/error_text.py`` words them).
TOTALS = Message(Code.TOTALS_ROW)
HEADING = Message(Code.HEADING_ROW)
HEADER = Message(Code.HEADER_ROW)
NOTE = Message(Code.NOTE_ROW)
NOBODY = Message(Code.NOBODY_ROW)
REASONS = (TOTALS, HEADING, HEADER, NOTE, NOBODY)

_UNITS = r"(?:人|名|位|个|個|户|戶|条|條|项|項|people|persons?|members?)"
_NUMERAL = r"[一二三四五六七八九十百零〇两兩\d]+"
#: A count alone: 12, 12人, 共 12 人, 一共12名.
_COUNT = re.compile(rf"^(?:一?共计?|總?共)?\s*\d{{1,6}}\s*{_UNITS}?$", re.IGNORECASE)
_TOTAL = re.compile(
    r"^(?:合\s*计|总\s*计|小\s*计|共\s*计|累\s*计|总\s*数|总人数|人数合计|汇\s*总|合\s*計|總\s*計|"
    r"小\s*計|共\s*計|總\s*數|總人數|匯\s*總|"
    r"(?:grand\s*|sub\s*)?totals?|sum|count)(?![a-z])", re.IGNORECASE)
_HEADING = re.compile(
    rf"^(?:第\s*)?(?:{_NUMERAL}|[a-z])\s*(?:组|組|小组|小組|班|队|隊|排|区|區|部|期|批|群|栋|棟)$"
    r"|^(?:group|team|class|section|part|组|組|队|隊)\s*(?:\d+|[a-z]|[一二三四五六七八九十]+)$",
    re.IGNORECASE)
_NOTE = re.compile(
    r"^(?:备\s*注|備\s*註|注|註|注意|说明|說明|提示|附注|附註|ps|p\.s\.|n\.?b\.?|notes?|remarks?)"
    r"\s*[:：]"
    r"|^(?:以上|※|\*)"
    # a label and its text (制表人：王芳, 导出时间：...): names have no colon
    r"|^[^:：]{1,12}[:：]",
    re.IGNORECASE)
_BRACKETS = "【】[]()（）《》<>「」『』 \t"
#: Characters one of which each pattern above needs: a name without any skips the patterns.
_TRIGGERS = frozenset("0123456789０１２３４５６７８９:：※*以"
                      "计計总總汇匯组組班队隊排区區部期批群栋棟"
                      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
#: Any of the above: the one test a name must pass.
_SUSPECT = re.compile("|".join(f"(?:{p.pattern})" for p in (_COUNT, _TOTAL, _HEADING, _NOTE)),
                      re.IGNORECASE)


def not_member_check(mapping: dict[int, str], headers: Sequence[str]
                     ) -> Callable[[Sequence[Any]], tuple[int, Message, str | None] | None]:
    """For one mapping: ``check(values)`` gives ``(column, reason, text)`` for a row that is
    not a member (see the module docstring), None for a member's row. A row whose name
    looks like a name costs one pattern match: an import calls this for every row."""
    column_of = {f: i for i, f in mapping.items()}
    header_keys = {i: normalize_header(headers[i]) for i in mapping if i < len(headers)}
    name_columns = [column_of[f] for f in ("display_name", "nickname") if f in column_of]
    contact_columns = [column_of[f] for f in CONTACTS if f in column_of]
    id_column = column_of.get("id")  # a roster's member id: a number, and always a person
    mapped = sorted(mapping)

    def text(values: Sequence[Any], index: int) -> str | None:
        return cell_text(values[index]) if index < len(values) else None

    # What a repeated header's name cell may say, as is: its header, or a word for its field.
    header_names = {headers[i].strip() for i in name_columns if i < len(headers)} | {
        alias for f in ("display_name", "nickname") for alias in ALIASES[f]}

    def check(values: Sequence[Any]) -> tuple[int, Message, str | None] | None:
        for index in name_columns:
            name = _text(values[index]) if index < len(values) else None
            if name is not None:
                if len(name) <= 30 and name.lower() not in header_names and (
                        _TRIGGERS.isdisjoint(name)
                        or not _SUSPECT.match(name.strip(_BRACKETS))):
                    return None  # the common case: a name
                break
        filled = {i: t for i in mapped if (t := text(values, i)) is not None}
        first = min(filled, default=mapped[0] if mapped else 0)
        if filled and all(_is_header(t, i, mapping, header_keys) for i, t in filled.items()):
            return first, HEADER, filled[first]
        contacts = [i for i in contact_columns if i in filled]
        if any(i == id_column or not _COUNT.match(filled[i]) for i in contacts):
            return None  # a contact (a count in the phone column is not): checked as a person
        name_at = next((i for i in name_columns if i in filled), None)
        if name_at is None:
            if contacts or any(_COUNT.match(t) for t in filled.values()):
                return first, TOTALS, filled[first]  # only counts, no one named
            if not any(column_of.get(f) in filled for f in IDENTIFYING):
                return (name_columns or [first])[0], NOBODY, None  # where the name is missing
            return None
        name = filled[name_at].strip(_BRACKETS)
        if _TOTAL.match(name) or _COUNT.match(name):
            return name_at, TOTALS, filled[name_at]
        if _HEADING.match(name):
            return name_at, HEADING, filled[name_at]
        if _NOTE.match(name) or (len(name) > 30 and any(p in name for p in "。；;，")):
            return name_at, NOTE, filled[name_at]
        return None

    return check


def _text(value: object) -> str | None:
    if type(value) is str:  # every CSV cell: no conversion
        return value.strip() or None
    return cell_text(value)


def _is_header(value: str, index: int, mapping: dict[int, str],
               header_keys: dict[int, str]) -> bool:
    key = normalize_header(value)
    return key == header_keys.get(index) or field_for_header(value) == mapping[index]
