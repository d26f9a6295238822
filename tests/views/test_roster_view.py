"""The roster tab, driven as a user drives it: typing, filtering, sorting, editing, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QMessageBox

from models.members import records
from models.members.communities import create_community
from models.members.roster import Column
from models.store.workspace import open_workspace
from views.roster.table_model import PAGE, RosterTableModel
from views.roster.view import RosterView

PEOPLE = [
    # name, nickname, phone, city, source, tags
    ("张伟", "阿伟", "13800138000", "杭州", "朋友推荐", ["宝妈"]),
    ("张小红", "小红", "13912345678", "上海", "公众号", []),
    ("王芳", "Lucky", "13700001111", "杭州", "公众号", ["宝妈", "VIP"]),
    ("曾小贤", None, "15000002222", "北京", "小红书", []),
    ("丁一", None, None, "杭州", "线下活动", []),
    ("李伟", None, "18611112222", "深圳", "朋友推荐", ["VIP"]),
]


@pytest.fixture
def ws(workspace_path):
    with open_workspace(workspace_path) as ws:
        ws.c1 = create_community(ws.conn, "读书会")
        ws.c2 = create_community(ws.conn, "跑步群")
        ws.ids = {}
        for i, (name, nick, phone, city, source, tags) in enumerate(PEOPLE):
            mid, _ = records.create_member(ws.conn, {
                "display_name": name, "nickname": nick, "phone": phone, "city": city,
                "source": source}, community_id=ws.c1.id if i % 2 == 0 else ws.c2.id)
            if tags:
                records.add_tags(ws.conn, [mid], tags)
            ws.ids[name] = mid
        yield ws


@pytest.fixture
def told(monkeypatch) -> list[str]:
    """What the user was told in message boxes (none is left waiting on screen)."""
    said: list[str] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a, **k: (
            said.append(text), QMessageBox.StandardButton.Yes)[1])
    return said


@pytest.fixture
def view(ws, qtbot):
    stack = QUndoStack()
    view = RosterView(ws, stack)
    view.changed.connect(view.apply_changes)  # the window does this for every tab
    qtbot.addWidget(view)
    view.stack_ = stack
    return view


def shown(view) -> list[str]:
    model = view.model
    return [model.row_at(r).display_name for r in range(model.rowCount())]


def type_in(edit, text):
    """Type like a user, a character at a time (QTest.keyClicks only knows ASCII)."""
    for char in text:
        edit.insert(char)


def type_search(view, qtbot, text):
    view.search.clear()
    type_in(view.search, text)
    qtbot.waitUntil(lambda: not view._search_timer.isActive())


@pytest.mark.parametrize("text, expected", [
    ("张", ["张伟", "张小红"]),
    ("小红", ["张小红"]),
    ("张小红", ["张小红"]),
    ("zhangwei", ["张伟"]),
    ("zw", ["张伟"]),
    ("1234", ["张小红"]),
    ("宝妈", ["王芳", "张伟"]),
])
def test_typing_filters_as_you_type(view, qtbot, text, expected):
    type_search(view, qtbot, text)
    assert sorted(shown(view)) == sorted(expected)
    qtbot.waitUntil(lambda: view.count_label.text() == f"{len(expected)} member(s)")


def test_names_sort_by_pinyin_and_any_column_sorts(view, qtbot):
    assert shown(view) == ["丁一", "李伟", "王芳", "曾小贤", "张伟", "张小红"]  # d l w z z
    view.table.sortByColumn(list(Column).index(Column.NAME), Qt.SortOrder.DescendingOrder)
    assert shown(view)[0] == "张小红"
    view.table.sortByColumn(list(Column).index(Column.CITY), Qt.SortOrder.AscendingOrder)
    cities = [view.model.row_at(r).city for r in range(view.model.rowCount())]
    assert cities == sorted(cities)


def test_filters(view, ws, qtbot):
    view.filters_button.setChecked(True)
    qtbot.waitUntil(lambda: len(view.filter_bar.cities.menu().actions()) > 0)
    for action in view.filter_bar.cities.menu().actions():
        if action.data() == "杭州":
            action.setChecked(True)
    assert sorted(shown(view)) == sorted(["丁一", "张伟", "王芳"])
    for action in view.filter_bar.sources.menu().actions():
        if action.data() == "公众号":
            action.setChecked(True)
    assert shown(view) == ["王芳"]
    view.filter_bar.reset()
    assert len(shown(view)) == 6
    view.set_community(ws.c2.id)
    assert sorted(shown(view)) == sorted(["李伟", "张小红", "曾小贤"])


def test_saved_segment_is_picked_again(view, ws, qtbot, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("杭州宝妈", True))
    type_search(view, qtbot, "宝妈")
    view.filter_bar.save_segment.click()
    view.search.clear()
    qtbot.waitUntil(lambda: len(shown(view)) == 6)
    index = view.filter_bar.segments.findText("杭州宝妈")
    assert index > 0
    view.filter_bar.segments.activated.emit(index)
    assert view.search.text() == "宝妈"
    assert sorted(shown(view)) == sorted(["王芳", "张伟"])


def test_inline_edit_is_undoable(view, ws, qtbot):
    row = shown(view).index("王芳")
    index = view.model.index(row, list(Column).index(Column.CITY))
    assert view.model.setData(index, "苏州")
    assert records.get_member(ws.conn, ws.ids["王芳"]).city == "苏州"
    assert view.model.data(index) == "苏州"
    view.stack_.undo()
    assert records.get_member(ws.conn, ws.ids["王芳"]).city == "杭州"
    view.stack_.redo()
    assert records.get_member(ws.conn, ws.ids["王芳"]).city == "苏州"


def test_bulk_tag_stage_points_and_community_with_undo(view, ws, qtbot, monkeypatch):
    view.table.selectAll()
    ids = view.selected_ids()
    assert len(ids) == 6 and view.bulk_bar.isVisibleTo(view)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("新人", True))
    view.add_tag_to_selected()
    assert all("新人" in records.member_tag_names(ws.conn, [i])[i] for i in ids)
    view.set_stage_of_selected("activation")
    assert {records.get_member(ws.conn, i).lifecycle for i in ids} == {"activation"}
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (15, True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("新年红包", True))
    view.grant_points_to_selected()
    assert {records.get_member(ws.conn, i).points for i in ids} == {15}
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("跑步群", True))
    view.join_selected()
    count = ws.conn.execute("SELECT count(*) FROM memberships WHERE community_id = ?",
                            (ws.c2.id,)).fetchone()[0]
    assert count == 6
    for _ in range(4):
        view.stack_.undo()
    assert ws.conn.execute("SELECT count(*) FROM memberships WHERE community_id = ?",
                           (ws.c2.id,)).fetchone()[0] == 3
    assert {records.get_member(ws.conn, i).points for i in ids} == {0}
    assert {records.get_member(ws.conn, i).lifecycle for i in ids} == {None}
    assert not any("新人" in records.member_tag_names(ws.conn, [i])[i] for i in ids)
    view.stack_.redo()
    assert all("新人" in records.member_tag_names(ws.conn, [i])[i] for i in ids)


def test_delete_goes_to_trash_and_restores(view, ws, qtbot):
    from views.roster.trash import TrashDialog

    row = shown(view).index("李伟")
    view.table.selectRow(row)
    view.delete_selected()
    assert "李伟" not in shown(view)
    trash = TrashDialog(ws, view.stack_, lambda change: (view.apply_changes(change),
                                                         trash.apply_changes(change)))
    qtbot.addWidget(trash)
    assert trash.model.rowCount() == 1
    trash.table.selectRow(0)
    trash.restore_selected()
    assert "李伟" in shown(view)
    assert trash.model.rowCount() == 0
    view.stack_.undo()  # the restore
    assert "李伟" not in shown(view)


def test_empty_trash_asks_and_deletes_for_good(view, ws, qtbot, told):
    from views.roster.trash import TrashDialog

    view.table.selectRow(0)
    view.delete_selected()
    trash = TrashDialog(ws, view.stack_, view.apply_changes)
    qtbot.addWidget(trash)
    trash.empty_trash()
    assert ws.conn.execute("SELECT count(*) FROM members").fetchone()[0] == 5
    assert view.stack_.count() == 0, "nothing left to undo into"
    assert told[-1] == "“Empty trash” cannot be undone, so the undo history was cleared."


def test_add_member_validates_as_you_type_and_flags_a_duplicate_phone(view, ws, qtbot):
    dialog = view.add_member()
    form = dialog.form
    type_in(form.name, "赵六")
    qtbot.keyClicks(form.phone, "1380013")
    assert form.validate() is False
    assert "11 digits" in form.problem.text()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(form.phone, "8000")  # now 13800138000: 张伟's number
    assert form.validate() is True
    assert 'href="member:' in form.problem.text() and "张伟" in form.problem.text()
    with qtbot.waitSignal(form.open_member_requested) as opened:
        form.problem.linkActivated.emit(f"member:{ws.ids['张伟']}")
    assert opened.args == [ws.ids["张伟"]]
    form.phone.setText("+86 139-0000-1234")
    form.tags.setText("新人，VIP")
    assert form.validate()
    dialog.ok_button.click()
    new = ws.conn.execute("SELECT id, phone FROM members WHERE display_name = '赵六'").fetchone()
    assert new[1] == "13900001234"
    assert records.member_tag_names(ws.conn, [new[0]])[new[0]] == {"新人", "VIP"}
    assert "赵六" in shown(view)
    view.stack_.undo()
    assert ws.conn.execute("SELECT count(*) FROM members WHERE display_name = '赵六'"
                           ).fetchone()[0] == 0
    view.stack_.redo()
    assert "赵六" in shown(view)


def test_profile_edit_points_violation_and_undo(view, ws, qtbot):
    dialog = view.open_profile(ws.ids["张伟"])
    dialog.form.city.setText("宁波")
    dialog.form.phone.setText("138 0013 800")  # one digit short
    assert not dialog.save()
    assert dialog.isVisible()
    dialog.form.phone.setText("138 0013 8001")
    dialog.points_delta.setValue(50)
    dialog.points_reason.setText("活动签到")
    dialog.findChild(type(dialog.erase_button), "grantPoints").click()
    assert records.get_member(ws.conn, ws.ids["张伟"]).points == 50
    dialog.violation_rule.setText("发广告")
    dialog.violation_action.setCurrentIndex(dialog.violation_action.findData("禁言"))
    dialog.findChild(type(dialog.erase_button), "recordViolation").click()
    status = ws.conn.execute("SELECT status FROM memberships WHERE member_id = ?",
                             (ws.ids["张伟"],)).fetchone()[0]
    assert status == "muted"
    assert dialog.save()
    got = records.get_member(ws.conn, ws.ids["张伟"])
    assert (got.city, got.phone) == ("宁波", "13800138001")
    view.stack_.undo()  # the edit
    got = records.get_member(ws.conn, ws.ids["张伟"])
    assert (got.city, got.phone) == ("杭州", "13800138000")
    view.stack_.undo()  # the violation
    assert ws.conn.execute("SELECT status FROM memberships WHERE member_id = ?",
                           (ws.ids["张伟"],)).fetchone()[0] == "active"


def test_erase_from_the_profile(view, ws, qtbot, monkeypatch, told):
    from views.roster.erasure import EraseDialog

    monkeypatch.setattr(EraseDialog, "exec", lambda self: EraseDialog.DialogCode.Accepted)
    view.table.selectRow(0)
    view.delete_selected()
    assert view.stack_.count() == 1
    dialog = view.open_profile(ws.ids["王芳"])
    dialog.erase_button.click()
    assert view.stack_.count() == 0, "earlier steps hold the erased values"
    assert told == ["“Erase personal data” cannot be undone, so the undo history was cleared."]
    erased = records.get_member(ws.conn, ws.ids["王芳"])
    assert erased.display_name == records.ERASED_NAME and erased.phone is None
    assert "王芳" not in shown(view)
    type_search(view, qtbot, "wangfang")
    assert shown(view) == []
    data = ws.path.read_bytes() + b"".join(
        p.read_bytes() for p in ws.path.parent.glob(ws.path.name + "-*"))
    assert b"13700001111" not in data and "王芳".encode() not in data


def test_erase_from_the_profile_cleans_the_backups_too(view, ws, qtbot, monkeypatch, told):
    from models.store import backup
    from views.roster import erasure

    ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    copies = [backup.backup_file(ws.path, backup.backups_dir(ws.path) / f"auto-{n}.qunzhu")
              for n in range(2)]
    asked = []

    def accept(self):
        asked.append((self.backups.text(), self.backups.isChecked()))
        return erasure.EraseDialog.DialogCode.Accepted

    monkeypatch.setattr(erasure.EraseDialog, "exec", accept)
    reported = []
    monkeypatch.setattr(erasure, "show_purge_result", lambda parent, result: reported.append(
        erasure.purge_summary(result)))
    dialog = view.open_profile(ws.ids["王芳"])
    dialog.erase_button.click()
    assert asked == [("Also remove them from the 2 backup(s) beside the workspace", True)]
    qtbot.waitUntil(lambda: bool(reported), timeout=20_000)
    assert reported == ["Removed from 2 backup(s); 0 did not hold them."]
    for copy in copies:
        data = copy.read_bytes()
        assert b"13700001111" not in data and "王芳".encode() not in data
        assert "张小红".encode() in data  # the others stay


def owned_model(ws, qtbot) -> RosterTableModel:
    """A model owned by a widget qtbot closes, so it never outlives the QApplication."""
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    qtbot.addWidget(owner)
    model = RosterTableModel(ws, owner)
    model.owner_ = owner  # qtbot keeps only a weak reference
    return model


def test_table_model_passes_qtmodeltester(ws, qtmodeltester, qtbot):
    model = owned_model(ws, qtbot)
    from models.members.roster import RosterFilter

    model.set_query(RosterFilter())
    qtmodeltester.check(model)


def test_model_pages_a_big_roster_and_reads_the_last_page_backwards(workspace_path, qtbot):
    from models.demo.builder import build_demo
    from models.members.roster import RosterFilter
    from tests.conftest import DEMO_TODAY

    with open_workspace(workspace_path) as ws:
        build_demo(ws, PAGE * 5 + 37, seed=2, today=DEMO_TODAY)
        model = owned_model(ws, qtbot)
        with qtbot.waitSignal(model.count_known, timeout=5000):
            model.set_query(RosterFilter())
        total = model.rowCount()
        assert total == PAGE * 5 + 37
        last = model.row_at(total - 1)
        expected = ws.conn.execute(
            "SELECT id FROM members ORDER BY name_key DESC, id DESC LIMIT 1").fetchone()[0]
        assert last.id == expected
        keys = [model.row_at(r).name_key for r in range(total)]
        assert keys == sorted(keys)
        assert len({model.row_at(r).id for r in range(total)}) == total


def test_erase_dialog_offers_backups_only_when_there_are_some(qtbot):
    from views.roster.erasure import EraseDialog

    none = EraseDialog("Erase?", 0)
    qtbot.addWidget(none)
    assert none.backups.isHidden() and not none.purge_backups()
    assert "no backups" in none.explanation.text()
    some = EraseDialog("Erase?", 3)
    qtbot.addWidget(some)
    assert not some.backups.isHidden() and some.purge_backups()  # checked by default
    some.backups.setChecked(False)
    assert not some.purge_backups()


def test_erase_from_the_trash_can_leave_the_backups(view, ws, qtbot, monkeypatch, told):
    from models.store import backup
    from views.roster import erasure
    from views.roster.trash import TrashDialog

    records.set_deleted(ws.conn, [ws.ids["李伟"]], True)
    ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    copy = backup.automatic_backup(ws.path)

    def decline_backups(self):
        self.backups.setChecked(False)
        return erasure.EraseDialog.DialogCode.Accepted

    monkeypatch.setattr(erasure.EraseDialog, "exec", decline_backups)
    trash = TrashDialog(ws, view.stack_, view.apply_changes)
    qtbot.addWidget(trash)
    trash.table.selectRow(0)
    before = copy.read_bytes()
    trash.erase_selected()
    assert records.get_member(ws.conn, ws.ids["李伟"]).phone is None
    assert copy.read_bytes() == before  # the operator chose to keep them
