"""``qunzhu export attendees`` and ``qunzhu export events`` run as a user runs them: the
files they write, and each refusal as one line, exit 2, nothing written."""

from __future__ import annotations

import openpyxl
import pytest
from pypdf import PdfReader

from models.events import registrations as reg
from models.events import schedule as ev
from models.events.schedule import EventFields
from models.store.workspace import open_workspace
from tests.desktop.test_cli import qunzhu
from tests.models.calendar_fixtures import PEOPLE


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """A workspace with a single event (four people) and a weekly series (ids in order)."""
    from models.core.zones import set_default_tzid
    from models.members.communities import create_community

    path = tmp_path_factory.mktemp("cli") / "w.qunzhu"
    with open_workspace(path) as ws:
        with ws.transaction():
            set_default_tzid(ws.conn, "Asia/Shanghai")
            a = create_community(ws.conn, "读书会").id
            members = [reg.add_member(ws.conn, n, p, a) for n, p in PEOPLE]
        one, _ = ev.create_event(ws.conn, EventFields(
            title="读书分享", starts_at="2026-12-05T19:00:00+08:00",
            ends_at="2026-12-05T21:00:00+08:00", community_id=a, status="已发布"))
        reg.register(ws.conn, one.id, members[:4])
        series, _ = ev.create_event(ws.conn, EventFields(
            title="每周三 共读", starts_at="2026-12-02T19:30:00+08:00",
            ends_at="2026-12-02T21:00:00+08:00", community_id=a,
            rrule="FREQ=WEEKLY;BYDAY=WE;COUNT=4", status="已发布"))
    return path, one.id, series.id


def test_an_attendee_list_a_sign_in_sheet_and_the_events_sheet(made, tmp_path):
    path, one, series = made
    ws = ["--workspace", str(path)]
    listed = qunzhu("export", "attendees", *ws, "--event", str(one), "-o",
                    str(tmp_path / "a.xlsx"))
    assert listed.returncode == 0, listed.stderr
    rows = list(openpyxl.load_workbook(tmp_path / "a.xlsx").worksheets[0].values)
    assert rows[0][:3] == ("No.", "Name", "Status") and len(rows) == 5
    assert "4 attendee(s)" in listed.stdout
    printed = qunzhu("export", "attendees", *ws, "--event", str(series), "--date",
                     "2026-12-09", "-o", str(tmp_path / "s.pdf"), lang="zh_CN")
    assert printed.returncode == 0, printed.stderr
    text = PdfReader(tmp_path / "s.pdf").pages[0].extract_text()
    assert "每周三 共读" in text and "2026-12-09" in text and "签名" in text
    sheet = qunzhu("export", "attendees", *ws, "--event", str(one), "--sheet", "signin",
                   "--mask-personal", "-o", str(tmp_path / "s.xlsx"))
    assert sheet.returncode == 0, sheet.stderr
    cells = [c for row in openpyxl.load_workbook(tmp_path / "s.xlsx").worksheets[0].values
             for c in row if c]
    assert "张*" in cells and "张晓明" not in cells
    events = qunzhu("export", "events", *ws, "-o", str(tmp_path / "e.xlsx"), "--from",
                    "2026-12-01", "--to", "2026-12-31", "--community", "读书会")
    assert events.returncode == 0, events.stderr
    body = list(openpyxl.load_workbook(tmp_path / "e.xlsx").worksheets[0].values)[1:-1]
    assert [r[2] for r in body] == ["每周三 共读", "读书分享", "每周三 共读", "每周三 共读",
                                    "每周三 共读"]


@pytest.mark.parametrize(("args", "says"), [
    (["--event", "999", "-o", "x.pdf"], "no event 999"),
    (["--event", "{series}", "-o", "x.pdf"], "--date (such as"),
    (["--event", "{series}", "--date", "2026-12-10", "-o", "x.pdf"],
     "does not happen on 2026-12-10"),
    (["--event", "{one}", "--date", "2026-12-06", "-o", "x.xlsx"],
     "does not happen on 2026-12-06"),
    (["--event", "{one}", "--date", "2026-02-30", "-o", "x.pdf"], "2026-02-30"),
    (["--event", "{one}", "-o", "x.csv"], ".pdf (a sign-in sheet), not"),
])
def test_attendee_refusals_write_nothing(made, tmp_path, args, says):
    path, one, series = made
    args = [a.format(one=one, series=series) for a in args]
    args = [str(tmp_path / a) if a.startswith("x.") else a for a in args]
    before = path.read_bytes()
    result = qunzhu("export", "attendees", "--workspace", str(path), *args)
    assert result.returncode == 2
    assert says in result.stderr
    assert list(tmp_path.iterdir()) == []
    assert path.read_bytes() == before


def test_events_refusals(made, tmp_path):
    path = made[0]
    for args, says in ((["-o", str(tmp_path / "e.pdf")], "not"),
                       (["-o", str(tmp_path / "e.xlsx"), "--from", "2026-12-31", "--to",
                         "2026-12-01"], "before it starts"),
                       (["-o", str(tmp_path / "e.xlsx"), "--community", "没有"], "没有")):
        result = qunzhu("export", "events", "--workspace", str(path), *args)
        assert result.returncode == 2 and says in result.stderr, result.stderr
    assert list(tmp_path.iterdir()) == []
