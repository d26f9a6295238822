"""How many messages (发言) and invitations (邀请) each member has in each community, all
time (``people_counts``, format 15): what the top speakers and inviters are ranked from
(``models.analytics.engagement_people``).

Triggers on ``activities`` keep it (``models/schema/steps/v15.py``); a bulk load, which
runs with those triggers off, adds its own rows' counts (``add_loaded``), and the demo,
which writes every activity with them off, counts everything once (``rebuild``). A count
never depends on when an activity happened, so a change of the workspace's time zone
leaves it as it is.
"""

from __future__ import annotations

import sqlite3

#: The kinds counted; the condition repeats the partial index ``activities_people``'s
#: own, word for word, so SQLite may read that index.
KINDS = "kind IN ('发言', '邀请')"


def rebuild(conn: sqlite3.Connection) -> None:
    """Count every activity again (one read of the ``activities_people`` index)."""
    conn.execute("DELETE FROM people_counts")
    conn.execute(f"""INSERT INTO people_counts
        SELECT community_id, kind, member_id, count(*)
        FROM activities INDEXED BY activities_people
        WHERE community_id IS NOT NULL AND {KINDS} GROUP BY 1, 2, 3""")


def add_loaded(conn: sqlite3.Connection, first_new: int) -> None:
    """Add the activities ``id >= first_new`` (written with the triggers off): counts add
    up, so only the new rows are read."""
    # NOT INDEXED: the new rows are a range of ids; any index would read them all
    conn.execute(f"""INSERT INTO people_counts
        SELECT community_id, kind, member_id, count(*) FROM activities NOT INDEXED
        WHERE id >= ? AND community_id IS NOT NULL AND {KINDS} GROUP BY 1, 2, 3
        ON CONFLICT (community_id, kind, member_id) DO UPDATE SET n = n + excluded.n""",
                 (first_new,))
