"""Masking personal data for exports meant for sharing (no Qt, no file format).

Two kinds of masks. The *column* masks know what a cell holds: ``mask_phone`` (138****5678),
``mask_name`` (张*), ``mask_handle`` (WeChat id or email: ab***@qq.com). ``mask_text`` is for
every other text cell (city, source, tags, occupation …): people type contact details into
any field ("来源: 朋友 13812345678 介绍"), so it finds the sequences that identify someone
and masks them where they stand, leaving the rest of the text readable:

- Chinese mobile numbers: 11 digits 1[3-9]…, written whole or grouped with spaces, dashes
  or dots, with or without +86 / 0086 / (86) in front -> 138****5678;
- landlines with an area code (010-12345678, 0755 1234567, (021)12345678) -> 010-****5678;
- resident ID numbers (18 characters, the last may be X; 15-digit old ones) and any other
  run of 12 or more digits, grouped in fours or not (bank cards) -> first 3, last 2 or 4;
- passport and travel-permit numbers (E12345678, G1234567, H12345678: one or two letters
  then 7-9 digits) -> E1*******8;
- email addresses -> ab***@example.com;
- QQ numbers and WeChat ids *after a word that says so* (QQ 123456, 扣扣：123456, 微信 abc_123,
  vx: abc_123, wx号 …) -> the word kept, the id shortened.

A bare run of 5-11 digits is *not* masked on its own: in free text it is far more often a
year, an amount, a count or an order number than a QQ number, and starring those would make
the export useless without protecting anyone the rules above miss. Full-width digits and
letters (１３８…, ＱＱ) are read as their ASCII forms first.
"""

from __future__ import annotations

import re

#: Full-width digits, letters and the punctuation of contact details, to ASCII; the
#: ideographic space to a space. Only these change: Chinese punctuation stays as typed.
_HALF_WIDTH = {
    **{0xFF10 + i: 0x30 + i for i in range(10)},
    **{0xFF21 + i: 0x41 + i for i in range(26)},
    **{0xFF41 + i: 0x61 + i for i in range(26)},
    0xFF0B: "+", 0xFF0D: "-", 0xFF20: "@", 0xFF0E: ".", 0xFF3F: "_", 0x3000: " ",
    0xFF08: "(", 0xFF09: ")",
}
#: What a cell must contain for any rule to apply (checked first: most cells have none).
_CANDIDATE = re.compile(r"[0-9\uff10-\uff19@\uff20]")

_SEP = r"[ \u00a0\-.]?"  # one optional separator between digit groups
_PATTERN = re.compile(
    # an email address (before the digit rules: its local part may be a QQ or phone number)
    r"(?P<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})"
    # an 18-character resident ID: region, birth date, sequence, check digit (or X)
    r"|(?<![0-9A-Za-z])(?P<id18>[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])"
    r"(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx])(?![0-9A-Za-z])"
    # 12+ digits, whole or grouped in fours (bank cards, 15-digit old IDs, long ids)
    r"|(?<![0-9])(?P<long>\d{12,}|\d{4}(?:[ \-]\d{4}){2,3}(?:[ \-]\d{1,3})?)(?![0-9])"
    # a mobile number, maybe with a country code
    rf"|(?<![0-9+])(?P<mobile>(?:(?:\+|00)\s?86{_SEP}|\(\s?(?:\+|00)?86\s?\)\s?)?"
    rf"1[3-9]\d(?:{_SEP}\d){{8}})(?![0-9])"
    # a landline with its area code
    r"|(?<![0-9])(?P<landline>(?:0\d{2,3}|\(0\d{2,3}\))[ \-]?[2-9]\d{6,7})(?![0-9])"
    # a passport or travel permit number
    r"|(?<![0-9A-Za-z])(?P<passport>[A-Za-z]{1,2}\d{7,9})(?![0-9A-Za-z])"
    # a QQ number after a word naming it
    r"|(?P<qq_word>(?<![A-Za-z])(?:qq|扣扣|企鹅)\s*(?:号码?)?\s*[:：]?\s*)(?P<qq>\d{5,11})(?![0-9])"
    # a WeChat id after a word naming it (a phone number there is caught as a phone above
    # only when the word is absent; here the word decides)
    r"|(?P<wx_word>(?:微信|薇信|威信|(?<![A-Za-z])(?:wechat|weixin|wx|vx)|v信)\s*(?:号)?\s*"
    r"[:：]?\s*)(?P<wx>[A-Za-z0-9][-_A-Za-z0-9]{4,19})(?![-_A-Za-z0-9])",
    re.IGNORECASE,
)


def mask_phone(phone: str | None) -> str | None:
    """13812345678 -> 138****5678: the first three and last four digits stay."""
    if not phone:
        return phone
    digits = re.sub(r"\D", "", phone)
    if len(digits) < 8:
        return "*" * len(digits)
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


def mask_name(name: str | None) -> str | None:
    """张伟 -> 张*, 欧阳娜娜 -> 欧***, Alice -> A****."""
    if not name:
        return name
    return name[0] + "*" * max(1, len(name) - 1)


def mask_handle(text: str | None) -> str | None:
    """A WeChat id or email: its first two characters, the rest starred (domain kept)."""
    if not text:
        return text
    local, at, domain = text.partition("@")
    return local[:2] + "***" + (at + domain if at else "")


def mask_text(text: str | None) -> str | None:
    """Free text with every phone number, ID, email, QQ number and WeChat id in it masked."""
    if not text or not _CANDIDATE.search(text):
        return text
    masked, found = _PATTERN.subn(_replace, text.translate(_HALF_WIDTH))
    return masked if found else text  # nothing to hide: the text exactly as typed


def _replace(found: re.Match[str]) -> str:
    kind = found.lastgroup
    value = found.group(kind or 0)
    if kind == "email":
        return mask_handle(value) or ""
    if kind == "mobile":
        digits = re.sub(r"\D", "", value)[-11:]
        return digits[:3] + "****" + digits[-4:]
    if kind == "landline":
        digits = re.sub(r"\D", "", value)
        area = 3 if digits[1] in "12" else 4  # 010, 021, 020 … / 0755, 0571 …
        return digits[:area] + "-" + "*" * (len(digits) - area - 4) + digits[-4:]
    if kind == "id18":
        return value[:3] + "*" * 13 + value[-2:]
    if kind == "long":
        digits = re.sub(r"\D", "", value)
        return "*" * (len(digits) - 4) + digits[-4:]
    if kind == "passport":
        return value[0] + "*" * (len(value) - 2) + value[-1]
    if kind == "qq":
        return found.group("qq_word") + value[:2] + "***"
    if kind == "wx":
        return found.group("wx_word") + value[:2] + "***"
    return value
