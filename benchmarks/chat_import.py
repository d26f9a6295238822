"""A million-message QQ export imported, beside a raw reference measured in the same run.

    python benchmarks/chat_import.py [--messages 1000000] [--speakers 2000] [--keep DIR]

- writes a QQ 导出消息记录 .txt of ``--messages`` messages from ``--speakers`` people over a
  year (a few per mille are system lines: invitations, QR joins, leaves, removals), and a
  workspace holding those people as members of the group's community (matched by name;
  the invited newcomers are new);
- reference: the same file parsed with one regular expression (the message header) and
  written with ``executemany`` into a plain table in a fresh SQLite file, one transaction;
- a floor: the reference writing the app's ``activities`` table instead (its triggers and
  indexes dropped, then the indexes built once, rolled back): no import into that table,
  whatever it leaves out, costs less;
- ``qunzhu import chat FILE`` (the CLI, a child process: one parse that stages the rows,
  then the bulk load from the stage), its time and CPU time, their ratios to the
  reference's, and peak RSS (the child's own: ``benchmarks.memory``);
- the same import again: every message a duplicate, nothing added;
- on a copy of the workspace, the import as the window runs it (an operation), then its
  undo and its redo (each on the connection the window would use), in one child process.

Aims (issue 16): within 3x of the reference, peak under 300 MB.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent]
sys.path.insert(0, str(ROOT))

BANNER = """消息记录（此消息记录为文本格式，不支持重新导入）

================================================================
消息分组:我的群聊
================================================================
消息对象:读书会
================================================================

"""
COMMUNITY = "读书会"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋" \
    "蔡余杜叶程"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲兰凤洁梅琳素云莲真环雪荣爱妹霞香"
TEXTS = ["大家早上好", "收到", "+1", "今天读到第三章了", "[图片]", "哈哈哈", "同意", "[表情]",
         "周六的活动几点开始？", "谢谢分享！", "这本书推荐给大家", "打卡 Day 12", "晚安"]
SHARES = ["[分享]读书笔记 第3期", "[链接]https://example.com/book", "[小程序]读书打卡"]
#: The reference's one regular expression: a message header line.
HEADER = re.compile(r"(\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{2}:\d{2}) (.*)\((\d+)\)$")


def speakers(count: int, seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    names: set[str] = set()
    while len(names) < count:
        names.add(rng.choice(SURNAMES) + "".join(rng.choice(GIVEN)
                                                 for _ in range(rng.choice((1, 2, 2)))))
    return [(name, str(100_000_000 + i * 7919)) for i, name in enumerate(sorted(names))]


def write_export(path: Path, messages: int, people: list[tuple[str, str]], seed: int = 7) -> int:
    """The export; returns the number of system lines among ``messages``."""
    rng = random.Random(seed)
    weights = [1 / (i + 1) ** 0.8 for i in range(len(people))]  # a few talk a lot
    start = datetime(2025, 12, 1, 8, 0, 0)
    step = timedelta(days=365) / messages
    system = 0
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(BANNER)
        chosen = rng.choices(people, weights, k=messages)
        for n, (name, number) in enumerate(chosen):
            at = start + step * n
            stamp = (f"{at.year}-{at.month:02d}-{at.day:02d}"
                     f" {at.hour}:{at.minute:02d}:{at.second:02d}")
            if n % 400 == 399:
                system += 1
                newcomer = f"新人{n}"
                line = rng.choice((f'"{name}"邀请"{newcomer}"加入了本群',
                                   f"{newcomer}通过扫描{name}分享的二维码加入本群",
                                   f"{newcomer}退出了本群", f"{newcomer}被管理员移出本群"))
                out.write(f"{stamp} 系统消息(10000)\n{line}\n\n")
                continue
            text = rng.choice(SHARES) if n % 25 == 0 else rng.choice(TEXTS)
            out.write(f"{stamp} {name}({number})\n{text}\n\n")
    return system


def make_workspace(path: Path, people: list[tuple[str, str]]) -> None:
    from models.core import zones
    from models.members import records
    from models.members.communities import create_community
    from models.store.workspace import open_workspace, transaction

    with open_workspace(path) as ws:
        zones.set_default_tzid(ws.conn, "Asia/Shanghai")
        club = create_community(ws.conn, COMMUNITY).id
        with transaction(ws.conn):
            for name, _ in people:
                records.create_member(ws.conn, {"display_name": name}, club)


# -- the measured parts, each in its own process -------------------------------------------

def reference(export: Path, database: Path) -> int:
    """One regex over the lines, executemany into a plain table."""
    conn = sqlite3.connect(database, isolation_level=None)
    conn.execute("CREATE TABLE messages (at TEXT, name TEXT, qq TEXT, text TEXT)")
    conn.execute("BEGIN")
    rows, pending, count = [], None, 0
    with open(export, encoding="utf-8") as lines:
        for line in lines:
            match = HEADER.match(line)
            if match:
                if pending:
                    rows.append(pending)
                pending = [match[1], match[2], match[3], ""]
            elif pending is not None and line != "\n":
                pending[3] += line
            if len(rows) >= 10_000:
                conn.executemany("INSERT INTO messages VALUES (?, ?, ?, ?)", rows)
                count += len(rows)
                rows = []
    if pending:
        rows.append(pending)
    conn.executemany("INSERT INTO messages VALUES (?, ?, ?, ?)", rows)
    conn.execute("COMMIT")
    conn.close()
    return count + len(rows)


def reference_app_table(export: Path, workspace: Path) -> int:
    """The reference, writing the app's ``activities`` table instead of a plain one: its
    triggers and indexes dropped, the rows, then its indexes built once (as a bulk load
    does), rolled back. No summary, dedupe, matching, time zone or undo: what any import
    into this table costs at least."""
    conn = sqlite3.connect(workspace, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA cache_size = -65536")
    conn.execute("PRAGMA threads = 2").fetchall()
    members = conn.execute("SELECT count(*) FROM members").fetchone()[0]
    conn.execute("BEGIN")
    schema = conn.execute("SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL"
                          " AND tbl_name = 'activities' AND type IN ('index', 'trigger')"
                          ).fetchall()
    for kind, name, _ in schema:
        conn.execute(f'DROP {kind.upper()} "{name}"')
    insert = ("INSERT INTO activities (member_id, community_id, occurred_at, kind, amount,"
              " import_key) VALUES (?, 1, ?, '发言', 0, ?)")
    who: dict[str, int] = {}
    rows, count = [], 0
    with open(export, encoding="utf-8") as lines:
        for line in lines:
            match = HEADER.match(line)
            if match:
                count += 1
                member = who.setdefault(match[3], len(who) % members + 1)
                # a random 63-bit key, as the import's hashes are (a sorted one builds faster)
                rows.append((member, match[1], hash((match[3], match[1], count)) >> 1))
            if len(rows) >= 10_000:
                conn.executemany(insert, rows)
                rows = []
    conn.executemany(insert, rows)
    for kind, _, sql in schema:
        if kind == "index":
            conn.execute(sql)
    conn.execute("ROLLBACK")
    conn.close()
    return count


def child(argv: list[str]) -> tuple[float, float, float, str]:
    """Run ``argv`` (through this script's ``--run``); (seconds, CPU seconds, its own peak
    RSS in MB, its stdout). CPU time moves less than wall time on a shared machine."""
    began = time.perf_counter()
    process = subprocess.run([sys.executable, __file__, "--run", *argv], cwd=ROOT,
                             capture_output=True, text=True,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    seconds = time.perf_counter() - began
    if process.returncode != 0:
        raise SystemExit(f"{argv[:3]} failed ({process.returncode}):\n{process.stderr}")
    *out, last = process.stdout.strip().splitlines()
    _, cpu, peak = last.split()
    return seconds, float(cpu), float(peak), "\n".join(out)


def run_and_report(argv: list[str]) -> None:
    """(in the child) run a part, then print its CPU seconds and peak RSS."""
    import resource

    if argv[0] == "reference":
        reference(Path(argv[1]), Path(argv[2]))
    elif argv[0] == "floor":
        reference_app_table(Path(argv[1]), Path(argv[2]))
    elif argv[0] == "undo":
        print(undo_and_redo(Path(argv[1]), Path(argv[2])))
    else:
        from desktop.cli import main

        code = main(argv)
        if code != 0:
            raise SystemExit(code)
    from benchmarks.memory import peak_mb

    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(f"figures {usage.ru_utime + usage.ru_stime:.2f} {peak_mb():.1f}")


def undo_and_redo(export: Path, workspace: Path) -> str:
    """(in the child) the import as an operation, its undo, its redo: each one's seconds,
    CPU seconds and the peak RSS (MB) so far, then the activities after each."""
    from benchmarks.memory import peak_mb
    from exports.chat.detect import open_chat
    from models.imports.chat_import import ChatImportOptions, chat_import_operation
    from models.members.communities import find_community
    from models.store.operations import run
    from models.store.workspace import open_workspace

    figures: list[float] = []
    counts: list[int] = []

    def timed(step):
        began, cpu = time.perf_counter(), time.process_time()
        done = step()
        figures.extend([time.perf_counter() - began, time.process_time() - cpu,
                        peak_mb()])
        counts.append(ws.conn.execute("SELECT count(*) FROM activities").fetchone()[0])
        return done

    with open_workspace(workspace) as ws:
        club = find_community(ws.conn, COMMUNITY).id
        done = timed(lambda: run(ws.conn, chat_import_operation(
            lambda: open_chat(export, "auto"), ChatImportOptions(club))))
        back = timed(lambda: run(ws.conn, done.undo))
        timed(lambda: run(ws.conn, back.undo))
    return " ".join(f"{f:.2f}" for f in figures) + " " + " ".join(str(c) for c in counts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--speakers", type=int, default=2_000)
    parser.add_argument("--keep", type=Path, help="folder for the files (default: a temp one)")
    parser.add_argument("--run", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        run_and_report(args.run)
        return
    folder = args.keep or Path(tempfile.mkdtemp(prefix="qunzhu-chat-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    export, workspace = folder / "读书会.txt", folder / "chat.qunzhu"
    for stale in (export, workspace, folder / "reference.sqlite", folder / "undo.qunzhu"):
        stale.unlink(missing_ok=True)
    people = speakers(args.speakers)
    began = time.perf_counter()
    system = write_export(export, args.messages, people)
    made = time.perf_counter() - began
    make_workspace(workspace, people)
    undo_copy = folder / "undo.qunzhu"
    shutil.copyfile(workspace, undo_copy)
    print(f"export: {args.messages:,} records ({system:,} system lines), {len(people):,} "
          f"speakers, {export.stat().st_size / 1e6:.0f} MB, written in {made:.1f} s")

    ref_s, ref_cpu, ref_mb, _ = child(["reference", str(export),
                                       str(folder / "reference.sqlite")])
    floor_s, floor_cpu, _, _ = child(["floor", str(export), str(undo_copy)])
    command = ["import", "chat", str(export), "--workspace", str(workspace),
               "--community", COMMUNITY]
    imp_s, imp_cpu, imp_mb, out = child(command)
    again_s, again_cpu, again_mb, again_out = child(command)
    conn = sqlite3.connect(workspace)
    activities = conn.execute("SELECT count(*) FROM activities").fetchone()[0]
    conn.close()
    print(f"reference (one regex + executemany into a plain table): {ref_s:.1f} s "
          f"(CPU {ref_cpu:.1f} s), peak {ref_mb:.0f} MB")
    print(f"floor (the reference writing the app's activities table, its indexes built"
          f" after; nothing else): {floor_s:.1f} s (CPU {floor_cpu:.1f} s), {floor_s / ref_s:.2f}x"
          f" the reference (CPU {floor_cpu / ref_cpu:.2f}x)")
    print(f"qunzhu import chat: {imp_s:.1f} s (CPU {imp_cpu:.1f} s), {imp_s / ref_s:.2f}x the "
          f"reference (CPU {imp_cpu / ref_cpu:.2f}x; aim 3x), peak {imp_mb:.0f} MB "
          f"(aim < 300), {activities:,} activities")
    print(f"  {out.splitlines()[0]}")
    print(f"again (all duplicates): {again_s:.1f} s (CPU {again_cpu:.1f} s), "
          f"{again_s / ref_s:.2f}x (CPU {again_cpu / ref_cpu:.2f}x), peak {again_mb:.0f} MB")
    print(f"  {again_out.splitlines()[0]}")
    _, _, _, undo_out = child(["undo", str(export), str(undo_copy)])
    *numbers, count, left, again = undo_out.split()
    (took, took_cpu, took_mb, back, back_cpu, back_mb, redo, redo_cpu,
     redo_mb) = map(float, numbers)
    print(f"as an operation (the window's way), in one process: import {took:.1f} s (CPU"
          f" {took_cpu:.1f} s, peak {took_mb:.0f} MB), {int(count):,} activities")
    print(f"  its undo: {back:.1f} s (CPU {back_cpu:.1f} s), {back / ref_s:.2f}x the reference"
          f" (CPU {back_cpu / ref_cpu:.2f}x), {int(left):,} activities left, peak so far"
          f" {back_mb:.0f} MB")
    print(f"  its redo: {redo:.1f} s (CPU {redo_cpu:.1f} s), {redo / ref_s:.2f}x (CPU"
          f" {redo_cpu / ref_cpu:.2f}x), {int(again):,} activities, peak so far"
          f" {redo_mb:.0f} MB")
    if args.keep is None:
        for path in folder.iterdir():
            if path.is_file():
                path.unlink()


if __name__ == "__main__":
    main()
