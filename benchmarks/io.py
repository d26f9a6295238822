"""Import and export speed beside raw references, measured in the same run.

    python benchmarks/io.py [--xlsx-rows 100000] [--csv-rows 1000000]
                            [--export-rows 100000,1000000] [--no-pandas-1m] [--keep DIR]

- import a 100,000-row xlsx member list into an empty workspace, beside the fastest raw
  reader (python-calamine iterating the same file, doing nothing with the rows);
- import a 1,000,000-row CSV, beside raw ``csv.reader`` + ``executemany`` of the same rows
  into a plain 11-column table in one transaction;
- beside both imports, a second reference: the same raw rows, uncleaned, into the real
  ``members`` table the fastest way the workspace allows (the import's bulk path: indexes
  and triggers off, then built, both search indexes built). The first reference is what the
  issue names; the second is the storing alone, which the first leaves out;
- export 100,000 and 1,000,000 roster rows (the workspaces the imports made), beside raw
  openpyxl write-only of the same values from the same query, and pandas
  ``DataFrame.to_excel`` (built from the same rows), what users would otherwise reach for.

Every measurement runs in its own child process, so each peak RSS is its own (memory
flat as rows grow: compare the export's peak at 100k and 1M). CPU seconds (the child's
and its helper processes') are printed beside wall time: on a machine shared with other
work they move less. ``--parts xlsx,csv`` runs only the imports. Aims (issue 4): imports at
no less than half the raw reference, export within 1.3x of raw write-only and faster
than pandas. pandas is not a dependency of Qunzhu: install it in the venv to compare.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# This folder holds calendar.py (and this io.py): keep it off the path so the standard
# library's modules of those names are the ones imported (pandas imports calendar).
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent]
sys.path.insert(0, str(ROOT))

HEADERS = ["姓名", "昵称", "手机号", "微信号", "邮箱", "性别", "城市", "来源", "标签", "入群时间",
           "备注"]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the import's pinyin helper):
    steadier than wall time on a machine shared with other work."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    helpers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + helpers.ru_utime + helpers.ru_stime


def clock() -> tuple[float, float]:
    return time.perf_counter(), cpu_seconds()


def figure(rows: int, began: tuple[float, float]) -> dict:
    """What a child measured since ``began`` (from ``clock``)."""
    return {"rows": rows, "seconds": time.perf_counter() - began[0],
            "cpu": cpu_seconds() - began[1], "peak_mb": peak_mb()}


# -- data ---------------------------------------------------------------------------------


def member_rows(n: int, seed: int = 1):
    from models.demo import vocab as V

    rng = random.Random(seed)
    surnames = [s[0] for s in V.SURNAMES]
    given = list(V.GIVEN_FEMALE) + list(V.GIVEN_MALE)
    cities = [c[0] for c in V.CITIES]
    sources = [s[0] for s in V.SOURCES]
    tags = [t[0] for t in V.TAGS]
    for i in range(n):
        name = rng.choice(surnames) + rng.choice(given) + (rng.choice(given) if i % 3 else "")
        yield [name, f"小{rng.choice(given)}" if i % 2 else "", f"1{'3578'[i % 4]}{i:09d}",
               f"wx_{i:08x}" if i % 3 else "", f"m{i}@qq.com" if i % 5 == 0 else "",
               "女" if i % 2 else "男", rng.choice(cities), rng.choice(sources),
               "、".join(rng.sample(tags, i % 3)),
               f"2024-{1 + i % 12:02d}-{1 + i % 28:02d} {i % 24:02d}:{i % 60:02d}",
               "老会员" if i % 7 == 0 else ""]


def make_csv(path: Path, n: int) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows(member_rows(n))


def make_xlsx(path: Path, n: int) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("成员")
    sheet.append(HEADERS)
    for row in member_rows(n):
        sheet.append(row)
    book.save(path)


# -- children: one measurement each --------------------------------------------------------


def child_import(args: argparse.Namespace) -> dict:
    from exports.member_file import open_member_file
    from models.imports.import_undo import import_operation
    from models.imports.member_import import ImportOptions
    from models.store.operations import run
    from models.store.workspace import open_workspace

    with open_workspace(args.workspace):
        pass  # created (schema, migrations) before the clock: the import is into a workspace
    began = clock()
    source = open_member_file(args.file)
    with open_workspace(args.workspace) as ws:
        options = ImportOptions(source.mapping, source.headers,
                                parallel=False if args.parallel == "off" else None)
        # As the window runs it: an operation that keeps what undoing it takes.
        result = run(ws.conn, import_operation(source.data_rows(), options,
                                               total=source.estimate_rows())).value
    return {**figure(result.added, began),
            "rejected": result.rejected}


def child_calamine(args: argparse.Namespace) -> dict:
    from python_calamine import CalamineWorkbook

    began = clock()
    book = CalamineWorkbook.from_path(str(args.file))
    count = sum(1 for _ in book.get_sheet_by_index(0).iter_rows()) - 1
    return figure(count, began)


def child_raw_csv(args: argparse.Namespace) -> dict:
    began = clock()
    conn = sqlite3.connect(args.workspace, isolation_level=None)
    conn.execute(f"CREATE TABLE raw ({', '.join(f'c{i}' for i in range(len(HEADERS)))})")
    with open(args.file, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO raw VALUES ({','.join('?' * len(HEADERS))})", reader)
        conn.execute("COMMIT")
    count = conn.execute("SELECT count(*) FROM raw").fetchone()[0]
    conn.close()
    return figure(count, began)


def _raw_rows(path: Path):
    """The file's rows as the fastest raw reader gives them (header row dropped)."""
    if path.suffix == ".csv":
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            next(reader)
            yield from reader
        return
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).iter_rows()
    next(rows)
    yield from rows


def child_raw_members(args: argparse.Namespace) -> dict:
    """The same rows, uncleaned, into the real members table the way the import's bulk
    path stores them (indexes and triggers off, rollback journal, then the indexes, both
    search indexes and the audience counts built): what storing them costs at the least."""
    from models.analytics import summary
    from models.search import text_index
    from models.store.bulk import (
        DroppedStructures,
        bulk_settings,
        foreign_keys_trusted,
        rollback_journal,
    )
    from models.store.workspace import open_workspace, transaction

    with open_workspace(args.workspace):
        pass
    began = clock()
    with open_workspace(args.workspace) as ws:
        conn = ws.conn
        stamp = datetime.now().astimezone().isoformat(timespec="seconds")
        with bulk_settings(conn), rollback_journal(conn), foreign_keys_trusted(conn), \
                transaction(conn):
            dropped = DroppedStructures(conn, ["members", "memberships", "member_tags"])
            conn.executemany(
                "INSERT INTO members (display_name, nickname, phone, wechat_id, email, gender,"
                " city, source, tags_text, joined_at, notes, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, nullif(?, ''), ?, ?, ?, ?, ?, ?, ?)",
                ((*row, stamp, stamp) for row in _raw_rows(Path(args.file))))
            dropped.restore()
            text_index.rebuild(conn)
            summary.rebuild_member_dims(conn)
        count = conn.execute("SELECT count(*) FROM members").fetchone()[0]
    return figure(count, began)


EXPORT_SQL = ("SELECT id, display_name, nickname, phone, wechat_id, email, gender, city,"
              " source, lifecycle, tags_text, communities_text, points, joined_at,"
              " last_active_at, notes FROM members m WHERE deleted_at IS NULL"
              " ORDER BY name_key, id")


def _raw_values(conn: sqlite3.Connection):
    """The same values the roster export writes, converted the obvious way."""
    for row in conn.execute(EXPORT_SQL):
        values = list(row)
        for i in (13, 14):
            if values[i]:
                values[i] = datetime.fromisoformat(values[i]).replace(tzinfo=None)
        yield values


def child_export(args: argparse.Namespace) -> dict:
    from exports.roster import RosterExport, export_roster
    from models.store.connection import connect_readonly

    conn = connect_readonly(Path(args.workspace))
    began = clock()
    summary = export_roster(conn, args.out, RosterExport())
    return {**figure(sum(summary.rows.values()), began),
            "bytes": Path(args.out).stat().st_size}


def child_raw_export(args: argparse.Namespace) -> dict:
    from openpyxl import Workbook

    conn = sqlite3.connect(args.workspace)
    began = clock()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("成员")
    sheet.append(["ID", "姓名", "昵称", "手机", "微信号", "邮箱", "性别", "城市", "来源", "阶段",
                  "标签", "社群", "积分", "入群时间", "最近活跃", "备注"])
    count = 0
    for values in _raw_values(conn):
        sheet.append(values)
        count += 1
    book.save(args.out)
    return figure(count, began)


def child_pandas(args: argparse.Namespace) -> dict:
    import pandas as pd

    conn = sqlite3.connect(args.workspace)
    began = clock()
    frame = pd.DataFrame(list(_raw_values(conn)), columns=[
        "ID", "姓名", "昵称", "手机", "微信号", "邮箱", "性别", "城市", "来源", "阶段", "标签",
        "社群", "积分", "入群时间", "最近活跃", "备注"])
    frame.to_excel(args.out, index=False, sheet_name="成员")
    return figure(len(frame), began)


CHILDREN = {"import": child_import, "calamine": child_calamine, "raw_csv": child_raw_csv,
            "raw_members": child_raw_members,
            "export": child_export, "raw_export": child_raw_export, "pandas": child_pandas}


def run_child(name: str, **kw: object) -> dict:
    command = [sys.executable, __file__, "--child", name]
    for key, value in kw.items():
        command += [f"--{key}", str(value)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"{name} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def line(label: str, figure: dict, reference: dict | None = None, ref_label: str = "") -> None:
    rate = figure["rows"] / figure["seconds"]
    text = (f"  {label:<38} {figure['rows']:>9,} rows {figure['seconds']:7.1f} s"
            f" {rate:>9,.0f} rows/s  cpu {figure['cpu']:6.1f} s  peak {figure['peak_mb']:5.0f} MB")
    if reference is not None:
        text += f"\n{'':<42}{ratio_text(figure, reference, ref_label)}"
    print(text, flush=True)


def ratio_text(figure: dict, reference: dict, ref_label: str) -> str:
    return (f"{figure['seconds'] / reference['seconds']:.2f}x the time of {ref_label}"
            f" (cpu: {figure['cpu'] / reference['cpu']:.2f}x)")


def raw_members(folder: Path, source: Path) -> dict:
    """The second reference: raw rows into the real members table (see child_raw_members)."""
    target = folder / "raw-members.qunzhu"
    for stale in folder.glob("raw-members.qunzhu*"):
        stale.unlink()
    fair = run_child("raw_members", file=source, workspace=target)
    line("raw rows into members (reference 2)", fair)
    return fair


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child")
    parser.add_argument("--file")
    parser.add_argument("--workspace")
    parser.add_argument("--out")
    parser.add_argument("--parallel", choices=["auto", "off"], default="auto",
                        help="off: no helper process for the pinyin (to compare)")
    parser.add_argument("--xlsx-rows", type=int, default=100_000)
    parser.add_argument("--csv-rows", type=int, default=1_000_000)
    parser.add_argument("--export-rows", default="100000,1000000")
    parser.add_argument("--no-pandas-1m", action="store_true",
                        help="skip pandas at a million rows (minutes, gigabytes)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep the files")
    parser.add_argument("--parts", default="xlsx,csv,export",
                        help="which of xlsx,csv,export to run (export needs the imports)")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(CHILDREN[args.child](args)))
        return

    folder = args.keep or Path(tempfile.mkdtemp(prefix="qunzhu-io-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"benchmarks/io.py on {os.cpu_count()} cores, files in {folder}", flush=True)
    xlsx, big_csv = folder / "members.xlsx", folder / "members.csv"
    parts = set(args.parts.split(","))
    if not xlsx.exists() and "xlsx" in parts:
        make_xlsx(xlsx, args.xlsx_rows)
    if not big_csv.exists() and "csv" in parts:
        make_csv(big_csv, args.csv_rows)
    workspaces = {}
    if "xlsx" in parts:
        import_xlsx(args, folder, xlsx, workspaces)
    if "csv" in parts:
        import_csv(args, folder, big_csv, workspaces)
    if "export" in parts:
        exports(args, folder, workspaces)


def import_xlsx(args: argparse.Namespace, folder: Path, xlsx: Path, workspaces: dict) -> None:
    print(f"\nImport a {args.xlsx_rows:,}-row xlsx", flush=True)
    reference = run_child("calamine", file=xlsx)
    line("raw python-calamine read (reference)", reference)
    fair = raw_members(folder, xlsx)
    target = folder / "xlsx.qunzhu"
    for stale in folder.glob("xlsx.qunzhu*"):
        stale.unlink()
    ours = run_child("import", file=xlsx, workspace=target, parallel=args.parallel)
    line("qunzhu import members", ours, reference, "raw read")
    print(f"{'':<42}{ratio_text(ours, fair, 'raw into members')}")
    workspaces[args.xlsx_rows] = target


def import_csv(args: argparse.Namespace, folder: Path, big_csv: Path, workspaces: dict) -> None:
    print(f"\nImport a {args.csv_rows:,}-row CSV", flush=True)
    raw_db = folder / "raw.sqlite"
    raw_db.unlink(missing_ok=True)
    reference = run_child("raw_csv", file=big_csv, workspace=raw_db)
    line("raw csv + executemany (reference)", reference)
    fair = raw_members(folder, big_csv)
    target = folder / "csv.qunzhu"
    for stale in folder.glob("csv.qunzhu*"):
        stale.unlink()
    ours = run_child("import", file=big_csv, workspace=target, parallel=args.parallel)
    line("qunzhu import members", ours, reference, "raw")
    print(f"{'':<42}{ratio_text(ours, fair, 'raw into members')}")
    workspaces[args.csv_rows] = target


def exports(args: argparse.Namespace, folder: Path, workspaces: dict) -> None:
    for rows in (int(r) for r in args.export_rows.split(",") if r.strip()):
        workspace = workspaces.get(rows)
        if workspace is None:
            print(f"\n(no {rows:,}-row workspace made above; skipped)")
            continue
        print(f"\nExport {rows:,} roster rows", flush=True)
        raw = run_child("raw_export", workspace=workspace, out=folder / f"raw-{rows}.xlsx")
        line("raw openpyxl write-only (reference)", raw)
        ours = run_child("export", workspace=workspace, out=folder / f"roster-{rows}.xlsx")
        line("qunzhu export roster", ours, raw, "raw write-only")
        if rows >= 1_000_000 and args.no_pandas_1m:
            print("  pandas.DataFrame.to_excel              skipped (--no-pandas-1m)")
            continue
        try:
            peer = run_child("pandas", workspace=workspace, out=folder / f"pandas-{rows}.xlsx")
        except RuntimeError as error:
            print(f"  pandas: not measured ({str(error).splitlines()[-1]})")
            continue
        line("pandas.DataFrame.to_excel (peer)", peer, raw, "raw write-only")
        print(f"  qunzhu export is {peer['seconds'] / ours['seconds']:.2f}x faster than pandas")


if __name__ == "__main__":
    main()
