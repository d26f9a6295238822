"""Reading one cell of an order export: amounts in yuan to fen, order numbers, times,
phones, and what a status says about the money.

Amounts are exact: text goes through ``Decimal`` (``¥1,234.50``, ``1234.5``,
``1,234.50元``, ``￥88``, ``RMB 12``, spaces anywhere); a workbook's number cell is a
float, read at the cent it shows (``1234.5`` -> 123450 fen; ``12.300000000000001`` from a
formula -> 1230). A negative amount, fractions of a fen or text that is no amount raise
``Invalid`` (the reader turns it into a problem naming the row and the column).

The reader calls these for every cell of a hundred thousand rows, so the common shapes
(``1,234.50``, ``2026-06-19 10:01:00``, a status seen before, ASCII text) are decided
first by one precompiled regex or a cache, with the same result the general path gives;
anything else takes the general path.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from models.core.errors import Code
from models.core.validation import Invalid, clean_phone, parse_moment
from models.imports.order_records import Standing

_CURRENCY = re.compile(r"^(?:¥|rmb|cny|人民币)|(?:元|rmb|cny)$")
_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d*)?$")
_SCIENTIFIC = re.compile(r"^[+-]?\d+(?:\.\d+)?e[+-]?\d+$")
_SPACES = re.compile(r"\s+")
_DECIMAL = re.compile(r"\d+(\.\d*)?|\.\d+")
#: Plain yuan, grouped or not, at most two decimals (ASCII digits only: ``\d`` would take
#: other scripts' digits, which the general path normalises first).
_PLAIN_YUAN = re.compile(r"([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.([0-9]{1,2}))?")
#: ``2026-06-19 10:01:00`` (or T, or no seconds): what most exports write; naive.
_PLAIN_TIME = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})[ T]([0-9]{2}):([0-9]{2})"
                         r"(?::([0-9]{2}))?")
#: An order number as most shops write it: letters, digits, ``-`` and ``_``, no space;
#: ASCII, so it is its own clean text (see ``order_number``).
_PLAIN_ORDER_NUMBER = re.compile(r"[0-9A-Za-z][0-9A-Za-z_-]*")
#: A clean mainland mobile as most exports write it (``clean_phone`` keeps it as it is).
_PLAIN_MOBILE = re.compile(r"1[3-9][0-9]{9}")
#: Cells that mean "nothing here" in exports (有赞 writes —— for an empty field).
_NOTHING = {"", "-", "--", "—", "——", "/", "无", "null", "none", "n/a"}


def is_nothing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip().lower() in _NOTHING
    return False


def _text(value: object) -> str:
    """A text cell without what exports wrap numbers in: 淘宝's CSV ``="123"``, a leading
    apostrophe or tab (Excel's "keep as text")."""
    text = value if type(value) is str else str(value)
    if not text.isascii():  # ASCII is its own NFKC form
        text = unicodedata.normalize("NFKC", text)
    text = text.strip()
    if text.startswith('="') and text.endswith('"'):
        text = text[2:-1]
    return text.lstrip("'\t").strip()


def fen(value: object) -> int | None:
    """Yuan -> fen, exactly; None for an empty cell. Raises ``Invalid``."""
    if type(value) is str:
        plain = _PLAIN_YUAN.fullmatch(value)
        if plain is not None:  # exact in integers, as Decimal would be
            whole, cents = plain.groups()
            return int(whole.replace(",", "")) * 100 + (int(cents.ljust(2, "0"))
                                                         if cents else 0)
    if is_nothing(value):
        return None
    if isinstance(value, bool):
        raise Invalid(Code.CELL_NOT_YUAN, value, value=value)
    if isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, float):
        cents = value * 100
        if abs(cents - round(cents)) > 1e-6 * max(1.0, abs(cents)):
            raise Invalid(Code.CELL_FEN_FRACTION, value, value=value)
        amount = Decimal(round(cents)) / 100
    else:
        text = _SPACES.sub("", _text(value)).lower()
        negative = text.startswith("-") or (text.startswith("(") and text.endswith(")"))
        text = text.strip("()").lstrip("+-")
        text = _CURRENCY.sub("", _CURRENCY.sub("", text))
        if "," in text:
            if not _GROUPED.match(text):
                raise Invalid(Code.CELL_NOT_YUAN, value, value=value)
            text = text.replace(",", "")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise Invalid(Code.CELL_NOT_YUAN, value, value=value) from None
        if not amount.is_finite() or not _DECIMAL.fullmatch(text):
            raise Invalid(Code.CELL_NOT_YUAN, value, value=value)
        if negative and amount:
            amount = -amount
    if amount < 0:
        raise Invalid(Code.CELL_NEGATIVE, value)
    cents = amount * 100
    if cents != cents.to_integral_value():
        raise Invalid(Code.CELL_FEN_FRACTION, value, value=value)
    return int(cents)


def refund_fen(value: object) -> int | None:
    """A negative amount (``-50``, ``-¥20.00``, ``(10.00)``) as the fen it gives back; None
    when ``value`` is no negative amount. A sales sheet writes a refund so."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return fen(-value) if value < 0 else None
    if not isinstance(value, str):
        return None
    text = _SPACES.sub("", _text(value))
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    elif text.startswith("-"):
        text = text[1:]
    else:
        return None
    return fen(text) or None


def order_number(value: object) -> str | None:
    """The order number as text; None when empty. A number cell that lost its digits
    (1.23457E+17: past 15 digits a spreadsheet keeps no more) raises ``Invalid``."""
    if type(value) is str and _PLAIN_ORDER_NUMBER.fullmatch(value) and (
            "e" not in value and "E" not in value or not _SCIENTIFIC.match(value.lower())):
        # nothing to clean: no space, no quote, ASCII; "none"/"null" are nothing still
        return value if len(value) != 4 or value.lower() not in _NOTHING else None
    if is_nothing(value):
        return None
    if isinstance(value, float):
        if not value.is_integer() or abs(value) >= 2**53:
            raise Invalid(Code.ORDER_NUMBER_DIGITS, value)
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    text = _text(value)
    if _SCIENTIFIC.match(text.lower()):
        raise Invalid(Code.ORDER_NUMBER_DIGITS, value)
    return text or None


def moment(value: object) -> datetime | None:
    """A time as the file gives it (naive: local wall time); None when empty."""
    if type(value) is str:
        if _PLAIN_TIME.fullmatch(value):
            try:
                return datetime.fromisoformat(value)  # the shape above only: naive
            except ValueError:
                pass  # no such day: the general path says so
    if is_nothing(value):
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, str):
        value = _text(value)
    return parse_moment(value)


def phone(value: object) -> tuple[str | None, bool]:
    """(a clean mobile number or None, masked): 淘宝 and others mask phones (138****0000);
    a landline or a garbled number matches nobody, so it is dropped, not refused."""
    if type(value) is str and _PLAIN_MOBILE.fullmatch(value):
        return value, False
    if is_nothing(value):
        return None, False
    text = _text(value) if isinstance(value, str) else value
    if isinstance(text, str) and "*" in text:
        return None, True
    try:
        return clean_phone(text), False
    except Invalid:
        return None, False


def text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        if value.strip().lower() in _NOTHING:
            return None
        return _text(value) or None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _text(value) or None


# -- statuses ------------------------------------------------------------------------------

_UNPAID = ("待付款", "未付款", "等待买家付款", "待支付", "未支付", "等待付款", "待买家付款",
           "unpaid", "pending")
_PARTIAL = ("部分退款", "部分退")
_NOT_A_REFUND = ("退款关闭", "退款失败", "拒绝退款", "取消退款", "撤销退款", "无退款", "未退款",
                 "无售后", "售后关闭", "售后取消", "退款已关闭")
_REFUNDED = ("退款", "退货", "售后", "refund")
_CLOSED = ("交易关闭", "已关闭", "关闭", "取消", "作废", "失效", "超时", "closed", "cancel",
           "void")
_PAID = ("已付款", "已支付", "支付成功", "付款成功", "待发货", "已发货", "部分发货", "待收货",
         "已收货", "已签收", "交易成功", "交易完成", "已完成", "完成", "成功", "等待卖家发货",
         "等待买家确认", "卖家已发货", "买家已付款", "已成团", "待成团", "待使用", "已使用",
         "待核销", "已核销", "待评价", "已评价", "已确认", "已到账", "paid", "complete",
         "fulfilled", "shipped", "success")


@lru_cache(maxsize=4096)
def refund_list_standing(status: str | None) -> Standing | None:
    """A refund list's own status (its 退款状态): REFUNDED when the refund was made or is
    under way (退款成功, 部分退款, 退款中, 成功, 待商家处理), OTHER when it did not happen
    (退款关闭, 拒绝退款, 已撤销, 退款失败, 已关闭); None for an empty cell."""
    if not status:
        return None
    text = unicodedata.normalize("NFKC", status).lower().replace(" ", "")
    if any(w in text for w in (*_NOT_A_REFUND, *_CLOSED, "失败", "拒绝", "驳回", "撤销")):
        return Standing.OTHER
    return Standing.REFUNDED


@lru_cache(maxsize=4096)  # an export has a few dozen statuses, on every row
def standing(status: str | None) -> Standing | None:
    """What an order status says (None when the cell is empty). Tried in this order:
    unpaid (等待买家付款 holds 付款), a partial refund (still a purchase), a refund that
    did not happen (退款关闭), refunded, closed or cancelled, paid; else ``OTHER``."""
    if not status:
        return None
    text = unicodedata.normalize("NFKC", status).lower().replace(" ", "")
    if any(w in text for w in _UNPAID):
        return Standing.UNPAID
    if any(w in text for w in _PARTIAL):
        return Standing.PURCHASE
    if not any(w in text for w in _NOT_A_REFUND):
        if any(w in text for w in _REFUNDED):
            return Standing.REFUNDED
        if any(w in text for w in _CLOSED):
            return Standing.CLOSED
    if any(w in text for w in _PAID):
        return Standing.PURCHASE
    return Standing.OTHER


@lru_cache(maxsize=4096)
def refund_standing(status: str | None) -> Standing | None:
    """A refund-status column (有赞 订单退款状态, 微店 退款状态): REFUNDED for a full or
    pending refund, None for none, a partial one, or one refused."""
    if not status:
        return None
    text = unicodedata.normalize("NFKC", status).lower().replace(" ", "")
    if any(w in text for w in (*_PARTIAL, *_NOT_A_REFUND)) or text in ("无", "否", "正常"):
        return None
    if any(w in text for w in (*_REFUNDED, "成功", "完成")):
        return Standing.REFUNDED
    return None
