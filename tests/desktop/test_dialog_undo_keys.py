"""Ctrl+Z and Ctrl+Shift+Z inside the settings dialogs that write (Edit > Custom Fields…,
Edit > Points Rules & Honours…): they open window-modal, so the main window's Undo and Redo
shortcuts never reach them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

import desktop
from desktop import paths
from desktop.actions import ActionId
from models.members.field_values import Kind
from views.custom_fields_dialog import CustomFieldsDialog


@pytest.fixture
def window(qtbot, qapp, workspace_path):
    paths.set_application_names(qapp)
    window = desktop.main_window(workspace_path, "en")
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


def _press(widget, key, modifiers) -> None:
    QTest.keyClick(widget, key, modifiers)


def test_ctrl_z_in_custom_fields_undoes_the_field_just_added(window, qtbot):
    window.actions[ActionId.CUSTOM_FIELDS].trigger()
    dialog = window.findChild(CustomFieldsDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # as a dialog just opened is
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.start_new()
    dialog.name.setText("孩子年龄")
    dialog.kind.setCurrentIndex(dialog.kind.findData(Kind.NUMBER.value))
    assert dialog.save() is not None
    assert [f.name for f in dialog.fields] == ["孩子年龄"]
    dialog.list.setFocus()
    _press(dialog.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.fields == []  # the dialog reads the workspace again after the undo
    _press(dialog.list, Qt.Key.Key_Z,
           Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [f.name for f in dialog.fields] == ["孩子年龄"]


def test_ctrl_z_in_a_text_box_still_undoes_the_typing(window, qtbot):
    window.actions[ActionId.CUSTOM_FIELDS].trigger()
    dialog = window.findChild(CustomFieldsDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # as a dialog just opened is
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.start_new()
    dialog.name.setText("学校")
    assert dialog.save() is not None
    dialog.start_new()
    dialog.name.setFocus()
    QTest.keyClicks(dialog.name, "size")
    _press(dialog.name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.name.text() == ""  # the typing went, not the field
    assert [f.name for f in dialog.fields] == ["学校"]
