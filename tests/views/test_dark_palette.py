"""With a dark system palette every painted row stays readable: the tables are rendered (grab)
and, in each cell with text, the ink's contrast with the cell's paint is at least 3 (WCAG's
floor for large text; tinted checklist rows used to keep the palette's light text on a pale
yellow, ratio ~1.1)."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QImage, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QApplication

from models.events import schedule as ev
from models.events.schedule import EventFields
from models.materials import checklists
from models.members import records
from tests.models.calendar_fixtures import cal  # noqa: F401
from tests.models.checklist_fixtures import TODAY, shop  # noqa: F401
from views import tones
from views.calendar.view import AGENDA, CalendarView
from views.checklists import view as checklist_module
from views.checklists.view import ChecklistView
from views.roster.view import RosterView

FLOOR = 3.0


@pytest.fixture(params=["dark", "light"])
def palette(request, qapp):
    old = qapp.palette()
    new = tones.dark_palette() if request.param == "dark" else qapp.style().standardPalette()
    qapp.setPalette(new)
    yield request.param
    qapp.setPalette(old)


def cell_contrast(image: QImage, rect: QRect) -> float:
    """The contrast between a cell's most common colour (its paint) and the pixel that
    differs most from it (the core of a glyph)."""
    inner = rect.adjusted(2, 2, -2, -2) & image.rect()
    counts: Counter[int] = Counter()
    for y in range(inner.top(), inner.bottom() + 1):
        for x in range(inner.left(), inner.right() + 1):
            counts[image.pixel(x, y)] += 1
    paint = QColor.fromRgb(counts.most_common(1)[0][0])
    return max(tones.contrast(paint, QColor.fromRgb(rgb)) for rgb in counts)


def unreadable(view: QAbstractItemView, columns: range | None = None) -> list[str]:
    """Cells whose painted text does not reach the floor, as "row/column text ratio"."""
    QApplication.processEvents()
    image = view.viewport().grab().toImage()
    model = view.model()
    bad = []
    for row in range(model.rowCount()):
        for column in columns or range(model.columnCount()):
            index = model.index(row, column, QModelIndex())
            text = index.data(Qt.ItemDataRole.DisplayRole)
            rect = view.visualRect(index)
            if not text or not rect.isValid() or not rect.intersects(image.rect()):
                continue
            ratio = cell_contrast(image, rect)
            if ratio < FLOOR:
                bad.append(f"{row}/{column} {text!r} {ratio:.2f}")
    return bad


def test_checklist_rows_are_readable(palette, shop, qtbot, monkeypatch):  # noqa: F811
    monkeypatch.setattr(checklist_module, "today", lambda: TODAY)
    ws, ids = shop
    checklists.add_items(ws.conn, ids["salon_list"], [
        {"name": "易拉宝", "quantity": 2, "unit": "个", "unit_price": 9000, "owner": "小王",
         "due_on": "2026-11-30", "status": "已下单", "category": "宣传物料"},
        {"name": "茶歇", "quantity": 45, "unit_price": 2500, "due_on": "2026-11-20",
         "category": "餐饮"},  # no unit or owner, and overdue: a tinted row
        {"name": "签到表", "quantity": 3, "category": "文具"},  # tinted, not overdue
    ])
    stack = QUndoStack()
    view = ChecklistView(ws, stack)
    qtbot.addWidget(view)
    view.resize(1400, 600)
    view.show()
    qtbot.waitExposed(view)
    table = view.detail.table
    table.clearSelection()
    assert table.model().rowCount() == 3
    assert any(table.model().index(r, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
               for r in range(3))
    assert unreadable(table) == []


def test_roster_rows_are_readable(palette, workspace_path, qtbot):
    from models.members.communities import create_community
    from models.store.workspace import open_workspace

    with open_workspace(workspace_path) as ws:
        community = create_community(ws.conn, "读书会")
        for name, phone in (("张伟", "13800138000"), ("王芳", None), ("Lucky", "13700001111")):
            records.create_member(ws.conn, {"display_name": name, "phone": phone,
                                            "city": "杭州"}, community_id=community.id)
        view = RosterView(ws, QUndoStack())
        qtbot.addWidget(view)
        view.resize(1200, 500)
        view.show()
        qtbot.waitExposed(view)
        table = view.findChild(QAbstractItemView, "rosterTable")
        qtbot.waitUntil(lambda: table.model().rowCount() == 3)
        table.clearSelection()
        assert unreadable(table) == []


def test_calendar_agenda_is_readable(palette, cal, qtbot):  # noqa: F811
    ws, communities, _members = cal
    view = CalendarView(ws, QUndoStack())
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    view.go_to(date(2026, 12, 1))
    for index, (title, community) in enumerate((("读书分享", 0), ("夜跑", 1), ("撞期", 0))):
        hour = 19 if index != 1 else 20
        _event, change = ev.create_event(view.conn, EventFields(
            title=title, starts_at=f"2026-12-1{index % 2}T{hour}:00:00+08:00",
            ends_at=f"2026-12-1{index % 2}T21:30:00+08:00",
            community_id=communities[community]))
        view.apply_changes(change)
    view.set_mode(AGENDA)
    view.agenda.clearSelection()
    assert view.agenda.model().rowCount() >= 4
    assert unreadable(view.agenda) == []
