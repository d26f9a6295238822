"""``qunzhu followups``: who to contact today, the late ones first (issue 19)."""

from __future__ import annotations

from datetime import date, timedelta

from models.core import zones
from models.members import follow_ups, records
from models.members.communities import create_community
from models.store.workspace import open_workspace
from tests.checksums import checksum
from tests.desktop.test_cli import qunzhu


def test_followups_lists_who_is_due_and_changes_nothing(tmp_path):
    workspace = tmp_path / "w.qunzhu"
    with open_workspace(workspace) as ws:
        club = create_community(ws.conn, "读书会").id
        today = zones.today(ws.conn)
        for name, next_day, note in (("李娜", -2, "想买年卡\n下周再问"), ("王芳", 0, "问孩子的课"),
                                     ("张伟", 3, "还没到")):
            member = records.create_member(ws.conn, {"display_name": name}, club)[0]
            follow_ups.add(ws.conn, member, channel="电话", note=note, community_id=club,
                           at=(today - timedelta(days=5)).isoformat() + "T10:00",
                           next_on=(today + timedelta(days=next_day)).isoformat())
        before = checksum(ws.conn)
    done = qunzhu("followups", "--workspace", str(workspace))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"2 member(s) to contact on {today.isoformat()}, 1 of them late:"
    assert lines[1].split("\t") == [(today - timedelta(days=2)).isoformat(), "2 day(s) late",
                                    "李娜", "1", "读书会", "Phone call", "想买年卡 下周再问"]
    assert lines[2].split("\t")[1:3] == ["today", "王芳"]
    later = qunzhu("followups", "--workspace", str(workspace), "--date",
                   (today + timedelta(days=3)).isoformat(), lang="zh_CN")
    assert "张伟" in later.stdout and "逾期" in later.stdout
    nobody = qunzhu("followups", "--workspace", str(workspace), "--date", "2020-01-01")
    assert nobody.stdout.strip() == "Nobody to follow up on 2020-01-01."
    refused = qunzhu("followups", "--workspace", str(workspace), "--community", "跑团")
    assert refused.returncode == 2 and "跑团" in refused.stderr
    with open_workspace(workspace, readonly=True) as ws:
        assert checksum(ws.conn) == before
    assert date.fromisoformat(lines[1].split("\t")[0]) < today
