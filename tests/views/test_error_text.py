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
    Code.FIELD_EXISTS: {"name": "车型"},
    Code.FIELD_NAME_BUILT_IN: {"name": "城市"},
    Code.FIELD_OPTIONS_NEEDED: {"field": "尺码"},
    Code.FIELD_OPTION_IN_USE: {"field": "尺码", "option": "XL", "count": 12},
    Code.FIELD_TOO_MANY: {"most": 100},
    Code.FIELD_NUMBER: {"field": "孩子年龄", "value": "三岁"},
    Code.FIELD_DATE: {"field": "会员到期日", "value": "下个月"},
    Code.FIELD_YESNO: {"field": "已续费", "value": "也许"},
    Code.FIELD_OPTION: {"field": "尺码", "value": "XXL", "allowed": "S、M、L"},
    Code.FIELD_ONE_OPTION: {"field": "车型", "value": "SUV、轿车"},
    Code.NEXT_CONTACT_BEFORE: {"field": "next_on", "next": "2026-12-01", "at": "2026-12-05"},
    Code.TEXT_TOO_LONG: {"field": "kind", "most": 20},
    Code.AMOUNT_ONLY_PURCHASE: {"kind": "share"},
    Code.FUTURE_DAY: {"field": "occurred_at", "value": "2026-11-24", "today": "2026-11-23"},
    Code.PHONE_LENGTH: {"count": 10},
    Code.NO_SUCH_DAY: {"detail": "day is out of range for month"},
    Code.NOT_A_DATE: {"value": "昨天"},
    Code.SAME_CONTACT_OTHER_NAME: {"name": "王小红", "other": "王小明"},
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
    Code.MERGE_NOT_LIVE: {"name": "Zhang Wei"},
    Code.PRESET_NAME_TAKEN: {"name": "Shop"},
    Code.ORDER_COLUMN_NEEDED: {"field": "amount"},
    Code.ORDER_TWO_BUYERS: {"number": "A1", "row": 2, "first": "Alice / 13800138000"},
    Code.ORDER_REFUND_UNLINKED: {"number": "A1"},
    Code.TEMPLATE_EXISTS: {"name": "Annual party"},
    Code.EVENT_TITLE_NEEDED: {"field": "title"},
    Code.START_OFFSET_NEEDED: {"field": "starts_at"},
    Code.END_BEFORE_START: {"field": "ends_at"},
    Code.NOT_A_TIME: {"field": "starts_at", "value": "tomorrow"},
    Code.NO_EVENT: {"id": 41},
    Code.NOT_A_SERIES: {"id": 42},
    Code.NO_OCCURRENCE: {"id": 43, "start": "2026-12-01T19:00:00+08:00"},
    Code.OCCURRENCE_DAY_NEEDED: {"id": 44, "days": "2026-12-02, 2026-12-09"},
    Code.REFERRER_LOOP: {"name": "王芳", "referrer": "韩梅梅", "chain": "王芳 → 韩梅梅 → 王芳"},
    Code.REFERRER_UNKNOWN: {"value": "朋友"},
    Code.ROLE: {"allowed": "群主, 管理员, 核心成员, KOL, 部落首领, 成员"},
    Code.LEFT_BEFORE_JOINED: {"left": "2026-01-02", "joined": "2026-03-01"},
    Code.REFERRER_AMBIGUOUS: {"value": "王芳", "count": 2},
    Code.RULE_FREQUENCY: {"value": "YEARLY"},
    Code.RULE_EXISTS: {"kind": "发言"},
    Code.HONOUR_METRIC: {"value": "likes"},
    Code.HONOUR_EXISTS: {"name": "话唠"},
    Code.RECORD_GONE: {"table": "plan_goals", "id": "7"},  # not named: a row on screen
    Code.NO_COMMUNITY_ID: {"id": "3"},  # not named: the one chosen
    Code.DEMO_NOT_EMPTY: {"path": "/tmp/ws.qunzhu"},
    Code.TEXT_NOT_VALID: {"encoding": "GBK/GB18030"},
    Code.TEXT_NOT_VALID_AT: {"encoding": "UTF-8", "byte": 1234},
    Code.CHAT_BAD_TEXT: {"line": 12, "encoding": "UTF-8"},
    Code.CSV_LINE: {"line": 12, "detail": "unexpected end of data"},
    Code.NO_SHEET: {"name": "成员", "sheets": "Sheet1, Sheet2"},
    Code.WORKBOOK_UNREADABLE: {"detail": "File is not a zip file"},
    Code.NOT_XLSX: {"path": "清单.xlsx"},
    Code.FILE_NOT_FOUND: {"path": "/data/成员.csv"},
    Code.FOLDER_NOT_FOUND: {"path": "/data/out/名单.xlsx", "folder": "/data/out"},
    Code.IS_A_FOLDER: {"path": "/data"},
    Code.READ_LOCKED: {"path": "/data/成员.xlsx"},
    Code.WRITE_LOCKED: {"path": "/data/名单.xlsx"},
    Code.FOLDER_NOT_WRITABLE: {"path": "/cd/名单.xlsx", "folder": "/cd"},
    Code.FILE_DISK_FULL: {"path": "/data/名单.xlsx"},
    Code.READ_ONLY_DISK: {"path": "/media/cd/名单.xlsx"},
    Code.READ_FAILED: {"path": "/data/成员.xlsx", "detail": "Input/output error"},
    Code.WRITE_FAILED: {"path": "/data/名单.xlsx", "detail": "Input/output error"},
    Code.CELL_NOT_WHOLE: {"value": "lots"},
    Code.CELL_NOT_YUAN: {"value": "cheap"},
    Code.CELL_FEN_FRACTION: {"value": "1.234"},
    Code.CELL_NOT_DAY: {"value": "next week"},
    Code.CELL_NOT_ONE_OF: {"value": "done", "allowed": "待准备 / 已下单"},
    Code.NO_ITEM: {"id": 999, "checklist": "年会物料"},
    Code.ITEM_TWICE: {"id": 12},
    Code.STATUS_NEEDED: {"allowed": "待准备 / 已下单"},
    Code.CHAT_NOT_RECOGNISED: {"formats": "QQ (.txt), Telegram (result.json)"},
    Code.CHAT_LOOKS_LIKE: {"format": "QQ (.txt)", "found": "Telegram (result.json)"},
    Code.CHAT_BAD_HEADER: {"line": 1},
    Code.CHAT_BAD_TIME: {"line": 12, "value": "yesterday"},
    Code.CHAT_TRUNCATED: {"line": 3301},
    Code.CHAT_MISSING_COLUMNS: {"columns": "time"},
    Code.CHAT_BAD_JSON: {"line": 77, "byte": 2048},
    Code.CHAT_WHICH_CHAT: {"chats": "读书会, 跑步群"},
    Code.CHAT_NO_TIME: {"line": 5, "column": "时间"},
    Code.CHAT_NO_PERSON: {"line": 6, "column": "昵称"},
    Code.CHAT_NO_SENDER: {"line": 7},
    Code.CHAT_BAD_ROW: {"line": 8, "count": 2, "expected": 6},
    Code.CHAT_BAD_USER_ID: {"line": 9, "value": "hello there"},
    Code.CHART_GLYPHS_MISSING: {"characters": "群主"},
    Code.CHAT_REFUSED: {"count": 3},
    Code.OTHER: {"detail": "something only English says"},
}
#: Codes about a file: both languages name it.
FILE_CODES = {Code.DEMO_NOT_EMPTY, Code.NOT_XLSX, Code.FILE_NOT_FOUND, Code.FOLDER_NOT_FOUND,
              Code.IS_A_FOLDER, Code.READ_LOCKED, Code.WRITE_LOCKED, Code.FOLDER_NOT_WRITABLE,
              Code.FILE_DISK_FULL,
              Code.READ_ONLY_DISK, Code.READ_FAILED, Code.WRITE_FAILED}
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
        # The values are data; 男/女, 名称/品名 are what the cells hold.
        assert english and "{" not in english and not _CJK.search(re.sub(
            "男|女|名称|品名", "", _unquoted(english, code))), code
        lang("zh_CN")
        chinese = error_text.message_text(message)
        if code is Code.OTHER:
            assert chinese == "something only English says"  # shown as raised
            continue
        assert _CJK.search(chinese) and chinese != english and "{" not in chinese, code
        for value in PARAMS.get(code, {}).values():
            if isinstance(value, int) or code in (Code.COMMUNITY_EXISTS, Code.TEMPLATE_EXISTS):
                assert str(value) in chinese, code
        if code in FILE_CODES:
            assert PARAMS[code]["path"] in chinese and PARAMS[code]["path"] in english, code
        assert not re.search(r"\b[A-Za-z]+(?: [A-Za-z]+){2,}\b", _unquoted(chinese, code)), (
            code, chinese)


def _unquoted(text: str, code: Code) -> str:
    """``text`` without the values it quotes (data, whatever its language)."""
    for value in PARAMS.get(code, {}).values():
        text = text.replace(str(value), "")
    return text


def test_a_file_the_system_refuses_is_named_with_what_to_do(lang, tmp_path):
    """Excel or WPS holding the file open on Windows is a PermissionError; a folder that
    is not there, a full disk: each a sentence naming the file, in the user's language."""
    import errno

    target = tmp_path / "名单.xlsx"
    # os.replace(temporary, target) onto a file Excel holds open: both names in the error.
    locked = PermissionError(errno.EACCES, "Permission denied", str(tmp_path / ".~x.xlsx"),
                             None, str(target))
    full = OSError(errno.ENOSPC, "No space left on device", str(target))
    missing = FileNotFoundError(errno.ENOENT, "No such file", str(tmp_path / "no" / "a.xlsx"))
    lang("zh_CN")
    for error, words in ((locked, "关闭"), (full, "磁盘已满"), (missing, "不存在")):
        where = tmp_path / "no" / "a.xlsx" if error is missing else target
        text = error_text.file_problem(error, where, writing=True)
        assert str(where) in text and words in text and ".~" not in text, text
        assert error.strerror not in text
    folder = PermissionError(errno.EACCES, "Permission denied", str(tmp_path / ".~x.xlsx"))
    assert str(tmp_path) in error_text.file_problem(folder, target, writing=True)
    lang("en")
    assert "Excel" in error_text.file_problem(locked, target, writing=True)
    assert "folder cannot be written" in error_text.file_problem(folder, target, writing=True)

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
