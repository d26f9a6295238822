"""Pasting a real WeChat 接龙 into the registrations dialog: headings are not people, phone
tails, "+1" and notes stay out of names, and nobody is created without a click on a button
that says how many."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from models.events import registrations as reg
from models.events import schedule as ev
from models.events.schedule import EventFields
from tests.models.calendar_fixtures import cal  # noqa: F401
from tests.models.signup_samples import SAMPLE
from tests.views.performing import performer
from views.calendar.registrations import RegistrationsDialog, SignupListDialog


@pytest.fixture
def pasted(cal, qtbot, monkeypatch):  # noqa: F811
    """The registrations dialog of an event and the paste dialog holding the sample chain
    (张伟 is in the roster; 刘洋 1111, 陈静 by phone, 吴倩 too; 李丽 goes by Lily)."""
    ws, (a, _), members = cal
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    with ws.transaction():
        for name, phone in (("刘洋", "13900001111"), ("陈静", "13812345678"),
                            ("Lily 李丽", None), ("吴倩", None)):
            reg.add_member(ws.conn, name, phone, a)
    event, _ = ev.create_event(ws.conn, EventFields(
        title="周六读书会", starts_at="2026-12-13T19:30:00+08:00",
        ends_at="2026-12-13T21:30:00+08:00", community_id=a))
    registrations = RegistrationsDialog(ws.conn, event.id, performer(ws.conn))
    qtbot.addWidget(registrations)
    paste = SignupListDialog(ws.conn, a)
    qtbot.addWidget(paste)
    paste.set_text(SAMPLE)
    return ws, registrations, paste


def rows(paste):
    tree = paste.preview
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
            for i in range(tree.topLevelItemCount())]


def member_count(ws) -> int:
    return ws.conn.execute("SELECT count(*) FROM members").fetchone()[0]


def test_headings_are_not_proposed_as_people(pasted):
    _, _, paste = pasted
    proposed = [x.name for x in paste.matched]
    assert proposed == ["张伟", "刘洋", "陈静", "Lily 李丽", "吴倩", "王小明", "赵敏"]
    for heading in ("#接龙", "周六读书会", "报名请写", "截止周五"):
        assert not any(heading in name for name in proposed)
        row = next(r for r in rows(paste) if heading in r[1])
        assert "skipped" in row[-1]


def test_tails_guests_and_notes_stay_out_of_names(pasted):
    _, _, paste = pasted
    by_name = {r[1]: r for r in rows(paste)}
    assert by_name["刘洋"][2] == "…1111" and by_name["刘洋"][-1] == "Found"
    assert by_name["陈静"][2] == "13812345678"
    assert by_name["吴倩"][3] == "+1"
    assert by_name["王小明"][4] == "新朋友" and by_name["赵敏"][4] == "带孩子"


def test_nobody_is_created_without_a_confirmed_count(pasted):
    ws, registrations, paste = pasted
    before = member_count(ws)
    assert not paste.create.isChecked()
    assert paste.register_button.text() == "Register 5"
    result = registrations.import_signup_list(paste)
    assert member_count(ws) == before and len(result.registered) == 5
    assert registrations.table.topLevelItemCount() == 5
    paste.create.setChecked(True)
    assert paste.register_button.text() == "Create 2 new members and register 7"
    result = registrations.import_signup_list(paste)
    assert member_count(ws) == before + 2 and len(result.created) == 2
    notes = {registrations.table.topLevelItem(i).text(0): registrations.table.topLevelItem(i)
             .text(5) for i in range(registrations.table.topLevelItemCount())}
    assert notes["吴倩"] == "+1" and notes["王小明"] == "新朋友"


def test_the_same_person_twice_and_empty_numbers(pasted):
    ws, registrations, paste = pasted
    paste.set_text("1. 张伟\n2. 王小明\n3. 张伟\n4. 王小明（新朋友）\n5.\n6.\n")
    states = [r[-1] for r in rows(paste)]
    assert states == ["Found", "Not found", "Same person as line 1", "Same person as line 2",
                      "Empty number: skipped", "Empty number: skipped"]
    paste.create.setChecked(True)
    assert paste.register_button.text() == "Create 1 new member and register 2"
    result = registrations.import_signup_list(paste)
    assert len(result.created) == 1 and len(result.registered) == 2
