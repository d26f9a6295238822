"""Reading a shop's order export (有赞, 微店, 小鹅通, 淘宝, or any sheet of orders) into
``Order`` records for ``models/imports/order_import.py``.

``open_orders(path)`` reads the file with the project's table readers (CSV in any encoding
Excel saves, xlsx/xls/ods), finds the header row among the first rows, tells which shop
wrote it and maps the columns (``exports/order_columns.py``); ``read_orders(source,
mapping)`` then reads every row, cleans each cell (``exports/order_cells.py``) and merges
the rows of one order. Any cell that cannot be read is a ``Problem`` (row, column,
reason); the import refuses a file with problems.

**Orders over several rows.** 淘宝's item list and 有赞's product export write one row per
product under the same order number; one order is one purchase. The amount column is either
per row (each product's money: summed) or the order's total repeated on each row (taken
once). Which one is decided for the whole file:

1. if any order's rows carry *different* amounts, they are per row (a repeated total is
   the same on every row), so they are summed;
2. else the header decides: 子订单/小计/明细/商品… amounts are per row, 订单/合计/总…
   amounts the order's total;
3. else (a plain 金额 with equal amounts on each row of every order) the total, taken once.

Rows with an empty amount add nothing (a total written on the first row only). A refunded
or closed product row of a paid order adds nothing in per-row files; a refunded amount
column (退款金额) is taken off; an order refunded in full is refunded. A row whose amount
is negative and whose status is a refund or a close (a sales sheet's refund line, ``-50``
退款) gives that money back to its order; a negative amount on any other row is a problem.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from exports import order_cells as cells
from exports import order_refunds
from exports.order_columns import (
    FIELDS,
    REQUIRED,
    amount_hint,
    detect_shop,
    find_header_row,
    guess_mapping,
    header_texts,
    normalize,
)
from exports.tables import TableFile, open_table
from models.core.errors import Code, Message, why
from models.core.validation import Invalid
from models.imports.order_records import Buyer, Order, Standing
from models.imports.report import Problem, column_name

Progress = Callable[[str, int, int], bool]
#: Rows read before the header is looked for.
PREVIEW_ROWS = 20
PROGRESS_EVERY = 5_000
#: Distinct status and product cells remembered while reading (they repeat on every row).
MEMO_TEXTS = 10_000
_TOTALS = ("合计", "总计", "小计", "total", "sum")
#: The status an order refunded in full by its refunded amount is listed under.
REFUNDED_IN_FULL = "全额退款"
_STANDING_RANK = {Standing.REFUNDED: 0, Standing.CLOSED: 1, Standing.UNPAID: 2,
                  Standing.OTHER: 3}


@dataclass
class OrderSource:
    """An order export opened: where its header is, what it holds, how it maps."""

    table: TableFile
    sheet: str | None
    header_row: int  # as the spreadsheet numbers it
    headers: list[str]
    shop: str | None  # the back end the headers are recognised as ("有赞" ...)
    mapping: dict[int, str]  # column index -> field (``order_columns.FIELDS``)
    preview: list[tuple[int, list[Any]]] = field(default_factory=list)  # first data rows

    def data_rows(self) -> Iterator[tuple[int, list[Any]]]:
        for number, values in self.table.rows(self.sheet):
            if number > self.header_row:
                yield number, values

    def estimate_rows(self) -> int | None:
        return self.table.estimate_rows(self.sheet)

    def close(self) -> None:
        self.table.close()


@dataclass
class OrderFile:
    """What ``read_orders`` found: the orders, the problems, and how rows were read."""

    orders: list[Order]
    problems: list[Problem]
    rows: int  # data rows read (blank rows and totals rows not counted)
    amount_mode: str  # "row" (amounts summed over an order's rows) or "total" (once)
    passed_over: list[int] = field(default_factory=list)  # totals rows, by row number
    refund_list: bool = False  # a sheet of refunds alone (exports/order_refunds.py)


def open_orders(path: Path | str, sheet: str | None = None,
                encoding: str | None = None) -> OrderSource:
    """Open an order export; raises ``exports.tables.UnreadableFile``."""
    table = open_table(path, encoding)
    try:
        chosen = sheet or table.sheets[0]
        head = table.preview(chosen, PREVIEW_ROWS + 10)
        index = find_header_row(head) if head else 0
        number, values = head[index] if head else (1, [])
        headers = header_texts(values)
        shop = detect_shop(headers)
        return OrderSource(table, chosen, number, headers, shop, guess_mapping(headers, shop),
                           head[index + 1:])
    except BaseException:
        table.close()
        raise


def missing_columns(mapping: Mapping[int, str]) -> list[Message]:
    """The file-level problems of a mapping: an order number and an amount are needed, but
    a refund list (a refunded amount and no paid one: exports/order_refunds.py) has none."""
    mapped = set(mapping.values())
    if "refunded" in mapped:
        mapped.add("amount")
    return [Message(Code.ORDER_COLUMN_NEEDED, {"field": f}) for f in REQUIRED
            if f not in mapped]


class _Acc:
    """One order's rows, as they are read."""

    __slots__ = ("row", "amounts", "refunds", "paid_at", "ordered_at", "phone", "masked",
                 "wechat", "name", "products", "statuses", "bad", "said", "original",
                 "linked")

    def __init__(self, row: int) -> None:
        self.row = row
        self.amounts: list[tuple[int, Standing | None]] = []
        self.refunds: list[tuple[int, Standing | None]] = []
        self.paid_at: datetime | None = None
        self.ordered_at: datetime | None = None
        self.phone: str | None = None
        self.masked = False
        self.wechat: str | None = None
        self.name: str | None = None
        self.products: list[str] = []
        self.statuses: list[tuple[str, Standing]] = []
        self.bad = False  # a cell of its rows was refused already: no second problem
        #: The row each of phone, WeChat id and name was taken from (0: none yet).
        #: Rows phone, WeChat id and name were taken from when not the first (made then:
        #: most orders take all from their first row, and 100,000 lists cost 8 MB).
        self.said: list[int] | None = None
        self.original: str | None = None  # the order it refunds, as a column names it
        #: Money given back by refund rows under other numbers (``order_refunds``).
        self.linked: list[int] | None = None


def read_orders(source: OrderSource, mapping: Mapping[int, str] | None = None, *,
                progress: Progress | None = None) -> OrderFile:
    """Every order of the file (see the module docstring). ``mapping`` overrides the
    guessed one. ``progress(step, done, total)`` returning False raises ``Cancelled``."""
    # A hundred thousand orders are a few hundred thousand objects kept to the end, never
    # in cycles: the cyclic garbage collector's passes over all of them were a third of
    # the reading (measured: 2.2 s of CPU with it, 1.4-1.8 s without, at 100k orders).
    # As the member and chat imports do, it waits until the file is read.
    collecting = gc.isenabled()
    if collecting:
        gc.disable()
    try:
        return _read_orders(source, mapping, progress)
    finally:
        if collecting:
            gc.enable()


def _read_orders(source: OrderSource, mapping: Mapping[int, str] | None,
                 progress: Progress | None) -> OrderFile:
    from models.core.errors import Cancelled

    mapping = dict(source.mapping if mapping is None else mapping)
    headers = source.headers
    column = {f: i for i, f in mapping.items()}
    problems = [Problem.of(source.header_row, "-", m) for m in missing_columns(mapping)]
    if problems:
        return OrderFile([], problems, 0, "total")
    total = source.estimate_rows() or 0

    def name_of(f: str) -> str:
        return column_name(headers, column[f])

    orders: dict[str, _Acc] = {}
    passed: list[int] = []
    rows = 0
    has_status = "status" in column or "refund_status" in column
    # Each field's column, -1 for one not mapped: every row gets a None appended (and is
    # padded to the widest mapped column), so a cell is one index, with no call per cell.
    top = max(column.values()) + 1
    at = {f: column.get(f, -1) for f in FIELDS}
    i_no, i_status, i_refund = at["order_no"], at["status"], at["refund_status"]
    i_phone, i_original, i_refund_no = at["phone"], at["original_no"], at["refund_no"]
    refund_list = "amount" not in column  # and so "refunded" is (missing_columns)
    status_of_order = 0 <= i_status < len(headers) and any(  # else, on a refund list, the
        w in normalize(headers[i_status]) for w in ("订单", "交易", "order"))  # refund's
    i_wechat, i_name, i_product = at["wechat_id"], at["name"], at["product"]
    i_amount, i_refunded, i_paid, i_ordered = (at["amount"], at["refunded"], at["paid_at"],
                                               at["ordered_at"])
    blanks = [at[f] for f in ("amount", "product", "phone", "name")]
    text, standing = cells.text, cells.standing
    # Statuses and products repeat, and so do amounts (a shop's prices) and often times:
    # each text read once. Text only: 1, 1.0 and True are one dict key, not one cell.
    repeated, fen, moment = _remembered(text), _remembered(cells.fen), _remembered(cells.moment)
    for number, values in source.data_rows():
        if type(values) is not list:
            values = list(values)
        if len(values) < top:
            values.extend([None] * (top - len(values)))
        values.append(None)
        try:
            key = cells.order_number(values[i_no])
        except Invalid as error:
            problems.append(Problem.of(number, name_of("order_no"), why(error), values[i_no]))
            continue
        if key is None:
            if any(isinstance(v, str) and v.strip().lower().startswith(_TOTALS) for v in values):
                passed.append(number)
            elif any(not cells.is_nothing(values[i]) for i in blanks):
                problems.append(Problem.of(number, name_of("order_no"),
                                           Message(Code.ORDER_NUMBER_NEEDED)))
            continue
        if key.lower().startswith(_TOTALS):
            passed.append(number)  # 合计/总计 written in the order number's column
            continue
        if refund_list:  # a refund of order ``key``, keyed apart (order_refunds.list_key)
            order_no, key = key, order_refunds.list_key(key, values[i_refund_no],
                                                        values[i_refunded])
        rows += 1
        if progress is not None and rows % PROGRESS_EVERY == 0 and not progress(
                "rows", rows, total):
            raise Cancelled()
        acc = orders.get(key)
        again = acc is not None
        if acc is None:
            acc = orders[key] = _Acc(number)
        status = repeated(values[i_status])
        if refund_list:  # the refund made (or under way) or not at all
            status, state = order_refunds.list_status(repeated(values[i_refund]), status,
                                                      status_of_order)
            if acc.original is None:
                acc.original = order_no
        else:
            state = standing(status)
        if i_refund >= 0 and state is not Standing.UNPAID and not refund_list:
            refund = repeated(values[i_refund])
            if cells.refund_standing(refund) is Standing.REFUNDED:
                # named by what made it a refund: 有赞 keeps 交易成功 on a refunded order
                state, status = Standing.REFUNDED, refund
        if state is not None:
            acc.statuses.append((status or "", state))
        # each field written out (amount, refunded, paid, ordered: problems in that order)
        try:
            value = fen(values[i_amount])
        except Invalid as error:
            back = _refund_row(error, values[i_amount], state)
            if back:  # a refund row of a sales sheet: counts whatever its row says
                acc.refunds.append((back, None))
            else:
                problems.append(Problem.of(number, name_of("amount"), why(error),
                                           values[i_amount]))
                acc.bad = True
        else:
            if value is not None:
                acc.amounts.append((value, state))
        if i_refunded >= 0:
            try:
                value = fen(values[i_refunded])
            except Invalid as error:
                problems.append(Problem.of(number, name_of("refunded"), why(error),
                                           values[i_refunded]))
                acc.bad = True
            else:
                if value and not (refund_list and state is Standing.OTHER):
                    # nothing refunded (0.00 on most rows) counts for nothing; nor does a
                    # refund list's refund that did not happen
                    acc.refunds.append((value, state))
        if i_original >= 0 and acc.original is None:
            try:
                acc.original = cells.order_number(values[i_original])
            except Invalid as error:
                problems.append(Problem.of(number, name_of("original_no"), why(error),
                                           values[i_original]))
                acc.bad = True
        if i_paid >= 0 and acc.paid_at is None:
            try:
                acc.paid_at = moment(values[i_paid])
            except Invalid as error:
                problems.append(Problem.of(number, name_of("paid_at"), why(error),
                                           values[i_paid]))
                acc.bad = True
        if i_ordered >= 0 and acc.ordered_at is None:
            try:
                acc.ordered_at = moment(values[i_ordered])
            except Invalid as error:
                problems.append(Problem.of(number, name_of("ordered_at"), why(error),
                                           values[i_ordered]))
                acc.bad = True
        if again and (other := _other_buyer(acc, values, i_phone, i_wechat, i_name)):
            # one order number, two buyers: never one order for the first of them
            index, first = other
            problems.append(Problem.of(number, column_name(headers, index), Message(
                Code.ORDER_TWO_BUYERS, {"number": key, "row": _said_at(
                    acc, (i_phone, i_wechat, i_name).index(index)), "first": first}),
                values[index]))
            acc.bad = True
        if acc.phone is None and i_phone >= 0:
            acc.phone, masked = cells.phone(values[i_phone])
            acc.masked = acc.masked or masked
            if acc.phone is not None and again:
                _say(acc, 0, number)
        if acc.wechat is None:
            acc.wechat = text(values[i_wechat])
            if acc.wechat is not None and again:
                _say(acc, 1, number)
        if acc.name is None:
            acc.name = text(values[i_name])
            if acc.name is not None and again:
                _say(acc, 2, number)
        product = repeated(values[i_product])
        if product and product not in acc.products:
            acc.products.append(product)
    if progress is not None and not progress("rows", rows, rows):
        raise Cancelled()
    apart = order_refunds.link(orders)  # refund rows under other numbers, to their orders
    amount_at = column.get("amount", len(headers))
    mode = _amount_mode(orders.values(), headers[amount_at] if amount_at < len(headers) else None)
    result: list[Order] = []
    for key, acc in orders.items():
        if key in apart:  # a refund of an order not in this file: the import links it
            result.append(_refund_of(key, acc, apart[key]))
            continue
        order = _order(key, acc, mode, has_status)
        if order.standing is Standing.PURCHASE and not acc.bad:
            if order.at is None:
                problems.append(Problem.of(acc.row, name_of(
                    "paid_at" if "paid_at" in column else "ordered_at")
                    if ("paid_at" in column or "ordered_at" in column) else "-",
                    Message(Code.ORDER_TIME_NEEDED)))
            if not acc.amounts:
                problems.append(Problem.of(acc.row, name_of("amount"),
                                           Message(Code.ORDER_AMOUNT_NEEDED)))
        result.append(order)
    problems.sort(key=lambda p: p.row)
    return OrderFile(result, problems, rows, mode, passed, refund_list)


def _remembered(read: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``read`` (a cell reader) remembering what it read of each text cell (up to
    ``MEMO_TEXTS`` texts); a cell it refuses (``Invalid``) is read again each time."""
    known: dict[str, Any] = {}

    def cached(value: Any) -> Any:
        if type(value) is not str:
            return read(value)
        found = known.get(value, known)
        if found is known:
            found = read(value)
            if len(known) < MEMO_TEXTS:
                known[value] = found
        return found
    return cached


def _say(acc: _Acc, which: int, row: int) -> None:
    """Remember that buyer field ``which`` (phone, WeChat id, name) came from ``row``."""
    if acc.said is None:
        acc.said = [0, 0, 0]
    acc.said[which] = row


def _said_at(acc: _Acc, which: int) -> int:
    """The row buyer field ``which`` was taken from (its order's first unless said)."""
    return (acc.said[which] if acc.said is not None else 0) or acc.row


def _other_buyer(acc: _Acc, values: list[Any], i_phone: int, i_wechat: int,
                 i_name: int) -> tuple[int, str] | None:
    """(column, the buyer's value taken before) when this row of an order names another
    buyer than its rows before: another phone, WeChat id or name. An empty or masked cell
    says nothing, so it differs from nobody. Once per order (``acc.bad``)."""
    if acc.bad:
        return None
    if acc.phone is not None and i_phone >= 0:
        phone, _ = cells.phone(values[i_phone])
        if phone is not None and phone != acc.phone:
            return i_phone, acc.phone
    for index, known in ((i_wechat, acc.wechat), (i_name, acc.name)):
        if known is not None and index >= 0:
            said = cells.text(values[index])
            if said is not None and said != known:
                return index, known
    return None


def _amount_mode(accs: Any, header: str | None) -> str:
    for acc in accs:
        if len(acc.amounts) > 1 and len({a for a, _ in acc.amounts}) > 1:
            return "row"
    return "row" if amount_hint(header) == "row" else "total"


def _refund_row(error: Invalid, value: Any, state: Standing | None) -> int | None:
    """The fen a row gives back when its amount is negative and its status a refund or a
    close (a sales sheet's refund row); None for any other refused amount."""
    if error.code is not Code.CELL_NEGATIVE or state is None or not state.takes_back:
        return None
    try:
        return cells.refund_fen(value)
    except Invalid:
        return None


def _order(key: str, acc: _Acc, mode: str, has_status: bool) -> Order:
    paid = Standing.PURCHASE
    statuses, amounts = acc.statuses, acc.amounts
    if len(statuses) == 1 and statuses[0][1] is paid and len(amounts) == 1 and (
            not acc.refunds and not acc.linked):
        # most orders: one row, paid, nothing refunded
        amount, row_state = amounts[0]
        if mode == "row" and row_state is not None and row_state is not paid:
            amount = 0
        return Order(key, acc.row, acc.paid_at or acc.ordered_at, amount, paid,
                     statuses[0][0] or None, Buyer(acc.phone, acc.wechat, acc.name,
                                                   acc.masked and acc.phone is None),
                     "、".join(acc.products) or None)
    states = [s for _, s in statuses]
    if len(states) == 1 and states[0] is Standing.PURCHASE:
        state, status = Standing.PURCHASE, statuses[0][0]
    elif Standing.PURCHASE in states or not states or not has_status:
        state = Standing.PURCHASE
        status = next((t for t, s in acc.statuses if s is Standing.PURCHASE), None)
    else:
        state = min(states, key=_STANDING_RANK.__getitem__)
        status = next(t for t, s in acc.statuses if s is state)
    if len(acc.amounts) == 1 and not acc.refunds:  # most orders: one row, no refund
        amount, s = acc.amounts[0]
        if mode == "row" and s is not None and s is not paid:
            amount = 0
        refunded = 0
    elif mode == "row":
        amount = sum(a for a, s in acc.amounts if s is None or s is paid)
        refunded = sum(r for r, s in acc.refunds if s is None or s is paid)
    else:
        amount = max((a for a, _ in acc.amounts), default=0)
        refunded = max((r for r, _ in acc.refunds), default=0)
    if acc.linked:  # refund rows of its own: what they add up to, or what it said
        back = amount if order_refunds.WHOLE in acc.linked else sum(acc.linked)
        refunded = max(refunded, back)
    if refunded and state is Standing.PURCHASE:
        if refunded >= amount > 0:  # refunded in full, whatever the status still says
            state, status = Standing.REFUNDED, REFUNDED_IN_FULL
        amount = max(amount - refunded, 0)
    buyer = Buyer(acc.phone, acc.wechat, acc.name, acc.masked and acc.phone is None)
    return Order(key, acc.row, acc.paid_at or acc.ordered_at, amount, state, status or None,
                 buyer, "、".join(acc.products) or None)


def _refund_of(key: str, acc: _Acc, base: str) -> Order:
    """A refund group whose order is not in the file: ``amount`` is what it gives back
    (``Order.WHOLE``: the order whole), for the import to take off order ``base``."""
    back = order_refunds.money(acc)
    status = next((t for t, s in acc.statuses if s.takes_back), None) or (
        acc.statuses[0][0] if acc.statuses else None)
    return Order(key, acc.row, acc.paid_at or acc.ordered_at,
                 Order.WHOLE if back == order_refunds.WHOLE else back, Standing.REFUNDED,
                 status or None, Buyer(acc.phone, acc.wechat, acc.name,
                                       acc.masked and acc.phone is None),
                 "、".join(acc.products) or None, refund_of=base)


__all__ = ["FIELDS", "OrderFile", "OrderSource", "missing_columns", "open_orders",
           "read_orders"]
