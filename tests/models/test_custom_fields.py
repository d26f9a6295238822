"""Custom fields: defining them, parsing what people type, values, roster filter and sort,
undo of a deletion."""

from __future__ import annotations

import pytest

from models.core.errors import Code, DomainError
from models.core.validation import Invalid
from models.members import custom_fields as cf
from models.members import roster, segments
from models.members.field_values import FieldDef, Kind, as_text, parse
from models.members.records import create_member
from models.members.roster import RosterFilter, RosterSort
from models.store.operations import recorded, run
from models.store.workspace import open_workspace
from tests.checksums import checksum


@pytest.fixture
def ws(workspace_path):
    workspace = open_workspace(workspace_path)
    yield workspace
    workspace.close()


def _member(ws, name: str) -> int:
    member_id, _ = create_member(ws.conn, {"display_name": name})
    return member_id


NUMBER = FieldDef(1, "孩子年龄", Kind.NUMBER)
DATE = FieldDef(2, "会员到期日", Kind.DATE)
YESNO = FieldDef(3, "已续费", Kind.YESNO)
CHOICE = FieldDef(4, "车型", Kind.CHOICE, ("轿车", "SUV", "MPV"))
CHOICES = FieldDef(5, "尺码", Kind.CHOICES, ("S", "M", "L", "XL"))
TEXT = FieldDef(6, "学校", Kind.TEXT)


@pytest.mark.parametrize("field, raw, stored", [
    (NUMBER, "1,280", [1280]), (NUMBER, "１２８０", [1280]), (NUMBER, "1 280.5", [1280.5]),
    (NUMBER, 7.0, [7]), (NUMBER, "１，２８０", [1280]), (NUMBER, "", []), (NUMBER, None, []),
    (DATE, "2026/3/5", ["2026-03-05"]), (DATE, "2026年3月5日", ["2026-03-05"]),
    (DATE, 46086, ["2026-03-05"]), (DATE, "２０２６-０３-０５", ["2026-03-05"]),
    (YESNO, "是", [1]), (YESNO, "否", [0]), (YESNO, "YES", [1]), (YESNO, "no", [0]),
    (YESNO, "1", [1]), (YESNO, 0, [0]), (YESNO, "✓", [1]), (YESNO, True, [1]),
    (CHOICE, "suv", ["SUV"]), (CHOICE, "ＳＵＶ", ["SUV"]), (CHOICE, " 轿车 ", ["轿车"]),
    (CHOICES, "s，m、XL", ["S", "M", "XL"]), (CHOICES, "l;L/ｍ", ["L", "M"]),
    (CHOICES, ["S", "m"], ["S", "M"]), (CHOICES, "", []),
    (TEXT, "  实验小学 ", ["实验小学"]),
])
def test_values_are_parsed_from_what_people_type(field, raw, stored):
    assert parse(field, raw) == stored


@pytest.mark.parametrize("field, raw, code", [
    (NUMBER, "三岁", Code.FIELD_NUMBER), (NUMBER, "12abc", Code.FIELD_NUMBER),
    (NUMBER, "nan", Code.FIELD_NUMBER), (NUMBER, True, Code.FIELD_NUMBER),
    (DATE, "下个月", Code.FIELD_DATE), (DATE, "2026-02-30", Code.FIELD_DATE),
    (YESNO, "也许", Code.FIELD_YESNO),
    (CHOICE, "卡车", Code.FIELD_OPTION), (CHOICE, "SUV、MPV", Code.FIELD_ONE_OPTION),
    (CHOICES, "S、XXL", Code.FIELD_OPTION), (TEXT, "x" * 501, Code.TEXT_TOO_LONG),
])
def test_refusals_name_the_field_and_the_reason(field, raw, code):
    with pytest.raises(Invalid) as raised:
        parse(field, raw)
    assert raised.value.code is code
    assert raised.value.params["field"] == field.name
    assert field.name in str(raised.value)


def test_values_as_text():
    assert as_text(NUMBER, [1280]) == "1,280"
    assert as_text(CHOICES, ["S", "XL"]) == "S、XL"
    assert as_text(YESNO, [0]) == "否"
    assert as_text(TEXT, []) == ""


def test_define_rename_reorder_and_names_unique_ignoring_case(ws):
    car, _ = cf.define_field(ws.conn, "车型", "choice", ["轿车", "SUV", "suv", " "])
    assert car.options == ("轿车", "SUV")
    size, _ = cf.define_field(ws.conn, "Size", Kind.CHOICES, ["S", "M"])
    age, _ = cf.define_field(ws.conn, "孩子年龄", Kind.NUMBER, ["ignored"])
    assert age.options == ()
    with pytest.raises(DomainError) as raised:
        cf.define_field(ws.conn, "ＳＩＺＥ", Kind.TEXT)
    assert raised.value.code is Code.FIELD_EXISTS
    for built_in in ("城市", "city", "Phone", "备注"):
        with pytest.raises(DomainError) as raised:
            cf.define_field(ws.conn, built_in, Kind.TEXT)
        assert raised.value.code is Code.FIELD_NAME_BUILT_IN
    with pytest.raises(DomainError) as raised:
        cf.define_field(ws.conn, "  ", Kind.TEXT)
    assert raised.value.code is Code.FIELD_NAME_NEEDED
    with pytest.raises(DomainError) as raised:
        cf.define_field(ws.conn, "颜色", Kind.CHOICE, [])
    assert raised.value.code is Code.FIELD_OPTIONS_NEEDED
    cf.edit_field(ws.conn, size.id, "尺码", ["S", "M", "L"])
    cf.reorder_fields(ws.conn, [age.id, car.id])
    assert [(f.name, f.options) for f in cf.fields(ws.conn)] == [
        ("孩子年龄", ()), ("车型", ("轿车", "SUV")), ("尺码", ("S", "M", "L"))]


def test_an_option_members_hold_is_not_dropped_and_a_respelt_one_keeps_its_values(ws):
    size, _ = cf.define_field(ws.conn, "尺码", Kind.CHOICES, ["s", "M"])
    one = _member(ws, "甲")
    cf.set_values(ws.conn, one, {size.id: "s、m"})
    with pytest.raises(DomainError) as raised:
        cf.edit_field(ws.conn, size.id, "尺码", ["s"])
    assert raised.value.code is Code.FIELD_OPTION_IN_USE
    assert raised.value.params["count"] == 1
    cf.edit_field(ws.conn, size.id, "尺码", ["S", "M", "L"])
    assert cf.member_values(ws.conn, one) == {size.id: ["S", "M"]}


def test_set_and_read_a_members_values_one_row_per_value(ws):
    size, _ = cf.define_field(ws.conn, "尺码", Kind.CHOICES, ["S", "M", "L"])
    age, _ = cf.define_field(ws.conn, "孩子年龄", Kind.NUMBER)
    one = _member(ws, "甲")
    cf.set_values(ws.conn, one, {size.id: "L,S", age.id: "７"})
    assert cf.member_values(ws.conn, one) == {size.id: ["S", "L"], age.id: [7]}
    assert ws.conn.execute("SELECT count(*) FROM member_fields").fetchone()[0] == 3
    before = checksum(ws.conn)
    with pytest.raises(Invalid) as raised:  # one bad value: nothing written
        cf.set_values(ws.conn, one, {size.id: "M", age.id: "seven"})
    assert raised.value.params["field"] == "孩子年龄"
    assert checksum(ws.conn) == before
    cf.set_values(ws.conn, one, {age.id: ""})
    assert cf.member_values(ws.conn, one) == {size.id: ["S", "L"]}


def test_undo_of_a_field_deletion_brings_the_values_back(ws):
    car, _ = cf.define_field(ws.conn, "车型", Kind.CHOICE, ["轿车", "SUV"])
    ids = [_member(ws, n) for n in ("甲", "乙", "丙")]
    for member_id in ids[:2]:
        cf.set_values(ws.conn, member_id, {car.id: "SUV"})
    assert cf.holders(ws.conn, car.id) == 2
    before = checksum(ws.conn)
    done = run(ws.conn, recorded(lambda c: cf.delete_field(c, car.id)))
    assert cf.fields(ws.conn) == [] and cf.member_values(ws.conn, ids[0]) == {}
    run(ws.conn, done.undo)
    assert checksum(ws.conn) == before
    assert cf.member_values(ws.conn, ids[0]) == {car.id: ["SUV"]}


@pytest.fixture
def people(ws):
    """Members with a car, an age, sizes and a renewal day; some without."""
    car, _ = cf.define_field(ws.conn, "车型", Kind.CHOICE, ["轿车", "SUV", "MPV"])
    age, _ = cf.define_field(ws.conn, "孩子年龄", Kind.NUMBER)
    size, _ = cf.define_field(ws.conn, "尺码", Kind.CHOICES, ["S", "M", "L"])
    due, _ = cf.define_field(ws.conn, "会员到期日", Kind.DATE)
    note, _ = cf.define_field(ws.conn, "学校", Kind.TEXT)
    rows = {"甲": ("SUV", "12", "M", "2026-01-31", "实验小学"),
            "乙": ("轿车", "3", "S、L", "2026-06-01", "外国语学校"),
            "丙": ("SUV", "1,024", "", "", ""),
            "丁": ("", "", "L", "2025-12-31", "")}
    ids = {}
    for name, (c, a, s, d, n) in rows.items():
        ids[name] = _member(ws, name)
        cf.set_values(ws.conn, ids[name], {car.id: c, age.id: a, size.id: s, due.id: d,
                                           note.id: n})
    _member(ws, "戊")
    return ws, ids, {"car": car.id, "age": age.id, "size": size.id, "due": due.id,
                     "note": note.id}


def _names(ws, f: RosterFilter | None = None, sort: RosterSort | None = None) -> list[str]:
    return [r.display_name for r in roster.page(ws.conn, f or RosterFilter(),
                                                 sort or RosterSort(), 0, 50)]


def test_the_roster_filters_by_a_field(people):
    ws, ids, fid = people
    def only(*ff):
        return sorted(_names(ws, RosterFilter(field_filters=ff)))
    assert only((fid["car"], "eq", "SUV")) == ["丙", "甲"]
    assert only((fid["size"], "has", "L")) == ["丁", "乙"]
    assert only((fid["size"], "has", ("S", "M"))) == ["乙", "甲"]
    assert only((fid["age"], "range", 3, 12)) == ["乙", "甲"]
    assert only((fid["age"], "range", 100, None)) == ["丙"]
    assert only((fid["due"], "range", None, "2026-01-31")) == ["丁", "甲"]
    assert only((fid["note"], "contains", "小学")) == ["甲"]
    assert only((fid["car"], "empty")) == ["丁", "戊"]
    assert only((fid["car"], "set"), (fid["size"], "empty")) == ["丙"]
    f = RosterFilter(field_filters=((fid["car"], "eq", "SUV"),))
    assert roster.count(ws.conn, f) == 2


def test_the_roster_sorts_by_a_field_empty_last_and_pages_match_the_reverse(people):
    ws, ids, fid = people
    up = RosterSort(field_id=fid["age"])
    assert _names(ws, sort=up) == ["乙", "甲", "丙", "丁", "戊"]
    down = roster.reversed_sort(up)
    assert _names(ws, sort=down) == ["戊", "丁", "丙", "甲", "乙"]
    # the empty ones last in both directions (the exact reverse puts them first)
    assert _names(ws, sort=RosterSort(field_id=fid["age"], descending=True)) == [
        "丙", "甲", "乙", "戊", "丁"]
    # options sort as text (the index's order); a member with several by the least
    assert _names(ws, sort=RosterSort(field_id=fid["size"])) == ["乙", "丁", "甲", "丙", "戊"]
    for sort in (up, down, RosterSort(field_id=fid["size"], descending=True),
                 roster.reversed_sort(RosterSort(field_id=fid["size"], descending=True))):
        whole = roster.page(ws.conn, RosterFilter(), sort, 0, 50)
        for size in (1, 2, 3):  # keyset pages and offset pages give the same rows
            keyset = roster.page(ws.conn, RosterFilter(), sort, 0, size)
            while len(keyset) < len(whole):
                keyset += roster.page_after(ws.conn, RosterFilter(), sort, keyset[-1], size)
            assert [r.id for r in keyset] == [r.id for r in whole]
            offset = [r for start in range(0, 5, size)
                      for r in roster.page(ws.conn, RosterFilter(), sort, start, size)]
            assert [r.id for r in offset] == [r.id for r in whole]


def test_a_segment_holds_a_field_filter(people):
    ws, ids, fid = people
    f = RosterFilter(field_filters=((fid["size"], "has", ("S", "M")), (fid["age"], "range", 3,
                                                                        None)))
    segments.save_segment(ws.conn, "大孩子", f)
    saved = segments.segments(ws.conn)[0].filter
    assert saved == f
    assert sorted(_names(ws, saved)) == ["乙", "甲"]


@pytest.mark.parametrize("raw, stored", [
    ("¥1,280", [1280]), ("￥1,280.50", [1280.5]), ("1,280元", [1280]), ("RMB 88", [88]),
    ("-¥20", [-20])])
def test_a_number_field_reads_money_as_sheets_write_it(raw, stored):
    """A field like 消费额 or 会员费 holds money; sheets write it ¥1,280 or 1,280元, which
    was refused row by row."""
    spent = FieldDef(7, "消费额", Kind.NUMBER)
    assert parse(spent, raw) == stored


@pytest.mark.parametrize("raw", ["¥", "元", "¥¥5", "5元元"])
def test_a_currency_sign_alone_is_no_number(raw):
    with pytest.raises(Invalid):
        parse(FieldDef(7, "消费额", Kind.NUMBER), raw)
