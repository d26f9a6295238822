"""One value into one spreadsheet cell, safely: text stays text, numbers and dates become real
numbers and dates in the column's format.

A string starting with ``=``, ``+``, ``-``, ``@``, tab or CR (or one that looks like an
error code such as ``#N/A``) gets data type ``"s"`` after its value is assigned, because
openpyxl would otherwise turn ``=...`` into a formula (formula injection). Characters XML
cannot hold are dropped rather than failing the export.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from exports.xlsx_spec import NUMBER_FORMATS, Column, Kind

#: First characters that make a spreadsheet treat text as a formula (formula injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Text Excel would show as an error value rather than as text.
ERROR_CODES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))
#: XML 1.0 cannot hold these control characters (openpyxl refuses them).
ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")
NEEDS_CARE = re.compile(r"^[=+\-@\t\r]|[\000-\010\013\014\016-\037]")


def display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: wide (CJK, full-width) characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


class CellWriter:
    """Turns one column's values into cells: one styled cell object reused row after row
    (openpyxl writes each row as it is appended), plain values where no style is needed."""

    def __init__(self, ws: Any, column: Column, make_cell: Callable[..., Any]) -> None:
        from openpyxl.styles import Alignment

        self.kind = column.kind
        self.convert = _CONVERTERS.get(column.kind)
        number_format = NUMBER_FORMATS.get(column.kind)
        self.styled = None
        if number_format or column.wrap:
            self.styled = make_cell(ws)
            if number_format:
                self.styled.number_format = number_format
            if column.wrap:
                self.styled.alignment = Alignment(wrap_text=True, vertical="top")
        self.ws, self.make_cell = ws, make_cell

    def formula(self, text: str) -> Any:
        """A formula we wrote (never user text), in the column's style."""
        cell = self.make_cell(self.ws, text)
        if self.styled is not None:
            cell._style = self.styled._style
        return cell

    def cell(self, value: Any) -> Any:
        if value is None or value == "":
            return None
        if self.convert is not None:
            value = self.convert(value)
        if type(value) is str:
            if ILLEGAL.search(value):
                value = ILLEGAL.sub("", value)
            if len(value) > 32767:
                value = value[:32767]
            if value.startswith(FORMULA_STARTS) or value in ERROR_CODES:
                cell = self.make_cell(self.ws, value)
                if self.styled is not None:
                    cell._style = self.styled._style
                cell.data_type = "s"  # after the value: openpyxl made it a formula
                return cell
        if self.styled is None:
            return value
        self.styled.value = value
        if self.styled.data_type != "s" and type(value) is str:
            self.styled.data_type = "s"
        return self.styled


def plain_text(value: object) -> str:
    """``value`` as text XML can hold (control characters dropped)."""
    return ILLEGAL.sub("", str(value))


def _to_date(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return value  # not a date: kept as the text it is
    return value


def _to_datetime(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)  # Excel has no zones: the wall time as stored
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value).replace(tzinfo=None)
        except ValueError:
            return value
    return value


def _fen_to_yuan(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        return value / 100
    return value


def _to_text(value: Any) -> Any:
    return value if isinstance(value, str) else str(value)


_CONVERTERS: dict[Kind, Callable[[Any], Any]] = {
    Kind.DATE: _to_date,
    Kind.DATETIME: _to_datetime,
    Kind.MONEY_FEN: _fen_to_yuan,
    Kind.PHONE: _to_text,
}
