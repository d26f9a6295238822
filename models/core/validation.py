"""Cleaning and checking what people type or import: phones, emails, dates, years.

Each ``clean_*`` returns the value as stored, or raises ``Invalid`` with a reason a person
can act on. Nothing is ever stored half-right.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time, timedelta

from models.core import clock
from models.core.errors import Code, DomainError

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_SCIENTIFIC = re.compile(r"^[+-]?\d+(\.\d+)?[eE][+-]?\d+$")
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
                   r"(?:[\sT]*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2})(?:\.\d+)?)?"
                   r"\s*秒?)?\s*(Z|[+-]\d{2}:?\d{2})?$")
#: Excel counts days from 1899-12-30 (its 1900 leap-year bug included).
EXCEL_EPOCH = datetime(1899, 12, 30)
#: Serials from 1930 to 2100: a bare number outside this is no date anyone means.
_SERIALS = (10958, 73051)
#: Tags are split on any of these (and on spaces).
TAG_SEPARATORS = re.compile(r"[，、,;；|｜\s]+")


class Invalid(DomainError):
    """A value that cannot be stored: ``code`` and ``params`` say why (``views/error_text.py``
    words them), ``reason`` in English; ``value`` is what was given."""


def _half_width(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def clean_text(value: object) -> str | None:
    """Trimmed text; empty becomes None."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def clean_phone(value: object) -> str | None:
    """A mainland China mobile number as 11 digits.

    Accepts spaces, dashes, brackets, full-width digits, a +86 / 0086 prefix.
    """
    if type(value) is str and _MOBILE.fullmatch(value):
        return value  # already clean: the common case, decided in one regex
    if value is None or str(value).strip() == "":
        return None
    if isinstance(value, bool):
        raise Invalid(Code.PHONE_CHARACTERS, value)
    if isinstance(value, float):  # a spreadsheet cell holding the number 13800138000.0
        if not value.is_integer():
            raise Invalid(Code.PHONE_CHARACTERS, value)
        value = int(value)
    text = _half_width(str(value))
    if _SCIENTIFIC.match(text.replace(" ", "")):
        # 1.38001E+10: the spreadsheet showed the number rounded and saved that; the last
        # digits are gone, and guessing them would store someone else's number.
        raise Invalid(Code.PHONE_SCIENTIFIC, value)
    if re.fullmatch(r"\d{11}\.0+", text):  # 13800138000.0, a number saved as text
        text = text.split(".", 1)[0]
    digits = re.sub(r"[\s\-().]", "", text)
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if not digits.isdigit():
        raise Invalid(Code.PHONE_CHARACTERS, value)
    if len(digits) != 11:
        raise Invalid(Code.PHONE_LENGTH, value, count=len(digits))
    if not _MOBILE.match(digits):
        raise Invalid(Code.PHONE_PREFIX, value)
    return digits


def clean_email(value: object) -> str | None:
    if value is None or str(value).strip() == "":
        return None
    text = _half_width(str(value)).lower()
    if not _EMAIL.match(text):
        raise Invalid(Code.EMAIL, value)
    return text


def clean_wechat_id(value: object) -> str | None:
    """A WeChat id in lower case: WeChat does not tell its letters' case apart (Alice_88
    and alice_88 are one account), so neither does matching, stored as emails are."""
    if value is None or str(value).strip() == "":
        return None
    text = _half_width(str(value))
    if re.search(r"\s", text):
        raise Invalid(Code.WECHAT_SPACES, value)
    return text.lower()


def clean_date(value: object) -> str | None:
    """An ISO date (``2024-03-05``) from a date, an Excel serial (45356), ``2024/3/5``,
    ``2024年3月5日``, ``2024-03-05 14:00`` or ISO text."""
    found = _parse_moment(value)
    return None if found is None else found.date().isoformat()


def clean_datetime(value: object) -> str | None:
    """ISO-8601 with an offset, as the workspace stores times: ``2024-03-05T14:00:00+08:00``.

    Accepts what ``clean_date`` accepts, with an optional time; a time without an offset is
    local time (this computer's zone), a date alone is midnight.
    """
    found = _parse_moment(value)
    if found is None:
        return None
    if found.tzinfo is None:
        found = found.astimezone()  # local wall time, with this computer's offset then
    return found.replace(microsecond=0).isoformat()


def parse_moment(value: object) -> datetime | None:
    """A date or time as given (naive unless it names its offset); None for empty. Accepts
    what ``clean_datetime`` accepts. Raises ``Invalid``."""
    return _parse_moment(value)


def _parse_moment(value: object) -> datetime | None:
    if value is None or (isinstance(value, str) and value.strip() == ""):
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_serial(float(value), value)
    text = _half_width(str(value))
    if re.fullmatch(r"\d{5}(\.\d+)?", text):
        return _from_serial(float(text), value)
    match = _DATE.match(text)
    if not match:
        raise Invalid(Code.NOT_A_DATE, value, value=value)
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        moment = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0),
                          int(second or 0))
    except ValueError as error:
        raise Invalid(Code.NO_SUCH_DAY, value, detail=str(error)) from error
    if zone:
        moment = datetime.fromisoformat(moment.isoformat() + (
            "+00:00" if zone == "Z" else zone if ":" in zone else f"{zone[:3]}:{zone[3:]}"))
    return moment


def _from_serial(serial: float, value: object) -> datetime:
    if not _SERIALS[0] <= serial <= _SERIALS[1]:
        raise Invalid(Code.NOT_A_DATE, value, value=value)
    return EXCEL_EPOCH + timedelta(days=round(serial * 86400) / 86400)


def split_tags(value: object) -> list[str]:
    """Tags from one cell: split on ，、,;| and spaces, trimmed, duplicates dropped."""
    if value is None:
        return []
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = unicodedata.normalize("NFKC", str(value))
    return list(dict.fromkeys(t for t in TAG_SEPARATORS.split(text) if t))


def clean_birth_year(value: object, today: date | None = None) -> int | None:
    if value is None or str(value).strip() == "":
        return None
    text = str(value).strip()
    if re.fullmatch(r"\d{4}\.0+", text):  # 1990.0 from a spreadsheet number
        text = text.split(".", 1)[0]
    try:
        year = int(text)
    except ValueError as error:
        raise Invalid(Code.BIRTH_YEAR_NUMBER, value) from error
    this_year = (today or clock.today()).year
    if not 1900 <= year <= this_year:
        raise Invalid(Code.BIRTH_YEAR_RANGE, value, year=this_year)
    return year


def clean_gender(value: object) -> str | None:
    if value is None or str(value).strip() == "":
        return None
    text = _half_width(str(value)).lower()
    if text in ("男", "m", "male", "男性"):
        return "男"
    if text in ("女", "f", "female", "女性"):
        return "女"
    raise Invalid(Code.GENDER, value)
