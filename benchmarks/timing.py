"""The median of a few timed runs, for the benchmarks that compare a query with its reference
in one run."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(work: Callable[[], object], runs: int, *, warm: bool = False) -> float:
    """``work()`` timed ``runs`` times, the median in milliseconds; ``warm`` runs it once
    untimed first (caches filled)."""
    if warm:
        work()
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        work()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000
