"""What a file handed to Qunzhu is (``qunzhu FILE``, a file dropped on the window, a double
click through the file association), told from its content where that is cheap, else from
its extension.

- a workspace: SQLite whose ``application_id`` is 'QUNZ' (or an empty SQLite file, which
  opening turns into a new workspace); any ``.qunzhu`` file is offered to the workspace
  opener, which words its own refusal (damaged, newer, another program's database);
- a calendar: ``.ics``, or text starting ``BEGIN:VCALENDAR``;
- chat records: a file one of the chat readers recognises (``exports.chat.detect``, which
  reads the first 64 KiB; a WeChat CSV or workbook is told from its header row, so it is
  not taken for a member list), or a ``.txt``/``.json``/``.html`` no reader claims;
- members: ``.xlsx``/``.xlsm``/``.xls``/``.ods``/``.csv`` (the member import wizard reads and
  checks them).

Anything else is ``UNKNOWN``; a file that cannot be read is ``UNREADABLE`` with the reason.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from models.schema.migrations import APPLICATION_ID

translate = QCoreApplication.translate

SQLITE_MAGIC = b"SQLite format 3\x00"
#: Where SQLite keeps ``PRAGMA application_id`` in the file's header (big-endian).
APPLICATION_ID_OFFSET = 68
HEAD_BYTES = 64 * 1024

MEMBER_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")
CHAT_SUFFIXES = (".txt", ".json", ".html", ".htm")


class Kind(Enum):
    WORKSPACE = "workspace"
    MEMBERS = "members"
    CALENDAR = "calendar"
    CHAT = "chat"
    UNKNOWN = "unknown"
    UNREADABLE = "unreadable"


@dataclass(frozen=True)
class FileKind:
    kind: Kind
    path: Path
    #: The chat format a reader recognised ("qq", "wechat", …), or None.
    chat_format: str | None = None
    #: Why the file cannot be read (UNREADABLE), in the user's language.
    reason: str = ""


def classify(path: Path | str) -> FileKind:
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if path.is_dir():
            return FileKind(Kind.UNKNOWN, path)
        with open(path, "rb") as handle:
            head = handle.read(HEAD_BYTES)
    except FileNotFoundError:
        return FileKind(Kind.UNREADABLE, path, reason=translate("FileKinds", "no such file"))
    except OSError as error:
        return FileKind(Kind.UNREADABLE, path, reason=error.strerror or str(error))
    if head.startswith(SQLITE_MAGIC):
        if _application_id(head) == APPLICATION_ID or suffix == ".qunzhu":
            return FileKind(Kind.WORKSPACE, path)
        return FileKind(Kind.UNKNOWN, path)  # another program's database
    if suffix == ".qunzhu":
        # Empty: opening makes it a new workspace. Anything else: the opener says why not.
        return FileKind(Kind.WORKSPACE, path)
    if suffix == ".ics" or head.lstrip(b"\xef\xbb\xbf \r\n\t").upper().startswith(
            b"BEGIN:VCALENDAR"):
        return FileKind(Kind.CALENDAR, path)
    chat = _chat_format(path, head)
    if chat is not None:
        return FileKind(Kind.CHAT, path, chat_format=chat)
    if suffix in MEMBER_SUFFIXES:
        return FileKind(Kind.MEMBERS, path)
    if suffix in CHAT_SUFFIXES:
        return FileKind(Kind.CHAT, path)  # the chat wizard says which formats it reads
    return FileKind(Kind.UNKNOWN, path)


def _application_id(head: bytes) -> int | None:
    if len(head) < APPLICATION_ID_OFFSET + 4:
        return None
    return struct.unpack(">I", head[APPLICATION_ID_OFFSET:APPLICATION_ID_OFFSET + 4])[0]


def _chat_format(path: Path, head: bytes) -> str | None:
    """The chat format a reader recognises, never "sheet" (any table is a sheet to the chat
    import: a member list must not be taken for one)."""
    if not head:
        return None
    from exports.chat.detect import which

    try:
        return which(path, head, exclude="sheet")
    except Exception:  # noqa: BLE001 - a guess: a reader that cannot look inside (a damaged
        return None  # workbook, a zip that is not one) means "not a chat"; importers say why


def describe_unknown(found: FileKind) -> str:
    """The one sentence saying why ``found`` is not opened, in the user's language."""
    if found.kind is Kind.UNREADABLE:
        return translate("FileKinds", "Cannot read {path}: {reason}.").format(
            path=found.path, reason=found.reason)
    return translate(
        "FileKinds", "Qunzhu does not know what to do with {name}. It opens workspaces "
                     "(.qunzhu), imports members from .xlsx, .xls, .ods or .csv, events from "
                     ".ics, and chat records from QQ, WeChat, Telegram or Discord exports."
    ).format(name=found.path.name)
