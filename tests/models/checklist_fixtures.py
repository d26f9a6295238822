"""A small workspace for the checklist tests: one community, two upcoming events, a past one,
a 展架 in the material library."""

from __future__ import annotations

from datetime import date

import pytest

from models.events.schedule import EventFields, create_event
from models.materials import checklists, library
from models.members.communities import create_community
from models.store.workspace import open_workspace

TODAY = date(2026, 11, 23)


@pytest.fixture
def shop(tmp_path):
    ws = open_workspace(tmp_path / "cl.qunzhu")
    cid = create_community(ws.conn, "读书会").id
    salon, _ = create_event(ws.conn, EventFields("十二月读书沙龙", "2026-12-05T14:00:00+08:00",
                                                 community_id=cid))
    fair, _ = create_event(ws.conn, EventFields("新年市集", "2026-12-20T10:00:00+08:00",
                                                community_id=cid))
    past, _ = create_event(ws.conn, EventFields("十月沙龙", "2026-10-10T14:00:00+08:00",
                                                community_id=cid))
    stand, _ = library.create_material(ws.conn, {"name": "展架", "category": "宣传物料",
                                                   "unit": "个", "unit_price": 4500,
                                                   "on_hand": 3})
    ids = {"community": cid, "salon": salon.id, "fair": fair.id, "past": past.id,
           "stand": stand}
    ids["salon_list"], _ = checklists.create_checklist(ws.conn, "沙龙物料", event_id=salon.id)
    ids["fair_list"], _ = checklists.create_checklist(ws.conn, "市集物料", event_id=fair.id)
    yield ws, ids
    ws.close()
