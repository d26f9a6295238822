"""A 2,000-person sign-in sheet as a PDF, beside Qt's own print of a plain table of the
same rows, measured in the same run.

    python benchmarks/signin_sheet.py [--people 2000] [--runs 3] [--keep DIR]

- ours: ``views.paper.attendee_files.write_attendee_file`` from a workspace with one event
  and ``--people`` registrations: reading the rows, painting every page with QPainter on a
  ``QPdfWriter`` (heading repeated, cells elided), and putting the PDF's text maps right
  (``views.paper.pdf_text``);
- the reference: the same lines (number, name, masked phone, note, an empty signature
  cell) as an HTML table in a ``QTextDocument`` printed to a ``QPdfWriter`` (A4, the same
  margins): what Qt offers without painting by hand. It repeats the table's header row on
  each page (``thead``), not the event's heading, and knows no page numbers.

Medians of ``--runs``; pages and file sizes printed too. Aim (issue 20): within 2x of the
reference.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰"


def make_workspace(folder: Path, people: int) -> tuple[Path, int]:
    from models.core.zones import set_default_tzid
    from models.events import registrations as reg
    from models.events import schedule as ev
    from models.members.communities import create_community
    from models.store.workspace import open_workspace

    path = folder / "bench.qunzhu"
    with open_workspace(path) as ws:
        with ws.transaction():
            set_default_tzid(ws.conn, "Asia/Shanghai")
            a = create_community(ws.conn, "读书会").id
            ids = []
            for n in range(people):
                name = SURNAMES[n % len(SURNAMES)] + GIVEN[n % len(GIVEN)]
                if n % 7 == 0:
                    name += GIVEN[n % 11]
                if n % 97 == 0:
                    name = "Maximilian Alexander Bartholomew-Featherstonehaugh"
                ids.append(reg.add_member(ws.conn, name, f"139{n:08d}"))
        event, _ = ev.create_event(ws.conn, ev.EventFields(
            title="年度读书节：人手一本，大家一起读", starts_at="2026-12-05T14:00:00+08:00",
            ends_at="2026-12-05T18:00:00+08:00", community_id=a, location="静安区愚园路 123 号",
            status="已发布"))
        reg.register(ws.conn, event.id, ids)
    return path, event.id


def reference_html(lines) -> str:
    rows = "".join(
        f"<tr><td>{line.number}</td><td>{escape(line.name)}</td><td>{escape(line.phone)}</td>"
        f"<td>{escape(line.note)}</td><td></td></tr>" for line in lines)
    return ("<h2>年度读书节：人手一本，大家一起读</h2><p>2026-12-05 14:00–18:00 · 愚园路</p>"
            "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
            "<thead><tr><th>序号</th><th>姓名</th><th>手机</th><th>备注</th><th>签名</th>"
            f"</tr></thead>{rows}</table>")


def print_reference(html: str, target: Path) -> int:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    from views.paper.signin_sheet import font

    writer = QPdfWriter(str(target))
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    document.setDefaultFont(font(10.5))
    document.setHtml(html)
    document.print_(writer)
    del writer
    from pypdf import PdfReader

    return len(PdfReader(target).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="leave the PDFs in this folder")
    args = parser.parse_args()

    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(["bench"])  # noqa: F841 - painting needs it
    from exports.signin import signin_lines
    from models.events.attendees import at_the_door, attendees, find_sitting
    from models.store.workspace import open_workspace
    from views.paper.attendee_files import write_attendee_file

    folder = Path(tempfile.mkdtemp(prefix="signin-bench-"))
    out = args.keep or folder
    out.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    path, event_id = make_workspace(folder, args.people)
    print(f"workspace with {args.people:,} people made in {time.perf_counter() - began:.1f} s")

    ours, theirs = [], []
    with open_workspace(path, readonly=True) as ws:
        sitting = find_sitting(ws.conn, event_id)
        for run in range(args.runs):
            start = time.perf_counter()
            written = write_attendee_file(ws.conn, sitting, out / "ours.pdf")
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            # the reference reads the same rows the same way, then lets Qt lay them out
            lines = signin_lines(at_the_door(attendees(ws.conn, sitting)), mask=False)
            pages = print_reference(reference_html(lines), out / "reference.pdf")
            theirs.append(time.perf_counter() - start)
            print(f"run {run + 1}: ours {ours[-1]:.2f} s, reference {theirs[-1]:.2f} s")
    mine, ref = statistics.median(ours), statistics.median(theirs)
    print()
    print(f"| what | median of {args.runs} | pages | size |")
    print("|---|---|---|---|")
    print(f"| ours: sign-in sheet, {args.people:,} people | {mine:.2f} s | {written.pages} | "
          f"{(out / 'ours.pdf').stat().st_size / 1024:,.0f} KB |")
    print(f"| reference: QTextDocument HTML table printed | {ref:.2f} s | {pages} | "
          f"{(out / 'reference.pdf').stat().st_size / 1024:,.0f} KB |")
    print(f"\nours / reference: {mine / ref:.2f}x (aim: within 2x)")


if __name__ == "__main__":
    main()
