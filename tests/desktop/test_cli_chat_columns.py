"""``qunzhu import chat`` on a sheet with no time or person column (a member list or an
order export picked by mistake, or a hand-made log with other headers): the refusal speaks
the user's language (it said "没有找到 time, person 列"), lists the headers found and says
where columns can be chosen (the CLI has no mapping step); exit 2, nothing written."""

from __future__ import annotations

import pytest

from models.members.communities import create_community
from models.store.workspace import open_workspace
from tests.checksums import checksum
from tests.desktop.test_cli import qunzhu


@pytest.mark.parametrize(("lang", "wanted"), [
    ("en", ["no column for the time, the person (name, nickname, WeChat id, phone or QQ)",
            "headers found in row 1: 订单号, 商品, 金额",
            "File > Import Chat Records…"]),
    ("zh_CN", ["没有找到 时间、发言人（姓名、昵称、微信号、手机号或 QQ） 列",
               "第 1 行的表头：订单号, 商品, 金额", "文件 > 导入聊天记录…"])])
def test_a_sheet_lacking_columns_is_refused_in_the_users_words(tmp_path, lang, wanted):
    workspace = tmp_path / "w.qunzhu"
    with open_workspace(workspace) as ws:
        create_community(ws.conn, "读书会")
        before = checksum(ws.conn)
    source = tmp_path / "log.csv"
    source.write_text("订单号,商品,金额\nE1,书,5\n", encoding="utf-8")
    done = qunzhu("import", "chat", str(source), "--workspace", str(workspace),
                  "--community", "读书会", lang=lang)
    assert done.returncode == 2, done.stderr
    for text in wanted:
        assert text in done.stderr
    with open_workspace(workspace, readonly=True) as ws:
        assert checksum(ws.conn) == before
