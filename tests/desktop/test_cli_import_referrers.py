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
