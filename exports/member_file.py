"""A member list file ready to import: the table read, its header row found, its columns
mapped. Glue between the readers (``exports/tables.py``) and the import engine
(``models/imports/member_import.py``), shared by the wizard and ``qunzhu import members``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exports.tables import TableFile, UnreadableFile, open_table
from models.core.errors import Code
from models.imports.column_mapping import guess_header_row, guess_mapping, header_texts

PREVIEW_ROWS = 30


@dataclass
class MemberFile:
    table: TableFile
    sheet: str | None
    preview: list[tuple[int, list[Any]]]  # the first rows, for the wizard to show
    header_index: int  # into ``preview``
    mapping: dict[int, str] = field(default_factory=dict)

    @property
    def header_row(self) -> int:
        """The header's row number as the spreadsheet shows it (0: no rows at all)."""
        return self.preview[self.header_index][0] if self.preview else 0

    @property
    def headers(self) -> list[str]:
        return header_texts(self.preview[self.header_index][1]) if self.preview else []

    def set_header_index(self, index: int) -> None:
        self.header_index = index
        self.mapping = guess_mapping(self.headers)

    def data_rows(self) -> Iterator[tuple[int, list[Any]]]:
        """Every row under the header, with its spreadsheet row number."""
        after = self.header_row
        for number, values in self.table.rows(self.sheet):
            if number > after:
                yield number, values

    def estimate_rows(self) -> int | None:
        total = self.table.estimate_rows(self.sheet)
        return None if total is None else max(total - self.header_row, 0)

    def close(self) -> None:
        self.table.close()


def open_member_file(path: Path | str, sheet: str | None = None,
                     encoding: str | None = None) -> MemberFile:
    """Read the first rows of ``sheet`` (the first when None), guess header and mapping.
    ``encoding``: a CSV's, chosen by a person (None: detected)."""
    table = open_table(path, encoding)
    if sheet is not None and sheet not in table.sheets:
        table.close()
        raise UnreadableFile(path, Code.NO_SHEET, name=sheet, sheets=", ".join(table.sheets))
    preview = table.preview(sheet, PREVIEW_ROWS)
    made = MemberFile(table, sheet, preview, 0)
    made.set_header_index(guess_header_row([values for _, values in preview]) if preview else 0)
    return made
