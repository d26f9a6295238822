"""The demo's honours (荣誉称号): three titles every community grants, held by some of its
members, so the Analytics honours board, the roster's honours column and a profile's badges
show what the feature does (without them the board only said it was empty).

The thresholds suit the demo's members at any size (its draws are per member): about one in
fifteen holds 活跃之星, one in ten 老朋友, one in sixty 裂变达人. Granted by the same
``honours.refresh`` a points rule runs, so the demo holds nothing a user's honours would not.
"""

from __future__ import annotations

import sqlite3

from models.activity import honours
from models.activity.honours import Metric

#: (name, measure, threshold), for all communities.
HONOURS = (
    ("活跃之星", Metric.POINTS, 200),       # points balance
    ("老朋友", Metric.MONTHS_ACTIVE, 12),    # months with any activity
    ("裂变达人", Metric.INVITED, 3),         # members they invited
)


def add_honours(conn: sqlite3.Connection, at: str) -> int:
    """Define the demo's honours and grant them, as of ``at`` (the demo's last morning, not
    the clock: the same seed makes the same file); returns how many members hold one."""
    for name, metric, threshold in HONOURS:
        honours.add_honour(conn, name, metric, threshold, None)
    conn.execute("UPDATE honours SET created_at = ?", (at,))
    conn.execute("UPDATE member_honours SET granted_at = ?", (at,))
    return int(conn.execute("SELECT count(DISTINCT member_id) FROM member_honours")
                .fetchone()[0])
