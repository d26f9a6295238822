"""A big chat or order import (a bulk load of activities) is undone and redone exactly: every
table's checksum after undo equals the one before the import, after redo the one after it.
System lines (joins, invitations that set referrers, QR joins, leaves, removals), members
and identities it created, texts it kept, points its rules granted and honours it gave, and
earlier purchases it took back or amended all go back. An undo that would lose something
written since refuses and writes nothing. The bulk path is forced on small files."""

from __future__ import annotations

import pytest

from models.activity.honours import add_honour
from models.activity.points_rules import add_rule
from models.activity.quick_log import log_interactions
from models.events.registrations import register
from models.events.schedule import EventFields, create_event
from models.imports import order_import
from models.imports.order_import import order_import_operation
from models.imports.order_records import OrderImportOptions, Unmatched
from models.members import records
from models.store.operations import run
from models.store.row_undo import UndoConflict
from tests.checksums import checksum, differing, fts_ok
from tests.exports.order_samples import youzan_csv, youzan_row
from tests.models.chat_fixtures import (  # noqa: F401 (chat_ws: the ws fixture)
    SystemEvent,
    at,
    chat_ws,
    import_records,
    say,
    wx,
)
from tests.models.test_import_undo import summaries_agree
from tests.models.test_order_import import do_import, first_export, orders_of

ZHANG, LI4, WANG5, ZHOU = wx("张伟"), wx("李四"), wx("王五"), wx("周六")
LI_NA = wx("李娜", "wxid_lina")


def event(action, targets, when, actor=None):
    return SystemEvent(at(when), action, tuple(targets), actor)


def chat_records():
    """A day of a WeChat group: invitations (referrers for newcomers and for 李娜, who has
    none), a QR join, messages by old and new members (texts kept), a removal, a leave."""
    return [
        say(ZHANG, "2026-03-01 09:00:00", "早"),
        event("invite", [LI4, WANG5], "2026-03-01 10:00:00", ZHANG),
        event("qr_join", [ZHOU], "2026-03-01 10:05:00", LI4),
        event("invite", [LI_NA], "2026-03-01 10:06:00", ZHANG),
        say(wx("李四", "wxid_li4"), "2026-03-01 10:10:00", "谢谢邀请"),
        say(wx("王五", "wxid_wang5"), "2026-03-02 08:00:00", "大家好"),
        say(wx("王五", "wxid_wang5"), "2026-03-02 08:01:00", "http://x", kind="分享"),
        say(LI_NA, "2026-03-02 09:00:00", "欢迎"),
        say(ZHANG, "2026-04-03 09:00:00", "四月了"),
        event("remove", [ZHOU], "2026-04-05 09:00:00", ZHANG),
        event("leave", [WANG5], "2026-04-06 09:00:00"),
    ]


@pytest.fixture
def rules(ws):
    """Points rules and honours, and an earlier (small) import for them to add to."""
    add_rule(ws.conn, ws.club, "发言", 1, daily_cap=1)
    add_rule(ws.conn, ws.club, "邀请", 10)
    add_honour(ws.conn, "活跃", "points", 2, ws.club)
    add_honour(ws.conn, "伯乐", "invited", 1)
    add_honour(ws.conn, "常在", "months_active", 2, ws.club)
    import_records(ws.conn, ws.club, [say(ZHANG, "2026-03-01 08:00:00", "更早")],
                   fmt="wechat")
    return ws


def bulk_chat(ws):
    done = import_records(ws.conn, ws.club, chat_records(), fmt="wechat", bulk=True,
                          keep_text=True)
    assert done.value.bulk
    return done


def new_member(conn, name):
    [(found,)] = conn.execute("SELECT id FROM members WHERE display_name = ?",
                              (name,)).fetchall()
    return found


def test_undo_and_redo_of_a_bulk_chat_import_are_exact(ws, rules):
    conn = ws.conn
    before = checksum(conn)
    done = bulk_chat(ws)
    result = done.value
    assert (result.members_created, result.invitations, result.referrers_set) == (3, 4, 4)
    assert (result.removals, result.leaves) == (1, 1)
    # what the import wrote, so the checksums below compare something
    li4 = new_member(conn, "李四")
    assert conn.execute("SELECT referrer_id FROM members WHERE id = ?",
                        (ws.li,)).fetchone()[0] == ws.zhang
    assert conn.execute("SELECT count(*) FROM member_identities WHERE member_id = ?",
                        (li4,)).fetchone()[0] == 2
    assert conn.execute("SELECT count(*) FROM activity_texts").fetchone()[0] == 6
    assert conn.execute("SELECT count(*) FROM member_honours").fetchone()[0] >= 3
    assert done.undo is not None and done.undo.long  # the window runs it on a worker
    after = checksum(conn)
    undone = run(conn, done.undo)
    assert differing(checksum(conn), before) == []
    assert fts_ok(conn) and summaries_agree(conn)
    assert conn.execute("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"
                        " AND tbl_name IN ('activities', 'points_ledger')").fetchone()[0] >= 15
    redone = run(conn, undone.undo)
    assert differing(checksum(conn), after) == []
    assert fts_ok(conn) and summaries_agree(conn)
    run(conn, redone.undo)
    assert differing(checksum(conn), before) == []
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_bulk_chat_import_without_new_members_undoes_too(ws):
    """Only members the workspace knows, nothing created: the ranges alone and the members'
    last activity."""
    conn = ws.conn
    before = checksum(conn)
    done = import_records(conn, ws.club, [say(ZHANG, "2026-03-01 09:00:00"),
                                          say(ZHANG, "2026-03-01 09:00:01")],
                          fmt="wechat", bulk=True)
    assert done.value.messages_added == 2
    run(conn, done.undo)
    assert differing(checksum(conn), before) == []


def refuses_and_writes_nothing(conn, undo):
    before = checksum(conn)
    with pytest.raises(UndoConflict):
        run(conn, undo)
    assert differing(checksum(conn), before) == []


def test_undo_refuses_when_a_created_member_was_registered_since(ws, rules):
    done = bulk_chat(ws)
    event_, _ = create_event(ws.conn, EventFields("读书沙龙", "2026-05-01T19:00:00+08:00",
                                                  community_id=ws.club))
    register(ws.conn, event_.id, [new_member(ws.conn, "王五")])
    refuses_and_writes_nothing(ws.conn, done.undo)


def test_undo_refuses_after_a_quick_log_on_a_member_it_created(ws, rules):
    done = bulk_chat(ws)
    log_interactions(ws.conn, [new_member(ws.conn, "李四")], "发言", "2026-05-01", ws.club)
    refuses_and_writes_nothing(ws.conn, done.undo)


def test_undo_refuses_when_a_member_it_changed_was_edited_since(ws, rules):
    done = bulk_chat(ws)
    records.update_members(ws.conn, {ws.li: {"nickname": "小娜"}})
    refuses_and_writes_nothing(ws.conn, done.undo)


def test_undo_refuses_when_points_were_given_on_an_imported_activity(ws, rules):
    done = bulk_chat(ws)
    activity = ws.conn.execute("SELECT max(id) FROM activities").fetchone()[0]
    ws.conn.execute("INSERT INTO points_ledger (member_id, delta, reason, occurred_at,"
                    " activity_id) VALUES (?, 5, '手动', '2026-05-01T10:00:00+08:00', ?)",
                    (ws.zhang, activity))
    refuses_and_writes_nothing(ws.conn, done.undo)


def test_redo_refuses_when_something_took_the_ids_since(ws, rules):
    done = bulk_chat(ws)
    undone = run(ws.conn, done.undo)
    log_interactions(ws.conn, [ws.zhang], "发言", "2026-05-01", ws.club)
    refuses_and_writes_nothing(ws.conn, undone.undo)


# -- orders --------------------------------------------------------------------------------

def bulk_orders(ws, path, monkeypatch, **options):
    """The import of ``path`` forced onto its bulk path (any file past 2 orders)."""
    monkeypatch.setattr(order_import, "BULK_ORDERS", 2, raising=False)
    monkeypatch.setattr(order_import, "UNDO_ORDERS", 2, raising=False)
    found = orders_of(path)
    return run(ws.conn, order_import_operation(found.orders, OrderImportOptions(**options),
                                               problems=found.problems))


def later_export(tmp_path):
    """E1 refunded now (taken back), E3 partly refunded (amended), new orders: two of a
    buyer nobody knows, one of Alice."""
    return youzan_csv(tmp_path / "later.csv", [
        youzan_row("E1", "已退款", "2026-06-19 10:01:00", "1,234.50", "Alice", "13800138000"),
        youzan_row("E3", "交易完成", "2026-06-21 12:00:00", "66.6", "Carol", "",
                   refund_status="部分退款", refunded="20.00"),
        youzan_row("E7", "交易完成", "2026-06-23 12:00:00", "5", "Zed", "13300133000"),
        youzan_row("E8", "交易完成", "2026-07-01 12:00:00", "88", "Zed", "13300133000"),
        youzan_row("E9", "交易完成", "2026-07-02 09:30:00", "12", "Alice", "13800138000"),
    ])


@pytest.fixture(name="shop")
def shop_ws(workspace_path):
    from models.core.zones import set_default_tzid
    from models.members.communities import create_community
    from models.store.workspace import open_workspace

    with open_workspace(workspace_path) as ws:
        set_default_tzid(ws.conn, "Asia/Shanghai")
        ws.shop = create_community(ws.conn, "烘焙群").id
        ws.alice, _ = records.create_member(ws.conn, {"display_name": "Alice",
                                                      "phone": "13800138000"}, ws.shop)
        ws.bob, _ = records.create_member(ws.conn, {"display_name": "鲍勃",
                                                    "wechat_id": "wxid_bob"})
        ws.carol, _ = records.create_member(ws.conn, {"display_name": "Carol"}, ws.shop)
        add_rule(ws.conn, ws.shop, "购买", 1, per_fen=100)  # a point per yuan
        add_honour(ws.conn, "常客", "points", 1000, ws.shop)
        add_honour(ws.conn, "回头客", "months_active", 2)
        yield ws


def test_undo_and_redo_of_a_bulk_order_import_with_refunds_are_exact(shop, tmp_path,
                                                                      monkeypatch):
    conn = shop.conn
    do_import(shop, first_export(tmp_path), community_id=shop.shop)  # small: recorded
    assert conn.execute("SELECT count(*) FROM member_honours").fetchone()[0] >= 1
    before = checksum(conn)
    done = bulk_orders(shop, later_export(tmp_path), monkeypatch, community_id=shop.shop,
                       unmatched=Unmatched.NEW)
    result = done.value
    assert result.bulk and done.undo is not None
    assert (result.purchases_added, result.taken_back, result.amounts_changed,
            result.members_created) == (3, 1, 1, 1)
    after = checksum(conn)
    assert summaries_agree(conn)
    undone = run(conn, done.undo)
    assert differing(checksum(conn), before) == []
    assert fts_ok(conn) and summaries_agree(conn)
    redone = run(conn, undone.undo)
    assert differing(checksum(conn), after) == []
    assert summaries_agree(conn)
    run(conn, redone.undo)
    assert differing(checksum(conn), before) == []
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_refund_in_a_bulk_import_takes_the_purchase_points_back(shop, tmp_path,
                                                                  monkeypatch):
    """The bulk load runs with the foreign keys off: the points of a purchase it takes back
    must go with it all the same (no cascade to count on)."""
    conn = shop.conn
    do_import(shop, first_export(tmp_path), community_id=shop.shop)
    bulk_orders(shop, later_export(tmp_path), monkeypatch, community_id=shop.shop,
                unmatched=Unmatched.NEW)
    assert conn.execute("SELECT count(*) FROM points_ledger WHERE activity_id NOT IN"
                        " (SELECT id FROM activities)").fetchone()[0] == 0
    assert conn.execute("SELECT points FROM members WHERE id = ?",
                        (shop.alice,)).fetchone()[0] == 12


def test_order_undo_refuses_when_a_created_buyer_was_edited_since(shop, tmp_path,
                                                                 monkeypatch):
    do_import(shop, first_export(tmp_path), community_id=shop.shop)
    done = bulk_orders(shop, later_export(tmp_path), monkeypatch, community_id=shop.shop,
                       unmatched=Unmatched.NEW)
    [zed] = done.value.created_ids
    records.update_members(shop.conn, {zed: {"city": "杭州"}})
    refuses_and_writes_nothing(shop.conn, done.undo)


def test_order_undo_and_redo_count_summaries_again_when_one_moved_since(shop, tmp_path,
                                                                       monkeypatch):
    """A quick log for Alice written outside the undo stack moved summary rows the import
    moved too: the undo cannot put their images back, it counts them again (Alice's last
    activity too), keeps the log and leaves every summary as a full rebuild would."""
    conn = shop.conn
    do_import(shop, first_export(tmp_path), community_id=shop.shop)
    done = bulk_orders(shop, later_export(tmp_path), monkeypatch, community_id=shop.shop,
                       unmatched=Unmatched.NEW)
    log_interactions(conn, [shop.alice], "发言", "2026-07-02", shop.shop)
    undone = run(conn, done.undo)
    assert summaries_agree(conn)
    assert conn.execute("SELECT count(*) FROM activities WHERE member_id = ? AND kind = '发言'",
                        (shop.alice,)).fetchone()[0] == 1
    # Alice's row is no longer the image the redo would start from: it refuses
    refuses_and_writes_nothing(conn, undone.undo)
    assert summaries_agree(conn)


def test_chat_undo_counts_speakers_again_when_a_summary_moved_since(ws):
    """A message logged for 李娜 on the import's day, outside the undo stack, moved a
    summary row the import moved too (the day's counts): the undo counts every summary
    again, the top speakers' counts (``people_counts``) among them, so 张伟's imported
    messages leave the ranking with their rows."""
    conn = ws.conn
    done = import_records(conn, ws.club, [say(ZHANG, f"2026-03-01 09:00:{n:02d}")
                                          for n in range(5)], fmt="wechat", bulk=True)
    log_interactions(conn, [ws.li], "发言", "2026-03-01", ws.club)
    run(conn, done.undo)
    assert summaries_agree(conn)
    assert conn.execute("SELECT coalesce(sum(n), 0) FROM people_counts WHERE member_id = ?",
                        (ws.zhang,)).fetchone()[0] == 0
