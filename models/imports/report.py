"""What a member import is told and what it reports: options, problems (row, column,
reason), field-by-field changes and the totals. The engine is ``models/imports/member_import.py``;
the wizard, the CLI and the xlsx report read these."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from models.core.changes import Change
from models.core.errors import Code, Message


class DuplicatePolicy(StrEnum):
    SKIP = "skip"  # keep the member as it is
    FILL_EMPTY = "fill_empty"  # fill the member's empty fields from the row
    OVERWRITE = "overwrite"  # the row's non-empty values replace the member's
    KEEP_BOTH = "keep_both"  # add the row as a new member anyway


@dataclass(frozen=True)
class ImportOptions:
    mapping: dict[int, str]  # column index -> field
    headers: Sequence[str] = ()  # for naming columns in problems
    policy: DuplicatePolicy = DuplicatePolicy.SKIP
    community_id: int | None = None
    skip_invalid: bool = False
    bulk: bool | None = None  # None: by the number of rows
    parallel: bool | None = None  # pinyin in a helper process; None: for big bulk imports


@dataclass(frozen=True)
class Problem:
    row: int  # as the spreadsheet numbers it
    column: str  # the column's header (or its letter)
    reason: str  # English, for logs; views word ``message`` in the user's language
    value: object = None
    code: Code = Code.OTHER
    params: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, row: int, column: str, message: Message, value: object = None) -> Problem:
        return cls(row, column, str(message), value, message.code, message.params)

    @property
    def message(self) -> Message:
        if self.code is Code.OTHER and not self.params:
            return Message(Code.OTHER, {"detail": self.reason})
        return Message(self.code, self.params)

    def line(self) -> str:
        return f"row {self.row}, column {self.column}: {self.reason}"


@dataclass(frozen=True)
class FieldChange:
    row: int
    member_id: int
    display_name: str
    field: str
    old: object
    new: object


@dataclass
class ImportResult:
    rows: int = 0  # member rows read (not the blank ones, nor ``passed_over``)
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0  # duplicates left alone
    rejected: int = 0  # invalid rows
    #: Rows that are not members (totals, headings, notes; ``models/imports/sheet_rows.py``):
    #: reported, not imported, not invalid; not counted in ``rows``.
    passed_over: list[Problem] = field(default_factory=list)
    duplicates_in_file: int = 0
    duplicates_in_workspace: int = 0
    problems: list[Problem] = field(default_factory=list)
    #: 邀请人 cells that named nobody, several people, the member or a circle: the member
    #: is imported without that referrer (``models/imports/referrer_column.py``).
    referrer_warnings: list[Problem] = field(default_factory=list)
    referrers_set: int = 0
    #: Rows taken for a member of another name (same phone, WeChat id or email) and kept
    #: apart by the "skip" policy: siblings sharing a parent's phone (at most ``MOST_NOTED``).
    other_names: list[Problem] = field(default_factory=list)
    changes: list[FieldChange] = field(default_factory=list)
    change_count: int = 0
    added_ids: list[int] = field(default_factory=list)
    updated_ids: list[int] = field(default_factory=list)
    dry_run: bool = True

    @property
    def invalid_rows(self) -> int:
        return self.rejected

    def change(self) -> Change:
        return Change.of("members", "memberships", "member_tags", "tags",
                         ids=[*self.added_ids, *self.updated_ids])


class ImportRejected(ValueError):
    """Strict import with invalid rows: nothing was written; ``result`` lists the problems."""

    def __init__(self, result: ImportResult) -> None:
        super().__init__(f"{result.rejected} invalid rows; nothing imported")
        self.result = result


def column_name(headers: Sequence[str], index: int) -> str:
    if index < len(headers) and headers[index]:
        return headers[index]
    return _letters(index)


def _letters(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name
