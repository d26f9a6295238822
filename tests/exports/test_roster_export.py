"""The roster export: what the table shows, masked when asked, and back in again."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from exports.member_file import open_member_file
from exports.roster import RosterExport, export_roster, mask_name, mask_phone
from models.imports.member_import import ImportOptions, import_members
from models.members import records, roster
from models.members.communities import create_community
from models.members.roster import Column, RosterFilter, RosterSort
from models.store.workspace import open_workspace
from tests.conftest import DEMO_TODAY

PAYLOADS = ['=HYPERLINK("http://evil.example","点我")', "+cmd|' /C calc'!A0", "-2+3",
            "@SUM(1+1)", "\t=1+1", "=1+1"]


def all_cells(path: Path):
    ws = openpyxl.load_workbook(path)["成员"]
    return ws, [[c for c in row] for row in ws.iter_rows()]


def test_export_is_what_the_table_shows(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "roster.xlsx"
    with open_workspace(demo_path) as ws:
        flt = RosterFilter(community_id=1, cities=("上海", "北京"))
        sort = RosterSort(Column.POINTS, descending=True)
        expected = roster.page(ws.conn, flt, sort, 0, 10_000, DEMO_TODAY)
        export_roster(ws.conn, out, RosterExport(flt, sort, today=DEMO_TODAY))
    sheet, rows = all_cells(out)
    assert [c.value for c in rows[0]][:4] == ["ID", "姓名", "昵称", "手机"]
    assert [r[0].value for r in rows[1:]] == [r.id for r in expected]
    assert [r[1].value for r in rows[1:]] == [r.display_name for r in expected]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:R")
    phones = [r[3] for r in rows[1:] if r[3].value]
    assert phones and all(c.data_type == "s" and len(c.value) == 11 for c in phones)
    joined = [r[14] for r in rows[1:] if r[14].value]
    assert joined and all(c.is_date for c in joined)
    assert all(isinstance(r[13].value, int) for r in rows[1:])  # points are numbers
    assert not [c for row in rows for c in row if c.data_type == "f"]


def test_masked_export_has_no_full_phone_and_no_ids(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "masked.xlsx"
    with open_workspace(demo_path) as ws:
        phones = {r[0] for r in ws.conn.execute(
            "SELECT phone FROM members WHERE phone IS NOT NULL")}
        export_roster(ws.conn, out, RosterExport(mask=True))
    _, rows = all_cells(out)
    header = [c.value for c in rows[0]]
    assert "ID" not in header and "备注" not in header
    text = " ".join(str(c.value) for row in rows for c in row if c.value is not None)
    assert not any(phone in text for phone in phones)
    assert not re.search(r"1[3-9]\d{9}", text)
    shown = [r[header.index("手机")].value for r in rows[1:] if r[header.index("手机")].value]
    assert shown and all(re.fullmatch(r"1\d\d\*\*\*\*\d{4}", p) for p in shown)
    names = [r[0].value for r in rows[1:]]
    assert all(re.fullmatch(r".\*+", n) for n in names)


def test_masks():
    assert mask_phone("13812345678") == "138****5678"
    assert mask_name("张伟") == "张*" and mask_name("欧阳娜娜") == "欧***"


@pytest.fixture
def ws(workspace_path):
    with open_workspace(workspace_path) as ws:
        ws.club = create_community(ws.conn, "读书会").id
        yield ws


def test_round_trip_keeps_chinese_emoji_leading_zeros_and_payloads(ws, tmp_path: Path) -> None:
    values = [("张伟😀", "007号", "0012345"), ("李娜", "小雨🌧", "00abc")] + [
        (f"成员{i}", payload, payload) for i, payload in enumerate(PAYLOADS)]
    ids = []
    for name, nickname, wechat in values:
        member_id, _ = records.create_member(ws.conn, {
            "display_name": name, "nickname": nickname, "wechat_id": wechat.replace(" ", "")
            if not wechat.startswith(("\t", "=", "+", "-", "@")) else None,
            "notes": nickname}, community_id=ws.club)
        ids.append(member_id)
    before = {i: records.get_member(ws.conn, i) for i in ids}
    out = tmp_path / "roster.xlsx"
    export_roster(ws.conn, out, RosterExport(sort=RosterSort(Column.NAME)))
    _, rows = all_cells(out)
    assert not [c for row in rows for c in row if c.data_type == "f"]
    nick = {r[0].value: r[2].value for r in rows[1:]}
    for member_id in ids:  # payloads written as the text they are (as stored: trimmed)
        assert nick[member_id] == before[member_id].nickname
    assert nick[ids[0]] == "007号" and nick[ids[2]].startswith("=HYPERLINK")

    # back in, by id, unedited: nothing changes
    source = open_member_file(out)
    result = import_members(ws.conn, source.data_rows(),
                            ImportOptions(source.mapping, source.headers))
    assert (result.updated, result.rejected) == (0, 0)
    assert {i: records.get_member(ws.conn, i) for i in ids} == before


def test_round_trip_edit_changes_exactly_the_edited_fields(ws, tmp_path: Path) -> None:
    li, _ = records.create_member(ws.conn, {"display_name": "李娜", "phone": "13900139000",
                                            "city": "上海", "notes": "0123"})
    wang, _ = records.create_member(ws.conn, {"display_name": "王芳", "phone": "13700137000"})
    records.add_tags(ws.conn, [li], ["读书"])
    out = tmp_path / "roster.xlsx"
    export_roster(ws.conn, out, RosterExport())
    book = openpyxl.load_workbook(out)
    sheet = book["成员"]
    header = [c.value for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == li:
            row[header.index("城市")].value = "杭州"
            row[header.index("标签")].value = "读书、摄影"
            row[header.index("手机")].value = 13900139001  # typed as a number in Excel
    book.save(out)
    before = {m: records.get_member(ws.conn, m) for m in (li, wang)}
    source = open_member_file(out)
    options = ImportOptions(source.mapping, source.headers)
    preview = import_members(ws.conn, source.data_rows(), options, dry_run=True)
    assert sorted((c.field, c.old, c.new) for c in preview.changes) == [
        ("city", "上海", "杭州"), ("phone", "13900139000", "13900139001"),
        ("tags", "读书", "摄影、读书")]
    import_members(ws.conn, source.data_rows(), options)
    after = {m: records.get_member(ws.conn, m) for m in (li, wang)}
    assert after[wang] == before[wang]
    changed = {f for f in records.MEMBER_COLUMNS
               if getattr(before[li], f) != getattr(after[li], f)} - {"updated_at"}
    assert changed == {"city", "phone", "tags_text"}
    assert after[li].notes == "0123"


def test_libreoffice_opens_the_export(ws, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc")
    records.create_member(ws.conn, {"display_name": "张伟😀", "phone": "13800138000",
                                    "wechat_id": "007abc", "notes": "=1+1"},
                          community_id=ws.club)
    out = tmp_path / "roster.xlsx"
    export_roster(ws.conn, out, RosterExport())
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1",
                    "--outdir", str(tmp_path), str(out)],
                   check=True, capture_output=True, timeout=180)
    import csv

    with open(tmp_path / "roster.csv", encoding="utf-8", newline="") as handle:
        header, row = list(csv.reader(handle))
    assert header[:5] == ["ID", "姓名", "昵称", "手机", "微信号"]
    values = dict(zip(header, row, strict=True))
    assert values["姓名"] == "张伟😀"
    assert values["手机"] == "13800138000"  # not 1.38E+10
    assert values["微信号"] == "007abc"
    assert values["备注"] == "=1+1"  # text, not a computed 2
    assert values["社群"] == "读书会·成员"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", values["入群时间"])


@pytest.mark.parametrize("fmt", ["ods", "xls"])
def test_roster_saved_as_ods_or_xls_by_libreoffice_reads_back(ws, tmp_path: Path, fmt) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc")
    li, _ = records.create_member(ws.conn, {"display_name": "李娜😀", "phone": "13900139000",
                                            "wechat_id": "007li", "notes": "0123"},
                                  community_id=ws.club)
    records.add_tags(ws.conn, [li], ["读书"])
    before = records.get_member(ws.conn, li)
    out = tmp_path / "roster.xlsx"
    export_roster(ws.conn, out, RosterExport())
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", fmt, "--outdir", str(tmp_path), str(out)],
                   check=True, capture_output=True, timeout=180)
    source = open_member_file(tmp_path / f"roster.{fmt}")
    assert source.table.kind == fmt and source.mapping[0] == "id"
    result = import_members(ws.conn, source.data_rows(),
                            ImportOptions(source.mapping, source.headers))
    assert (result.updated, result.unchanged, result.rejected) == (0, 1, 0)
    assert records.get_member(ws.conn, li) == before


def test_the_referrer_is_a_column_and_comes_back_in(ws, tmp_path: Path) -> None:
    """The roster export had no 邀请人: a list shared or edited lost who invited whom."""
    from models.members import referrals

    zhang, _ = records.create_member(ws.conn, {"display_name": "张伟"}, community_id=ws.club)
    li, _ = records.create_member(ws.conn, {"display_name": "李娜"}, community_id=ws.club)
    referrals.set_referrer(ws.conn, li, zhang)
    out = tmp_path / "roster.xlsx"
    export_roster(ws.conn, out, RosterExport(sort=RosterSort(Column.NAME)))
    _, rows = all_cells(out)
    header = [c.value for c in rows[0]]
    assert header.index("邀请人") == header.index("来源") + 1
    referrer = {r[0].value: r[header.index("邀请人")].value for r in rows[1:]}
    assert referrer == {zhang: None, li: "张伟"}
    before = {m: records.get_member(ws.conn, m) for m in (zhang, li)}
    source = open_member_file(out)
    result = import_members(ws.conn, source.data_rows(),
                            ImportOptions(source.mapping, source.headers))
    assert (result.updated, result.rejected, result.referrer_warnings) == (0, 0, [])
    assert {m: records.get_member(ws.conn, m) for m in (zhang, li)} == before
    masked = tmp_path / "masked.xlsx"
    export_roster(ws.conn, masked, RosterExport(mask=True, sort=RosterSort(Column.NAME)))
    _, rows = all_cells(masked)
    header = [c.value for c in rows[0]]
    assert sorted(str(r[header.index("邀请人")].value) for r in rows[1:]) == ["None", "张*"]
