"""Checklist workbooks at size, each beside raw openpyxl writing the same cells, same run.

    python benchmarks/checklists.py [--repeat 3]

Builds a fresh workspace in a temporary folder: 200 checklists (one per event) holding
10,000 items in all, and one standalone checklist of 5,000 items. Then times, median of
``--repeat`` runs:

1. ``export_checklists`` of the 200 checklists (summary + 200 sheets with dropdowns,
   conditional formats, amount formulas and totals), against openpyxl write-only mode
   appending the same values, one sheet per checklist, without styles or validation.
2. the same for the single 5,000-item checklist.
3. reading an exported 5,000-item checklist back into an import plan, against iterating
   the same rows with openpyxl read-only.
"""

from __future__ import annotations

import sys
from pathlib import Path

if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

import argparse
import random
import statistics
import tempfile
import time
from datetime import date, timedelta

TODAY = date(2026, 11, 23)
NAMES = ["易拉宝", "签到表", "伴手礼", "茶歇", "矿泉水", "展架", "投影转接头", "无线麦克风",
         "插线板", "姓名贴", "宣传单页", "抽奖礼品", "桌布", "打包材料"]
CATEGORIES = ["宣传物料", "礼品", "设备", "文具", "餐饮", "场地", "其他"]
STATUSES = ["待准备", "已下单", "已到货", "已打包"]


def build(path: Path) -> tuple[list[int], int]:
    from models.events.schedule import EventFields, create_event
    from models.materials import checklists
    from models.store.workspace import open_workspace

    rng = random.Random(6)
    ws = open_workspace(path)
    ids = []

    def rows(n: int) -> list[dict]:
        return [{"name": rng.choice(NAMES), "category": rng.choice(CATEGORIES),
                 "spec": f"规格 {rng.randint(1, 99)}", "quantity": rng.randint(1, 200),
                 "unit": rng.choice(("个", "份", "箱", None)),
                 "unit_price": rng.randint(50, 50000), "supplier": "义乌小商品城",
                 "owner": rng.choice(("小王", "小李", None)),
                 "due_on": (TODAY + timedelta(days=rng.randint(-5, 60))).isoformat(),
                 "status": rng.choice(STATUSES), "notes": "=HYPERLINK(1)" if i % 97 == 0
                 else None} for i in range(n)]

    with ws.transaction():
        for n in range(200):
            day = TODAY + timedelta(days=n % 90)
            event, _ = create_event(ws.conn, EventFields(f"活动 {n}", f"{day}T14:00:00+08:00"))
            cid, _ = checklists.create_checklist(ws.conn, f"活动 {n} 物料", event_id=event.id,
                                                 items=rows(50))
            ids.append(cid)
        big, _ = checklists.create_checklist(ws.conn, "大型展会 物料", items=rows(5000))
    ws.close()
    return ids, big


def raw_openpyxl(conn, target: Path, ids: list[int]) -> None:
    from openpyxl import Workbook

    from models.materials import checklists

    wb = Workbook(write_only=True)
    for cid in ids:
        ws = wb.create_sheet(str(cid))
        ws.append(["ID", "名称", "类别", "规格", "数量", "单位", "单价", "金额", "供应商",
                   "负责人", "截止日期", "状态", "存放位置", "备注"])
        for i in checklists.list_items(conn, cid, TODAY):
            ws.append([i.id, i.name, i.category, i.spec, i.quantity, i.unit,
                       (i.unit_price or 0) / 100, None, i.supplier, i.owner,
                       date.fromisoformat(i.due_on) if i.due_on else None, i.status,
                       i.location, i.notes])
    wb.save(target)


def timed(fn, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - began)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from exports.checklist_import import plan_checklist_import
    from exports.checklists import export_checklists
    from models.store.connection import connect_readonly

    folder = Path(tempfile.mkdtemp(prefix="qunzhu-bench-"))
    began = time.perf_counter()
    ids, big = build(folder / "bench.qunzhu")
    print(f"workspace: 200 checklists x 50 items + 1 x 5,000 items, built in "
          f"{time.perf_counter() - began:.1f} s")
    conn = connect_readonly(folder / "bench.qunzhu")
    cases = [("200 checklists, 10,000 items", ids, 10_000),
             ("1 checklist, 5,000 items", [big], 5_000)]
    print(f"{'case':<32}{'ours':>10}{'items/s':>12}{'raw openpyxl':>15}{'items/s':>12}"
          f"{'ratio':>8}")
    for label, chosen, items in cases:
        ours = timed(lambda c=chosen: export_checklists(conn, folder / "ours.xlsx", TODAY,
                                                        ids=c), args.repeat)
        raw = timed(lambda c=chosen: raw_openpyxl(conn, folder / "raw.xlsx", c), args.repeat)
        print(f"{label:<32}{ours:>9.2f}s{items / ours:>12,.0f}{raw:>14.2f}s"
              f"{items / raw:>12,.0f}{ours / raw:>7.2f}x")

    export_checklists(conn, folder / "big.xlsx", TODAY, ids=[big])

    def read_raw() -> None:
        from openpyxl import load_workbook

        wb = load_workbook(folder / "big.xlsx", read_only=True)
        for ws in wb.worksheets:
            for _ in ws.iter_rows(values_only=True):
                pass
        wb.close()

    ours = timed(lambda: plan_checklist_import(conn, folder / "big.xlsx", TODAY), args.repeat)
    raw = timed(read_raw, args.repeat)
    print(f"{'import plan, 5,000 items':<32}{ours:>9.2f}s{5000 / ours:>12,.0f}{raw:>14.2f}s"
          f"{5000 / raw:>12,.0f}{ours / raw:>7.2f}x")
    conn.close()


if __name__ == "__main__":
    main()
