"""Search plans (models/search/query_plan.py): each way of reading a page returns the same rows in
the same order; the cost model picks the expected plan; estimates bound the real hits."""

from __future__ import annotations

import pytest

from models.demo.builder import build_demo
from models.members import records, roster
from models.members.roster import Column, RosterFilter, RosterSort
from models.search import query, query_plan
from models.search.query_plan import Plan
from models.store.workspace import open_workspace
from tests.conftest import DEMO_TODAY

EXTRA = [
    # display_name, nickname, tags: names that sit across the edges of the plans
    ("习安", None, ()),  # xi an: its full spelling starts with "xian", its name_key does not
    ("詹歌", None, ()),  # zhan ge: found by "zhang", sorted among the zhan
    ("张", "小张", ()),  # the surname alone, and again in the nickname
    ("艾张", None, ()),  # 张 later in the name
    ("白雪", None, ("张家口",)),  # 张 only in a tag
    ("李章", "zhang", ()),  # zhang as a Latin nickname
    ("曾小贤", None, ()),  # polyphonic surname: zeng (the name order), ceng
    ("Lucky小雨", None, ()),  # a Latin start
]

TEXTS = ["张", "李", "王", "伟", "小", "曾", "张伟", "小红", "zhang", "zha", "xian", "li", "zw",
         "wei", "ceng", "138", "宝妈", "张 伟", "张小红", "lucky", "xiao", "zhangw", "zhangwei",
         "zhangwe", "xiaoming"]
SORTS = [RosterSort(Column.NAME), RosterSort(Column.NAME, descending=True),
         RosterSort(Column.JOINED, descending=True), RosterSort(Column.POINTS)]


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    path = tmp_path_factory.mktemp("plans") / "plans.qunzhu"
    with open_workspace(path) as ws:
        build_demo(ws, 400, seed=11, today=DEMO_TODAY)
        for name, nick, tags in EXTRA:
            member_id, _ = records.create_member(ws.conn, {"display_name": name,
                                                           "nickname": nick}, community_id=1)
            if tags:
                records.add_tags(ws.conn, [member_id], list(tags))
        trashed = ws.conn.execute("SELECT id FROM members WHERE display_name LIKE '张%'"
                                  " LIMIT 3").fetchall()
        records.set_deleted(ws.conn, [r[0] for r in trashed], True)
        yield ws.conn


@pytest.fixture
def force(monkeypatch):
    def setting(plan: Plan | None, split: bool | None) -> None:
        monkeypatch.setattr(query_plan, "FORCE", plan)
        monkeypatch.setattr(query_plan, "FORCE_SPLIT", split)
    return setting


def three_pages(conn, f, sort, size=7) -> list[int]:
    """The first page, then two more read by keyset after its last row."""
    got = roster.page(conn, f, sort, 0, size)
    rows = list(got)
    for _ in range(2):
        if len(got) < size:
            break
        got = roster.page_after(conn, f, sort, rows[-1], size)
        rows += got
    return [r.id for r in rows]


@pytest.mark.parametrize("text", TEXTS)
def test_every_plan_reads_the_same_rows_in_the_same_order(conn, force, text):
    for community_id in (None, 1):
        f = RosterFilter(text=text, community_id=community_id)
        for sort in SORTS:
            force(Plan.INDEX, False)
            expected = [r.id for r in roster.page(conn, f, sort, 0, 21)]
            assert three_pages(conn, f, sort) == expected, (text, sort)
            for plan in Plan:
                for split in (False, True):
                    force(plan, split)
                    assert three_pages(conn, f, sort) == expected, (text, sort, plan, split)
            force(None, None)  # whatever the costs pick
            assert three_pages(conn, f, sort) == expected, (text, sort)


def test_the_plans_find_what_the_search_finds(conn, force):
    """The baseline itself is right: 张 finds the surname alone, later in a name, in a tag,
    not the trash; xian finds 习安 (xi an), whose name does not sort under xian."""
    force(Plan.INDEX, False)
    f, sort = RosterFilter(text="张"), RosterSort(Column.NAME)
    found = roster.page(conn, f, sort, 0, 1000)
    assert {"张", "艾张", "白雪"} <= {r.display_name for r in found}
    assert roster.count(conn, f) == len(found)
    for plan in Plan:
        force(plan, True)
        for text, name in (("xian", "习安"), ("zhang", "詹歌"), ("zhange", "詹歌")):
            names = [r.display_name
                     for r in roster.page(conn, RosterFilter(text=text), sort, 0, 1000)]
            assert name in names, (text, plan)


@pytest.mark.parametrize("hits, plan", [(50, Plan.INDEX), (2_000, Plan.INDEX),
                                        (20_000, Plan.PROBE), (300_000, Plan.WALK)])
def test_the_cost_model_picks_by_the_number_of_hits(hits, plan):
    """At a million members: rare terms are read through the index, the middle band by
    probing the sort index, common terms by walking it."""
    assert query_plan.cheapest(hits, hits, 1_000_000, 200)[0] is plan


def test_hits_that_sit_together_are_not_counted_on_by_a_walk():
    """87,000 张… all at zhang: walking from the top would pass 900,000 names first."""
    assert query_plan.cheapest(87_000, 150, 1_000_000, 200)[0] is Plan.INDEX
    assert query_plan.cheapest(87_000, 87_000, 1_000_000, 200)[0] is Plan.WALK


@pytest.mark.parametrize("text", TEXTS)
def test_estimates_bound_the_hits(conn, text):
    found = query.hits_sql(text)
    assert found is not None
    hits = conn.execute(f"SELECT count(*) FROM ({found[0]})", found[1]).fetchone()[0]
    estimate = query.estimate(conn, text, cap=10**6)
    assert estimate.total >= hits, (estimate, hits)
    if len(query.terms(text)) == 1 and hits:
        assert estimate.total > 0


def test_a_surname_is_estimated_as_clustered(conn):
    named = conn.execute("SELECT count(*) FROM members WHERE display_name LIKE '张%'"
                         " AND length(display_name) - length(replace(display_name, '张', '')) = 1"
                         " AND instr(coalesce(nickname, ''), '张') = 0").fetchone()[0]
    estimate = query.estimate(conn, "张", cap=10**6)
    assert estimate.clustered == named > 0
    assert query.estimate(conn, "伟", cap=10**6).clustered == 0


@pytest.mark.parametrize("text", ["zhang", "lucky", "xian", "wei 张"])
def test_pinyin_walks_test_the_trigram_hits_as_a_set_or_on_each_row(conn, force, monkeypatch,
                                                                       text):
    """A pinyin term also found in few WeChat ids and emails is walked on the name index
    alone; one found in many, on each row's text: the same rows either way."""
    f, sort = RosterFilter(text=text), RosterSort(Column.NAME)
    force(Plan.INDEX, False)
    expected = three_pages(conn, f, sort)
    for few in (query.FEW_TRIGRAMS, 0):
        monkeypatch.setattr(query, "FEW_TRIGRAMS", few)
        for split in (False, True):
            force(Plan.WALK, split)
            assert three_pages(conn, f, sort) == expected, (few, split)


def test_a_walk_in_name_order_reads_only_the_name_index(conn):
    """Format 10: the name index holds what the search tests, so SQLite never reads a row
    only to find it is not a hit."""
    for text in ("张", "zw", "zhang"):
        few = query.estimate(conn, text, cap=10**6).few_trigrams
        clause, params = roster.where(RosterFilter(text=text), plan=Plan.WALK, few_trigrams=few)
        plan = conn.execute(f"EXPLAIN QUERY PLAN SELECT m.id FROM members m INDEXED BY"
                            f" members_by_name WHERE {clause} ORDER BY m.name_key, m.id",
                            params).fetchall()
        assert any("COVERING INDEX members_by_name" in row[3] for row in plan), (text, plan)
        assert not any("TEMP B-TREE" in row[3] for row in plan), (text, plan)


def test_a_surname_stretch_is_found_from_the_names_themselves(conn):
    """The stretch of 曾 is read where its names were sorted (zeng, its surname reading),
    without pypinyin at search time; a character no name starts with has none."""
    from models.search import pinyin_text

    for char in ("张", "曾", "李"):
        assert query._head_reading(conn, char) == pinyin_text.head_reading(char)
    assert query._head_reading(conn, "龘") == ""
