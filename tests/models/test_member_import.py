"""The import engine: duplicates under each policy, strictness, cancel, update by id,
the bulk path, presets (format 6)."""

from __future__ import annotations

import hashlib

import pytest

from models.analytics import funnel_summary, summary
from models.core.errors import Cancelled
from models.imports import column_mapping
from models.imports.member_import import (
    DuplicatePolicy,
    ImportOptions,
    ImportRejected,
    import_members,
)
from models.members import records
from models.members.communities import create_community
from models.schema import migrations
from models.store.workspace import open_workspace

HEADERS = ["姓名", "手机号", "微信号", "邮箱", "城市", "标签", "入群时间"]
MAPPING = column_mapping.guess_mapping(HEADERS)
TABLES = ("members", "memberships", "member_tags", "tags", "member_search_data",
          "member_search_idx", "member_grams_data", "member_grams_idx", "import_presets",
          "communities")


def checksum(conn) -> str:
    """Every row of the member tables and the schema (indexes, triggers) in one digest."""
    digest = hashlib.sha256()
    for table in TABLES:
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2"):
            digest.update(repr(row).encode())
    for row in conn.execute("SELECT type, name, sql FROM sqlite_schema ORDER BY type, name"):
        digest.update(repr(row).encode())
    return digest.hexdigest()


@pytest.fixture
def ws(workspace_path):
    with open_workspace(workspace_path) as ws:
        ws.club = create_community(ws.conn, "读书会").id
        ws.zhang, _ = records.create_member(ws.conn, {
            "display_name": "张伟", "phone": "13800138000", "city": None,
            "notes": "老会员"})
        records.add_tags(ws.conn, [ws.zhang], ["老朋友"])
        yield ws


def rows(*values):
    return [(n + 2, list(v)) for n, v in enumerate(values)]


def run(ws, data, policy=DuplicatePolicy.SKIP, mapping=MAPPING, **kw):
    option_names = {"community_id", "skip_invalid", "bulk", "parallel"}
    options = ImportOptions(mapping, HEADERS, policy,
                            **{k: v for k, v in kw.items() if k in option_names})
    return import_members(ws.conn, data, options,
                          **{k: v for k, v in kw.items() if k not in option_names})


def test_mapping_is_guessed_from_chinese_and_english_headers():
    assert column_mapping.guess_mapping(
        ["姓名", "群昵称", "手机", "微信", "地区", "性别", "标签", "来源", "加入时间", "备注"]) == {
        0: "display_name", 1: "nickname", 2: "phone", 3: "wechat_id", 4: "city",
        5: "gender", 6: "tags", 7: "source", 8: "joined_at", 9: "notes"}
    assert column_mapping.guess_mapping(
        ["Name", "Nickname", "Phone", "WeChat ID", "E-mail", "City", "Tags", "Notes", "x"]) == {
        0: "display_name", 1: "nickname", 2: "phone", 3: "wechat_id", 4: "email", 5: "city",
        6: "tags", 7: "notes"}
    assert column_mapping.guess_mapping(["名字", "电话", "微信号", "入群时间", "手机号"]) == {
        0: "display_name", 1: "phone", 2: "wechat_id", 3: "joined_at"}


def test_header_row_below_title_rows():
    table = [["2024 年读书会会员名单", None, None], [None, None, None],
             ["姓名", "手机号", "备注"], ["李娜", "13900139000", ""]]
    assert column_mapping.guess_header_row(table) == 2
    unknown = [["标题", None, None], ["甲", "乙", "丙"], ["1", "2", "3"]]
    assert column_mapping.guess_header_row(unknown) == 1


def test_adds_members_with_tags_community_and_search(ws):
    result = run(ws, rows(["李娜", "139 0013 9000", "lina_1", "", "上海", "读书，跑步", "2024/3/5"],
                          ["王芳", "", "", "WF@QQ.com", "", "", ""]),
                 community_id=ws.club)
    assert (result.added, result.updated, result.skipped, result.rejected) == (2, 0, 0, 0)
    li = ws.conn.execute("SELECT id, phone, wechat_id, city, tags_text, communities_text,"
                         " joined_at, name_key FROM members WHERE display_name = '李娜'").fetchone()
    assert li[1:6] == ("13900139000", "lina_1", "上海", "读书、跑步", "读书会·成员")
    assert li[6].startswith("2024-03-05T00:00:00") and li[7].startswith("li na")
    assert ws.conn.execute("SELECT email FROM members WHERE display_name = '王芳'").fetchone() == (
        "wf@qq.com",)
    from models.members import roster
    found = roster.all_ids(ws.conn, roster.RosterFilter(text="lina"))
    assert found == [li[0]]
    assert roster.all_ids(ws.conn, roster.RosterFilter(text="ln")) == [li[0]]  # pinyin initials


def test_empty_rows_are_skipped_silently(ws):
    result = run(ws, rows(["", "", "", "", "", "", ""], ["李娜", "", "", "", "", "", ""]))
    assert (result.rows, result.added, result.rejected) == (1, 1, 0)


@pytest.mark.parametrize("policy, name, city, notes, tags, added, updated, skipped", [
    (DuplicatePolicy.SKIP, "张伟", None, "老会员", "老朋友", 0, 0, 1),
    (DuplicatePolicy.FILL_EMPTY, "张伟", "杭州", "老会员", "新人、老朋友", 0, 1, 0),
    (DuplicatePolicy.OVERWRITE, "张大伟", "杭州", "老会员", "新人、老朋友", 0, 1, 0),
    (DuplicatePolicy.KEEP_BOTH, "张伟", None, "老会员", "老朋友", 1, 0, 0),
])
def test_duplicate_of_a_workspace_member_under_each_policy(ws, policy, name, city, notes, tags,
                                                           added, updated, skipped):
    mapping = {**MAPPING, 7: "notes"}
    result = run(ws, rows(["张大伟", "+86 138-0013-8000", "", "", "杭州", "新人", "", ""]),
                 policy, mapping=mapping)
    assert (result.added, result.updated, result.skipped) == (added, updated, skipped)
    assert result.duplicates_in_workspace == (0 if policy is DuplicatePolicy.KEEP_BOTH else 1)
    zhang = records.get_member(ws.conn, ws.zhang)
    assert (zhang.display_name, zhang.city, zhang.notes, zhang.tags_text) == (
        name, city, notes, tags)
    assert ws.conn.execute("SELECT count(*) FROM members").fetchone()[0] == 1 + added


@pytest.mark.parametrize("policy, count, city, tags", [
    (DuplicatePolicy.SKIP, 1, "上海", "读书"),
    (DuplicatePolicy.FILL_EMPTY, 1, "上海", "读书、跑步"),
    (DuplicatePolicy.OVERWRITE, 1, "北京", "读书、跑步"),
    (DuplicatePolicy.KEEP_BOTH, 2, "上海", "读书"),
])
@pytest.mark.parametrize("parallel", [False, True])
def test_duplicates_inside_the_file_under_each_policy(ws, policy, count, city, tags, parallel,
                                                      monkeypatch):
    from models.imports import member_import

    monkeypatch.setattr(member_import, "BATCH", 1)  # the first row is in flight when matched
    result = run(ws, rows(["李娜", "", "lina_1", "", "上海", "读书", ""],
                          ["李娜娜", "", "lina_1", "", "北京", "跑步", ""]), policy,
                 bulk=parallel, parallel=parallel)
    assert result.duplicates_in_file == (0 if policy is DuplicatePolicy.KEEP_BOTH else 1)
    found = ws.conn.execute("SELECT city, tags_text FROM members WHERE wechat_id = 'lina_1'"
                            " ORDER BY id").fetchall()
    assert len(found) == count
    assert found[0] == (city, tags)


def test_matched_by_email_and_wechat_id_too(ws):
    records.update_members(ws.conn, {ws.zhang: {"email": "zw@qq.com", "wechat_id": "zw88"}})
    result = run(ws, rows(["甲", "", "", "ZW@qq.com", "", "", ""],
                          ["乙", "", "zw88", "", "", "", ""]))
    assert (result.added, result.skipped, result.duplicates_in_workspace) == (0, 2, 2)


def test_strict_import_with_a_bad_row_changes_nothing(ws):
    before = checksum(ws.conn)
    data = rows(["李娜", "13900139000", "", "", "", "", ""],
                ["王芳", "1.38001E+10", "", "", "", "", ""],
                ["赵六", "", "", "not-mail", "", "", "someday"])
    with pytest.raises(ImportRejected) as raised:
        run(ws, data)
    assert [p.line() for p in raised.value.result.problems] == [
        "row 3, column 手机号: phone saved in scientific notation (digits lost); format the"
        " column as text and save again",
        "row 4, column 邮箱: not an email address (name@example.com)",
        "row 4, column 入群时间: “someday” is not a date like 2024-03-05"]
    assert checksum(ws.conn) == before


@pytest.mark.parametrize("bulk, parallel", [(False, False), (True, False), (True, True)])
def test_cancel_mid_import_leaves_nothing(ws, bulk, parallel):
    before = checksum(ws.conn)
    data = rows(*[[f"成员{i}", f"139{i:08d}", "", "", "", "标签", ""] for i in range(3000)])
    calls = []

    def cancel(step, done, total):
        calls.append(done)
        return done < 2000

    with pytest.raises(Cancelled):
        run(ws, data, progress=cancel, total=3000, bulk=bulk, parallel=parallel)
    assert calls[:2] == [1000, 2000]
    assert checksum(ws.conn) == before


def test_skip_invalid_imports_the_valid_rows(ws):
    result = run(ws, rows(["李娜", "13900139000", "", "", "", "", ""],
                          ["王芳", "12345", "", "", "", "", ""]), skip_invalid=True)
    assert (result.added, result.rejected) == (1, 1)
    assert result.problems[0].row == 3 and result.problems[0].column == "手机号"


def test_dry_run_reports_and_writes_nothing(ws):
    before = checksum(ws.conn)
    result = run(ws, rows(["李娜", "13900139000", "", "", "", "", ""],
                          ["张伟", "13800138000", "", "", "杭州", "", ""],
                          ["坏", "1", "", "", "", "", ""]),
                 DuplicatePolicy.FILL_EMPTY, dry_run=True)
    assert (result.added, result.updated, result.rejected) == (1, 1, 1)
    assert [(c.member_id, c.field, c.old, c.new) for c in result.changes] == [
        (ws.zhang, "city", None, "杭州")]
    assert checksum(ws.conn) == before


def analytics_summaries(conn):
    return {"member_dims": sorted(r for r in conn.execute("SELECT * FROM member_dims") if r[-1]),
            "member_funnel": sorted(conn.execute("SELECT * FROM member_funnel")),
            "funnel_daily": sorted(r for r in conn.execute("SELECT * FROM funnel_daily")
                                   if any(r[4:]))}


@pytest.mark.parametrize("bulk, parallel", [(False, False), (True, False), (True, True)])
def test_bulk_and_trigger_paths_agree(workspace_path, tmp_path, bulk, parallel, monkeypatch):
    from models.imports import member_import

    monkeypatch.setattr(member_import, "BATCH", 7)  # several batches, some in flight
    with open_workspace(tmp_path / f"{bulk}-{parallel}.qunzhu") as ws:
        club = create_community(ws.conn, "读书会").id
        first, _ = records.create_member(ws.conn, {"display_name": "张伟", "phone": "13800138000"})
        data = rows(*[[f"成员{i}", f"139{i:08d}", "", "", "上海", "读书、跑步" if i % 2 else "",
                       "2024-03-05"] for i in range(50)],
                    ["张伟", "13800138000", "", "", "杭州", "新人", ""])
        result = run(ws, data, DuplicatePolicy.FILL_EMPTY, community_id=club, bulk=bulk,
                     parallel=parallel)
        assert (result.added, result.updated) == (50, 1)
        got = ws.conn.execute(
            "SELECT id, display_name, city, tags_text, communities_text, substr(joined_at, 1, 10),"
            " name_key, search_grams FROM members ORDER BY id").fetchall()
        from models.members import roster
        hits = roster.all_ids(ws.conn, roster.RosterFilter(text="成员4"))
        assert ws.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert ws.conn.execute("PRAGMA foreign_key_check").fetchall() == []  # trusted in bulk
        assert ws.conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
        assert ws.conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        ws.conn.execute("INSERT INTO member_search (member_search) VALUES ('integrity-check')")
        triggers = {r[0] for r in ws.conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'trigger'")}
        kept = analytics_summaries(ws.conn)
        with ws.transaction() as conn:
            summary.rebuild(conn)
            funnel_summary.rebuild(conn)
        # the analytics summaries count the imported members, as a rebuild does
        assert kept == analytics_summaries(ws.conn)
        assert sum(n for scope, dim, _, n in kept["member_dims"]
                   if scope == 0 and dim == "gender") == 51
    assert ("city", "上海", 50) in {tuple(d[1:]) for d in kept["member_dims"] if d[0] == 0}
    assert got[0][2:4] == ("杭州", "新人")
    assert got[2][3:6] == ("读书、跑步", "读书会·成员", "2024-03-05")
    assert len(hits) == 11  # 成员4 and 成员40..49
    assert "members_search_insert" in triggers and "member_tags_add" in triggers


def test_update_by_id_changes_exactly_the_edited_fields(ws):
    li, _ = records.create_member(ws.conn, {"display_name": "李娜", "phone": "13900139000",
                                            "city": "上海", "wechat_id": "007li"})
    records.add_tags(ws.conn, [li], ["读书", "跑步"])
    headers = ["ID", "姓名", "手机", "微信号", "城市", "标签", "社群", "积分"]
    mapping = column_mapping.guess_mapping(headers)
    assert mapping == {0: "id", 1: "display_name", 2: "phone", 3: "wechat_id", 4: "city",
                       5: "tags"}
    before = records.get_member(ws.conn, li)
    data = [(2, [float(li), "李娜", "13900139000", "007li", "杭州", "跑步、摄影", "x", 3.0]),
            (3, [float(ws.zhang), "张伟", 13800138000.0, None, None, "老朋友", "", 0])]
    options = ImportOptions(mapping, headers)
    preview = import_members(ws.conn, data, options, dry_run=True)
    assert [(c.member_id, c.field, c.old, c.new) for c in preview.changes] == [
        (li, "city", "上海", "杭州"), (li, "tags", "读书、跑步", "摄影、跑步")]
    assert (preview.updated, preview.unchanged) == (1, 1)
    result = import_members(ws.conn, data, options)
    after = records.get_member(ws.conn, li)
    assert after.city == "杭州" and after.tags_text == "摄影、跑步"
    same = {f for f in records.MEMBER_COLUMNS
            if getattr(before, f) == getattr(after, f)}
    assert set(records.MEMBER_COLUMNS) - same - {"updated_at"} == {"city", "tags_text"}
    assert result.updated_ids == [li]


def test_update_by_id_reports_unknown_ids(ws):
    headers = ["ID", "姓名"]
    with pytest.raises(ImportRejected) as raised:
        import_members(ws.conn, [(2, [999, "某人"])],
                       ImportOptions(column_mapping.guess_mapping(headers), headers))
    assert raised.value.result.problems[0].reason.startswith("no member with id 999")


def test_presets_are_saved_in_format_6(ws):
    assert ws.schema_version == migrations.LATEST_VERSION >= 6
    assert "import_presets" in {r[0] for r in ws.conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table'")}
    assert [m.version for m in migrations.MIGRATIONS] == sorted(
        m.version for m in migrations.MIGRATIONS)
    headers = ["成员名", "联系电话", "x"]
    column_mapping.save_preset(ws.conn, "企业微信导出", headers, {0: "display_name", 1: "phone"})
    saved = column_mapping.presets(ws.conn)
    assert saved == {"企业微信导出": {"成员名": "display_name", "联系电话": "phone"}}
    moved = ["x", "联系电话", "成员名"]
    assert column_mapping.apply_preset(saved["企业微信导出"], moved) == {
        1: "phone", 2: "display_name"}
    column_mapping.delete_preset(ws.conn, "企业微信导出")
    assert column_mapping.presets(ws.conn) == {}


def search_matches_members(conn):
    """FTS5's integrity-check with rank 1 also compares each index with the members."""
    for table in ("member_search", "member_grams"):
        conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")


def test_the_helper_process_reads_pinyin_and_builds_the_search(ws, monkeypatch):
    from models.imports import member_import
    from models.members import roster
    from models.search import helper, text_index
    from models.store import staging

    used = []
    original = helper.SearchHelper.submit

    def submit(self, pairs, texts=None):
        used.append(len(pairs))
        return original(self, pairs, texts)

    monkeypatch.setattr(helper.SearchHelper, "submit", submit)
    monkeypatch.setattr(member_import, "BATCH", 10)
    monkeypatch.setattr(helper, "CHUNK", 1)  # existing members in several messages
    records.create_member(ws.conn, {"display_name": "李娜", "wechat_id": "lina_007"})
    data = rows(*[[f"欧阳{i}", "", "", "", "", "", ""] for i in range(25)],
                ["张伟", "13800138000", "", "", "杭州", "摄影", ""])  # updates an existing one
    result = run(ws, data, DuplicatePolicy.FILL_EMPTY, bulk=True, parallel=True)
    assert (result.added, result.updated) == (25, 1)
    assert used == [10, 10, 5]
    got = ws.conn.execute(f"SELECT display_name, {', '.join(text_index.SEARCH_COLUMNS)}"
                          " FROM members WHERE display_name = '欧阳3'").fetchone()
    assert got[1:] == text_index.search_columns("欧阳3", None)
    search_matches_members(ws.conn)

    def found(text):
        ids = roster.all_ids(ws.conn, roster.RosterFilter(text=text))
        return ws.conn.execute("SELECT display_name FROM members WHERE id IN"
                               f" ({', '.join(map(str, ids))}) ORDER BY id").fetchall()

    assert found("欧阳12") == [("欧阳12",)]
    assert len(found("ouyang")) == len(found("oy")) == 25  # pinyin, then initials
    assert found("007") == [("李娜",)]  # a member the workspace had, still indexed
    assert found("摄影") == found("老朋友") == found("老会员") == [("张伟",)]  # its update too
    records.create_member(ws.conn, {"display_name": "欧阳娜娜"})  # the adopted index goes on
    assert found("欧阳娜") == [("欧阳娜娜",)]
    search_matches_members(ws.conn)
    assert "search_build" not in {r[1] for r in ws.conn.execute("PRAGMA database_list")}
    assert not staging.root_for(ws.path).exists()  # the helper's staging folder is gone


@pytest.mark.parametrize("bulk", [False, True])
def test_a_member_updated_twice_in_one_import_keeps_both_updates(ws, bulk):
    """The summary triggers are off during imports: a second row reaching the same member
    must still see the first row's tags, and the summaries and search end up right."""
    data = rows(["张伟", "13800138000", "", "", "杭州", "跑步", ""],
                ["张伟", "13800138000", "", "", "", "摄影", ""],
                ["李娜", "13900139000", "", "", "", "读书 跑步", ""])
    result = run(ws, data, DuplicatePolicy.FILL_EMPTY, community_id=ws.club, bulk=bulk)
    assert (result.added, result.updated) == (1, 2)
    found = ws.conn.execute("SELECT display_name, city, tags_text, communities_text FROM members"
                            " ORDER BY id").fetchall()
    assert found == [("张伟", "杭州", "摄影、老朋友、跑步", "读书会·成员"),
                     ("李娜", None, "读书、跑步", "读书会·成员")]
    from models.members import roster
    assert roster.all_ids(ws.conn, roster.RosterFilter(text="摄影、老")) == [ws.zhang]
    exported_id = {0: "id", 5: "tags"}
    twice = [(2, [ws.zhang, "", "", "", "", "读书"]), (3, [ws.zhang, "", "", "", "", "新人"])]
    result = run(ws, twice, mapping=exported_id, bulk=bulk)
    assert ws.conn.execute("SELECT tags_text FROM members WHERE id = ?",
                           (ws.zhang,)).fetchone() == ("新人",)
    triggers = {r[0] for r in ws.conn.execute("SELECT name FROM sqlite_schema"
                                              " WHERE type = 'trigger'")}
    assert {"member_tags_add", "memberships_add"} <= triggers


def test_rows_that_are_not_members_are_reported_not_imported(ws):
    """A totals row, headings, a repeated header, notes and a row naming nobody used to be
    imported as members or fail a strict import as invalid (issue 14, item 10)."""
    data = [
        (2, ["一组", None, None, None, None, None, None]),
        (3, ["李娜", "13900139000", None, None, "北京", None, None]),
        (4, ["【二组】", None, None, None, None, None, None]),
        (5, ["王芳", None, "wangfang", None, None, None, None]),
        (6, ["姓名", "手机号", "微信号", "邮箱", "城市", "标签", "入群时间"]),
        (7, ["赵六", None, None, None, "上海", None, None]),
        (8, [None, None, None, None, "杭州", "读书", None]),
        (9, ["合计", "3人", None, None, None, None, None]),
        (10, ["共 3 人", None, None, None, None, None, None]),
        (11, ["Total: 3", None, None, None, None, None, None]),
        (12, ["备注：以上为三月报名名单", None, None, None, None, None, None]),
    ]
    before = checksum(ws.conn)
    preview = run(ws, data, dry_run=True)
    assert checksum(ws.conn) == before
    result = run(ws, data)  # strict: the file is fine, so it imports
    for report in (preview, result):
        assert (report.added, report.rejected, report.rows) == (3, 0, 3)
        assert [(p.row, p.reason) for p in report.passed_over] == [
            (2, "a section heading, not a member"),
            (4, "a section heading, not a member"),
            (6, "the header row again, not a member"),
            (8, "no name, nickname, phone, WeChat id or email: not a member"),
            (9, "a totals row, not a member"),
            (10, "a totals row, not a member"),
            (11, "a totals row, not a member"),
            (12, "a note, not a member")]
        assert report.passed_over[-2].column == "姓名"
        assert report.passed_over[-1].value == "备注：以上为三月报名名单"
    names = [n for (n,) in ws.conn.execute("SELECT display_name FROM members ORDER BY id")]
    assert names == ["张伟", "李娜", "王芳", "赵六"]


def test_a_person_with_a_contact_is_never_passed_over(ws):
    """Only rows without a phone, WeChat id or email are judged by their name."""
    data = rows(["合计", "13900139000", None, None, None, None, None],
                [None, "13700137000", None, None, None, None, None])
    result = run(ws, data, dry_run=True)
    assert result.passed_over == []
    assert (result.added, result.rejected) == (1, 1)  # the second needs a name
