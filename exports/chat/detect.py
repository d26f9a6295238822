"""Which chat export a file is, told from its content, and the reader for it.

Every reader module (``exports/chat/<module>.py``) offers ``FORMAT``, ``sniff(path, head)``
and ``open_chat(path)``. ``open_chat`` reads the file's first bytes once and asks the
readers in a fixed order, the most particular first: Telegram's and DiscordChatExporter's
headers cannot be mistaken, QQ's and WeChat's exports have their own marks, and a sheet
(any table) comes last. Readers are imported by name when first asked, so a reader not
yet installed is simply not offered.

A forced format is used as asked, unless the file is clearly another format (another
reader recognises it, or it is a workbook for a text format): then the refusal says which
format it looks like.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType
from typing import Any

from exports.chat.records import ChatFile
from models.core.errors import Code, DomainError
from models.core.file_errors import file_message

#: Formats in the order they are tried, and the module reading each.
ORDER = ("telegram", "discord", "qq", "wechat", "sheet")
MODULES = {"telegram": "exports.chat.telegram", "discord": "exports.chat.discord",
           "qq": "exports.chat.qq_text", "wechat": "exports.chat.wechat",
           "sheet": "exports.chat.sheet"}
#: How a format is named in a message (product names, the same in every language).
LABELS = {"telegram": "Telegram (result.json)", "discord": "Discord (DiscordChatExporter)",
          "qq": "QQ (.txt)", "wechat": "WeChat (CSV/xlsx)", "sheet": "xlsx/xls/ods/csv"}
HEAD_BYTES = 64 * 1024
_WORKBOOK = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")


def readers() -> dict[str, ModuleType]:
    """The reader modules present, by format, in the order they are tried."""
    found: dict[str, ModuleType] = {}
    for name in ORDER:
        try:
            found[name] = importlib.import_module(MODULES[name])
        except ModuleNotFoundError as error:
            if error.name != MODULES[name]:
                raise  # the reader is there but something it needs is not: a real error
    return found


def read_head(path: Path) -> bytes:
    """The file's first bytes. Raises ``DomainError`` (missing, locked, empty)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError as error:
        message = file_message(error, path)
        raise DomainError(message.code, None, **message.params) from error
    if not head:
        raise DomainError(Code.FILE_EMPTY)
    return head


def which(path: Path, head: bytes, exclude: str | None = None) -> str | None:
    """The first format whose reader recognises the file (None: none does)."""
    for name, module in readers().items():
        if name != exclude and module.sniff(path, head):
            return name
    return None


def open_chat(path: Path | str, format: str = "auto", mapping: Any = None) -> ChatFile:
    """The reader for ``path``: ``format`` "auto" (told from the content) or one of
    ``ORDER``; ``mapping`` is a sheet's ``SheetMapping`` (None: guessed from its headers).
    Raises ``DomainError``: ``CHAT_NOT_RECOGNISED`` (listing the formats read),
    ``CHAT_LOOKS_LIKE`` (a forced format on a file clearly of another), a sheet's
    ``CHAT_MISSING_COLUMNS``, or the file's own refusal (missing, locked, empty)."""
    path = Path(path)
    head = read_head(path)
    available = readers()
    listed = ", ".join(LABELS[name] for name in available)
    if format == "auto":
        found = which(path, head)
        if found is None:
            raise DomainError(Code.CHAT_NOT_RECOGNISED, formats=listed)
        format = found
    elif format not in available:
        raise DomainError(Code.CHAT_NOT_RECOGNISED, formats=listed)
    elif not available[format].sniff(path, head):
        other = which(path, head, exclude=format)
        if other is not None and (other != "sheet" or head.startswith(_WORKBOOK)):
            raise DomainError(Code.CHAT_LOOKS_LIKE, format=LABELS[format], found=LABELS[other])
    module = available[format]
    if format == "sheet":
        return module.open_chat(path, mapping=mapping)
    return module.open_chat(path)
