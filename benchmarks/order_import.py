"""The order import at 100,000 orders, beside a raw reference measured in the same run.

    python benchmarks/order_import.py [--orders 100000] [--keep DIR]

The file is a CSV in 有赞's order-report shape (UTF-8 with a BOM, 26 columns), one row
per order but for every 20th order, written over three product rows with its total
repeated (as 有赞's product export does). The workspace holds one member per buyer
(matched by phone); 1 order in 10 is closed (not a purchase).

- **ours**: ``open_orders`` + ``read_orders`` (cells cleaned, rows merged) and the import
  run as the window runs it: ``order_import_operation`` under ``operations.run`` (past
  ``BULK_ORDERS`` orders a bulk load), then its undo and its redo;
- **ours, recorded**: the same at ``--recorded`` orders (default 10,000) with the row
  snapshots an undoable import keeps, and its undo, to show what they cost;
- **reference**: ``csv.reader`` over the same file and ``executemany`` of its rows into a
  plain 7-column table in one transaction (what the issue names).

Every measurement runs in its own child process on its own copy of the workspace, so each
peak RSS is its own. Aim (issue 16): within 3x of the reference, peak memory under 300 MB.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent]
sys.path.insert(0, str(ROOT))

from benchmarks.memory import peak_mb  # noqa: E402


def make_files(folder: Path, orders: int) -> tuple[Path, Path]:
    from models.imports.column_mapping import guess_mapping
    from models.imports.member_import import ImportOptions, import_members
    from models.store.workspace import open_workspace
    from tests.exports.order_samples import youzan_csv, youzan_row

    rng = random.Random(16)
    buyers = orders // 2
    phones = [f"1{rng.choice('3456789')}{i:09d}" for i in range(buyers)]
    workspace = folder / "shop.qunzhu"
    headers = ["姓名", "手机号"]
    with open_workspace(workspace) as ws:
        import_members(ws.conn, ((n + 2, [f"买家{n}", p]) for n, p in enumerate(phones)),
                       ImportOptions(guess_mapping(headers), headers), dry_run=False,
                       total=buyers)
    rows = []
    for n in range(orders):
        buyer = rng.randrange(buyers)
        status = "交易关闭" if n % 10 == 9 else rng.choice(("交易完成", "已发货", "待发货"))
        day, minute = n % 365, n % 1440
        paid = f"2026-{1 + day // 31 % 12:02d}-{1 + day % 28:02d} {minute // 60:02d}:" \
               f"{minute % 60:02d}:00" if status != "交易关闭" else ""
        amount = f"{rng.randrange(100, 500_000) / 100:,.2f}"
        products = ("蛋糕", "面包", "饼干") if n % 20 == 0 else ("蛋糕",)
        for product in products:
            rows.append(youzan_row(f"E{n:08d}", status, paid, amount, f"买家{buyer}",
                                   phones[buyer], product=product))
    path = youzan_csv(folder / "orders.csv", rows)
    return workspace, path


def child_ours(workspace: str, path: str, undo: str) -> dict:
    from exports.orders import open_orders, read_orders
    from models.imports import order_import
    from models.imports.order_import import order_import_operation
    from models.imports.order_records import OrderImportOptions
    from models.store.operations import run
    from models.store.workspace import open_workspace

    figures = {}
    began = time.perf_counter()
    with open_workspace(Path(workspace)) as ws:
        figures["open"] = time.perf_counter() - began
        began = time.perf_counter()
        source = open_orders(path)
        found = read_orders(source)
        source.close()
        figures["read"] = time.perf_counter() - began
        figures["peak_read"] = peak_mb()
        began = time.perf_counter()
        if undo == "yes":
            order_import.BULK_ORDERS = len(found.orders)
        done = run(ws.conn, order_import_operation(found.orders, OrderImportOptions()))
        result = done.value
        figures["import"] = time.perf_counter() - began
        figures["added"] = result.purchases_added
        figures["orders"] = result.orders
        figures["peak_import"] = peak_mb()
        del found, result  # as the window: its dialog lets the orders go once imported
        began = time.perf_counter()
        back = run(ws.conn, done.undo)
        figures["undo"] = time.perf_counter() - began
        figures["peak_undo"] = peak_mb()
        figures["left_after_undo"] = ws.conn.execute(
            "SELECT count(*) FROM activities").fetchone()[0]
        began = time.perf_counter()
        run(ws.conn, back.undo)
        figures["redo"] = time.perf_counter() - began
    figures["peak_mb"] = peak_mb()
    return figures


def child_reference(workspace: str, path: str) -> dict:
    import sqlite3

    began = time.perf_counter()
    conn = sqlite3.connect(workspace)
    conn.execute("CREATE TABLE raw_orders (order_no TEXT, status TEXT, paid TEXT, amount TEXT,"
                 " product TEXT, name TEXT, phone TEXT)")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        with conn:
            conn.executemany("INSERT INTO raw_orders VALUES (?, ?, ?, ?, ?, ?, ?)",
                             ((r[0], r[4], r[6], r[12], r[14], r[22], r[23]) for r in reader))
    conn.close()
    return {"total": time.perf_counter() - began, "peak_mb": peak_mb()}


def measure(kind: str, workspace: Path, path: Path, folder: Path, *extra: str) -> dict:
    copy = folder / f"{kind}.qunzhu"
    shutil.copyfile(workspace, copy)
    began = time.perf_counter()
    out = subprocess.run([sys.executable, __file__, "--child", kind, str(copy), str(path),
                          *extra], capture_output=True, text=True, check=True)
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    figures["wall"] = time.perf_counter() - began
    return figures


def report(name: str, f: dict, ref: float) -> None:
    total = f["read"] + f["import"]
    print(f"{name:<22} read {f['read']:5.2f} s + import {f['import']:6.2f} s = "
          f"{total:6.2f} s ({total / ref:.1f}x)   peak {f['peak_mb']:.0f} MB   "
          f"{f['added']:,} purchases of {f['orders']:,} orders")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--recorded", type=int, default=10_000)
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        figures = child_reference(*rest) if kind == "reference" else child_ours(*rest)
        print(json.dumps(figures))
        return
    folder = args.keep or Path(tempfile.mkdtemp(prefix="qz-orders-"))
    folder.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    workspace, path = make_files(folder, args.orders)
    print(f"made {args.orders:,} orders ({path.stat().st_size / 1e6:.1f} MB CSV) and "
          f"{args.orders // 2:,} members in {time.perf_counter() - began:.1f} s")
    reference = measure("reference", workspace, path, folder)
    ours = measure("ours", workspace, path, folder, "no")
    ref = reference["total"]
    print(f"reference: csv + executemany   {ref:6.2f} s   peak {reference['peak_mb']:.0f} MB")
    report("ours (as the window)", ours, ref)
    print(f"  peak after reading {ours['peak_read']:.0f} MB, importing {ours['peak_import']:.0f}"
          f" MB, undoing {ours['peak_undo']:.0f} MB, redoing {ours['peak_mb']:.0f} MB")
    print(f"  its undo: {ours['undo']:.2f} s ({ours['undo'] / ref:.1f}x the reference;"
          f" {ours['left_after_undo']:,} activities left), its redo: {ours['redo']:.2f} s")
    if args.recorded:
        small = folder / "small"
        small.mkdir(exist_ok=True)
        workspace, path = make_files(small, args.recorded)
        reference = measure("reference", workspace, path, small)
        recorded = measure("ours", workspace, path, small, "yes")
        print(f"at {args.recorded:,} orders: reference {reference['total']:.2f} s")
        report("ours, recorded", recorded, reference["total"])
        print(f"  its undo: {recorded['undo']:.2f} s "
              f"({recorded['left_after_undo']:,} activities left), its redo:"
              f" {recorded['redo']:.2f} s")
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
