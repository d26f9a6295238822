"""Times as chat exports and hand-made sheets write them, read into ``datetime``.

Aware when the text says its offset (ISO with ``+08:00`` or ``Z``, a Unix timestamp);
naive wall-clock time otherwise, which the chat import reads in the workspace's zone.

Forms read (``parse_time``): ISO 8601 with or without offset and fraction
(``2023-05-06T09:05:03.123+08:00``); ``2023-05-06 09:05[:03]``, ``2023/5/6 9:05``,
``2023.5.6 9:05``, ``2023年5月6日 9:05``; DiscordChatExporter's old CSV date
``06-May-23 09:05 AM``; a date alone (midnight); a Unix timestamp of 10 digits (seconds)
or 13 (milliseconds); ``datetime``/``date`` cells from a workbook; an Excel serial day
number from a workbook cell. Day-month order of ``6/5/2023`` is a separate question
(``numeric_date``): DiscordChatExporter writes the date in the exporting machine's culture.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone

_ISO = re.compile(
    r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?")
_CJK = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?")
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_DMY_NAMED = re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?"
                        r"\s*([AaPp][Mm])?")
#: ``a/b/yyyy h:mm[:ss] [AM|PM]``, with / . or - between the parts (culture-formatted).
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\.?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?"
                      r"\s*([AaPp]\.?[Mm]\.?|上午|下午)?")
#: Excel's serial days: 1970-01-01 .. 2100-01-01 (a plain count or amount is not a time).
_SERIAL_RANGE = (25569.0, 73051.0)
_EXCEL_EPOCH = datetime(1899, 12, 30)


def parse_time(value: object, *, serials: bool = False) -> datetime | None:
    """``value`` as a time, or None when it is not one. ``serials``: a number is an Excel
    serial day (a workbook cell), else only a 10/13-digit number reads (a Unix time)."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        if serials and _SERIAL_RANGE[0] <= value < _SERIAL_RANGE[1]:
            return _EXCEL_EPOCH + timedelta(days=float(value))
        return unix_time(str(int(value))) if float(value).is_integer() else None
    text = str(value).strip()
    if not text:
        return None
    if text.isdigit():
        return unix_time(text)
    return iso_time(text) or _cjk_time(text) or _named_month_time(text) or numeric_date(text)


def unix_time(text: str) -> datetime | None:
    """A Unix timestamp in seconds (10 digits) or milliseconds (13), as aware UTC."""
    if not text.isdigit() or len(text) not in (10, 13):
        return None
    seconds = int(text) / (1000 if len(text) == 13 else 1)
    return datetime.fromtimestamp(seconds, UTC)


def iso_time(text: str) -> datetime | None:
    """``2023-05-06T09:05:03.123+08:00`` and its looser kin (``2023/5/6 9:05``)."""
    match = _ISO.fullmatch(text.strip())
    if not match:
        return None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    try:
        found = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0),
                         int(second or 0), micro)
    except ValueError:
        return None
    if zone:
        if zone == "Z":
            return found.replace(tzinfo=UTC)
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        return found.replace(tzinfo=timezone(sign * offset))
    return found


def _cjk_time(text: str) -> datetime | None:
    match = _CJK.fullmatch(text)
    if not match:
        return None
    year, month, day, hour, minute, second = match.groups()
    try:
        return datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0),
                        int(second or 0))
    except ValueError:
        return None


def _named_month_time(text: str) -> datetime | None:
    """DiscordChatExporter's old CSV date, ``06-May-23 09:05 AM``."""
    match = _DMY_NAMED.fullmatch(text)
    if not match:
        return None
    day, month_name, year, hour, minute, second, half = match.groups()
    month = _MONTHS.get(month_name.lower())
    if month is None:
        return None
    full_year = int(year) + (2000 if len(year) == 2 else 0)
    try:
        return datetime(full_year, month, int(day), _hour(int(hour), half), int(minute),
                        int(second or 0))
    except ValueError:
        return None


def numeric_date(text: str, day_first: bool | None = None) -> datetime | None:
    """``6/5/2023 9:05 AM`` or ``06.05.2023 09:05``: month first unless ``day_first``
    (None: day first only where the first part cannot be a month, or with dots, which
    the cultures that write them (de, ru, ...) put day first)."""
    match = _NUMERIC.fullmatch(text.strip())
    if not match:
        return None
    first, second, year, hour, minute, secs, half = match.groups()
    if day_first is None:
        day_first = int(first) > 12 or "." in text.split()[0]
    day, month = (first, second) if day_first else (second, first)
    try:
        return datetime(int(year), int(month), int(day), _hour(int(hour), half), int(minute),
                        int(secs or 0))
    except ValueError:
        return None


def day_order(text: str) -> bool | None:
    """What one ``a/b/yyyy`` date tells of the order: True (day first: a > 12), False
    (month first: b > 12), None (either reads)."""
    match = _NUMERIC.fullmatch(text.strip())
    if not match:
        return None
    first, second = int(match[1]), int(match[2])
    if first > 12 >= second:
        return True
    if second > 12 >= first:
        return False
    return None


def ambiguous(text: str) -> bool:
    """Whether ``a/b/yyyy`` reads two ways (both parts 12 or less, and different; dotted
    dates are always day first)."""
    match = _NUMERIC.fullmatch(text.strip())
    return bool(match) and "." not in text.split()[0] and day_order(text) is None \
        and match[1] != match[2]


def _hour(hour: int, half: str | None) -> int:
    if not half:
        return hour
    pm = half.lower().startswith("p") or half == "下午"
    if hour == 12:
        return 12 if pm else 0
    return hour + 12 if pm else hour
