"""The plan in the window: File > New Community and File > Export Plan."""

from __future__ import annotations

import openpyxl
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop.actions import ActionId
from tests.desktop.test_main_window import make_window  # noqa: F401
from views.plan.dialogs import NewCommunityDialog


def test_new_community_from_the_file_menu_is_picked_everywhere(make_window, demo_path,  # noqa: F811
                                                                monkeypatch, qtbot):
    window = make_window(demo_path)

    def fill_and_accept(dialog):
        dialog.name.setText("露营同好会")
        dialog.template.setCurrentIndex(dialog.template.findData("interest"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewCommunityDialog, "exec", fill_and_accept)
    window.actions[ActionId.NEW_COMMUNITY].trigger()
    assert window.tabs.currentWidget() is window.plan_view
    assert window.picker.currentText() == "露营同好会"
    assert all(view.community_id == window.picker.community_id() for view in window.views)
    assert window.plan_view.title.text().startswith("露营同好会")
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: window.picker.findText("露营同好会") < 0)


def test_export_plan_from_the_file_menu(make_window, demo_path, tmp_path, monkeypatch,  # noqa: F811
                                        qtbot):
    window = make_window(demo_path)
    window.picker.setCurrentIndex(1)
    target = tmp_path / "规划.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.plan_view.exported, timeout=30000):
        window.actions[ActionId.EXPORT_PLAN].trigger()
    assert openpyxl.load_workbook(target, read_only=True).sheetnames[0] == "规划"
