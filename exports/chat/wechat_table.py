"""WeChat group records as the desktop exporters write them in tables (CSV, xlsx).

- WeChatMsg / MemoTrace (留痕), "导出 CSV": ``localId, TalkerId, Type, SubType, IsSender,
  CreateTime, Status, StrContent, StrTime, Remark, NickName, Sender`` — ``Type``/
  ``SubType`` are WeChat's numeric message types, ``CreateTime`` a Unix timestamp,
  ``StrTime`` the same time as text, ``Sender`` the sender's wxid.
- PyWxDump, "导出 CSV": ``id, MsgSvrID, type_name, is_sender, talker, room_name, content,
  CreateTime`` (some versions add ``src``) — ``type_name`` a Chinese type name such as
  ``文本``, ``(分享)卡片式链接``, ``系统通知``; ``talker`` the sender's wxid (``我`` for the
  exporting account); ``content`` JSON ``{"src": ..., "msg": ...}``; ``CreateTime`` text.
- The same columns saved as xlsx, or with Chinese headers (时间, 发送者ID, 昵称, 备注,
  消息类型, 内容), are read alike: columns are found by name, not position.

Types: 49 (app messages) with a link, file, music, mini-program or channel sub-type, and
42 (a contact card), are 分享; 10000/10002 are system lines, read for membership by
``wechat_system`` and otherwise skipped; everything else a person sends is 发言.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from exports.chat import text_lines, wechat_system
from exports.chat.records import SHARE, SPEECH, ChatFile, Message, Person, Problem, Record
from exports.tables import UnreadableFile, open_table, sniff_delimiter
from exports.text_encoding import EncodingUnknown
from models.core.errors import Code

#: Each column's role, by its header with case, spaces and underscores ignored.
COLUMNS: dict[str, tuple[str, ...]] = {
    "type": ("type", "消息类型", "类型", "msgtype"),
    "subtype": ("subtype", "子类型"),
    "type_name": ("typename",),
    "is_sender": ("issender", "是否发送", "是否自己发送", "issend"),
    "timestamp": ("createtime", "时间戳", "timestamp"),
    "time": ("strtime", "时间", "发送时间", "消息时间"),
    "content": ("strcontent", "content", "内容", "消息内容"),
    "remark": ("remark", "备注"),
    "nickname": ("nickname", "昵称", "群昵称", "发送者昵称", "displayname", "发送者"),
    "sender": ("sender", "talker", "wxid", "发送者id", "发送者wxid", "发送人wxid",
               "senderwxid"),
}
#: Header sets that say "a WeChat exporter wrote this" (normalised names).
SIGNATURES = (
    frozenset({"strcontent", "issender"}),  # WeChatMsg / MemoTrace
    frozenset({"msgsvrid", "typename", "talker"}),  # PyWxDump
)
SYSTEM_TYPES = frozenset({10000, 10002})
#: Sub-types of app messages (type 49) that share something: music 3, link 4/5, file 6
#: (and 74), merged chat record 19, note 24, mini program 33/36, favourites 40, novel
#: 44, channel card/video/live 50/51/63/88. Not shares: quote-reply 57, transfer 2000,
#: red-packet cover 2003, solitaire 53, group notice 87, GIF 8.
SHARE_SUBTYPES = frozenset({0, 3, 4, 5, 6, 19, 24, 33, 36, 40, 44, 50, 51, 63, 74, 88})
_SHARE_TYPE_NAMES = frozenset({"文件", "文件(猜)", "合并转发的聊天记录", "推荐公众号", "名片",
                               "视频号直播或直播回放", "视频号直播或直播回放等", "分享",
                               "链接", "分享链接", "小程序", "卡片式链接"})
_SYSTEM_TYPE_NAMES = frozenset({"系统通知", "邀请加群", "系统消息", "拍一拍"})
_NOBODY = frozenset({"", "系统", "未知", "system"})
_SELF_NAMES = frozenset({"我"})
_TIME_TEXT = re.compile(
    r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?[ T]*(\d{1,2}):(\d{2})(?::(\d{2}))?")
_PEOPLE_CACHED = 100_000


def normalise(header: object) -> str:
    return re.sub(r"[\s_]+", "", str(header or "")).lower()


def looks_like(headers: list[Any]) -> bool:
    """Whether a header row is one a WeChat exporter writes."""
    names = {normalise(h) for h in headers}
    return any(signature <= names for signature in SIGNATURES)


class WeChatTableFile(ChatFile):
    format = "wechat"
    platform = "wechat"

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._people: dict[tuple[Any, ...], Person] = {}

    def events(self) -> Iterator[Record]:
        self.problems.clear()
        with open(self.path, "rb") as handle:
            workbook = handle.read(8).startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0"))
        if not workbook:
            yield from self._records(self._csv_rows())
            return
        try:
            table = open_table(self.path)
        except UnreadableFile as error:
            self.problems.append(Problem(0, error.message.code, dict(error.message.params)))
            return
        try:
            yield from self._records(table.rows())
        except UnreadableFile as error:
            self.problems.append(Problem(0, error.message.code, dict(error.message.params)))
        finally:
            table.close()

    def _csv_rows(self) -> Iterator[tuple[int, list[str]]]:
        """``(line, values)`` of a CSV, streaming; a row on a line with damaged bytes is
        skipped (``text_lines`` names the line), the rows around it stand."""
        head = text_lines.read_head(self.path)
        try:
            encoding = text_lines.choose_encoding(self.path, head)
        except EncodingUnknown:
            self.problems.append(Problem(0, Code.ENCODING_UNKNOWN))
            return
        delimiter = sniff_delimiter(text_lines.decode_head(head))
        damaged: set[int] = set()

        def physical() -> Iterator[str]:
            for number, text in text_lines.lines(self.path, encoding, self.problems):
                if text is None:
                    damaged.add(number)
                    text = ""
                yield text + "\n"

        reader = csv.reader(physical(), delimiter=delimiter)
        end = 0
        try:
            for values in reader:
                start, end = end + 1, reader.line_num
                if damaged and any(start <= n <= end for n in damaged):
                    continue
                if any(v.strip() for v in values):
                    yield start, values
        except csv.Error as error:
            self.problems.append(Problem(reader.line_num, Code.CSV_LINE,
                                         {"line": reader.line_num, "detail": str(error)}))

    def _records(self, rows: Iterator[tuple[int, list[Any]]]) -> Iterator[Record]:
        for _number, values in rows:
            if looks_like(values) or any(normalise(v) in _ALL_NAMES for v in values):
                break
        else:
            self.problems.append(Problem(0, Code.CHAT_NOT_RECOGNISED,
                                         {"formats": "WeChat (CSV/xlsx)"}))
            return
        where = self._columns(values)
        if where is None:
            return
        for number, values in rows:
            record = self._record(number, values, where)
            if record is not None:
                yield record

    def _columns(self, headers: list[Any]) -> dict[str, int] | None:
        names = [normalise(h) for h in headers]
        where: dict[str, int] = {}
        for role, aliases in COLUMNS.items():
            for alias in aliases:
                if alias in names:
                    where[role] = names.index(alias)
                    break
        missing = []
        if "timestamp" not in where and "time" not in where:
            missing.append("CreateTime/StrTime")
        if "sender" not in where and "nickname" not in where:
            missing.append("Sender/NickName")
        if "content" not in where and "type" not in where and "type_name" not in where:
            missing.append("StrContent/Type")
        if missing:
            self.problems.append(Problem(0, Code.CHAT_MISSING_COLUMNS,
                                         {"columns": ", ".join(missing)}))
            return None
        return where

    def _record(self, number: int, values: list[Any], where: dict[str, int]) -> Record | None:
        def cell(role: str) -> Any:
            index = where.get(role)
            return values[index] if index is not None and index < len(values) else None

        type_ = _integer(cell("type"))
        type_name = _text(cell("type_name"))
        content = _content(cell("content"))
        at = self._time(number, cell("timestamp"), cell("time"))
        if at is None:
            return None
        if type_ in SYSTEM_TYPES or type_name in _SYSTEM_TYPE_NAMES or (
                type_name.startswith("消息撤回")):
            return wechat_system.parse(content, at, number)
        person = self._person(cell("sender"), cell("nickname"), cell("remark"),
                              _integer(cell("is_sender")) == 1)
        if person is None:
            return None
        if type_ is None and not type_name and wechat_system.is_system(content):
            return wechat_system.parse(content, at, number)  # a sheet without a type column
        return Message(at, person, _kind(type_, _integer(cell("subtype")), type_name), content,
                       line=number)

    def _time(self, number: int, stamp: Any, text: Any) -> datetime | None:
        """The Unix timestamp (aware, UTC) when there is one, else the text (wall clock)."""
        for value in (stamp, text):
            if value is None or value == "":
                continue
            at = _unix(value)
            if at is None:
                at = _wall_clock(value)
            if at is not None:
                return at
        shown = next((v for v in (stamp, text) if v not in (None, "")), "")
        self.problems.append(Problem(number, Code.CHAT_BAD_TIME,
                                     {"line": number, "value": str(shown)}))
        return None

    def _person(self, wxid: Any, nickname: Any, remark: Any, is_self: bool) -> Person | None:
        key = (wxid, nickname, remark, is_self)
        person = self._people.get(key)
        if person is not None:
            return person
        wxid, nickname, remark = _text(wxid), _text(nickname), _text(remark)
        if wxid in _SELF_NAMES:
            wxid, is_self = "", True
        if wxid.lower() in _NOBODY and not nickname and not remark and not is_self:
            return None
        name = nickname or remark or wxid or "我"
        alias = remark if remark and remark != name else None
        user_id = wxid or None
        person = Person("wechat", user_id, name, alias=alias, wechat_id=user_id,
                        is_self=is_self)
        if len(self._people) > _PEOPLE_CACHED:
            self._people.clear()
        self._people[key] = person
        return person


_ALL_NAMES = frozenset(alias for aliases in COLUMNS.values() for alias in aliases) - {
    "时间", "内容", "类型", "备注", "昵称"}  # too common alone to mark a header row


def _kind(type_: int | None, subtype: int | None, type_name: str) -> str:
    if type_ == 42:
        return SHARE
    if type_ == 49:
        return SHARE if subtype is None or subtype in SHARE_SUBTYPES else SPEECH
    if type_name.startswith("(分享)") or type_name in _SHARE_TYPE_NAMES:
        return SHARE
    return SPEECH


def _content(value: Any) -> str:
    """The message text; PyWxDump's ``{"src": ..., "msg": ...}`` unwrapped."""
    text = _text(value)
    if text.startswith("{") and '"msg"' in text:
        try:
            data = json.loads(text)
        except ValueError:
            return text
        if isinstance(data, dict):
            return str(data.get("msg") or "")
    return text


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _integer(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return int(value)
    text = str(value).strip()
    if text.lower() in ("true", "false"):
        return int(text.lower() == "true")
    try:
        return int(float(text))
    except ValueError:
        return None


def _unix(value: Any) -> datetime | None:
    """A Unix timestamp in seconds (10 digits) or milliseconds (13), as aware UTC."""
    if isinstance(value, datetime):
        return None
    text = _text(value)
    if not text.isdigit() or len(text) not in (9, 10, 12, 13):
        return None
    seconds = int(text) / 1000 if len(text) >= 12 else int(text)
    try:
        return datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _wall_clock(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    match = _TIME_TEXT.match(_text(value))
    if match is None:
        return None
    year, month, day, hour, minute, second = match.groups()
    try:
        return datetime(int(year), int(month), int(day), int(hour), int(minute),
                        int(second or 0))
    except ValueError:
        return None
