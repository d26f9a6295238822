"""``--community NAME`` naming no community: the CLI cannot create one, so the refusal
says which communities there are (or that there are none yet and where to make one),
instead of only "no community named '读书会'"; exit 2, nothing written."""

from __future__ import annotations

import pytest

from models.members.communities import create_community
from models.store.workspace import open_workspace
from tests.checksums import checksum
from tests.desktop.test_cli import qunzhu

QQ = ("消息记录（此消息记录为文本格式，不支持重新导入）\n\n"
      "================================================================\n"
      "消息分组:我的群聊\n"
      "================================================================\n"
      "消息对象:读书会\n"
      "================================================================\n\n"
      "2023-05-06 9:05:03 张三(123456789)\n大家早上好\n")


@pytest.mark.parametrize(("command", "lang", "wanted"), [
    ("chat", "en", "no community named '读书会'; the communities are: 烘焙群, 跑团"),
    ("members", "zh_CN", "没有名为 '读书会' 的社群；现有社群：烘焙群, 跑团")])
def test_the_refusal_lists_the_communities(tmp_path, command, lang, wanted):
    workspace = tmp_path / "w.qunzhu"
    with open_workspace(workspace) as ws:
        create_community(ws.conn, "跑团")
        create_community(ws.conn, "烘焙群")
        before = checksum(ws.conn)
    if command == "chat":
        source = tmp_path / "qq.txt"
        source.write_text(QQ, encoding="utf-8")
    else:
        source = tmp_path / "members.csv"
        source.write_text("姓名,手机号\n李娜,13800138000\n", encoding="utf-8")
    done = qunzhu("import", command, str(source), "--workspace", str(workspace),
                  "--community", "读书会", lang=lang)
    assert done.returncode == 2, done.stderr
    assert wanted in done.stderr
    with open_workspace(workspace, readonly=True) as ws:
        assert checksum(ws.conn) == before


def test_a_workspace_without_communities_says_where_to_make_one(tmp_path):
    workspace = tmp_path / "w.qunzhu"
    open_workspace(workspace).close()
    source = tmp_path / "qq.txt"
    source.write_text(QQ, encoding="utf-8")
    done = qunzhu("import", "chat", str(source), "--workspace", str(workspace),
                  "--community", "读书会")
    assert done.returncode == 2, done.stderr
    assert ("no community named '读书会'; the workspace has none yet: make it with qunzhu "
            "community add 读书会 (or in the window: File > New Community)") in done.stderr
