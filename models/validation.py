"""Cleaning and checking what people type or import: phones, emails, dates, years.

Each ``clean_*`` returns the value as stored, or raises ``Invalid`` with a reason a person
can act on. Nothing is ever stored half-right.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_MOBILE = re.compile(r"^1[3-9]\d{9}$")


class Invalid(ValueError):
    """A value that cannot be stored; ``reason`` says why (English; views translate)."""

    def __init__(self, reason: str, value: object = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.value = value


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
    if value is None or str(value).strip() == "":
        return None
    text = _half_width(str(value))
    digits = re.sub(r"[\s\-().]", "", text)
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if not digits.isdigit():
        raise Invalid("a phone number has only digits (and spaces, dashes, +86)", value)
    if len(digits) != 11:
        raise Invalid(f"a mobile number has 11 digits, this has {len(digits)}", value)
    if not _MOBILE.match(digits):
        raise Invalid("a mobile number starts with 13-19", value)
    return digits


def clean_email(value: object) -> str | None:
    if value is None or str(value).strip() == "":
        return None
    text = _half_width(str(value)).lower()
    if not _EMAIL.match(text):
        raise Invalid("not an email address (name@example.com)", value)
    return text


def clean_wechat_id(value: object) -> str | None:
    if value is None or str(value).strip() == "":
        return None
    text = _half_width(str(value))
    if re.search(r"\s", text):
        raise Invalid("a WeChat id has no spaces", value)
    return text


def clean_date(value: object) -> str | None:
    """An ISO date (``2024-03-05``) from a date, ``2024/3/5``, ``2024年3月5日`` or ISO text."""
    if value is None or str(value).strip() == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = _half_width(str(value))
    match = re.match(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?", text)
    if not match:
        raise Invalid("not a date (2024-03-05)", value)
    try:
        return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError as error:
        raise Invalid(f"not a real date: {error}", value) from error


def clean_birth_year(value: object, today: date | None = None) -> int | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        year = int(str(value).strip())
    except ValueError as error:
        raise Invalid("a birth year is a number like 1990", value) from error
    this_year = (today or date.today()).year
    if not 1900 <= year <= this_year:
        raise Invalid(f"a birth year between 1900 and {this_year}", value)
    return year


def clean_gender(value: object) -> str | None:
    if value is None or str(value).strip() == "":
        return None
    text = _half_width(str(value)).lower()
    if text in ("男", "m", "male", "男性"):
        return "男"
    if text in ("女", "f", "female", "女性"):
        return "女"
    raise Invalid("gender is 男 or 女 (M/F)", value)
