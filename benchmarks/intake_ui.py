"""How long the window stalls while a chat export is read and imported the way the wizard
does it (its engine's scan, then the import through ``perform_long``): the longest gap
between the ticks of a 10 ms timer on the UI thread, beside the whole run's time.

    python benchmarks/intake_ui.py [--messages 200000] [--speakers 2000]

Aim (issue 16): the window never stalls over 200 ms while a big export comes in.
Offscreen platform; the export and workspace are made as benchmarks/chat_import.py makes
them.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from benchmarks.analytics_ui import StallMeter, wait_for  # noqa: E402
from benchmarks.chat_import import make_workspace, speakers, write_export  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=200_000)
    parser.add_argument("--speakers", type=int, default=2_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    from PySide6.QtGui import QUndoStack

    from models.members.communities import find_community
    from models.store.workspace import open_workspace
    from views.chat_import import engine
    from views.long_task import LongTask
    from views.operation_runner import perform_long

    folder = Path(tempfile.mkdtemp(prefix="qz-intake-ui-"))
    people = speakers(args.speakers)
    export = folder / "qq.txt"
    write_export(export, args.messages, people)
    make_workspace(folder / "w.qunzhu", people)
    ws = open_workspace(folder / "w.qunzhu")
    club = find_community(ws.conn, "读书会").id
    parent = QWidget()
    meter = StallMeter()
    source = engine.Source(export)

    found: dict = {}
    task = LongTask(parent, "scan", lambda progress: engine.scan(ws.path, source, club,
                                                                 progress), None)
    task.finished.connect(lambda scan: found.update(scan=scan))
    task.failed.connect(lambda error: found.update(error=error))
    meter.start()
    began = time.perf_counter()
    task.start()
    wait_for(task.finished)
    if "error" in found:
        raise SystemExit(f"the scan failed: {found['error']!r}")
    scanned, scan_stall = time.perf_counter() - began, meter.worst
    scan = found["scan"]
    print(f"{args.messages:,} messages from {len(scan.speakers):,} people")
    print(f"scan (read, stage, match): {scanned:,.1f} s, longest stall "
          f"{scan_stall * 1000:,.0f} ms (aim: < 200 ms)")

    import views.operation_runner as runner

    # a big import cannot be undone and the runner says so in a message box: not here
    runner.say_not_undoable = lambda *args, **kwargs: None
    stack = QUndoStack()
    operation = engine.import_operation(source, club, False, {}, scan)
    done: list = []
    meter.start()
    began = time.perf_counter()
    running = perform_long(parent, stack, ws.conn, ws.path, "import", operation,
                           lambda change: None, on_done=done.append)
    wait_for(running.finished)
    print(f"import (write from the stage): {time.perf_counter() - began:,.1f} s, longest "
          f"stall {meter.worst * 1000:,.0f} ms (aim: < 200 ms); "
          f"{done[0].value.messages_added:,} messages added")
    ws.close()
    app.quit()


if __name__ == "__main__":
    main()
