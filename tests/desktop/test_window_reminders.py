"""The reminders in the window: the status-bar line opens the list, the list opens the event
in the calendar and the item in its checklist, notifications fall back to the status bar
(no tray offscreen) and can be turned off for good."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

import desktop
from desktop import paths, settings
from desktop.actions import TOOLBAR, ActionId
from models.events.schedule import EventFields, create_event
from models.materials.checklists import add_items, create_checklist
from models.store.workspace import open_workspace


@pytest.fixture
def make_window(qtbot, qapp):
    paths.set_application_names(qapp)
    windows = []

    def make(path, lang="en"):
        window = desktop.main_window(path, lang)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def coming(workspace_path):
    """A workspace with an event tomorrow evening and a checklist item due yesterday."""
    tomorrow = (datetime.now().astimezone() + timedelta(days=1)).replace(
        hour=19, minute=30, second=0, microsecond=0)
    with open_workspace(workspace_path) as ws:
        event, _ = create_event(ws.conn, EventFields(
            title="明天的沙龙", starts_at=tomorrow.isoformat(), location="咖啡馆",
            status="已发布"))
        checklist_id, _ = create_checklist(ws.conn, "沙龙物料", event_id=event.id)
        yesterday = (tomorrow - timedelta(days=2)).date().isoformat()
        add_items(ws.conn, checklist_id, [{"name": "海报", "due_on": yesterday}])
    return workspace_path


def rows_ready(window) -> bool:
    return bool(window.reminders.panel.rows())


def test_the_status_line_opens_the_list_and_the_list_opens_the_event(make_window, coming,
                                                                     qtbot):
    window = make_window(coming)
    window.show()
    qtbot.waitUntil(lambda: "Coming up in 7 days" in window.reminder_label.text())
    assert "(1 overdue)" in window.reminder_label.text()
    dock = window.reminders.dock
    assert dock.isHidden()
    qtbot.mouseClick(window.reminder_label, Qt.MouseButton.LeftButton)
    assert dock.isVisible()
    panel = window.reminders.panel
    [overdue, tomorrow] = panel.rows()
    assert overdue[0] == "Overdue" and overdue[1][0][1] == "⚠ 海报"
    assert tomorrow[0].startswith("Tomorrow · ")
    assert tomorrow[1][0] == ("19:30–20:30", "明天的沙龙", "0 signed up · 咖啡馆")
    panel._on_tree_item_activated(panel.tree.topLevelItem(1).child(0))
    assert window.tabs.currentWidget() is window.calendar_view
    assert window.calendar_view.selected().event.title == "明天的沙龙"
    assert window.calendar_view.details.title.text() == "明天的沙龙"
    panel._on_tree_item_activated(panel.tree.topLevelItem(0).child(0))
    view = window.checklist_view
    assert window.tabs.currentWidget() is view
    assert view.current().title == "沙龙物料"
    assert [view.detail.model.item(r).name for r in
            sorted(i.row() for i in view.detail.table.selectionModel().selectedRows())] == \
        ["海报"]


def test_reminders_are_a_menu_and_toolbar_command(make_window, workspace_path, qtbot):
    window = make_window(workspace_path)
    window.show()
    action = window.actions[ActionId.REMINDERS]
    assert ActionId.REMINDERS in TOOLBAR and not action.icon().isNull()
    view_menu = window.menuBar().actions()[2].menu()
    assert action in view_menu.actions()
    action.trigger()
    assert window.reminders.dock.isVisible()
    panel = window.reminders.panel
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.empty)  # nothing planned
    panel.empty.button.click()
    assert window.tabs.currentWidget() is window.calendar_view


def test_without_a_tray_the_start_up_notice_is_in_the_status_bar(make_window, coming, qtbot):
    window = make_window(coming)
    assert window.reminders.notifier.tray is None  # offscreen
    qtbot.waitUntil(lambda: rows_ready(window))
    qtbot.wait(300)
    assert window.statusBar().currentMessage() == ""  # not before the window is shown
    window.show()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Coming up"))
    assert "Tomorrow: 19:30–20:30 明天的沙龙" in window.statusBar().currentMessage()
    # in place of the reminders line, not painted over it
    assert not window.reminder_label.isVisible()


def test_a_notice_never_covers_a_message_already_showing(make_window, coming, qtbot):
    """A backup that failed or a file saved matters more than a reminder, which the
    reminders line and list still show."""
    window = make_window(coming)
    window.show()
    qtbot.waitUntil(lambda: rows_ready(window))
    window.statusBar().showMessage("Backup failed: the disk is full")
    window.reminders.notifier.status_message("Coming up", 30000)
    assert window.statusBar().currentMessage() == "Backup failed: the disk is full"
    window.statusBar().clearMessage()
    window.reminders.notifier.status_message("Coming up", 30000)
    assert window.statusBar().currentMessage() == "Coming up"


def test_notifications_can_be_turned_off_for_good(make_window, coming, qtbot):
    window = make_window(coming)
    qtbot.waitUntil(lambda: rows_ready(window))
    window.reminders.panel.notify.setChecked(False)
    assert settings.get(settings.NOTIFY) is False
    window.close()
    window.statusBar().clearMessage()
    again = make_window(coming)
    again.show()
    qtbot.waitUntil(lambda: rows_ready(again))
    qtbot.wait(300)
    assert not again.reminders.panel.notify.isChecked()
    assert again.statusBar().currentMessage() == ""


def test_a_change_elsewhere_reads_the_reminders_again(make_window, workspace_path, qtbot):
    window = make_window(workspace_path)
    panel = window.reminders.panel
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.empty)
    start = (datetime.now().astimezone() + timedelta(days=2)).replace(microsecond=0)
    window.calendar_view.perform.record(
        "create", lambda conn: create_event(conn, EventFields(
            title="后天的分享", starts_at=start.isoformat(), status="已发布")))
    qtbot.waitUntil(lambda: rows_ready(window))
    assert panel.rows()[0][1][0][1] == "后天的分享"



def test_a_message_stays_in_place_of_the_line_when_the_bar_lays_out_again(make_window, coming,
                                                                           qtbot):
    """A message (the start-up greeting, "undone", an export saved) hid the reminders line;
    as soon as any text in the status bar changed (the member count after a merge, the line
    itself after a refresh) Qt laid the bar out again and showed the line, and the two were
    painted over each other until the message timed out."""
    window = make_window(coming, "zh_CN")
    window.show()
    qtbot.waitUntil(lambda: rows_ready(window))
    bar = window.statusBar()
    bar.showMessage("已撤销：合并重复成员", 30000)
    assert not window.reminder_label.isVisible()
    # Text drawn in a taller fallback font (CJK, emoji) makes a label taller, and the bar
    # builds its layout again, which shows every line widget not explicitly hidden.
    window.count_label.setMinimumHeight(window.count_label.sizeHint().height() + 6)
    qtbot.wait(200)
    assert bar.currentMessage() == "已撤销：合并重复成员"
    assert not window.reminder_label.isVisible()
    bar.clearMessage()
    assert window.reminder_label.isVisible()  # the line is back once the message goes
