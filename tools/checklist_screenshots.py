"""Screenshots of the checklists tab (items and the material library), both languages:

    python tools/checklist_screenshots.py DEMO_WORKSPACE OUT_FOLDER

The workspace is copied first; a checklist from the 线下沙龙 template is added for the
next upcoming event, so the shot shows a template's items, incomplete marks and a shortage.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def prepare(source: Path) -> tuple[Path, int]:
    from datetime import date

    from models.materials import checklists, library, templates
    from models.store.workspace import open_workspace

    copy = Path(tempfile.mkdtemp()) / "shots.qunzhu"
    shutil.copy(source, copy)
    with open_workspace(copy) as ws:
        row = ws.conn.execute(
            "SELECT id, title FROM events WHERE deleted_at IS NULL AND starts_at >= ?"
            " AND id NOT IN (SELECT event_id FROM checklists WHERE event_id IS NOT NULL)"
            " ORDER BY starts_at LIMIT 1", (date.today().isoformat(),)).fetchone()
        salon = next(t for t in templates.list_templates(ws.conn) if t.name == "线下沙龙")
        new_id, _ = templates.start_from_template(ws.conn, salon.id, f"{row[1]} 物料清单",
                                                  event_id=row[0])
        items = checklists.list_items(ws.conn, new_id, date.today())
        owners = ["小王", "小李", "阿杰"]
        checklists.update_items(ws.conn, {i.id: {"owner": owners[n % 3]}
                                          for n, i in enumerate(items) if n % 4})
        checklists.set_status(ws.conn, [i.id for i in items[:3]], "已下单")
        checklists.update_items(ws.conn, {items[0].id: {"due_on": "2026-11-20"}})
        stand, _ = library.create_material(ws.conn, {
            "name": "展架", "category": "宣传物料", "spec": "X展架 60×160cm", "unit": "个",
            "unit_price": 4500, "on_hand": 3, "location": "办公室储物柜"})
        checklists.add_items(ws.conn, new_id, [
            {**library.item_from_material(ws.conn, stand), "quantity": 5, "owner": "阿杰",
             "due_on": "2026-12-01"}])
    return copy, new_id


def main(workspace: str, out: str) -> None:
    import desktop
    from desktop import i18n, paths

    app = QApplication.instance() or QApplication([])
    paths.set_application_names(app)
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    path, checklist_id = prepare(Path(workspace))
    for lang in ("zh_CN", "en"):
        i18n.use_language(lang)
        window = desktop.main_window(path)
        window.resize(1360, 800)
        window.show()
        view = window.checklist_view
        window.tabs.setCurrentWidget(view)
        view.current_id = checklist_id
        view.reload()
        wait(300)
        view.table.resizeColumnsToContents()
        view.table.setColumnWidth(0, 30)
        wait(200)
        window.grab().save(str(folder / f"{lang}-checklist-items.png"))
        view.pages.setCurrentIndex(1)
        wait(300)
        window.grab().save(str(folder / f"{lang}-material-library.png"))
        view.pages.setCurrentIndex(0)
        window.close()
        window.workspace.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
