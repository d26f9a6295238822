"""``qunzhu import chat`` over exports written as QQ, WeChat (MemoTrace) and Telegram Desktop
write them: messages and system lines in, a summary out, ambiguous names listed, nothing
twice, and a damaged file refused with one line per problem and the workspace unchanged."""

from __future__ import annotations

import sqlite3

import pytest

from models.core import zones
from models.members import records
from models.members.communities import create_community
from models.store.workspace import open_workspace
from tests.checksums import checksum, differing
from tests.desktop.test_cli import qunzhu
from tests.exports.chat.test_telegram import _export as telegram_export
from tests.exports.chat.test_wechat import memotrace_rows, write_csv

QQ_BANNER = """消息记录（此消息记录为文本格式，不支持重新导入）

================================================================
消息分组:我的群聊
================================================================
消息对象:读书会
================================================================

"""
QQ_BODY = """2026-03-01 9:05:03 【管理员】张三(123456789)
大家早上好

2026-03-01 9:06:10 王芳(22222)
[分享]读书笔记 第3期

2026-03-01 9:07:00 系统消息(10000)
"张三"邀请"李四"加入了本群

2026-03-01 9:08:00 李四(33333)
谢谢邀请

2026-03-01 9:08:00 李四(33333)
+1

2026-03-01 9:08:00 李四(33333)
+1

2026-03-02 20:00:00 系统消息(10000)
李四退出了本群
"""


@pytest.fixture
def workspace(tmp_path):
    path = tmp_path / "ws.qunzhu"
    with open_workspace(path) as ws:
        zones.set_default_tzid(ws.conn, "Asia/Shanghai")
        club = create_community(ws.conn, "读书会").id
        records.create_member(ws.conn, {"display_name": "王芳"}, club)
        records.create_member(ws.conn, {"display_name": "王芳"}, club)
    return path


def _read(path, sql):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _checksum(path):
    conn = sqlite3.connect(path)
    try:
        return checksum(conn)
    finally:
        conn.close()


def test_a_qq_export_in_gbk_then_again(tmp_path, workspace):
    export = tmp_path / "读书会.txt"
    export.write_bytes((QQ_BANNER + QQ_BODY).encode("gbk"))
    done = qunzhu("import", "chat", str(export), "--workspace", str(workspace),
                  "--community", "读书会")
    assert done.returncode == 0, done.stderr
    assert "4 message(s) added (0 shares)" in done.stdout  # 王芳's share is left out
    assert "1 invitation(s), 1 join(s), 1 leave(s)" in done.stdout
    assert "1 referrer(s) set; 2 member(s) created" in done.stdout
    assert "王芳: 1 message(s); members 1, 2" in done.stdout
    assert _read(workspace, "SELECT m.display_name, m.source, r.display_name FROM members m"
                            " LEFT JOIN members r ON r.id = m.referrer_id WHERE m.id > 2"
                            " ORDER BY m.display_name") == [("张三", "QQ", None),
                                                            ("李四", "QQ", "张三")]
    assert _read(workspace, "SELECT ms.left_at FROM memberships ms JOIN members m ON m.id ="
                            " ms.member_id WHERE m.display_name = '李四'") == [
        ("2026-03-02T20:00:00+08:00",)]
    before = _checksum(workspace)
    again = qunzhu("import", "chat", str(export), "--workspace", str(workspace),
                   "--community", "读书会", lang="zh_CN")
    assert again.returncode == 0, again.stderr
    assert differing(_checksum(workspace), before) == []
    assert "新增 0 条消息" in again.stdout and "4 条已存在" in again.stdout


def test_a_damaged_export_is_refused_with_a_line_per_problem(tmp_path, workspace):
    body = QQ_BODY.replace("2026-03-01 9:06:10 王芳(22222)", "2026-03-01 9:06:1 王芳(2222")
    body = body.replace("2026-03-01 9:08:00 李四(33333)\n+1\n\n2026-03-01 9:08:00 李四(33333)",
                        "2026-03-01 9:0 李四(33333\n+1\n\n2026-03-01 9:08:00 李四(33333)")
    export = tmp_path / "cut.txt"
    export.write_text(QQ_BANNER + body, encoding="utf-8")
    before = _checksum(workspace)
    done = qunzhu("import", "chat", str(export), "--workspace", str(workspace),
                  "--community", "读书会")
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 3 and "nothing was imported" in lines[-1]
    assert all(line.startswith(f"{export}: line ") for line in lines[:2]), lines
    assert differing(_checksum(workspace), before) == []


def test_a_wechat_export_with_the_unmatched_left_out(tmp_path, workspace):
    export = write_csv(tmp_path / "群聊.csv", memotrace_rows())
    done = qunzhu("import", "chat", str(export), "--workspace", str(workspace),
                  "--community", "读书会", "--unmatched", "skip")
    assert done.returncode == 0, done.stderr
    assert "0 message(s) added" in done.stdout and "0 member(s) created" in done.stdout
    assert "6 message(s) of speakers left out" in done.stdout
    done = qunzhu("import", "chat", str(export), "--workspace", str(workspace),
                  "--community", "读书会", "--format", "wechat", "--keep-text")
    assert done.returncode == 0, done.stderr
    assert "5 message(s) added (3 shares)" in done.stdout  # the exporting account's: left out
    assert _read(workspace, "SELECT text FROM activity_texts ORDER BY activity_id")[0] == (
        "大家好\n第二行",)
    # the wxid is remembered, not typed into the WeChat id column
    assert _read(workspace, "SELECT wechat_id FROM members WHERE display_name = '张三'") == [
        (None,)]
    assert _read(workspace, "SELECT count(*) FROM member_identities WHERE platform = 'wechat'"
                            " AND value = 'wxid_zhang'") == [(1,)]


def test_a_telegram_export_joins_names_to_ids(tmp_path, workspace):
    export = telegram_export(tmp_path / "result.json")
    done = qunzhu("import", "chat", str(export), "--workspace", str(workspace),
                  "--community", "读书会")
    assert done.returncode == 0, done.stderr
    # 李四 is invited by name and speaks as user3: one member, referred by 张三; 张三 was
    # there when 群主 made the group
    assert _read(workspace, "SELECT m.display_name, r.display_name FROM members m JOIN members"
                            " r ON r.id = m.referrer_id ORDER BY m.display_name") == [
        ("张三", "群主"), ("李四", "张三"), ("王五", "张三"), ("赵六", "张三")]
    assert _read(workspace, "SELECT count(*) FROM members WHERE display_name = '李四'") == [
        (1,)]


def test_an_unknown_community_or_file_is_refused(tmp_path, workspace):
    export = tmp_path / "x.txt"
    export.write_text("hello\n", encoding="utf-8")
    done = qunzhu("import", "chat", str(export), "--workspace", str(workspace),
                  "--community", "读书会")
    assert done.returncode == 2 and "nothing was imported" in done.stderr
    done = qunzhu("import", "chat", str(tmp_path / "missing.txt"), "--workspace",
                  str(workspace), "--community", "读书会")
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    (tmp_path / "ok.txt").write_text(QQ_BANNER + QQ_BODY, encoding="utf-8")
    done = qunzhu("import", "chat", str(tmp_path / "ok.txt"), "--workspace", str(workspace),
                  "--community", "跑团")
    assert done.returncode == 2 and "跑团" in done.stderr


@pytest.mark.parametrize(("name", "content", "words"), [
    ("result.json", None, ("Telegram Desktop", "JSON")),
    ("读书会.txt", QQ_BANNER, ("QQ",)),
    ("wechat.csv", "memotrace", ()),
    ("sheet.csv", "时间,昵称,内容\n", ()),
])
def test_an_export_without_messages_is_refused(tmp_path, workspace, name, content, words):
    """An export of a chat with no messages (Telegram's "messages": [], QQ's banner alone, a
    sheet of headers) was imported with every count zero and exit 0, as if the chat had
    been read: an operator who exported the wrong chat or format learned nothing."""
    export = tmp_path / name
    if content is None:
        telegram_export(export, messages=[])
    elif content == "memotrace":
        write_csv(export, memotrace_rows()[:1])
    else:
        export.write_text(content, encoding="utf-8")
    before = _checksum(workspace)
    done = qunzhu("import", "chat", str(export), "--workspace", str(workspace),
                  "--community", "读书会")
    assert done.returncode == 2, done.stdout
    assert "holds no messages" in done.stderr and "nothing was imported" in done.stderr
    assert all(word in done.stderr for word in words), done.stderr
    assert differing(_checksum(workspace), before) == []
    chinese = qunzhu("import", "chat", str(export), "--workspace", str(workspace),
                     "--community", "读书会", lang="zh_CN")
    assert chinese.returncode == 2 and "没有消息" in chinese.stderr, chinese.stderr
