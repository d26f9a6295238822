"""Loading a big chat export's activities without their per-row triggers.

Every activity written with the triggers on updates its member's last activity, the
analytics summaries (daily actives, cohorts, the member's totals), the member's funnel rows
and, for a purchase, the buyers: hundreds of microseconds a row. A million-message export
drops the triggers of ``activities``, loads, then restores them and brings everything they
keep up to date set-based:

- ``members.last_active_at`` of the members with new rows;
- the activity summaries, for the members, days and months the load touched
  (``models.imports.chat_summaries``: a full rebuild would read every activity of the
  workspace, ten million in a big one, for a thousand new);
- the funnel rows of the members with new rows, and of those whose referrer the file's
  invitations set (and everyone below them in the referral tree): the trigger that
  recomputes them on every referrer set is off too (measured: 16 ms a newcomer at a
  million activities, 20 s of a million-message import);
- the buyers, only when a purchase came in (a mapped sheet can carry them).

The indexes stay: the unique one on ``import_key`` is what makes a re-import add nothing
twice, and the membership triggers the file's system lines fire meanwhile read a member's
activities through ``activities_member`` (without it, a full scan per join: measured 519 s
instead of about 60 for a million messages). Keeping them costs little: rows arrive in
time order, so the community index grows at its end, and a few thousand members'
entries stay in the page cache.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from models.analytics import buyers_summary, funnel_summary
from models.imports import chat_summaries
from models.store.bulk import DroppedStructures

PURCHASE = "购买"
REFERRER_TRIGGER = "funnel_member_referrer"


@contextmanager
def activities_loaded(conn: sqlite3.Connection, first_new: int, community_id: int, *,
                      bulk: bool) -> Iterator[None]:
    """Around writing activities with ids from ``first_new``: nothing unless ``bulk``."""
    if not bulk:
        yield
        return
    indexes = {name for (name,) in conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'activities'")}
    dropped = DroppedStructures(conn, ["activities"], keep=indexes)  # the triggers
    members = {name for (name,) in conn.execute(
        "SELECT name FROM sqlite_schema WHERE tbl_name = 'members'")} - {REFERRER_TRIGGER}
    referrer = DroppedStructures(conn, ["members"], keep=members)
    yield
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS chat_referred (id INTEGER PRIMARY KEY)")
    if not conn.execute("SELECT EXISTS (SELECT 1 FROM activities WHERE id >= ?)"
                        " OR EXISTS (SELECT 1 FROM temp.chat_referred)",
                        (first_new,)).fetchone()[0]:
        referrer.restore()  # nothing the triggers would have counted (a re-import)
        dropped.restore()
        return
    # The new rows by their ids (NOT INDEXED: else SQLite reads the whole member index)
    conn.execute("DROP TABLE IF EXISTS temp.chat_touched")
    conn.execute("CREATE TEMP TABLE chat_touched (id INTEGER PRIMARY KEY)")
    conn.execute("INSERT OR IGNORE INTO temp.chat_touched SELECT member_id FROM activities"
                 " NOT INDEXED WHERE id >= ?", (first_new,))
    new = "SELECT id FROM temp.chat_touched"
    conn.execute(f"""UPDATE members SET last_active_at = (
        SELECT max(occurred_at) FROM activities a WHERE a.member_id = members.id)
        WHERE id IN ({new})""")
    chat_summaries.refresh_after_load(conn, first_new, community_id)
    conn.execute("""INSERT OR IGNORE INTO temp.chat_referred
        WITH RECURSIVE below(id) AS (SELECT id FROM temp.chat_referred
            UNION SELECT m.id FROM members m JOIN below b ON m.referrer_id = b.id)
        SELECT id FROM below""")
    funnel_summary.refresh_members(conn, f"{new} UNION SELECT id FROM temp.chat_referred")
    if conn.execute("SELECT 1 FROM activities WHERE id >= ? AND kind = ? LIMIT 1",
                    (first_new, PURCHASE)).fetchone():
        buyers_summary.rebuild(conn)
    conn.execute("DROP TABLE temp.chat_touched")
    referrer.restore()
    dropped.restore()
