"""The report workbook: a KPI sheet, a sheet per metric with its data, native charts,
and text that never turns into a formula."""

from __future__ import annotations

from openpyxl import load_workbook

from exports import analytics_tables, report
from exports.analytics_text import Text


def test_report_has_kpis_data_and_native_charts(dashboard, tmp_path):
    path = report.write_report(tmp_path / "r.xlsx", dashboard, Text(), "All communities")
    wb = load_workbook(path)
    assert wb.sheetnames[0] == "Summary"
    summary = wb["Summary"]
    assert summary["B2"].value == "All communities"
    rows = {r[0]: r[1:] for r in summary.iter_rows(min_row=6, values_only=True) if r[0]}
    assert rows["Members"][0] == 5
    assert rows["Revenue (yuan)"][0] == 148.0  # 9900 + 4900 fen
    growth = wb["Member growth"]
    assert [c.value for c in growth[1]] == ["Week of", "New members", "Left",
                                            "Members (total)", "Partial"]
    assert growth.cell(row=growth.max_row, column=5).value == "so far"  # this week
    funnel = wb[report.sheet_title(Text()("funnel"), set())]
    # nested, over closed windows (see tests/models/test_analytics.py): 6 joined (one in
    # the trash now), 4 activated, 1 retained, bought, referred; 5 still within 60 days
    assert [r[:5] for r in funnel.iter_rows(min_row=2, max_row=6, values_only=True)] == [
        ("Joined", 6, 6, 1.0, 0), ("Activated (first 7 days)", 4, 6, 4 / 6, 0),
        ("Retained (day 30-59)", 1, 1, 1.0, 5), ("Bought (60 days)", 1, 1, 1.0, 5),
        ("Referred someone (60 days)", 1, 1, 1.0, 5)]
    assert funnel["D3"].number_format == "0.0%"
    assert funnel["A8"].value == "5 still within 60 days of joining"
    charted = [ws.title for ws in wb.worksheets if ws._charts]
    assert {"Member growth", "Active members", "Source channels", "Revenue"} <= set(charted)


def test_report_has_a_glossary_and_says_how_many_slip_away(dashboard, tmp_path):
    path = report.write_report(tmp_path / "r.xlsx", dashboard, Text(), "All communities")
    wb = load_workbook(path)
    glossary = wb["Definitions"]
    rows = list(glossary.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(analytics_tables.GLOSSARY_KEYS)
    assert rows[0][0] == "Members" and "trash" in rows[0][1]
    assert all(definition for _, definition in rows)
    slipping = wb["Slipping away"]
    listed = dashboard.slipping
    note = slipping.cell(row=len(listed.members) + 3, column=1).value
    assert note == (f"{listed.count} member(s) in all; the {len(listed.members)} most active"
                    f" are listed")


def test_text_starting_with_equals_stays_text(dashboard, tmp_path):
    path = report.write_report(tmp_path / "r.xlsx", dashboard, Text(), "=SUM(1)")
    wb = load_workbook(path)
    assert wb["Summary"]["B2"].data_type == "s"
    slipping = wb["Slipping away"]
    names = [c for c in slipping["B"][1:]]
    assert names[0].value == '=HYPERLINK("x")' and names[0].data_type == "s"


def test_sheet_titles_are_valid_and_unique():
    used: set[str] = set()
    first = report.sheet_title("Retention: by month/cohort [all]", used)
    again = report.sheet_title("Retention: by month/cohort [all]", used)
    assert first != again and len(first) <= 31 and not set(first) & set("[]:*?/\\")


def test_one_charts_data_as_its_own_workbook(dashboard, tmp_path):
    sheets = analytics_tables.tables_for("attendance", dashboard, Text())
    path = report.write_table_workbook(tmp_path / "a.xlsx", sheets)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Event attendance by kind", "Events"]
    assert wb["Events"]["A2"].value in ("读书分享会", "夜跑")
