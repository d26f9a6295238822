"""Importing a shop's orders: each paid order becomes one 购买 activity with its amount in
fen at its time, matched to a member, in one transaction.

- **Idempotent**: an activity's ``import_key`` is ``order_key(order number)``; an order
  number already imported is skipped (counted), so the same file, or a later export
  overlapping it, adds nothing twice.
- **Refunds**: an order whose status is now refunded or closed (``Standing.takes_back``) and
  whose purchase was imported earlier has that purchase deleted ("taken back"); its points
  go with it (``points_ledger.activity_id`` cascades) and honours are looked at again. A
  purchase imported earlier whose amount is now lower (a partial refund: 退款金额 taken
  off) gets the new amount, and its points from the rules are granted again on it. A paid
  amount only goes down: a higher one is an export older than a refund (the same file
  imported again after a refund list), and the purchase keeps its amount
  (``amounts_kept``). The order is remembered as ended (``order_ends``): an older export
  showing it paid, imported again later, adds nothing (``ended_before``).
- **Matching**, among members not in the trash: phone, then WeChat id, then a name equal
  to exactly one member's display name or nickname. Two or more: ambiguous, listed, not
  imported. A masked phone (138****0000, as 淘宝 writes them) cannot match by phone.
- **Unmatched buyers** are listed with their orders and money; ``Unmatched.NEW`` adds each
  once as a member (source 订单, in the community when one is given) and imports their
  orders; ``Unmatched.SKIP`` (the CLI's default, as the issue words it) leaves them out.
- **Community**: ``options.community_id`` or none. An activity without a community counts
  in the "all communities" view of analytics only.
- **Times**: a naive time (what every shop export writes) is wall time in the workspace's
  zone (``models.core.zones``); an instant with an offset is moved into that zone.

``dry_run=True`` reads only and returns the same counts (the window's preview): "members
created" is then the buyers that would be. Undo: ``order_import_operation``. Up to
``BULK_ORDERS`` orders it is recorded by row snapshots; past it the purchases are written
as a bulk load (``models.imports.activity_bulk``: the activities' triggers off, what they
keep counted again set-based) and undone by ``models.imports.bulk_undo``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from operator import itemgetter
from zoneinfo import ZoneInfo

from models.activity import intake
from models.activity.import_keys import order_key
from models.core.errors import Cancelled, Code, NotFound
from models.core.vocab import ActivityKind
from models.core.zones import default_tzid
from models.imports import order_ends, order_refund_links
from models.imports.activity_bulk import activities_loaded
from models.imports.bulk_undo import bulk_recorded
from models.imports.order_records import (
    SOURCE,
    Buyer,
    BuyerLine,
    Order,
    OrderImportOptions,
    OrderImportResult,
    OrdersRejected,
    Standing,
    Unmatched,
)
from models.imports.report import Problem
from models.store.bulk import bulk_settings, foreign_keys_trusted, rollback_journal
from models.store.operations import Done, Operation, own_transaction, recorded

Progress = Callable[[str, int, int], bool]
CHUNK = 500
PROGRESS_EVERY = 5_000
#: Imports of more orders than this are a bulk load (see ``order_import_operation``).
BULK_ORDERS = 5_000
#: Product names kept in the activity's note, at most this long.
NOTE_CHARS = 200
PURCHASE = ActivityKind.PURCHASE.value
#: The page cache of a bulk load (MiB), as the chat import's.
CACHE_MIB = 64


def import_orders(conn: sqlite3.Connection, orders: Sequence[Order],
                  options: OrderImportOptions, *, problems: Sequence[Problem] = (),
                  dry_run: bool = False, progress: Progress | None = None,
                  bulk: bool = False) -> OrderImportResult:
    """Import ``orders`` (see the module docstring). ``problems`` found by the reader
    refuse the whole file (``OrdersRejected``, nothing written). Run it in the caller's
    transaction (``operations.run``); on its own it opens one. ``bulk``: write the
    purchases as a bulk load (``activity_bulk``; not for a recorded import)."""
    if problems:
        raise OrdersRejected(problems)
    if options.community_id is not None and conn.execute(
            "SELECT 1 FROM communities WHERE id = ?", (options.community_id,)).fetchone() is None:
        raise NotFound(Code.NO_COMMUNITY_ID, id=options.community_id)
    result = OrderImportResult(dry_run=dry_run, orders=len(orders), bulk=bulk)
    tell = _teller(progress, len(orders))
    keys = [order_key(o.number) for o in orders]
    bases = order_refund_links.base_keys(orders)  # orders refund rows give back from
    existing = _existing(conn, keys + bases)
    ended = order_ends.ended_keys(conn, keys + bases)
    ending: list[tuple[int, str]] = []  # (key, status) of orders this file says ended
    tell("orders", 0)
    to_add: list[tuple[Order, int]] = []
    back: list[tuple[Order, int]] = []
    amended: list[tuple[int, int]] = []  # (activity id, new amount)
    refunds: list[tuple[Order, int]] = []  # refund rows of orders imported before
    for order, key in zip(orders, keys, strict=True):
        result.masked_phones += order.buyer.masked_phone
        if order.refund_of is not None:
            refunds.append((order, key))
            continue
        if order.standing is Standing.PURCHASE:
            if key in existing:
                result.already_imported += 1
                activity_id, amount = existing[key]
                if order.amount < amount:
                    amended.append((activity_id, order.amount))
                    result.amount_changed += order.amount - amount
                elif order.amount > amount:  # older than a refund given (the docstring)
                    result.amounts_kept += 1
            elif key in ended:  # refunded or closed in a later file imported before
                result.ended_before += 1
            else:
                to_add.append((order, key))
            continue
        label = order.status or order.standing.value
        result.not_purchases[label] = result.not_purchases.get(label, 0) + 1
        if order.standing.takes_back:
            if key in existing:
                back.append((order, existing[key][0]))
            if key not in ended:
                ending.append((key, label))
    if refunds and (unlinked := order_refund_links.give_back(
            refunds, existing, ended, result, back, amended, ending)):
        raise OrdersRejected(unlinked)
    result.amounts_changed = len(amended)
    members = _match(conn, [o.buyer for o, _ in to_add], result)
    tell("match", len(orders))
    own = not conn.in_transaction and not dry_run
    if own:
        conn.execute("BEGIN IMMEDIATE")
    try:
        _settle(conn, to_add, back, members, options, result, dry_run, tell, bulk)
        if amended and not dry_run:
            _amend(conn, amended)
        if ending and not dry_run:
            order_ends.remember(conn, ending)
    except BaseException:
        if own:
            conn.execute("ROLLBACK")
        raise
    if own:
        conn.execute("COMMIT")
    return result


def order_import_operation(orders: Sequence[Order], options: OrderImportOptions, *,
                           problems: Sequence[Problem] = (), progress: Progress | None = None,
                           bulk: bool | None = None) -> Operation:
    """The import as an operation, undone exactly both ways. Up to ``BULK_ORDERS`` orders
    (``bulk`` None; True or False forces a way) by putting back the rows it wrote
    (``recorded``: activities added and deleted, members and memberships created). Beyond,
    the row snapshots would cost several times the import itself
    (``benchmarks/order_import.py``: 10,000 orders took 18 s recorded against 2.4 s plain,
    and 11 s to undo): the purchases are a bulk load, undone by their range of ids
    (``models.imports.bulk_undo``)."""
    def work(conn: sqlite3.Connection) -> OrderImportResult:
        return import_orders(conn, orders, options, problems=problems, progress=progress)

    if problems or not (len(orders) > BULK_ORDERS if bulk is None else bulk):
        return recorded(work)

    def load(conn: sqlite3.Connection) -> OrderImportResult:
        return import_orders(conn, orders, options, progress=progress, bulk=True)

    def big(conn: sqlite3.Connection) -> Done:
        with bulk_settings(conn, CACHE_MIB), rollback_journal(conn), \
                foreign_keys_trusted(conn):  # members and community: checked or just made
            return bulk_recorded(load)(conn)

    return own_transaction(big)


# -- steps ---------------------------------------------------------------------------------


def _teller(progress: Progress | None, total: int) -> Callable[[str, int], None]:
    def tell(step: str, done: int) -> None:
        if progress is not None and not progress(step, done, total):
            raise Cancelled()

    return tell


def _chunks(items: Sequence, size: int = CHUNK) -> Iterable[Sequence]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _existing(conn: sqlite3.Connection, keys: Sequence[int]) -> dict[int, tuple[int, int]]:
    """``{import key: (activity id, amount)}`` of the keys already in the workspace."""
    found: dict[int, tuple[int, int]] = {}
    for chunk in _chunks(sorted(set(keys))):
        for key, activity_id, amount in conn.execute(
                f"SELECT import_key, id, amount FROM activities WHERE import_key IN"
                f" ({','.join('?' * len(chunk))})", chunk):
            found[key] = (activity_id, amount)
    return found


def _match(conn: sqlite3.Connection, buyers: Sequence[Buyer], result: OrderImportResult
           ) -> dict[Buyer, int | tuple[int, ...] | None]:
    """Each distinct buyer's member id; a tuple of ids when a name is ambiguous; None when
    nobody matches."""
    distinct = list(dict.fromkeys(buyers))
    # by position in ``distinct``: a Buyer's hash is Python code, and there are 100,000
    found: list[int | tuple[int, ...] | None] = [None] * len(distinct)
    for column in ("phone", "wechat_id"):
        # lower case: how members hold WeChat ids (``clean_wechat_id``); phones are digits
        values = sorted({v.lower() for n, b in enumerate(distinct)
                         if found[n] is None and (v := getattr(b, column))})
        ids: dict[str, int] = {}
        for chunk in _chunks(values):
            for value, member_id in conn.execute(
                    f"SELECT {column}, min(id) FROM members WHERE {column} IN"
                    f" ({','.join('?' * len(chunk))}) AND deleted_at IS NULL"
                    f" GROUP BY {column}", chunk):
                ids[value] = member_id
        matched = 0
        for n, buyer in enumerate(distinct):
            if found[n] is None:
                member_id = ids.get((getattr(buyer, column) or "").lower())
                if member_id is not None:
                    found[n] = member_id
                    matched += 1
        if matched:
            result.matched_by[column] = result.matched_by.get(column, 0) + matched
    names = {b.name for n, b in enumerate(distinct) if found[n] is None and b.name}
    by_name = _members_named(conn, names) if names else {}
    for n, buyer in enumerate(distinct):
        if found[n] is not None:
            continue
        candidates = by_name.get(buyer.name or "", ())
        if len(candidates) == 1:
            found[n] = candidates[0]
            result.matched_by["name"] = result.matched_by.get("name", 0) + 1
        else:
            found[n] = tuple(sorted(candidates)) if candidates else None
    return dict(zip(distinct, found, strict=True))


def _members_named(conn: sqlite3.Connection, names: set[str]) -> dict[str, tuple[int, ...]]:
    """Members (not in the trash) whose display name or nickname is one of ``names``. One
    pass over the members: names have no index, and a pass keeps memory flat."""
    found: dict[str, set[int]] = {}
    for member_id, name, nickname in conn.execute(
            "SELECT id, display_name, nickname FROM members WHERE deleted_at IS NULL"):
        for value in (name, nickname):
            if value in names:
                found.setdefault(value, set()).add(member_id)
    return {name: tuple(ids) for name, ids in found.items()}


def _settle(conn: sqlite3.Connection, to_add: list[tuple[Order, int]],
            back: list[tuple[Order, int]], members: dict[Buyer, int | tuple[int, ...] | None],
            options: OrderImportOptions, result: OrderImportResult, dry_run: bool,
            tell: Callable[[str, int], None], bulk: bool = False) -> None:
    lines: dict[tuple[str, str], BuyerLine] = {}
    ambiguous: dict[tuple[str, str], BuyerLine] = {}
    rows: list[tuple[Order, int, int | None]] = []  # member None: one created below
    for order, key in to_add:
        match = members[order.buyer]
        if type(match) is int:
            rows.append((order, key, match))
            continue
        table = ambiguous if match else lines
        line = table.setdefault(order.buyer.key, BuyerLine(order.buyer, candidates=match or ()))
        line.orders += 1
        line.amount += order.amount
        if match or options.unmatched is Unmatched.SKIP:
            result.skipped_unmatched += 1
        else:
            rows.append((order, key, None))
    result.unmatched = sorted(lines.values(), key=lambda b: (-b.orders, b.buyer.label))
    result.ambiguous = sorted(ambiguous.values(), key=lambda b: (-b.orders, b.buyer.label))
    created: dict[tuple[str, str], int] = {}
    if options.unmatched is Unmatched.NEW:
        result.members_created = len(lines)
        if not dry_run:
            created = _create_members(conn, result.unmatched, options.community_id)
            result.created_ids = sorted(created.values())
    zone = ZoneInfo(default_tzid(conn))
    result.purchases_added = len(rows)
    result.amount_added = sum(o.amount for o, _, _ in rows)
    result.taken_back = len(back)
    if back:
        result.amount_taken_back = _amounts(conn, [a for _, a in back])
    if dry_run:
        return
    last_id = conn.execute("SELECT coalesce(max(id), 0) FROM activities").fetchone()[0]
    community = options.community_id
    purchases = [(created[order.buyer.key] if member is None else member, community,
                  _instant(order.at, zone), PURCHASE, order.amount, key, _note(order.products))
                 for order, key, member in rows]
    # in time order: the indexes on the time (purchases, community) grow at their end
    purchases.sort(key=itemgetter(2))
    with activities_loaded(conn, last_id + 1, bulk=bulk):
        for done in range(0, len(purchases), PROGRESS_EVERY):
            _insert(conn, purchases[done:done + PROGRESS_EVERY])
            tell("write", min(done + PROGRESS_EVERY, len(purchases)))
    if rows:
        intake.after_activities_added(conn, "id > ?", (last_id,))
        result.added_ids = [r[0] for r in conn.execute(
            "SELECT id FROM activities WHERE id > ? ORDER BY id LIMIT 1000", (last_id,))]
    if back:
        _take_back(conn, [a for _, a in back])


def _amounts(conn: sqlite3.Connection, activity_ids: Sequence[int]) -> int:
    total = 0
    for chunk in _chunks(activity_ids):
        total += conn.execute(f"SELECT coalesce(sum(amount), 0) FROM activities WHERE id IN"
                              f" ({','.join('?' * len(chunk))})", chunk).fetchone()[0]
    return total


def _create_members(conn: sqlite3.Connection, lines: Sequence[BuyerLine],
                    community_id: int | None) -> dict[tuple[str, str], int]:
    from models.members.records import create_member

    created: dict[tuple[str, str], int] = {}
    for line in lines:
        buyer = line.buyer
        name = buyer.name or buyer.phone or buyer.wechat_id or "?"
        member_id, _ = create_member(conn, {"display_name": name, "phone": buyer.phone,
                                            "wechat_id": buyer.wechat_id, "source": SOURCE},
                                     community_id)
        created[buyer.key] = member_id
    return created


def _insert(conn: sqlite3.Connection, batch: list[tuple]) -> None:
    if batch:
        conn.executemany(
            "INSERT INTO activities (member_id, community_id, occurred_at, kind, amount,"
            " import_key, note) VALUES (?, ?, ?, ?, ?, ?, ?)", batch)


def _amend(conn: sqlite3.Connection, amended: Sequence[tuple[int, int]]) -> None:
    """New amounts on purchases imported earlier (their triggers count the difference);
    the points rules grant again on the new amount (a rule per fen gives fewer)."""
    conn.executemany("UPDATE activities SET amount = ? WHERE id = ?",
                     [(amount, activity_id) for activity_id, amount in amended])
    for chunk in _chunks([a for a, _ in amended]):
        marks = ",".join("?" * len(chunk))
        conn.execute(f"DELETE FROM points_ledger WHERE rule_id IS NOT NULL"
                     f" AND activity_id IN ({marks})", chunk)
        intake.after_activities_added(conn, f"id IN ({marks})", chunk)


def _take_back(conn: sqlite3.Connection, activity_ids: Sequence[int]) -> None:
    member_ids: set[int] = set()
    for chunk in _chunks(activity_ids):
        marks = ",".join("?" * len(chunk))
        member_ids.update(r[0] for r in conn.execute(
            f"SELECT member_id FROM activities WHERE id IN ({marks})", chunk))
        # Their points and texts explicitly, not by cascade: a bulk load runs with the
        # foreign keys off, and nothing would cascade.
        for child in ("points_ledger", "activity_texts"):
            conn.execute(f"DELETE FROM {child} WHERE activity_id IN ({marks})", chunk)
        conn.execute(f"DELETE FROM activities WHERE id IN ({marks})", chunk)
    if member_ids:  # honours revoked where no longer earned
        ids = ",".join(str(int(m)) for m in sorted(member_ids))
        intake.after_activities_removed(conn, f"SELECT id FROM members WHERE id IN ({ids})")


def _instant(at: datetime | None, zone: ZoneInfo) -> str:
    if at is None:  # the reader refuses a purchase without a time; belt and braces
        raise ValueError("a purchase needs a time")
    if at.tzinfo is None:
        return at.replace(tzinfo=zone, microsecond=0).isoformat()
    return at.astimezone(zone).replace(microsecond=0).isoformat()


def _note(products: str | None) -> str | None:
    if not products:
        return None
    return products if len(products) <= NOTE_CHARS else products[:NOTE_CHARS - 1] + "…"
