"""The import wizard, step by step, over a real workspace and real files."""

from __future__ import annotations

import hashlib
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QInputDialog

from models.members import records
from models.members.communities import create_community
from models.store.workspace import open_workspace
from views.member_import.wizard import ImportWizard

CSV = ("2024 读书会会员名单,,,,\n"
       "姓名,手机号,微信号,标签,入群时间\n"
       "李娜,13900139000,lina_1,读书，跑步,2024/3/5\n"
       "张伟,138-0013-8000,,VIP,2024年3月5日\n"
       "王芳,1.38001E+10,,,\n"
       "赵六,13700137000,,,2024-03-05 14:00\n")


def checksum(conn) -> str:
    digest = hashlib.sha256()
    for table in ("members", "memberships", "member_tags", "tags", "member_search_data"):
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2"):
            digest.update(repr(row).encode())
    return digest.hexdigest()


@pytest.fixture
def ws(workspace_path):
    with open_workspace(workspace_path) as ws:
        ws.club = create_community(ws.conn, "读书会").id
        ws.zhang, _ = records.create_member(ws.conn, {"display_name": "张伟",
                                                      "phone": "13800138000"})
        yield ws


@pytest.fixture
def source(tmp_path) -> Path:
    path = tmp_path / "members.csv"
    path.write_bytes(CSV.encode("gbk"))
    return path


def make(qtbot, ws, path) -> ImportWizard:
    wizard = ImportWizard(ws, ws.club, path=path)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def next_page(qtbot, wizard, page=None) -> None:
    if page is None:
        wizard.next()
        return
    with qtbot.waitSignal(page.ready, timeout=20_000):
        wizard.next()


def test_whole_import_with_skip_invalid_and_fill_empty(qtbot, ws, source, tmp_path):
    wizard = make(qtbot, ws, source)
    assert wizard.file_page.isComplete()
    assert "GBK" in wizard.file_page.info.text()
    next_page(qtbot, wizard)
    assert wizard.preview_page.header_row.value() == 2  # the title row above is skipped
    assert wizard.preview_page.table.rowCount() == 6
    next_page(qtbot, wizard)
    combos = wizard.mapping_page.combos
    assert [c.currentData() for c in combos] == ["display_name", "phone", "wechat_id", "tags",
                                                 "joined_at"]
    assert wizard.mapping_page.isComplete()

    next_page(qtbot, wizard, wizard.check_page)
    check = wizard.check_page
    assert check.problems.rowCount() == 1
    assert [check.problems.item(0, c).text() for c in range(3)][:2] == ["5", "手机号"]
    assert not check.isComplete()  # strict by default: nothing while a row is invalid
    report = tmp_path / "report.xlsx"
    check.save_report(report)
    sheet = openpyxl.load_workbook(report).active
    assert [c.value for c in sheet[2]][:2] == [5, "手机号"]
    check.skip.setChecked(True)
    assert check.isComplete()

    next_page(qtbot, wizard, wizard.duplicates_page)
    dup = wizard.duplicates_page
    assert "1 row(s) match a member already" in dup.counts.text()
    assert dup.community_box.currentData() == ws.club
    with qtbot.waitSignal(dup.ready, timeout=20_000):
        dup.buttons.button(1).setChecked(True)  # update empty fields
    assert dup.changes.rowCount() == 1  # 张伟 gets the tag VIP
    assert dup.changes.item(0, 4).text() == "VIP"

    next_page(qtbot, wizard, wizard.import_page)
    assert "Added 2, updated 1, skipped 0, rejected 1" in wizard.import_page.summary.text()
    got = dict(ws.conn.execute("SELECT display_name, tags_text FROM members").fetchall())
    assert got == {"张伟": "VIP", "李娜": "读书、跑步", "赵六": ""}
    assert ws.conn.execute("SELECT count(*) FROM memberships WHERE community_id = ?",
                           (ws.club,)).fetchone()[0] == 3


def test_cancel_leaves_the_workspace_unchanged(qtbot, ws, tmp_path):
    path = tmp_path / "many.csv"
    path.write_text("姓名,手机号\n" + "".join(f"成员{i},139{i:08d}\n" for i in range(3000)),
                    encoding="utf-8")
    before = checksum(ws.conn)
    wizard = make(qtbot, ws, path)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard, wizard.check_page)
    next_page(qtbot, wizard, wizard.duplicates_page)
    page = wizard.import_page
    original = page.initializePage

    def start_then_cancel():
        original()
        page.task.cancelled.set()  # as if Cancel was pressed before the first 1,000 rows

    page.initializePage = start_then_cancel
    with qtbot.waitSignal(page.ready, timeout=20_000):
        wizard.next()
    assert "nothing was changed" in page.summary.text()
    assert checksum(ws.conn) == before


def test_presets_and_header_row(qtbot, ws, tmp_path, monkeypatch):
    path = tmp_path / "wecom.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["企业微信 客户列表"])
    sheet.merge_cells("A1:C1")
    sheet.append(["客户名称", "联系手机", "添加时间"])
    sheet.append(["李娜", "13900139000", "2024-03-05"])
    book.save(path)
    wizard = make(qtbot, ws, path)
    next_page(qtbot, wizard)
    assert wizard.preview_page.header_row.value() == 2
    next_page(qtbot, wizard)
    page = wizard.mapping_page
    assert not page.isComplete()  # no header it knows: choose the name column
    page.combos[0].setCurrentIndex(page.combos[0].findData("display_name"))
    page.combos[1].setCurrentIndex(page.combos[1].findData("phone"))
    assert page.isComplete()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("企业微信客户", True))
    page._on_save_clicked()
    assert page.presets.currentText() == "企业微信客户"
    assert wizard.undo_stack.count() == 1  # the user's preset: one undo step
    page.set_mapping({})
    page._on_presets_activated(page.presets.findData("企业微信客户"))
    assert wizard.mapping == {0: "display_name", 1: "phone"}
    page.combos[1].setCurrentIndex(page.combos[1].findData("display_name"))
    assert "one column only" in page.warning.text() and not page.isComplete()


def test_an_unreadable_file_says_why(qtbot, ws, tmp_path):
    path = tmp_path / "bad.xlsx"
    path.write_bytes(b"PK\x03\x04broken")
    wizard = make(qtbot, ws, path)
    assert not wizard.file_page.isComplete()
    assert "bad.xlsx" in wizard.file_page.info.text()


def test_fixing_the_file_and_checking_again(qtbot, ws, source):
    wizard = make(qtbot, ws, source)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard, wizard.check_page)
    assert wizard.check_page.problems.rowCount() == 1 and not wizard.check_page.isComplete()
    source.write_bytes(CSV.replace("1.38001E+10", "13700137001").encode("gbk"))
    wizard.back()
    next_page(qtbot, wizard, wizard.check_page)
    assert wizard.check_page.problems.rowCount() == 0 and wizard.check_page.isComplete()


def test_the_check_lists_rows_that_are_not_members(qtbot, ws, tmp_path):
    """A totals row and a row naming nobody are shown on the check page, not imported, and
    do not block a strict import (issue 14, item 10)."""
    path = tmp_path / "m.csv"
    path.write_bytes("姓名,手机号,城市\n李娜,13900139000,北京\n,,杭州\n合计,1人,\n"
                     .encode())
    wizard = make(qtbot, ws, path)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard, wizard.check_page)
    page = wizard.check_page
    shown = [[page.problems.item(r, c).text() for c in range(3)]
             for r in range(page.problems.rowCount())]
    assert shown == [["3", "姓名", "no name, nickname, phone, WeChat id or email: not a member"],
                     ["4", "姓名", "a totals row, not a member"]]
    assert "2 row(s) are not members" in page.summary.text()
    assert page.isComplete()  # strict, and nothing is invalid
    next_page(qtbot, wizard, wizard.duplicates_page)
    next_page(qtbot, wizard, wizard.import_page)
    assert wizard.result.added == 1
    assert "passed over" in wizard.import_page.summary.text()


@pytest.mark.parametrize("codec, label, name", [
    ("cp950", "Big5", "陳小明"), ("cp932", "Shift-JIS", "佐藤太郎"), ("gbk", "GBK", "张晓明")])
def test_the_file_page_shows_the_encoding_and_the_first_row(qtbot, ws, tmp_path, codec, label,
                                                            name):
    path = tmp_path / "m.csv"
    path.write_bytes(f"name,phone\r\n{name},13900139000\r\n".encode(codec))
    wizard = make(qtbot, ws, path)
    info = wizard.file_page.info.text()
    assert label in info and "detected" in info and name in info


def test_an_encoding_can_be_chosen_when_it_cannot_be_told_or_is_wrong(qtbot, ws, tmp_path):
    path = tmp_path / "m.csv"
    path.write_bytes("name,phone\r\nJosé,13900139000\r\n".encode("latin-1"))
    wizard = make(qtbot, ws, path)
    page = wizard.file_page
    assert not page.isComplete()
    assert "CSV UTF-8" in page.info.text()
    assert page.encoding.isEnabled()  # the way to open it anyway
    # EUC-KR is never guessed (it reads as GBK): the one who sees the names chooses it.
    path.write_bytes("name,phone\r\n김민준,13900139000\r\n".encode("cp949"))
    page.open_path(path)
    assert page.isComplete() and "김민준" not in page.info.text()
    page.encoding.setCurrentIndex(page.encoding.findData("cp949"))
    page.encoding.activated.emit(page.encoding.currentIndex())
    assert page.isComplete()
    assert "EUC-KR" in page.info.text() and "김민준" in page.info.text()
    assert wizard.source.table.encoding == "cp949"  # what the check and the import read


def test_the_import_is_one_undo_step_that_restores_the_workspace(qtbot, ws, source):
    from PySide6.QtGui import QUndoStack

    from tests.checksums import checksum as table_checksums
    from tests.checksums import differing, fts_ok

    stack, told = QUndoStack(), []
    wizard = ImportWizard(ws, ws.club, path=source, undo_stack=stack, notify=told.append)
    qtbot.addWidget(wizard)
    wizard.show()
    before = table_checksums(ws.conn)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard, wizard.check_page)
    wizard.check_page.skip.setChecked(True)
    next_page(qtbot, wizard, wizard.duplicates_page)
    with qtbot.waitSignal(wizard.duplicates_page.ready, timeout=20_000):
        wizard.duplicates_page.buttons.button(1).setChecked(True)  # update empty fields
    next_page(qtbot, wizard, wizard.import_page)
    assert "Added 2, updated 1" in wizard.import_page.summary.text()
    after = table_checksums(ws.conn)
    assert stack.count() == 1 and len(told) == 1 and told[0].source == "import"
    wizard.close()
    stack.undo()
    assert differing(table_checksums(ws.conn), before) == [] and fts_ok(ws.conn)
    stack.redo()
    assert differing(table_checksums(ws.conn), after) == []
    assert len(told) == 3
