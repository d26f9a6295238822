"""A first run that leads: the welcome page over an empty workspace, "Import members…" in
the empty roster, Help > Guide with every shortcut, and a picker that remembers."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QInputDialog, QPushButton

import desktop
from desktop import member_files, paths
from desktop.actions import ActionId
from models.members.communities import create_community


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
    desktop.i18n.use_language("en")


def test_an_empty_workspace_opens_on_the_welcome_page(make_window, tmp_path):
    window = make_window(tmp_path / "new.qunzhu")
    assert window.first_run.showing_welcome()
    page = window.first_run.welcome
    assert sorted(page.buttons) == ["chat", "community", "demo", "members"]


def test_a_workspace_with_members_opens_on_the_tabs(make_window, demo_path):
    window = make_window(demo_path)
    assert not window.first_run.showing_welcome()
    assert window.first_run.stack.currentWidget() is window.tabs


def test_the_chat_step_starts_the_chat_import(make_window, tmp_path, monkeypatch):
    from desktop import chat_files

    window = make_window(tmp_path / "new.qunzhu")
    opened = []
    monkeypatch.setattr(chat_files, "open_chat_import_wizard",
                        lambda *a, **k: opened.append(a) or QDialog())
    window.first_run.show_welcome()
    window.first_run.welcome.buttons["chat"].click()
    assert len(opened) == 1 and opened[0][1] is window.workspace


def test_each_step_runs_its_menu_command(make_window, tmp_path, monkeypatch):
    window = make_window(tmp_path / "new.qunzhu")
    buttons = window.first_run.welcome.buttons
    wizards, asked, communities = [], [], []
    monkeypatch.setattr(member_files, "open_import_wizard",
                        lambda *a, **k: wizards.append(a) or QDialog())
    monkeypatch.setattr(QInputDialog, "getInt",
                        staticmethod(lambda *a, **k: asked.append(a) or (0, False)))
    monkeypatch.setattr(window.plan_view, "new_community", lambda: communities.append(1))
    buttons["members"].click()
    buttons["demo"].click()
    buttons["community"].click()
    assert len(wizards) == 1 and len(asked) == 1 and communities == [1]
    assert window.first_run.showing_welcome()  # nothing was added: still empty


def test_a_first_community_brings_the_tabs(make_window, tmp_path):
    window = make_window(tmp_path / "new.qunzhu")
    window.plan_view.create_community("读书会", "微信群", "interest")
    assert not window.first_run.showing_welcome()
    assert window.picker.currentText() == "读书会"


def test_go_to_the_tabs_and_the_view_menu_leave_the_welcome_page(make_window, tmp_path):
    window = make_window(tmp_path / "new.qunzhu")
    window.findChild(QPushButton, "welcomeSkip").click()
    assert not window.first_run.showing_welcome()
    window.first_run.show_welcome()
    window.actions[ActionId.TAB_PLAN].trigger()  # already the current tab
    assert not window.first_run.showing_welcome()


def test_the_empty_roster_offers_to_import_members(make_window, tmp_path, monkeypatch,
                                                   qtbot):
    window = make_window(tmp_path / "new.qunzhu")
    opened = []
    monkeypatch.setattr(member_files, "open_import_wizard",
                        lambda *a, **k: opened.append(a) or QDialog())
    roster = window.roster_view
    window.show_tab(1)
    qtbot.waitUntil(lambda: roster.stack.currentWidget() is roster.empty)
    assert roster.import_button.isVisibleTo(roster) and roster.import_button.text() == \
        "Import members…"
    roster.import_button.click()
    assert len(opened) == 1
    roster.search.setText("nobody")
    roster.requery()
    qtbot.waitUntil(lambda: roster.empty.title.text() == "No member matches")
    assert not roster.import_button.isVisibleTo(roster)


def test_the_help_menu_has_the_guide_with_every_shortcut(make_window, demo_path):
    window = make_window(demo_path)
    help_menu = window.menuBar().actions()[-1].menu()
    assert [a.text() for a in help_menu.actions() if not a.isSeparator()] == [
        "Qunzhu &Guide", "&About Qunzhu"]
    window.actions[ActionId.GUIDE].trigger()
    guide = window.first_run.guide
    assert guide is not None and guide.isVisible() and not guide.isModal()
    text = guide.browser.toPlainText()
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            if action.text():
                assert key.toString(QKeySequence.SequenceFormat.NativeText) in text, \
                    action.text()
    assert "Import Members" in text and "Open profile" in text
    assert "result.json" in text and "导出消息记录" in text
    assert text.index("Plan") < text.index("Roster") < text.index("Measure") < \
        text.index("Adjust")
    guide.close()


def test_the_guide_speaks_chinese(make_window, demo_path):
    window = make_window(demo_path, "zh_CN")
    text = window.first_run.open_guide().browser.toPlainText()
    assert "键盘快捷键" in text and "运营闭环" in text
    window.first_run.guide.close()


def test_the_picker_remembers_its_community_across_launches(make_window, tmp_path):
    path = tmp_path / "two.qunzhu"
    from models.store.workspace import open_workspace

    with open_workspace(path) as ws:
        create_community(ws.conn, "A 群", "微信群")
        second = create_community(ws.conn, "B 群", "QQ群").id
    first = make_window(path)
    first.picker.select(second)
    first.close()
    again = make_window(path)
    assert again.picker.community_id() == second
    again.picker.select(None)
    again.close()
    assert make_window(path).picker.community_id() is None
