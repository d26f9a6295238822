"""Reading a pasted sign-up list (a WeChat 接龙, a column copied from a sheet) line by line:
what is a person, what is a heading, and what of a person's line is a name, a phone, a
phone tail, extra guests or a note."""

from __future__ import annotations

import pytest

from models.events.signup_text import LineKind, parse_line, parse_signup_text
from tests.models.signup_samples import SAMPLE

# line -> (name, phone, tail, guests, note), for lines that are people
PEOPLE = [
    ("1. 张伟", ("张伟", None, None, 0, "")),
    ("2. 刘洋 1111", ("刘洋", None, "1111", 0, "")),
    ("3. 陈静 13812345678", ("陈静", "13812345678", None, 0, "")),
    ("4. Lily 李丽", ("Lily 李丽", None, None, 0, "")),
    ("5. 吴倩 +1", ("吴倩", None, None, 1, "")),
    ("6. 王小明（新朋友）", ("王小明", None, None, 0, "新朋友")),
    ("7. 赵敏 带孩子", ("赵敏", None, None, 0, "带孩子")),
    # numbering styles
    ("1、张伟", ("张伟", None, None, 0, "")),
    ("1) 张伟", ("张伟", None, None, 0, "")),
    ("１．张伟", ("张伟", None, None, 0, "")),
    ("①张伟", ("张伟", None, None, 0, "")),
    ("⑫ 张伟", ("张伟", None, None, 0, "")),
    ("(3) 张伟", ("张伟", None, None, 0, "")),
    ("12. 张伟", ("张伟", None, None, 0, "")),
    # phones and tails, attached or labelled
    ("刘洋1111", ("刘洋", None, "1111", 0, "")),
    ("刘洋 尾号 888", ("刘洋", None, "888", 0, "")),
    ("陈静 138 1234 5678", ("陈静", "13812345678", None, 0, "")),
    ("陈静 +86 138-1234-5678", ("陈静", "13812345678", None, 0, "")),
    ("陈静，13812345678", ("陈静", "13812345678", None, 0, "")),
    ("13911112222", ("", "13911112222", None, 0, "")),
    # guests
    ("吴倩+2", ("吴倩", None, None, 2, "")),
    ("吴倩 ＋1 1234", ("吴倩", None, "1234", 1, "")),
    ("吴倩 1234 +1", ("吴倩", None, "1234", 1, "")),
    # notes in brackets of every kind, or words after the name
    ("王小明(新朋友)", ("王小明", None, None, 0, "新朋友")),
    ("王小明【第一次来】 1234", ("王小明", None, "1234", 0, "第一次来")),
    ("王小明 [可能晚到]", ("王小明", None, None, 0, "可能晚到")),
    ("赵敏 带孩子 +1", ("赵敏", None, None, 1, "带孩子")),
    ("李娜（13911112222）", ("李娜", "13911112222", None, 0, "")),
    ("王芳(1234)", ("王芳", None, "1234", 0, "")),
    ("吴倩（+1）", ("吴倩", None, None, 1, "")),
    ("张伟 1234 +1 带朋友", ("张伟", None, "1234", 1, "带朋友")),
    ("张伟 David", ("张伟 David", None, None, 0, "")),
    ("Tom", ("Tom", None, None, 0, "")),
    ("@张伟", ("张伟", None, None, 0, "")),
    ("张伟、李娜", ("张伟", None, None, 0, "李娜")),  # two people: never one member "张伟、李娜"
]


@pytest.mark.parametrize(("raw", "expected"), PEOPLE, ids=[p[0] for p in PEOPLE])
def test_a_person_line(raw, expected):
    entry = parse_line(raw)
    assert entry.kind == LineKind.ENTRY
    assert (entry.name, entry.phone, entry.tail, entry.guests, entry.note) == expected


@pytest.mark.parametrize(("raw", "kind"), [
    ("#接龙", LineKind.HEADER),
    ("＃接龙", LineKind.HEADER),
    ("例 XXX 1234", LineKind.HEADER),
    ("例：张三 1234", LineKind.HEADER),
    ("1. 例 张三 1234", LineKind.HEADER),
    ("姓名,手机", LineKind.HEADER),
    ("周六读书会 12月13日 19:30", LineKind.HEADER),
    ("报名请写 姓名+手机尾号", LineKind.HEADER),
    ("8.", LineKind.EMPTY),
    ("8、", LineKind.EMPTY),
    ("⑧", LineKind.EMPTY),
    ("  ", LineKind.BLANK),
], ids=lambda v: str(v))
def test_a_line_that_is_no_person(raw, kind):
    assert parse_line(raw).kind == kind


def test_the_whole_chain_keeps_people_and_names_the_rest():
    lines = parse_signup_text(SAMPLE)
    kinds = {entry.line: entry.kind for entry in lines}
    assert [kinds[n] for n in (1, 2, 3)] == [LineKind.HEADER] * 3
    assert 4 not in kinds  # blank lines are left out
    people = [entry for entry in lines if entry.kind == LineKind.ENTRY]
    assert [(p.line, p.number, p.name) for p in people] == [
        (5, 1, "张伟"), (6, 2, "刘洋"), (7, 3, "陈静"), (8, 4, "Lily 李丽"), (9, 5, "吴倩"),
        (10, 6, "王小明"), (11, 7, "赵敏")]
    assert kinds[12] == LineKind.EMPTY and kinds[13] == LineKind.AFTER


def test_before_the_first_number_is_heading_even_when_it_looks_like_a_name():
    lines = parse_signup_text("读书会\n张伟\n1. 李娜\n2. 王芳\n截止周五\n3. 赵磊")
    assert [(e.kind, e.name) for e in lines] == [
        (LineKind.HEADER, ""), (LineKind.HEADER, ""), (LineKind.ENTRY, "李娜"),
        (LineKind.ENTRY, "王芳"), (LineKind.AFTER, ""), (LineKind.ENTRY, "赵磊")]


def test_a_plain_list_without_numbers_is_one_person_a_line():
    lines = parse_signup_text("姓名\t手机\n张晓明\t13800001234\n李娜\n13911112222\n")
    assert [(e.kind, e.name, e.phone) for e in lines] == [
        (LineKind.HEADER, "", None), (LineKind.ENTRY, "张晓明", "13800001234"),
        (LineKind.ENTRY, "李娜", None), (LineKind.ENTRY, "", "13911112222")]


def test_a_plain_list_skips_the_chain_heading_and_dates():
    lines = parse_signup_text("#接龙\n周六读书会 12月13日 19:30\n张伟\n李娜 1234")
    assert [e.kind for e in lines] == [LineKind.HEADER, LineKind.HEADER, LineKind.ENTRY,
                                       LineKind.ENTRY]


def test_hostile_input_stays_text():
    entry = parse_line("3. =cmd|' /C calc'!A0")
    assert entry.kind == LineKind.ENTRY and "calc" in entry.name + entry.note
    assert parse_signup_text("") == [] and parse_signup_text("\n\n  \n") == []
    long = parse_line("1. " + "张" * 5000)
    assert long.kind == LineKind.HEADER  # nobody's name is a paragraph
