"""A custom field's value from what people type or import, and back to text.

A field (``FieldDef``) has a kind: text, number, date, choice (one option), choices
(several), yesno. ``parse`` turns one raw value (a form's text, a spreadsheet cell) into the
values stored for it, one per row of ``member_fields`` (format 16): a number as a number
(``1,280``, ``１２８０``, ``1 280``, ``¥1,280`` and ``1,280元`` are 1280), a date as
``YYYY-MM-DD`` (whatever the member import reads as a date: ``2026/3/5``, ``2026年3月5日``,
an Excel serial), yes/no as 1/0, an option in its defined spelling (matched ignoring case
and full/half width), several options split on ``，,、;；/``. Empty is no value. Anything
else raises ``Invalid`` naming the field (``field``) and the reason, and nothing is stored.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from models.core.errors import Code
from models.core.validation import Invalid, clean_date


class Kind(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    CHOICE = "choice"
    CHOICES = "choices"
    YESNO = "yesno"


#: Kinds whose values are one of the field's options.
OPTION_KINDS = (Kind.CHOICE, Kind.CHOICES)
#: The longest text value (a note belongs in the notes).
TEXT_MOST = 500
#: Several options in one cell are split on these (after NFKC: ，→, ；→;).
OPTION_SEPARATORS = re.compile(r"\s*[,、;/\n]\s*")
#: A sign and a currency around a number (after NFKC and without spaces): ``-¥20``,
#: ``1280元``, ``RMB88``; the number is group 1 with its sign.
_MONEY = re.compile(r"^([+-]?)(?:¥|rmb|cny)(?=[\d.])|(?<=[\d.])(?:元|rmb|cny)$", re.IGNORECASE)
_YES = {"是", "yes", "y", "1", "✓", "✔", "√", "true", "t", "对", "有", "on"}
_NO = {"否", "no", "n", "0", "✗", "✘", "×", "x", "false", "f", "不是", "错", "无", "没有", "off"}


@dataclass(frozen=True)
class FieldDef:
    """A custom field as defined in the workspace."""

    id: int
    name: str
    kind: Kind
    options: tuple[str, ...] = ()
    position: int = 0


def fold(text: str) -> str:
    """Text compared ignoring case and full/half width (``ＸＬ`` = ``xl``)."""
    return unicodedata.normalize("NFKC", text).strip().casefold()


def _text_of(raw: object) -> str | None:
    if raw is None:
        return None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = str(raw).strip()
    return text or None


def parse(field: FieldDef, raw: object) -> list[object]:
    """The values stored for ``raw`` (empty list: no value). Raises ``Invalid``."""
    if isinstance(raw, (list, tuple)):  # several options picked in a form
        found: list[object] = []
        for item in raw:
            found += [v for v in parse(field, item) if v not in found]
        if field.kind is not Kind.CHOICES and len(found) > 1:
            raise Invalid(Code.FIELD_ONE_OPTION, raw, field=field.name, value=str(raw))
        return found
    if field.kind is Kind.NUMBER:
        number = parse_number(field, raw)
        return [] if number is None else [number]
    if field.kind is Kind.DATE:
        return _date(field, raw)
    if field.kind is Kind.YESNO:
        return _yesno(field, raw)
    text = _text_of(raw)
    if text is None:
        return []
    if field.kind is Kind.TEXT:
        if len(text) > TEXT_MOST:
            raise Invalid(Code.TEXT_TOO_LONG, raw, field=field.name, most=TEXT_MOST)
        return [text]
    return _options(field, text, raw)


def parse_number(field: FieldDef, raw: object) -> int | float | None:
    """A number from a cell or text: 千分位 (``1,280``), full-width digits, spaces."""
    if isinstance(raw, bool):
        raise Invalid(Code.FIELD_NUMBER, raw, field=field.name, value=str(raw))
    if isinstance(raw, (int, float)):
        number: float = raw
    else:
        text = _text_of(raw)
        if text is None:
            return None
        plain = re.sub(r"[\s,_]", "", unicodedata.normalize("NFKC", text))
        plain = _MONEY.sub(r"\1", plain)  # ¥1,280, 1,280元: money in a number field
        if not re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", plain):
            raise Invalid(Code.FIELD_NUMBER, raw, field=field.name, value=text)
        number = float(plain)
    if not math.isfinite(number):
        raise Invalid(Code.FIELD_NUMBER, raw, field=field.name, value=str(raw))
    return int(number) if float(number).is_integer() and abs(number) < 2 ** 53 else number


def _date(field: FieldDef, raw: object) -> list[object]:
    try:
        day = clean_date(raw)
    except Invalid:
        raise Invalid(Code.FIELD_DATE, raw, field=field.name, value=str(raw)) from None
    return [] if day is None else [day]


def _yesno(field: FieldDef, raw: object) -> list[object]:
    if isinstance(raw, bool):
        return [int(raw)]
    text = _text_of(raw)
    if text is None:
        return []
    key = fold(text)
    if key in _YES:
        return [1]
    if key in _NO:
        return [0]
    raise Invalid(Code.FIELD_YESNO, raw, field=field.name, value=text)


def _options(field: FieldDef, text: str, raw: object) -> list[object]:
    by_fold = {fold(option): option for option in field.options}
    whole = by_fold.get(fold(text))
    if whole is not None:  # an option may itself hold a separator ("S/M")
        return [whole]
    parts = [p for p in OPTION_SEPARATORS.split(unicodedata.normalize("NFKC", text)) if p]
    found: list[object] = []
    for part in parts:
        option = by_fold.get(fold(part))
        if option is None:
            raise Invalid(Code.FIELD_OPTION, raw, field=field.name, value=part,
                          allowed="、".join(field.options))
        if option not in found:
            found.append(option)
    if field.kind is Kind.CHOICE and len(found) > 1:
        raise Invalid(Code.FIELD_ONE_OPTION, raw, field=field.name, value=text)
    return found


def as_text(field: FieldDef, values: list[object], yes: str = "是", no: str = "否") -> str:
    """The values as one cell's text (an export, a roster column): numbers with 千分位
    only when they are big enough to need them, options joined with 、."""
    if not values:
        return ""
    if field.kind is Kind.YESNO:
        return yes if values[0] else no
    if field.kind is Kind.NUMBER:
        return "、".join(number_text(v) for v in values)
    return "、".join(str(v) for v in values)


def number_text(value: object) -> str:
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return f"{int(value):,}"
    if isinstance(value, float):
        return f"{value:,.10g}" if abs(value) < 1e15 else repr(value)
    return str(value)
