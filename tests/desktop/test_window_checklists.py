"""File menu entries of the checklists: they open the tab and run its export/import."""

from __future__ import annotations

import openpyxl

from desktop.actions import ActionId
from tests.desktop.test_main_window import make_window  # noqa: F401


def test_file_menu_exports_checklists_and_inventory(make_window, demo_path, tmp_path,  # noqa: F811
                                                    qtbot, monkeypatch):
    window = make_window(demo_path)
    view = window.checklist_view
    targets = iter([tmp_path / "清单.xlsx", tmp_path / "库存.xlsx"])
    monkeypatch.setattr(view, "ask_save_path", lambda suggestion: next(targets))
    window.actions[ActionId.EXPORT_CHECKLISTS].trigger()
    assert window.tabs.currentWidget() is view
    with qtbot.waitSignal(view.export_job.done, timeout=20000) as done:
        pass
    assert done.args[0].checklists == len(view.lists) > 0
    assert openpyxl.load_workbook(tmp_path / "清单.xlsx", read_only=True).sheetnames[0] == "汇总"
    window.actions[ActionId.EXPORT_INVENTORY].trigger()
    with qtbot.waitSignal(view.export_job.done, timeout=20000):
        pass
    assert openpyxl.load_workbook(tmp_path / "库存.xlsx", read_only=True).sheetnames == ["物料库存"]


def test_file_menu_import_cancelled_writes_nothing(make_window, demo_path, monkeypatch):  # noqa: F811
    window = make_window(demo_path)
    monkeypatch.setattr(window.checklist_view, "ask_open_path", lambda title: None)
    window.actions[ActionId.IMPORT_CHECKLIST].trigger()
    assert window.undo_stack.count() == 0
