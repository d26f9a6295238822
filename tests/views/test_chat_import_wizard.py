"""File > Import Chat Records, step by step, over a real workspace; the readers and the
chat import are stand-ins shaped as their API (tests/views/chat_fakes.py)."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMainWindow, QWizard

from models.members import records
from models.members.communities import create_community
from models.store.workspace import open_workspace
from tests.views import chat_fakes
from views.chat_import.speakers import DECISION, IGNORE, NEW
from views.chat_import.wizard import ChatImportWizard

MESSAGES = [
    ("2024-03-01T09:00:00", "张伟", "10001"),
    ("2024-03-01T09:01:00", "李娜", "10002"),
    ("2024-03-01T09:02:00", "李娜", "10002"),
    ("2024-03-02T20:15:00", "王芳", "10003"),
    ("2024-03-05T21:00:00", "陈静", "10004"),
    ("2024-03-05T21:01:00", "陈静", "10004"),
    ("2024-03-05T21:02:00", "陈静", "10004"),
]


def checksum(conn) -> str:
    digest = hashlib.sha256()
    for table in ("members", "memberships", "activities", "member_identities"):
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1"):
            digest.update(repr(row).encode())
    return digest.hexdigest()


@pytest.fixture
def fakes(monkeypatch):
    return chat_fakes.install(monkeypatch)


@pytest.fixture
def ws(workspace_path):
    with open_workspace(workspace_path) as ws:
        ws.club = create_community(ws.conn, "读书会").id
        ws.other = create_community(ws.conn, "跑团").id
        ws.zhang, _ = records.create_member(ws.conn, {"display_name": "张伟"}, ws.club)
        # Two members named 李娜: the speaker 李娜 is ambiguous.
        ws.lina1, _ = records.create_member(ws.conn, {"display_name": "李娜",
                                                      "phone": "13900139000"})
        ws.lina2, _ = records.create_member(ws.conn, {"display_name": "李娜", "city": "杭州"})
        yield ws


@pytest.fixture
def chat(tmp_path):
    return chat_fakes.write_chat(tmp_path / "群聊.txt", MESSAGES)


def make(qtbot, ws, path=None, community=None, **kw) -> ChatImportWizard:
    wizard = ChatImportWizard(ws, community if community is not None else ws.club, path=path,
                              **kw)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def to_review(qtbot, wizard) -> None:
    with qtbot.waitSignal(wizard.review_page.ready, timeout=20_000):
        wizard.next()


def row_of(wizard, name: str) -> int:
    model = wizard.review_page.model
    return next(r for r, s in enumerate(model.rows) if s.person.name == name)


def test_detected_format_and_the_whole_import(qtbot, ws, chat, fakes):
    wizard = make(qtbot, ws, chat)
    page = wizard.file_page
    assert page.isComplete()
    assert "QQ" in page.format.itemText(0) and page.format.currentData() == "auto"
    assert "QQ" in page.info.text() and "读书会 1 群" in page.info.text()
    assert page.community.currentData() == ws.club
    assert not page.keep_text.isChecked()  # text is personal data: off unless asked

    to_review(qtbot, wizard)
    assert wizard.currentId() == wizard.REVIEW  # no mapping step for a chat export
    review = wizard.review_page
    summary = review.summary.text()
    for part in ("7 message(s) from 4 people, 2024-03-01 to 2024-03-05", "读书会 1 群",
                 "1 matched automatically"):
        assert part in summary
    model = review.model
    assert sorted(s.person.name for s in model.rows) == ["李娜", "王芳", "陈静"]
    assert model.rows[0].person.name == "陈静"  # most messages first
    lina = row_of(wizard, "李娜")
    assert "2 members have this name" in model.index(lina, 5).data()
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "Import"
    assert review.isComplete()

    # The ambiguous speaker offers both namesakes first, told apart.
    choices = model.choices(lina)
    assert [d for _, d in choices[:2]] == [("link", ws.lina1), ("link", ws.lina2)]
    assert "13900139000" in choices[0][0] and "杭州" in choices[1][0]
    # a namesake of several members is left out until one is picked (a new member would
    # be a third namesake); someone nobody matches becomes a new member
    assert model.index(lina, DECISION).data() == "Ignore"
    assert model.index(row_of(wizard, "陈静"), DECISION).data() == "Create a new member"
    model.decide(lina, ("link", ws.lina2))
    model.decide(row_of(wizard, "王芳"), IGNORE)

    review.show_matched.setChecked(True)
    assert any(s.person.name == "张伟" for s in model.rows)
    zhang = row_of(wizard, "张伟")
    assert "by unique name" in model.index(zhang, 5).data()
    assert not model.flags(model.index(zhang, DECISION)) & Qt.ItemFlag.ItemIsEditable

    with qtbot.waitSignal(wizard.import_page.ready, timeout=20_000):
        wizard.next()
    options = fakes[-1]["options"]
    assert options.community_id == ws.club and options.keep_text is False
    assert dict(options.decisions) == {("qq", "10002"): ("link", ws.lina2),
                                       ("qq", "10003"): IGNORE, ("qq", "10004"): NEW}
    done = wizard.import_page
    assert done.title() == "Imported"
    assert "Added 6 message(s)" in done.summary.text()
    assert "New members: 1." in done.details.text()
    assert "Edit > Undo" in done.details.text()
    assert ws.conn.execute("SELECT count(*) FROM members WHERE display_name = '陈静'"
                           ).fetchone()[0] == 1
    assert wizard.undo_stack.count() == 1
    wizard.undo_stack.undo()
    assert ws.conn.execute("SELECT count(*) FROM members WHERE display_name = '陈静'"
                           ).fetchone()[0] == 0


def test_bulk_choices_and_keep_text(qtbot, ws, chat, fakes):
    wizard = make(qtbot, ws, chat)
    wizard.file_page.keep_text.setChecked(True)
    wizard.file_page.community.setCurrentIndex(wizard.file_page.community.findData(ws.other))
    to_review(qtbot, wizard)
    review = wizard.review_page
    review.ignore_all.click()
    assert set(wizard.decisions.values()) == {IGNORE}
    review.create_all.click()
    assert set(wizard.decisions.values()) == {NEW}
    with qtbot.waitSignal(wizard.import_page.ready, timeout=20_000):
        wizard.next()
    options = fakes[-1]["options"]
    assert options.keep_text is True and options.community_id == ws.other


def test_a_member_picked_by_search(qtbot, ws, chat, fakes, monkeypatch):
    wizard = make(qtbot, ws, chat)
    to_review(qtbot, wizard)
    review = wizard.review_page
    row = row_of(wizard, "王芳")
    seen = {}

    def pick(picker):
        seen["hint"] = picker.hint.text()  # 王芳 is nobody here: the picker says what to try
        picker.search.setText("张")
        picker.choose(ws.zhang)
        picker.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(review, "exec_picker", pick)
    review.table.setCurrentIndex(review.model.index(row, 0))
    review.link.click()
    assert "Nobody matches" in seen["hint"]
    assert wizard.decisions[("qq", "10003")] == ("link", ws.zhang)
    assert review.model.index(row, DECISION).data().startswith("Link to 张伟")


def test_enter_in_the_table_opens_the_choice_and_does_not_import(qtbot, ws, chat, fakes):
    wizard = make(qtbot, ws, chat)
    to_review(qtbot, wizard)
    table = wizard.review_page.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert wizard.currentId() == wizard.REVIEW
    assert table.state() == table.State.EditingState
    assert not fakes  # nothing asked of the import


def test_problems_in_the_file_disable_import(qtbot, ws, tmp_path, fakes):
    path = chat_fakes.write_chat(tmp_path / "cut.txt", MESSAGES,
                                 problems=[[12, "chat_truncated", {"line": 12}],
                                           [3, "no_such_code_yet", {"line": 3, "value": "x"}]])
    wizard = make(qtbot, ws, path)
    to_review(qtbot, wizard)
    review = wizard.review_page
    assert not review.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert review.blocked.isVisible() and "must be fixed" in review.blocked.text()
    lines = [review.problems.item(i).text() for i in range(review.problems.count())]
    assert any("12" in line for line in lines)
    assert any(line.startswith("line 3:") for line in lines)  # an unworded code still says where
    assert not review.create_all.isEnabled()


def test_cancel_leaves_nothing_written(qtbot, ws, chat, fakes):
    before = checksum(ws.conn)
    wizard = make(qtbot, ws, chat)
    to_review(qtbot, wizard)
    chat_fakes.WAIT_FOR_CANCEL["on"] = True  # the import writes, then waits for Cancel
    page = wizard.import_page
    original = page.initializePage

    def start_then_cancel():
        original()
        page.task.cancel()

    page.initializePage = start_then_cancel
    with qtbot.waitSignal(page.ready, timeout=20_000):
        wizard.next()
    assert page.title() == "Import cancelled"
    assert "nothing was changed" in page.summary.text()
    assert checksum(ws.conn) == before
    assert wizard.undo_stack.count() == 0


def test_sheet_goes_through_the_mapping_step(qtbot, ws, tmp_path, fakes):
    path = tmp_path / "记录.csv"
    path.write_text("时间,群昵称,微信号,金额\n2024-03-01 09:00,张伟,zw_1,12.5\n"
                    "2024-03-02 10:00,赵六,zl_2,\n", encoding="utf-8")
    wizard = make(qtbot, ws, path)
    assert "sheet" in wizard.file_page.info.text()
    wizard.next()
    assert wizard.currentId() == wizard.MAPPING
    mapping = wizard.mapping_page
    assert mapping.time.currentData() == 0 and mapping.person.currentData() == 1
    assert mapping.handle.currentData() == "nickname"
    assert mapping.person2.currentData() == 2 and mapping.handle2.currentData() == "wechat_id"
    assert "2024-03-01 09:00" in mapping.samples[mapping.time].text()
    assert mapping.isComplete()
    mapping.person.setCurrentIndex(mapping.person.findData(2))
    mapping.person2.setCurrentIndex(mapping.person2.findData(1))
    mapping.handle.setCurrentIndex(mapping.handle.findData("wechat_id"))
    mapping.handle2.setCurrentIndex(mapping.handle2.findData("name"))
    mapping.amount.setCurrentIndex(mapping.amount.findData(0))  # the time column twice
    assert not mapping.isComplete() and "one field" in mapping.warning.text()
    mapping.amount.setCurrentIndex(mapping.amount.findData(3))
    assert mapping.isComplete()
    to_review(qtbot, wizard)
    chosen = wizard.source.mapping
    assert (chosen.time, chosen.person, chosen.person_handle, chosen.person2,
            chosen.person2_handle, chosen.amount) == (0, 2, "wechat_id", 1, "name", 3)
    review = wizard.review_page
    assert "2 message(s) from 2 people" in review.summary.text()
    assert sorted(s.person.name for s in review.model.rows) == ["赵六"]  # 张伟 is matched


def test_a_file_no_reader_reads_says_why(qtbot, ws, tmp_path, fakes):
    path = tmp_path / "photo.bin"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    wizard = make(qtbot, ws, path)
    page = wizard.file_page
    assert not page.isComplete()
    assert "photo.bin" in page.info.text() and "not a chat export" in page.info.text()
    assert page.format.itemText(0) == "Detect from the content"  # nothing was found


def test_a_chosen_format_is_kept(qtbot, ws, chat, fakes):
    wizard = make(qtbot, ws)
    wizard.file_page.choose_format("wechat")
    assert wizard.file_page.open_path(chat)
    assert wizard.source.format == "wechat"
    assert "Read as a WeChat export" in wizard.file_page.info.text()


def test_no_community_says_what_to_do(qtbot, workspace_path, fakes, tmp_path):
    with open_workspace(workspace_path) as ws:
        path = chat_fakes.write_chat(tmp_path / "a.txt", MESSAGES)
        wizard = ChatImportWizard(ws, None, path=path)
        qtbot.addWidget(wizard)
        wizard.show()
        assert not wizard.file_page.isComplete()
        assert wizard.file_page.no_community.isVisible()
        assert "New Community" in wizard.file_page.no_community.text()


def test_the_folder_and_format_are_remembered(qtbot, ws, chat, fakes):
    from desktop import settings
    from desktop.chat_files import open_chat_import_wizard

    window = QMainWindow()
    qtbot.addWidget(window)
    window.undo_stack = wizard_stack = QUndoStack(window)
    window.apply_changes = lambda change: None
    wizard = open_chat_import_wizard(window, ws, ws.club)
    assert wizard.file_page.format.currentData() == "auto"
    wizard.file_page.choose_format("qq")
    wizard.file_page.open_path(chat)
    assert settings.get(settings.CHAT_IMPORT_FOLDER) == str(chat.parent)
    assert settings.get(settings.CHAT_IMPORT_FORMAT) == "qq"
    wizard.close()
    again = open_chat_import_wizard(window, ws, ws.club)
    assert again.file_page.format.currentData() == "qq"
    assert again.last_folder == str(chat.parent)
    again.close()
    assert wizard_stack.count() == 0
