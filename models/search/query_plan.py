"""How to read the first page of a search in display order: three plans and their costs.

A search's hits come from the full-text indexes in member-id order; the roster shows them
in another order (name, joined, points…). A page of 200 can be read three ways:

- ``INDEX``: read every hit's row, sort them, keep 200. Costs per hit: right for rare
  terms (a few thousand hits), ruinous for common ones (张: 87,000 rows).
- ``PROBE``: build the hits into in-memory sets (one per index, ids only), then walk the
  sort index in order and test each entry's id against them. The walk reads only the
  index, never a row it does not keep: the middle band (5,000 - 60,000 hits at a million).
- ``WALK``: walk the sort index and test each row's own text (no set to build). Each
  row read costs, but so few are read when hits are common that nothing is quicker; in
  name order the index itself holds the text tested, and no row is read to be tested.

``cheapest`` picks by the costs below, from the number of hits (``models/search.estimate``,
read from the indexes' word counts) and how many rows a walk passes to find a page. Costs
are in microseconds per unit, measured on a 1,000,000-member workspace on a 2-core
machine (benchmarks/roster.py); only their ratios matter. Every plan returns the same rows
in the same order (tests/models/test_search_plans.py); only the time differs.
"""

from __future__ import annotations

from enum import StrEnum


class Plan(StrEnum):
    INDEX = "index"
    PROBE = "probe"
    WALK = "walk"


#: INDEX: reading one hit's row (by id, in id order) and sorting it.
LOOKUP = 3.0
#: PROBE: putting one hit's id into a set; testing one sort-index entry against the sets.
BUILD = 0.5
PROBE_ENTRY = 0.4
#: WALK: reading one row in sort order (a random place in the table) and testing its text;
#: testing one entry of the name index, which holds what the test reads (format 10).
TEST_ROW = 7.0
TEST_ENTRY = 1.0
#: Starting a walk at a place in a sort index (an empty stretch costs this alone).
SEEK = 20.0

#: Tests set these to run one plan (or split a surname search, or not) whatever it costs.
FORCE: Plan | None = None
FORCE_SPLIT: bool | None = None


def walked(hits: float, span: int, page: int) -> float:
    """Entries a walk over ``span`` entries passes to find ``page`` of ``hits`` spread
    evenly through them (all of them when there are fewer hits than a page)."""
    if hits <= page:
        return float(span)
    return min(float(span), page * span / hits)


def cost(plan: Plan, hits: float, spread: float, span: int, page: int,
         driver: float | None = None, test: float = TEST_ROW) -> float:
    """Microseconds to read the first ``page`` of ``hits`` among ``span`` rows in sort
    order. ``spread``: how many of the hits a walk meets at an even pace (the others sit
    together somewhere: a walk cannot count on them). ``driver``: rows INDEX reads (the
    smaller of the hits and a community in scope), when not ``hits``. ``test``: WALK's cost
    per row (``TEST_ENTRY`` when the sort index holds what the test reads)."""
    if plan is Plan.INDEX:
        return LOOKUP * (hits if driver is None else driver)
    if plan is Plan.PROBE:
        return BUILD * hits + PROBE_ENTRY * walked(spread, span, page)
    return test * walked(spread, span, page)


def cheapest(hits: float, spread: float, span: int, page: int,
             driver: float | None = None, test: float = TEST_ROW) -> tuple[Plan, float]:
    """The plan with the lowest ``cost`` (or ``FORCE``), and its cost."""
    costs = {plan: cost(plan, hits, spread, span, page, driver, test) for plan in Plan}
    if FORCE is not None:
        return FORCE, costs[FORCE]
    best = min(costs, key=lambda p: costs[p])
    return best, costs[best]
