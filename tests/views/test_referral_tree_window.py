"""The 裂变 window (issue 19): top referrers above a lazy referral tree whose children load
a page at a time on expand; a double-click asks for the member's profile; an empty scope
says how to record referrers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from models.members import records, referrals
from models.store.workspace import open_workspace
from views.analytics.referral_model import ReferralTreeModel
from views.analytics.referrals_window import ReferralsWindow


@pytest.fixture
def ws(workspace_path):
    with open_workspace(workspace_path) as workspace:
        yield workspace


def _member(ws, name, referrer=None):
    mid = records.create_member(ws.conn, {"display_name": name})[0]
    if referrer is not None:
        referrals.set_referrer(ws.conn, mid, referrer)
    return mid


def _window(ws, qtbot, page=2):
    window = ReferralsWindow(ws, None, "All communities", page=page)
    qtbot.addWidget(window)
    window.show()
    with qtbot.wait_signal(window.loaded, timeout=20_000):
        pass
    return window


def test_children_load_a_page_at_a_time_when_expanded(ws, qtbot, qtmodeltester):
    big = _member(ws, "大树")
    kids = [_member(ws, f"孩子{i}", big) for i in range(5)]
    _member(ws, "孙子", kids[0])
    small = _member(ws, "小树")
    _member(ws, "小树的孩子", small)
    window = _window(ws, qtbot)
    model = window.model
    assert model is not None and model.roots == 2
    tops = [model.index(r, 0) for r in range(model.rowCount())]
    assert [model.data(i) for i in tops] == ["大树", "小树"]  # biggest tree first
    assert [model.data(model.index(0, c)) for c in (1, 2, 3)] == ["5", "6", "2"]
    root = tops[0]
    assert model.rowCount(root) == 0 and model.hasChildren(root)  # nothing read yet
    window.tree.expand(root)  # the view fetches pages on expand while it has room
    qtbot.waitUntil(lambda: model.rowCount(root) == 5)
    assert not model.canFetchMore(root)
    assert [model.member_id(model.index(r, 0, root)) for r in range(5)] == kids
    # the same model unseen: a page at a time, only when asked
    bare = ReferralTreeModel(lambda: ws.conn, None, [(big, 5, 6, 2)], page=2)
    bare.fetchMore(QModelIndex())
    top = bare.index(0, 0)
    counts = []
    while bare.canFetchMore(top):
        bare.fetchMore(top)
        counts.append(bare.rowCount(top))
    assert counts == [2, 4, 5]
    qtmodeltester.check(bare)
    first = model.index(0, 0, root)
    assert model.data(model.index(0, 2, root)) == "1" and model.hasChildren(first)
    assert not model.hasChildren(model.index(1, 0, root))  # no invitees: no arrow
    qtmodeltester.check(model)
    with qtbot.wait_signal(window.profile_requested) as asked:
        window.tree.doubleClicked.emit(model.index(3, 0, root))
    assert asked.args == [kids[3]]


def test_top_referrers_table_and_its_double_click(ws, qtbot):
    a = _member(ws, "甲")
    for i in range(3):
        _member(ws, f"甲邀{i}", a)
    b = _member(ws, "乙")
    _member(ws, "乙邀", b)
    window = _window(ws, qtbot)
    table = window.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["甲", "乙"]
    assert table.item(0, 1).text() == "3"
    assert table.item(0, 4).text().endswith("(3/3)")  # all still in
    with qtbot.wait_signal(window.profile_requested) as asked:
        table.itemDoubleClicked.emit(table.item(1, 2))
    assert asked.args == [b]


def test_nobody_referred_says_how_to_record_referrers(ws, qtbot):
    _member(ws, "独行")
    window = _window(ws, qtbot)
    assert window.stack.currentWidget() is window.empty_page and window.empty.isVisible()
    text = window.empty.text()
    assert "profile" in text and "邀请人" in text and "chat" in text


def test_invitees_of_a_period_and_a_change_reads_again(ws, qtbot):
    from datetime import date

    from models.analytics.period import Period
    from models.core.changes import Change

    a = _member(ws, "甲")
    _member(ws, "甲邀", a)
    window = ReferralsWindow(ws, None, "All", Period(date(2020, 1, 1), date(2020, 1, 31)))
    qtbot.addWidget(window)
    with qtbot.wait_signal(window.loaded, timeout=20_000):
        pass
    assert window.table.rowCount() == 1
    with qtbot.wait_signal(window.loaded, timeout=20_000):
        window.span.setCurrentIndex(1)  # only invitees who joined in January 2020: nobody
    assert window.table.rowCount() == 0 and window.model.roots == 1
    window.span.setCurrentIndex(0)
    b = _member(ws, "乙")
    _member(ws, "乙邀", b)
    _member(ws, "乙邀2", b)
    with qtbot.wait_signal(window.loaded, timeout=20_000):
        window.apply_changes(Change.of("members"))
    assert [window.table.item(r, 0).text() for r in range(window.table.rowCount())] == [
        "乙", "甲"]


def test_the_analytics_tab_opens_it_for_its_scope(ws, qtbot):
    from PySide6.QtGui import QUndoStack

    from models.core.changes import Change
    from views.analytics.view import AnalyticsView

    _member(ws, "乙邀", _member(ws, "乙"))
    stack = QUndoStack()
    view = AnalyticsView(ws, stack)
    qtbot.addWidget(view)
    window = view.open_referrals()
    with qtbot.wait_signal(window.loaded, timeout=20_000):
        pass
    assert window.table.rowCount() == 1
    with qtbot.wait_signal(view.profile_requested):
        window.table.itemDoubleClicked.emit(window.table.item(0, 0))
    _member(ws, "乙邀2", window.top[0].member_id)
    with qtbot.wait_signal(window.loaded, timeout=20_000):
        view.apply_changes(Change.of("members"))  # the tab hands changes on
    assert window.table.item(0, 1).text() == "2"
    assert window.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.close()
