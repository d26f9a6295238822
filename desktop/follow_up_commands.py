"""``qunzhu followups``: who to contact today (待跟进), headless, from the same list the window
shows: members whose latest follow-up's next contact day is today or past, the late ones
first, one line each (tab-separated: day, how late, name, member id, community, channel,
last note), so it pipes into a sheet or a message. Read-only.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.cli_common import find_community_id
from desktop.cli_parser import EXIT_OK
from models.core import zones
from models.members import follow_ups
from models.store.workspace import open_workspace

translate = QCoreApplication.translate


def list_due(workspace: Path, args: argparse.Namespace) -> int:
    from views.roster import timeline_text

    with open_workspace(workspace, readonly=True) as ws:
        community_id = find_community_id(ws, args.community)
        day = args.date or zones.today(ws.conn)
        found = follow_ups.due(ws.conn, day, community_id=community_id)
    if not found:
        print(translate("cli", "Nobody to follow up on {day}.").format(day=day.isoformat()))
        return EXIT_OK
    late = sum(1 for d in found if d.overdue)
    print(translate("cli", "{count} member(s) to contact on {day}, {late} of them late:")
          .format(count=len(found), day=day.isoformat(), late=late))
    for d in found:
        when = (translate("cli", "today") if d.overdue == 0 else
                translate("cli", "{days} day(s) late").format(days=d.overdue))
        print("\t".join([d.next_on, when, d.name, str(d.member_id), d.community or "",
                         timeline_text.channel(d.channel), " ".join(d.note.split())]))
    return EXIT_OK
