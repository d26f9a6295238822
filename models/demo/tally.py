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
        (member_id, community_id, occurred_at, kind, amount).
        """
        rows: list[tuple] = []
        if activities:
            communities = {a[1] for a in activities}
            if len(communities) == 1:  # the demo's case: one pass for both scopes
                (community,) = communities
                totals = self._totals(activities)
                rows = [(member_id, community, *totals), (member_id, 0, *totals)]
                joined = next((j[:7] for c, j, _ in memberships if c == community), "")
                self._count(activities, ((community, joined), (0, created_at[:7])))
            else:
                joined_by = {c: j[:7] for c, j, _ in memberships}
                for community in communities:
                    acts = [a for a in activities if a[1] == community]
                    rows.append((member_id, community, *self._totals(acts)))
                    self._count(acts, ((community, joined_by.get(community, "")),))
                rows.append((member_id, 0, *self._totals(activities)))
                self._count(activities, ((0, created_at[:7]),))
        values = [(name, "" if value is None else str(value)) for name, value in profile.items()]
        values += [("tag", str(tag)) for tag in tag_ids]
        dims = self.dims
        for scope in (0, *(c for c, _, left in memberships if left is None)):
            for name, value in values:
                dims[(scope, name, value)] += 1
        return rows

    def _count(self, activities: list[tuple], scopes: tuple[tuple[int, str], ...]) -> None:
        """Add activities of one member to the daily and cohort counts of ``scopes``
        ((scope, cohort month) pairs)."""
        days: dict[str, list[int]] = {}
        for _, _, at, kind, amount in activities:
            day = days.get(at[:10])
            if day is None:
                day = days[at[:10]] = [0, 0, 0]
            day[0] += 1
            if kind == PURCHASE:
                day[1] += 1
                day[2] += amount
        months = {day[:7] for day in days}
        daily, cohorts = self.daily, self.cohorts
        for scope, cohort in scopes:
            for day, (actions, purchases, revenue) in days.items():
                counts = daily[(scope, day)]
                counts[0] += 1
                counts[1] += actions
                counts[2] += purchases
                counts[3] += revenue
            for month in months:
                cohorts[(scope, cohort, month)] += 1

    @staticmethod
    def _totals(acts: list[tuple]) -> tuple:
        times = [a[2] for a in acts]
        purchases = [a[4] for a in acts if a[3] == PURCHASE]
        return min(times), max(times), len(acts), len(purchases), sum(purchases)

    def export(self) -> tuple[dict, dict, dict]:
        """The counts as plain dicts (to send from a drawing process)."""
        return dict(self.daily), dict(self.cohorts), dict(self.dims)

    def add(self, counts: tuple[dict, dict, dict]) -> None:
        """Add another tally's ``export()`` (of other members) to this one."""
        daily, cohorts, dims = counts
        for key, values in daily.items():
            mine = self.daily[key]
            for i, value in enumerate(values):
                mine[i] += value
        for key, n in cohorts.items():
            self.cohorts[key] += n
        for key, n in dims.items():
            self.dims[key] += n

    def write(self, conn) -> None:
        """Insert the counted daily, cohort and dimension rows."""
        conn.executemany("INSERT INTO activity_daily VALUES (?, ?, ?, ?, ?, ?)",
                         [(*key, *counts) for key, counts in self.daily.items()])
        conn.executemany("INSERT INTO activity_cohorts VALUES (?, ?, ?, ?)",
                         [(*key, n) for key, n in self.cohorts.items()])
        conn.executemany("INSERT INTO member_dims VALUES (?, ?, ?, ?)",
                         [(*key, n) for key, n in self.dims.items()])
