"""The QQ reader's fast path reads what the line-by-line reading read: the same records
(times, senders, kinds, texts, line numbers) and the same problems, on files built at
random from every shape a header, a sender and a message body can take, including the
damaged, the cut and the impossible."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest

from exports.chat import qq_text, text_lines
from tests.exports.chat.qq_reference import ReferenceQQ

DATES = ["2023-05-06", "2023-5-6", "2024-02-29", "2023-02-30", "2023-13-01", "２０２３-05-06"]
CLOCKS = ["9:05:03", "09:05:03", "9:05:04", "9:59:59", "10:00:00", "23:59:59", "0:00:00",
          "12:30:00", "13:00:00", "9:05:60", "9:61:00", "24:00:00", "9:05:0３"]
HALVES = ["", "", "", " AM", " PM", "PM", " pm", " 上午", " 下午"]
SENDERS = ["张三(123456789)", "【管理员】张三(123456789)", "【群主】【LV5】孙八(888)",
           "李四<lisi@example.com>", "王 五 (小号)(55555)", "系统消息(10000)",
           "系统消息(1000000)", "大力水手(80000000)", "(42)", "【管理员】(43)", "钱七(77",
           "赵六(666)  ", "赵六", "周九<a b@c>", "吴十<x@y.z>", "郑(1)(2)", "PM 冯(3)"]
CONTENT = ["大家早上好", "[图片]", "[分享]读书笔记 第3期", "  [链接]https://x.cn", "https://a.b/c",
           "www.example.com", " http://x.y ", "+1", "2023-05-06 9:00:00 这行在引用里",
           "2023-05-06 9:00:00 张三(1)", "2023-05-06 9:00", "2023-05-06 9:00:00 王(12",
           "12345", "   ", "\t", "第一行", "张三邀请李四加入了本群", "张三(12345)加入本群",
           "李四退出了本群", "张三被管理员移出本群", "\u3000"]


def header(rng: random.Random) -> str:
    return f"{rng.choice(DATES)} {rng.choice(CLOCKS)}{rng.choice(HALVES)} {rng.choice(SENDERS)}"


def message(rng: random.Random) -> list[str]:
    lines = [header(rng)]
    for _ in range(rng.choice((0, 1, 1, 1, 1, 2, 3))):
        lines.append(rng.choice(CONTENT))
        if rng.random() < 0.1:
            lines.append("")
    if rng.random() < 0.9:
        lines.append(rng.choice(("", "", "", " ")))
    return lines


def export(rng: random.Random) -> str:
    lines = []
    if rng.random() < 0.5:
        lines += ["消息记录（此消息记录为文本格式，不支持重新导入）", "", "=" * 20,
                  "消息分组:我的群聊", "=" * 20, "消息对象:读书会3群", "=" * 20, ""]
    # runs of headers in the same hour, so the reader's hour cache is used and left
    for _ in range(rng.randrange(1, 40)):
        lines += message(rng)
    text = "\n".join(lines)
    if rng.random() < 0.7:
        text += "\n"
    return text


def encode(rng: random.Random, text: str) -> bytes:
    if rng.random() < 0.2:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    choice = rng.random()
    if choice < 0.15:
        data = codecs.BOM_UTF8 + data
    elif choice < 0.3:
        try:
            data = text.encode("gbk")
        except UnicodeEncodeError:
            pass
    if rng.random() < 0.2 and len(data) > 10:  # damaged bytes somewhere
        at = rng.randrange(len(data))
        data = data[:at] + b"\xff\xfe" + data[at:]
    if rng.random() < 0.1:  # cut short
        data = data[:rng.randrange(1, len(data) + 1)]
    return data


def both(path: Path) -> tuple[tuple, tuple]:
    fast, slow = qq_text.open_chat(path), ReferenceQQ(path)
    return ((list(fast.events()), fast.problems, fast.group_name),
            (list(slow.events()), slow.problems, slow.group_name))


@pytest.mark.parametrize("seed", range(8))
def test_random_exports_read_as_the_line_by_line_reading_did(tmp_path: Path, seed: int,
                                                             monkeypatch) -> None:
    rng = random.Random(seed)
    for round_ in range(60):
        if round_ % 3 == 0:  # blocks of a few lines: state carried across them
            monkeypatch.setattr(text_lines, "BLOCK_BYTES", rng.choice((16, 64, 200)))
        else:
            monkeypatch.setattr(text_lines, "BLOCK_BYTES", 1024 * 1024)
        path = tmp_path / f"chat{round_}.txt"
        path.write_bytes(encode(rng, export(rng)))
        fast, slow = both(path)
        assert fast == slow, path.read_bytes()


def test_the_hour_cache_keeps_am_and_pm_apart(tmp_path: Path) -> None:
    path = tmp_path / "halves.txt"
    path.write_text("2023-05-06 9:05:03 AM 张三(1)\n早\n\n2023-05-06 9:05:04 PM 张三(1)\n晚\n\n"
                    "2023-05-06 9:06:00 张三(1)\n又早\n\n2023-05-06 9:06:01 上午 张三(1)\n嗨\n",
                    encoding="utf-8")
    records = list(qq_text.open_chat(path).events())
    assert [(r.at.hour, r.at.minute, r.at.second) for r in records] == [
        (9, 5, 3), (21, 5, 4), (9, 6, 0), (9, 6, 1)]
    assert both(path)[0] == both(path)[1]


def test_a_sender_seen_again_is_the_same_record(tmp_path: Path) -> None:
    path = tmp_path / "same.txt"
    path.write_text("2023-05-06 9:05:03 【管理员】张三(1)\n早\n\n"
                    "2023-05-06 10:05:03 【管理员】张三(1)\n嗨\n\n"
                    "2023-05-06 10:05:04 张三<z@x.cn>\n好\n", encoding="utf-8")
    first, second, third = qq_text.open_chat(path).events()
    assert first.person is second.person and first.person.name == "张三"
    assert third.person.email == "z@x.cn" and third.person.user_id == "z@x.cn"
