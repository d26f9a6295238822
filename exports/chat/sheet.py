"""Any sheet of activity (xlsx, xls, ods, csv): a time column, a person column (a name,
nickname, WeChat id, phone or QQ) and optionally a second person column, a kind, an amount
and the text, mapped from the headers the way the member import maps its columns.

``guess_mapping(headers)`` reads common Chinese and English headers into a
``SheetMapping`` (a plain dataclass keeping the headers, which the window's mapping step
shows and edits); ``open_chat(path, mapping)`` reads the rows. Without a time or a person
column the sheet is not taken for a chat (a member roster is not an activity log):
``DomainError(CHAT_MISSING_COLUMNS)`` names the missing columns.

Each row is a ``Message`` of the row's kind: the kind cell as written (发言, 分享, 邀请,
购买, or a kind the operator uses), English speech/share/invite/purchase read as those;
an empty kind is 发言, or 购买 when the row has an amount. Amounts are yuan
(``¥1,234.50``, ``1234.5``, ``1,234.50元``, a number cell) read to fen. Times are read by
``exports.chat.times.parse_time`` (a workbook's date cells and Excel serial days too).
A row without a readable time or person is a problem naming the row and column.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from exports import text_encoding
from exports.chat.records import SPEECH, ChatFile, Message, Person, Problem, Record
from exports.chat.times import parse_time
from exports.checklist_import import as_fen
from exports.tables import SNIFF_BYTES, TableFile, UnreadableFile, open_table, sniff_delimiter
from models.core.errors import Code, DomainError
from models.imports.column_mapping import header_texts, normalize_header

FORMAT = "sheet"
#: Which handle a person column holds.
HANDLES = ("name", "nickname", "wechat_id", "phone", "qq")
PURCHASE = "购买"
#: Rows looked at for the header, and kept for the mapping step's preview.
PREVIEW_ROWS = 30
HEADER_SEARCH_ROWS = 20

_TIME = ("时间", "日期", "发言时间", "发送时间", "消息时间", "时间戳", "日期时间", "记录时间",
         "互动时间", "time", "date", "datetime", "timestamp", "sent", "senttime", "createtime",
         "occurredat")
_PERSON = {
    "name": ("姓名", "名字", "成员", "成员姓名", "发送人", "发送者", "发言人", "用户", "用户名",
             "客户", "客户姓名", "sender", "name", "member", "author", "from", "user",
             "username", "displayname"),
    "nickname": ("昵称", "群昵称", "微信昵称", "网名", "发送人昵称", "nickname", "nick",
                 "groupnickname"),
    "wechat_id": ("微信号", "微信", "微信id", "wxid", "wechat", "wechatid", "发送人微信号"),
    "phone": ("手机", "手机号", "手机号码", "电话", "联系电话", "phone", "mobile", "tel"),
    "qq": ("qq", "qq号", "qq号码", "qqid"),
}
_KIND = ("类型", "行为", "互动类型", "消息类型", "活动类型", "kind", "type", "action", "category")
_AMOUNT = ("金额", "实付金额", "消费金额", "付款金额", "订单金额", "amount", "money", "price",
           "paid", "total")
_TEXT = ("内容", "消息内容", "消息", "发言内容", "备注", "content", "text", "message", "note")
_KIND_WORDS = {"speech": SPEECH, "message": SPEECH, "msg": SPEECH, "chat": SPEECH, "post": SPEECH,
               "share": "分享", "link": "分享", "invite": "邀请", "invitation": "邀请",
               "referral": "邀请", "purchase": PURCHASE, "buy": PURCHASE, "order": PURCHASE,
               "event": "参加活动", "attend": "参加活动", "attendance": "参加活动"}
#: Second person column: the handles that tell people apart best come first.
_ID_ORDER = ("wechat_id", "phone", "qq", "nickname", "name")


@dataclass
class SheetMapping:
    """Which column (0-based index into ``headers``) plays which role; None: no column.
    ``person_handle``/``person2_handle`` say which handle (``HANDLES``) the column holds."""

    headers: list[str] = field(default_factory=list)
    header_row: int = 1  # the header's row number as the spreadsheet shows it
    time: int | None = None
    person: int | None = None
    person_handle: str = "name"
    person2: int | None = None
    person2_handle: str = "nickname"
    kind: int | None = None
    amount: int | None = None
    text: int | None = None

    def missing(self) -> list[str]:
        """The roles a chat sheet needs that no column plays (``time``, ``person``)."""
        return [role for role in ("time", "person") if getattr(self, role) is None]

    def header(self, column: int | None) -> str:
        """A column as the sheet names it (its header, else its letter)."""
        if column is not None and column < len(self.headers) and self.headers[column]:
            return self.headers[column]
        return _letter(column or 0)


def guess_mapping(headers: list[Any], header_row: int = 1) -> SheetMapping:
    """A mapping from the headers' words (each role once, leftmost column first)."""
    mapping = SheetMapping(header_texts(headers), header_row)
    persons: list[tuple[int, str]] = []
    for index, header in enumerate(mapping.headers):
        key = _key(header)
        if not key:
            continue
        if key in _TIME and mapping.time is None:
            mapping.time = index
        elif key in _KIND and mapping.kind is None:
            mapping.kind = index
        elif key in _AMOUNT and mapping.amount is None:
            mapping.amount = index
        elif key in _TEXT and mapping.text is None:
            mapping.text = index
        elif handle := next((h for h, words in _PERSON.items() if key in words), None):
            if handle not in (h for _, h in persons):
                persons.append((index, handle))
    if persons:
        names = [p for p in persons if p[1] in ("name", "nickname")]
        first = names[0] if names else persons[0]
        mapping.person, mapping.person_handle = first
        rest = sorted((p for p in persons if p != first), key=lambda p: _ID_ORDER.index(p[1]))
        if rest:
            mapping.person2, mapping.person2_handle = rest[0]
    return mapping


def _key(header: str) -> str:
    """A header's words without a unit or note in brackets: 金额（元） -> 金额."""
    base = re.split(r"[(（\[【]", header, maxsplit=1)[0]
    return normalize_header(base) or normalize_header(header)


def _known(headers: list[Any]) -> int:
    mapping = guess_mapping(headers)
    return sum(x is not None for x in (mapping.time, mapping.person, mapping.person2,
                                      mapping.kind, mapping.amount, mapping.text))


@dataclass
class SheetPreview:
    """The first rows of a sheet and the mapping guessed from its header row, for the
    window's mapping step (``open_chat(path, mapping, sheet)`` reads it all)."""

    sheets: list[str]
    sheet: str | None
    rows: list[tuple[int, list[Any]]]
    mapping: SheetMapping


def preview(path: Path, sheet: str | None = None, encoding: str | None = None) -> SheetPreview:
    """Read the first rows and guess the header row (the one naming most roles) and the
    mapping. Raises ``UnreadableFile``."""
    table = open_table(path, encoding)
    try:
        rows = table.preview(sheet, PREVIEW_ROWS)
    finally:
        table.close()
    best, best_known = 0, 0
    for index, (_, values) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        known = _known(values)
        if known > best_known:
            best, best_known = index, known
    mapping = guess_mapping(rows[best][1], rows[best][0]) if rows else SheetMapping()
    return SheetPreview(table.sheets, sheet, rows, mapping)


def sniff(path: Path, head: bytes) -> bool:
    """A workbook (xlsx/ods zip, xls) or delimited text."""
    if head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        return True
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if not text or text[:1] in (b"{", b"[", b"<"):
        return False
    try:
        decoded = head.decode(text_encoding.detect_encoding(head[:SNIFF_BYTES]), errors="ignore")
    except DomainError:
        return False
    first = decoded.lstrip("\ufeff").split("\n", 1)[0]
    return sniff_delimiter(decoded) in first


def open_chat(path: Path, mapping: SheetMapping | None = None, sheet: str | None = None,
              encoding: str | None = None) -> ChatFile:
    """The sheet read with ``mapping`` (None: guessed from its header). Raises
    ``DomainError(CHAT_MISSING_COLUMNS)`` without a time or person column, and
    ``UnreadableFile`` for a file that is no table."""
    path = Path(path)
    if mapping is None:
        mapping = preview(path, sheet, encoding).mapping
    missing = mapping.missing()
    if missing:
        raise DomainError(Code.CHAT_MISSING_COLUMNS, columns=", ".join(missing))
    return SheetChat(path, mapping, sheet, encoding)


class SheetChat(ChatFile):
    format = FORMAT
    platform = "sheet"

    def __init__(self, path: Path, mapping: SheetMapping, sheet: str | None = None,
                 encoding: str | None = None) -> None:
        super().__init__()
        self.path, self.mapping, self.sheet, self.encoding = path, mapping, sheet, encoding
        self.group_name = None

    def events(self) -> Iterator[Record]:
        try:
            table = open_table(self.path, self.encoding)
        except UnreadableFile as error:
            self.problems.append(Problem(0, error.code, dict(error.params)))
            return
        try:
            for line, values in table.rows(self.sheet):
                if line <= self.mapping.header_row:
                    continue
                record = self._read(table, line, values)
                if record is not None:
                    yield record
        except UnreadableFile as error:
            self.problems.append(Problem(int(error.params.get("line", 0) or 0), error.code,
                                         dict(error.params)))
        finally:
            table.close()

    def _read(self, table: TableFile, line: int, values: list[Any]) -> Message | None:
        m = self.mapping
        at = self._time(table, line, values)
        person = self._person(line, values)
        if at is None or person is None:
            return None
        amount = 0
        raw_amount = _cell(values, m.amount)
        if raw_amount is not None:
            try:
                amount = as_fen(raw_amount) or 0
            except DomainError as error:
                self.problems.append(Problem(line, error.code, {
                    **error.params, "line": line, "column": m.header(m.amount),
                    "value": str(raw_amount)}))
                return None
        kind = _kind(_text(_cell(values, m.kind)), amount)
        return Message(at, person, kind, _text(_cell(values, m.text)), amount, line)

    def _time(self, table: TableFile, line: int, values: list[Any]) -> datetime | None:
        m = self.mapping
        raw = _cell(values, m.time)
        column = m.header(m.time)
        if raw is None:
            self.problems.append(Problem(line, Code.CHAT_NO_TIME, {"line": line,
                                                                   "column": column}))
            return None
        at = parse_time(raw, serials=table.kind != "csv")
        if at is None:
            self.problems.append(Problem(line, Code.CHAT_BAD_TIME, {
                "line": line, "column": column, "value": str(raw)}))
        return at

    def _person(self, line: int, values: list[Any]) -> Person | None:
        m = self.mapping
        handles: dict[str, str] = {}
        for column, handle in ((m.person, m.person_handle), (m.person2, m.person2_handle)):
            text = _text(_cell(values, column))
            if text and handle not in handles:
                handles[handle] = text
        if not handles:
            self.problems.append(Problem(line, Code.CHAT_NO_PERSON, {
                "line": line, "column": m.header(m.person)}))
            return None
        name = handles.get("name") or handles.get("nickname") or next(iter(handles.values()))
        alias = handles.get("nickname") if "name" in handles else None
        return Person("sheet", None, name, alias, wechat_id=handles.get("wechat_id"),
                      qq=handles.get("qq"), phone=handles.get("phone"))


def _cell(values: list[Any], column: int | None) -> Any:
    if column is None or column >= len(values):
        return None
    value = values[column]
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return value


def _text(value: Any) -> str:
    """A cell as text; a whole number cell (a phone or QQ number) without its ``.0``."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _kind(text: str, amount: int) -> str:
    if not text:
        return PURCHASE if amount else SPEECH
    return _KIND_WORDS.get(text.lower(), text)


def _letter(column: int) -> str:
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
