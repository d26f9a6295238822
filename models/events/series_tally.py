"""Counting events as people count them: a weekly series of 8 is 8 occurrences, not 1 event
(nor 2 once one of its evenings was edited on its own).

An export or an import says what it carried with ``tally``: single events, series, the
occurrences of the series that end, and how many series have no end (their occurrences
cannot be counted). An occurrence edited on its own is part of its series when the series
is counted too, and a single event otherwise (it travels alone).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from models.events import recurrence, rule_walk
from models.events.rule_parts import read_rule
from models.events.schedule import Event

_END_OF_TIME = datetime(9999, 12, 30, tzinfo=UTC)


@dataclass(frozen=True)
class EventTally:
    singles: int = 0
    series: int = 0
    #: Occurrences of the series that end (skipped ones left out).
    occurrences: int = 0
    #: Series that repeat with no end, or too long to count.
    endless: int = 0

    @property
    def empty(self) -> bool:
        return not (self.singles or self.series)


def occurrence_count(event: Event) -> int | None:
    """How many times the series ``event`` happens (its skipped dates left out), 1 when it
    does not repeat or its rule cannot be shown, None when it has no end."""
    if not event.rrule:
        return 1
    zone = recurrence.zone(event.tzid)
    start = event.start.astimezone(zone) if zone else event.start
    rule = rule_walk.parse(event.rrule, start)
    if isinstance(rule, rule_walk.RuleProblem):
        return 1  # the calendar shows (and the export writes) its first occurrence only
    parts = read_rule(event.rrule)
    if parts.count is None and parts.until is None:
        return None
    skipped = {_utc(text) for text in event.exdate_list}
    walked = rule_walk.walk(rule, start, _END_OF_TIME,
                            limit=rule_walk.MAX_COUNT + len(skipped) + 1)
    if not walked.complete:
        return None
    instants = {s.astimezone(UTC) for s in walked.starts}
    # DTSTART is the first occurrence even when the rule does not match it (RFC 5545).
    instants.add(event.start.astimezone(UTC))
    return len(instants - skipped)


def tally(events: Iterable[Event]) -> EventTally:
    """Singles, series and occurrences among ``events`` (rows as ``list_events`` gives)."""
    chosen = list(events)
    series_ids = {e.id for e in chosen if e.rrule and e.parent_id is None}
    singles = series = occurrences = endless = 0
    for e in chosen:
        if e.parent_id is not None and e.parent_id in series_ids:
            continue  # one of its series' occurrences, counted there
        count = occurrence_count(e) if e.id in series_ids else 1
        if e.id not in series_ids or count == 1 and not _repeats(e):
            singles += 1
        elif count is None:
            series += 1
            endless += 1
        else:
            series += 1
            occurrences += count
    return EventTally(singles, series, occurrences, endless)


def _repeats(event: Event) -> bool:
    """False for a stored rule the calendar cannot show (it shows one occurrence)."""
    zone = recurrence.zone(event.tzid)
    start = event.start.astimezone(zone) if zone else event.start
    return not isinstance(rule_walk.parse(event.rrule or "", start), rule_walk.RuleProblem)


def _utc(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
        return (moment if moment.tzinfo else moment.astimezone()).astimezone(UTC)
    except (ValueError, OverflowError):
        return _END_OF_TIME  # an unreadable EXDATE skips nothing
