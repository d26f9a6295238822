"""Screenshots of the profile's Communities tab (role, leaving, rejoining), both languages.

    python tools/roles_screenshots.py OUTDIR

Offscreen; a small workspace in a temporary folder: one member in three communities, an
admin in one, gone from another with a reason.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtGui import QUndoStack  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    out.mkdir(parents=True, exist_ok=True)
    from desktop import i18n, paths
    from models.members import memberships, records
    from models.members.communities import create_community
    from models.store.workspace import open_workspace
    from views.roster.profile import ProfileDialog

    app = QApplication.instance() or QApplication([])
    paths.set_application_names(app)
    work = Path(tempfile.mkdtemp(prefix="qunzhu-shots-"))
    for lang in ("zh_CN", "en"):
        i18n.use_language(lang)
        with open_workspace(work / f"{lang}.qunzhu") as ws:
            clubs = [create_community(ws.conn, name).id
                     for name in ("杭州读书会", "周末跑团", "宝妈育儿群")]
            member, _ = records.create_member(ws.conn, {"display_name": "李娜",
                                                        "phone": "13900139000"}, clubs[0])
            records.join_community(ws.conn, [member], clubs[1])
            records.join_community(ws.conn, [member], clubs[2])
            ws.conn.execute("UPDATE memberships SET joined_at = '2025-09-01T10:00:00+08:00'")
            memberships.set_role(ws.conn, [member], clubs[0], "管理员")
            memberships.record_leave(ws.conn, member, clubs[1], "2026-11-20", "换城市了")
            dialog = ProfileDialog(ws, QUndoStack(), lambda change: None, member)
            dialog.resize(820, 560)
            dialog.tabs.setCurrentWidget(dialog.memberships_tab)
            tab = dialog.memberships_tab
            tab.table.selectRow(next(i for i, m in enumerate(tab.rows)
                                     if m.community_id == clubs[1]))
            dialog.show()
            settle()
            dialog.grab().save(str(out / f"profile-roles-{lang}.png"))
            dialog.close()


if __name__ == "__main__":
    main()
