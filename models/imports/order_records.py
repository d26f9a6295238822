"""What an order import is handed and what it reports: one ``Order`` per order number of a
shop's export (the reader, ``exports/orders.py``, has merged the rows of a multi-row order
and cleaned every cell), the options, and the result the CLI and the window show.

Kept apart from the engine (``order_import.py``) so the reader builds orders without
importing the writer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import ClassVar

from models.core.changes import Change
from models.imports.report import Problem


class Standing(StrEnum):
    """What an order's status says about the money."""

    PURCHASE = "purchase"  # paid: 已付款, 待发货, 已发货, 交易成功, 已完成 ...
    REFUNDED = "refunded"  # 退款成功, 已退款, 售后 ...: takes back an imported purchase
    CLOSED = "closed"  # 交易关闭, 已关闭, 已取消: takes back an imported purchase too
    UNPAID = "unpaid"  # 待付款, 未付款: never was a purchase
    OTHER = "other"  # a status no rule knows: listed with its text, not imported

    @property
    def takes_back(self) -> bool:
        return self in (Standing.REFUNDED, Standing.CLOSED)


class Unmatched(StrEnum):
    NEW = "new"  # buyers matching no member become members (source 订单)
    SKIP = "skip"  # their orders are listed and left out


SOURCE = "订单"


@dataclass(frozen=True, slots=True)
class Buyer:
    """Who bought, as the export names them. ``phone`` is a clean mainland mobile or None
    (a masked 138****0000 cannot match anyone: ``masked_phone``)."""

    phone: str | None = None
    wechat_id: str | None = None
    name: str | None = None
    masked_phone: bool = False

    @property
    def key(self) -> tuple[str, str]:
        """How unmatched buyers are told apart in the list (and created once each)."""
        if self.phone:
            return ("phone", self.phone)
        if self.wechat_id:
            return ("wechat", self.wechat_id)
        return ("name", self.name or "")

    @property
    def label(self) -> str:
        return " / ".join(v for v in (self.name, self.phone, self.wechat_id) if v) or "?"


@dataclass(frozen=True, slots=True)
class Order:
    """One order of the file; or, with ``refund_of``, a refund row of order ``refund_of``
    (not in the file: ``exports/order_refunds.py``) whose ``amount`` is the money it
    gives back, ``WHOLE`` when it names none (the order refunded whole)."""

    WHOLE: ClassVar[int] = -1
    number: str
    row: int  # the first row of the order in the file, as the spreadsheet numbers it
    at: datetime | None  # paid time when the file has one, else ordered; naive = local
    amount: int  # fen, what was paid (summed or taken once: see exports/orders.py)
    standing: Standing
    status: str | None  # the status text as the file writes it
    buyer: Buyer
    products: str | None = None
    refund_of: str | None = None  # the order number this refund row gives back from


@dataclass(frozen=True)
class OrderImportOptions:
    community_id: int | None = None
    unmatched: Unmatched = Unmatched.SKIP


@dataclass
class BuyerLine:
    """A buyer the import could not attach to one member: their orders and money."""

    buyer: Buyer
    orders: int = 0
    amount: int = 0  # fen
    candidates: tuple[int, ...] = ()  # two or more: members sharing the name (ambiguous)


@dataclass
class OrderImportResult:
    orders: int = 0  # order numbers read
    purchases_added: int = 0
    amount_added: int = 0  # fen
    already_imported: int = 0
    #: Of those, purchases whose amount the file now gives lower (a partial refund), and
    #: the sum of the changes (fen, negative: money went back).
    amounts_changed: int = 0
    amount_changed: int = 0
    #: Of those, purchases the file gives higher (an export older than a refund): kept.
    amounts_kept: int = 0
    taken_back: int = 0
    amount_taken_back: int = 0  # fen
    #: Paid orders left out: refunded or closed in a file imported before (``order_ends``).
    ended_before: int = 0
    #: Orders that are not purchases (refunded, closed, unpaid, unknown), by status text.
    not_purchases: dict[str, int] = field(default_factory=dict)
    unmatched: list[BuyerLine] = field(default_factory=list)
    ambiguous: list[BuyerLine] = field(default_factory=list)
    members_created: int = 0
    skipped_unmatched: int = 0  # purchases left out: buyer unmatched (skip) or ambiguous
    matched_by: dict[str, int] = field(default_factory=dict)  # phone / wechat_id / name
    masked_phones: int = 0  # orders whose phone was masked (138****0000)
    dry_run: bool = True
    #: True when written as a bulk load (not undoable; a backup was taken first).
    bulk: bool = False
    added_ids: list[int] = field(default_factory=list)
    created_ids: list[int] = field(default_factory=list)

    @property
    def change(self) -> Change:
        tables = ["activities"]
        if self.created_ids:
            tables += ["members", "memberships"]
        return Change.of(*tables, source="import")


class OrdersRejected(ValueError):
    """The file has problems (row, column, reason): nothing was imported."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s); nothing imported")
        self.problems = list(problems)
