"""When a community is alive: its activity counted by weekday and hour (a 7 x 24 grid).

Hours and weekdays are the workspace zone's: every stored instant carries the zone's
offset (``models.core.zones``), so the text's own date and hour are the day and hour
there (an instant at 23:30 +08:00 in Asia/Shanghai stays on its day, at 23).

Counting is set-based without a sort: for every local hour of the period, a count over
the ``activities_community (community_id, occurred_at, member_id)`` index range of that
hour, per community (and, for all communities, the rows outside any). SQLite's GROUP BY
on the hour would sort every row of the period; these seeks step through each index entry
once (see ``benchmarks/activity_hours.py``: a year at ten million activities beside a
plain ``count(*)``). Everything counts, whoever did it: people in the trash included
(history keeps their activity); for one community, the activity recorded there.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from models.analytics.period import Period

WEEKDAYS = 7
HOURS = 24

#: One row per local hour of the period: 'YYYY-MM-DDTHH' and its count in the scopes.
_SQL = """
WITH RECURSIVE
  days(day) AS (SELECT :first UNION ALL
                SELECT date(day, '+1 day') FROM days WHERE day < :last),
  hours(h) AS (SELECT 0 UNION ALL SELECT h + 1 FROM hours WHERE h < 23),
  keys(k) AS MATERIALIZED (SELECT day || 'T' || printf('%02d', h) FROM days, hours),
  scopes(id) AS MATERIALIZED ({scopes})
SELECT k, (SELECT count(*) FROM activities AS a INDEXED BY activities_community
           WHERE a.community_id IS s.id AND a.occurred_at >= k AND a.occurred_at < k || ';')
FROM keys, scopes AS s
"""


@dataclass(frozen=True)
class ActivityHours:
    """``grid[weekday][hour]``: activities; weekday 0 is Monday."""

    grid: list[list[int]]

    @property
    def total(self) -> int:
        return sum(sum(row) for row in self.grid)

    @property
    def empty(self) -> bool:
        return self.total == 0

    def busiest(self) -> tuple[int, int] | None:
        """(weekday, hour) with the most activity, None when there is none."""
        if self.empty:
            return None
        return max(((d, h) for d in range(WEEKDAYS) for h in range(HOURS)),
                   key=lambda dh: (self.grid[dh[0]][dh[1]], -dh[0], -dh[1]))


def activity_hours(conn: sqlite3.Connection, community_id: int | None,
                   period: Period) -> ActivityHours:
    """Activities of the period by local weekday and hour, in one community or all."""
    if community_id is None:
        scopes = "SELECT id FROM communities UNION ALL SELECT NULL"
        args: dict[str, object] = {}
    else:
        scopes = "SELECT :c"
        args = {"c": community_id}
    grid = [[0] * HOURS for _ in range(WEEKDAYS)]
    rows = conn.execute(_SQL.format(scopes=scopes),
                        {**args, "first": period.lo, "last": period.end.isoformat()})
    for key, count in rows:
        if count:
            day = date.fromisoformat(key[:10])
            grid[day.weekday()][int(key[11:13])] += int(count)
    return ActivityHours(grid)
