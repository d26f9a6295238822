"""Custom fields (自定义字段) of a workspace: defining them, and members' values.

A workspace adds what its members table lacks (孩子年龄, 会员到期日, 车型, 尺码) as fields of
one kind each (``field_values.Kind``). Every write here is one transaction and returns a
``Change``; the window runs each under ``recorded(...)``, so deleting a field (and every
value it held) is undone by putting those rows back.

A field's name is unique ignoring case and width, and never a built-in roster column's name
(a second 城市 would be ambiguous in the import mapping and the export). Values are kept one
row per value (``member_fields``): see ``field_values`` for how each kind is stored.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence

from models.core.changes import Change
from models.core.clock import now_iso
from models.core.errors import Code, DomainError
from models.members.field_values import OPTION_KINDS, FieldDef, Kind, fold, parse
from models.store.workspace import transaction

#: The most fields a workspace holds (each is a roster column and a profile row).
MOST_FIELDS = 100
#: The longest field name.
NAME_MOST = 30
#: Names of the roster's own columns, in the languages the app and the import speak: a
#: custom field may not take one (``fold``ed).
BUILT_IN_NAMES = frozenset(fold(n) for n in (
    "ID", "编号", "姓名", "名字", "名称", "昵称", "群昵称", "手机", "手机号", "电话",
    "微信", "微信号",
    "邮箱", "性别", "出生年份", "城市", "职业", "来源", "来源渠道", "阶段", "标签", "社群", "积分",
    "入群时间", "最近活跃", "荣誉", "备注", "兴趣", "角色", "群角色", "邀请人", "推荐人",
    "Name", "Nickname", "Mobile", "Phone", "WeChat", "WeChat id", "Email", "Gender",
    "Birth year", "City", "Occupation", "Source", "Stage", "Tags", "Communities", "Points",
    "Joined", "Last active", "Honours", "Notes", "Interests", "Role", "Referrer",
))
_TABLES = ("custom_fields", "member_fields")


def fields(conn: sqlite3.Connection) -> list[FieldDef]:
    """The workspace's fields in their order."""
    return [_field(row) for row in conn.execute(
        "SELECT id, name, kind, choices, position FROM custom_fields ORDER BY position, id")]


def field(conn: sqlite3.Connection, field_id: int) -> FieldDef:
    row = conn.execute("SELECT id, name, kind, choices, position FROM custom_fields"
                       " WHERE id = ?", (field_id,)).fetchone()
    if row is None:
        raise DomainError(Code.RECORD_GONE, field_id, table="custom_fields", id=field_id)
    return _field(row)


def _field(row: Sequence) -> FieldDef:
    options = tuple(json.loads(row[3])) if row[3] else ()
    return FieldDef(row[0], row[1], Kind(row[2]), options, row[4])


def _clean_name(conn: sqlite3.Connection, name: str, own_id: int | None = None) -> str:
    name = " ".join(str(name or "").split())
    if not name:
        raise DomainError(Code.FIELD_NAME_NEEDED)
    if len(name) > NAME_MOST:
        raise DomainError(Code.TEXT_TOO_LONG, name, field=name, most=NAME_MOST)
    if fold(name) in BUILT_IN_NAMES:
        raise DomainError(Code.FIELD_NAME_BUILT_IN, name, name=name)
    for other in fields(conn):
        if other.id != own_id and fold(other.name) == fold(name):
            raise DomainError(Code.FIELD_EXISTS, name, name=other.name)
    return name


def _clean_options(name: str, kind: Kind, options: Iterable[str]) -> tuple[str, ...]:
    if kind not in OPTION_KINDS:
        return ()
    kept: dict[str, str] = {}
    for option in options:
        text = " ".join(str(option).split())
        if text and fold(text) not in kept:
            kept[fold(text)] = text
    if not kept:
        raise DomainError(Code.FIELD_OPTIONS_NEEDED, name, field=name)
    return tuple(kept.values())


def define_field(conn: sqlite3.Connection, name: str, kind: Kind | str,
                 options: Iterable[str] = ()) -> tuple[FieldDef, Change]:
    """A new field, placed last."""
    kind = Kind(kind)
    with transaction(conn):
        if conn.execute("SELECT count(*) FROM custom_fields").fetchone()[0] >= MOST_FIELDS:
            raise DomainError(Code.FIELD_TOO_MANY, most=MOST_FIELDS)
        name = _clean_name(conn, name)
        kept = _clean_options(name, kind, options)
        position = conn.execute("SELECT coalesce(max(position), 0) + 1 FROM custom_fields"
                                ).fetchone()[0]
        cursor = conn.execute(
            "INSERT INTO custom_fields (name, kind, choices, position, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (name, kind.value, json.dumps(kept, ensure_ascii=False) if kept else None,
             position, now_iso()))
        made = field(conn, int(cursor.lastrowid or 0))
    return made, Change.of("custom_fields", ids=[made.id])


def edit_field(conn: sqlite3.Connection, field_id: int, name: str,
               options: Iterable[str] = ()) -> Change:
    """Rename a field and (for choice kinds) set its options. An option renamed keeps its
    values only when given in the same place with another spelling; an option left out
    that members hold is refused (``FIELD_OPTION_IN_USE``), never silently dropped."""
    with transaction(conn):
        old = field(conn, field_id)
        name = _clean_name(conn, name, field_id)
        kept = _clean_options(name, old.kind, options)
        if old.kind in OPTION_KINDS:
            renamed = {o: n for o, n in zip(old.options, kept, strict=False)
                       if o != n and fold(o) == fold(n)}
            gone = [o for o in old.options if o not in kept and o not in renamed]
            for option in gone:
                held = conn.execute("SELECT count(*) FROM member_fields WHERE field_id = ?"
                                    " AND value = ?", (field_id, option)).fetchone()[0]
                if held:
                    raise DomainError(Code.FIELD_OPTION_IN_USE, option, field=name,
                                      option=option, count=held)
            for before, after in renamed.items():
                conn.execute("UPDATE member_fields SET value = ? WHERE field_id = ?"
                             " AND value = ?", (after, field_id, before))
        conn.execute("UPDATE custom_fields SET name = ?, choices = ? WHERE id = ?",
                     (name, json.dumps(kept, ensure_ascii=False) if kept else None, field_id))
    return Change.of(*_TABLES, ids=[field_id])


def reorder_fields(conn: sqlite3.Connection, field_ids: Sequence[int]) -> Change:
    """Put the fields in this order (those not named keep their place after them)."""
    with transaction(conn):
        known = [f.id for f in fields(conn)]
        order = [i for i in field_ids if i in known] + [i for i in known if i not in field_ids]
        for position, field_id in enumerate(order, start=1):
            conn.execute("UPDATE custom_fields SET position = ? WHERE id = ? AND position != ?",
                         (position, field_id, position))
    return Change.of("custom_fields")


def has_fractions(conn: sqlite3.Connection, field_id: int) -> bool:
    """Whether any value of a number field is not whole (an export writes it as decimals)."""
    return conn.execute("SELECT 1 FROM member_fields WHERE field_id = ? AND typeof(value) ="
                        " 'real' LIMIT 1", (field_id,)).fetchone() is not None


def holders(conn: sqlite3.Connection, field_id: int) -> int:
    """How many members hold a value of the field (what deleting it would lose)."""
    return int(conn.execute("SELECT count(DISTINCT member_id) FROM member_fields"
                            " WHERE field_id = ?", (field_id,)).fetchone()[0])


def delete_field(conn: sqlite3.Connection, field_id: int) -> Change:
    """Delete a field and every value of it. The values are deleted by this statement, not
    by the foreign key's cascade, so the undo's row record sees each one."""
    with transaction(conn):
        field(conn, field_id)
        conn.execute("DELETE FROM member_fields WHERE field_id = ?", (field_id,))
        conn.execute("DELETE FROM custom_fields WHERE id = ?", (field_id,))
    return Change.of(*_TABLES, ids=[field_id])


# -- values ------------------------------------------------------------------------------

def member_values(conn: sqlite3.Connection, member_id: int) -> dict[int, list[object]]:
    """``{field id: values}`` of one member (options in the field's order, else sorted)."""
    return values_of(conn, [member_id]).get(member_id, {})


def values_of(conn: sqlite3.Connection, member_ids: Sequence[int],
              field_ids: Sequence[int] | None = None) -> dict[int, dict[int, list[object]]]:
    """``{member id: {field id: values}}`` for a page of members (roster columns, export)."""
    found: dict[int, dict[int, list[object]]] = {}
    wanted = None if field_ids is None else set(field_ids)
    for start in range(0, len(member_ids), 500):
        chunk = list(member_ids[start:start + 500])
        for member_id, field_id, value in conn.execute(
                "SELECT member_id, field_id, value FROM member_fields WHERE member_id IN"
                f" ({','.join('?' * len(chunk))}) ORDER BY member_id, field_id, value", chunk):
            if wanted is None or field_id in wanted:
                found.setdefault(member_id, {}).setdefault(field_id, []).append(value)
    ranks = {f.id: {o: i for i, o in enumerate(f.options)} for f in fields(conn) if f.options}
    for held in found.values():
        for field_id, values in held.items():
            if field_id in ranks and len(values) > 1:  # options in the field's order
                rank = ranks[field_id]
                values.sort(key=lambda v, r=rank: r.get(v, len(r)))  # type: ignore[misc]
    return found


def clean_values(defs: Mapping[int, FieldDef],
                 raw: Mapping[int, object]) -> dict[int, list[object]]:
    """Every raw value parsed (``field_values.parse``); the first refusal raises."""
    return {field_id: parse(defs[field_id], value) for field_id, value in raw.items()}


def set_values(conn: sqlite3.Connection, member_id: int, raw: Mapping[int, object]) -> Change:
    """Set the given fields of one member from what was typed (empty clears a field); the
    fields not named keep their values. Refuses (``Invalid`` naming the field) before
    writing anything."""
    defs = {f.id: f for f in fields(conn)}
    for field_id in raw:
        if field_id not in defs:
            raise DomainError(Code.RECORD_GONE, field_id, table="custom_fields", id=field_id)
    cleaned = clean_values(defs, raw)
    with transaction(conn):
        write_values(conn, [(member_id, field_id, values)
                            for field_id, values in cleaned.items()])
    return Change.of("member_fields", ids=[member_id])


def write_values(conn: sqlite3.Connection,
                 rows: Iterable[tuple[int, int, list[object]]]) -> int:
    """Replace each (member, field)'s values with the parsed ``values``, writing only the
    rows that differ (an import that changes nothing writes nothing). Returns rows written.
    The caller holds the transaction."""
    written = 0
    for member_id, field_id, values in rows:
        old = [v for (v,) in conn.execute(
            "SELECT value FROM member_fields WHERE member_id = ? AND field_id = ?",
            (member_id, field_id))]
        for value in old:
            if value not in values:
                conn.execute("DELETE FROM member_fields WHERE member_id = ? AND field_id = ?"
                             " AND value = ?", (member_id, field_id, value))
                written += 1
        for value in values:
            if value not in old:
                conn.execute("INSERT OR IGNORE INTO member_fields (member_id, field_id, value)"
                             " VALUES (?, ?, ?)", (member_id, field_id, value))
                written += 1
    return written
