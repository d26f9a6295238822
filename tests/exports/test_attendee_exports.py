"""The attendee list, the sign-in sheet and the events sheet as workbooks, read back with
openpyxl cell by cell: columns, values, masks, print setup."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl

from exports.attendees import export_attendees
from exports.event_sheet import export_events
from exports.signin import write_signin_xlsx
from models.events import registrations as reg
from models.events.attendees import at_the_door, attendees, find_sitting
from models.events.occurrence_lines import occurrence_lines
from models.events.occurrences import detach_occurrence
from tests.models.calendar_fixtures import cal  # noqa: F401
from tests.models.test_attendees import single, weekly


def rows_of(path, sheet=None):
    book = openpyxl.load_workbook(path)
    ws = book[sheet] if sheet else book.worksheets[0]
    return ws, [[c.value for c in row] for row in ws.iter_rows()]


def people(ws, community_id, m):
    """读书分享 with two seats: 张晓明 (checked in, +2, a note with a phone), 李娜 in, 王芳 and
    张伟 waiting, then 李娜 cancelled so 王芳 moves up; 赵磊 walked in."""
    one = single(ws, community_id, capacity=2)
    reg.register(ws.conn, one, m[:4])
    reg.cancel(ws.conn, one, m[1])
    ws.conn.execute("UPDATE registrations SET guests = 2, note = '带孩子 电话13812345678'"
                    " WHERE event_id = ? AND member_id = ?", (one, m[0]))
    reg.check_in(ws.conn, one, m[0], at="2026-12-05T19:02:00+08:00")
    reg.check_in(ws.conn, one, m[4])
    return one


def test_the_attendee_list_has_every_registration_with_its_status(cal, tmp_path):  # noqa: F811
    ws, (a, _), m = cal
    one = people(ws, a, m)
    sitting = find_sitting(ws.conn, one)
    found = attendees(ws.conn, sitting)
    path = tmp_path / "list.xlsx"
    export_attendees(path, sitting, found)
    sheet, rows = rows_of(path)
    assert rows[0] == ["序号", "姓名", "状态", "候补位次", "同行人数", "备注", "报名时间",
                       "签到时间", "手机", "票码"]
    by_name = {r[1]: r for r in rows[1:]}
    assert [r[0] for r in rows[1:]] == [1, 2, 3, 4, 5]
    first = by_name["张晓明"]
    assert first[2] == "已报名" and first[4] == 2 and "13812345678" in first[5]
    assert first[7] == datetime(2026, 12, 5, 19, 2)  # a real date and time, not text
    assert first[8] == "13800001234"
    assert isinstance(first[9], str) and len(first[9]) == 12 and first[9].isdigit()
    assert by_name["王芳"][2] == "已报名"
    assert by_name["张伟"][2:4] == ["候补 1", 1]
    assert by_name["李娜"][2] == "已取消"
    assert by_name["赵磊"][2] == "现场" and by_name["赵磊"][8] is None
    assert sheet.title.endswith("读书分享") and sheet.page_setup.paperSize == 9

    masked = tmp_path / "masked.xlsx"
    export_attendees(masked, sitting, found, mask=True)
    _, rows = rows_of(masked)
    assert "票码" not in rows[0]  # a code would let anyone check in as that person
    texts = " ".join(str(v) for r in rows for v in r if v is not None)
    assert "张*" in texts and "138****1234" in texts
    assert "13800001234" not in texts and "13812345678" not in texts
    assert "张晓明" not in texts


def test_the_sign_in_workbook_prints_its_heading_on_every_page(cal, tmp_path):  # noqa: F811
    ws, (a, _), m = cal
    one = people(ws, a, m)
    ws.conn.execute("UPDATE members SET display_name = '=HYPERLINK(\"http://x\")' WHERE id = ?",
                    (m[3],))
    sitting = find_sitting(ws.conn, one)
    door = at_the_door(attendees(ws.conn, sitting))
    path = tmp_path / "signin.xlsx"
    heading = ["读书分享", "2026-12-05 (周六) 19:00–21:00 · 愚园路 123 号", "读书会"]
    assert write_signin_xlsx(path, heading, door, day="2026-12-05") == 4
    sheet, rows = rows_of(path)
    assert [r[0] for r in rows[:3]] == heading
    assert rows[3] == ["序号", "姓名", "手机", "备注", "签到时间", "签名"]
    body = rows[4:]
    assert [r[1] for r in body[:4]] == ["张晓明", "王芳", "赵磊", '=HYPERLINK("http://x")']
    assert sheet.cell(8, 2).data_type == "s"  # a name is text, never a formula
    assert body[0][2] == "138****1234"  # the sheet lies open at the door: phones masked
    assert body[0][3] == "+2 · 带孩子 电话138****5678"
    assert body[0][4] == "19:02"
    assert body[2][3] == "现场"
    assert body[3][3] == "候补 1"
    # blank numbered lines for walk-ins, to the end of the page
    assert [r[0] for r in body] == list(range(1, len(body) + 1)) and len(body) > 20
    assert all(r[1] is None for r in body[4:])
    setup = sheet.page_setup
    assert (setup.paperSize, setup.orientation) == (9, "portrait")
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and setup.fitToWidth == 1
    assert sheet.print_title_rows == "$1:$4"


def test_an_empty_event_prints_one_page_of_blank_lines(cal, tmp_path):  # noqa: F811
    ws, (a, _), _ = cal
    sitting = find_sitting(ws.conn, single(ws, a))
    path = tmp_path / "empty.xlsx"
    assert write_signin_xlsx(path, ["读书分享"], at_the_door(attendees(ws.conn, sitting))) == 0
    _, rows = rows_of(path)
    assert rows[1] == ["序号", "姓名", "手机", "备注", "签名"]  # no check-in column yet
    assert len(rows) > 25 and rows[-1][0] == len(rows) - 2


def test_the_events_sheet_has_a_row_per_occurrence(cal, tmp_path):  # noqa: F811
    ws, (a, _), m = cal
    series = weekly(ws, a)
    second, _ = detach_occurrence(ws.conn, series, "2026-12-09T19:30:00+08:00")
    reg.register(ws.conn, second.id, m[:2])
    reg.check_in(ws.conn, second.id, m[0])
    path = tmp_path / "events.xlsx"
    export_events(path, occurrence_lines(ws.conn, date(2026, 12, 1), date(2026, 12, 31)))
    sheet, rows = rows_of(path)
    header = rows[0]
    assert header[:3] == ["ID", "日期", "活动"] and header[-1] == "超出预算"
    body = rows[1:-1]
    assert [r[1] for r in body] == [datetime(2026, 12, d) for d in (2, 9, 16, 23)]
    assert [r[0] for r in body] == [series, second.id, series, series]
    line = dict(zip(header, body[1], strict=True))
    assert (line["报名"], line["签到"], line["未到"], line["到场率"]) == (2, 1, 1, 0.5)
    assert line["预算"] == 300 and line["开始"] == datetime(2026, 12, 9, 19, 30)
    totals = dict(zip(header, rows[-1], strict=True))
    assert totals["ID"] == "合计" and totals["报名"].startswith("=SUBTOTAL(109,")
