"""``qunzhu import orders``: a shop's export in, a summary out; a bad amount exits 2 naming
the row and the column with the workspace unchanged; a second run adds nothing."""

from __future__ import annotations

import pytest

from models.members import records
from models.members.communities import create_community
from models.store.workspace import open_workspace
from tests.checksums import checksum
from tests.desktop.test_cli import qunzhu
from tests.exports.order_samples import PLAIN_HEADER, write_csv, youzan_csv, youzan_row


@pytest.fixture
def workspace(tmp_path):
    path = tmp_path / "shop.qunzhu"
    with open_workspace(path) as ws:
        create_community(ws.conn, "烘焙群")
        records.create_member(ws.conn, {"display_name": "Alice", "phone": "13800138000"})
    return path


def export(tmp_path):
    return youzan_csv(tmp_path / "有赞.csv", [
        youzan_row("E1", "交易完成", "2026-06-19 10:01:00", "1,234.50", "Alice", "13800138000"),
        youzan_row("E1", "交易完成", "2026-06-19 10:01:00", "1,234.50", "Alice", "13800138000",
                   product="面包"),
        youzan_row("E2", "交易关闭", "", "88.00", "Bob", "13900139000"),
        youzan_row("E3", "交易完成", "2026-06-20 10:00:00", "12", "Eve", "13500135000"),
    ])


def test_orders_import_prints_a_summary_and_adds_nothing_twice(workspace, tmp_path):
    path = export(tmp_path)
    done = qunzhu("import", "orders", str(path), "--workspace", str(workspace),
                  "--community", "烘焙群")
    assert done.returncode == 0, done.stderr
    assert "3 order(s) read, 1 purchase(s) added (¥1,234.50)" in done.stdout
    assert "(有赞)" in done.stdout
    assert "Not purchases, by status: 交易关闭 1." in done.stdout
    assert "Eve / 13500135000: 1 order(s), ¥12.00" in done.stdout
    assert "--unmatched new" in done.stdout
    again = qunzhu("import", "orders", str(path), "--workspace", str(workspace),
                   "--community", "烘焙群", "--unmatched", "new")
    assert again.returncode == 0, again.stderr
    assert "1 purchase(s) added (¥12.00), 1 already imported" in again.stdout
    assert "1 new member(s) created" in again.stdout
    with open_workspace(workspace) as ws:
        assert ws.conn.execute("SELECT count(*), sum(amount) FROM activities"
                               " WHERE kind = '购买'").fetchone() == (2, 124650)


def test_a_bad_amount_exits_2_naming_row_and_column_and_changes_nothing(workspace, tmp_path):
    path = write_csv(tmp_path / "bad.csv", PLAIN_HEADER, [
        ["P1", "2026-01-05 12:00", "Alice", "13800138000", "书", "20", "已付款"],
        ["P2", "2026-01-05 12:00", "Alice", "13800138000", "书", "¥12,34", "已付款"]])
    with open_workspace(workspace) as ws:
        before = checksum(ws.conn)
    done = qunzhu("import", "orders", str(path), "--workspace", str(workspace))
    assert done.returncode == 2
    assert "row 3, column 金额:" in done.stderr
    assert "nothing was imported" in done.stderr
    with open_workspace(workspace) as ws:
        assert checksum(ws.conn) == before


def test_messages_in_chinese(workspace, tmp_path):
    done = qunzhu("import", "orders", str(export(tmp_path)), "--workspace", str(workspace),
                  lang="zh_CN")
    assert done.returncode == 0, done.stderr
    assert "已读取 3 个订单" in done.stdout


def test_a_masked_phone_matched_by_name_is_not_called_unmatched(workspace, tmp_path):
    """淘宝 masks phones (138****8000). The order below is Alice's by her name and is
    imported, yet the summary said its phone "cannot match a member", which reads as if
    the order were left out."""
    path = write_csv(tmp_path / "masked.csv", PLAIN_HEADER, [
        ["P1", "2026-01-05 12:00", "Alice", "138****8000", "书", "5", "已付款"]])
    done = qunzhu("import", "orders", str(path), "--workspace", str(workspace))
    assert done.returncode == 0, done.stderr
    assert "1 purchase(s) added (¥5.00)" in done.stdout
    assert "cannot match a member" not in done.stdout
    assert ("1 order(s) had a masked phone (such as 138****0000): matched by WeChat id or "
            "name instead, where one was given") in done.stdout


@pytest.mark.parametrize(("lang", "label"), [("en", "(a spreadsheet)"), ("zh_CN", "（表格）")])
def test_a_generic_sheet_is_labelled_a_spreadsheet_not_a_shop(workspace, tmp_path, lang,
                                                                label):
    path = write_csv(tmp_path / "orders.csv", ["订单号", "下单时间", "付款时间", "买家手机号",
                                               "实付金额"],
                     [["G1", "2026-03-01 08:00", "2026-03-01 08:01", "13800138000", "12"]])
    done = qunzhu("import", "orders", str(path), "--workspace", str(workspace), lang=lang)
    assert done.returncode == 0, done.stderr
    assert label in done.stdout
    assert "微店" not in done.stdout


def test_one_order_number_with_two_buyers_is_refused_naming_both_rows(workspace, tmp_path):
    path = write_csv(tmp_path / "two.csv", PLAIN_HEADER, [
        ["A1", "2026-01-05 12:00", "Alice", "13800138000", "书", "20", "已付款"],
        ["A1", "2026-01-05 12:00", "Bob", "13900139000", "笔", "5", "已付款"]])
    with open_workspace(workspace) as ws:
        before = checksum(ws.conn)
    for lang, words in (("en", ("row 3, column 联系电话:", "A1", "row 2", "13800138000")),
                        ("zh_CN", ("第 3 行", "第 2 行", "A1", "另一位买家"))):
        done = qunzhu("import", "orders", str(path), "--workspace", str(workspace), lang=lang)
        assert done.returncode == 2, done.stdout
        assert all(word in done.stderr for word in words), done.stderr
    with open_workspace(workspace) as ws:
        assert checksum(ws.conn) == before


def test_refund_rows_under_other_numbers_give_back_and_one_of_no_order_is_refused(workspace,
                                                                                 tmp_path):
    """A1-R (a refund under a suffixed number) counted as a second purchase of ¥30 instead
    of taking ¥30 off A1; a refund of an order nowhere must be named by its row."""
    rows = [["A1", "2026-01-05 12:00", "Alice", "13800138000", "书", "100", "已付款"],
            ["A1-R", "2026-01-06 12:00", "Alice", "13800138000", "书", "30", "退款成功"]]
    path = write_csv(tmp_path / "orders.csv", PLAIN_HEADER, rows)
    done = qunzhu("import", "orders", str(path), "--workspace", str(workspace))
    assert done.returncode == 0, done.stderr
    assert "1 purchase(s) added (¥70.00)" in done.stdout
    with open_workspace(workspace) as ws:
        before = checksum(ws.conn)
    lost = write_csv(tmp_path / "lost.csv", PLAIN_HEADER, [
        ["Z9-退款", "2026-01-06 12:00", "Alice", "13800138000", "书", "-30", "退款成功"]])
    refused = qunzhu("import", "orders", str(lost), "--workspace", str(workspace), lang="zh_CN")
    assert refused.returncode == 2, refused.stdout
    assert "第 2 行" in refused.stderr and "Z9" in refused.stderr, refused.stderr
    with open_workspace(workspace) as ws:
        assert checksum(ws.conn) == before
