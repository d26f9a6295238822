"""Who carries a community's life: its top speakers (发言) and top inviters (邀请) in a
period, per community.

An inviter here counts 邀请 activities (one per invitation the chat record or the operator
logged), not newcomers: "Top referrers" (``cohorts.referrals``) already counts the people
someone brought in through the referrer field. A period is the workspace zone's days
(``Period.lo``/``hi`` over the stored text, which carries the zone's offset).

Plan: members in descending count of all time (``people_counts``, format 15), each one's
count in the period read from the covering index ``activities_people (community_id, kind,
member_id, occurred_at) WHERE kind IN ('发言', '邀请')`` (format 14), until counts of all
time fall below the tenth best found (see ``top_people``). Reading the whole index range
instead (every entry of a community, of all time) cost 2-3 s for every community's year
at ten million activities.

People in the trash are not listed (every list of people hides the trash), but the ranks
are counted over everyone's activity: history keeps it. Activity outside any community
is in no community's list.
"""

from __future__ import annotations

import bisect
import json
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

    Members are read in descending count of all time (``people_counts``), and each one's
    count in the period is read from the ``activities_people`` index; a member's count in
    the period is at most their count of all time, so once that falls below the
    ``top``-th best count found, nobody further can rank (nor tie) and the reading stops.
    Members with no activity at all in the period (``member_activity``) are passed over
    without reading the index."""
    if kind not in KINDS:
        raise ValueError(f"ranked kinds are {KINDS}, not {kind!r}")
    if top <= 0:
        return []
    # SQLite uses a partial index only when the query's WHERE holds the index's own
    # condition, word for word: it is repeated here (and the kind is a literal)
    condition = "AND kind IN ('发言', '邀请')"
    rows = conn.execute(
        f"""SELECT p.member_id, p.n, (
               SELECT count(*) FROM activities INDEXED BY {INDEX}
               WHERE community_id = :c AND kind = '{kind}' {condition}
                 AND member_id = p.member_id AND occurred_at >= :lo AND occurred_at < :hi)
           FROM people_counts p INDEXED BY people_counts_rank
           CROSS JOIN member_activity ma ON ma.member_id = p.member_id
             AND ma.community_id = :c AND ma.last_at >= :lo AND ma.first_at < :hi
           WHERE p.community_id = :c AND p.kind = '{kind}'
             AND p.member_id NOT IN (SELECT id FROM members INDEXED BY members_deleted
                                     WHERE deleted_at IS NOT NULL)
           ORDER BY p.n DESC""",
        {"c": community_id, "lo": period.lo, "hi": period.hi})
    best: list[tuple[int, int]] = []  # (-count in the period, member id), best first
    try:
        for member_id, bound, count in rows:
            if len(best) == top and bound < -best[-1][0]:
                break  # nobody further can reach the top (counts of all time only fall)
            if count:
                bisect.insort(best, (-int(count), int(member_id)))
                del best[top:]
    finally:
        rows.close()
    if not best:
        return []
    names = dict(conn.execute(
        "SELECT id, display_name FROM members WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps([m for _, m in best]),)).fetchall())
    return [Person(m, str(names[m]), -n) for n, m in best]


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
