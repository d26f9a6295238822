"""Member lists exported from sign-up forms (问卷星, 腾讯问卷, 金数据): their headers are the
questions, numbered and polite ("1、您的姓名：", "Q2. 您的手机号码？", "请填写微信号"); the
import maps them to the fields they ask for, as it maps "姓名" and "手机号"."""

from __future__ import annotations

import pytest

from models.imports.column_mapping import field_for_header, guess_header_row, guess_mapping

WJX = ["序号", "提交答卷时间", "所用时间", "来源详情", "来自IP", "1、您的姓名：",
       "2、您的手机号码：", "3、您的微信号：", "4、所在城市：", "5、您是从哪里知道我们的？"]


def test_a_wjx_export_is_mapped_by_its_questions():
    assert guess_mapping(WJX) == {5: "display_name", 6: "phone", 7: "wechat_id", 8: "city"}


@pytest.mark.parametrize(("header", "field"), [
    ("1、您的姓名：", "display_name"), ("Q2. 您的手机号码？", "phone"), ("(3)微信号", "wechat_id"),
    ("（4）你的邮箱", "email"), ("请填写您的姓名", "display_name"), ("请输入手机号", "phone"),
    ("12. 性别", "gender"), ("3.城市", "city"), ("您的昵称", "nickname"),
    ("姓名", "display_name"), ("1688账号", None), ("2026年目标", None), ("您的建议", None)])
def test_question_headers(header, field):
    assert field_for_header(header) == field


def test_the_header_row_of_a_form_export_is_found_under_a_title():
    rows = [["报名表（导出于 2026-03-05）"], WJX, ["1", "2026/3/5 10:01", "45秒", "", "", "李娜"]]
    assert guess_header_row(rows) == 1


@pytest.mark.parametrize("header", ["邀请人姓名", "推荐人手机号", "邀请人微信号", "介绍人电话",
                                    "3、您的推荐人：", "推荐人（姓名或手机号）"])
def test_a_referrer_column_named_with_what_it_holds(header):
    """Forms ask "邀请人姓名" or "推荐人手机号"; the 邀请人 column reads a name, a phone or a
    WeChat id alike, so each is the referrer column."""
    assert field_for_header(header) == "referrer"
