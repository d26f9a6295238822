"""Searching members: Chinese of any length, pinyin, phone pieces, tags, notes."""

from __future__ import annotations

import pytest

from models.members import records
from models.members.communities import create_community
from models.search import query
from models.store.workspace import open_workspace

PEOPLE = [
    # display_name, nickname, phone, wechat_id, email, notes, city
    ("张伟", "阿伟", "13800138000", "wxid_zw", None, "七月沙龙来过", "杭州"),
    ("张小红", "小红🌸", "13912345678", None, "red@example.com", None, "上海"),
    ("王芳", "Lucky", "13700001111", "fangfang88", None, "宝妈，对育儿感兴趣", "杭州"),
    ("曾小贤", None, "15000002222", None, None, None, "北京"),
    ("欧阳娜娜", "娜娜", None, None, "nana@qq.com", None, "深圳"),
    ("李伟", None, "18611112222", None, None, None, "杭州"),
]


@pytest.fixture
def ws(workspace_path):
    with open_workspace(workspace_path) as ws:
        community = create_community(ws.conn, "杭州读书会")
        ids = {}
        for name, nick, phone, wx, email, notes, city in PEOPLE:
            ids[name], _ = records.create_member(ws.conn, {
                "display_name": name, "nickname": nick, "phone": phone, "wechat_id": wx,
                "email": email, "notes": notes, "city": city}, community_id=community.id)
        records.add_tags(ws.conn, [ids["王芳"]], ["宝妈", "潜在客户"])
        ws.ids = ids
        yield ws


def names(ws, text):
    return sorted(hit.display_name for hit in query.find_members(ws.conn, text, limit=50))


@pytest.mark.parametrize("text, expected", [
    ("张", ["张伟", "张小红"]),  # one Chinese character
    ("伟", ["张伟", "李伟"]),
    ("小红", ["张小红"]),  # two
    ("张小红", ["张小红"]),  # three: the trigram index
    ("娜娜", ["欧阳娜娜"]),
    ("欧阳娜", ["欧阳娜娜"]),
    ("zhangwei", ["张伟"]),  # full pinyin
    ("zw", ["张伟"]),  # initials, two letters
    ("zxh", ["张小红"]),  # initials, three letters
    ("zengxiaoxian", ["曾小贤"]),  # polyphonic surname: the surname reading
    ("cengxiaoxian", ["曾小贤"]),  # and the common one
    ("ZhangWei", ["张伟"]),  # case does not matter
    ("wei", ["张伟", "李伟"]),
    ("0013", ["张伟"]),  # phone fragment
    ("138 0013 8000", ["张伟"]),  # phone typed with spaces
    ("+86 138-0013-8000", ["张伟"]),  # with the country code and dashes
    ("１３８００１３８０００", ["张伟"]),  # full-width digits
    ("fangfang", ["王芳"]),  # WeChat id
    ("example.com", ["张小红"]),  # email
    ("七月沙龙", ["张伟"]),  # notes: three characters or more
    ("沙龙", []),  # one or two characters search names, nicknames and tags only
    ("宝妈", ["王芳"]),  # tags, two characters
    ("潜在客户", ["王芳"]),
    ("lucky", ["王芳"]),  # nickname, latin
    ("张 杭州", []),  # every term must match a searched field; city is a filter
    ("张 红", ["张小红"]),
    ("nobody", []),
    ("", []),
])
def test_search_finds(ws, text, expected):
    assert names(ws, text) == expected


def test_edits_reach_the_index(ws):
    records.update_members(ws.conn, {ws.ids["李伟"]: {"display_name": "李雷",
                                                     "phone": "18699990000"}})
    assert names(ws, "李伟") == [] and names(ws, "伟") == ["张伟"]
    assert names(ws, "李雷") == ["李雷"] and names(ws, "lilei") == ["李雷"]
    assert names(ws, "9999") == ["李雷"] and names(ws, "1111") == ["王芳"]


def test_trashed_members_are_not_found_until_restored(ws):
    records.set_deleted(ws.conn, [ws.ids["张伟"]], True)
    assert names(ws, "张") == ["张小红"]
    records.set_deleted(ws.conn, [ws.ids["张伟"]], False)
    assert names(ws, "张") == ["张伟", "张小红"]


def test_terms_normalize_phones_and_width():
    assert query.terms(" 张  伟 ") == ["张", "伟"]
    assert query.terms("+86 138-0013-8000") == ["13800138000"]
    assert query.terms("ＡＢＣ") == ["abc"]
    assert query.hits_sql("   ") is None


@pytest.mark.parametrize("text", ["张", "伟", "小红", "张小红", "zhangwei", "zw", "wei", "0013",
                                  "宝妈", "lucky", "张 红", "nobody", ""])
def test_pickers_find_what_the_plain_search_finds(ws, text):
    """Pickers and check-in read a page the roster's way; same members, same order."""
    from models.members import roster

    community_id = ws.conn.execute("SELECT min(id) FROM communities").fetchone()[0]
    for scope in (None, community_id):
        fast = roster.find_members(ws.conn, text, limit=50, community_id=scope)
        plain = query.find_members(ws.conn, text, limit=50, community_id=scope)
        assert fast == plain


def test_a_name_sorts_before_the_longer_names_it_starts(ws, monkeypatch):
    from models.members import roster
    from models.search import query_plan

    for name in ("白斌博", "白斌", "白斌波", "白"):
        records.create_member(ws.conn, {"display_name": name})
    expected = ["白", "白斌", "白斌博", "白斌波"]  # bai, bai bin, then bai bin bo (博 < 波)
    everyone = roster.page(ws.conn, roster.RosterFilter(), roster.RosterSort(), 0, 50)
    assert [r.display_name for r in everyone if r.display_name.startswith("白")] == expected
    for split in (True, False):  # the surname's name stretches, and one query
        monkeypatch.setattr(query_plan, "FORCE_SPLIT", split)
        found = roster.page(ws.conn, roster.RosterFilter(text="白"), roster.RosterSort(), 0, 50)
        assert [r.display_name for r in found] == expected


def test_the_format_11_upgrade_computes_every_name_key_again(workspace_path, monkeypatch):
    from models.schema import migrations
    from models.search.text_index import NAME_KEY_END

    with monkeypatch.context() as format_11:  # no later step: they would run twice
        format_11.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:11])
        format_11.setattr(migrations, "LATEST_VERSION", 11)
        with open_workspace(workspace_path) as ws:
            records.create_member(ws.conn, {"display_name": "白斌"})
            ws.conn.execute("UPDATE members SET name_key = 'bai bin 白斌'")  # as format 10 did
            ws.conn.execute("PRAGMA user_version = 10")
    with open_workspace(workspace_path) as ws:
        assert ws.conn.execute("SELECT name_key FROM members").fetchone()[0] == \
            "bai bin" + NAME_KEY_END + "白斌"
        assert ws.conn.execute("SELECT count(*) FROM sqlite_schema"
                               " WHERE name = 'members_by_name'").fetchone()[0] == 1


def test_the_search_reads_only_so_it_works_on_a_workspace_refusing_writes(ws):
    """A workspace found damaged is kept open refusing writes (``query_only``): the
    search box and the roster's search still work there, and write nothing."""
    from models.members import roster

    reader = ws.reader()
    expected = query.estimate(reader, "zhang", 100)
    reader.close()
    ws.stop_writes()
    assert query.estimate(ws.conn, "zhang", 100) == expected
    assert query.estimate(ws.conn, "zhang", 100).clustered > 0
    assert names(ws, "zhang") == ["张伟", "张小红"]
    found = roster.page(ws.conn, roster.RosterFilter(text="zhang"), roster.RosterSort(), 0, 50)
    assert sorted(r.display_name for r in found) == ["张伟", "张小红"]
