"""Any activity sheet: headers in Chinese or English, amounts in yuan, times as people
and Excel write them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import openpyxl
import pytest

from exports.chat import sheet
from exports.chat.sheet import SheetMapping, guess_mapping
from models.core.errors import Code, DomainError


def _csv(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


def _read(path, mapping=None):
    chat = sheet.open_chat(path, mapping)
    return chat, list(chat.events())


def test_chinese_headers_in_gbk(tmp_path):
    path = _csv(tmp_path / "记录.csv",
                "时间,昵称,微信号,类型,金额（元）,内容\n"
                "2023-05-06 09:05,张三,zhangsan,发言,,你好\n"
                "2023/5/6 9:05,李四,,购买,\"￥1,234.50\",\n"
                "2023-05-07 10:00:03,王五,wangwu,分享,,链接\n"
                "2023-05-07 10:01,钱七,,,1234.5元,\n", encoding="gbk")
    chat, records = _read(path)
    assert chat.problems == []
    assert [(r.at, r.person.name, r.kind, r.amount) for r in records] == [
        (datetime(2023, 5, 6, 9, 5), "张三", "发言", 0),
        (datetime(2023, 5, 6, 9, 5), "李四", "购买", 123450),
        (datetime(2023, 5, 7, 10, 0, 3), "王五", "分享", 0),
        (datetime(2023, 5, 7, 10, 1), "钱七", "购买", 123450),  # an amount, no kind: a purchase
    ]
    assert records[0].person.wechat_id == "zhangsan"
    assert records[0].text == "你好" and records[0].line == 2


def test_english_headers_in_a_workbook_with_a_title_row(tmp_path):
    book = openpyxl.Workbook()
    rows = book.active
    rows.append(["Activity log, May"])
    rows.append(["Date", "Sender", "QQ", "Type", "Amount", "Content"])
    rows.append([datetime(2023, 5, 6, 9, 5), "Ann", 123456789, "purchase", 1234.5, ""])
    rows.append(["2023-05-06T10:00:00+08:00", "Bob", None, "share", None, "x"])
    rows.append([45052.75, "Cy", None, "speech", "¥1,234.50", None])
    rows.append(["2023-05-06 11:00", "Di", None, "invite", None, None])
    path = tmp_path / "log.xlsx"
    book.save(path)
    assert sheet.sniff(path, path.read_bytes()[:512])
    chat, records = _read(path)
    assert chat.problems == []
    assert chat.mapping.header_row == 2
    assert [(r.person.name, r.kind, r.amount) for r in records] == [
        ("Ann", "购买", 123450), ("Bob", "分享", 0), ("Cy", "发言", 123450), ("Di", "邀请", 0)]
    assert records[0].person.qq == "123456789"  # a number cell, without its .0
    assert records[1].at == datetime(2023, 5, 6, 10, tzinfo=timezone(timedelta(hours=8)))
    assert records[2].at == datetime(2023, 5, 6, 18, 0)  # Excel serial day 45052.75


def test_phone_as_the_second_person_column(tmp_path):
    path = _csv(tmp_path / "p.csv", "time,name,phone\n2023-05-06 09:05,Ann,13800138000\n")
    _, records = _read(path)
    assert (records[0].person.name, records[0].person.phone) == ("Ann", "13800138000")


def test_unix_timestamps_read_aware(tmp_path):
    path = _csv(tmp_path / "t.csv", "timestamp,name\n1683335103,Ann\n1683335103000,Bob\n")
    _, records = _read(path)
    assert [r.at for r in records] == [datetime(2023, 5, 6, 1, 5, 3, tzinfo=UTC)] * 2


def test_rows_without_time_or_person_are_problems_naming_the_column(tmp_path):
    path = _csv(tmp_path / "bad.csv",
                "发言时间,发送人,金额\n"
                ",张三,\n"
                "2023-05-06 09:05,,\n"
                "昨天,李四,\n"
                "2023-05-06 09:05,王五,十块\n"
                "2023-05-06 09:06,赵六,1.234\n"
                "2023-05-06 09:07,钱七,\n")
    chat, records = _read(path)
    assert [r.person.name for r in records] == ["钱七"]
    assert [(p.line, p.code, p.params["column"]) for p in chat.problems] == [
        (2, Code.CHAT_NO_TIME, "发言时间"), (3, Code.CHAT_NO_PERSON, "发送人"),
        (4, Code.CHAT_BAD_TIME, "发言时间"), (5, Code.CELL_NOT_YUAN, "金额"),
        (6, Code.CELL_FEN_FRACTION, "金额")]
    assert chat.problems[2].params["value"] == "昨天"


def test_a_roster_is_not_a_chat(tmp_path):
    path = _csv(tmp_path / "roster.csv",
                "姓名,手机号,微信号,入群时间\n张三,13800138000,zs,2023-01-01\n")
    with pytest.raises(DomainError) as refused:
        sheet.open_chat(path)
    assert refused.value.code == Code.CHAT_MISSING_COLUMNS
    assert refused.value.params["columns"] == "time"


def test_guess_mapping_roles_and_handles():
    mapping = guess_mapping(["序号", "日期", "微信号", "群昵称", "行为", "Amount", "消息内容"])
    assert (mapping.time, mapping.kind, mapping.amount, mapping.text) == (1, 4, 5, 6)
    assert (mapping.person, mapping.person_handle) == (3, "nickname")
    assert (mapping.person2, mapping.person2_handle) == (2, "wechat_id")
    assert mapping.headers[1] == "日期"
    assert mapping.missing() == []
    assert guess_mapping(["QQ号", "time"]).person_handle == "qq"
    assert guess_mapping(["手机", "内容"]).missing() == ["time"]


def test_a_mapping_chosen_by_hand(tmp_path):
    path = _csv(tmp_path / "odd.csv", "when,who,what\n2023-05-06 09:05,Ann,share\n")
    with pytest.raises(DomainError):
        sheet.open_chat(path)
    preview = sheet.preview(path)
    assert preview.mapping.headers == ["when", "who", "what"]
    mapping = SheetMapping(preview.mapping.headers, 1, time=0, person=1, kind=2)
    _, records = _read(path, mapping)
    assert [(r.person.name, r.kind) for r in records] == [("Ann", "分享")]
