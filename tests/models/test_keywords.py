"""Keyword counts over the message texts a chat import kept."""

from __future__ import annotations

from datetime import date

from models.analytics import keywords
from models.analytics.period import Period
from models.members import records
from models.members.communities import create_community
from models.store.workspace import open_workspace

NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))


def test_counts_messages_and_writers_per_keyword_in_scope_and_period(tmp_path):
    with open_workspace(tmp_path / "w.qunzhu") as ws:
        conn = ws.conn
        club = create_community(conn, "读书会").id
        runners = create_community(conn, "跑团").id
        a, _ = records.create_member(conn, {"display_name": "甲"}, club)
        b, _ = records.create_member(conn, {"display_name": "乙"}, club)
        assert not keywords.has_texts(conn)
        texts = [(a, club, "2026-11-02T10:00:00+08:00", "周六读书会报名了"),
                 (a, club, "2026-11-03T10:00:00+08:00", "我也报名"),
                 (b, club, "2026-11-04T10:00:00+08:00", "报名 +1，有 Discount 吗"),
                 (b, runners, "2026-11-05T10:00:00+08:00", "跑步报名"),
                 (b, club, "2026-10-31T23:59:00+08:00", "报名（十月）")]
        with ws.transaction():
            for member, community, at, text in texts:
                cur = conn.execute("INSERT INTO activities (member_id, community_id,"
                                   " occurred_at, kind) VALUES (?, ?, ?, '发言')",
                                   (member, community, at))
                conn.execute("INSERT INTO activity_texts VALUES (?, ?)", (cur.lastrowid, text))
        assert keywords.has_texts(conn)
        words = keywords.split_keywords("报名，discount、 读书会 报名")
        assert words == ["报名", "discount", "读书会"]
        found = keywords.keyword_counts(conn, club, NOVEMBER, words)
        assert [(k.word, k.messages, k.people) for k in found] == [
            ("报名", 3, 2), ("discount", 1, 1), ("读书会", 1, 1)]
        every = keywords.keyword_counts(conn, None, NOVEMBER, ["报名"])
        assert (every[0].messages, every[0].people) == (4, 2)


def test_at_most_a_dozen_keywords_each_once():
    typed = " ".join(f"w{n}" for n in range(20)) + " W1"
    assert keywords.split_keywords(typed) == [f"w{n}" for n in range(keywords.MOST)]
    assert keywords.split_keywords("  ,， ") == []
