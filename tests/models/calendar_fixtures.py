"""Small workspaces for the calendar tests: two communities, a handful of named members."""

from __future__ import annotations

import pytest

from models.core.zones import set_default_tzid
from models.events.registrations import add_member
from models.members.communities import create_community
from models.store.workspace import open_workspace

PEOPLE = [("张晓明", "13800001234"), ("李娜", "13911112222"), ("王芳", "13722223333"),
          ("张伟", "13633334444"), ("赵磊", None)]


@pytest.fixture
def cal(tmp_path):
    """(workspace, community ids, member ids) over a fresh file."""
    ws = open_workspace(tmp_path / "cal.qunzhu")
    with ws.transaction():
        a = create_community(ws.conn, "读书会").id
        b = create_community(ws.conn, "跑步团").id
        members = [add_member(ws.conn, n, p, a) for n, p in PEOPLE]
        set_default_tzid(ws.conn, "Asia/Shanghai")  # times below are China time
    yield ws, (a, b), members
    ws.close()
