"""``qunzhu community add|list``: the CLI makes the community an import names, through the
window's own operation (its plan from a template), refuses a name taken (exit 2, nothing
changed) and lists what there is."""

from __future__ import annotations

import sqlite3

from models.members.communities import create_community
from models.store.workspace import open_workspace
from tests.checksums import checksum
from tests.desktop.test_cli import qunzhu


def _checksum(path):
    conn = sqlite3.connect(path)
    try:
        return checksum(conn)
    finally:
        conn.close()


def test_add_then_import_members_into_it_then_list(tmp_path):
    path = tmp_path / "ws.qunzhu"
    made = qunzhu("community", "add", "烘焙群", "--platform", "qq", "--workspace", str(path))
    assert made.returncode == 0, made.stderr
    assert "烘焙群" in made.stdout and "QQ群" in made.stdout
    roster = tmp_path / "roster.csv"
    roster.write_text("姓名,手机号\n张三,13800138000\n", encoding="utf-8")
    imported = qunzhu("import", "members", str(roster), "--workspace", str(path),
                      "--community", "烘焙群")
    assert imported.returncode == 0, imported.stderr
    with open_workspace(path) as ws:
        assert ws.conn.execute(
            "SELECT c.name, c.platform, count(m.member_id), count(p.id) FROM communities c"
            " LEFT JOIN memberships m ON m.community_id = c.id"
            " LEFT JOIN plans p ON p.community_id = c.id").fetchone() == (
            "烘焙群", "QQ群", 1, 1)  # a plan, as the window's New Community makes one
    qunzhu("community", "add", "读书会", "--workspace", str(path))
    listed = qunzhu("community", "list", "--workspace", str(path))
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.strip().splitlines()
    assert [line.split("\t")[:2] for line in lines] == [["烘焙群", "QQ群"], ["读书会", "微信群"]]
    assert lines[0].split("\t")[2] == "1"  # members


def test_a_taken_name_exits_2_and_changes_nothing(tmp_path):
    path = tmp_path / "ws.qunzhu"
    with open_workspace(path) as ws:
        create_community(ws.conn, "烘焙群")
    before = _checksum(path)
    for lang, words in (("en", "already exists"), ("zh_CN", "已有名为")):
        done = qunzhu("community", "add", " 烘焙群 ", "--workspace", str(path), lang=lang)
        assert done.returncode == 2, done.stdout
        assert "烘焙群" in done.stderr and words in done.stderr, done.stderr
    empty = qunzhu("community", "add", "  ", "--workspace", str(path))
    assert empty.returncode == 2 and "needs a name" in empty.stderr, empty.stderr
    assert _checksum(path) == before


def test_list_of_none_and_a_community_named_nowhere_says_how_to_make_one(tmp_path):
    path = tmp_path / "ws.qunzhu"
    with open_workspace(path):
        pass
    listed = qunzhu("community", "list", "--workspace", str(path), lang="zh_CN")
    assert listed.returncode == 0 and "还没有社群" in listed.stdout, listed.stdout
    assert "qunzhu community add" in listed.stdout
    roster = tmp_path / "roster.csv"
    roster.write_text("姓名\n张三\n", encoding="utf-8")
    done = qunzhu("import", "members", str(roster), "--workspace", str(path),
                  "--community", "烘焙群")
    assert done.returncode == 2 and "qunzhu community add" in done.stderr, done.stderr
