"""What an operation changed, so each screen refreshes only what it shows (the Anki way).

Every model-layer write returns a ``Change``; the main window hands it to every tab's
``apply_changes``, which checks the tables it cares about.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Change:
    #: Tables written to, by name ("members", "events" ...).
    tables: frozenset[str] = field(default_factory=frozenset)
    #: Row ids touched in the main table of the operation, when few; empty means "many/any".
    ids: frozenset[int] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *tables: str, ids: object = ()) -> Change:
        return cls(frozenset(tables), frozenset(int(i) for i in ids))  # type: ignore[union-attr]

    def touches(self, *tables: str) -> bool:
        """True when any of ``tables`` changed (an empty Change means everything)."""
        return not self.tables or bool(self.tables.intersection(tables))

    def __or__(self, other: Change) -> Change:
        return Change(self.tables | other.tables, self.ids | other.ids)


#: Everything may have changed (another workspace, demo data, an import of many rows).
EVERYTHING = Change()
