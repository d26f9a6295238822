"""Analytics on the imported life: top speakers and inviters per community (the trash
hidden), activity by weekday and hour in the workspace's zone, the honours board.

The workspace is ``analytics_fixture`` (counted by hand there) plus the rows below; every
expected number is counted here by hand, in the comments."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from models.analytics.activity_hours import activity_hours
from models.analytics.dashboard import compute_dashboard
from models.analytics.engagement_people import people
from models.analytics.honours_board import honours_board
from models.analytics.period import Period
from models.core import clock, zones
from models.schema.sql import split_statements
from models.store.workspace import open_workspace
from tests.models.analytics_fixture import TODAY, build

NOVEMBER = Period(date(2026, 11, 1), TODAY)

# Sunday 2026-11-22 at 23:30 in Shanghai (15:30 UTC): its day and hour stay Sunday, 23.
MORE = """
INSERT INTO activities (id, member_id, community_id, occurred_at, kind, amount) VALUES
  (20, 3, 1, '2026-11-22T23:30:00+08:00', '发言', 0),
  (21, 3, 1, '2026-11-21T10:00:00+08:00', '发言', 0),
  (22, 2, 1, '2026-11-21T10:05:00+08:00', '邀请', 0),
  (23, 2, 1, '2026-11-21T10:06:00+08:00', '邀请', 0),
  (24, 1, 1, '2026-11-21T10:07:00+08:00', '邀请', 0),
  (25, 5, 2, '2026-11-14T09:00:00+08:00', '发言', 0),
  (26, 5, 2, '2026-11-14T09:10:00+08:00', '邀请', 0),
  (27, 6, 2, '2026-11-16T09:00:00+08:00', '发言', 0),
  (28, 1, 1, '2026-10-20T09:00:00+08:00', '发言', 0);
INSERT INTO honours (id, community_id, name, metric, threshold, created_at) VALUES
  (1, NULL, '活跃之星', 'points', 100, '2026-11-01T10:00:00+08:00'),
  (2, 1, '拉新达人', 'invited', 2, '2026-11-01T10:00:00+08:00'),
  (3, 2, '跑步健将', 'events', 5, '2026-11-01T10:00:00+08:00');
INSERT INTO member_honours (honour_id, member_id, granted_at) VALUES
  (1, 1, '2026-11-10T10:00:00+08:00'), (1, 2, '2026-11-12T10:00:00+08:00'),
  (1, 5, '2026-11-13T10:00:00+08:00'), (1, 4, '2026-11-14T10:00:00+08:00'),
  (2, 2, '2026-11-21T10:06:00+08:00');
"""


@pytest.fixture
def conn(tmp_path, monkeypatch):
    monkeypatch.setattr(clock, "utc_now", lambda: datetime(2026, 11, 23, 3, tzinfo=UTC))
    path = build(tmp_path / "life.qunzhu")
    with open_workspace(path) as ws:
        with ws.transaction() as c:
            zones.set_default_tzid(c, "Asia/Shanghai")
            for statement in split_statements(MORE):
                c.execute(statement)
        yield ws.conn


def names(found):
    return [(p.name, p.count) for p in found]


def test_top_speakers_and_inviters_per_community_without_the_trash(conn):
    found = {c.community: c for c in people(conn, None, NOVEMBER).communities}
    # 读书会 in November: 王五 spoke 3 times (a7, 20, 21), 李四 once (a6); 张三's message
    # a28 is in October and a11 outside any community. Inviters: 李四 2, 张三 1.
    assert names(found["读书会"].speakers) == [("王五", 3), ("李四", 1)]
    assert names(found["读书会"].inviters) == [("李四", 2), ("张三", 1)]
    # 跑步群: 钱七 (a10, 25, 26) is in the trash: hidden; 孙八 spoke once; 赵六's message
    # a9 lies after the period.
    assert names(found["跑步群"].speakers) == [("孙八", 1)]
    assert found["跑步群"].inviters == []


def test_one_community_lists_only_it(conn):
    found = people(conn, 2, NOVEMBER)
    assert [c.community for c in found.communities] == ["跑步群"]


def test_weekday_and_hour_in_the_workspace_zone(conn):
    hours = activity_hours(conn, 1, NOVEMBER)
    assert hours.grid[6][23] == 1      # Sunday 23:30 (+08:00) stays Sunday at 23
    assert hours.grid[0][0] == 0       # not moved to Monday 00 (nor to 15 UTC)
    assert hours.grid[6][15] == 0
    assert hours.grid[5][10] == 4      # Saturday 11-21 10:00-10:07: a21, 22, 23, 24
    # 读书会 in November: a3, a5, a6, a7 and 20-24 = 9
    assert hours.total == 9
    every = activity_hours(conn, None, NOVEMBER)
    # + 跑步群 a8, a10, 25, 26, 27 and a11 outside any community (a9 is December)
    assert every.total == 9 + 5 + 1
    assert every.busiest() == (5, 10)


def test_an_empty_period_has_no_hours_and_no_people(conn):
    quiet = Period(date(2026, 3, 1), date(2026, 3, 31))
    assert activity_hours(conn, None, quiet).empty
    assert people(conn, None, quiet).empty


def test_honours_board_grouped_by_honour_newest_first_without_the_trash(conn):
    board = {h.name: h for h in honours_board(conn, None).honours}
    assert set(board) == {"活跃之星", "拉新达人", "跑步健将"}
    # 钱七 (5) holds 活跃之星 but is in the trash
    assert [(x.name, x.granted_at[:10]) for x in board["活跃之星"].listed] == [
        ("赵六", "2026-11-14"), ("李四", "2026-11-12"), ("张三", "2026-11-10")]
    assert board["活跃之星"].holders == 3 and board["跑步健将"].holders == 0
    # 读书会: its own honour and the workspace-wide one, held by its current members
    # (赵六 left 读书会 on 11-20)
    one = {h.name: h for h in honours_board(conn, 1).honours}
    assert set(one) == {"活跃之星", "拉新达人"}
    assert [x.name for x in one["活跃之星"].listed] == ["李四", "张三"]
    assert not honours_board(conn, 1).empty


def test_the_dashboard_carries_them(conn):
    d = compute_dashboard(conn, None, NOVEMBER, today=TODAY)
    assert d.hours.total == 15
    top = {c.community: names(c.speakers)[0] for c in d.people.communities}
    assert top == {"读书会": ("王五", 3), "跑步群": ("孙八", 1)}
    assert len(d.honours.honours) == 3


def test_report_and_charts_carry_them(conn, tmp_path):
    from openpyxl import load_workbook

    from exports import charts
    from exports.analytics_text import Text
    from exports.report import write_report

    d = compute_dashboard(conn, None, NOVEMBER, today=TODAY)
    path = write_report(tmp_path / "r.xlsx", d, Text(), "All communities")
    wb = load_workbook(path)
    people_sheet = wb["Top speakers and inviters"]
    rows = [[c.value for c in r] for r in people_sheet.iter_rows(min_row=2)]
    assert ["读书会", 1, "王五", 3, 3, "李四", 2, 2] in rows
    hours_sheet = wb["Activity by weekday and hour"]
    sunday = [c.value for c in hours_sheet[8]]
    # Sundays: 11-15 a5 (20h) and a6 (21h), 11-22 a20 (23h)
    assert sunday[0] == "Sun" and sunday[1 + 23] == 1 and sunday[-1] == 3
    honours_rows = [[c.value for c in r] for r in wb["Honours board"].iter_rows(min_row=2)]
    assert ["拉新达人", "读书会", "李四", 2, "2026-11-21"] in honours_rows
    glossary = [r[0].value for r in wb["Definitions"].iter_rows(min_row=2)]
    assert {"Top speakers and inviters", "Activity by weekday and hour",
            "Honours board"} <= set(glossary)
    for key in ("people", "hours"):
        assert charts.CHARTS[key](d, Text()).title


def test_an_empty_period_says_what_to_do(conn, tmp_path):
    from exports.analytics_tables import hours, people
    from exports.analytics_text import Text

    d = compute_dashboard(conn, None, Period(date(2026, 3, 1), date(2026, 3, 31)), today=TODAY)
    assert "import chat records or log interactions" in hours(d, Text()).note
    assert "import chat records or log interactions" in people(d, Text()).note


def test_top_people_read_the_index_alone(conn):
    """Format 14's covering index answers each list: no table row is looked up."""
    from models.analytics import engagement_people

    plan = " ".join(row[-1] for row in conn.execute(
        f"EXPLAIN QUERY PLAN SELECT member_id, count(*) FROM activities INDEXED BY"
        f" {engagement_people.INDEX} WHERE community_id = 1 AND kind = '发言'"
        f" AND kind IN ('发言', '邀请') AND occurred_at >= '2026-11' GROUP BY member_id"))
    assert f"COVERING INDEX {engagement_people.INDEX}" in plan


def test_the_charts_say_what_their_numbers_count(conn):
    """The heatmap's colour scale and the bars' axes carry a unit, not bare numbers."""
    from exports import charts
    from exports.analytics_text import Text

    d = compute_dashboard(conn, 1, NOVEMBER, today=TODAY)
    heat = charts.CHARTS["hours"](d, Text()).figure
    scale = heat.axes[-1]  # the colour bar
    assert scale.get_ylabel() == "Interactions"
    bars = charts.CHARTS["people"](d, Text()).figure
    assert [ax.get_xlabel() for ax in bars.axes] == ["Messages", "Invitations"]
