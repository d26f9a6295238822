"""Reading xlsx files people send back: openpyxl read-only, with defusedxml refusing XML
bombs and a size check refusing zip bombs, before a single row is looked at."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from models.core.errors import Code, DomainError

#: Uncompressed size and compression ratio beyond which a workbook is refused as hostile.
MAX_UNPACKED = 512 * 1024 * 1024
MAX_RATIO = 200


class UnreadableWorkbook(DomainError):
    """The file is not an xlsx we can read safely: ``message`` says why as a code and its
    params (``path``: the file's name); ``str()`` is the English line."""

    def __init__(self, path: Path | str, code: Code, /, **params: Any) -> None:
        super().__init__(code, None, path=Path(path).name, **params)
        self.path = Path(path)
        self.args = (f"{self.path.name}: {self.reason}",)


def check_file(path: Path | str) -> None:
    path = Path(path)
    if not zipfile.is_zipfile(path):
        raise UnreadableWorkbook(path, Code.NOT_XLSX)
    try:
        import defusedxml  # noqa: F401  (openpyxl uses it when importable)
    except ImportError as error:  # pragma: no cover - a dependency of the package
        raise UnreadableWorkbook(path, Code.OTHER, detail="defusedxml is missing") from error
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
        unpacked = sum(i.file_size for i in infos)
        packed = sum(i.compress_size for i in infos) or 1
        if unpacked > MAX_UNPACKED or (unpacked > 10 * 1024 * 1024
                                       and unpacked / packed > MAX_RATIO):
            raise UnreadableWorkbook(path, Code.ZIP_BOMB)
        # Workbooks never carry a DTD; one declaring entities is an XML bomb or worse
        # (openpyxl over lxml would not expand them, but refusing is plainer).
        for info in infos:
            if info.filename.endswith((".xml", ".rels")):
                with archive.open(info) as part:
                    prolog = part.read(4096)
                if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog:
                    raise UnreadableWorkbook(path, Code.XML_ENTITIES)


def open_workbook(path: Path | str) -> Any:
    """A read-only workbook (values as saved; formulas as their text)."""
    check_file(path)
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=False)
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds on bad files
        raise UnreadableWorkbook(path, Code.WORKBOOK_UNREADABLE, detail=str(error)) from error


def sheet_rows(ws: Any) -> Iterator[tuple[int, tuple]]:
    """(1-based row number, values) for every row of a read-only sheet."""
    for number, row in enumerate(ws.iter_rows(values_only=True), start=1):
        yield number, tuple(row)


def normalise_header(value: object) -> str:
    """'单价（元）' -> '单价', ' Unit Price ' -> 'unit price'."""
    text = str(value or "").strip()
    for opening in ("(", "（", "["):
        if opening in text:
            text = text.split(opening, 1)[0]
    return " ".join(text.split()).lower().rstrip("*:：")
