"""``qunzhu export badges``: the PDF of one occurrence's seat holders, and exit 2 with one
translated line, nothing written and the workspace unchanged, for every refusal."""

from __future__ import annotations

import pypdf
import pytest

from models.events import registrations as reg
from models.events import schedule as ev
from models.events.attendees import find_sitting
from models.events.schedule import EventFields
from models.store.workspace import open_workspace
from tests.checksums import checksum
from tests.desktop.test_cli import qunzhu
from tests.models.calendar_fixtures import PEOPLE


@pytest.fixture
def door(tmp_path):
    """A workspace with a single event (four registered, one waitlisted), a weekly series
    with registrations on its second week, and an event nobody signed up for."""
    from datetime import date

    from models.core.zones import set_default_tzid
    from models.members.communities import create_community

    path = tmp_path / "door.qunzhu"
    with open_workspace(path) as ws:
        with ws.transaction():
            club = create_community(ws.conn, "读书会").id
            set_default_tzid(ws.conn, "Asia/Shanghai")
            members = [reg.add_member(ws.conn, n, p, club) for n, p in PEOPLE]
        single, _ = ev.create_event(ws.conn, EventFields(
            title="十二月分享会", starts_at="2026-12-05T19:00:00+08:00", community_id=club,
            capacity=4))
        reg.register(ws.conn, single.id, members)
        series, _ = ev.create_event(ws.conn, EventFields(
            title="周三夜跑", starts_at="2026-12-02T19:00:00+08:00", community_id=club,
            rrule="FREQ=WEEKLY;COUNT=4"))
        week_two = find_sitting(ws.conn, series.id, date(2026, 12, 9)).ref.own_row(ws.conn)
        reg.register(ws.conn, week_two, members[:2])
        empty, _ = ev.create_event(ws.conn, EventFields(
            title="空场", starts_at="2026-12-20T19:00:00+08:00", community_id=club))
    return path, single.id, series.id, empty.id


@pytest.mark.slow
def test_badges_of_an_event_and_of_one_day_of_a_series(door, tmp_path):
    path, single, series, _ = door
    out = tmp_path / "badges.pdf"
    done = qunzhu("export", "badges", "--workspace", str(path), "--event", str(single),
                  "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "4 badge(s) on 1 page(s)" in done.stdout
    text = "".join(pypdf.PdfReader(out).pages[0].extract_text().split())
    assert text.count("十二月分享会") == 4
    assert all(name in text for name, _ in PEOPLE[:4]) and PEOPLE[4][0] not in text
    week = tmp_path / "week.pdf"
    done = qunzhu("export", "badges", "--workspace", str(path), "--event", str(series),
                  "--date", "2026-12-09", "-o", str(week), lang="zh_CN")
    assert done.returncode == 0, done.stderr
    text = "".join(pypdf.PdfReader(week).pages[0].extract_text().split())
    assert "周三夜跑" in text and "2026-12-09" in text and "张晓明" in text


@pytest.mark.slow
@pytest.mark.parametrize(("args", "english", "chinese"), [
    (["--event", "999"], "no event 999", "999"),
    (["--event", "{series}"], "--date", "--date"),
    (["--event", "{series}", "--date", "2026-12-10"], "2026-12-10", "2026-12-10"),
    (["--event", "{series}", "--date", "2026-12-16"], "nobody holds a seat", "没有"),
    (["--event", "{empty}"], "nobody holds a seat", "没有"),
    (["--event", "{single}", "--date", "2026-12-06"], "2026-12-06", "2026-12-06"),
    (["--event", "{single}", "-o", "{tmp}/badges.xlsx"], ".pdf", ".pdf"),
])
def test_refusals_are_one_translated_line_and_write_nothing(door, tmp_path, args, english,
                                                             chinese):
    path, single, series, empty = door
    args = [a.format(single=single, series=series, empty=empty, tmp=tmp_path) for a in args]
    if "-o" not in args:
        args += ["-o", str(tmp_path / "badges.pdf")]
    with open_workspace(path, readonly=True) as ws:
        before = checksum(ws.conn)
    for lang, expected in (("en", english), ("zh_CN", chinese)):
        refused = qunzhu("export", "badges", "--workspace", str(path), *args, lang=lang)
        assert refused.returncode == 2, refused.stderr
        assert len(refused.stderr.strip().splitlines()) == 1, refused.stderr
        assert expected in refused.stderr
    assert [p.name for p in tmp_path.iterdir() if p.suffix != ".qunzhu"
            and not p.name.startswith("door.qunzhu")] == []
    with open_workspace(path, readonly=True) as ws:
        assert checksum(ws.conn) == before
