"""Who carries a community's life: its top speakers (发言) and top inviters (邀请) in a
period, per community.

An inviter here counts 邀请 activities (one per invitation the chat record or the operator
logged), not newcomers: "Top referrers" (``cohorts.referrals``) already counts the people
someone brought in through the referrer field. A period is the workspace zone's days
(``Period.lo``/``hi`` over the stored text, which carries the zone's offset).

Plan: the covering index ``activities_people (community_id, kind, member_id,
occurred_at) WHERE kind IN ('发言', '邀请')`` (format 14) makes each list one index range
read in member order, no row look-up and no sort of the period's rows (a community's year
at ten million activities: 1.2 s; through ``activities_community`` it was ~20 s).

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
    Reads the ``activities_people`` index."""
    if kind not in KINDS:
        raise ValueError(f"ranked kinds are {KINDS}, not {kind!r}")
    # SQLite uses a partial index only when the query's WHERE holds the index's own
    # condition, word for word: it is repeated here (and the kind is a literal)
    condition = "AND kind IN ('发言', '邀请')"
    rows = conn.execute(
        f"""SELECT t.member_id, m.display_name, t.n FROM (
               SELECT member_id, count(*) AS n FROM activities INDEXED BY {INDEX}
               WHERE community_id = :c AND kind = '{kind}' {condition}
                 AND occurred_at >= :lo AND occurred_at < :hi
               GROUP BY member_id) AS t
           JOIN members m ON m.id = t.member_id AND m.deleted_at IS NULL
           ORDER BY t.n DESC, t.member_id LIMIT :top""",
        {"c": community_id, "lo": period.lo, "hi": period.hi, "top": int(top)}).fetchall()
    return [Person(int(i), str(name), int(n)) for i, name, n in rows]




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
    found = []
    for cid, name in communities:
        speakers = top_people(conn, int(cid), period, ActivityKind.MESSAGE, top)
        inviters = top_people(conn, int(cid), period, ActivityKind.INVITE, top)
        if speakers or inviters or community_id is not None:
            found.append(CommunityPeople(int(cid), str(name), speakers, inviters))
    return People(found)
