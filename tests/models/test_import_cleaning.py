"""Cleaning rules imported cells need: numbers for phones, Excel dates, tag lists."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from models.core.errors import Code
from models.core.validation import (
    Invalid,
    clean_date,
    clean_datetime,
    clean_gender,
    clean_phone,
    split_tags,
)
from models.imports.cleaning import cell_text, clean_row


@pytest.mark.parametrize("raw, stored", [
    (13800138000.0, "13800138000"),  # a number cell
    ("13800138000.0", "13800138000"),  # the number saved as text
    (13800138000, "13800138000"),
    ("１３８ ００１３ ８０００", "13800138000"),  # full-width digits and spaces
    ("+86-138-0013-8000", "13800138000"),
    ("(+86) 138 0013 8000", "13800138000"),
    ("  13800138000  ", "13800138000"),
])
def test_phones_from_spreadsheets(raw, stored):
    assert clean_phone(raw) == stored


@pytest.mark.parametrize("raw", ["1.38001E+10", "1.38001e+10", "1.3800138E10", 13800138000.5])
def test_phones_in_scientific_notation_are_reported_not_guessed(raw):
    with pytest.raises(Invalid) as raised:
        clean_phone(raw)
    assert "scientific" in raised.value.reason or "digits" in raised.value.reason


@pytest.mark.parametrize("raw, day", [
    (45356, "2024-03-05"), (45356.0, "2024-03-05"), ("45356", "2024-03-05"),
    ("2024/3/5", "2024-03-05"), ("2024年3月5日", "2024-03-05"), ("2024-03-05 14:00", "2024-03-05"),
    ("2024.03.05", "2024-03-05"), (date(2024, 3, 5), "2024-03-05"),
    (datetime(2024, 3, 5, 14, 0), "2024-03-05"), ("２０２４-０３-０５", "2024-03-05"),
])
def test_dates(raw, day):
    assert clean_date(raw) == day


def test_datetimes_keep_the_time_and_carry_an_offset():
    assert clean_datetime("2024-03-05T14:00:00+08:00") == "2024-03-05T14:00:00+08:00"
    local = clean_datetime("2024-03-05 14:00")
    assert local.startswith("2024-03-05T14:00:00") and local[19] in "+-"
    assert clean_datetime("2024年3月5日 9:05").startswith("2024-03-05T09:05:00")
    assert clean_datetime(45356.5).startswith("2024-03-05T12:00:00")


@pytest.mark.parametrize("raw", ["2024-02-30", "昨天", "3/5", 12, "2024-13-01"])
def test_bad_dates_are_reported(raw):
    with pytest.raises(Invalid):
        clean_date(raw)


def test_tags_split_on_every_separator():
    assert split_tags("读书，跑步、摄影,a;b|c d　e；f") == ["读书", "跑步", "摄影", "a", "b", "c",
                                                        "d", "e", "f"]
    assert split_tags(" 读书 、读书 ") == ["读书"]
    assert split_tags(None) == [] and split_tags("") == []


@pytest.mark.parametrize("raw, stored", [("男", "男"), ("女", "女"), ("M", "男"), ("f", "女"),
                                         ("Male", "男"), (" 女 ", "女"), ("", None)])
def test_gender(raw, stored):
    assert clean_gender(raw) == stored


def test_cells_as_text():
    assert cell_text(12345.0) == "12345"
    assert cell_text("  李娜 ") == "李娜"
    assert cell_text("   ") is None


def test_clean_row_trims_and_reports_each_bad_cell():
    mapping = {0: "display_name", 1: "phone", 2: "email", 3: "tags", 4: "joined_at",
               5: "wechat_id"}
    record, tags, problems = clean_row(
        ["  李娜 ", "1380013800", "bad", "读书，跑步", "someday", 12345.0], mapping)
    assert record["display_name"] == "李娜"
    assert record["wechat_id"] == "12345"
    assert tags == ["读书", "跑步"]
    assert [(column, why.code) for column, why, _ in problems] == [
        (1, Code.PHONE_LENGTH), (2, Code.EMAIL), (4, Code.NOT_A_DATE)]
    assert problems[0][1].params == {"count": 10}


# -- the fast paths (cached texts, clean values decided at once) agree with the full rules --

def _outcome(rule, raw):
    try:
        return "ok", rule(raw)
    except (Invalid, ValueError) as error:
        return "invalid", getattr(error, "reason", str(error))


def _full_rules():
    """Each field's rule written plainly: the cell as text, then the field's cleaner."""
    from models.core.validation import clean_birth_year, clean_text
    from models.imports.cleaning import _clean_role
    from models.members.records import EDITABLE

    def text_then(rule):
        return lambda raw: rule(cell_text(raw))

    return {
        **{name: text_then(clean_text) for name in (
            "display_name", "nickname", "city", "occupation", "source", "interests", "notes",
            "referrer")},
        "phone": clean_phone, "gender": clean_gender, "birth_year": clean_birth_year,
        "joined_at": clean_datetime,
        "wechat_id": text_then(EDITABLE["wechat_id"]), "email": text_then(EDITABLE["email"]),
        "tags": lambda raw: tuple(split_tags(cell_text(raw))),
        "role": _clean_role,  # the fast path is its cache (``_repeating``)
    }


TRICKY_CELLS = [
    None, "", " ", "　", "张伟", " 张伟 ", "１３８ ００１３ ８０００", "+86 138-0013-8000",
    "0086 13800138000", "8613800138000", "13800138000", "13800138000.0", 13800138000.0,
    13800138000, "1.38001E+10", "1.38001e+10", 1.38001e10, 13800138000.5, "12345", "23800138000",
    "abc", True, 45356, 45356.0, 45356.5, "45356", "2024/3/5", "2024年3月5日", "2024-03-05 14:00",
    "2024-03-05T14:00:00+08:00", "2024-02-30", datetime(2024, 3, 5, 14, 0), date(2024, 3, 5),
    "读书，跑步、摄影,旅行;美食|电影 徒步", "读书；读书｜跑步", "  ", 1990, 1990.0, "1990",
    "1990.0", "1899", "男", "女", "M", "f", "Male", "女性", "ｍ", "x", "ZW@QQ.com", "zw@qq",
    "wx_zhang", "wx zhang", "ｗｘ＿ｚｈａｎｇ", 12345.0, "=HYPERLINK(\"x\")", "😀小雨",
]


def test_every_fast_path_gives_what_the_full_rule_gives():
    from models.imports.cleaning import CLEANERS

    full = _full_rules()
    assert set(full) == set(CLEANERS) - {"id"}
    for name, rule in full.items():
        for raw in TRICKY_CELLS * 2:  # twice: the second answer comes from the caches
            assert _outcome(CLEANERS[name], raw) == _outcome(rule, raw), (name, raw)


def test_clean_row_is_each_cell_through_its_rule():
    full = _full_rules()
    names = list(full)
    mapping = dict(enumerate(names))
    for shift in range(len(TRICKY_CELLS)):
        values = [TRICKY_CELLS[(shift + i) % len(TRICKY_CELLS)] for i in range(len(names))]
        record, tags, problems = clean_row(values, mapping)
        expected_problems = []
        for index, name in mapping.items():
            kind, value = _outcome(full[name], values[index])
            if kind == "invalid":
                expected_problems.append((index, value, values[index]))
            elif name == "tags":
                assert tags == list(value)
            else:
                assert record[name] == value, (name, values[index])
        assert [(i, str(why), raw) for i, why, raw in problems] == expected_problems


def test_blank_rows_are_those_whose_mapped_cells_read_as_no_text():
    from models.imports.cleaning import is_blank

    cells = [*TRICKY_CELLS, "\t", "\u3000\u00a0", 0, 0.0, False]
    for first in cells:
        for second in cells:
            values = [first, "unmapped", second]
            expected = all(cell_text(values[i]) is None for i in (0, 2, 5) if i < len(values))
            assert is_blank(values, (0, 2, 5)) == expected, (first, second)


def test_custom_field_columns_are_cleaned_by_their_fields_parser():
    """A column mapped to a custom field (``field:<id>``) is read by that field's parser:
    its value as stored, or a refusal at its column naming the field."""
    from models.imports.cleaning import row_cleaner
    from models.imports.field_columns import target
    from models.members.field_values import FieldDef, Kind, parse

    age = FieldDef(7, "孩子年龄", Kind.NUMBER)
    size = FieldDef(8, "尺码", Kind.CHOICES, ("S", "M", "L"))
    extra = {target(f.id): (lambda raw, f=f: parse(f, raw)) for f in (age, size)}
    clean = row_cleaner({0: "display_name", 1: target(7), 2: target(8)}, extra)
    record, _, problems = clean(["李娜", "１，０２４", "s、l"])
    assert record == {"display_name": "李娜", target(7): [1024], target(8): ["S", "L"]}
    assert problems == []
    record, _, problems = clean(["李娜", 12.0, "XXL"])
    assert record[target(7)] == [12]
    assert [(column, why.code, why.params["field"]) for column, why, _ in problems] == [
        (2, Code.FIELD_OPTION, "尺码")]


def test_cells_an_exporter_wrapped_for_excel_are_read_as_their_text():
    """``="13800138000"`` is how many tools write a long number to a CSV so that Excel keeps
    it as text; the member import refused it ("a phone number has only digits")."""
    record, _, problems = clean_row(['="13800138000"', '="wxid_abc"', ' ="10086" '],
                                    {0: "phone", 1: "wechat_id", 2: "notes"})
    assert problems == []
    assert record == {"phone": "13800138000", "wechat_id": "wxid_abc", "notes": "10086"}
