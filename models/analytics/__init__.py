"""Analytics: every number of the dashboard as a plain SQL aggregate (no Qt, no formats).

Each metric is a function ``(conn, community_id | None, period) -> dataclass``; None
means all communities. The plan's goals reuse the scalar ones (``goals.py``).
"""
