"""Which column of a shop's order export holds what: the fields an order import reads, the
header texts each shop back end writes for them (presets), and finding the header row.

Header rows as the back ends write them (looked up in public code that reads these exports):

- 有赞 (订单 → 导出, 订单报表): 订单号, 订单状态, 订单创建时间, 买家付款时间, 交易成功时间,
  商品金额合计, 运费, 应收订单金额, 订单实付金额, 订单实收金额, 全部商品名称,
  收货人/提货人, 收货人手机号/提货人手机号, 买家昵称, 买家手机号, 订单退款状态,
  订单已退款金额 …; its 商品 export repeats 订单号 and 订单实付金额 on each product row
  (商品名称, 商品单价, 商品数量, 商品退款状态, 商品已退款金额).
- 淘宝/天猫 (已卖出的宝贝 → 批量导出, ExportOrderList): 订单编号, 买家会员名, 买家应付货款,
  总金额, 买家实际支付金额, 订单状态 (交易成功, 交易关闭, 买家已付款，等待卖家发货,
  卖家已发货，等待买家确认, 等待买家付款), 收货人姓名, 联系电话, 联系手机 (masked:
  138****0000), 订单创建时间, 订单付款时间, 宝贝标题, 退款金额; the CSV writes numbers as
  ="…" so Excel keeps their digits. Its ExportOrderDetailList has one row per item.
- 微店: 订单编号, 订单状态, 下单时间, 付款时间, 商品名称, 订单金额/实付金额, 收货人,
  收货人手机号/联系电话, 买家昵称, 退款状态.
- 小鹅通: 订单号, 商品名称, 用户昵称, 手机号, 实收金额, 下单时间, 支付时间, 订单状态.

A shop's preset lists, per field, its headers in order of preference (the paid time over
the order's creation, the buyer's phone over the consignee's, what was actually paid over
the order's price). Any other sheet maps through ``ALIASES``, the same idea across shops.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

#: The fields, in the order the mapping step lists them.
FIELDS = ("order_no", "paid_at", "ordered_at", "phone", "wechat_id", "name", "amount",
          "refunded", "product", "status", "refund_status", "original_no", "refund_no")
#: An amount is needed unless the sheet is a refund list (``refunded`` and no amount:
#: exports/order_refunds.py).
REQUIRED = ("order_no", "amount")

#: Header texts naming each field across shops, most preferred first (normalized).
ALIASES: dict[str, tuple[str, ...]] = {
    "order_no": ("订单号", "订单编号", "主订单编号", "主订单号", "订单id", "订单单号", "交易单号",
                 "交易编号", "商户订单号", "orderno", "orderid", "ordernumber", "order"),
    "paid_at": ("买家付款时间", "订单付款时间", "付款时间", "支付时间", "支付成功时间", "付款日期",
                "支付日期", "实付时间", "paidat", "paymenttime", "paidtime", "paymentdate"),
    "ordered_at": ("下单时间", "订单创建时间", "创建时间", "成交时间", "下单日期", "交易时间",
                   "订单时间", "交易创建时间", "日期", "时间", "createdat", "ordertime",
                   "orderdate", "date", "time"),
    "phone": ("买家手机号", "买家手机", "会员手机号", "用户手机号", "手机号", "手机号码", "手机",
              "联系手机", "收货人手机号/提货人手机号", "收货人手机号", "收货人手机", "收货手机号",
              "收件人手机", "收件人手机号", "联系电话", "电话", "联系方式", "mobile", "phone"),
    "wechat_id": ("微信号", "买家微信号", "微信id", "微信账号", "wechat", "wechatid", "wxid"),
    "name": ("买家昵称", "微信昵称", "用户昵称", "昵称", "客户姓名", "客户名称", "买家姓名",
             "买家", "买家会员名", "客户", "会员名称", "会员昵称", "用户名", "收货人/提货人",
             "收货人姓名", "收货人", "收件人", "姓名", "buyer", "customer", "name"),
    "amount": ("实付金额", "订单实付金额", "买家实际支付金额", "实际支付金额", "实付款", "实付",
               "子订单实付金额", "商品实付金额", "实收金额", "订单实收金额", "支付金额",
               "付款金额", "实付总额", "订单金额", "应收订单金额", "订单总额", "订单总金额",
               "总金额", "商品金额合计", "商品总价", "商品金额", "金额", "小计", "amount",
               "total", "paid"),
    "refunded": ("订单已退款金额", "已退款金额", "退款金额", "商品已退款金额", "refunded",
                 "refundamount"),
    "product": ("商品名称", "全部商品名称", "宝贝标题", "商品标题", "课程名称", "商品名", "商品",
                "标题", "product", "item"),
    "status": ("订单状态", "交易状态", "状态", "支付状态", "订单商品状态", "status"),
    "refund_status": ("订单退款状态", "退款状态", "售后状态", "商品退款状态", "refundstatus"),
    # a refund's own row naming the order it refunds (exports/order_refunds.py)
    "original_no": ("原订单号", "原订单编号", "关联订单号", "关联订单编号", "原单号", "原交易号",
                    "原单交易号", "源订单号", "退款原订单号", "originalorderno", "originalorderid",
                    "originalorder"),
    # a refund list's own number for each refund (exports/order_refunds.py)
    "refund_no": ("退款编号", "退款单号", "退款单编号", "退款id", "退款流水号", "退款申请编号",
                  "售后单号", "售后编号", "售后单编号", "售后id", "维权编号", "维权单号",
                  "refundno", "refundid", "refundnumber"),
}

#: Shop back ends' own headers, per field in order of preference (see the docstring).
SHOP_PRESETS: dict[str, dict[str, tuple[str, ...]]] = {
    "有赞": {
        "order_no": ("订单号",), "paid_at": ("买家付款时间",), "ordered_at": ("订单创建时间",),
        "phone": ("买家手机号", "收货人手机号/提货人手机号"), "name": ("买家昵称", "收货人/提货人"),
        "amount": ("订单实付金额", "订单实收金额", "应收订单金额"),
        "refunded": ("订单已退款金额", "商品已退款金额"),
        "product": ("全部商品名称", "商品名称"), "status": ("订单状态", "订单商品状态"),
        "refund_status": ("订单退款状态", "商品退款状态"),
    },
    "淘宝": {
        "order_no": ("订单编号",), "paid_at": ("订单付款时间",), "ordered_at": ("订单创建时间",),
        "phone": ("联系手机", "联系电话"), "name": ("买家会员名", "收货人姓名"),
        "amount": ("买家实际支付金额", "总金额"), "refunded": ("退款金额",),
        "product": ("宝贝标题", "标题"), "status": ("订单状态",),
    },
    "微店": {
        "order_no": ("订单编号", "订单号"), "paid_at": ("付款时间",), "ordered_at": ("下单时间",),
        "phone": ("收货人手机号", "收货人手机", "联系电话"), "wechat_id": ("微信号",),
        "name": ("买家昵称", "收货人"), "amount": ("实付金额", "订单金额"),
        "product": ("商品名称",), "status": ("订单状态",), "refund_status": ("退款状态",),
    },
    "小鹅通": {
        "order_no": ("订单号",), "paid_at": ("支付时间",), "ordered_at": ("下单时间",),
        "phone": ("手机号",), "name": ("用户昵称", "昵称"), "wechat_id": ("微信号",),
        "amount": ("实收金额", "实付金额", "订单金额"), "product": ("商品名称",),
        "status": ("订单状态",),
    },
}
#: Headers that tell a shop's export apart from the others': two of them name the shop,
#: provided one is not in ``COMMON_HEADERS``.
SHOP_MARKS: dict[str, tuple[str, ...]] = {
    "有赞": ("买家付款时间", "订单实付金额", "收货人手机号/提货人手机号", "全部商品名称"),
    "淘宝": ("买家会员名", "买家实际支付金额", "订单付款时间", "宝贝标题"),
    "微店": ("收货人手机号", "付款时间", "下单时间"),
    "小鹅通": ("用户昵称", "实收金额", "支付时间"),
}
#: Marks that any sheet of orders writes too (a hand-made one, another shop's): alone they
#: name no shop, so a generic sheet (订单号, 下单时间, 付款时间, 实付金额) is not called 微店's.
COMMON_HEADERS = ("付款时间", "下单时间", "支付时间", "实收金额")
HEADER_SEARCH_ROWS = 20
_BRACKETS = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]")


def normalize(text: object) -> str:
    """A header as compared: half-width, lower case, without a bracketed unit (``(元)``),
    spaces, underscores, colons, a required mark or a trailing 元."""
    raw = unicodedata.normalize("NFKC", "" if text is None else str(text)).lower()
    raw = _BRACKETS.sub("", raw)
    raw = re.sub(r"[\s_:*\-]+", "", raw)
    return raw.removesuffix("元") if len(raw) > 2 else raw


_BY_ALIAS = {normalize(a): f for f, aliases in ALIASES.items() for a in aliases}


def field_of(header: object) -> str | None:
    return _BY_ALIAS.get(normalize(header))


def find_header_row(rows: Sequence[tuple[int, Sequence[Any]]]) -> int:
    """Index into ``rows`` of the header: the row naming most fields among the first
    ``HEADER_SEARCH_ROWS`` (a title or an export note may sit above it)."""
    best, best_known = 0, 0
    for index, (_, values) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        known = len({f for v in values if (f := field_of(v))})
        if known > best_known:
            best, best_known = index, known
    return best


def detect_shop(headers: Sequence[Any]) -> str | None:
    """The shop whose marks the row holds most of (two at least, one of them not in
    ``COMMON_HEADERS``), or None: a sheet no shop's export is recognised in."""
    present = {normalize(h) for h in headers if h is not None}
    best, best_score = None, 1
    for shop, marks in SHOP_MARKS.items():
        found = [m for m in marks if normalize(m) in present]
        score = len(found)
        if score > best_score and any(m not in COMMON_HEADERS for m in found):
            best, best_score = shop, score
    return best


def guess_mapping(headers: Sequence[Any], shop: str | None = None) -> dict[int, str]:
    """``{column: field}``: the shop's preset first (its order of preference), then the
    aliases any export uses, each field once and each column once."""
    where: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = normalize(header)
        if key and key not in where:
            where[key] = index
    mapping: dict[int, str] = {}
    for field in FIELDS:
        choices = [*SHOP_PRESETS.get(shop or "", {}).get(field, ()), *ALIASES[field]]
        for alias in choices:
            index = where.get(normalize(alias))
            if index is not None and index not in mapping:
                mapping[index] = field
                break
    return mapping


def header_texts(headers: Sequence[Any]) -> list[str]:
    return ["" if h is None else str(h).strip() for h in headers]


def mapping_by_header(headers: Sequence[Any], mapping: Mapping[int, str]) -> dict[str, str]:
    """A mapping as a saved preset holds it: ``{header text: field}``."""
    texts = header_texts(headers)
    return {texts[i]: f for i, f in sorted(mapping.items()) if i < len(texts) and texts[i]}


def apply_saved(by_header: Mapping[str, str], headers: Sequence[Any]) -> dict[int, str]:
    """A saved preset's mapping for these headers (columns it does not name stay unmapped)."""
    mapping: dict[int, str] = {}
    for index, text in enumerate(header_texts(headers)):
        field = by_header.get(text)
        if field in FIELDS and field not in mapping.values():
            mapping[index] = field
    return mapping


def amount_hint(header: object) -> str | None:
    """What an amount column's header says it holds: "row" (a product's, summed over an
    order's rows), "total" (the order's, repeated on each row) or None (can't tell)."""
    text = normalize(header)
    if any(w in text for w in ("子订单", "小计", "明细", "单品")):
        return "row"
    if any(w in text for w in ("订单", "合计", "总", "整单", "total")):
        return "total"
    if "商品" in text or "宝贝" in text:
        return "row"
    return None
