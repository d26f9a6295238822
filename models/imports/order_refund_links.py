"""Refund rows of orders imported before (``Order.refund_of``: the reader found no such
order in the file, ``exports/order_refunds.py``) given back from their purchases.

A refund row is applied once: its own number's key is remembered with the ended orders
(``order_ends``), so the same refund file imported again gives nothing back twice. The
refunds of one purchase add up; a purchase given back whole (or a refund naming no money)
is taken back and its order remembered as ended, as a refunded order is; one given back in
part gets its new amount. A refund whose order is neither imported nor remembered as ended
is a problem naming its row: the file is refused whole, nothing is written.
"""

from __future__ import annotations

from collections.abc import Sequence

from models.activity.import_keys import order_key
from models.core.errors import Code, Message
from models.imports.order_records import Order, OrderImportResult
from models.imports.report import Problem

#: The word an applied refund is remembered under when its row has no status.
REFUND = "退款"


def base_keys(orders: Sequence[Order]) -> list[int]:
    """The keys of the orders the refund rows among ``orders`` give back from."""
    return [order_key(o.refund_of) for o in orders if o.refund_of is not None]


def give_back(refunds: Sequence[tuple[Order, int]], existing: dict[int, tuple[int, int]],
              ended: set[int], result: OrderImportResult, back: list[tuple[Order, int]],
              amended: list[tuple[int, int]], ending: list[tuple[int, str]]
              ) -> list[Problem]:
    """Plan ``refunds`` (``(order, its own key)``) against the purchases ``existing``
    (``{key: (activity id, amount)}``) and the ``ended`` keys: purchases to take back go to
    ``back``, new amounts to ``amended``, keys to remember to ``ending`` (nothing is
    written here). Returns the problems: refunds of orders nowhere."""
    given: dict[int, list[Order]] = {}
    problems: list[Problem] = []
    for order, own in refunds:
        if own in ended:  # given back by a file imported before
            result.already_imported += 1
            continue
        base = order_key(order.refund_of or "")
        if base in existing or base in ended:
            given.setdefault(base, []).append(order)
            ending.append((own, order.status or REFUND))
        else:
            problems.append(Problem.of(order.row, "-", Message(
                Code.ORDER_REFUND_UNLINKED, {"number": order.refund_of})))
    for base, rows in given.items():
        if base not in existing:  # refunded or closed before: nothing left to give back
            continue
        activity_id, amount = existing[base]
        whole = any(o.amount == Order.WHOLE for o in rows)
        left = 0 if whole else max(amount - sum(o.amount for o in rows), 0)
        if left == 0:
            back.append((rows[0], activity_id))
            if base not in ended:
                ending.append((base, rows[0].status or REFUND))
        elif left != amount:
            amended.append((activity_id, left))
            result.amount_changed += left - amount
    return problems
