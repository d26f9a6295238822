"""Every refusal the domain can give has its words in English and in Chinese, in one place
(``views/error_text.py``), and the English of ``str()`` says the same facts."""

from __future__ import annotations

import re

import pytest

from desktop import i18n
from models.core.errors import ENGLISH, Code, DomainError, Message
from models.core.validation import Invalid, clean_phone
from models.imports.report import Problem
from views import error_text

#: Example facts for the codes that take some.
PARAMS = {
    Code.PHONE_LENGTH: {"count": 10},
    Code.NO_SUCH_DAY: {"detail": "day is out of range for month"},
    Code.BIRTH_YEAR_RANGE: {"year": 2026},
    Code.NO_MEMBER_ID: {"id": 999},
    Code.WHOLE_NUMBER: {"field": "likelihood", "value": "high"},
    Code.NUMBER_RANGE: {"field": "impact", "low": 1, "high": 5, "value": 9},
    Code.NUMBER: {"field": "target", "value": "45%"},
    Code.DAY: {"field": "due_on", "value": "next week"},
    Code.ONE_OF: {"field": "metric", "allowed": "a, b", "value": "c"},
    Code.EMPTY: {"field": "title"},
    Code.NEGATIVE: {"field": "revenue"},
    Code.WHOLE_NOT_NEGATIVE: {"field": "on_hand"},
    Code.COMMUNITY_EXISTS: {"name": "Book club"},
    Code.TEMPLATE_EXISTS: {"name": "Annual party"},
    Code.OTHER: {"detail": "something only English says"},
}
_CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def lang(qapp):
    yield i18n.use_language
    i18n.use_language("en")


def test_every_code_has_english_and_chinese_words(lang):
    assert set(error_text.templates()) == set(Code) == set(ENGLISH)
    for code in Code:
        message = Message(code, PARAMS.get(code, {}))
        assert str(message) and "{" not in str(message)
        lang("en")
        english = error_text.message_text(message)
        assert english and "{" not in english and not _CJK.search(
            english.replace("男", "").replace("女", "")), code
        lang("zh_CN")
        chinese = error_text.message_text(message)
        if code is Code.OTHER:
            assert chinese == "something only English says"  # shown as raised
            continue
        assert _CJK.search(chinese) and chinese != english and "{" not in chinese, code
        for value in PARAMS.get(code, {}).values():
            if isinstance(value, int) or code in (Code.COMMUNITY_EXISTS, Code.TEMPLATE_EXISTS):
                assert str(value) in chinese, code


def test_a_refusal_keeps_english_for_the_log_and_its_facts_for_the_screen(lang):
    with pytest.raises(Invalid) as raised:
        clean_phone("1380013800")
    error = raised.value
    assert str(error) == error.reason == "a mobile number has 11 digits, this has 10"
    assert (error.code, dict(error.params), error.value) == (Code.PHONE_LENGTH, {"count": 10},
                                                             "1380013800")
    lang("zh_CN")
    assert "10" in error_text.describe(error) and _CJK.search(error_text.describe(error))
    assert error_text.describe(ValueError("plain")) == "plain"
    refused = DomainError(Code.NUMBER, "45%", field="target", value="45%")
    assert error_text.describe(refused, lambda field: "<" + field + ">").startswith("<target>")


def test_an_import_problem_line_is_worded_from_its_code(lang):
    problem = Problem.of(7, "手机", Message(Code.PHONE_PREFIX), "12345678901")
    assert problem.line() == "row 7, column 手机: a mobile number starts with 13-19"
    lang("zh_CN")
    line = error_text.problem_line(problem)
    assert "7" in line and "手机" in line and "13" in line and "row" not in line
