"""Reading member lists: encodings, delimiters, title rows, merged cells, formulas, and
files built to hurt the reader."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from exports.member_file import open_member_file
from exports.tables import HostileFile, UnreadableFile, open_table

CSV_TEXT = "姓名,手机号,标签\n李娜,13900139000,读书、跑步\n張偉😀,013800,\n"


@pytest.mark.parametrize("encoding, detected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gbk", "gb18030"), ("gb18030", "gb18030"),
])
def test_csv_encodings(tmp_path: Path, encoding: str, detected: str) -> None:
    text = CSV_TEXT if encoding in ("utf-8", "utf-8-sig", "gb18030") else \
        CSV_TEXT.replace("張偉😀", "张伟")
    path = tmp_path / "m.csv"
    path.write_bytes(text.encode(encoding))
    table = open_table(path)
    assert (table.kind, table.encoding, table.delimiter) == ("csv", detected, ",")
    found = list(table.rows())
    assert found[0] == (1, ["姓名", "手机号", "标签"])
    assert found[1][1] == ["李娜", "13900139000", "读书、跑步"]
    assert found[2][1][0] == ("張偉😀" if encoding != "gbk" else "张伟")
    assert found[2][1][1] == "013800"  # leading zero kept: CSV is text


def test_gbk_beyond_the_sniffed_prefix(tmp_path: Path) -> None:
    """A big GBK file whose first bytes happen to be plain ASCII still decodes."""
    path = tmp_path / "m.csv"
    lines = ["name,phone"] + [f"m{i},139{i:08d}" for i in range(20000)] + ["李娜,13900139000"]
    path.write_bytes("\n".join(lines).encode("gbk"))
    table = open_table(path)
    rows = list(table.rows())
    assert rows[-1][1] == ["李娜", "13900139000"]


@pytest.mark.parametrize("delimiter", ["\t", ";", "|", ","])
def test_delimiters_are_sniffed(tmp_path: Path, delimiter: str) -> None:
    path = tmp_path / "m.txt"
    path.write_text(CSV_TEXT.replace(",", delimiter), encoding="utf-8")
    table = open_table(path)
    assert table.delimiter == delimiter
    assert list(table.rows())[1][1] == ["李娜", "13900139000", "读书、跑步"]


def test_title_rows_above_the_header_in_csv(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text("2024年读书会会员名单,,\n导出时间：2024-03-05,,\n,,\n" + CSV_TEXT,
                    encoding="utf-8-sig")
    source = open_member_file(path)
    assert source.header_row == 4
    assert source.headers == ["姓名", "手机号", "标签"]
    assert source.mapping == {0: "display_name", 1: "phone", 2: "tags"}
    assert [n for n, _ in source.data_rows()] == [5, 6]


def workbook(path: Path, build) -> Path:
    wb = openpyxl.Workbook()
    build(wb.active)
    wb.save(path)
    return path


def test_xlsx_with_merged_title_and_merged_cells(tmp_path: Path) -> None:
    def build(ws):
        ws["A1"] = "2024 年会员名单"
        ws.merge_cells("A1:D1")
        ws.append(["社群", "姓名", "手机", "入群时间"])
        ws.append(["读书会", "李娜", 13900139000, "2024/3/5"])
        ws.append([None, "王芳", "13700137000", None])
        ws.append([None, "赵六", None, None])
        ws.merge_cells("A3:A5")  # the community written once for three members
        ws["D4"] = 45356
        ws["D5"] = "=D4+1"
        ws["D5"].value = "=D4+1"

    path = workbook(tmp_path / "m.xlsx", build)
    source = open_member_file(path)
    assert source.table.kind == "xlsx" and source.header_row == 2
    assert source.mapping == {1: "display_name", 2: "phone", 3: "joined_at"}
    rows = list(source.data_rows())
    assert [n for n, _ in rows] == [3, 4, 5]
    assert [r[0] for _, r in rows] == ["读书会", "读书会", "读书会"]
    assert rows[0][1][2] == 13900139000.0
    assert rows[1][1][3] == 45356.0
    # openpyxl saves formulas without a cached value: read as empty, not as formula text
    assert rows[2][1][3] is None


def test_xlsx_formulas_read_as_their_saved_values(tmp_path: Path) -> None:
    """A workbook Excel saved keeps each formula's value; that value is what we read."""
    path = workbook(tmp_path / "f.xlsx", lambda ws: ws.append(["姓名", "积分"]))
    with zipfile.ZipFile(path) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    row = ('<row r="2"><c r="A2" t="inlineStr"><is><t>李娜</t></is></c>'
           '<c r="B2"><f>1+2</f><v>3</v></c></row>')
    parts["xl/worksheets/sheet1.xml"] = sheet.replace("</sheetData>", row + "</sheetData>") \
        .encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    rows = list(open_table(path).rows())
    assert rows[1] == (2, ["李娜", 3.0])


BOMB_DTD = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
            + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">'
                      for i in range(2, 10)).replace("&lol1;", "&lol;")
            + "]>\n")


def bomb(tmp_path: Path) -> Path:
    path = workbook(tmp_path / "ok.xlsx", lambda ws: ws.append(["姓名", "x"]))
    target = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w") as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode().split("?>", 1)[-1]
                data = (BOMB_DTD + text.replace(">x<", ">&lol9;<")).encode()
            out.writestr(item, data)
    return target


def test_billion_laughs_xlsx_is_refused_unread(tmp_path: Path) -> None:
    path = bomb(tmp_path)
    with pytest.raises(HostileFile) as raised:
        open_table(path)
    assert "entities" in raised.value.reason
    # the second line of defence: openpyxl parses through defusedxml and refuses it too
    with pytest.raises(ValueError):
        openpyxl.load_workbook(path, read_only=True)


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    path = workbook(tmp_path / "ok.xlsx", lambda ws: ws.append(["姓名"]))
    target = tmp_path / "zipbomb.xlsx"
    with zipfile.ZipFile(path) as source, \
            zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            out.writestr(item.filename, source.read(item.filename))
        out.writestr("xl/media/padding.xml", b" " * (64 << 20))
    with pytest.raises(HostileFile):
        open_table(target)


@pytest.mark.parametrize("content, reason", [
    (b"", "empty"), (b"\x00\x01\x02garbage\x00", "not a spreadsheet"),
    (b"PK\x03\x04broken", "damaged"),
])
def test_unreadable_files_say_why(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    with pytest.raises(UnreadableFile) as raised:
        open_table(path)
    assert reason in raised.value.reason


# -- encodings other than UTF-8 and GBK (issue 14, item 6) ---------------------------------

BIG5_LIST = "姓名,電話,城市\r\n陳小明,13900139000,台北\r\n林怡君,13800138000,高雄\r\n"
SJIS_LIST = "氏名,電話番号\r\n佐藤太郎,13900139000\r\n渡辺さくら,13800138000\r\n"


@pytest.mark.parametrize("text, codec, detected", [
    (BIG5_LIST, "cp950", "cp950"),
    ("name,phone\r\n陳小明,13900139000\r\n", "cp950", "cp950"),  # one name decides
    (SJIS_LIST, "cp932", "cp932"),
    ("name\r\n佐藤太郎\r\n", "cp932", "cp932"),
    ("姓名,手机号\r\n张晓明,13900139000\r\n", "gbk", "gb18030"),
    ("name\r\n王芳\r\n", "gbk", "gb18030"),
    ("姓名\t手机号\r\n李娜\t13900139000\r\n", "utf-16", "utf-16"),  # Excel's "Unicode Text"
    ("姓名\t手机号\r\n李娜\t13900139000\r\n", "utf-16-le", "utf-16-le"),  # without its BOM
])
def test_legacy_code_pages_read_as_written(tmp_path: Path, text: str, codec: str,
                                           detected: str) -> None:
    """A Big5 or Shift-JIS list used to pass as GB18030 and import as other characters."""
    path = tmp_path / "m.csv"
    path.write_bytes(text.encode(codec))
    table = open_table(path)
    assert table.encoding == detected
    assert [values for _, values in table.rows()] == [
        line.split("\t" if "\t" in line else ",") for line in text.splitlines()]


def test_text_no_candidate_reads_is_refused_naming_the_encodings(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_bytes("name,phone\r\nJosé Müller,13900139000\r\n".encode("latin-1"))
    with pytest.raises(UnreadableFile) as raised:
        open_table(path)
    assert "GBK/GB18030, Big5, Shift-JIS" in raised.value.reason
    assert "CSV UTF-8" in raised.value.reason


def test_a_chosen_encoding_overrides_the_guess(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_bytes("이름,전화\r\n김민준,13900139000\r\n".encode("cp949"))
    assert open_table(path).encoding == "gb18030"  # EUC-KR is not guessed (see text_encoding)
    table = open_table(path, "cp949")
    assert list(table.rows())[1][1] == ["김민준", "13900139000"]
    with pytest.raises(UnreadableFile):
        open_table(tmp_path.joinpath("m.csv"), "utf-8")


def test_sign_up_lists_use_the_same_decision(tmp_path: Path) -> None:
    from exports.signup import EncodingUnknown, read_signup_text

    path = tmp_path / "signup.txt"
    path.write_bytes("1. 陳小明 13900139000\r\n2. 林怡君\r\n".encode("cp950"))
    assert read_signup_text(path) == "1. 陳小明 13900139000\r\n2. 林怡君\r\n"
    path.write_bytes("1. 张晓明\r\n".encode("gbk"))
    assert read_signup_text(path) == "1. 张晓明\r\n"
    path.write_bytes("1. José\r\n".encode("latin-1"))
    with pytest.raises(EncodingUnknown):
        read_signup_text(path)
