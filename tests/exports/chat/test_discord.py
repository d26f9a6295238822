"""DiscordChatExporter's CSV and JSON, as its writers lay them out."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from exports.chat import discord
from exports.chat.records import Message, SystemEvent
from models.core.errors import Code

HEADER = "AuthorID,Author,Date,Content,Attachments,Reactions\n"


def _csv(path, rows, header=HEADER):
    lines = [",".join('"' + str(cell).replace('"', '""') + '"' for cell in row) for row in rows]
    path.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def _read(path):
    chat = discord.open_chat(path)
    return chat, list(chat.events())


def test_csv_messages_shares_and_joins(tmp_path):
    path = _csv(tmp_path / "general.csv", [
        ("111", "alice#1234", "5/6/2023 9:05 AM", "Joined the server.", "", ""),
        ("111", "alice#1234", "5/6/2023 9:06 AM", "hi all", "", "👍 (2)"),
        ("222", "bob", "5/13/2023 9:05 PM", "see https://example.com", "", ""),
        ("222", "bob", "5/13/2023 9:06 PM", "", "https://cdn.example/a.pdf", ""),
        ("222", "bob", "5/13/2023 9:07 PM", "", "https://cdn.example/cat.png", ""),
        ("111", "alice#1234", "5/14/2023 10:00 AM", "Added carol to the group.", "", ""),
        ("333", "carol", "5/14/2023 11:00 AM", "Left the group.", "", ""),
        ("111", "alice#1234", "5/14/2023 11:30 AM", "Removed dave from the group.", "", ""),
        ("111", "alice#1234", "5/14/2023 11:31 AM", "Pinned a message.", "", ""),
    ])
    assert discord.sniff(path, path.read_bytes())
    chat, records = _read(path)
    assert chat.problems == []
    shape = [(type(r).__name__, getattr(r, "kind", None) or r.action) for r in records]
    assert shape == [("SystemEvent", "join"), ("Message", "发言"), ("Message", "分享"),
                     ("Message", "分享"), ("Message", "发言"), ("SystemEvent", "invite"),
                     ("SystemEvent", "leave"), ("SystemEvent", "remove")]
    first = records[1]
    assert first.at == datetime(2023, 5, 6, 9, 6)  # the exporter's local wall time
    assert (first.person.user_id, first.person.name) == ("111", "alice")
    assert first.line == 3
    invite = records[5]
    assert invite.actor.user_id == "111" and [p.name for p in invite.targets] == ["carol"]


def test_csv_day_order_taken_from_the_file(tmp_path):
    """en-GB writes 06/05/2023: one date past the 12th decides for the whole file."""
    path = _csv(tmp_path / "uk.csv", [
        ("111", "alice", "06/05/2023 09:05", "first", "", ""),
        ("111", "alice", "25/05/2023 09:05", "later", "", ""),
    ])
    _, records = _read(path)
    assert [r.at for r in records] == [datetime(2023, 5, 6, 9, 5), datetime(2023, 5, 25, 9, 5)]


@pytest.mark.parametrize("stamp, expected", [
    ("06-May-23 09:05 AM", datetime(2023, 5, 6, 9, 5)),
    ("2023/5/6 21:05", datetime(2023, 5, 6, 21, 5)),
    ("06.05.2023 09:05", datetime(2023, 5, 6, 9, 5)),
    ("2023-05-06T09:05:03.123+08:00",
     datetime(2023, 5, 6, 9, 5, 3, 123000, tzinfo=timezone(timedelta(hours=8)))),
])
def test_csv_dates_in_each_culture(tmp_path, stamp, expected):
    _, records = _read(_csv(tmp_path / "c.csv", [("1", "a", stamp, "x", "", "")]))
    assert records[0].at == expected


def test_garbled_csv_reports_each_bad_line(tmp_path):
    path = _csv(tmp_path / "bad.csv", [
        ("111", "alice", "5/6/2023 9:05 AM", "fine", "", ""),
        ("hello there", "x", "5/6/2023 9:05 AM", "shifted", "", ""),
        ("111", "alice", "someday", "no time", "", ""),
    ])
    with open(path, "a", encoding="utf-8") as handle:
        handle.write('"111","alice"\n')
    chat, records = _read(path)
    assert len(records) == 1
    assert [(p.line, p.code) for p in chat.problems] == [
        (3, Code.CHAT_BAD_USER_ID), (4, Code.CHAT_BAD_TIME), (5, Code.CHAT_BAD_ROW)]


def test_csv_with_another_header_is_refused(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("Name,Phone\nA,1\n", encoding="utf-8")
    chat, records = _read(path)
    assert records == [] and [p.code for p in chat.problems] == [Code.CHAT_BAD_HEADER]


def _user(id_, name, nickname=None, bot=False):
    return {"id": id_, "name": name, "discriminator": "0000", "nickname": nickname or name,
            "color": None, "isBot": bot, "roles": [], "avatarUrl": "https://cdn/x.png"}


def _message(id_, kind, minute, author, content="", **extra):
    return {"id": id_, "type": kind, "timestamp": f"2023-05-06T09:{minute:02d}:03.123+08:00",
            "timestampEdited": None, "callEndedTimestamp": None, "isPinned": False,
            "content": content, "author": author, "attachments": [], "embeds": [],
            "stickers": [], "reactions": [], "mentions": [], **extra}


def _json(path, messages):
    document = {"guild": {"id": "1", "name": "读书会", "iconUrl": ""},
                "channel": {"id": "2", "type": "GuildTextChat", "categoryId": None,
                            "category": None, "name": "general", "topic": None},
                "dateRange": {"after": None, "before": None},
                "exportedAt": "2023-05-07T00:00:00+08:00",
                "messages": messages, "messageCount": len(messages)}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


ALICE = _user("111", "alice", "爱丽丝")
BOB = _user("222", "bob")
CAROL = _user("333", "carol")


def test_json_joins_invites_removals_and_messages(tmp_path):
    path = _json(tmp_path / "general.json", [
        _message("1", "GuildMemberJoin", 0, ALICE, "Joined the server."),
        _message("2", "Default", 1, ALICE, "你好"),
        _message("3", "Reply", 2, BOB, "hi", reference={"messageId": "2"}),
        _message("4", "Default", 3, BOB, "", embeds=[{"title": "x", "url": "https://a.b"}]),
        _message("5", "RecipientAdd", 4, ALICE, "Added a recipient.", mentions=[CAROL]),
        _message("6", "RecipientRemove", 5, CAROL, "Removed a recipient.", mentions=[CAROL]),
        _message("7", "RecipientRemove", 6, ALICE, "Removed a recipient.", mentions=[BOB]),
        _message("8", "ChannelPinnedMessage", 7, ALICE, "Pinned a message."),
        _message("9", "Default", 8, _user("999", "MEE6", bot=True), "Welcome!"),
    ])
    assert discord.sniff(path, path.read_bytes()[:4096])
    chat, records = _read(path)
    assert chat.problems == []
    assert chat.group_name == "读书会 / general"
    shape = [(type(r).__name__, getattr(r, "kind", None) or r.action) for r in records]
    assert shape == [("SystemEvent", "join"), ("Message", "发言"), ("Message", "发言"),
                     ("Message", "分享"), ("SystemEvent", "invite"), ("SystemEvent", "leave"),
                     ("SystemEvent", "remove")]
    join = records[0]
    assert isinstance(join, SystemEvent)
    person = join.targets[0]
    assert (person.platform, person.user_id, person.name, person.alias) == (
        "discord", "111", "爱丽丝", "alice")
    assert join.at == datetime(2023, 5, 6, 9, 0, 3, 123000,
                               tzinfo=timezone(timedelta(hours=8)))
    invite = records[4]
    assert invite.actor.user_id == "111" and [p.user_id for p in invite.targets] == ["333"]
    assert records[5].targets[0].user_id == "333" and records[5].actor is None
    assert records[6].actor.user_id == "111" and records[6].targets[0].user_id == "222"
    assert isinstance(records[1], Message) and records[1].line == 2


def test_truncated_json_is_a_problem(tmp_path):
    path = _json(tmp_path / "general.json", [
        _message(str(i), "Default", i, ALICE, "x" * 50) for i in range(40)])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    chat, records = _read(path)
    assert 0 < len(records) < 40
    assert [p.code for p in chat.problems] == [Code.CHAT_TRUNCATED]
