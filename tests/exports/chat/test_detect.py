"""Telling chat exports apart by their content, and refusing what is none."""

from __future__ import annotations

import json
import sys
import types

import openpyxl
import pytest

from exports.chat import detect
from exports.chat.discord import DiscordCsv, DiscordJson
from exports.chat.sheet import SheetChat
from exports.chat.telegram import TelegramChat
from models.core.errors import Code, DomainError


def _telegram(path):
    path.write_text(json.dumps({"name": "群", "type": "private_group", "id": 1, "messages": [
        {"id": 1, "type": "message", "date": "2024-01-01T10:00:00",
         "date_unixtime": "1704074400", "from": "甲", "from_id": "user1", "text": "hi"}]},
        ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def _discord_json(path):
    path.write_text(json.dumps({"guild": {"id": "1", "name": "G"}, "channel": {"id": "2"},
                                "messages": []}, indent=2), encoding="utf-8")
    return path


def _discord_csv(path):
    path.write_text("AuthorID,Author,Date,Content,Attachments,Reactions\n"
                    '"1","a","5/6/2023 9:05 AM","hi","",""\n', encoding="utf-8")
    return path


def _sheet(path):
    path.write_text("时间,昵称\n2023-05-06 09:05,张三\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("make, name, kind", [
    (_telegram, "result.json", TelegramChat),
    (_telegram, "renamed.txt", TelegramChat),  # the content decides, not the name
    (_discord_json, "general.json", DiscordJson),
    (_discord_csv, "general.csv", DiscordCsv),
    (_sheet, "记录.csv", SheetChat),
])
def test_each_format_is_told_from_its_content(tmp_path, make, name, kind):
    chat = detect.open_chat(make(tmp_path / name))
    assert isinstance(chat, kind)
    list(chat.events())
    assert chat.problems == []


def test_workbook_sheet_detected(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["Time", "Name"])
    book.active.append(["2023-05-06 09:05", "Ann"])
    path = tmp_path / "log.xlsx"
    book.save(path)
    assert isinstance(detect.open_chat(path), SheetChat)


def test_roster_refused_naming_the_time_column(tmp_path):
    path = tmp_path / "roster.csv"
    path.write_text("姓名,手机号,微信号\n张三,13800138000,zs\n", encoding="utf-8")
    with pytest.raises(DomainError) as refused:
        detect.open_chat(path)
    assert refused.value.code == Code.CHAT_MISSING_COLUMNS
    assert "time" in refused.value.params["columns"]


@pytest.mark.parametrize("content", [
    b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    "一段没有分隔符的文字\n第二行也没有\n".encode(),
    b'{"some": "other json"}',
])
def test_unrelated_file_refused_listing_the_formats(tmp_path, content):
    path = tmp_path / "thing.bin"
    path.write_bytes(content)
    with pytest.raises(DomainError) as refused:
        detect.open_chat(path)
    assert refused.value.code == Code.CHAT_NOT_RECOGNISED
    assert "Telegram" in refused.value.params["formats"]
    assert "Discord" in refused.value.params["formats"]


def test_empty_and_missing_files(tmp_path):
    (tmp_path / "empty.json").write_bytes(b"")
    with pytest.raises(DomainError) as refused:
        detect.open_chat(tmp_path / "empty.json")
    assert refused.value.code == Code.FILE_EMPTY
    with pytest.raises(DomainError) as refused:
        detect.open_chat(tmp_path / "nowhere.json")
    assert refused.value.code == Code.FILE_NOT_FOUND


def test_forced_format_on_another_format_says_what_it_looks_like(tmp_path):
    path = _telegram(tmp_path / "result.json")
    with pytest.raises(DomainError) as refused:
        detect.open_chat(path, "discord")
    assert refused.value.code == Code.CHAT_LOOKS_LIKE
    assert "Telegram" in refused.value.params["found"]
    with pytest.raises(DomainError) as refused:
        detect.open_chat(path, "sheet")
    assert refused.value.code == Code.CHAT_LOOKS_LIKE


def test_forced_format_is_used_as_asked(tmp_path):
    assert isinstance(detect.open_chat(_discord_csv(tmp_path / "d.csv"), "sheet"), SheetChat)
    assert isinstance(detect.open_chat(_telegram(tmp_path / "r.json"), "telegram"),
                      TelegramChat)


@pytest.fixture
def stand_in_qq(monkeypatch):
    """A stand-in for the QQ reader (written beside this one): any file starting 消息分组."""
    module = types.ModuleType("exports.chat.qq_text")
    module.FORMAT = "qq"
    module.sniff = lambda path, head: head.lstrip(b"\xef\xbb\xbf").startswith("消息分组".encode())
    module.open_chat = lambda path: ("qq reader", path)
    monkeypatch.setitem(sys.modules, "exports.chat.qq_text", module)
    return module


def test_other_readers_join_by_module_name(tmp_path, stand_in_qq):
    path = tmp_path / "qq.txt"
    path.write_text("消息分组:我的群聊\n================\n消息对象:读书会\n", encoding="utf-8")
    assert detect.open_chat(path) == ("qq reader", path)
    assert "QQ" in ", ".join(detect.LABELS[name] for name in detect.readers())


def test_a_missing_reader_is_skipped(monkeypatch):
    monkeypatch.setitem(sys.modules, "exports.chat.wechat", None)  # import fails
    assert "wechat" not in detect.readers()
