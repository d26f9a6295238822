"""The end of a big member import: summaries, analytics and search rebuilt once, set-based.

``MemberImport`` writes the rows with most indexes and triggers off (``models.store.bulk``);
these functions put back what it turned off and bring every derived table up to date, in the
import's transaction.
"""

from __future__ import annotations

import sqlite3

from models.analytics import funnel_summary, points_summary
from models.analytics import summary as analytics_summary
from models.core import zone_rules
from models.members.summaries import REFRESH_MEMBER_SUMMARIES
from models.search import text_index
from models.search.helper import SearchHelper
from models.store.bulk import DroppedStructures

#: Triggers off during every import (see ``summary_triggers_dropped``).
SUMMARY_TRIGGERS = {"member_tags_add", "memberships_add"}


def summary_triggers_dropped(conn: sqlite3.Connection) -> DroppedStructures:
    """The triggers that rewrite a member's tag and community summaries on every tag or
    membership added: the import writes them with the member (and refreshes the
    members it updates at the end), while each trigger would update the member again
    and, for tags, re-index it for the search (measured: most of a trigger-path
    import). The search and analytics triggers stay."""
    others = {name for (name,) in conn.execute(
        "SELECT name FROM sqlite_schema WHERE tbl_name IN ('member_tags', 'memberships')")}
    return DroppedStructures(conn, ["member_tags", "memberships"],
                             keep=others - SUMMARY_TRIGGERS)


def refresh_touched(conn: sqlite3.Connection, touched: set[int]) -> None:
    """Summaries of the members an import updated, from their rows (set-based).
    Leaves their ids in ``temp.import_touched`` for the analytics refresh."""
    if not touched:
        return
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS import_touched (id INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM temp.import_touched")
    conn.executemany("INSERT OR IGNORE INTO temp.import_touched (id) VALUES (?)",
                     [(i,) for i in touched])
    for statement in REFRESH_MEMBER_SUMMARIES:
        conn.execute(statement + " WHERE id IN (SELECT id FROM temp.import_touched)")


def finish_bulk(conn: sqlite3.Connection, dropped: DroppedStructures, *, touched: set[int],
                helper: SearchHelper | None, community_id: int | None,
                first_new_id: int) -> None:
    """Restore what a bulk import dropped and rebuild what derives from members: the
    summaries of updated members, the analytics summaries and the search indexes (built by
    ``helper`` meanwhile when there is one). New members have ids ``>= first_new_id``."""
    text_index.clear_caches()
    dropped.restore("member_tags", "memberships", triggers=False)
    refresh_touched(conn, touched)
    search = None
    if helper is not None:  # the full-text indexes build there meanwhile
        if touched:
            helper.restage(conn, "id IN (SELECT id FROM temp.import_touched)")
        search = helper.build()
    dropped.restore(triggers=False)
    # The zone's triggers were off too: instants the file gave in another offset are
    # rewritten in the workspace's zone before anything is counted from them
    new_or_touched = f"member_id >= {int(first_new_id)}" + (
        " OR member_id IN (SELECT id FROM temp.import_touched)" if touched else "")
    zone_rules.normalise(conn, "memberships", new_or_touched)
    zone_rules.normalise(conn, "members", new_or_touched.replace("member_id", "id"))
    # The analytics triggers were off too. New members have no activities yet, so of
    # the activity summaries only the audience counts change; an existing member
    # joining the community may move its activity counts as well. The funnel rows of
    # new and changed members, and the points (a member in the ledger may have joined
    # a community), are refreshed set-based.
    if touched and community_id is not None:
        analytics_summary.rebuild(conn)
    else:
        analytics_summary.rebuild_member_dims(conn)
    changed = f"SELECT id FROM members WHERE id >= {int(first_new_id)}"
    if touched:
        changed += " UNION ALL SELECT id FROM temp.import_touched"
    funnel_summary.refresh_members(conn, changed)
    if touched:
        points_summary.rebuild(conn)
        conn.execute("DROP TABLE temp.import_touched")
    if search is None:
        text_index.rebuild(conn)
    else:
        search.result()
        text_index.adopt_built(conn, helper.stage_path)
    dropped.restore()
