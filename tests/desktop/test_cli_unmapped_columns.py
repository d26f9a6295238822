"""``qunzhu import members`` says which columns it did not import: a column whose header
names no member field and no custom field was dropped without a word, so an operator whose
sheet says 孩子年龄（岁） or 会员等级 lost that column and saw "imported"."""

from __future__ import annotations

import pytest

from models.members import custom_fields
from models.members.field_values import Kind
from models.store.workspace import open_workspace
from tests.desktop.test_cli import qunzhu


@pytest.mark.parametrize(("lang", "wanted"), [
    ("en", "column(s) not imported (no member field or custom field has that name): "
           "会员等级, 备用电话"),
    ("zh_CN", "以下列未导入（没有同名的成员字段或自定义字段）：会员等级, 备用电话")])
def test_columns_left_out_are_named(tmp_path, lang, wanted):
    workspace = tmp_path / "w.qunzhu"
    with open_workspace(workspace) as ws:
        custom_fields.define_field(ws.conn, "孩子年龄", Kind.NUMBER)
    source = tmp_path / "members.csv"
    source.write_text("姓名,手机号,会员等级,孩子年龄,,备用电话\n"
                      "李娜,13800138000,金卡,5,,13900139000\n", encoding="utf-8")
    done = qunzhu("import", "members", str(source), "--workspace", str(workspace), lang=lang)
    assert done.returncode == 0, done.stderr
    assert f"{source}" in done.stderr and wanted in done.stderr
    assert "孩子年龄" not in done.stderr  # imported into its field


def test_nothing_is_said_when_every_column_is_imported(tmp_path):
    workspace = tmp_path / "w.qunzhu"
    open_workspace(workspace).close()
    source = tmp_path / "members.csv"
    source.write_text("姓名,手机号\n李娜,13800138000\n", encoding="utf-8")
    done = qunzhu("import", "members", str(source), "--workspace", str(workspace))
    assert done.returncode == 0, done.stderr
    assert "not imported" not in done.stderr


@pytest.mark.parametrize(("lang", "wanted"), [
    ("en", "the workbook's sheets are: 填写说明, 名单; choose one with --sheet NAME"),
    ("zh_CN", "工作簿中的工作表：填写说明, 名单；请用 --sheet 名称 选择一个")])
def test_a_workbook_whose_first_sheet_is_notes_names_its_sheets(tmp_path, lang, wanted):
    """WPS and Excel templates often open with a 填写说明 sheet: the refusal ("no column for
    the name") now says which sheets there are and how to pick one."""
    from openpyxl import Workbook

    workspace = tmp_path / "w.qunzhu"
    open_workspace(workspace).close()
    book = Workbook()
    book.active.title = "填写说明"
    book.active.append(["手机号必填，日期写成 2026-03-05"])
    names = book.create_sheet("名单")
    names.append(["姓名", "手机号"])
    names.append(["李娜", "13800138000"])
    source = tmp_path / "members.xlsx"
    book.save(source)
    done = qunzhu("import", "members", str(source), "--workspace", str(workspace), lang=lang)
    assert done.returncode == 2, done.stderr
    assert wanted in done.stderr


def test_a_file_without_phone_wechat_or_email_warns_that_a_second_import_adds_again(tmp_path):
    """Members are told apart by phone, WeChat id or email: a list with none of those
    columns (家长手机号 is not 手机号) was imported twice over without a word."""
    workspace = tmp_path / "w.qunzhu"
    open_workspace(workspace).close()
    source = tmp_path / "members.csv"
    source.write_text("姓名,家长手机号\n王小明,13800138000\n王小红,13800138000\n",
                      encoding="utf-8")
    for lang, wanted in (("en", "no column for a phone, WeChat id or email: importing this "
                                "file again adds its members again"),
                         ("zh_CN", "没有手机号、微信号或邮箱列：再次导入此文件会再次新增其中的"
                                   "成员")):
        done = qunzhu("import", "members", str(source), "--workspace", str(workspace),
                      lang=lang)
        assert done.returncode == 0, done.stderr
        assert wanted in done.stderr


def test_a_row_taken_for_a_member_of_another_name_is_named(tmp_path):
    """Siblings share their parent's phone: the second child was "skipped" as the first,
    one count among the duplicates, and never imported. The row is named, with who it was
    taken for and how to keep both; a row repeating the same person says nothing."""
    workspace = tmp_path / "w.qunzhu"
    open_workspace(workspace).close()
    first = tmp_path / "first.csv"
    first.write_text("姓名,手机号\n王小明,13800138000\n王小红,13800138000\n"
                     "李娜,13900139000\n李娜,13900139000\n", encoding="utf-8")
    done = qunzhu("import", "members", str(first), "--workspace", str(workspace))
    assert done.returncode == 0, done.stderr
    assert (f"{first}: row 3, column 姓名: 王小红 has the phone, WeChat id or email of 王小明: "
            "taken as the same person and left as is (two people: --duplicates keep_both)"
            ) in done.stderr
    assert "李娜 has" not in done.stderr
    later = tmp_path / "later.csv"
    later.write_text("姓名,手机号\n王小刚,13800138000\n", encoding="utf-8")
    done = qunzhu("import", "members", str(later), "--workspace", str(workspace),
                  lang="zh_CN")
    assert done.returncode == 0, done.stderr
    assert "第 2 行，“姓名”列：王小刚 与 王小明 的手机号、微信号或邮箱相同：视为同一人，保持原样" \
           in done.stderr
