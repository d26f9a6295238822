"""The referrer (邀请人) is set and cleared in the profile (issue 19): a search over the
roster, one undo step each, and never a circle or the member themselves."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from models.members import records
from models.store.workspace import open_workspace
from tests.checksums import checksum, differing
from views.roster.profile import ProfileDialog
from views.roster.referrals_page import ReferralsPage


@pytest.fixture
def env(workspace_path, qtbot, monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a, **k: told.append(text))
    with open_workspace(workspace_path) as ws:
        ids = {name: records.create_member(ws.conn, {"display_name": name, "phone": phone})[0]
               for name, phone in (("王芳", "13800000001"), ("李雷", "13800000002"),
                                   ("韩梅梅", "13800000003"))}
        stack = QUndoStack()

        def dialog(name: str) -> ProfileDialog:
            d = ProfileDialog(ws, stack, lambda change: None, ids[name])
            qtbot.addWidget(d)
            return d

        yield ws, stack, ids, dialog, told
        stack.clear()


def page_of(dialog: ProfileDialog) -> ReferralsPage:
    page = dialog.findChild(ReferralsPage)
    assert page is not None, "the profile has a referrals page"
    return page


def referrer_of(ws, member_id: int) -> int | None:
    return ws.conn.execute("SELECT referrer_id FROM members WHERE id = ?",
                           (member_id,)).fetchone()[0]


def pick(page: ReferralsPage, text: str) -> None:
    page.search.setText(text)
    page.find()
    item = page.hits.item(0)
    assert item is not None and item.data(0x0100) is not None, f"nobody found for {text}"
    page.hits.itemClicked.emit(item)


def test_pick_a_referrer_by_search_then_undo_and_redo(env):
    ws, stack, ids, dialog, told = env
    before = checksum(ws.conn)
    page = page_of(dialog("李雷"))
    pick(page, "王芳")
    assert referrer_of(ws, ids["李雷"]) == ids["王芳"]
    assert "王芳" in page.referrer_label.text() and page.clear_button.isEnabled()
    assert stack.count() == 1
    after = checksum(ws.conn)
    stack.undo()
    assert differing(checksum(ws.conn), before) == []
    stack.redo()
    assert differing(checksum(ws.conn), after) == []
    assert told == []


def test_search_by_phone_and_never_oneself(env):
    ws, _stack, ids, dialog, _told = env
    page = page_of(dialog("李雷"))
    page.search.setText("李雷")
    page.find()
    found = [page.hits.item(i).data(0x0100) for i in range(page.hits.count())]
    assert ids["李雷"] not in found
    pick(page, "13800000003")
    assert referrer_of(ws, ids["李雷"]) == ids["韩梅梅"]


def test_clear_the_referrer(env):
    ws, stack, ids, dialog, _told = env
    page = page_of(dialog("李雷"))
    pick(page, "王芳")
    page.clear_button.click()
    assert referrer_of(ws, ids["李雷"]) is None
    assert not page.clear_button.isEnabled()
    assert stack.count() == 2
    stack.undo()
    assert referrer_of(ws, ids["李雷"]) == ids["王芳"]


def test_a_circle_is_refused_naming_the_chain(env):
    ws, stack, ids, dialog, told = env
    pick(page_of(dialog("李雷")), "王芳")      # 王芳 invited 李雷
    pick(page_of(dialog("韩梅梅")), "李雷")    # 李雷 invited 韩梅梅
    before, count = checksum(ws.conn), stack.count()
    page = page_of(dialog("王芳"))
    pick(page, "韩梅梅")                      # 韩梅梅 inviting 王芳 would close the circle
    assert referrer_of(ws, ids["王芳"]) is None
    assert differing(checksum(ws.conn), before) == [] and stack.count() == count
    assert len(told) == 1
    assert "王芳 → 李雷 → 韩梅梅 → 王芳" in told[0] and "circle" in told[0]
    assert page.search.text() == "韩梅梅", "the search stays, to pick someone else"


def test_oneself_is_refused(env):
    ws, stack, ids, dialog, told = env
    assert not page_of(dialog("王芳")).set_referrer(ids["王芳"], "王芳")
    assert referrer_of(ws, ids["王芳"]) is None and stack.count() == 0
    assert told and "own referrer" in told[0]
