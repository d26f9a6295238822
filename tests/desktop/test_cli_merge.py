"""``qunzhu merge --by phone|wechat|email [--dry-run]`` (issue 19): the groups printed,
--dry-run writing nothing, --by phone merging each group into its oldest record."""

from __future__ import annotations

from pathlib import Path

from models.members.records import create_member
from models.store.workspace import open_workspace
from tests.checksums import checksum
from tests.desktop.test_cli import qunzhu


def _people(path) -> list[tuple]:
    with open_workspace(path, readonly=True) as ws:
        return ws.conn.execute("SELECT id, display_name, phone, email, city FROM members"
                               " ORDER BY id").fetchall()


def _workspace(tmp_path):
    path = tmp_path / "w.qunzhu"
    with open_workspace(path) as ws:
        for values in ({"display_name": "李娜", "phone": "13912345678", "city": "上海"},
                       {"display_name": "Lina", "phone": "139 1234 5678", "email": "li@x.cn"},
                       {"display_name": "王芳", "phone": "13800138000"},
                       {"display_name": "王芳芳", "phone": "13800138000", "city": "成都"},
                       {"display_name": "赵敏", "phone": "13700001111"}):
            create_member(ws.conn, values)
        conn = ws.conn
        conn.execute("INSERT INTO points_ledger (member_id, delta, reason, occurred_at)"
                     " VALUES (2, 10, '手动', '2026-11-01T10:00:00+08:00')")
    return path


def test_dry_run_prints_the_groups_and_writes_nothing(tmp_path):
    path = _workspace(tmp_path)
    with open_workspace(path, readonly=True) as ws:
        before = checksum(ws.conn)
    done = qunzhu("merge", "--workspace", str(path), "--by", "phone", "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "139****5678: keep #1 李娜" in done.stdout
    assert "merge #2 Lina into it (takes its email)" in done.stdout
    assert "138****8000: keep #3 王芳 (names differ: check they are one person)" in done.stdout
    assert "139****5678: keep #1 李娜\n" in done.stdout  # 李娜 and Lina read alike
    assert "2 group(s): 2 record(s) would be merged into 2; nothing was written" in done.stdout
    with open_workspace(path, readonly=True) as ws:
        assert checksum(ws.conn) == before


def test_merge_by_phone_merges_each_group_into_its_oldest_record(tmp_path):
    path = _workspace(tmp_path)
    done = qunzhu("merge", "--workspace", str(path), "--by", "phone")
    assert done.returncode == 0, done.stderr
    assert "merged 2 record(s) into 2" in done.stdout
    copy = done.stdout.split("A copy from before the merge: ")[1].splitlines()[0]
    with open_workspace(Path(copy), readonly=True) as ws:  # no undo here: this is the way back
        assert ws.conn.execute("SELECT count(*) FROM members").fetchone() == (5,)
    assert _people(path) == [(1, "李娜", "13912345678", "li@x.cn", "上海"),
                             (3, "王芳", "13800138000", None, "成都"),
                             (5, "赵敏", "13700001111", None, None)]
    with open_workspace(path, readonly=True) as ws:
        assert ws.conn.execute("SELECT points FROM members WHERE id = 1").fetchone() == (10,)
        assert ws.conn.execute("SELECT member_id, merged_id FROM member_merges"
                               " ORDER BY merged_id").fetchall() == [(1, 2), (3, 4)]
    again = qunzhu("merge", "--workspace", str(path), "--by", "phone")
    assert again.returncode == 0
    assert "nothing to merge" in again.stdout


def test_same_names_leaves_a_family_sharing_a_phone_alone(tmp_path):
    """王芳 and 王芳芳 share a phone but not a name (a mother and her daughter may):
    --same-names merges only 李娜 and Lina, and says what it left out."""
    path = _workspace(tmp_path)
    done = qunzhu("merge", "--workspace", str(path), "--by", "phone", "--same-names")
    assert done.returncode == 0, done.stderr
    assert "1 group(s) left out: their names read differently" in done.stdout
    assert "merged 1 record(s) into 1" in done.stdout
    assert [row[0] for row in _people(path)] == [1, 3, 4, 5]
    zh = qunzhu("merge", "--workspace", str(path), "--by", "phone", "--same-names",
                "--dry-run", lang="zh_CN")
    assert zh.returncode == 0, zh.stderr
    assert "名字" in zh.stdout and "nothing to merge" not in zh.stdout


def test_bad_input_exits_2_and_leaves_the_workspace_alone(tmp_path):
    path = _workspace(tmp_path)
    with open_workspace(path, readonly=True) as ws:
        before = checksum(ws.conn)
    wrong = qunzhu("merge", "--workspace", str(path), "--by", "fax")
    assert wrong.returncode == 2
    assert "--by" in wrong.stderr
    missing = qunzhu("merge", "--workspace", str(tmp_path / "none.qunzhu"), "--by", "email")
    assert missing.returncode == 2
    assert "none.qunzhu" in missing.stderr
    assert not (tmp_path / "none.qunzhu").exists()
    with open_workspace(path, readonly=True) as ws:
        assert checksum(ws.conn) == before
