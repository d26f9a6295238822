"""Custom fields in the window (issue 19): defined in Edit > Custom Fields…, edited in the
profile with validation next to the field, shown as sortable roster columns and filtered
by in the filter bar; deleting a field says how many lose a value, and undo brings them
back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from models.members import custom_fields, records
from models.members.field_values import Kind
from models.store.workspace import open_workspace
from tests.checksums import checksum
from views.custom_fields_dialog import CustomFieldsDialog
from views.roster.field_editors import NO_DATE
from views.roster.profile import ProfileDialog
from views.roster.view import RosterView


@pytest.fixture
def env(workspace_path, qtbot, monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a, **k: told.append(text))
    with open_workspace(workspace_path) as ws:
        ids = {name: records.create_member(ws.conn, {"display_name": name})[0]
               for name in ("王芳", "李雷", "韩梅梅")}
        stack = QUndoStack()
        yield ws, stack, ids, told
        stack.clear()


def _dialog(ws, stack, qtbot) -> CustomFieldsDialog:
    dialog = CustomFieldsDialog(ws, stack, lambda change: None)
    qtbot.addWidget(dialog)
    return dialog


def _add(dialog: CustomFieldsDialog, name: str, kind: Kind, options: str = "") -> None:
    dialog.start_new()
    dialog.name.setText(name)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind.value))
    dialog.options.setPlainText(options)
    assert dialog.save() is not None, dialog.status.text()


def test_fields_are_defined_previewed_reordered_in_the_dialog(env, qtbot):
    ws, stack, ids, told = env
    dialog = _dialog(ws, stack, qtbot)
    _add(dialog, "孩子年龄", Kind.NUMBER)
    dialog.sample.setText("１，２８０")
    assert "1,280" in dialog.preview.text()
    dialog.sample.setText("三岁")
    assert "孩子年龄" in dialog.preview.text()  # the refusal names the field
    _add(dialog, "车型", Kind.CHOICE, "轿车\nSUV\n")
    dialog.sample.setText("suv")
    assert "SUV" in dialog.preview.text()
    dialog.start_new()
    dialog.name.setText("城市")  # a roster column's name
    assert dialog.save() is None and "城市" in dialog.status.text()
    dialog.list.setCurrentRow(1)
    dialog.move(-1)
    assert [f.name for f in custom_fields.fields(ws.conn)] == ["车型", "孩子年龄"]
    assert dialog.list.item(0).text().startswith("车型")
    stack.undo()
    assert [f.name for f in custom_fields.fields(ws.conn)] == ["孩子年龄", "车型"]


def test_deleting_a_field_asks_with_the_count_and_undo_restores_values(env, qtbot,
                                                                      monkeypatch):
    ws, stack, ids, told = env
    car, _ = custom_fields.define_field(ws.conn, "车型", Kind.CHOICE, ["轿车", "SUV"])
    for name in ("王芳", "李雷"):
        custom_fields.set_values(ws.conn, ids[name], {car.id: "SUV"})
    before = checksum(ws.conn)
    dialog = _dialog(ws, stack, qtbot)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a, **k: (
        asked.append(text), QMessageBox.StandardButton.No)[1])
    dialog.list.setCurrentRow(0)
    dialog.remove.click()
    assert "2" in asked[0] and "车型" in asked[0]
    assert checksum(ws.conn) == before  # said no: nothing changed
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.remove.click()
    assert custom_fields.fields(ws.conn) == []
    assert dialog.list.count() == 0
    stack.undo()
    assert checksum(ws.conn) == before
    assert custom_fields.member_values(ws.conn, ids["王芳"]) == {car.id: ["SUV"]}
    assert dialog.list.count() == 1


def test_the_profile_edits_fields_and_names_the_field_it_refuses(env, qtbot):
    ws, stack, ids, told = env
    age, _ = custom_fields.define_field(ws.conn, "孩子年龄", Kind.NUMBER)
    due, _ = custom_fields.define_field(ws.conn, "会员到期日", Kind.DATE)
    size, _ = custom_fields.define_field(ws.conn, "尺码", Kind.CHOICES, ["S", "M", "L"])
    paid, _ = custom_fields.define_field(ws.conn, "已续费", Kind.YESNO)
    car, _ = custom_fields.define_field(ws.conn, "车型", Kind.CHOICE, ["轿车", "SUV"])
    dialog = ProfileDialog(ws, stack, lambda change: None, ids["王芳"])
    qtbot.addWidget(dialog)
    editors = dialog.fields_form.editors
    assert editors[due.id].editor.date() == NO_DATE  # empty, not some day
    editors[age.id].editor.setText("七")
    assert not dialog.save()
    error = editors[age.id].error
    assert not error.isHidden() and "孩子年龄" in error.text()
    assert not dialog.save_button.isEnabled()
    assert custom_fields.member_values(ws.conn, ids["王芳"]) == {}
    editors[age.id].editor.setText("１，２")
    assert error.isHidden() and dialog.save_button.isEnabled()
    editors[due.id].editor.setDate(QDate(2026, 12, 31))
    box = editors[size.id].editor
    for row in (0, 2):
        box.item(row).setCheckState(Qt.CheckState.Checked)
    editors[paid.id].editor.setCurrentIndex(1)
    editors[car.id].editor.setCurrentIndex(2)
    assert dialog.save()
    assert custom_fields.member_values(ws.conn, ids["王芳"]) == {
        age.id: [12], due.id: ["2026-12-31"], size.id: ["S", "L"], paid.id: [1],
        car.id: ["SUV"]}
    stack.undo()
    assert custom_fields.member_values(ws.conn, ids["王芳"]) == {}
    again = ProfileDialog(ws, stack, lambda change: None, ids["王芳"])
    qtbot.addWidget(again)
    stack.redo()
    shown = ProfileDialog(ws, stack, lambda change: None, ids["王芳"])
    qtbot.addWidget(shown)
    assert shown.fields_form.editors[age.id].editor.text() == "12"
    assert shown.fields_form.editors[due.id].editor.date() == QDate(2026, 12, 31)


def test_roster_shows_sorts_and_filters_by_a_field(env, qtbot):
    ws, stack, ids, told = env
    age, _ = custom_fields.define_field(ws.conn, "孩子年龄", Kind.NUMBER)
    custom_fields.set_values(ws.conn, ids["王芳"], {age.id: "12"})
    custom_fields.set_values(ws.conn, ids["李雷"], {age.id: "3"})
    view = RosterView(ws, stack)
    view.changed.connect(view.apply_changes)
    qtbot.addWidget(view)
    model = view.model
    column = model.columnCount() - 1
    assert model.headerData(column, Qt.Orientation.Horizontal) == "孩子年龄"
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.headerData(column, Qt.Orientation.Horizontal,
                            Qt.ItemDataRole.TextAlignmentRole) == right  # a number column
    model.sort(column, Qt.SortOrder.AscendingOrder)
    names = [model.row_at(r).display_name for r in range(model.rowCount())]
    assert names == ["李雷", "王芳", "韩梅梅"]
    assert model.data(model.index(0, column)) == "3"
    assert model.data(model.index(2, column)) is None
    assert model.data(model.index(0, column), Qt.ItemDataRole.TextAlignmentRole) == right
    model.sort(column, Qt.SortOrder.DescendingOrder)  # the empty ones stay last
    assert [model.row_at(r).display_name for r in range(model.rowCount())] == [
        "王芳", "李雷", "韩梅梅"]
    view._on_filters_toggled(True)
    qtbot.waitUntil(lambda: view.filter_bar.fields.isEnabled())
    view.filter_bar.fields.set_filter(age.id, (age.id, "range", 10, None))
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.row_at(0).display_name == "王芳"
    view.filter_bar.fields.set_filter(age.id, (age.id, "empty"))
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.row_at(0).display_name == "韩梅梅")


def test_the_import_wizard_offers_and_guesses_custom_fields(env, qtbot, tmp_path):
    from views.member_import.wizard import ImportWizard

    ws, stack, ids, told = env
    car, _ = custom_fields.define_field(ws.conn, "车型", Kind.CHOICE, ["轿车", "SUV"])
    age, _ = custom_fields.define_field(ws.conn, "孩子年龄", Kind.NUMBER)
    path = tmp_path / "members.csv"
    path.write_text("姓名,车型,年龄\n李娜,suv,3\n赵六,卡车,5\n", encoding="utf-8")
    wizard = ImportWizard(ws, None, path=path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    combos = wizard.mapping_page.combos
    assert [c.currentData() for c in combos] == ["display_name", f"field:{car.id}", ""]
    combos[2].setCurrentIndex(combos[2].findData(f"field:{age.id}"))
    assert combos[2].currentText() == "孩子年龄"
    with qtbot.waitSignal(wizard.check_page.ready, timeout=20_000):
        wizard.next()
    problems = wizard.check_page.problems
    assert problems.rowCount() == 1
    assert [problems.item(0, c).text() for c in range(2)] == ["3", "车型"]
    assert "车型" in problems.item(0, 2).text()


def test_a_saved_segment_keeps_a_field_filter(env, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    ws, stack, ids, told = env
    car, _ = custom_fields.define_field(ws.conn, "车型", Kind.CHOICE, ["轿车", "SUV"])
    custom_fields.set_values(ws.conn, ids["李雷"], {car.id: "SUV"})
    view = RosterView(ws, stack)
    view.changed.connect(view.apply_changes)
    qtbot.addWidget(view)
    model = view.model
    view._on_filters_toggled(True)
    qtbot.waitUntil(lambda: view.filter_bar.fields.isEnabled())
    view.filter_bar.fields.set_filter(car.id, (car.id, "has", ("SUV",)))
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("SUV 车主", True))
    view.filter_bar.save_segment.click()
    view.filter_bar.reset()
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    assert view.filter_bar.fields.text() == view.filter_bar.fields.tr("Fields")
    view.filter_bar.segments.activated.emit(view.filter_bar.segments.findText("SUV 车主"))
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.row_at(0).display_name == "李雷"
    assert view.filter_bar.fields.text().endswith("(1)")


def test_a_range_filter_says_what_to_type(env, qtbot):
    """The From/To boxes of a date or number field were blank: no format, no word that an
    end may stay open."""
    from views.roster.field_filter import RangeDialog

    ws, stack, ids, told = env
    for kind, example in ((Kind.DATE, "2026-03-05"), (Kind.NUMBER, "3")):
        field, _ = custom_fields.define_field(ws.conn, f"字段{kind.value}", kind, ())
        dialog = RangeDialog(field)
        qtbot.addWidget(dialog)
        assert example in dialog.low.placeholderText()
        assert "empty" in dialog.high.placeholderText()
