"""What an operation changed, so each screen refreshes only what it shows (the Anki way).

Every model-layer write returns a ``Change``; the main window hands it to every tab's
``apply_changes``, which checks the tables it cares about. ``source`` names who made the
change (a tab's name, "import", "undo" ...), so the tab that wrote, and has refreshed
itself already, can skip it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Change:
    #: Tables written to, by name ("members", "events" ...).
    tables: frozenset[str] = field(default_factory=frozenset)
    #: Row ids touched in the main table of the operation, when few; empty means "many/any".
    ids: frozenset[int] = field(default_factory=frozenset)
    #: What made the change: a tab ("calendar", "roster" ...), "import"; "" when unknown.
    source: str = ""

    @classmethod
    def of(cls, *tables: str, ids: object = (), source: str = "") -> Change:
        return cls(frozenset(tables), frozenset(int(i) for i in ids),  # type: ignore[union-attr]
                   source)

    def touches(self, *tables: str) -> bool:
        """True when any of ``tables`` changed (an empty Change means everything)."""
        return not self.tables or bool(self.tables.intersection(tables))

    def by(self, source: str) -> Change:
        """The same change, made by ``source``."""
        return replace(self, source=source)

    def __or__(self, other: Change) -> Change:
        return Change(self.tables | other.tables, self.ids | other.ids,
                      self.source or other.source)


#: Everything may have changed (another workspace, demo data, an import of many rows).
EVERYTHING = Change()
