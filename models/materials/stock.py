"""Stock follows the items that draw on the material library.

An item linked to a material (``material_id``) takes its quantity out of stock when it is
marked 已使用 (used), and puts it back when it leaves that status (已归还 returned, or an
undo). So the on-hand figure changes by ``-(used quantity after - used quantity before)``
for every write of an item, and undoing a write moves stock back exactly.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

from models.core.vocab import ItemStatus

USED = ItemStatus.USED.value


def _drawn(values: Mapping[str, object] | None) -> tuple[int | None, int]:
    """(material id, quantity taken out of stock) of one item's values."""
    material = (values or {}).get("material_id")
    if not values or not isinstance(material, int) or values.get("status") != USED:
        return None, 0
    quantity = values.get("quantity")
    return material, quantity if isinstance(quantity, int) else 0


def item_moved(conn: sqlite3.Connection, before: Mapping[str, object] | None,
               after: Mapping[str, object] | None) -> None:
    """Adjust on-hand stock for one item going from ``before`` to ``after`` (None: absent)."""
    old_material, old_used = _drawn(before)
    new_material, new_used = _drawn(after)
    deltas: dict[int, int] = {}
    if old_material is not None and old_used:
        deltas[int(old_material)] = deltas.get(int(old_material), 0) + old_used
    if new_material is not None and new_used:
        deltas[int(new_material)] = deltas.get(int(new_material), 0) - new_used
    for material_id, delta in deltas.items():
        if delta:
            conn.execute("UPDATE materials SET on_hand = on_hand + ? WHERE id = ?",
                         (delta, material_id))
