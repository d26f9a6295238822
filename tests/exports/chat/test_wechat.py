"""WeChat exports read from files the tests write: WeChatMsg/MemoTrace CSV and xlsx,
PyWxDump CSV, MemoTrace TXT; every system wording; bad times, damaged bytes."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest

from exports.chat import wechat, wechat_system
from exports.chat.records import SHARE, SPEECH, Message, SystemEvent
from models.core.errors import Code

AT = datetime(2023, 5, 6, 9, 5, 3)
#: (wording, action, actor name or None, target names); "你" is the exporting account.
WORDINGS = [
    ('"张三"邀请"李四、王五"加入了群聊', "invite", "张三", ["李四", "王五"]),
    ("“张三”邀请“李四”、“王五”加入了群聊", "invite", "张三", ["李四", "王五"]),
    ('"李四"通过扫描"张三"分享的二维码加入群聊', "qr_join", "张三", ["李四"]),
    ('" 苏轼"通过扫描"张三"分享的二维码加入群聊  撤销', "qr_join", "张三", ["苏轼"]),
    ('"李四"通过"张三"的邀请二维码加入群聊', "qr_join", "张三", ["李四"]),
    ('"张三"将"李四"移出了群聊', "remove", "张三", ["李四"]),
    ('你邀请"李四"加入了群聊  ', "invite", "你", ["李四"]),
    ('"李四"通过扫描你分享的二维码加入群聊', "qr_join", "你", ["李四"]),
    ('你将"李四"移出了群聊', "remove", "你", ["李四"]),
    ('你被"张三"移出群聊', "remove", "张三", ["你"]),
    ('"张三"邀请你和"李四"加入了群聊', "invite", "张三", ["你", "李四"]),
    ('"张三"邀请你加入了群聊，群聊参与人还有：王五、赵六', "invite", "张三", ["你"]),
    ('"李四"加入了群聊', "join", None, ["李四"]),
    ('"李四"通过扫描二维码加入群聊', "join", None, ["李四"]),
    ('"李四"退出了群聊', "leave", None, ["李四"]),
    ('"张三"邀请"李四"加入了群', "invite", "张三", ["李四"]),  # WeCom
    ('"Zhang" invited "Li" to the group chat', "invite", "Zhang", ["Li"]),
    ('"Li" joined the group chat via the QR Code shared by "Zhang".', "qr_join", "Zhang",
     ["Li"]),
    ('You removed "Li" from the group chat', "remove", "你", ["Li"]),
]
TEMPLATE = (
    '<sysmsg type="sysmsgtemplate"><sysmsgtemplate><content_template type="tmpl_type_profile">'
    '<plain><![CDATA[]]></plain><template><![CDATA["$adder$"通过扫描"$from$"分享的二维码加入群聊]]>'
    '</template><link_list><link name="adder" type="link_profile"><memberlist><member>'
    "<username><![CDATA[wxid_l]]></username><nickname><![CDATA[李四]]></nickname></member>"
    '</memberlist></link><link name="from" type="link_profile"><memberlist><member>'
    "<username><![CDATA[wxid_z]]></username><nickname><![CDATA[张三]]></nickname></member>"
    "</memberlist></link></link_list></content_template></sysmsgtemplate></sysmsg>")


def summary(event: SystemEvent | None) -> tuple[str, str | None, list[str]] | None:
    if event is None:
        return None
    actor = event.actor
    return (event.action, actor.name if actor else None, [t.name for t in event.targets])


@pytest.mark.parametrize(("text", "action", "actor", "targets"), WORDINGS)
def test_each_system_wording(text: str, action: str, actor: str | None,
                             targets: list[str]) -> None:
    event = wechat_system.parse(text, AT, 7)
    assert summary(event) == (action, actor, targets)
    assert event is not None and event.line == 7 and event.at == AT
    for person in [*event.targets, *([event.actor] if event.actor else [])]:
        assert person.platform == "wechat" and person.user_id is None
        assert person.is_self == (person.name == "你")


@pytest.mark.parametrize("text", ['"张三"撤回了一条消息', '"张三" 拍了拍 "李四"',
                                  '"张三"修改群名为“读书会”', "你领取了张三的红包"])
def test_lines_that_change_no_membership(text: str) -> None:
    assert wechat_system.parse(text, AT, 1) is None
    assert wechat_system.is_system(text)


def test_xml_template_is_expanded() -> None:
    assert summary(wechat_system.parse(TEMPLATE, AT, 1)) == ("qr_join", "张三", ["李四"])


MEMOTRACE = ["localId", "TalkerId", "Type", "SubType", "IsSender", "CreateTime", "Status",
             "StrContent", "StrTime", "Remark", "NickName", "Sender"]


def memotrace_rows() -> list[list[object]]:
    def row(i: int, type_: int, sub: int, text: str, remark: str = "", nick: str = "",
            wxid: str = "", me: int = 0) -> list[object]:
        stamp = 1683335103 + i
        shown = datetime.fromtimestamp(stamp, UTC).strftime("%Y-%m-%d %H:%M:%S")
        return [i, 5, type_, sub, me, stamp, 2, text, shown, remark, nick, wxid]

    return [
        MEMOTRACE,
        row(1, 1, 0, "大家好\n第二行", "张老师", "张三", "wxid_zhang"),
        row(2, 49, 5, "读书笔记", "", "李四", "wxid_li"),
        row(3, 49, 57, "回复一下", "", "李四", "wxid_li"),
        row(4, 49, 33, "小程序", "", "李四", "wxid_li"),
        row(5, 42, 0, "名片", "", "李四", "wxid_li"),
        row(6, 10000, 0, '"张三"邀请"王五、赵六"加入了群聊'),
        row(7, 10000, 0, '"钱七"通过扫描"张三"分享的二维码加入群聊'),
        row(8, 10000, 0, '你将"钱七"移出了群聊'),
        row(9, 10000, 4, '"张三" 拍了拍 "李四"'),
        row(10, 10002, 0, TEMPLATE),
        row(11, 3, 0, "[图片]", "", "我的名字", "wxid_me", me=1),
    ]


def check_memotrace(records: list[Message | SystemEvent]) -> None:
    messages = [r for r in records if isinstance(r, Message)]
    events = [r for r in records if isinstance(r, SystemEvent)]
    assert [(m.person.user_id, m.kind) for m in messages] == [
        ("wxid_zhang", SPEECH), ("wxid_li", SHARE), ("wxid_li", SPEECH), ("wxid_li", SHARE),
        ("wxid_li", SHARE), ("wxid_me", SPEECH)]
    zhang = messages[0].person
    assert (zhang.name, zhang.alias, zhang.wechat_id) == ("张三", "张老师", "wxid_zhang")
    assert messages[0].at == datetime(2023, 5, 6, 1, 5, 4, tzinfo=UTC)
    assert messages[0].text == "大家好\n第二行"
    assert messages[-1].person.is_self
    assert [summary(e) for e in events] == [
        ("invite", "张三", ["王五", "赵六"]), ("qr_join", "张三", ["钱七"]),
        ("remove", "你", ["钱七"]), ("qr_join", "张三", ["李四"])]


def write_csv(path: Path, rows: list[list[object]], encoding: str = "utf-8-sig") -> Path:
    with open(path, "w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def read(path: Path) -> tuple[list[Message | SystemEvent], object]:
    assert wechat.sniff(path, path.read_bytes()[:65536])
    chat = wechat.open_chat(path)
    return list(chat.events()), chat


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gbk"])
def test_memotrace_csv(tmp_path: Path, encoding: str) -> None:
    records, chat = read(write_csv(tmp_path / "群聊_utf8.csv", memotrace_rows(), encoding))
    assert chat.problems == []
    check_memotrace(records)


def test_memotrace_xlsx(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    for values in memotrace_rows():
        book.active.append(values)
    path = tmp_path / "群聊.xlsx"
    book.save(path)
    records, chat = read(path)
    assert chat.problems == []
    check_memotrace(records)
    assert [r.line for r in records[:3]] == [2, 3, 4]  # the row numbers Excel shows


def test_pywxdump_csv(tmp_path: Path) -> None:
    def row(i: int, type_name: str, sender: str, talker: str, msg: str) -> list[object]:
        content = json.dumps({"src": "", "msg": msg}, ensure_ascii=False)
        return [i, f"9{i}", type_name, 1 if talker == "我" else 0, talker,
                "123@chatroom", content, f"2023-05-06 09:05:{i:02d}"]

    rows = [["id", "MsgSvrID", "type_name", "is_sender", "talker", "room_name", "content",
             "CreateTime"],
            row(1, "文本", "张三", "wxid_zhang", "大家好"),
            row(2, "(分享)卡片式链接", "李四", "wxid_li", "链接"),
            row(3, "引用回复", "李四", "wxid_li", "回复"),
            row(4, "文本", "我", "我", "我来了"),
            row(5, "系统通知", "", "系统", '"张三"邀请"王五"加入了群聊'),
            row(6, "邀请加群", "", "系统", '"赵六"通过扫描"张三"分享的二维码加入群聊'),
            row(7, "消息撤回1", "", "系统", '"张三"撤回了一条消息')]
    records, chat = read(write_csv(tmp_path / "wxid_x_0_5000.csv", rows, "utf-8"))
    assert chat.problems == []
    messages = [r for r in records if isinstance(r, Message)]
    assert [(m.person.user_id, m.kind, m.text) for m in messages] == [
        ("wxid_zhang", SPEECH, "大家好"), ("wxid_li", SHARE, "链接"),
        ("wxid_li", SPEECH, "回复"), (None, SPEECH, "我来了")]
    assert messages[-1].person.is_self
    assert messages[0].at == datetime(2023, 5, 6, 9, 5, 1)  # text time: wall clock
    assert [summary(r) for r in records if isinstance(r, SystemEvent)] == [
        ("invite", "张三", ["王五"]), ("qr_join", "张三", ["赵六"])]


def test_bad_time_and_damaged_row(tmp_path: Path) -> None:
    rows = memotrace_rows()[:3]
    rows[2][5], rows[2][8] = "", "2023-02-30 10:00:00"
    path = write_csv(tmp_path / "bad.csv", rows, "utf-8")
    path.write_bytes(path.read_bytes() + b'4,5,1,0,0,1683335199,2,"\xff\xfe",x,,n,wxid_n\r\n')
    records, chat = read(path)
    assert len(records) == 1
    # Row 1's content spans lines 2-3: the bad time is on line 4, the damage on line 5.
    problems = sorted(chat.problems, key=lambda p: p.line)
    assert [(p.line, p.code) for p in problems] == [
        (4, Code.CHAT_BAD_TIME), (5, Code.CHAT_BAD_TEXT)]
    assert problems[0].params["value"] == "2023-02-30 10:00:00"


def test_missing_columns(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "odd.csv", [["StrContent", "IsSender", "Remark"],
                                            ["hi", 0, "x"]])
    records, chat = read(path)
    assert records == []
    assert [p.code for p in chat.problems] == [Code.CHAT_MISSING_COLUMNS]
    assert "CreateTime/StrTime" in chat.problems[0].params["columns"]


MEMOTRACE_TXT = """2023-05-06 09:05:03 张三
大家好
第二行

2023-05-06 09:05:04 “张三”邀请“李四、王五”加入了群聊

2023-05-06 09:05:05 李四 &amp; 朋友
            [链接]:title:读书笔记
            description:第3期

2023-05-06 09:05:06 "赵六"通过扫描"张三"分享的二维码加入群聊

2023-05-06 09:05:07 "张三"撤回了一条消息

2023-05-06 09:05:08 你将"赵六"移出了群聊

2023-05-06 09:05:09 王五
[图片]

"""


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_memotrace_txt(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "群聊.txt"
    path.write_bytes(MEMOTRACE_TXT.encode(encoding))
    records, chat = read(path)
    assert chat.problems == []
    assert [(type(r).__name__, r.line) for r in records] == [
        ("Message", 1), ("SystemEvent", 5), ("Message", 7), ("SystemEvent", 11),
        ("SystemEvent", 15), ("Message", 17)]
    first, _, share, *_ = records
    assert isinstance(first, Message) and isinstance(share, Message)
    assert first.person.name == "张三" and first.person.user_id is None
    assert first.text == "大家好\n第二行" and first.at == datetime(2023, 5, 6, 9, 5, 3)
    assert share.person.name == "李四 & 朋友" and share.kind == SHARE
    assert [summary(r) for r in records if isinstance(r, SystemEvent)] == [
        ("invite", "张三", ["李四", "王五"]), ("qr_join", "张三", ["赵六"]),
        ("remove", "你", ["赵六"])]


def test_garbled_txt_line(tmp_path: Path) -> None:
    data = MEMOTRACE_TXT.encode("utf-8").replace("[图片]".encode(), b"\xff\xfe", 1)
    path = tmp_path / "g.txt"
    path.write_bytes(data)
    records, chat = read(path)
    assert [(p.line, p.code) for p in chat.problems] == [(18, Code.CHAT_BAD_TEXT)]
    assert len(records) == 6


def test_not_wechat(tmp_path: Path) -> None:
    qq = tmp_path / "qq.txt"
    qq.write_text("2023-05-06 9:05:03 张三(123)\n你好\n\n2023-05-06 9:05:04 李四(456)\n嗨\n",
                  encoding="utf-8")
    other = write_csv(tmp_path / "members.csv", [["姓名", "手机"], ["张三", "13800000000"]])
    notes = tmp_path / "notes.txt"
    notes.write_text("会议纪要\n大家好\n", encoding="utf-8")
    for path in (qq, other, notes):
        assert not wechat.sniff(path, path.read_bytes()), path.name
