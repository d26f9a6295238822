"""Screenshots of activity intake on a demo workspace, offscreen, in zh_CN and en: the chat
import wizard over a QQ group's export (file step, speaker review with matched people hidden
and shown, the result), then after that real import the Analytics tab over the chat's months
(top speakers and inviters, weekday x hour, the honours board), a top speaker's profile,
the Points Rules & Honours dialog, the quick log dialog and the order import preview. The
review and Analytics also on the dark palette.

    python -m desktop demo --workspace BASE --members 3000 --seed 7
    python tools/intake_screenshots.py BASE OUT_DIR

BASE is left as it was: every language and palette imports into its own copy. The files
imported are written by ``tools/intake_scene.py`` beside the copies.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QRect  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from tools.intake_scene import write_scene  # noqa: E402
from tools.screenshots import wait  # noqa: E402


def until(done: Any, ms: int = 60_000) -> None:
    """Run the event loop until ``done()`` or ``ms`` passed."""
    for _ in range(ms // 100):
        if done():
            return
        wait(100)


def prepare(base: Path, scratch: Path) -> tuple[Path, dict[str, Any]]:
    """A copy of ``base`` with the scene's files, a points rule (发言 +1, 3 a day at most)
    and an honour (话痨 at 30 points) in the chat's community, its past back-filled."""
    from models.activity import honours, points_rules
    from models.store.workspace import open_workspace

    prepared = scratch / "prepared.qunzhu"
    shutil.copyfile(base, prepared)
    scene = write_scene(prepared, scratch / "files")
    with open_workspace(prepared) as ws:
        rule, _ = points_rules.add_rule(ws.conn, scene["community_id"], "发言", 1, daily_cap=3)
        points_rules.backfill(ws.conn, rule.id)
        honours.add_honour(ws.conn, "话痨", "points", 30, scene["community_id"])
    return prepared, scene


def save(widget: QWidget, folder: Path, name: str) -> None:
    wait(300)
    widget.grab().save(str(folder / f"{name}.png"))


def chat_wizard(window: Any, scene: dict[str, Any], folder: Path, tag: str,
                dark: bool) -> Any:
    """Walk the wizard as a user would and import; returns its result."""
    from views.chat_import.wizard import ChatImportWizard

    wizard = ChatImportWizard(window.workspace, scene["community_id"], window, scene["chat"],
                              undo_stack=window.undo_stack, notify=window.apply_changes)
    wizard.resize(1000, 700)
    wizard.show()
    if not dark:
        save(wizard, folder, f"chat-1-file-{tag}")
    wizard.next()
    until(lambda: wizard.scan is not None)
    review = wizard.review_page
    ambiguous = next((r for r, s in enumerate(review.model.rows) if s.match.ambiguous), 0)
    review.table.selectRow(ambiguous)
    save(wizard, folder, f"chat-2-review-{tag}")
    review.show_matched.setChecked(True)
    save(wizard, folder, f"chat-3-review-matched-{tag}")
    review.show_matched.setChecked(False)
    wizard.next()
    until(lambda: wizard.result is not None)
    if not dark:
        save(wizard, folder, f"chat-4-result-{tag}")
    result = wizard.result
    wizard.close()
    return result


def wechat_wizard(window: Any, scene: dict[str, Any], folder: Path, tag: str) -> None:
    """The small MemoTrace CSV: its format found, then its people (nothing imported)."""
    from views.chat_import.wizard import ChatImportWizard

    wizard = ChatImportWizard(window.workspace, scene["wechat_community_id"], window,
                              scene["wechat"])
    wizard.resize(1000, 700)
    wizard.show()
    save(wizard, folder, f"chat-0-wechat-file-{tag}")
    wizard.next()
    until(lambda: wizard.scan is not None)
    wizard.review_page.show_matched.setChecked(True)
    save(wizard, folder, f"chat-0-wechat-review-{tag}")
    wizard.close()


def analytics(window: Any, scene: dict[str, Any], folder: Path, tag: str) -> None:
    from models.analytics.period import Preset

    view = window.findChild(QWidget, "analyticsView")
    window.tabs.setCurrentWidget(view)
    ready: list[int] = []
    view.dashboard_ready.connect(lambda *_: ready.append(1))
    view.set_period(Preset.CUSTOM, scene["start"].date(), scene["end"].date())
    until(lambda: ready and not view.busy.isVisible())
    wait(800)
    save(window, folder, f"analytics-1-top-{tag}")
    content = view.scroll.widget()
    content.grab().save(str(folder / f"analytics-2-full-{tag}.png"))
    # the imported life: who speaks, who invites, when, and the honours board
    first = view.panels["people"]
    y = first.mapTo(content, first.rect().topLeft()).y()
    bottom = view.honours.mapTo(content, view.honours.rect().bottomLeft()).y()
    content.grab(QRect(0, y, content.width(), bottom - y + 8)).save(
        str(folder / f"analytics-3-intake-{tag}.png"))


def dialogs(window: Any, scene: dict[str, Any], folder: Path, tag: str) -> None:
    from models.members import records
    from models.members.communities import list_communities
    from views.order_import.dialog import OrderImportDialog
    from views.points_rules import PointsRulesDialog
    from views.quick_log import QuickLogDialog, log_selection

    conn = window.workspace.conn
    top = conn.execute(
        "SELECT member_id FROM points_ledger GROUP BY member_id ORDER BY sum(delta) DESC"
        " LIMIT 1").fetchone()[0]
    rules = PointsRulesDialog(window.workspace, window.undo_stack, window.apply_changes,
                              scene["community_id"], window)
    rules.show()
    save(rules, folder, f"points-rules-{tag}")
    rules.close()
    # two interactions logged by hand, as the roster's quick log runs them
    member = records.get_member(conn, top)
    for kind, yuan, note, shot in (("邀请", None, "带同事小周来参加周六晨跑", False),
                                   ("购买", 199.0, "线下活动现场买了季卡", True)):
        log = QuickLogDialog(conn, [top], [(c.id, c.name) for c in list_communities(conn)],
                             scene["community_id"], window, who=member.display_name)
        log.kind.setCurrentIndex(log.kind.findData(kind))
        if yuan is not None:
            log.amount.setValue(yuan)
        log.note.setText(note)
        assert log.entry().kind == kind, kind  # a refused entry would open a message box
        log.show()
        if shot:
            save(log, folder, f"quick-log-{tag}")
        log_selection(window.roster_view, log)
        log.close()
    wait(300)
    profile = window.roster_view.open_profile(top)
    profile.resize(900, 640)
    save(profile, folder, f"profile-1-details-{tag}")
    for index, name in ((3, "points"), (4, "activity")):
        profile.tabs.setCurrentIndex(index)
        save(profile, folder, f"profile-{index - 1}-{name}-{tag}")
    profile.close()
    orders = OrderImportDialog(window.workspace, scene["community_id"], window,
                               undo_stack=window.undo_stack, notify=window.apply_changes)
    orders.resize(1000, 700)
    orders.show()
    orders.open_file(scene["orders"])
    until(lambda: orders.preview is not None and orders.pending is None, 20_000)
    save(orders, folder, f"orders-{tag}")
    orders.close()


def main(base: str, out: str) -> None:
    import desktop
    from desktop import i18n, paths
    from views import tones

    app = QApplication.instance() or QApplication([])
    paths.set_application_names(app)
    light = app.palette()
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="intake-shots-"))
    prepared, scene = prepare(Path(base), scratch)
    for lang in ("zh_CN", "en"):
        i18n.use_language(lang)
        for dark in (False, True):
            app.setPalette(tones.dark_palette() if dark else light)
            tag = lang + ("-dark" if dark else "")
            copy = scratch / f"{tag}.qunzhu"
            shutil.copyfile(prepared, copy)
            window = desktop.main_window(str(copy))
            window.resize(1280, 860)
            window.show()
            window.picker.select(scene["community_id"])
            wait(300)
            if not dark:
                wechat_wizard(window, scene, folder, tag)
            chat_wizard(window, scene, folder, tag, dark)
            analytics(window, scene, folder, tag)
            if not dark:
                dialogs(window, scene, folder, tag)
            window.close()
            wait(200)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
