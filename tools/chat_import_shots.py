"""Screenshots of File > Import Chat Records, offscreen, in both languages: the file step
and the speaker review of a realistic QQ export (30 speakers: most matched, some not, two
sharing a name with two members each), then the summary after the import.

    python tools/chat_import_shots.py OUT_DIR
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
         "明", "超", "秀英", "霞", "平", "刚", "桂英", "晓东", "子涵", "雨轩", "浩然", "欣怡",
         "梓萱", "一诺", "思远"]
LINES = ["大家早上好", "今天的读书会几点开始？", "[图片]", "收到", "我晚点到", "这本书太好看了",
         "[分享] 《置身事内》读书笔记 https://example.com/note", "哈哈哈", "同意楼上",
         "周六见！", "有人一起拼车吗", "[表情]", "谢谢群主", "好的"]


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def people() -> list[tuple[str, str]]:
    """30 speakers: (name shown in the group, QQ number)."""
    names = [SURNAMES[i % len(SURNAMES)] + GIVEN[i] for i in range(30)]
    return [(name, str(100_000_000 + 7919 * i)) for i, name in enumerate(names)]


def write_qq_export(path: Path, speakers: list[tuple[str, str]], seed: int = 16) -> None:
    rng = random.Random(seed)
    weights = [1 / (rank + 1) ** 0.9 for rank in range(len(speakers))]
    at = datetime(2024, 3, 1, 8, 30)
    rule = "=" * 64
    out = ["消息记录（此消息记录为文本格式，不支持重新导入）", "", rule, "消息分组:我的QQ群", rule,
           "消息对象:城南读书会 1 群", rule, ""]
    for _ in range(1_200):
        at += timedelta(minutes=rng.randint(1, 180))
        name, qq = rng.choices(speakers, weights)[0]
        title = "【管理员】" if qq == speakers[0][1] else ""
        out += [f"{at:%Y-%m-%d} {at.hour}:{at:%M:%S} {title}{name}({qq})",
                rng.choice(LINES), ""]
    path.write_text("\n".join(out), encoding="utf-8-sig")


def build_workspace(path: Path, speakers: list[tuple[str, str]]) -> int:
    """Members for 22 of the speakers (matched by their unique name), two speakers whose
    name two members share, six nobody knows."""
    from models.members import records
    from models.members.communities import create_community
    from models.store.workspace import open_workspace

    with open_workspace(path) as ws:
        club = create_community(ws.conn, "城南读书会").id
        for n, (name, _qq) in enumerate(speakers[:22]):
            records.create_member(ws.conn, {"display_name": name,
                                            "phone": f"139{n:08d}"}, club)
        for n, (name, _qq) in enumerate(speakers[22:24]):
            records.create_member(ws.conn, {"display_name": name, "city": "杭州",
                                            "phone": f"137{n:08d}"}, club)
            records.create_member(ws.conn, {"display_name": name, "city": "苏州",
                                            "wechat_id": f"wx_{n}_su"}, club)
        return club


def main(out: str) -> None:
    from desktop import i18n, paths
    from models.store.workspace import open_workspace
    from views.chat_import.wizard import ChatImportWizard

    app = QApplication.instance() or QApplication([])
    paths.set_application_names(app)
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="chatshots-"))
    speakers = people()
    chat = scratch / "城南读书会1群.txt"
    write_qq_export(chat, speakers)
    for lang in ("zh_CN", "en"):
        i18n.use_language(lang)
        ws_path = scratch / f"{lang}.qunzhu"
        club = build_workspace(ws_path, speakers)
        with open_workspace(ws_path) as ws:
            wizard = ChatImportWizard(ws, club, path=chat)
            wizard.resize(960, 680)
            wizard.show()
            wait(300)
            wizard.grab().save(str(folder / f"chat-import-{lang}-1-file.png"))
            wizard.next()
            for _ in range(200):
                if wizard.scan is not None:
                    break
                wait(100)
            wait(300)
            review = wizard.review_page
            lina = next((r for r, s in enumerate(review.model.rows)
                         if len(s.match.candidates) > 1), 0)
            review.table.selectRow(lina)
            wizard.grab().save(str(folder / f"chat-import-{lang}-2-review.png"))
            review.show_matched.setChecked(True)
            wait(200)
            wizard.grab().save(str(folder / f"chat-import-{lang}-3-review-matched.png"))
            review.show_matched.setChecked(False)
            review.table.edit(review.model.index(lina, 6))
            wait(200)
            wizard.grab().save(str(folder / f"chat-import-{lang}-4-choice.png"))
            review.table.setFocus()
            wizard.next()
            for _ in range(300):
                if wizard.result is not None or wizard.import_page.isComplete():
                    break
                wait(100)
            wait(300)
            wizard.grab().save(str(folder / f"chat-import-{lang}-5-imported.png"))
            wizard.close()
            wait(100)


if __name__ == "__main__":
    main(sys.argv[1])
