"""Loading a big chat export's activities without their per-row triggers.

Every activity written with the triggers on updates its member's last activity, the
analytics summaries (daily actives, cohorts, the member's totals), the member's funnel rows
and, for a purchase, the buyers: hundreds of microseconds a row. A million-message export
drops the triggers of ``activities`` (and, when the rows are a good part of the table, its
secondary indexes: building an index once over sorted keys beats a million random inserts),
loads, then restores them and brings everything they keep up to date set-based:

- ``members.last_active_at`` of the members with new rows;
- the activity summaries (``models.analytics.summary.rebuild``: one pass over the table);
- the funnel rows of the members with new rows (``funnel_summary.refresh_members``);
- the buyers, only when a purchase came in (a mapped sheet can carry them).

The unique index on ``import_key`` is never dropped: it is what makes a re-import add
nothing twice.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from models.analytics import buyers_summary, funnel_summary
from models.analytics import summary as analytics_summary
from models.store.bulk import DroppedStructures

KEY_INDEX = "activities_import_key"
#: Rows, as a share of the table after the load, from which its indexes are rebuilt
#: rather than kept up to date.
REBUILD_SHARE = 0.25
PURCHASE = "购买"


@contextmanager
def activities_loaded(conn: sqlite3.Connection, first_new: int, *, bulk: bool,
                      expected: int = 0) -> Iterator[None]:
    """Around writing activities with ids from ``first_new``: nothing unless ``bulk``."""
    if not bulk:
        yield
        return
    existing = first_new - 1
    keep = {KEY_INDEX}
    if expected < REBUILD_SHARE * (existing + expected):
        keep |= {name for (name,) in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'activities'")}
    dropped = DroppedStructures(conn, ["activities"], keep=keep)
    yield
    dropped.restore(triggers=False)
    new = f"SELECT DISTINCT member_id FROM activities WHERE id >= {int(first_new)}"
    conn.execute(f"""UPDATE members SET last_active_at = (
        SELECT max(occurred_at) FROM activities a WHERE a.member_id = members.id)
        WHERE id IN ({new})""")
    analytics_summary.rebuild(conn)
    funnel_summary.refresh_members(conn, new)
    if conn.execute("SELECT 1 FROM activities WHERE id >= ? AND kind = ? LIMIT 1",
                    (first_new, PURCHASE)).fetchone():
        buyers_summary.rebuild(conn)
    dropped.restore()
