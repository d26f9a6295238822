"""One timeline per member: everything the workspace knows happened to them, newest first.

Activities (发言, 分享, 邀请, 参加活动 ...) and purchases, event registrations and check-ins,
points entries, violations, needs, joining and leaving communities, merges of duplicates
into them, and follow-ups. Each item is data (a kind, what happened, the facts); the
window words it.

A member can have 100,000 activities, so nothing reads them all: a page asks every source
for its newest ``limit + 1`` rows older than the cursor (each through its member index),
merges them, and keeps ``limit``. The order is total: (time, source rank, row id), all
descending, so items at the same instant keep one order from page to page, and the cursor
(the last item's key) says exactly where the next page starts.
"""

from __future__ import annotations

import heapq
import json
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass, field

#: The kinds a timeline can be filtered by (as stored; the window words and colours them).
ACTIVITY = "activity"
PURCHASE = "purchase"
EVENT = "event"
POINTS = "points"
VIOLATION = "violation"
NEED = "need"
MEMBERSHIP = "membership"
MERGE = "merge"
FOLLOW_UP = "follow_up"
KINDS = (FOLLOW_UP, ACTIVITY, PURCHASE, EVENT, POINTS, VIOLATION, NEED, MEMBERSHIP, MERGE)

PAGE = 100

Key = tuple[str, int, int]


@dataclass(frozen=True)
class Item:
    """One thing that happened: ``kind`` (one of ``KINDS``), ``what`` within it (the
    activity's own kind, ``registered``, ``checked_in``, ``joined``, ``left`` ...), ``ref``
    the row it came from (a follow-up's id for editing it), ``detail`` the facts."""

    at: str
    kind: str
    what: str
    ref: int
    rank: int
    detail: dict = field(default_factory=dict, compare=False)

    @property
    def key(self) -> Key:
        return (self.at, self.rank, self.ref)


@dataclass(frozen=True)
class Page:
    items: list[Item]
    #: Where the next page starts; None when this page is the last.
    cursor: Key | None

    @property
    def more(self) -> bool:
        return self.cursor is not None


@dataclass(frozen=True)
class _Source:
    kind: str
    rank: int
    #: Selects (at, id, ...detail columns) for :member; ``{time}`` is the time column.
    sql: str
    time: str
    id: str
    columns: tuple[str, ...]
    what: str | None = None  # fixed; None: the first detail column says


_SOURCES = (
    _Source(MEMBERSHIP, 0, "SELECT {time}, ms.id, c.name, ms.role, ms.status"
            " FROM memberships ms JOIN communities c ON c.id = ms.community_id"
            " WHERE ms.member_id = :member", "ms.joined_at", "ms.id",
            ("community", "role", "status"), "joined"),
    _Source(MEMBERSHIP, 1, "SELECT {time}, ms.id, c.name, ms.left_reason"
            " FROM memberships ms JOIN communities c ON c.id = ms.community_id"
            " WHERE ms.member_id = :member AND ms.left_at IS NOT NULL", "ms.left_at", "ms.id",
            ("community", "reason"), "left"),
    _Source(EVENT, 2, "SELECT {time}, r.id, e.title, r.status, r.walk_in, r.guests,"
            " e.starts_at, c.name FROM registrations r JOIN events e ON e.id = r.event_id"
            " LEFT JOIN communities c ON c.id = e.community_id WHERE r.member_id = :member",
            "r.registered_at", "r.id",
            ("event", "status", "walk_in", "guests", "starts_at", "community"), "registered"),
    _Source(EVENT, 3, "SELECT {time}, r.id, e.title, r.walk_in, c.name FROM registrations r"
            " JOIN events e ON e.id = r.event_id LEFT JOIN communities c"
            " ON c.id = e.community_id WHERE r.member_id = :member"
            " AND r.checked_in_at IS NOT NULL", "r.checked_in_at", "r.id",
            ("event", "walk_in", "community"), "checked_in"),
    _Source(NEED, 4, "SELECT {time}, n.id, n.text, n.kind, n.status, n.urgency, n.importance"
            " FROM needs n WHERE n.member_id = :member", "n.created_at", "n.id",
            ("text", "need_kind", "status", "urgency", "importance"), "need"),
    _Source(VIOLATION, 5, "SELECT {time}, v.id, v.action, v.rule, v.until, v.handled_by,"
            " c.name FROM violations v LEFT JOIN communities c ON c.id = v.community_id"
            " WHERE v.member_id = :member", "v.occurred_at", "v.id",
            ("action", "rule", "until", "handled_by", "community")),
    _Source(MERGE, 6, "SELECT {time}, g.id, g.merged_name, g.merged_id, g.detail"
            " FROM member_merges g WHERE g.member_id = :member", "g.merged_at", "g.id",
            ("merged_name", "merged_id", "fields"), "merged"),
    _Source(POINTS, 7, "SELECT {time}, p.id, p.delta, p.reason FROM points_ledger p"
            " WHERE p.member_id = :member", "p.occurred_at", "p.id", ("delta", "reason"),
            "points"),
    _Source(ACTIVITY, 8, "SELECT {time}, a.id, a.kind, a.amount, c.name, e.title, a.note"
            " FROM activities a LEFT JOIN communities c ON c.id = a.community_id"
            " LEFT JOIN events e ON e.id = a.event_id WHERE a.member_id = :member",
            "a.occurred_at", "a.id", ("activity", "amount", "community", "event", "note")),
    _Source(FOLLOW_UP, 9, "SELECT {time}, f.id, f.channel, f.note, f.next_on, c.name,"
            " f.community_id FROM follow_ups f LEFT JOIN communities c"
            " ON c.id = f.community_id WHERE f.member_id = :member", "f.at", "f.id",
            ("channel", "note", "next_on", "community", "community_id"), "follow_up"),
)
_PURCHASE = "购买"
#: The purchases alone, through the purchases' own summary (``purchase_members``, scope 0:
#: every community), ordered by member and time: a member with 100,000 messages and three
#: purchases reads three rows, not 100,000. Same rank and ids as the activities source.
_PURCHASES = _Source(
    ACTIVITY, 8, "SELECT {time}, a.id, a.kind, a.amount, c.name, e.title, a.note"
    " FROM purchase_members pm JOIN activities a ON a.id = pm.activity_id"
    " LEFT JOIN communities c ON c.id = a.community_id LEFT JOIN events e ON e.id = a.event_id"
    " WHERE pm.scope = 0 AND pm.member_id = :member", "pm.occurred_at", "pm.activity_id",
    ("activity", "amount", "community", "event", "note"))


def page(conn: sqlite3.Connection, member_id: int, kinds: Collection[str] | None = None,
         after: Key | None = None, limit: int = PAGE) -> Page:
    """The member's newest ``limit`` items of ``kinds`` (None: every kind) older than
    ``after`` (the previous page's ``cursor``)."""
    wanted = set(KINDS if kinds is None else kinds)
    streams = []
    for source in _SOURCES:
        if source.kind == ACTIVITY:
            if ACTIVITY not in wanted:
                if PURCHASE in wanted:
                    streams.append(_read(conn, _PURCHASES, member_id, "", after, limit + 1))
                continue
            extra = "" if PURCHASE in wanted else " AND a.kind != :purchase"
        elif source.kind in wanted:
            extra = ""
        else:
            continue
        streams.append(_read(conn, source, member_id, extra, after, limit + 1))
    merged = list(heapq.merge(*streams, key=lambda i: i.key, reverse=True))
    if len(merged) > limit:
        return Page(merged[:limit], merged[limit - 1].key)
    return Page(merged, None)


def _read(conn: sqlite3.Connection, source: _Source, member_id: int, extra: str,
          after: Key | None, limit: int) -> list[Item]:
    time, ident = source.time, source.id
    where = f" AND {time} IS NOT NULL"
    args: dict[str, object] = {"member": member_id, "purchase": _PURCHASE, "limit": limit}
    if after is not None:
        at, rank, ref = after
        args.update(at=at, ref=ref)
        if source.rank < rank:
            where += f" AND {time} <= :at"
        elif source.rank > rank:
            where += f" AND {time} < :at"
        else:  # the range on the index, then the tie on the row id
            where += f" AND {time} <= :at AND ({time} < :at OR {ident} < :ref)"
    sql = (source.sql.format(time=time) + extra + where
           + f" ORDER BY {time} DESC, {ident} DESC LIMIT :limit")
    return [_item(source, row) for row in conn.execute(sql, args)]


def _item(source: _Source, row: tuple) -> Item:
    detail = dict(zip(source.columns, row[2:], strict=True))
    what = source.what
    kind = source.kind
    if kind == ACTIVITY:
        what = str(detail["activity"])
        if what == _PURCHASE:
            kind = PURCHASE
    elif kind == VIOLATION:
        what = str(detail["action"])
    elif kind == MERGE:
        try:
            detail["fields"] = json.loads(detail["fields"]) if detail["fields"] else {}
        except ValueError:
            detail["fields"] = {}
    return Item(str(row[0]), kind, str(what), int(row[1]), source.rank, detail)


def counts(conn: sqlite3.Connection, member_id: int) -> dict[str, int]:
    """How many items of each kind the member has (for the filter's labels); every count
    is an index range of the member (purchases through their summary)."""
    one = {
        FOLLOW_UP: "SELECT count(*) FROM follow_ups WHERE member_id = :m",
        ACTIVITY: "SELECT count(*) FROM activities WHERE member_id = :m",
        PURCHASE: "SELECT count(*) FROM purchase_members WHERE scope = 0 AND member_id = :m",
        EVENT: "SELECT count(*) + count(checked_in_at) FROM registrations WHERE member_id = :m",
        POINTS: "SELECT count(*) FROM points_ledger WHERE member_id = :m",
        VIOLATION: "SELECT count(*) FROM violations WHERE member_id = :m",
        NEED: "SELECT count(*) FROM needs WHERE member_id = :m",
        MEMBERSHIP: "SELECT count(*) + count(left_at) FROM memberships WHERE member_id = :m",
        MERGE: "SELECT count(*) FROM member_merges WHERE member_id = :m",
    }
    found = {kind: int(conn.execute(sql, {"m": member_id}).fetchone()[0])
             for kind, sql in one.items()}
    found[ACTIVITY] -= found[PURCHASE]  # both through an index, not a look at each row
    return found
