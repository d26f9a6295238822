"""The member import's 邀请人 column (issue 19): referrers resolve after the whole file is
read, whatever the row order; ones that cannot be set are warned by row and column and left
empty; one already set is replaced only when the policy updates."""

from __future__ import annotations

import pytest

from models.core.errors import Code
from models.imports import column_mapping
from models.imports.member_import import DuplicatePolicy, ImportOptions, import_members
from models.members import records
from models.store.workspace import open_workspace

HEADERS = ["姓名", "手机号", "微信号", "邀请人"]
MAPPING = column_mapping.guess_mapping(HEADERS)


@pytest.fixture
def conn(workspace_path):
    with open_workspace(workspace_path) as ws:
        records.create_member(ws.conn, {"display_name": "老王", "phone": "13800000009"})
        yield ws.conn


def run(conn, data, policy=DuplicatePolicy.SKIP, bulk=None, **kw):
    rows = [(n + 2, list(v)) for n, v in enumerate(data)]
    return import_members(conn, rows, ImportOptions(MAPPING, HEADERS, policy, bulk=bulk), **kw)


def referrer(conn, name: str) -> str | None:
    row = conn.execute("SELECT r.display_name FROM members m LEFT JOIN members r"
                       " ON r.id = m.referrer_id WHERE m.display_name = ?", (name,)).fetchone()
    return row[0]


def test_the_column_is_recognised():
    assert MAPPING[3] == "referrer"
    assert column_mapping.guess_mapping(["Name", "Referred by"])[1] == "referrer"


@pytest.mark.parametrize("bulk", [False, True], ids=["rows", "bulk"])
def test_referrers_resolve_regardless_of_row_order(conn, bulk):
    data = [("小红", "13900000001", None, "小明"),          # 小明 is a later row
            ("小刚", None, None, "13900000002"),            # by the later row's phone
            ("小明", "13900000002", "xm_wx", "老王"),        # a member already here
            ("小丽", None, None, "xm_wx"),                  # by WeChat id
            ("小芳", None, None, "13800000009")]            # by an existing member's phone
    preview = run(conn, data, dry_run=True)
    assert preview.referrers_set == 5 and preview.referrer_warnings == []
    result = run(conn, data, bulk=bulk)
    assert result.referrers_set == 5 and result.referrer_warnings == []
    assert [referrer(conn, n) for n in ("小红", "小刚", "小明", "小丽", "小芳")] == [
        "小明", "小明", "老王", "小明", "老王"]
    # the analytics' referral chain counts the file's links, bulk or not
    depth = dict(conn.execute(
        "SELECT m.display_name, f.depth FROM member_funnel f JOIN members m"
        " ON m.id = f.member_id WHERE f.scope = 0"))
    assert depth["小红"] == 2 and depth["小明"] == 1


def test_unknown_ambiguous_self_and_circles_are_warned_and_left_empty(conn):
    records.create_member(conn, {"display_name": "重名"})
    records.create_member(conn, {"display_name": "重名"})
    data = [("甲", None, None, "查无此人"),
            ("乙", None, None, "重名"),
            ("丙", None, None, "丙"),
            ("丁", None, None, "戊"),
            ("戊", None, None, "丁")]       # 丁 -> 戊 -> 丁: the later row is the circle
    result = run(conn, data)
    assert result.rejected == 0 and result.added == 5
    warned = [(p.row, p.column, p.code) for p in result.referrer_warnings]
    assert warned == [(2, "邀请人", Code.REFERRER_UNKNOWN), (3, "邀请人", Code.REFERRER_AMBIGUOUS),
                      (4, "邀请人", Code.REFERRER_SELF), (6, "邀请人", Code.REFERRER_LOOP)]
    assert result.referrer_warnings[1].params["count"] == 2
    assert result.referrer_warnings[3].params["chain"] == "戊 → 丁 → 戊"
    assert [referrer(conn, n) for n in "甲乙丙丁戊"] == [None, None, None, "戊", None]


def test_a_referrer_already_set_is_replaced_only_when_the_policy_updates(conn):
    run(conn, [("小明", "13900000002", None, "老王"), ("小李", "13900000003", None, None)])
    again = [("小明", "13900000002", None, "小李"), ("小李", "13900000003", None, "老王")]
    for policy in (DuplicatePolicy.SKIP, DuplicatePolicy.FILL_EMPTY):
        result = run(conn, again, policy)
        assert referrer(conn, "小明") == "老王"
        assert referrer(conn, "小李") == ("老王" if policy is DuplicatePolicy.FILL_EMPTY
                                          else None)
    preview = run(conn, again, DuplicatePolicy.OVERWRITE, dry_run=True)
    assert [(c.display_name, c.field, c.old, c.new) for c in preview.changes] == [
        ("小明", "referrer", "老王", "小李")]
    assert (preview.updated, preview.unchanged) == (1, 1)
    result = run(conn, again, DuplicatePolicy.OVERWRITE)
    assert referrer(conn, "小明") == "小李" and result.updated == 1


def test_undo_of_a_bulk_import_puts_back_referrers_it_set(conn):
    from models.imports.import_undo import import_operation
    from tests.checksums import checksum, differing

    before = checksum(conn)
    rows = [(2, ["老王", "13800000009", None, "新人"]), (3, ["新人", "13900000005", None, None])]
    options = ImportOptions(MAPPING, HEADERS, DuplicatePolicy.OVERWRITE, bulk=True)
    done = import_operation(rows, options)(conn)
    assert referrer(conn, "老王") == "新人"
    done.undo(conn)
    assert differing(checksum(conn), before) == []
