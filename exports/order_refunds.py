"""Refund rows written under another number than their order, linked to it.

Shops and the sheets people keep write a refund apart from its order in two ways:

- a column naming the order it refunds (原订单号, 关联订单号, 原单号: the refund and
  after-sales exports of 淘宝-style back ends and ERPs list a refund's own number beside
  its original order's); the order-number column then holds the refund's own number;
- an order number that is the original's plus a refund suffix: ``A1-R``, ``A1_refund``,
  ``A1-退款`` (a separator is needed before a Latin suffix, so ``VIP2R`` stays an order).

``link(orders)`` runs after the file is read (a refund may come before its order). A row
group (the rows of one number) naming order ``base`` (by the column or the suffix) is a
refund of it when its rows say so (a refund or close status, a negative amount, a refunded
amount) or, having no status at all, when ``base`` is in the file or a column names it.
Rows whose status says otherwise are orders of their own: an exchange or a top-up naming
its original (原订单号, 已付款), a refund that did not happen (退款关闭). A refund's money
is what its refunded column or negative amounts give back, else its amount; a refund row
with no money refunds its order whole.

- ``base`` in the file: the money is added to that order's ``linked`` refunds (the order
  takes off the larger of what its own rows say was refunded and what its refund rows add
  up to, so a refund both in the order's 已退款金额 and on a row of its own counts once);
- ``base`` not in the file: the group stays, marked ``refund_of`` (``Order.refund_of``),
  for the import to give back from a purchase imported before, or to report (its row)
  when there is none;
- a suffixed number whose base is nowhere and whose rows say nothing of a refund is an
  order of its own, as it always was.

A refund list is the third way: a sheet of refunds alone (a shop's 退款/售后 export: 退款编号,
订单编号, 退款金额, 退款状态), with no paid amount. Each row is a refund of the order its
order-number column names, keyed apart by ``list_key``; its status is a refund's
(``order_cells.refund_list_standing``): one that did not happen (退款关闭) gives nothing
back and is counted under its status.
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping
from typing import Any

from exports import order_cells as cells
from models.core.validation import Invalid
from models.imports.order_records import Standing

#: ``A1-R``, ``A1_RF``, ``A1-refund``, ``A1退款``, ``A1-退货``, ``A1_售后``: the base, then
#: the suffix (a separator before a Latin one, optional before a Chinese one).
_SUFFIX = re.compile(r"(?P<base>.+?)(?:[-_ ](?:r|rf|refund)|[-_ ]?(?:退款|退货|售后|退))",
                     re.IGNORECASE)
#: The last characters a suffix can end in: most numbers are told apart by that alone (the
#: regex over 100,000 numbers took 0.14 s, a tenth of reading them).
_LAST = frozenset("rRfFdD款货后退")
#: The money of a refund row that names none: its order refunded whole.
WHOLE = -1


def list_key(order_no: str, refund_no: Any, refunded: Any) -> str:
    """A refund list's row, keyed as a refund of its own: its refund number, else its
    order's number and the money (``A1-退款-3000``), so the same list imported again gives
    nothing back twice while a later list giving back another sum from ``A1`` still does."""
    try:
        own = cells.order_number(refund_no)
    except Invalid:
        own = None
    if own:
        return own
    try:
        money = cells.fen(refunded)
    except Invalid:
        money = None
    return f"{order_no}-退款" + (f"-{money}" if money else "")


def list_status(refund_text: str | None, status_text: str | None,
                of_order: bool) -> tuple[str | None, Standing | None]:
    """A refund list row's status and standing (REFUNDED: the refund was made or is under
    way; OTHER: it was not). Its refund-status cell is a refund's
    (``order_cells.refund_list_standing``), and so is a plain status cell (状态) on a sheet
    of refunds; one whose header names the order's (``of_order``: 订单状态, 交易状态) says
    the refund was made when the order is refunded, closed or paid, and not otherwise."""
    if refund_text:
        return refund_text, cells.refund_list_standing(refund_text)
    if not status_text:
        return None, None
    if not of_order:
        return status_text, cells.refund_list_standing(status_text)
    state = cells.standing(status_text)
    made = state is not None and (state.takes_back or state is Standing.PURCHASE)
    return status_text, Standing.REFUNDED if made else Standing.OTHER


def suffix_base(number: str) -> str | None:
    """The order ``number`` refunds by its suffix (``A1-R`` -> ``A1``), or None."""
    if not number or number[-1] not in _LAST:
        return None
    found = _SUFFIX.fullmatch(number)
    return found.group("base").strip() if found else None


def says_refund(acc: Any) -> bool:
    """Whether a group's rows say they are a refund: a refund or close status, a negative
    amount or a refunded amount (both in ``acc.refunds``)."""
    return bool(acc.refunds) or any(state.takes_back for _, state in acc.statuses)


def money(acc: Any) -> int:
    """What a refund group gives back (fen), or ``WHOLE`` when its rows name no money."""
    if acc.refunds:
        return sum(r for r, _ in acc.refunds)
    total = sum(a for a, _ in acc.amounts)
    return total if total else WHOLE


def link(orders: MutableMapping[str, Any]) -> dict[str, str]:
    """Link refund groups to their orders (see the module docstring): those whose order is
    in the file are merged into it and removed from ``orders``; returned are the others,
    ``{refund's own number: the order number it refunds}``."""
    apart: dict[str, str] = {}
    for key, acc in list(orders.items()):
        named = acc.original is not None and acc.original != key
        base = acc.original if named else suffix_base(key)
        if base is None or base == key:
            continue
        refund = says_refund(acc)
        if not refund and acc.statuses:  # paid (an exchange, a top-up) or not refunded
            continue
        target = orders.get(base)
        if target is not None and target.original in (None, base):
            if target.linked is None:
                target.linked = []
            target.linked.append(money(acc))
            del orders[key]
        elif named or refund:
            apart[key] = base
    return apart
