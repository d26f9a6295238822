"""``qunzhu export plan``: the workbook, and exit 2 with one line on bad input."""

from __future__ import annotations

import openpyxl

from tests.desktop.test_cli import qunzhu


def test_export_plan_of_a_named_community(demo_path, tmp_path):
    from models.store.workspace import open_workspace

    with open_workspace(demo_path, readonly=True) as ws:
        name = ws.conn.execute("SELECT name FROM communities ORDER BY id LIMIT 1").fetchone()[0]
    out = tmp_path / "plan.xlsx"
    done = qunzhu("export", "plan", "--workspace", str(demo_path), "-o", str(out),
                  "--community", name)
    assert done.returncode == 0, done.stderr
    assert name in done.stdout and "10 sheets" in done.stdout
    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames[:3] == ["规划", "目标", "分工"]


def test_export_plan_refuses_bad_input_with_one_line(demo_path, tmp_path):
    several = qunzhu("export", "plan", "--workspace", str(demo_path), "-o",
                     str(tmp_path / "p.xlsx"))
    assert several.returncode == 2
    assert len(several.stderr.strip().splitlines()) == 1
    assert "--community" in several.stderr
    unknown = qunzhu("export", "plan", "--workspace", str(demo_path), "-o",
                     str(tmp_path / "p.xlsx"), "--community", "没有这个群")
    assert unknown.returncode == 2 and "没有这个群" in unknown.stderr
    wrong = qunzhu("export", "plan", "--workspace", str(demo_path), "-o",
                   str(tmp_path / "p.csv"), "--community", "x")
    assert wrong.returncode == 2 and ".xlsx" in wrong.stderr
    assert not (tmp_path / "p.xlsx").exists()
