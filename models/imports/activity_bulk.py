"""Loading many activities without their per-row triggers: the bulk path of the chat
import and of the order import.

Every activity written with the triggers on updates its member's last activity, the
analytics summaries (daily actives, cohorts, the member's totals), the member's funnel rows
and, for a purchase, the buyers: hundreds of microseconds a row (measured: 100,000 orders
took 150 s). A bulk load drops the triggers of ``activities``, loads, then restores them
and brings everything they keep up to date set-based:

- ``members.last_active_at`` of the members with new rows;
- the activity summaries and the buyers, for the members, days and months the load
  touched, in every community it wrote to and in scope 0
  (``models.imports.activity_summaries``: a full rebuild would read every activity of the
  workspace, ten million in a big one, for a thousand new);
- the funnel rows of the members with new rows, and of those whose referrer the load set
  (listed by the writer in ``REFERRED``, with everyone below them in the referral tree):
  the trigger that recomputes them on every referrer set is off too (measured: 16 ms a
  newcomer at a million activities, 20 s of a million-message import). They read who
  was activated and bought from ``member_activity``, counted first, as the rebuild does.

The new rows are read once, grouped (``activity_summaries.grouped``): the members they
touched and every summary come from that.

Instants the writer gave in another offset than the workspace zone's are moved into it
set-based (``models.core.zone_rules.normalise``, what the zone triggers do row by row:
kept on, those alone cost 15 µs a row, twice the insert itself), before anything is
counted.

The indexes stay: the unique one on ``import_key`` is what makes a re-import add nothing
twice, and the membership triggers a chat's system lines fire meanwhile read a member's
activities through ``activities_member`` (without it, a full scan per join: measured 519 s
instead of about 60 for a million messages). Keeping them costs little: rows arrive in
time order (the order import sorts them), so the time indexes grow at their end, and a few
thousand members' entries stay in the page cache.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from models.analytics import funnel_summary
from models.core import zone_rules
from models.imports import activity_summaries
from models.store.bulk import DroppedStructures

REFERRER_TRIGGER = "funnel_member_referrer"
#: Members whose referrer the writer set during the load (it inserts their ids).
REFERRED = "temp.bulk_referred"
_TOUCHED = "temp.bulk_touched"


def _names(conn: sqlite3.Connection, table: str) -> set[tuple[str, str]]:
    return set(conn.execute("SELECT type, name FROM sqlite_schema WHERE tbl_name = ?",
                            (table,)))


@contextmanager
def activities_loaded(conn: sqlite3.Connection, first_new: int, *,
                      bulk: bool) -> Iterator[None]:
    """Around writing activities with ids from ``first_new`` (and no other write to
    ``activities``): nothing unless ``bulk``. Inside the writer's transaction."""
    if not bulk:
        yield
        return
    dropped = DroppedStructures(conn, ["activities"], keep={
        name for kind, name in _names(conn, "activities") if kind == "index"})
    referrer = DroppedStructures(conn, ["members"], keep={
        name for _, name in _names(conn, "members") if name != REFERRER_TRIGGER})
    conn.execute(f"DROP TABLE IF EXISTS {REFERRED}")
    conn.execute(f"CREATE TEMP TABLE {REFERRED.split('.')[1]} (id INTEGER PRIMARY KEY)")
    yield
    if not conn.execute(f"SELECT EXISTS (SELECT 1 FROM activities WHERE id >= ?)"
                        f" OR EXISTS (SELECT 1 FROM {REFERRED})", (first_new,)).fetchone()[0]:
        referrer.restore()  # nothing the triggers would have counted (a re-import)
        dropped.restore()
        conn.execute(f"DROP TABLE {REFERRED}")
        return
    zone_rules.normalise(conn, "activities", f"id >= {int(first_new)}")
    with activity_summaries.grouped(conn, first_new):
        conn.execute(f"DROP TABLE IF EXISTS {_TOUCHED}")
        conn.execute(f"CREATE TEMP TABLE {_TOUCHED.split('.')[1]} (id INTEGER PRIMARY KEY)")
        conn.execute(f"INSERT OR IGNORE INTO {_TOUCHED}"
                     f" SELECT DISTINCT member_id FROM {activity_summaries.NEW}")
        new = f"SELECT id FROM {_TOUCHED}"
        conn.execute(f"""UPDATE members SET last_active_at = (
            SELECT max(occurred_at) FROM activities a WHERE a.member_id = members.id)
            WHERE id IN ({new})""")
        activity_summaries.refresh_grouped(conn, first_new)
    conn.execute(f"""INSERT OR IGNORE INTO {REFERRED}
        WITH RECURSIVE below(id) AS (SELECT id FROM {REFERRED}
            UNION SELECT m.id FROM members m JOIN below b ON m.referrer_id = b.id)
        SELECT id FROM below""")
    # member_activity is up to date: the funnel reads it, not every member's activities
    funnel_summary.refresh_members(conn, f"{new} UNION SELECT id FROM {REFERRED}",
                                   from_summary=True)
    conn.execute(f"DROP TABLE {_TOUCHED}")
    conn.execute(f"DROP TABLE {REFERRED}")
    referrer.restore()
    dropped.restore()
