"""Which column of an imported table holds what: header row guessing, column mapping from
Chinese and English headers, and mappings saved as named presets in the workspace.

A mapping is ``{column index: field}``; a preset stores it by header text
(``{"手机号": "phone"}``) so it applies to the next file with the same headers wherever
the columns sit.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections.abc import Sequence
from typing import Any

from models.core.changes import Change
from models.core.clock import now_iso
from models.core.errors import Code, DomainError

#: Fields a column can be imported into, in the order the wizard lists them.
FIELDS = ("id", "display_name", "nickname", "phone", "wechat_id", "email", "gender",
          "birth_year", "city", "occupation", "source", "tags", "joined_at", "role",
          "interests", "notes", "referrer")

#: Header texts (normalized: see ``normalize_header``) that name each field.
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "编号", "成员id", "memberid", "会员id"),
    "display_name": ("姓名", "名字", "名称", "成员", "成员姓名", "真实姓名", "客户姓名", "用户名",
                     "name", "fullname", "displayname", "member", "realname",
                     "氏名", "名前"),  # Japanese lists (Shift-JIS from Excel in Japan)
    "nickname": ("昵称", "群昵称", "微信昵称", "网名", "暱稱", "nickname", "nick", "groupnickname"),
    "phone": ("手机", "手机号", "手机号码", "电话", "联系电话", "电话号码", "联系方式", "mobile",
              "phone", "mobilephone", "tel", "telephone", "cell", "phonenumber",
              "電話", "手機", "手機號碼", "聯絡電話", "電話番号"),
    "wechat_id": ("微信", "微信号", "微信id", "wechat", "wechatid", "weixin", "wxid", "微信账号",
                  "微信號"),
    "email": ("邮箱", "电子邮箱", "邮件", "email", "e-mail", "mail", "emailaddress", "電郵",
              "電子郵件", "メール"),
    "gender": ("性别", "性別", "gender", "sex"),
    "birth_year": ("出生年份", "出生年", "birthyear", "yearofbirth", "born"),
    "city": ("城市", "地区", "所在地", "所在城市", "所在地区", "city", "region", "location",
             "area"),
    "occupation": ("职业", "工作", "occupation", "job", "profession"),
    "source": ("来源", "来源渠道", "渠道", "获客渠道", "source", "channel"),
    "tags": ("标签", "標籤", "tags", "tag", "labels", "label"),
    "joined_at": ("入群时间", "加入时间", "入群日期", "加入日期", "进群时间", "入会时间", "joined",
                  "joinedat", "joindate", "datejoined", "joined_at"),
    # the role in the import's community (群主, 管理员 ...): QQ and WeChat member lists
    "role": ("群角色", "角色", "群身份", "群内角色", "成员角色", "role", "grouprole"),
    "interests": ("兴趣", "爱好", "兴趣爱好", "interests", "hobbies"),
    "notes": ("备注", "说明", "備註", "備考", "notes", "note", "remark", "remarks", "comment",
              "comments"),
    "referrer": ("邀请人", "推荐人", "介绍人", "邀请者", "邀請人", "推薦人", "referrer",
                 "referredby", "invitedby", "inviter"),
}
_BY_ALIAS = {alias: name for name, aliases in ALIASES.items() for alias in aliases}
#: Rows looked at for the header.
HEADER_SEARCH_ROWS = 20


def normalize_header(text: object) -> str:
    """Half-width, lower case, without spaces, underscores, colons or a required mark."""
    raw = unicodedata.normalize("NFKC", "" if text is None else str(text)).lower()
    return re.sub(r"[\s_:*（）()\-]+", "", raw).replace("（必填）", "")


#: A form's question number before its text: ``1、``, ``Q2.``, ``(3)``, ``4:`` (after NFKC).
_QUESTION_NUMBER = re.compile(r"^\s*(?:q?\d{1,3}\s*[、.:)]|\(\d{1,3}\))\s*", re.IGNORECASE)
#: A referrer column named with what it holds ("邀请人姓名", "推荐人（姓名或手机号）"): the
#: column reads a name, a phone or a WeChat id alike (``referrer_column``).
_REFERRER_HOLDS = re.compile(r"^(?:邀请人|推荐人|介绍人|邀请者)"
                             r"(?:姓名|名字|昵称|手机号码|手机号|手机|电话|微信号|微信|或|/|、)+$")
#: How forms ask for a field: "请填写您的姓名", "你的手机号".
_ASKING = re.compile(r"^(?:请(?:填写|输入|留下|提供)?)?(?:您|你)?的?")


def question_text(text: str) -> str:
    """A header as a form asks it, without its question number, asking words (请填写, 您的)
    and final colon or question mark: "2、您的孩子年龄：" -> "孩子年龄" (NFKC)."""
    asked = _QUESTION_NUMBER.sub("", unicodedata.normalize("NFKC", text)).strip()
    return _ASKING.sub("", asked.rstrip(":?").strip(), count=1).strip()


def field_for_header(text: object) -> str | None:
    """The field a header names: the alias itself, marked required or optional, or asked
    as a sign-up form's question (问卷星, 腾讯问卷: "1、您的姓名：", "Q2. 请填写手机号")."""
    found = _field_for_key(normalize_header(text))
    if found is None and text is not None:
        asked = _QUESTION_NUMBER.sub("", unicodedata.normalize("NFKC", str(text)))
        asked = normalize_header(asked).rstrip("?")
        found = _field_for_key(_ASKING.sub("", asked, count=1))
    if found is None and _REFERRER_HOLDS.match(normalize_header(text)):
        found = "referrer"
    return found


def _field_for_key(key: str) -> str | None:
    if not key:
        return None
    if key in _BY_ALIAS:
        return _BY_ALIAS[key]
    for suffix in ("必填", "选填", "可选"):
        if key.endswith(suffix) and key[:-len(suffix)] in _BY_ALIAS:
            return _BY_ALIAS[key[:-len(suffix)]]
    return None


def guess_header_row(rows: Sequence[Sequence[Any]]) -> int:
    """The index (into ``rows``) of the header: the row naming most known fields; without
    any, the first row with the most filled text cells (title rows above hold one)."""
    best, best_known = 0, 0
    for index, values in enumerate(rows[:HEADER_SEARCH_ROWS]):
        known = len({f for v in values if (f := field_for_header(v))})
        if known > best_known:
            best, best_known = index, known
    if best_known:
        return best
    widest, best = 1, 0
    for index, values in enumerate(rows[:HEADER_SEARCH_ROWS]):
        filled = sum(1 for v in values if isinstance(v, str) and v.strip())
        if filled > widest:
            widest, best = filled, index
    return best


def guess_mapping(headers: Sequence[Any]) -> dict[int, str]:
    """``{column: field}`` for the headers that name a field (each field once, leftmost)."""
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        field = field_for_header(header)
        if field and field not in mapping.values():
            mapping[index] = field
    return mapping


def header_texts(headers: Sequence[Any]) -> list[str]:
    return ["" if h is None else str(h).strip() for h in headers]


# -- presets -----------------------------------------------------------------------------


def presets(conn: sqlite3.Connection) -> dict[str, dict[str, str]]:
    """Saved member mappings by name: ``{name: {header text: field}}`` (order exports keep
    theirs apart: ``models/imports/order_presets.py``)."""
    return {name: json.loads(text) for name, text in conn.execute(
        "SELECT name, mapping_json FROM import_presets WHERE kind = 'members' ORDER BY name")}


def save_preset(conn: sqlite3.Connection, name: str, headers: Sequence[Any],
                mapping: dict[int, str]) -> Change:
    name = name.strip()
    if not name:
        raise DomainError(Code.PRESET_NAME_NEEDED)
    texts = header_texts(headers)
    by_header = {texts[i]: f for i, f in sorted(mapping.items()) if i < len(texts) and texts[i]}
    conn.execute(
        "INSERT INTO import_presets (name, mapping_json, updated_at) VALUES (?, ?, ?)"
        " ON CONFLICT (name) DO UPDATE SET mapping_json = excluded.mapping_json,"
        " updated_at = excluded.updated_at",
        (name, json.dumps(by_header, ensure_ascii=False, sort_keys=True), now_iso()))
    return Change.of("import_presets")


def delete_preset(conn: sqlite3.Connection, name: str) -> Change:
    conn.execute("DELETE FROM import_presets WHERE name = ?", (name,))
    return Change.of("import_presets")


def apply_preset(by_header: dict[str, str], headers: Sequence[Any]) -> dict[int, str]:
    """A preset's mapping for these headers (columns it does not name stay unmapped)."""
    texts = header_texts(headers)
    mapping: dict[int, str] = {}
    for index, text in enumerate(texts):
        field = by_header.get(text)
        if field in FIELDS and field not in mapping.values():
            mapping[index] = field
    return mapping
