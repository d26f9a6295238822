"""The main window, built the way users and automation get it: ``desktop.main_window``."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QTabWidget

import desktop
from desktop import paths, settings
from desktop.actions import ActionId
from models.core.errors import WorkspaceLockedError
from models.schema import migrations
from models.store.workspace import open_workspace
from tests.checksums import checksum
from tests.conftest import DEMO_TODAY
from views.export_target import WrittenNotice

TAB_NAMES = ["planView", "rosterView", "calendarView", "checklistView", "analyticsView"]


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


def test_window_has_five_tabs_with_their_object_names(make_window, demo_path):
    window = make_window(demo_path)
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert tabs is not None and tabs.count() == 5
    assert [tabs.widget(i).objectName() for i in range(5)] == TAB_NAMES
    assert [tabs.tabText(i) for i in range(5)] == [
        "Plan", "Roster", "Calendar", "Checklists", "Analytics"]


def test_chinese_window_speaks_chinese(make_window, demo_path):
    window = make_window(demo_path, "zh_CN")
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert [tabs.tabText(i) for i in range(5)] == ["规划", "成员", "活动日历", "物料清单",
                                                   "数据分析"]
    assert window.menuBar().actions()[0].text().startswith("文件")
    desktop.i18n.use_language("en")


def test_status_bar_shows_the_path_and_counts_members(make_window, demo_path, qtbot):
    window = make_window(demo_path)
    assert window.path_label.text() == str(demo_path)
    qtbot.waitUntil(lambda: window.count_label.text() == "Members: 300")


def test_picker_scopes_every_tab(make_window, demo_path, qtbot):
    window = make_window(demo_path)
    picker = window.picker
    assert picker.itemText(0) == "All communities"
    assert picker.count() >= 4
    with qtbot.waitSignal(picker.community_changed) as changed:
        picker.setCurrentIndex(1)
    community_id = changed.args[0]
    assert isinstance(community_id, int)
    assert all(view.community_id == community_id for view in window.views)
    with open_workspace(demo_path, readonly=True) as ws:
        expected = ws.conn.execute(
            "SELECT count(*) FROM memberships WHERE community_id = ?", (community_id,)
        ).fetchone()[0]
    qtbot.waitUntil(lambda: window.count_label.text() == f"Members: {expected:,}")


def test_tab_bodies_report_real_numbers(make_window, demo_path, qtbot):
    window = make_window(demo_path)
    qtbot.waitUntil(lambda: window.roster_view.count_label.text() == "300 member(s)")
    calendar = window.calendar_view
    calendar.go_to(DEMO_TODAY)
    first, last = calendar.window_range()
    with open_workspace(demo_path, readonly=True) as ws:
        events = ws.conn.execute("SELECT count(*) FROM events WHERE rrule IS NULL AND"
                                 " starts_at >= ? AND starts_at < ?",
                                 (first.isoformat(), last.isoformat())).fetchone()[0]
    assert events and len([o for o in calendar.found if not o.virtual]) == events
    assert any(o.virtual for o in calendar.found)  # the demo's weekly series


def test_reminders_show_in_the_status_bar(make_window, demo_path, qtbot):
    from datetime import datetime, timedelta

    from models.events.schedule import EventFields, create_event

    tomorrow = (datetime.now().astimezone() + timedelta(days=1)).replace(microsecond=0)
    with open_workspace(demo_path) as ws:
        create_event(ws.conn, EventFields(title="明天的沙龙", starts_at=tomorrow.isoformat(),
                                          status="已发布"))
    window = make_window(demo_path)
    qtbot.waitUntil(lambda: "Coming up in 7 days" in window.reminder_label.text())
    assert "明天的沙龙" in window.reminder_label.toolTip()


def test_calendar_import_from_the_file_menu(make_window, demo_path, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    ics = tmp_path / "in.ics"
    ics.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x-1\r\n"
                    b"DTSTART:20261126T120000Z\r\nSUMMARY:\xe5\xa4\x96\xe9\x83\xa8\r\n"
                    b"END:VEVENT\r\nEND:VCALENDAR\r\n")
    shown = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(ics), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    window = make_window(demo_path)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.actions[ActionId.IMPORT_CALENDAR] in file_menu.actions()
    before = checksum(window.workspace.conn)
    window.actions[ActionId.IMPORT_CALENDAR].trigger()
    assert shown and "1 new" in shown[0]
    window.calendar_view.go_to(DEMO_TODAY)
    assert any(o.event.title == "外部" for o in window.calendar_view.found)
    after = checksum(window.workspace.conn)
    window.undo_stack.undo()  # the import is undoable: what it added goes
    assert checksum(window.workspace.conn) == before
    assert not any(o.event.title == "外部" for o in window.calendar_view.found)
    window.undo_stack.redo()
    assert checksum(window.workspace.conn) == after


def test_a_second_window_on_the_same_workspace_is_refused(make_window, demo_path):
    make_window(demo_path)
    with pytest.raises(WorkspaceLockedError):
        desktop.main_window(demo_path, "en")


def test_opening_a_newer_file_warns_and_keeps_the_current_workspace(
        make_window, demo_path, tmp_path, monkeypatch):
    future = tmp_path / "future.qunzhu"
    with open_workspace(future) as ws:
        ws.conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    window = make_window(demo_path)
    assert window.open_path(future) is False
    assert "newer version" in warnings[0]
    assert window.workspace.path == demo_path
    assert window.workspace.conn.execute("SELECT count(*) FROM members").fetchone()[0] == 300


def test_opening_another_workspace_switches_and_remembers_it(make_window, demo_path, tmp_path):
    window = make_window(demo_path)
    other = tmp_path / "other.qunzhu"
    assert window.open_path(other) is True
    assert window.workspace.path == other
    assert window.picker.count() == 1  # "All communities" only: a new, empty workspace
    recent = settings.get(settings.RECENT_WORKSPACES)
    assert recent[:2] == [str(other), str(demo_path)]
    # the first workspace's lock was released when it was closed
    open_workspace(demo_path).close()


def test_undo_and_redo_are_in_the_edit_menu_with_standard_shortcuts(make_window, demo_path):
    window = make_window(demo_path)
    undo, redo = window.actions[ActionId.UNDO], window.actions[ActionId.REDO]
    assert undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert QKeySequence("Ctrl+Shift+Z") in redo.shortcuts()
    edit_menu = window.menuBar().actions()[1].menu()
    assert undo in edit_menu.actions() and redo in edit_menu.actions()
    assert not undo.isEnabled()


def test_demo_data_from_the_window_runs_in_the_background(
        make_window, workspace_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from models.demo import parts

    monkeypatch.setattr(parts, "PART", 50)  # drawn by processes, started from the window
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (150, True))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    window = make_window(workspace_path)
    window.actions[ActionId.DEMO_DATA].trigger()
    qtbot.waitUntil(lambda: window.count_label.text() == "Members: 150", timeout=20_000)
    assert window.picker.count() >= 4
    # an operation that cannot be undone: the undo history goes, and the user is told
    assert window.undo_stack.count() == 0 and "cannot be undone" in told[0]


def test_demo_data_refuses_a_workspace_with_members(make_window, demo_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    window = make_window(demo_path)
    window.actions[ActionId.DEMO_DATA].trigger()
    assert shown and "empty workspace" in shown[0]


def test_geometry_and_tab_are_restored(make_window, demo_path, qtbot):
    window = make_window(demo_path)
    window.show()
    qtbot.waitExposed(window)
    window.resize(700, 500)  # the offscreen screen is 800x600
    window.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: window.size().width() == 700)
    window.close()
    again = make_window(demo_path)
    again.show()
    qtbot.waitExposed(again)
    assert again.size().width() == 700 and again.size().height() == 500
    assert again.tabs.currentIndex() == 2


def test_backup_now_writes_a_copy(make_window, demo_path, qtbot):
    window = make_window(demo_path)
    window.actions[ActionId.BACKUP_NOW].trigger()
    folder = demo_path.with_name(demo_path.name + ".backups")
    qtbot.waitUntil(lambda: any(folder.glob("auto-*.qunzhu")), timeout=10_000)
    qtbot.waitUntil(lambda: "Backed up" in window.statusBar().currentMessage())


def test_start_up_leaves_heavy_libraries_unimported(tmp_path):
    """matplotlib, openpyxl, pandas and sqlite-utils cost 300 ms to 1 s each to import."""
    import subprocess
    import sys

    code = (
        "import sys\nfrom PySide6.QtWidgets import QApplication\napp = QApplication([])\n"
        "import desktop\nw = desktop.main_window(sys.argv[1], 'en')\nw.show()\n"
        "print(sorted(m for m in ('matplotlib', 'openpyxl', 'pandas', 'sqlite_utils', "
        "'icalendar', 'models.demo.builder') if m in sys.modules))\nw.close()\n")
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "w.qunzhu")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_calendar_export_from_the_file_menu_with_a_scope(
        make_window, demo_path, tmp_path, monkeypatch, qtbot):
    import icalendar
    from PySide6.QtWidgets import QDialog, QFileDialog

    from desktop.calendar_files import ExportOptions

    out = tmp_path / "out.ics"
    chosen = {}

    def accept(dialog):
        dialog.community.setCurrentIndex(1)
        dialog.limit.setChecked(True)
        chosen.update(dialog.options())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportOptions, "exec", accept)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window = make_window(demo_path)
    window.actions[ActionId.EXPORT_CALENDAR].trigger()
    qtbot.waitUntil(lambda: out.exists(), timeout=10_000)
    with open_workspace(demo_path, readonly=True) as ws:
        expected = ws.conn.execute(
            "SELECT count(*) FROM events WHERE community_id = ? AND"
            " (rrule IS NOT NULL OR starts_at >= ?) AND starts_at < ?",
            (chosen["community_id"], chosen["start"].isoformat(),
             chosen["end"].isoformat())).fetchone()[0]
    parsed = icalendar.Calendar.from_ical(out.read_bytes())
    assert len(parsed.walk("VEVENT")) == expected


def test_roster_columns_and_sort_are_restored(make_window, demo_path, qtbot):
    from PySide6.QtCore import Qt

    from models.members.roster import Column

    window = make_window(demo_path)
    table = window.roster_view.table
    table.sortByColumn(list(Column).index(Column.POINTS), Qt.SortOrder.DescendingOrder)
    table.horizontalHeader().setSectionHidden(list(Column).index(Column.SOURCE), True)
    window.close()
    again = make_window(demo_path)
    model = again.roster_view.model
    assert (model.sort_key.column, model.sort_key.descending) == (Column.POINTS, True)
    assert again.roster_view.table.horizontalHeader().isSectionHidden(
        list(Column).index(Column.SOURCE))
    points = [model.row_at(r).points for r in range(20)]
    assert points == sorted(points, reverse=True)


def test_file_menu_exports_the_analytics_report(make_window, demo_path, qtbot, tmp_path,
                                                monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = make_window(demo_path)
    action = window.actions[ActionId.EXPORT_REPORT]
    assert action in window.menuBar().actions()[0].menu().actions()
    target = tmp_path / "report.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.analytics_view.report_exported, timeout=60_000):
        action.trigger()
    assert target.exists()
    notice = window.statusBar().findChild(WrittenNotice, "writtenNotice")
    assert notice.path == target and "Saved" in notice.label.text()


def test_slipping_list_opens_the_roster(make_window, demo_path):
    window = make_window(demo_path)
    window.analytics_view.show_members_requested.emit([3, 5])
    assert window.tabs.currentWidget() is window.roster_view
    assert "2 member(s)" in window.statusBar().currentMessage()


def test_no_two_menu_commands_share_a_shortcut(make_window, demo_path):
    window = make_window(demo_path)
    seen = {}
    for action_id, action in window.actions.items():
        for shortcut in action.shortcuts():
            key = shortcut.toString()
            assert key not in seen, f"{key}: {seen.get(key)} and {action_id}"
            seen[key] = action_id


def test_a_member_in_the_referral_tree_opens_their_profile(make_window, demo_path):
    from views.roster.profile import ProfileDialog

    window = make_window(demo_path)
    window.analytics_view.profile_requested.emit(3)
    profiles = [d for d in window.findChildren(ProfileDialog) if d.isVisible()]
    assert [d.member_id for d in profiles] == [3]
    for dialog in profiles:
        dialog.close()
