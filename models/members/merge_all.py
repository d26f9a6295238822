"""Merging every group of records that share one phone (or WeChat id, or email) at once.

``plan_groups`` is the preview: each group's kept record (the oldest: it has the longest
history and its id is the one exports and imports already know) and the fields it will take
from the others because it has none. ``merge_groups`` then merges every group in one
transaction, each newer record into the kept one in age order, so an empty field takes the
value of the oldest record that has one. A group holding a pair marked "not the same person"
is left out whole: the operator said these records are not all one person.

A shared phone is strong but not proof: a mother signs up herself and her child with her
own phone, a couple shares one. Each plan says whether its records' names read alike
(``names_differ``: not the same syllables, 张伟/章伟 being alike), so the window leaves
those groups unticked and the CLI can skip them. They are not left out here: a nickname
from a chat or an order (小红的店) beside the name on the roster (李红) is often one person.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from models.core.changes import Change
from models.core.errors import Cancelled
from models.members.duplicates import EXACT, Progress, Reason, exact_groups, not_duplicate_pairs
from models.members.merge import FIELDS, TABLES, default_choices, merge
from models.search.text_index import NAME_KEY_END, name_key
from models.store.workspace import transaction


@dataclass(frozen=True)
class GroupPlan:
    """One group of the preview: who is kept, who merges into it, what it takes."""

    value: str
    kept_id: int
    gone_ids: tuple[int, ...]
    names: dict[int, str] = field(default_factory=dict)
    #: field -> the member whose value the kept record takes (it has none itself)
    filled: dict[str, int] = field(default_factory=dict)
    #: the records' names do not all read alike (see the module docstring)
    names_differ: bool = False


def _sound(name: str) -> str:
    """A name's syllables run together (its ``name_key`` up to ``NAME_KEY_END``), so 张伟,
    章伟 and "Zhang Wei" match."""
    return name_key(name).split(NAME_KEY_END, 1)[0].replace(" ", "").casefold()


def plan_groups(conn: sqlite3.Connection, reason: Reason = Reason.PHONE) -> list[GroupPlan]:
    """The groups ``merge_groups`` would merge, oldest record kept (see the docstring)."""
    if reason not in EXACT:
        raise ValueError(f"merge all works on an exact key, not {reason}")
    marked = not_duplicate_pairs(conn)
    plans = []
    for group in exact_groups(conn, reason):
        if any(pair in marked for pair in group.pairs()):
            continue
        kept, *gone = group.member_ids
        ids = list(group.member_ids)
        marks = ",".join("?" * len(ids))
        rows = {r[0]: r[1:] for r in conn.execute(
            f"SELECT id, {', '.join(FIELDS)} FROM members WHERE id IN ({marks})", ids)}
        filled: dict[str, int] = {}
        for n, name in enumerate(FIELDS):
            if rows[kept][n] not in (None, ""):
                continue
            donor = next((g for g in gone if rows[g][n] not in (None, "")), None)
            if donor is not None:
                filled[name] = donor
        names = {i: str(rows[i][FIELDS.index("display_name")]) for i in ids}
        differ = len({_sound(name) for name in names.values()}) > 1
        plans.append(GroupPlan(group.value, kept, tuple(gone), names, filled, differ))
    return plans


def merge_groups(conn: sqlite3.Connection, plans: list[GroupPlan],
                 progress: Progress | None = None) -> Change:
    """Merge every planned group, in one transaction (cancelled: nothing written)."""
    ids: list[int] = []
    with transaction(conn):
        for n, plan in enumerate(plans):
            if progress is not None and not progress("merge", n, len(plans)):
                raise Cancelled()
            for gone in plan.gone_ids:
                merge(conn, plan.kept_id, gone, default_choices(conn, plan.kept_id, gone))
            ids.extend((plan.kept_id, *plan.gone_ids))
    return Change.of(*TABLES, ids=ids if len(ids) <= 1000 else ())
