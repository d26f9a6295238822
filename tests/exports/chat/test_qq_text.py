"""QQ's .txt export read from files the tests write: encodings, senders, shares, system
notices, damaged and cut files, streaming."""

from __future__ import annotations

import codecs
import tracemalloc
from datetime import datetime
from pathlib import Path

import pytest

from exports.chat import qq_text
from exports.chat.records import SHARE, SPEECH, Message, SystemEvent
from models.core.errors import Code

BANNER = """消息记录（此消息记录为文本格式，不支持重新导入）

================================================================
消息分组:我的群聊
================================================================
消息对象:读书会3群
================================================================

"""

BODY = """2023-05-06 9:05:03 【管理员】张三(123456789)
大家早上好

2023-05-06 9:06:10 李四<lisi@example.com>
[图片]

2023-05-06 10:07:10 王 五 (小号)(55555)
第一行

2023-05-06 9:00:00 这行在引用里
第三行

2023-05-06 10:08:00 【群主】【LV5】孙八(888)
[分享]读书笔记 第3期

2023-05-06 10:08:05 孙八(888)
https://example.com/book

2023-05-06 9:08:07 PM 赵六(666)
晚上好
"""


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "chat.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def read(path: Path) -> tuple[list[Message | SystemEvent], qq_text.QQTextFile]:
    assert qq_text.sniff(path, path.read_bytes()[:65536])
    chat = qq_text.open_chat(path)
    return list(chat.events()), chat


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_messages_in_each_encoding(tmp_path: Path, encoding: str) -> None:
    records, chat = read(write(tmp_path, BANNER + BODY, encoding))

    assert chat.group_name == "读书会3群"
    assert chat.problems == []
    assert [(m.person.user_id, m.person.name, m.kind) for m in records] == [
        ("123456789", "张三", SPEECH),
        ("lisi@example.com", "李四", SPEECH),
        ("55555", "王 五 (小号)", SPEECH),
        ("888", "孙八", SHARE),
        ("888", "孙八", SHARE),
        ("666", "赵六", SPEECH),
    ]
    first, second, third = records[:3]
    assert first.at == datetime(2023, 5, 6, 9, 5, 3) and first.at.tzinfo is None
    assert first.person.qq == "123456789" and first.line == 9
    assert second.person.email == "lisi@example.com" and second.person.qq is None
    assert third.text == "第一行\n\n2023-05-06 9:00:00 这行在引用里\n第三行"
    assert records[-1].at == datetime(2023, 5, 6, 21, 8, 7)


def test_system_notices_change_membership(tmp_path: Path) -> None:
    notices = [
        ('"张三"邀请"李四、王五"加入了本群。', "invite", "张三", ["李四", "王五"]),
        ("张三邀请李四加入了本群", "invite", "张三", ["李四"]),
        ("张三(12345)加入本群", "join", None, ["张三"]),
        ("张三 加入了本群", "join", None, ["张三"]),
        ("张三被管理员移出本群", "remove", None, ["张三"]),
        ("管理员已将张三移出本群", "remove", None, ["张三"]),
        ("李四将张三移出了本群", "remove", "李四", ["张三"]),
        ("张三退出了本群", "leave", None, ["张三"]),
        ("张三已退出本群", "leave", None, ["张三"]),
        ("你邀请李四加入了本群", "invite", "你", ["李四"]),
    ]
    body = "".join(f"2023-05-06 9:{i:02d}:00 系统消息({'10000' if i % 2 else '1000000'})\n"
                   f"{text}\n\n" for i, (text, *_) in enumerate(notices))
    body += "2023-05-06 10:00:00 系统消息(10000)\n群名称已修改为 读书会\n\n"
    records, chat = read(write(tmp_path, BANNER + body))

    assert chat.problems == []
    assert all(isinstance(r, SystemEvent) for r in records)
    got = [(r.action, r.actor.name if r.actor else None, [t.name for t in r.targets])
           for r in records]
    assert got == [(action, actor, targets) for _, action, actor, targets in notices]
    assert records[2].targets[0].qq == "12345"
    assert records[-1].actor is not None and records[-1].actor.is_self


def test_anonymous_messages_are_skipped(tmp_path: Path) -> None:
    body = "2023-05-06 9:05:03 大力水手(80000000)\n匿名的话\n\n2023-05-06 9:05:04 张三(1)\n嗨\n"
    records, _ = read(write(tmp_path, BANNER + body))
    assert [m.person.name for m in records] == ["张三"]


def test_damaged_bytes_are_named_by_line(tmp_path: Path) -> None:
    data = (BANNER + BODY).encode("utf-8").replace("[图片]".encode(), b"\xff\xfe\xfd", 1)
    path = tmp_path / "garbled.txt"
    path.write_bytes(data)
    records, chat = read(path)

    assert chat.problems == [Problem_(13, Code.CHAT_BAD_TEXT)]
    assert chat.problems[0].params["encoding"] == "UTF-8"
    assert len(records) == 6  # the message stands; only its damaged line is lost


def test_gbk_file_with_damaged_line(tmp_path: Path) -> None:
    data = (BANNER + BODY).encode("gbk").replace("晚上好".encode("gbk"), b"\x80\xff", 1)
    path = tmp_path / "garbled-gbk.txt"
    path.write_bytes(data)
    _, chat = read(path)
    assert [(p.line, p.code) for p in chat.problems] == [(28, Code.CHAT_BAD_TEXT)]


def test_file_cut_mid_character(tmp_path: Path) -> None:
    data = (BANNER + BODY).encode("utf-8")[:-3]  # "晚上好\n" ends inside 好
    path = tmp_path / "cut.txt"
    path.write_bytes(data)
    _, chat = read(path)
    assert [(p.line, p.code) for p in chat.problems] == [(28, Code.CHAT_TRUNCATED)]


def test_file_cut_in_a_header(tmp_path: Path) -> None:
    path = write(tmp_path, BANNER + BODY + "\n2023-05-06 9:09:00 钱七(77")
    records, chat = read(path)
    assert [(p.line, p.code) for p in chat.problems] == [(30, Code.CHAT_TRUNCATED)]
    assert len(records) == 6 and records[-1].text == "晚上好"


def test_malformed_header_inside_the_file(tmp_path: Path) -> None:
    body = BODY.replace("2023-05-06 10:08:05 孙八(888)", "2023-05-06 10:08:05 孙八(88")
    body = body.replace("2023-05-06 9:08:07 PM", "2023-02-30 9:08:07 PM")
    records, chat = read(write(tmp_path, BANNER + body))

    assert [(p.line, p.code) for p in chat.problems] == [
        (24, Code.CHAT_BAD_HEADER), (27, Code.CHAT_BAD_TIME)]
    assert chat.problems[1].params["value"] == "2023-02-30 9:08:07 PM"
    assert [m.line for m in records] == [9, 12, 15, 21]


def test_last_header_without_content_is_fine(tmp_path: Path) -> None:
    records, chat = read(write(tmp_path, BANNER + BODY + "\n2023-05-06 9:09:00 钱七(77)\n"))
    assert chat.problems == [] and records[-1].person.name == "钱七"
    assert records[-1].text == ""


def test_not_a_qq_export(tmp_path: Path) -> None:
    path = write(tmp_path, "会议纪要\n2023-05-06 开会\n大家好\n")
    assert not qq_text.sniff(path, path.read_bytes())
    chat = qq_text.open_chat(path)
    assert list(chat.events()) == []
    assert [(p.line, p.code) for p in chat.problems] == [(0, Code.CHAT_NOT_RECOGNISED)]


def test_sniff_without_banner_and_in_gbk(tmp_path: Path) -> None:
    path = write(tmp_path, BODY, "gbk")
    assert qq_text.sniff(path, path.read_bytes())
    wechat_like = write(tmp_path, "2023-05-06 09:05:03 张三\n大家好\n", name="w.txt")
    assert not qq_text.sniff(wechat_like, wechat_like.read_bytes())


def test_windows_line_endings_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(codecs.BOM_UTF8 + (BANNER + BODY).replace("\n", "\r\n").encode())
    records, chat = read(path)
    assert chat.problems == [] and len(records) == 6
    assert chat.group_name == "读书会3群" and records[0].text == "大家早上好"


@pytest.mark.slow
def test_a_big_file_streams(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(BANNER)
        for i in range(200_000):
            handle.write(f"2023-05-{1 + i // 86400 % 28:02d} {i // 3600 % 24}:{i // 60 % 60:02d}:"
                         f"{i % 60:02d} 成员{i % 3000}({100000 + i % 3000})\n"
                         f"{'今天的读书会大家都来吗' if i % 5 else '[图片]'}\n\n")
    chat = qq_text.open_chat(path)
    tracemalloc.start()
    try:
        count = sum(1 for _ in chat.events())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 200_000 and chat.problems == []
    assert peak < 30 * 1024 * 1024


def Problem_(line: int, code: Code):  # noqa: N802 - reads like the record it builds
    from exports.chat.records import Problem

    return Problem(line, code, {"line": line, "encoding": "UTF-8"})


def test_an_export_without_messages_says_so(tmp_path: Path) -> None:
    """A QQ export of a quiet group (or of a day without messages) is its banner alone: it
    was refused as "not a chat export Qunzhu reads (it reads: QQ (.txt))", which is what
    it is. It says the file holds no messages."""
    path = write(tmp_path, BANNER)
    assert qq_text.sniff(path, path.read_bytes())
    records, chat = read(path)
    assert records == [] and chat.group_name == "读书会3群"
    assert [(p.line, p.code) for p in chat.problems] == [(0, Code.CHAT_NO_MESSAGES)]
