"""Telegram Desktop's result.json, as tdesktop writes it (indent, date_unixtime, names only
for the members of a service message)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from exports.chat import json_stream, telegram
from exports.chat.records import Message, SystemEvent
from models.core.errors import Code


def _msg(id_, unix, **fields):
    stamp = datetime.fromtimestamp(unix, UTC)
    return {"id": id_, "type": "message", "date": stamp.strftime("%Y-%m-%dT%H:%M:%S"),
            "date_unixtime": str(unix), **fields}


def _service(id_, unix, action, **fields):
    return {**_msg(id_, unix), "type": "service", "action": action, "text": "",
            "text_entities": [], **fields}


T0 = 1_704_074_400  # 2024-01-01 02:00 UTC

MESSAGES = [
    _service(1, T0, "create_group", actor="群主", actor_id="user1", title="读书会",
             members=["张三"]),
    _service(2, T0 + 60, "invite_members", actor="张三", actor_id="user2",
             members=["李四", "王五", None]),
    _msg(3, T0 + 120, **{"from": "李四", "from_id": "user3", "text": "大家好",
                         "text_entities": [{"type": "plain", "text": "大家好"}]}),
    _msg(4, T0 + 180, **{"from": "王五", "from_id": "user4",
                         "text": ["看看 ", {"type": "link", "text": "https://example.cn"}],
                         "text_entities": [{"type": "plain", "text": "看看 "},
                                           {"type": "link", "text": "https://example.cn"}]}),
    _msg(5, T0 + 240, **{"from": "王五", "from_id": "user4", "forwarded_from": "某频道",
                         "text": "转发", "text_entities": []}),
    _msg(6, T0 + 300, **{"from": "李四", "from_id": "user3", "file": "files/a.pdf",
                         "mime_type": "application/pdf", "text": ""}),
    _msg(7, T0 + 360, **{"from": "李四", "from_id": "user3", "file": "stickers/s.webp",
                         "media_type": "sticker", "sticker_emoji": "🙂", "text": ""}),
    _service(8, T0 + 420, "join_group_by_link", actor="赵六", actor_id="user5",
             inviter="张三"),
    _service(9, T0 + 480, "join_group_by_link", actor="孙七", actor_id="user6",
             inviter="Group"),
    _service(10, T0 + 540, "remove_members", actor="张三", actor_id="user2", members=["孙七"]),
    _service(11, T0 + 600, "remove_members", actor="王五", actor_id="user4", members=["王五"]),
    _service(12, T0 + 660, "pin_message", actor="群主", actor_id="user1", message_id=3),
    _msg(13, T0 + 720, **{"from": None, "from_id": "user9", "text": "我删号了"}),
]


def _export(path, messages=MESSAGES, **header):
    document = {"name": "读书会", "type": "private_supergroup", "id": 42, **header,
                "messages": messages}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def _read(path):
    chat = telegram.open_chat(path)
    return chat, list(chat.events())


def test_messages_and_system_lines_read_in_file_order(tmp_path):
    chat, records = _read(_export(tmp_path / "result.json"))
    assert chat.problems == []
    assert chat.group_name == "读书会"
    shape = [(type(r).__name__, getattr(r, "kind", None) or r.action) for r in records]
    assert shape == [
        ("SystemEvent", "join"), ("SystemEvent", "invite"),  # create_group
        ("SystemEvent", "invite"),
        ("Message", "发言"), ("Message", "分享"), ("Message", "分享"), ("Message", "分享"),
        ("Message", "发言"),  # a sticker is the sender's own say
        ("SystemEvent", "qr_join"), ("SystemEvent", "join"),
        ("SystemEvent", "remove"), ("SystemEvent", "leave"),
        ("Message", "发言"),
    ]
    speech = records[3]
    assert isinstance(speech, Message)
    assert speech.at == datetime(2024, 1, 1, 2, 2, tzinfo=UTC)  # date_unixtime, aware UTC
    assert (speech.person.user_id, speech.person.name) == ("user3", "李四")
    assert speech.line == 3


def test_invitation_names_every_member_and_its_actor(tmp_path):
    _, records = _read(_export(tmp_path / "result.json"))
    invite = records[2]
    assert isinstance(invite, SystemEvent)
    assert [p.name for p in invite.targets] == ["李四", "王五"]  # a deleted account left out
    assert all(p.user_id is None for p in invite.targets)  # the export gives names only
    assert (invite.actor.user_id, invite.actor.name) == ("user2", "张三")


def test_link_join_credits_the_inviter_a_person_not_the_group(tmp_path):
    _, records = _read(_export(tmp_path / "result.json"))
    by_link, plain = records[8], records[9]
    assert by_link.action == "qr_join"
    assert by_link.targets[0].user_id == "user5" and by_link.actor.name == "张三"
    assert plain.action == "join" and plain.actor is None
    assert plain.targets[0].name == "孙七"


def test_removal_and_leaving(tmp_path):
    _, records = _read(_export(tmp_path / "result.json"))
    removed, left = records[10], records[11]
    assert removed.action == "remove" and removed.actor.name == "张三"
    assert [p.name for p in removed.targets] == ["孙七"]
    assert left.action == "leave" and left.actor is None
    assert left.targets[0].user_id == "user4"


def test_a_deleted_account_speaks_under_its_id(tmp_path):
    _, records = _read(_export(tmp_path / "result.json"))
    assert records[-1].person.user_id == "user9"


def test_old_export_without_unixtime_reads_wall_time(tmp_path):
    message = {"id": 1, "type": "message", "date": "2019-03-05T20:15:00", "from": "甲",
               "from_id": 7, "text": "hi"}
    _, records = _read(_export(tmp_path / "result.json", [message]))
    assert records[0].at == datetime(2019, 3, 5, 20, 15)  # naive: the workspace's zone
    assert records[0].person.user_id == "7"


def test_a_bad_time_is_a_problem_not_a_guess(tmp_path):
    message = {"id": 1, "type": "message", "date": "yesterday", "from": "甲",
               "from_id": "user7", "text": "hi"}
    chat, records = _read(_export(tmp_path / "result.json", [message]))
    assert records == []
    assert [(p.line, p.code, p.params["value"]) for p in chat.problems] == [
        (1, Code.CHAT_BAD_TIME, "yesterday")]


def test_truncated_file_names_the_line_and_reads_no_further(tmp_path):
    path = _export(tmp_path / "result.json")
    data = path.read_bytes()
    cut = data[: len(data) // 2]
    path.write_bytes(cut)
    chat, records = _read(path)
    assert len(records) < len(MESSAGES)
    assert [p.code for p in chat.problems] == [Code.CHAT_TRUNCATED]
    problem = chat.problems[0]
    assert problem.line == cut.count(b"\n") + 1
    assert problem.params["byte"] == len(cut)


def test_damaged_file_names_the_line_where_it_breaks(tmp_path):
    path = _export(tmp_path / "result.json")
    data = path.read_bytes()
    spot = data.index(b'"id": 8')
    path.write_bytes(data[:spot] + b"@" + data[spot:])
    chat, records = _read(path)
    assert [p.code for p in chat.problems] == [Code.CHAT_BAD_JSON]
    assert chat.problems[0].line == data[:spot].count(b"\n") + 1
    assert len(records) <= 10


def test_without_ijson_the_same_records_and_problems(tmp_path, monkeypatch):
    path = _export(tmp_path / "result.json")
    streamed = _read(path)[1]
    monkeypatch.setattr(json_stream, "ijson", None)
    loaded = _read(path)[1]
    assert loaded == streamed
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    chat, _ = _read(path)
    assert [p.code for p in chat.problems] == [Code.CHAT_TRUNCATED]


def _all_data(path, chats):
    document = {"about": "Here is the data you requested. Telegram is ad free...",
                "personal_information": {"user_id": 1, "first_name": "我"},
                "chats": {"about": "chats", "list": chats}}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def test_all_chats_export_with_one_group_reads_that_group(tmp_path):
    chats = [{"name": "朋友", "type": "personal_chat", "id": 5, "messages": [MESSAGES[2]]},
             {"name": "读书会", "type": "private_supergroup", "id": 42, "messages": MESSAGES}]
    path = _all_data(tmp_path / "result.json", chats)
    assert telegram.sniff(path, path.read_bytes()[:4096])
    chat, records = _read(path)
    assert chat.problems == []
    assert chat.group_name == "读书会"
    assert len(records) == len(_read(_export(tmp_path / "one.json"))[1])


def test_all_chats_export_with_several_groups_lists_them(tmp_path):
    chats = [{"name": "读书会", "type": "private_group", "id": 1, "messages": MESSAGES},
             {"name": "跑步群", "type": "public_supergroup", "id": 2, "messages": MESSAGES}]
    chat, records = _read(_all_data(tmp_path / "result.json", chats))
    assert records == []
    assert [(p.code, p.params["chats"]) for p in chat.problems] == [
        (Code.CHAT_WHICH_CHAT, "读书会, 跑步群")]


@pytest.mark.parametrize("text, expected", [
    ('{\n "name": "读书会",\n "type": "private_group",\n "id": 1,\n "messages": [', True),
    ('{\n "name": null,\n "type": "personal_chat",\n "id": 1,', True),
    ('{"about": "Here is the data you requested. Telegram", "personal_information": {', True),
    ('{"guild": {"id": "1"}, "channel": {}}', False),
    ('{"name": "x", "messages": []}', False),
    ("时间,昵称\n", False),
])
def test_sniff_reads_the_content(tmp_path, text, expected):
    path = tmp_path / "anything.txt"
    path.write_text(text, encoding="utf-8")
    assert telegram.sniff(path, path.read_bytes()) is expected
