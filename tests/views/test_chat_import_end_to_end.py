"""File > Import Chat Records over the real reader and import (no stand-ins): a QQ export
read, its speakers reviewed, written once from the review's scan, and undone exactly."""

from __future__ import annotations

import pytest

from models.members import records
from models.members.communities import create_community
from models.store.workspace import open_workspace
from tests.checksums import checksum
from views.chat_import.speakers import IGNORE
from views.chat_import.wizard import ChatImportWizard

QQ = """消息记录（此消息记录为文本格式，不支持重新导入）

================================================================
消息分组:我的群聊
================================================================
消息对象:读书会1群
================================================================

2024-03-01 9:00:00 张伟(10001)
大家早上好

2024-03-01 9:01:00 李娜(10002)
早

2024-03-01 9:02:00 李娜(10002)
https://example.com/book

2024-03-02 20:15:00 王芳(10003)
晚上好

2024-03-05 21:00:00 【管理员】陈静(10004)
周六读书会，记得报名
"""


@pytest.fixture
def ws(workspace_path):
    with open_workspace(workspace_path) as ws:
        ws.club = create_community(ws.conn, "读书会").id
        ws.zhang, _ = records.create_member(ws.conn, {"display_name": "张伟"}, ws.club)
        ws.lina1, _ = records.create_member(ws.conn, {"display_name": "李娜", "city": "上海"},
                                            ws.club)
        ws.lina2, _ = records.create_member(ws.conn, {"display_name": "李娜", "city": "杭州"},
                                            ws.club)
        yield ws


def test_a_qq_export_through_the_wizard_is_written_once_and_undone_exactly(qtbot, ws,
                                                                          tmp_path):
    path = tmp_path / "读书会.txt"
    path.write_text(QQ, encoding="gbk")
    before = checksum(ws.conn)
    wizard = ChatImportWizard(ws, ws.club, path=path)
    qtbot.addWidget(wizard)
    wizard.show()
    with qtbot.waitSignal(wizard.review_page.ready, timeout=30_000):
        wizard.next()
    scan = wizard.scan
    assert scan is not None and not scan.problems and scan.messages == 5
    model = wizard.review_page.model
    names = {s.person.name: r for r, s in enumerate(model.rows)}
    assert set(names) == {"李娜", "王芳", "陈静"}  # 张伟 matched by his unique name
    assert {i for _, (_, i) in model.choices(names["李娜"])[:2]} == {ws.lina1, ws.lina2}
    model.decide(names["李娜"], ("link", ws.lina2))
    model.decide(names["王芳"], IGNORE)
    path.unlink()  # written from what the review read, not from the file again
    with qtbot.waitSignal(wizard.import_page.ready, timeout=30_000):
        wizard.next()
    assert wizard.import_page.title() == "Imported", wizard.import_page.summary.text()
    rows = ws.conn.execute(
        "SELECT m.display_name, a.kind FROM activities a JOIN members m ON m.id = a.member_id"
        " ORDER BY a.occurred_at").fetchall()
    assert rows == [("张伟", "发言"), ("李娜", "发言"), ("李娜", "分享"), ("陈静", "发言")]
    assert ws.conn.execute("SELECT member_id FROM member_identities WHERE platform = 'qq'"
                           " AND value = '10002'").fetchone() == (ws.lina2,)
    assert ws.conn.execute("SELECT count(*) FROM activity_texts").fetchone() == (0,)
    wizard.undo_stack.undo()
    assert checksum(ws.conn) == before


def test_a_file_gone_before_the_import_says_so_on_the_page(qtbot, ws, tmp_path, monkeypatch):
    """Without the review's staged rows the import reads the file again; gone, it fails on
    the result page (no message box over it) and nothing is written."""
    from views.chat_import import engine

    path = tmp_path / "读书会.txt"
    path.write_text(QQ, encoding="utf-8")
    before = checksum(ws.conn)
    wizard = ChatImportWizard(ws, ws.club, path=path)
    qtbot.addWidget(wizard)
    wizard.show()
    with qtbot.waitSignal(wizard.review_page.ready, timeout=30_000):
        wizard.next()
    real = engine.import_operation
    monkeypatch.setattr(engine, "import_operation",
                        lambda *a: real(*a[:4]))  # as if the review had read nothing
    path.unlink()
    with qtbot.waitSignal(wizard.import_page.ready, timeout=30_000):
        wizard.next()
    assert wizard.import_page.title() == "Import failed"
    assert "Nothing was changed" in wizard.import_page.summary.text()
    assert checksum(ws.conn) == before


def test_an_export_without_messages_is_refused_on_the_review_page_readably(qtbot, ws,
                                                                            tmp_path):
    """Telegram's "messages": []: Import stays off and the page says how to export the
    history; the sentence wraps in the list (it ran off its right edge, cut at "JSON")."""
    path = tmp_path / "result.json"
    path.write_text('{"name": "读书会", "type": "private_supergroup", "id": 42, '
                    '"messages": []}', encoding="utf-8")
    before = checksum(ws.conn)
    wizard = ChatImportWizard(ws, ws.club, path=path)
    qtbot.addWidget(wizard)
    wizard.resize(900, 620)
    wizard.show()
    with qtbot.waitSignal(wizard.review_page.ready, timeout=30_000):
        wizard.next()
    review = wizard.review_page
    assert not review.isComplete()
    assert "Export chat history" in review.problems.item(0).text()
    assert review.problems.horizontalScrollBar().maximum() == 0
    assert checksum(ws.conn) == before
