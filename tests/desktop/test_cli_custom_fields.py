"""``qunzhu import members`` fills custom fields from the columns named like them
(issue 19); a bad value is a line naming row, column and field, exit 2, nothing imported."""

from __future__ import annotations

from models.members import custom_fields
from models.members.field_values import Kind
from models.store.workspace import open_workspace
from tests.checksums import checksum
from tests.desktop.test_cli import qunzhu


def test_cli_import_fills_custom_fields_and_refuses_a_bad_value(tmp_path):
    workspace = tmp_path / "w.qunzhu"
    with open_workspace(workspace) as ws:
        car = custom_fields.define_field(ws.conn, "车型", Kind.CHOICE, ["轿车", "SUV"])[0].id
        age = custom_fields.define_field(ws.conn, "孩子年龄", Kind.NUMBER)[0].id
        before = checksum(ws.conn)
    bad = tmp_path / "bad.csv"
    bad.write_text("姓名,车型,孩子年龄\n李娜,SUV,3\n王芳,卡车,5\n", encoding="utf-8")
    done = qunzhu("import", "members", str(bad), "--workspace", str(workspace),
                  "--lang", "en")
    assert done.returncode == 2, done.stderr
    assert f"{bad}: row 3, column 车型: 车型: “卡车” is not one of 轿车、SUV" in done.stderr
    with open_workspace(workspace, readonly=True) as ws:
        assert checksum(ws.conn) == before
    good = tmp_path / "good.csv"
    good.write_text("姓名,车型,孩子年龄\n李娜,suv,\"1,024\"\n", encoding="utf-8")
    done = qunzhu("import", "members", str(good), "--workspace", str(workspace))
    assert done.returncode == 0, done.stderr
    with open_workspace(workspace, readonly=True) as ws:
        assert custom_fields.member_values(ws.conn, 1) == {car: ["SUV"], age: [1024]}
