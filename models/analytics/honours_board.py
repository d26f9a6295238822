"""The honours board (荣誉榜): who holds which honour (荣誉称号/勋章), grouped by honour.

Honours are granted at thresholds by ``models.activity`` (the points rules' part of issue
16); this only reads ``honours`` and ``member_honours``. Scope: for one community, its own
honours and the workspace-wide ones (``community_id IS NULL``) held by its current members
(joined, not left); for all communities, every honour. People in the trash are not
listed (the trash hides people from lists). The period does not filter: an honour held is
shown with the day it was granted (``granted_at``), newest first within an honour.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

#: Most holders listed per honour (the count says how many hold it in all).
SHOWN_PER_HONOUR = 50


@dataclass(frozen=True)
class Holder:
    member_id: int
    name: str
    granted_at: str


@dataclass(frozen=True)
class HonourRow:
    honour_id: int
    name: str
    community: str | None      # None: every community
    metric: str                # points | events | invited | months_active
    threshold: int
    holders: int               # everyone holding it in scope
    listed: list[Holder] = field(default_factory=list)


@dataclass(frozen=True)
class HonoursBoard:
    honours: list[HonourRow]

    @property
    def empty(self) -> bool:
        return not any(h.holders for h in self.honours)


def honours_board(conn: sqlite3.Connection, community_id: int | None,
                  shown: int = SHOWN_PER_HONOUR) -> HonoursBoard:
    """Every honour in scope (highest threshold first within a metric) with its holders."""
    args: dict[str, object] = {"c": community_id, "n": int(shown)}
    if community_id is None:
        honours_sql = "SELECT id FROM honours"
        in_scope = ""
    else:
        honours_sql = "SELECT id FROM honours WHERE community_id IS NULL OR community_id = :c"
        in_scope = (" AND EXISTS (SELECT 1 FROM memberships ms WHERE ms.member_id = m.id"
                    " AND ms.community_id = :c AND ms.left_at IS NULL)")
    rows = conn.execute(
        f"""SELECT h.id, h.name, c.name, h.metric, h.threshold FROM honours h
            LEFT JOIN communities c ON c.id = h.community_id
            WHERE h.id IN ({honours_sql})
            ORDER BY h.metric, h.threshold DESC, h.name""", args).fetchall()
    found = []
    for honour_id, name, community, metric, threshold in rows:
        holders_sql = (f"FROM member_honours mh JOIN members m ON m.id = mh.member_id"
                       f" WHERE mh.honour_id = :h AND m.deleted_at IS NULL{in_scope}")
        total = conn.execute(f"SELECT count(*) {holders_sql}",
                             {**args, "h": honour_id}).fetchone()[0]
        listed = [Holder(int(i), str(n), str(g)) for i, n, g in conn.execute(
            f"SELECT m.id, m.display_name, mh.granted_at {holders_sql}"
            f" ORDER BY mh.granted_at DESC, m.id LIMIT :n", {**args, "h": honour_id})]
        found.append(HonourRow(int(honour_id), str(name), community, str(metric),
                               int(threshold), int(total), listed))
    return HonoursBoard(found)
