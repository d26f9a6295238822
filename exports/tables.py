"""Reading tables people bring: CSV in whatever encoding Excel saved (told apart in
``exports/text_encoding.py``), XLSX, XLS and ODS.

``open_table(path)`` identifies the file by its first bytes (not only its name) and returns
a ``TableFile``: its sheet names, and ``rows(sheet)`` yielding ``(row_number, values)`` with
the number a person sees in the spreadsheet (1-based, blank rows counted). Values are what
the file holds: text from CSV; from workbooks numbers (float), dates and datetimes, text,
``None`` for an empty cell. Cells of a merged range all read the range's value, so a
community name merged down ten rows reaches each of them.

Workbooks are read with python-calamine (Rust, ~50,000 rows/s on this machine, against
openpyxl read-only's ~5,000). Formulas read as the value the spreadsheet saved with them;
a formula saved without one (files written by scripts) reads as empty.

Hostile files: an xlsx/ods is a zip of XML. Before any reader sees it, every XML part's
prolog is checked for a DTD or entity declarations (the "billion laughs" bomb: a few KB
that expand to gigabytes), and the zip's declared sizes are checked for a zip bomb; either
is refused with ``HostileFile``. openpyxl, used for the xlsx calamine cannot read, parses
through defusedxml, which refuses entities too.
"""

from __future__ import annotations

import codecs
import csv
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exports import text_encoding
from exports.text_encoding import EncodingUnknown
from models.core.errors import Code, DomainError, Message
from models.core.file_errors import file_message

#: Bytes of a CSV looked at to guess its encoding and delimiter.
SNIFF_BYTES = 256 * 1024
#: A workbook whose XML would unpack to more than this is refused (a zip bomb).
MAX_UNPACKED = 3 * 1024**3
MAX_RATIO = 400  # unpacked / packed, per part, beyond what real sheets reach
_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class UnreadableFile(DomainError):
    """The file cannot be read as a table: ``message`` says why as a code and its params
    (``views/error_text.py`` words it); ``reason`` is the English wording."""

    def __init__(self, path: Path | str, code: Code | Message, /, **params: Any) -> None:
        if isinstance(code, Message):
            code, params = code.code, {**code.params, **params}
        super().__init__(code, None, **params)
        self.path = Path(path)
        self.args = (f"{path}: {self.reason}",)


class HostileFile(UnreadableFile):
    """The file is built to harm the reader (XML entity or zip bomb): refused unread."""


@dataclass
class TableFile:
    path: Path
    kind: str  # "csv", "xlsx", "xls", "ods"
    sheets: list[str]
    encoding: str | None = None  # CSV only
    delimiter: str | None = None  # CSV only
    _book: Any = field(default=None, repr=False)
    #: Sheets loaded so far: calamine reads a whole sheet per ``get_sheet_by_name``, so
    #: the preview, the row count and the import share one load instead of three.
    _loaded: dict[str, Any] = field(default_factory=dict, repr=False)

    def rows(self, sheet: str | None = None) -> Iterator[tuple[int, list[Any]]]:
        """``(row_number, values)`` of one sheet (the first when None), blank rows skipped."""
        if self.kind == "csv":
            return _csv_rows(self.path, self.encoding or "utf-8", self.delimiter or ",")
        return _book_rows(self, sheet or self.sheets[0])

    def preview(self, sheet: str | None = None, limit: int = 30) -> list[tuple[int, list[Any]]]:
        found = []
        for item in self.rows(sheet):
            found.append(item)
            if len(found) >= limit:
                break
        return found

    def estimate_rows(self, sheet: str | None = None) -> int | None:
        """Rows in a sheet (workbooks: exact; CSV: lines, counted fast), for progress."""
        if self.kind == "csv":
            with open(self.path, "rb") as handle:
                return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
        return int(self._sheet(sheet or self.sheets[0]).total_height)

    def _sheet(self, name: str) -> Any:
        if name in self._loaded:
            return self._loaded[name]
        if self._book is None:
            self._book = _calamine(self.path)
        try:
            sheet = self._book.get_sheet_by_name(name)
        except Exception as error:  # noqa: BLE001 - calamine's errors vary by version
            raise UnreadableFile(self.path, Code.NO_SHEET, name=name,
                                 sheets=", ".join(self.sheets)) from error
        self._loaded = {name: sheet}  # one sheet kept: the one being previewed or imported
        return sheet

    def close(self) -> None:
        self._loaded = {}
        if self._book is not None:
            self._book.close()
            self._book = None


def open_table(path: Path | str, encoding: str | None = None) -> TableFile:
    """The table in ``path``; a CSV in ``encoding`` when given (a person's choice over
    the guess), else in the one detected. Raises ``UnreadableFile``."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError as error:
        raise UnreadableFile(path, file_message(error, path)) from error
    if head.startswith(b"PK\x03\x04"):
        kind = _zip_kind(path)
        check_zip(path)
        book = _calamine(path)
        return TableFile(path, kind, list(book.sheet_names), _book=book)
    if head.startswith(_OLE):
        book = _calamine(path)
        return TableFile(path, "xls", list(book.sheet_names), _book=book)
    if not head:
        raise UnreadableFile(path, Code.FILE_EMPTY)
    if encoding is None:
        try:
            plain = head.isascii() and b"\x00" not in head
            encoding = detect_encoding(_first_non_ascii(path, head) if plain else head)
        except UnreadableFile as error:
            zeros = b"\x00" in head and not head.startswith(
                (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
            raise UnreadableFile(path, Code.NOT_A_TABLE if zeros else error.message) from None
    elif not _decodes(head, encoding):
        raise UnreadableFile(path, Code.TEXT_NOT_VALID, encoding=_named(encoding))
    text = _decode_prefix(head, encoding)
    return TableFile(path, "csv", [path.stem], encoding, sniff_delimiter(text))


# -- CSV ---------------------------------------------------------------------------------


def detect_encoding(head: bytes) -> str:
    """The encoding of a CSV starting with ``head`` (see ``exports.text_encoding``);
    raises ``UnreadableFile`` when it cannot be told."""
    try:
        return text_encoding.detect_encoding(head)
    except EncodingUnknown:
        raise UnreadableFile("", Code.ENCODING_UNKNOWN) from None


def _first_non_ascii(path: Path, head: bytes) -> bytes:
    """Bytes from the first non-ASCII byte on (the first 256 KB were plain ASCII), so the
    encoding is decided by the first Chinese text, wherever it is."""
    with open(path, "rb") as handle:
        handle.seek(len(head))
        while chunk := handle.read(1 << 20):
            if not chunk.isascii():
                start = next(i for i, b in enumerate(chunk) if b >= 0x80)
                handle.seek(handle.tell() - len(chunk) + start)
                return handle.read(64 * 1024)
    return head


def _named(encoding: str) -> str:
    """A codec as people know it (GBK/GB18030, not gb18030)."""
    return text_encoding.LABELS.get(encoding, encoding)


def _decodes(head: bytes, encoding: str) -> bool:
    try:
        codecs.getincrementaldecoder(encoding)().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _decode_prefix(head: bytes, encoding: str) -> str:
    return codecs.getincrementaldecoder(encoding)(errors="replace").decode(head, final=False)


def sniff_delimiter(text: str) -> str:
    """Comma, tab, semicolon or pipe: the one that splits the first lines most evenly."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    if not lines:
        return ","
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=",\t;|").delimiter
    except csv.Error:
        pass
    best, best_score = ",", 0
    for delimiter in (",", "\t", ";", "|"):
        counts = [line.count(delimiter) for line in lines]
        if counts[0] and counts.count(counts[0]) > best_score:
            best, best_score = delimiter, counts.count(counts[0])
    return best


def _csv_rows(path: Path, encoding: str, delimiter: str) -> Iterator[tuple[int, list[Any]]]:
    with open(path, encoding=encoding, errors="strict", newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        try:
            for values in reader:
                # a cell that is not all spaces (the first, mostly: no joined copy)
                if (values and values[0].strip()) or "".join(values).strip():
                    yield reader.line_num, values
        except UnicodeDecodeError as error:
            raise UnreadableFile(path, Code.TEXT_NOT_VALID_AT, encoding=_named(encoding),
                                 byte=error.start) from error
        except csv.Error as error:
            raise UnreadableFile(path, Code.CSV_LINE, line=reader.line_num, detail=str(error)) \
                from error


# -- workbooks ---------------------------------------------------------------------------


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile as error:
        raise UnreadableFile(path, Code.ZIP_DAMAGED) from error
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "content.xml" in names:
        return "ods"
    raise UnreadableFile(path, Code.ZIP_NOT_A_TABLE)


def check_zip(path: Path) -> None:
    """Refuse XML entity bombs and zip bombs before any XML parser sees the file."""
    try:
        with zipfile.ZipFile(path) as archive:
            total = 0
            for info in archive.infolist():
                total += info.file_size
                if total > MAX_UNPACKED or (
                        info.compress_size and info.file_size > 1 << 20
                        and info.file_size / info.compress_size > MAX_RATIO):
                    raise HostileFile(path, Code.ZIP_BOMB)
                if not info.filename.endswith((".xml", ".rels", ".vml")):
                    continue
                with archive.open(info) as part:
                    prolog = part.read(4096)
                if _DTD.search(_before_root(prolog)):
                    raise HostileFile(path, Code.XML_ENTITIES)
    except zipfile.BadZipFile as error:
        raise UnreadableFile(path, Code.ZIP_DAMAGED) from error


def _before_root(prolog: bytes) -> bytes:
    """The part of an XML document before its root element (where a DTD must be)."""
    for match in re.finditer(rb"<([^?!])", prolog):
        return prolog[:match.start()]
    return prolog


def _calamine(path: Path) -> Any:
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as error:  # noqa: BLE001 - calamine raises several kinds
        if type(error).__name__ == "PasswordError":
            raise UnreadableFile(path, Code.WORKBOOK_PASSWORD) from error
        raise UnreadableFile(path, Code.WORKBOOK_UNREADABLE, detail=str(error)) from error


def _book_rows(table: TableFile, name: str) -> Iterator[tuple[int, list[Any]]]:
    sheet = table._sheet(name)
    first_row, first_col = sheet.start or (0, 0)
    merged = _merged_down(sheet)
    anchors: dict[tuple[int, int], Any] = {}
    for index, values in enumerate(sheet.iter_rows()):
        row = first_row + index
        cells = [None] * first_col + [None if v == "" else v for v in values]
        if merged:
            for column, top in merged.get(-row - 1, ()):
                anchors[(top, column)] = cells[column] if column < len(cells) else None
            for column, top in merged.get(row, ()):
                if column < len(cells) and cells[column] is None:
                    cells[column] = anchors.get((top, column))
        if any(v is not None and (not isinstance(v, str) or v.strip()) for v in cells):
            yield row + 1, cells


def _merged_down(sheet: Any) -> dict[int, list[tuple[int, int]]]:
    """Cells under the top of a merged range, by row: ``[(column, top row)]``; anchors
    under the key ``-top - 1``.

    Only the first column of a range is filled, downward: a name merged over the rows of
    one family reaches each row, while a title merged across the columns stays one cell
    (and is skipped as a title, not mistaken for a header).
    """
    plan: dict[int, list[tuple[int, int]]] = {}
    try:
        ranges = sheet.merged_cell_ranges or []
    except Exception:  # noqa: BLE001 - not every format reports merges
        return plan
    for (top, left), (bottom, _right) in ranges:
        if bottom == top or bottom - top > 100_000:
            continue
        plan.setdefault(-top - 1, []).append((left, top))
        for r in range(top + 1, bottom + 1):
            plan.setdefault(r, []).append((left, top))
    return plan
