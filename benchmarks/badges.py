"""A 2,000-person badge sheet PDF beside Qt's own print of a plain table of the same rows,
same run.

    python benchmarks/badges.py [--people 2000] [--repeat 3]

1. ``views.paper.badge_sheet.write_pdf``: 250 A4 pages of 8 badges (name fitted, role,
   title and day, a QR code painted as vector rectangles, the code in digits), then the
   ToUnicode rewrite (``views.paper.pdf_text``).
2. The reference: a ``QTextDocument`` holding an HTML table of the same rows (name, role,
   code, title, day) printed to a ``QPdfWriter`` (A4), Qt's stock way to put rows on paper.

Medians of ``--repeat`` runs, wall clock and CPU (the process's, every thread: steadier
than the wall clock on a shared machine); the aim is within 2x of the reference. Also
times the QR matrices alone, the part of the badges the reference has no counterpart for:
ours (``views.paper.qr_matrix``: segno with a fixed mask, the mask chosen in numpy) beside
plain ``segno.make`` choosing its own mask (the same codes).
"""

from __future__ import annotations

import sys
from pathlib import Path

if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

import argparse
import html
import os
import random
import statistics
import tempfile
import time

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
            "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯"
            "龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧阳")
GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英晓华建国志红玉兰海燕文博思远"
         "子涵一诺雨桐浩然梓萱欣怡宇轩")
ROLES = ["成员"] * 12 + ["管理员", "核心成员", "KOL", "群主"]
TITLE = "读书会·十二月线下分享：《置身事内》"
WHEN = "2026-12-05 周六 19:00–21:00"


def people(count: int):
    from models.events.tickets import Ticket

    rng = random.Random(7)
    found = []
    for i in range(count):
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))
        if i % 97 == 0:
            name = "Alexander Konstantinopoulos"
        found.append(Ticket(i, name, f"{rng.randrange(10**12):012d}", "registered",
                            rng.choice(ROLES)))
    return found


def badges(tickets, out: Path) -> tuple[float, int]:
    from views.paper.badge_sheet import BadgeHeading, BadgeSheet, write_pdf

    began, cpu = time.perf_counter(), time.process_time()
    pages = write_pdf(BadgeSheet(BadgeHeading(TITLE, WHEN), tickets), out)
    return time.perf_counter() - began, time.process_time() - cpu, pages


def reference(tickets, out: Path) -> tuple[float, int]:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    from models.events.tickets import format_code

    began, cpu = time.perf_counter(), time.process_time()
    rows = "".join(f"<tr><td>{html.escape(t.name)}</td><td>{t.role}</td>"
                   f"<td>{format_code(t.code)}</td><td>{TITLE}</td><td>{WHEN}</td></tr>"
                   for t in tickets)
    document = QTextDocument()
    document.setHtml("<table border='1' cellspacing='0' cellpadding='4'><tr><th>姓名</th>"
                     "<th>角色</th><th>票码</th><th>活动</th><th>时间</th></tr>"
                     f"{rows}</table>")
    writer = QPdfWriter(str(out))
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15)))
    document.print_(writer)
    seconds, cpu_seconds = time.perf_counter() - began, time.process_time() - cpu
    del writer  # finishes the file
    import re

    return seconds, cpu_seconds, len(re.findall(rb"/Type\s*/Page\b", out.read_bytes()))


def matrices(tickets) -> tuple[float, float]:
    """(ours, segno's own) CPU seconds for every ticket's QR matrix."""
    import segno

    from views.paper.qr_matrix import qr_matrices

    codes = [t.code for t in tickets]
    began = time.process_time()
    for first in range(0, len(codes), 8):  # a page at a time, as the badge sheet asks
        qr_matrices(codes[first:first + 8])
    ours = time.process_time() - began
    began = time.process_time()
    for code in codes:
        segno.make(code, error="m", micro=False)
    return ours, time.process_time() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(["bench"])
    tickets = people(args.people)
    with tempfile.TemporaryDirectory() as folder:
        ours, theirs, ours_cpu, theirs_cpu = [], [], [], []
        for run in range(args.repeat):  # interleaved, so load swings hit both alike
            seconds, cpu, pages = badges(tickets, Path(folder) / f"badges{run}.pdf")
            ours.append(seconds)
            ours_cpu.append(cpu)
            ref_seconds, ref_cpu, ref_pages = reference(tickets,
                                                        Path(folder) / f"table{run}.pdf")
            theirs.append(ref_seconds)
            theirs_cpu.append(ref_cpu)
        size = (Path(folder) / "badges0.pdf").stat().st_size
        ref_size = (Path(folder) / "table0.pdf").stat().st_size
    qr, segno_qr = matrices(tickets)
    a, b = statistics.median(ours), statistics.median(theirs)
    a_cpu, b_cpu = statistics.median(ours_cpu), statistics.median(theirs_cpu)
    print(f"people: {args.people:,}; runs: {args.repeat} (medians); "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"badge sheet PDF: {a:.2f} s, CPU {a_cpu:.2f} s, {pages} pages, "
          f"{size / 1e6:.1f} MB (runs: {', '.join(f'{s:.2f}' for s in ours)})")
    print(f"reference, QTextDocument table printed: {b:.2f} s, CPU {b_cpu:.2f} s, "
          f"{ref_pages} pages, {ref_size / 1e6:.1f} MB "
          f"(runs: {', '.join(f'{s:.2f}' for s in theirs)})")
    print(f"ratio: {a / b:.2f}x, CPU {a_cpu / b_cpu:.2f}x (aim: within 2x)")
    print(f"of which QR matrices ({args.people:,} codes, CPU): {qr:.2f} s "
          f"(segno choosing its own masks: {segno_qr:.2f} s)")


if __name__ == "__main__":
    main()
