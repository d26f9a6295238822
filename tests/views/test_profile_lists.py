"""A member's profile, list by list: stored codes read in the window's language, and every
empty list says what belongs there and how to add it."""

from __future__ import annotations

import pytest

from desktop import i18n
from models.members import records
from models.plan.document import add_row
from tests.views.test_roster_view import view, ws  # noqa: F401
from views.table_hint import empty_hint


@pytest.fixture
def chinese(qapp):
    i18n.use_language("zh_CN")
    yield
    i18n.use_language("en")


def _cells(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def _needs_table(dialog):
    [page] = [dialog.tabs.widget(i) for i in range(dialog.tabs.count())
              if dialog.tabs.tabText(i) in ("Needs", "需求")]
    return page


def test_a_members_needs_read_in_chinese_not_as_stored_codes(chinese, ws, view):  # noqa: F811
    add_row(ws.conn, "needs", ws.c1.id, {"member_id": ws.ids["张伟"], "text": "往期回放",
                                         "kind": "个性", "urgency": 2, "importance": 4,
                                         "status": "done"})
    dialog = view.open_profile(ws.ids["张伟"])
    [row] = _cells(_needs_table(dialog))
    assert row[1] == "往期回放"
    assert row[5] == "已完成"  # was "done": English in the Chinese window
    dialog.close()


def test_a_members_needs_read_in_english_not_as_stored_words(ws, view):  # noqa: F811
    add_row(ws.conn, "needs", ws.c1.id, {"member_id": ws.ids["张伟"], "text": "往期回放",
                                         "kind": "个性", "urgency": 2, "importance": 4,
                                         "status": "planned"})
    dialog = view.open_profile(ws.ids["张伟"])
    [row] = _cells(_needs_table(dialog))
    assert (row[2], row[5]) == ("Individual", "Planned")  # was 个性 and planned
    dialog.close()


def test_every_empty_list_in_a_profile_says_what_to_do(ws, view):  # noqa: F811
    new_id, _ = records.create_member(ws.conn, {"display_name": "新人"})
    dialog = view.open_profile(new_id)
    tables = {dialog.tabs.tabText(i): dialog.tabs.widget(i) for i in range(dialog.tabs.count())}
    from PySide6.QtWidgets import QTableWidget

    said = {}
    for tab, page in tables.items():
        found = [page] if isinstance(page, QTableWidget) else page.findChildren(QTableWidget)
        for table in found:
            said.setdefault(tab, []).append(empty_hint(table))
    assert "Add to community…" in said["Communities"][0]
    assert "referrer" in said["Referrals"][0]
    assert "Grant some above" in said["Points"][0]
    assert "Log interaction…" in said["Activity"][0]
    assert "form below" in said["Violations"][0]
    assert "Needs backlog" in said["Needs"][0]
    dialog.close()


def test_the_hint_goes_once_the_list_has_rows(ws, view):  # noqa: F811
    dialog = view.open_profile(ws.ids["张伟"])
    table = dialog.memberships_tab.table
    assert table.rowCount() == 1 and empty_hint(table) == ""
    dialog.close()


def test_the_tab_holding_a_refused_value_is_marked(ws, view):  # noqa: F811
    """Save went grey on the Details tab with nothing saying the refused value was under
    Custom fields."""
    from models.members import custom_fields
    from models.members.field_values import Kind

    custom_fields.define_field(ws.conn, "孩子年龄", Kind.NUMBER, ())
    dialog = view.open_profile(ws.ids["张伟"])
    [editor] = dialog.fields_form.editors.values()
    fields_tab = dialog.tabs.indexOf(dialog.fields_form)
    editor.editor.setText("三岁半")
    assert not dialog.save_button.isEnabled()
    assert not dialog.tabs.tabIcon(fields_tab).isNull()
    assert "Custom fields" in dialog.save_button.toolTip()
    editor.editor.setText("3")
    assert dialog.save_button.isEnabled()
    assert dialog.tabs.tabIcon(fields_tab).isNull() and dialog.save_button.toolTip() == ""
    dialog.close()


def _titles(dialog) -> list[str]:
    return [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]


def test_recording_a_violation_keeps_every_tab_and_lists_it(ws, view):  # noqa: F811
    """It replaced the Activity tab with a second Violations tab (indices from before the
    Custom fields tab was added)."""
    dialog = view.open_profile(ws.ids["张伟"])
    titles = _titles(dialog)
    dialog.violation_rule.setText("发广告")
    dialog._on_record_violation_clicked()
    assert _titles(dialog) == titles
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Violations"
    page = dialog.tabs.currentWidget()
    [table] = [t for t in page.findChildren(type(dialog.activity_table))]
    assert [table.item(r, 2).text() for r in range(table.rowCount())] == ["发广告"]
    dialog.close()


def test_logging_an_interaction_keeps_the_points_tab(ws, view):  # noqa: F811
    dialog = view.open_profile(ws.ids["张伟"])
    titles = _titles(dialog)
    quick = dialog.log_interaction()
    quick.note.setText("分享了活动海报")
    quick.accept()
    assert _titles(dialog) == titles  # the Points tab was replaced by a second Activity tab
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Activity"
    dialog.close()


def test_granted_points_show_in_the_ledger_at_once(ws, view):  # noqa: F811
    dialog = view.open_profile(ws.ids["张伟"])
    dialog.points_delta.setValue(30)
    dialog.points_reason.setText("活动签到")
    dialog._on_grant_clicked()
    assert dialog.balance.text() == "Balance: 30"
    page = dialog.tabs.widget(dialog.tabs.indexOf(dialog.balance.parentWidget()))
    [ledger] = page.findChildren(type(dialog.activity_table))
    # was: the balance said 30 and the ledger under it stayed empty
    assert [ledger.item(r, 2).text() for r in range(ledger.rowCount())] == ["活动签到"]
    assert _titles(dialog)[dialog.tabs.currentIndex()] == "Points"
    assert dialog.summary.text().startswith("Points 30 ·")  # the line above the tabs too
    dialog.close()


def test_an_undo_from_the_window_shows_in_an_open_profile(ws, view):  # noqa: F811
    """Points granted, the profile left open on another tab, Ctrl+Z in the window: the
    ledger, the balance and the line above the tabs follow, and the tab stays where the
    user is. Undoing the member's own creation closes the profile."""
    dialog = view.open_profile(ws.ids["张伟"])
    dialog.points_delta.setValue(30)
    dialog.points_reason.setText("活动签到")
    dialog._on_grant_clicked()
    dialog.tabs.setCurrentIndex(0)
    view.stack_.undo()
    assert dialog.balance.text() == "Balance: 0"
    page = dialog.tabs.widget(dialog.tabs.indexOf(dialog.balance.parentWidget()))
    [ledger] = page.findChildren(type(dialog.activity_table))
    assert ledger.rowCount() == 0
    assert dialog.summary.text().startswith("Points 0 ·")
    assert dialog.tabs.currentIndex() == 0
    view.stack_.redo()
    assert dialog.balance.text() == "Balance: 30"
    dialog.close()


def test_a_profile_whose_member_an_undo_removed_closes(ws, view, qtbot):  # noqa: F811
    member_id, _ = records.create_member(ws.conn, {"display_name": "新人"})
    dialog = view.open_profile(member_id)
    with ws.conn:
        ws.conn.execute("DELETE FROM members WHERE id = ?", (member_id,))
    dialog._on_history_moved()
    assert not dialog.isVisible()


def test_a_long_event_title_is_elided_in_its_column_and_whole_on_hover(ws, view, qtbot):  # noqa: F811,E501
    """A long event name widened its column past the dialog (the note went off to the right)
    and was cut off with no way to read it."""
    from PySide6.QtCore import Qt

    from models.events import schedule
    from models.events.schedule import EventFields

    title = ("2026 读书会年度分享会暨新书发布与作者见面签售活动（第三季·线下场，含茶歇与合影）")
    event, _ = schedule.create_event(ws.conn, EventFields(
        title=title, starts_at="2026-11-05T19:00:00+08:00",
        ends_at="2026-11-05T21:00:00+08:00", community_id=ws.c1.id))
    with ws.conn:
        ws.conn.execute("INSERT INTO activities (member_id, community_id, occurred_at, kind,"
                        " event_id, note) VALUES (?, ?, '2026-11-05T19:30:00+08:00', '参加活动',"
                        " ?, '带了朋友来')", (ws.ids["张伟"], ws.c1.id, event.id))
    dialog = view.open_profile(ws.ids["张伟"])
    dialog.tabs.setCurrentWidget(dialog.activity_page)
    qtbot.waitExposed(dialog)
    table = dialog.activity_table
    [row] = [r for r in range(table.rowCount()) if table.item(r, 4).text() == title]
    assert table.item(row, 4).toolTip() == title  # the whole name, on hover
    assert table.item(row, 5).toolTip() == "带了朋友来"
    # every column in view: the note is not pushed off to the right by the title
    assert table.horizontalHeader().length() <= table.viewport().width()
    assert table.columnWidth(4) < table.fontMetrics().horizontalAdvance(title)
    assert not table.wordWrap() and table.textElideMode() != Qt.TextElideMode.ElideNone
    dialog.close()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_profile_opens_within_the_screen_in_either_language(lang, ws, view, qtbot):  # noqa: F811,E501
    """The English profile opened 1,216 px wide: the timeline's nine kinds, each with its
    count, stood in one row that would not wrap."""
    i18n.use_language(lang)
    try:
        dialog = view.open_profile(ws.ids["张伟"])
        qtbot.waitExposed(dialog)
        room = dialog.screen().availableGeometry()
        assert dialog.width() <= room.width() and dialog.height() <= room.height()
        dialog.tabs.setCurrentWidget(dialog.timeline_tab)
        qtbot.wait(10)
        tab = dialog.timeline_tab
        for box in tab.kind_boxes.values():  # wrapped onto more lines, none cut off
            right = box.mapTo(tab, box.rect().topRight()).x()
            assert box.isVisible() and right <= tab.width(), box.text()
        dialog.close()
    finally:
        i18n.use_language("en")
