"""Reading a pasted sign-up list: a WeChat 接龙 or a column copied from a sheet.

A real 接龙 is a heading (``#接龙``, the event's title and time, "报名请写 姓名+手机尾号",
an example line "例 XXX 1234"), then numbered lines (``1.``, ``1、``, ``1)``, ``１．``,
``①``), some with nobody on them yet ("8."), then perhaps a closing remark ("截止周五").
Each person's line mixes a name with a full phone or its last digits, extra guests ("+1")
and notes ("（新朋友）", "带孩子"). This module says, for every line, whether it is a person
and, if so, which part is which; ``models.events.member_lookup`` matches the people to members.

Rules, in the order they apply to a line:

- numbering is taken off; a numbered line with nothing else is EMPTY;
- a line starting with 例/示例/格式 is an example: HEADER; so is ``#...`` and a row of
  column names (姓名, 手机 ...);
- in a list with numbers, lines before the first number are HEADER, and unnumbered lines
  after it are AFTER unless they still read as someone who forgot the number (a phone or
  its tail, or a bare short name that is no heading: "赵磊" yes, "截止周五" no);
- in a list without numbers, a line that reads like a heading (a date, a time, 报名, 截止,
  接龙 ...) is HEADER; every other line is one person;
- in a person's line: bracketed text is a note; phone numbers of 7+ digits are the phone;
  ``+N`` is N guests; a lone 3-4 digit number is the phone's tail; the first word is the
  name, followed by Latin words (张伟 David) or, after a Latin name, a Chinese one (Lily
  李丽); any other word (带孩子) starts the note.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from models.core.validation import Invalid, clean_phone


class LineKind(StrEnum):
    ENTRY = "entry"    # a person
    HEADER = "header"  # heading, instructions, example, column names
    EMPTY = "empty"    # a numbered line nobody has filled in ("8.")
    AFTER = "after"    # unnumbered text after the list started ("截止周五")
    BLANK = "blank"    # nothing at all (left out of parse_signup_text)


@dataclass(frozen=True)
class SignupEntry:
    """One line of the paste; the person fields are empty unless ``kind`` is ENTRY."""

    line: int
    kind: LineKind
    text: str
    number: int | None = None
    name: str = ""
    phone: str | None = None
    #: The last 3-4 digits of the phone (what 接龙 templates ask for), not a phone.
    tail: str | None = None
    #: People coming along ("+2"), not counting this one.
    guests: int = 0
    note: str = ""


#: A name longer than this is a sentence, not somebody.
MAX_NAME = 30

_CIRCLED = {chr(c): i + 1 for i, c in enumerate(range(0x2460, 0x2474))}  # ①-⑳
_CIRCLED.update({chr(c): i + 21 for i, c in enumerate(range(0x3251, 0x3260))})  # ㉑-㉟
_CIRCLED.update({chr(c): i + 36 for i, c in enumerate(range(0x32B1, 0x32C0))})  # ㊱-㊿
_NUMBERED = re.compile(
    r"^\s*(?:(?P<n>\d{1,3})\s*[.．、)）:：,，](?!\d)|[(（](?P<p>\d{1,3})[)）]"
    r"|(?P<c>[" + "".join(_CIRCLED) + r"]))\s*")
_EXAMPLE = re.compile(r"^(?:例|示例|格式|样例|举例)")
_FIELDS = re.compile(r"[,，;；\t|、]+")
_COLUMN_NAMES = {"姓名", "名字", "昵称", "手机", "手机号", "电话", "联系方式", "序号", "备注",
                 "尾号", "手机尾号", "人数", "name", "phone", "mobile", "no", "no.", "#"}
_HEADING = re.compile(
    r"接龙|报名|截止|地点|时间|费用|名额|请写|请按|请在|请于|\d{1,2}\s*月\s*\d{1,2}\s*[日号]"
    r"|\d{1,2}\s*[:：]\s*\d{2}|周[一二三四五六日天]|星期|\d{4}\s*[-/年]")
_NOTE_BRACKETS = re.compile(r"[(（【\[［]([^)）】\]］]*)[)）】\]］]")
_PHONE = re.compile(r"(?<![\d+])(\+?\d(?:[ \-]?\d){6,14})(?!\d)")
_GUESTS = re.compile(r"[+＋]\s*(\d{1,2})(?!\d)")
_TAIL = re.compile(r"(?<!\d)(\d{3,4})(?!\d)")
_LABELS = re.compile(r"手机尾号|手机号码?|尾号|电话|手机|tel[:：]?|phone[:：]?", re.IGNORECASE)
_LATIN_WORD = re.compile(r"^[A-Za-z][A-Za-z.'\-]*$")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_HAN_NAME = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff·]{1,4}$")
_PUNCTUATION = " \t-—–_/\\:：·.。,，;；~～@"


def parse_signup_text(text: str) -> list[SignupEntry]:
    """Every non-blank line of ``text``, with what it is (see the module's rules)."""
    parsed = [(number, parse_line(raw, number)) for number, raw in
              enumerate(text.splitlines(), start=1)]
    parsed = [(n, e) for n, e in parsed if e.kind != LineKind.BLANK]
    first = next((i for i, (_, e) in enumerate(parsed) if e.number is not None), None)
    if first is None:
        return [e for _, e in parsed]
    found = []
    for i, (_, entry) in enumerate(parsed):
        if i < first and entry.kind == LineKind.ENTRY:
            entry = _as(entry, LineKind.HEADER)
        elif i > first and entry.number is None and not _plausible(entry):
            entry = _as(entry, LineKind.AFTER)
        found.append(entry)
    return found


def parse_line(raw: str, line: int = 1) -> SignupEntry:
    """One line on its own; ``parse_signup_text`` then weighs it against its neighbours."""
    text = raw.strip()
    if not text:
        return SignupEntry(line, LineKind.BLANK, raw)
    body, number = _numbering(text)
    body = body.strip()
    if number is not None and not body.strip(_PUNCTUATION):
        return SignupEntry(line, LineKind.EMPTY, text, number)
    if body.startswith(("#", "＃")) or _EXAMPLE.match(body) or _column_names(body):
        return SignupEntry(line, LineKind.HEADER, text, number)
    if number is None and _HEADING.search(_PHONE.sub(" ", body)):
        return SignupEntry(line, LineKind.HEADER, text)
    name, phone, tail, guests, note = _person(body)
    if len(name) > MAX_NAME:
        return SignupEntry(line, LineKind.HEADER, text, number)
    if not (name or phone or tail):
        return SignupEntry(line, LineKind.EMPTY if number is not None else LineKind.HEADER,
                           text, number)
    return SignupEntry(line, LineKind.ENTRY, text, number, name, phone, tail, guests, note)


def _plausible(entry: SignupEntry) -> bool:
    """An unnumbered line inside a numbered list that still reads as someone (who forgot
    the number): a phone or its tail, or just a short name; not "截止周五", "谢谢大家!"."""
    if entry.kind != LineKind.ENTRY:
        return False
    if entry.phone or entry.tail:
        return True
    short = bool(_HAN_NAME.match(entry.name)) or all(
        _LATIN_WORD.match(w) for w in entry.name.split())
    return short and not entry.note and not _HEADING.search(entry.text)


def _as(entry: SignupEntry, kind: LineKind) -> SignupEntry:
    return SignupEntry(entry.line, kind, entry.text, entry.number)


def _numbering(text: str) -> tuple[str, int | None]:
    match = _NUMBERED.match(text)
    if match is None:
        return text, None
    value = match.group("n") or match.group("p")
    number = int(value) if value else _CIRCLED[match.group("c")]
    return text[match.end():], number


def _column_names(body: str) -> bool:
    fields = [f.strip().lower() for f in re.split(r"[,，;；\t|\s]+", body) if f.strip()]
    return bool(fields) and all(f in _COLUMN_NAMES for f in fields)


def _person(body: str) -> tuple[str, str | None, str | None, int, str]:
    """(name, phone, tail, guests, note) of a person's line, numbering already off."""
    notes: list[str] = []

    def bracket(match: re.Match[str]) -> str:
        inside = match.group(1).strip()
        if re.fullmatch(r"[\d\s\-+＋]+", inside):
            return f" {inside} "  # 李娜（13911112222）, 王芳(1234), 吴倩（+1）: not notes
        if inside:
            notes.append(inside)
        return " "

    rest = _NOTE_BRACKETS.sub(bracket, body)
    rest = _FIELDS.sub(" ", rest)
    phone = None
    for match in _PHONE.finditer(rest):
        if phone is None:
            phone = _clean_phone(match.group(1))
        else:
            notes.append(match.group(1))  # a second number: keep it where it can be seen
    rest = _PHONE.sub(" ", rest)
    guests = sum(int(g) for g in _GUESTS.findall(rest))
    rest = _GUESTS.sub(" ", rest)
    tail = None
    tails = _TAIL.findall(rest)
    if tails and phone is None:
        tail = tails[0]
        notes.extend(tails[1:])
    elif tails:
        notes.extend(tails)
    rest = _TAIL.sub(" ", rest)
    rest = _LABELS.sub(" ", rest)
    words = [w.strip(_PUNCTUATION) for w in rest.split()]
    words = [w for w in words if w]
    name_words: list[str] = []
    note_words: list[str] = []
    for word in words:
        if not name_words:
            name_words.append(word)
        elif not note_words and _joins_name(name_words, word):
            name_words.append(word)
        else:
            note_words.append(word)
    note = "; ".join([" ".join(note_words)] * bool(note_words) + notes)
    return " ".join(name_words), phone, tail, guests, note


def _joins_name(name_words: list[str], word: str) -> bool:
    """Whether ``word`` continues the name: a Latin word (张伟 David, Lily Wang), or a
    short Chinese name after a Latin one (Lily 李丽). Anything else reads as a note."""
    if _LATIN_WORD.match(word) and len(word) <= 20:
        return True
    return bool(_HAN_NAME.match(word)) and not any(_HAN.search(w) for w in name_words)


def _clean_phone(raw: str) -> str:
    """A mainland mobile as its 11 digits; any other number as its digits."""
    try:
        return clean_phone(raw) or raw
    except Invalid:
        return re.sub(r"\D", "", unicodedata.normalize("NFKC", raw))
