"""``qunzhu import members`` with a role column (群角色) and ``--community`` (issue 19)."""

from __future__ import annotations

from models.members.communities import create_community
from models.store.workspace import open_workspace
from tests.desktop.test_cli import qunzhu


def _roles(path) -> list[tuple]:
    with open_workspace(path, readonly=True) as ws:
        return ws.conn.execute("SELECT m.display_name, ms.role FROM memberships ms"
                               " JOIN members m ON m.id = ms.member_id ORDER BY m.id").fetchall()


def test_roles_import_with_the_community_and_bad_ones_are_refused(tmp_path):
    workspace = tmp_path / "w.qunzhu"
    with open_workspace(workspace) as ws:
        create_community(ws.conn, "读书会")
    source = tmp_path / "members.csv"
    source.write_text("姓名,手机号,群角色\n李娜,13900139000,管理员\n王芳,13800138000,路人\n",
                      encoding="utf-8-sig")
    refused = qunzhu("import", "members", str(source), "--workspace", str(workspace),
                     "--community", "读书会")
    assert refused.returncode == 2
    assert (f"{source}: row 3, column 群角色: not a role: expected one of"
            f" 群主、管理员、核心成员、KOL、部落首领、成员") in refused.stderr
    assert _roles(workspace) == []

    no_community = qunzhu("import", "members", str(source), "--workspace", str(workspace))
    assert no_community.returncode == 2
    assert "a role column needs the community the roles are held in" in no_community.stderr
    assert _roles(workspace) == []

    source.write_text("姓名,手机号,角色\n李娜,13900139000,管理员\n王芳,13800138000,KOL\n",
                      encoding="utf-8-sig")
    done = qunzhu("import", "members", str(source), "--workspace", str(workspace),
                  "--community", "读书会")
    assert done.returncode == 0, done.stderr
    assert _roles(workspace) == [("李娜", "管理员"), ("王芳", "KOL")]
