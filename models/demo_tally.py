"""The analytics summaries of demo data, counted while the rows are drawn.

A bulk load runs without triggers; rebuilding the summaries afterwards would read ten
million activities several times over (minutes at a million members). The demo knows each
member's activities as it makes them, so it counts them on the way, exactly as
``models.analytics.summary.REBUILD`` would (a test compares the two).
"""

from __future__ import annotations

from collections import defaultdict

PURCHASE = "购买"


class AnalyticsTally:
    def __init__(self) -> None:
        # (scope, day) -> [members, actions, purchases, revenue]
        self.daily: dict[tuple[int, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        # (scope, cohort month, month) -> members
        self.cohorts: dict[tuple[int, str, str], int] = defaultdict(int)
        # (scope, dimension, value) -> members
        self.dims: dict[tuple[int, str, str], int] = defaultdict(int)

    def member(self, member_id: int, created_at: str,
               memberships: list[tuple[int, str, str | None]],
               activities: list[tuple], profile: dict[str, object],
               tag_ids: set[int]) -> list[tuple]:
        """Count one member; returns their ``member_activity`` rows.

        ``memberships``: (community, joined_at, left_at); ``activities``: rows as inserted
        (member_id, community_id, occurred_at, kind, amount), all in one community.
        """
        rows = []
        if activities:
            by_scope: dict[int, list[tuple]] = defaultdict(list)
            for activity in activities:
                by_scope[activity[1]].append(activity)
            for community, acts in by_scope.items():
                rows.append((member_id, community, *self._totals(acts)))
            rows.append((member_id, 0, *self._totals(activities)))
            joined = {c: j[:7] for c, j, _ in memberships}
            for scope in (*by_scope, 0):
                acts = activities if scope == 0 else by_scope[scope]
                cohort = created_at[:7] if scope == 0 else joined.get(scope, "")
                days: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
                for _, _, at, kind, amount in acts:
                    day = days[at[:10]]
                    day[0] += 1
                    if kind == PURCHASE:
                        day[1] += 1
                        day[2] += amount
                for day, (actions, purchases, revenue) in days.items():
                    counts = self.daily[(scope, day)]
                    counts[0] += 1
                    counts[1] += actions
                    counts[2] += purchases
                    counts[3] += revenue
                for month in {at[:7] for _, _, at, _, _ in acts}:
                    self.cohorts[(scope, cohort, month)] += 1
        scopes = [0, *(c for c, _, left in memberships if left is None)]
        values = [(name, "" if value is None else str(value)) for name, value in profile.items()]
        values += [("tag", str(tag)) for tag in tag_ids]
        for scope in scopes:
            for name, value in values:
                self.dims[(scope, name, value)] += 1
        return rows

    @staticmethod
    def _totals(acts: list[tuple]) -> tuple:
        times = [a[2] for a in acts]
        purchases = [a[4] for a in acts if a[3] == PURCHASE]
        return min(times), max(times), len(acts), len(purchases), sum(purchases)

    def write(self, conn) -> None:
        """Insert the counted daily, cohort and dimension rows."""
        conn.executemany("INSERT INTO activity_daily VALUES (?, ?, ?, ?, ?, ?)",
                         [(*key, *counts) for key, counts in self.daily.items()])
        conn.executemany("INSERT INTO activity_cohorts VALUES (?, ?, ?, ?)",
                         [(*key, n) for key, n in self.cohorts.items()])
        conn.executemany("INSERT INTO member_dims VALUES (?, ?, ?, ?)",
                         [(*key, n) for key, n in self.dims.items()])
