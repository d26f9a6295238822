"""Screenshots of the plan tab (sections, goals, risks and matrix, moderation, needs, and
the all-communities overview), both languages:

    python tools/plan_screenshots.py DEMO_WORKSPACE OUT_FOLDER

The workspace is copied first; its first community gets a few recent violations (a mute
still running, a ban), so the moderation shot shows the suggestion's inputs and the lists.
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
    from datetime import date, timedelta

    from models.members import profile
    from models.plan import document
    from models.store.workspace import open_workspace

    copy = Path(tempfile.mkdtemp()) / "shots.qunzhu"
    shutil.copy(source, copy)
    with open_workspace(copy) as ws:
        community_id = ws.conn.execute("SELECT min(id) FROM communities").fetchone()[0]
        members = [r[0] for r in ws.conn.execute(
            "SELECT member_id FROM memberships WHERE community_id = ? AND status = 'active'"
            " ORDER BY member_id LIMIT 6", (community_id,))]
        week = (date.today() + timedelta(days=7)).isoformat()
        for member, rule, action, until in (
                (members[0], "未经群主同意不发广告", "警告", None),
                (members[1], "不刷屏", "禁言", week),
                (members[2], "禁止人身攻击", "拉黑", None),
                (members[3], "不传播未经证实的信息", "提醒", None)):
            profile.record_violation(ws.conn, member, community_id, rule, action, until, "小王")
        plan_id = document.get_plan(ws.conn, community_id).id
        document.save_section(ws.conn, plan_id, "business_strategy",
                          "会员年费 199 元，老带新双方各得 1 个月；线下活动 AA。")
        for n, (text, source) in enumerate((("新人入门指南", "入群问卷"),
                                            ("周末线下读书会", "群内投票"))):
            document.add_row(ws.conn, "needs", community_id, {
                "text": text, "urgency": 5 - n, "importance": 5, "member_id": members[4 + n],
                "source": source})
    return copy, community_id


def main(workspace: str, out: str) -> None:
    import desktop
    from desktop import i18n, paths

    app = QApplication.instance() or QApplication([])
    paths.set_application_names(app)
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    path, community_id = prepare(Path(workspace))
    for lang in ("zh_CN", "en"):
        i18n.use_language(lang)
        window = desktop.main_window(path)
        window.resize(1360, 820)
        window.show()
        view = window.plan_view
        window.tabs.setCurrentWidget(view)
        window.picker.select(None)
        wait(300)
        window.grab().save(str(folder / f"plan-overview-{lang}.png"))
        view.pages.setCurrentWidget(view.goals)
        loop = QEventLoop()
        view.goals.progress_ready.connect(loop.quit)
        QTimer.singleShot(20_000, loop.quit)
        window.picker.select(community_id)
        loop.exec()
        for page, name in ((view.sections, "plan"), (view.goals, "goals"),
                           (view.risks, "risks"), (view.roadmap, "roadmap"),
                           (view.moderation, "moderation"), (view.needs, "needs")):
            view.pages.setCurrentWidget(page)
            wait(250)
            window.grab().save(str(folder / f"plan-{name}-{lang}.png"))
        dialog = view.moderation.open_record_dialog()
        dialog.search.setText(window.workspace.conn.execute(
            "SELECT m.display_name FROM violations v JOIN members m ON m.id = v.member_id"
            " WHERE v.handled_by = '小王' AND v.action = '警告'").fetchone()[0])
        dialog.show()
        wait(200)
        dialog.grab().save(str(folder / f"plan-record-violation-{lang}.png"))
        dialog.close()
        new = view.new_community_dialog()
        new.template.setCurrentIndex(new.template.findData("paid"))
        new.show()
        wait(150)
        new.grab().save(str(folder / f"plan-new-community-{lang}.png"))
        new.close()
        window.close()
        wait(100)
    print(f"screenshots in {folder}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
