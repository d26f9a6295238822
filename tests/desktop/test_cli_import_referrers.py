"""``qunzhu import members`` reads the 邀请人 column (issue 19): referrers in any row order,
and a line naming row and column for each one that cannot be set."""

from __future__ import annotations

from models.store.workspace import open_workspace
from tests.desktop.test_cli import qunzhu


def test_cli_import_sets_referrers_in_any_order_and_names_the_unknown(tmp_path):
    workspace = tmp_path / "w.qunzhu"
    with open_workspace(workspace):
        pass
    source = tmp_path / "members.csv"
    source.write_text("姓名,手机号,邀请人\n李娜,13900139000,王芳\n王芳,13800138000,\n"
                      "赵六,13700137000,查无此人\n", encoding="utf-8")
    done = qunzhu("import", "members", str(source), "--workspace", str(workspace),
                  "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert f"{source}: row 4, column 邀请人: no member and no row of this file is" \
           in done.stderr
    assert "Referrers (邀请人): 1 set, 1 left empty" in done.stdout
    with open_workspace(workspace, readonly=True) as ws:
        assert ws.conn.execute(
            "SELECT m.display_name, r.display_name FROM members m LEFT JOIN members r"
            " ON r.id = m.referrer_id ORDER BY m.id").fetchall() == [
            ("李娜", "王芳"), ("王芳", None), ("赵六", None)]


def test_a_second_list_with_referrers_for_members_already_there_says_how_to_fill_them(
        tmp_path):
    """The first list had no 邀请人; the operator adds the column and imports again. Every
    row is a member already there, left as is by default: the summary said "2 skipped" and
    nothing else, so the referrers seemed imported. It now says how to fill them in."""
    workspace = tmp_path / "w.qunzhu"
    open_workspace(workspace).close()
    first = tmp_path / "first.csv"
    first.write_text("姓名,手机号\n李娜,13900139000\n王芳,13800138000\n", encoding="utf-8")
    assert qunzhu("import", "members", str(first), "--workspace", str(workspace)
                  ).returncode == 0
    second = tmp_path / "second.csv"
    second.write_text("姓名,手机号,邀请人\n李娜,13900139000,王芳\n王芳,13800138000,\n",
                      encoding="utf-8")
    for lang, wanted in (
            ("en", "2 row(s) are members already there, their details left as they were: "
                   "--duplicates fill_empty fills in what they lack, --duplicates overwrite "
                   "replaces it"),
            ("zh_CN", "2 行是已有成员，其资料保持原样：--duplicates fill_empty 补全其空缺，"
                      "--duplicates overwrite 覆盖原有内容")):
        done = qunzhu("import", "members", str(second), "--workspace", str(workspace),
                      lang=lang)
        assert done.returncode == 0, done.stderr
        assert wanted in done.stdout
    done = qunzhu("import", "members", str(second), "--workspace", str(workspace),
                  "--duplicates", "fill_empty")
    assert "Referrers (邀请人): 1 set" in done.stdout
    assert "their details left as they were" not in done.stdout


def test_every_referrer_set_points_at_no_list(tmp_path):
    """With every 邀请人 set, the summary pointed at a list "above" that was not there."""
    workspace = tmp_path / "w.qunzhu"
    open_workspace(workspace).close()
    source = tmp_path / "members.csv"
    source.write_text("姓名,手机号,邀请人\n李娜,13900139000,王芳\n王芳,13800138000,\n",
                      encoding="utf-8")
    done = qunzhu("import", "members", str(source), "--workspace", str(workspace))
    assert done.returncode == 0, done.stderr
    assert "Referrers (邀请人): 1 set." in done.stdout
    assert "listed above" not in done.stdout
