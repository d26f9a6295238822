"""What ``qunzhu import members`` says beyond its counts: the columns it did not import, a
file whose columns cannot tell members apart, a file with no column for the name, and how
to fill in members that were already there; how the 邀请人 column went.

The window's import wizard shows every column with what it maps to; the CLI maps by the
headers alone, so a column whose header names no member field and no custom field (会员等级,
孩子年龄（岁） for a field named 孩子年龄) would be dropped without a word. This names
them, once, after the summary: the operator can rename the column, define the field, or
save a mapping in the wizard and pass ``--preset``.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def left_out(headers: Sequence[Any], mapping: Mapping[int, str]) -> list[str]:
    """The headers of the columns ``mapping`` does not import (blank headers are no
    column anyone wrote)."""
    return [text for index, header in enumerate(headers)
            if index not in mapping and (text := "" if header is None else str(header).strip())]


#: The columns that tell a member from another (besides the roster's own id column).
_KEYS = ("phone", "wechat_id", "email", "id")


def print_left_out(path: Path, headers: Sequence[Any], mapping: Mapping[int, str]) -> None:
    """The columns left out, and a warning when none tells members apart: such a file's
    members are new on every import (the import matches by phone, WeChat id or email)."""
    columns = left_out(headers, mapping)
    if columns:
        print(translate("cli", "{path}: column(s) not imported (no member field or custom "
                               "field has that name): {columns}").format(
            path=path, columns=", ".join(columns)), file=sys.stderr)
    if not any(key in mapping.values() for key in _KEYS):
        print(translate("cli", "{path}: no column for a phone, WeChat id or email: importing "
                               "this file again adds its members again").format(path=path),
              file=sys.stderr)


def print_no_name_column(path: Path, source: Any) -> None:
    """The refusal of a file (``exports.member_file.MemberFile``) with no name column: the
    headers found, and a workbook's sheets (templates from WPS and Excel often open with a
    填写说明 sheet before the list)."""
    print(translate("cli", "qunzhu: {path}: no column for the name; headers found "
                           "in row {row}: {headers}").format(
        path=path, row=source.header_row,
        headers=", ".join(h for h in source.headers if h) or "-"), file=sys.stderr)
    sheets = list(source.table.sheets)
    if len(sheets) > 1:
        print(translate("cli", "qunzhu: the workbook's sheets are: {sheets}; choose one with "
                               "--sheet NAME").format(sheets=", ".join(sheets)),
              file=sys.stderr)


def print_skipped(path: Path, result: Any) -> None:
    """After rows matched members already there and were left as they were (the default):
    each row of another name (``ImportResult.other_names``: a sibling sharing a phone), and
    how to have them filled in, or replaced (a list imported again with a new column, such
    as 邀请人, changed nothing and said only "skipped")."""
    from views.error_text import problem_line

    for problem in result.other_names:
        print(f"{path}: {problem_line(problem)}", file=sys.stderr)
    skipped = result.skipped
    if skipped:
        print(translate("cli", "{count:,} row(s) are members already there, their details "
                               "left as they were: --duplicates fill_empty fills in what "
                               "they lack, --duplicates overwrite replaces it").format(
            count=skipped))


def print_referrers(set_count: int, warned: int) -> None:
    """How many 邀请人 cells set a referrer, and how many did not (each listed above on
    stderr, with its row)."""
    if warned:
        print(translate("cli", "Referrers (邀请人): {set:,} set, {warned:,} left empty (listed "
                               "above).").format(set=set_count, warned=warned))
    elif set_count:
        print(translate("cli", "Referrers (邀请人): {set:,} set.").format(set=set_count))
