"""Cleaning one imported row: each mapped cell through its field's cleaner.

Cells arrive as readers give them (CSV text; numbers, dates and text from workbooks). Text
cells take a fast path; values that repeat down a column (cities, sources, dates, tags,
gender) are cleaned once per distinct text. Every cleaner raises ``Invalid`` with a reason;
nothing is stored half-right.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from models.core.errors import Code, Message, why
from models.core.validation import Invalid, clean_datetime, split_tags
from models.core.vocab import Role
from models.imports.column_mapping import FIELDS
from models.members.records import EDITABLE


def cell_text(value: object) -> str | None:
    """A cell as text: 12345.0 from a number cell is 12345; dates as ISO."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    elif hasattr(value, "isoformat"):
        value = value.isoformat()
    text = str(value).strip()
    return text or None


def _unwrapped(text: str) -> str:
    """``="13800138000"`` as ``13800138000``: how exporters keep Excel from turning a long
    number into 1.38E+10 (the order import reads it the same way)."""
    return text[2:-1].strip() if text[:2] == '="' and text[-1:] == '"' else text


def _text(raw: object) -> str | None:
    if type(raw) is str:  # the common case (every CSV cell): no conversions
        return _unwrapped(raw.strip()) or None
    return cell_text(raw)


def _phone(raw: object) -> object:
    return EDITABLE["phone"](_unwrapped(raw.strip()) if type(raw) is str else raw)


@lru_cache(maxsize=65_536)
def _cached(cleaner: Callable[[object], object], text: str) -> object:
    """Cities, sources, dates and tags repeat down a column: clean each text once.
    (Exceptions are not cached; a bad value is checked again, and reported again.)"""
    return cleaner(text)


def _repeating(cleaner: Callable[[object], object]) -> Callable[[object], object]:
    def clean(raw: object) -> object:
        if type(raw) is str:
            return _cached(cleaner, raw)
        return cleaner(raw)

    return clean


def _clean_id(raw: object) -> int | None:
    text = cell_text(raw)
    if text is not None and not text.isdigit():
        raise Invalid(Code.ID_NUMBER, raw)
    return int(text) if text else None


#: Role words other tools write, beside ``Role``'s own (traditional script, English, and
#: the words of WeChat (群管理员) and group-member tools (群成员, 普通成员)).
_ROLE_WORDS = {"管理員": Role.ADMIN, "成員": Role.MEMBER, "核心成員": Role.CORE,
               "部落首領": Role.CHIEF, "owner": Role.OWNER, "admin": Role.ADMIN,
               "administrator": Role.ADMIN, "moderator": Role.ADMIN, "core": Role.CORE,
               "kol": Role.KOL, "chief": Role.CHIEF, "member": Role.MEMBER,
               "群管理员": Role.ADMIN, "群管理員": Role.ADMIN, "群管理": Role.ADMIN,
               "管理": Role.ADMIN, "群成员": Role.MEMBER, "群成員": Role.MEMBER,
               "普通成员": Role.MEMBER, "普通成員": Role.MEMBER, "群员": Role.MEMBER,
               "群員": Role.MEMBER}


def _clean_role(raw: object) -> str | None:
    """A role of the community, or None for an empty cell (the membership's role stays)."""
    text = cell_text(raw)
    if text is None:
        return None
    text = unicodedata.normalize("NFKC", text).strip()
    found = _ROLE_WORDS.get(text) or _ROLE_WORDS.get(text.lower())
    if found is not None:
        return found.value
    try:
        return Role(text).value
    except ValueError:
        raise Invalid(Code.ROLE, raw, allowed="、".join(r.value for r in Role)) from None


def _clean_tags(raw: object) -> tuple[str, ...]:
    return tuple(split_tags(cell_text(raw)))


def _as_text_then(cleaner: Callable[[object], object]) -> Callable[[object], object]:
    return lambda raw: cleaner(_text(raw))


#: The cleaner of each field, for one raw cell (raises ``Invalid``).
CLEANERS: dict[str, Callable[[object], object]] = {
    **{name: _as_text_then(EDITABLE[name]) for name in FIELDS if name in EDITABLE},
    "display_name": _text, "nickname": _text, "notes": _text, "occupation": _text,
    "interests": _text, "referrer": _text,
    "city": _repeating(_text), "source": _repeating(_text),
    "phone": _phone,
    "gender": _repeating(EDITABLE["gender"]),
    "birth_year": _repeating(EDITABLE["birth_year"]),
    "joined_at": _repeating(clean_datetime),
    "tags": _repeating(_clean_tags),
    "id": _clean_id,
    "role": _repeating(_clean_role),
}


def clean_row(values: Sequence[Any], mapping: dict[int, str]
              ) -> tuple[dict[str, Any], list[str] | None, list[tuple[int, Message, object]]]:
    """(fields, tags or None when unmapped, problems as (column, why, value))."""
    return row_cleaner(mapping)(values)


RowCleaner = Callable[[Sequence[Any]],
                      tuple[dict[str, Any], list[str] | None, list[tuple[int, Message, object]]]]


def row_cleaner(mapping: dict[int, str],
               extra: Mapping[str, Callable[[object], object]] | None = None) -> RowCleaner:
    """``clean_row`` for one mapping, its cleaners looked up once (an import calls it per
    row). ``extra``: cleaners of the import's own fields (custom fields: ``field:<id>``)."""
    plan = [(index, name, (extra or {}).get(name) or CLEANERS[name])
            for index, name in mapping.items()]

    def clean(values: Sequence[Any]
              ) -> tuple[dict[str, Any], list[str] | None, list[tuple[int, Message, object]]]:
        record: dict[str, Any] = {}
        problems: list[tuple[int, Message, object]] = []
        width = len(values)
        for index, name, cleaner in plan:
            raw = values[index] if index < width else None
            try:
                record[name] = cleaner(raw)
            except (Invalid, ValueError) as error:
                problems.append((index, why(error), raw))
        tags = record.pop("tags", None)
        return record, (list(tags) if tags is not None else None), problems

    return clean


def is_blank(values: Sequence[Any], columns: Sequence[int]) -> bool:
    """Whether every one of ``columns`` is empty in the row (``cell_text`` is None)."""
    width = len(values)
    for index in columns:
        if index < width:
            value = values[index]
            if type(value) is str:
                if value and not value.isspace():
                    return False
            elif value is not None and cell_text(value) is not None:
                return False
    return True
