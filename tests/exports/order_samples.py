"""Order exports in the shapes the shop back ends write, made by the tests (never real
people's data): 有赞's order report (UTF-8 CSV with a BOM) and its product export (one
row per product, the order's total repeated), 淘宝's ExportOrderList (GBK CSV, numbers as
="…", masked phones), 微店 (xlsx with a title row above the header), 小鹅通 (xlsx) and a
plain sheet with one row per product and per-row amounts."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

YOUZAN_HEADER = [
    "订单号", "销售渠道", "归属店铺", "订单类型", "订单状态", "订单创建时间", "买家付款时间",
    "交易成功时间", "付款方式", "商品金额合计", "运费", "应收订单金额", "订单实付金额",
    "订单实收金额", "全部商品名称", "商品种类数", "收货人省份", "收货人城市",
    "详细收货地址/提货地址", "收货人/提货人", "收货人手机号/提货人手机号", "买家备注",
    "买家昵称", "买家手机号", "订单退款状态", "订单已退款金额"]


def youzan_row(number: str, status: str, paid: str, amount: str, nick: str, phone: str,
               product: str = "草莓蛋糕", refund_status: str = "", refunded: str = "0.00"
               ) -> list[str]:
    return [number, "网店", "芸熙烘焙", "普通订单", status, "2026-06-19 10:00:00", paid,
            "", "微信支付", amount, "0.00", amount, amount, amount, product, "1", "北京",
            "北京", "朝阳区某路1号", nick, phone, "", nick, phone, refund_status, refunded]


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]],
              encoding: str = "utf-8-sig") -> Path:
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def youzan_csv(path: Path, rows: Sequence[Sequence[str]]) -> Path:
    return write_csv(path, YOUZAN_HEADER, rows)


TAOBAO_HEADER = [
    "订单编号", "买家会员名", "买家支付宝账号", "买家应付货款", "买家应付邮费", "总金额",
    "买家实际支付金额", "订单状态", "买家留言", "收货人姓名", "收货地址", "运送方式",
    "联系电话", "联系手机", "订单创建时间", "订单付款时间", "宝贝标题", "宝贝种类",
    "物流单号", "物流公司", "订单备注", "宝贝总数量", "退款金额"]


def taobao_row(number: str, member: str, paid: str, status: str, mobile: str, created: str,
               paid_at: str, title: str = "手工皂", refund: str = "0") -> list[str]:
    return [f'="{number}"', member, "", paid, "0.00", paid, paid, status, "", "王小明",
            "浙江省 杭州市", "快递", "", mobile, created, paid_at, title, "1", "", "", "",
            "1", refund]


def taobao_csv(path: Path, rows: Sequence[Sequence[str]]) -> Path:
    return write_csv(path, TAOBAO_HEADER, rows, encoding="gbk")


def write_xlsx(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]],
               title: str | None = None) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    if title:
        sheet.append([title])
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


WEIDIAN_HEADER = ["订单编号", "订单状态", "下单时间", "付款时间", "商品名称", "商品单价", "数量",
                  "订单金额", "实付金额", "收货人", "收货人手机号", "买家昵称", "退款状态"]
XIAOETONG_HEADER = ["订单号", "商品名称", "商品类型", "用户昵称", "手机号", "微信号", "实收金额",
                    "下单时间", "支付时间", "订单状态"]
#: A plain sheet: one row per product, the product's money on its row.
PLAIN_HEADER = ["订单号", "成交时间", "客户姓名", "联系电话", "商品名称", "金额", "状态"]
