"""An import's validation report as a workbook: one row per problem (row, column, reason,
the value as read), so a colleague can fix the source file line by line."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from exports.xlsx import write_xlsx
from exports.xlsx_spec import Column, Kind, Sheet, WriteSummary
from models.imports.member_import import FieldChange, Problem

HEADERS = ("行", "列", "原因", "读到的值")
CHANGE_HEADERS = ("行", "ID", "成员", "字段", "原值", "新值")


def write_report(path: Path | str, problems: Sequence[Problem],
                 changes: Sequence[FieldChange] = (), *,
                 headers: Sequence[str] = HEADERS, change_headers: Sequence[str] = CHANGE_HEADERS,
                 reason: Callable[[Problem], str] | None = None,
                 field: Callable[[str], str] = str,
                 titles: tuple[str, str] = ("问题", "将更改")) -> WriteSummary:
    """``reason`` words a problem for the reader (default: its English ``reason``),
    ``field`` a field's name."""
    reason = reason or _english
    sheets = [Sheet(titles[0], [Column(headers[0], Kind.INT), Column(headers[1]),
                                Column(headers[2]), Column(headers[3])],
                    ((p.row, p.column, reason(p),
                      None if p.value is None else str(p.value)) for p in problems),
                    row_count=len(problems))]
    if changes:
        sheets.append(Sheet(titles[1], [Column(change_headers[0], Kind.INT),
                                        Column(change_headers[1], Kind.ID),
                                        *(Column(h) for h in change_headers[2:])],
                            ((c.row, c.member_id, c.display_name, field(c.field),
                              _text(c.old), _text(c.new)) for c in changes),
                            row_count=len(changes)))
    return write_xlsx(path, sheets)


def _english(problem: Problem) -> str:
    return problem.reason


def _text(value: object) -> str | None:
    return None if value is None else str(value)
