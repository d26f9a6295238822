"""Screenshots of the calendar (month, week, agenda, check-in, editor) in both languages.

    python tools/calendar_screenshots.py WORKSPACE OUTDIR [--day 2026-11-23]

Offscreen; the workspace is written to (a check-in or two for the door shot): use a demo.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("workspace")
    parser.add_argument("out")
    parser.add_argument("--day", type=date.fromisoformat, default=date.today())
    args = parser.parse_args()
    import desktop
    from desktop import i18n, paths
    from models.events import registrations as reg
    from views.calendar.checkin import CheckInDialog
    from views.calendar.editor import EventDialog
    from views.calendar.view import AGENDA, MONTH, WEEK

    app = QApplication.instance() or QApplication([])
    paths.set_application_names(app)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for lang in ("zh_CN", "en"):
        i18n.use_language(lang)
        window = desktop.main_window(args.workspace)
        window.resize(1280, 800)
        window.show()
        window.tabs.setCurrentWidget(window.calendar_view)
        view = window.calendar_view
        view.go_to(args.day)
        busiest = max((o for o in view.found if not o.virtual and o.start.date() <= args.day),
                      key=lambda o: reg.counts(view.conn, o.event.id).registered,
                      default=None)
        if busiest is not None:
            view.select(busiest)
        wait(600)
        for mode, name in ((MONTH, "month"), (WEEK, "week"), (AGENDA, "agenda")):
            view.set_mode(mode)
            if mode == WEEK and busiest is not None:
                view.go_to(busiest.start.date())
            wait(150)
            window.grab().save(str(out / f"calendar-{name}-{lang}.png"))
        view.set_mode(MONTH)
        if busiest is not None:
            dialog = CheckInDialog(view.conn, busiest.event.id, lambda change: None, window)
            dialog.resize(1000, 680)
            dialog.show()
            regs = reg.list_registrations(view.conn, busiest.event.id)
            pending = [r for r in regs if not r.checked_in_at]
            if pending:
                dialog.check_in(pending[0].member_id)
                dialog.search.setText(pending[-1].display_name[:1])
            wait(150)
            dialog.grab().save(str(out / f"calendar-checkin-{lang}.png"))
            dialog.close()
            editor = EventDialog(view.conn, busiest.event, parent=window)
            editor.show()
            wait(100)
            editor.grab().save(str(out / f"calendar-editor-{lang}.png"))
            editor.close()
        window.close()


if __name__ == "__main__":
    main()
