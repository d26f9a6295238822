"""Who carries a community's life: its top speakers (发言) and top inviters (邀请) in a
period, per community.

An inviter here counts 邀请 activities (one per invitation the chat record or the operator
logged), not newcomers: "Top referrers" (``cohorts.referrals``) already counts the people
someone brought in through the referrer field. A period is the workspace zone's days
(``Period.lo``/``hi`` over the stored text, which carries the zone's offset).

Plan: with the covering index ``activities_people (community_id, kind, member_id,
occurred_at) WHERE kind IN ('发言', '邀请')`` (format 14) each list is one index range read
in member order, no row look-up and no sort of the period's rows. Without it (a file not
yet upgraded), ``activities_community`` would look up every row of the period for its kind
(~20 s per community and kind for a year at ten million activities), so the lists of
every community are read in one pass over the table instead (~17 s there; a month ~5 s).

People in the trash are not listed (every list of people hides the trash), but the ranks
are counted over everyone's activity: history keeps it. Activity outside any community
is in no community's list.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from models.analytics.period import Period
from models.core.vocab import ActivityKind

TOP = 10
INDEX = "activities_people"
KINDS = (ActivityKind.MESSAGE.value, ActivityKind.INVITE.value)


@dataclass(frozen=True)
class Person:
    member_id: int
    name: str
    count: int


@dataclass(frozen=True)
class CommunityPeople:
    community_id: int
    community: str
    speakers: list[Person]
    inviters: list[Person]


@dataclass(frozen=True)
class People:
    """Per community in scope (one, or every community with activity of either kind)."""

    communities: list[CommunityPeople]

    @property
    def empty(self) -> bool:
        return not any(c.speakers or c.inviters for c in self.communities)


def top_people(conn: sqlite3.Connection, community_id: int, period: Period, kind: str,
               top: int = TOP) -> list[Person]:
    """The ``top`` members with the most ``kind`` activities (发言 or 邀请) in
    ``community_id`` in ``period``, most first (ties by id), people in the trash left out.
    Reads the ``activities_people`` index; without it, see ``people``."""
    if kind not in KINDS:
        raise ValueError(f"ranked kinds are {KINDS}, not {kind!r}")
    # SQLite uses a partial index only when the query's WHERE holds the index's own
    # condition, word for word: it is repeated here (and the kind is a literal)
    hint = f"INDEXED BY {INDEX}" if _has_index(conn) else ""
    condition = "AND kind IN ('发言', '邀请')"
    rows = conn.execute(
        f"""SELECT t.member_id, m.display_name, t.n FROM (
               SELECT member_id, count(*) AS n FROM activities {hint}
               WHERE community_id = :c AND kind = '{kind}' {condition}
                 AND occurred_at >= :lo AND occurred_at < :hi
               GROUP BY member_id) AS t
           JOIN members m ON m.id = t.member_id AND m.deleted_at IS NULL
           ORDER BY t.n DESC, t.member_id LIMIT :top""",
        {"c": community_id, "lo": period.lo, "hi": period.hi, "top": int(top)}).fetchall()
    return [Person(int(i), str(name), int(n)) for i, name, n in rows]




def _one_pass(conn: sqlite3.Connection, community_id: int | None, period: Period,
              top: int) -> dict[tuple[int, str], list[Person]]:
    """(community, kind) -> its top people, every community in scope read in one pass."""
    scoped = "community_id IS NOT NULL" if community_id is None else "community_id = :c"
    rows = conn.execute(
        f"""SELECT t.community_id, t.kind, t.member_id, m.display_name, t.n FROM (
               SELECT community_id, kind, member_id, n, row_number() OVER (
                   PARTITION BY community_id, kind ORDER BY n DESC, member_id) AS rank
               FROM (SELECT community_id, kind, member_id, count(*) AS n
                     FROM activities NOT INDEXED
                     WHERE kind IN (:k1, :k2) AND occurred_at >= :lo AND occurred_at < :hi
                       AND {scoped}
                     GROUP BY community_id, kind, member_id) AS g
               WHERE member_id NOT IN (SELECT id FROM members INDEXED BY members_deleted
                                       WHERE deleted_at IS NOT NULL)) AS t
           JOIN members m ON m.id = t.member_id
           WHERE t.rank <= :top ORDER BY t.community_id, t.kind, t.rank""",
        {"c": community_id, "k1": KINDS[0], "k2": KINDS[1], "lo": period.lo, "hi": period.hi,
         "top": int(top)}).fetchall()
    found: dict[tuple[int, str], list[Person]] = {}
    for cid, kind, member_id, name, n in rows:
        found.setdefault((int(cid), str(kind)), []).append(Person(int(member_id), str(name),
                                                                  int(n)))
    return found


def _has_index(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?",
                        (INDEX,)).fetchone() is not None


def people(conn: sqlite3.Connection, community_id: int | None, period: Period,
           top: int = TOP) -> People:
    """Top speakers and inviters of one community, or of each community (by name) whose
    members spoke or invited in the period."""
    if community_id is None:
        communities = conn.execute("SELECT id, name FROM communities ORDER BY name, id"
                                   ).fetchall()
    else:
        communities = conn.execute("SELECT id, name FROM communities WHERE id = ?",
                                   (community_id,)).fetchall()
    lists = None if _has_index(conn) else _one_pass(conn, community_id, period, top)
    found = []
    for cid, name in communities:
        if lists is None:
            speakers = top_people(conn, int(cid), period, ActivityKind.MESSAGE, top)
            inviters = top_people(conn, int(cid), period, ActivityKind.INVITE, top)
        else:
            speakers = lists.get((int(cid), ActivityKind.MESSAGE.value), [])
            inviters = lists.get((int(cid), ActivityKind.INVITE.value), [])
        if speakers or inviters or community_id is not None:
            found.append(CommunityPeople(int(cid), str(name), speakers, inviters))
    return People(found)
