# ruff: noqa: E501  (one item per line reads better than wrapped tuples)
"""Format 7: the material checklists. The shipped templates (线下沙龙, 线上直播, 展会/市集),
as they shipped; an index to find the items that draw on a material by status (stock
reserved / used), and one for the live checklists.

The templates' rows are a copy of ``models/builtin_templates.py`` as format 7 was frozen:
changing the app's templates later does not change what an upgrade writes.
"""

from __future__ import annotations

import json
import sqlite3

from models.schema.sql import run_script

VERSION = 7
SUMMARY = "checklists: built-in templates, stock index"

SQL = """
CREATE INDEX checklist_items_material_status ON checklist_items(material_id, status)
    WHERE material_id IS NOT NULL;
CREATE INDEX checklists_live ON checklists(deleted_at, event_id);
"""

#: ``created_at`` of the shipped templates: the day they shipped, not the day a workspace
#: was made (every new workspace holds the same rows, so same-seed demos are identical).
BUILTIN_SINCE = "2026-11-23T00:00:00+08:00"

# name, category, spec, quantity, unit, unit_price (fen), due_days, notes
Row = tuple[str, str, str | None, int | None, str, int | None, int, str | None]

SALON: list[Row] = [
    ("场地预订", "场地", "40人会议室/咖啡馆包场, 含投影", 1, "场", 150000, 14, "确认开门时间、桌椅摆放、能否贴海报"),
    ("易拉宝", "宣传物料", "80×200cm, 含支架", 2, "个", 9000, 5, "一个放入口, 一个放签到台"),
    ("签到表", "文具", "A4, 姓名/手机/来源渠道", 3, "张", 50, 1, "同时准备签到二维码"),
    ("社群二维码台卡", "宣传物料", "A5 亚克力台卡", 6, "个", 1500, 3, "二维码有效期7天, 活动前一天重新生成"),
    ("姓名贴", "文具", "不干胶, 手写", 2, "卷", 1200, 3, None),
    ("签字笔/马克笔", "文具", "黑色 0.5mm + 白板笔", 20, "支", 200, 3, None),
    ("伴手礼", "礼品", "定制帆布袋 + 贴纸", 50, "份", 1800, 7, "比报名人数多10%"),
    ("抽奖礼品", "礼品", "书籍/周边, 三个档次", 5, "份", 8000, 5, None),
    ("茶歇", "餐饮", "咖啡/茶/点心, 按人头", 45, "份", 2500, 2, "问清忌口, 提前一天确认送达时间"),
    ("瓶装水", "餐饮", "550ml", 2, "箱", 3600, 2, None),
    ("投影/HDMI 转接头", "设备", "Type-C/HDMI/VGA 各一", 1, "套", 6000, 3, "提前到场试播PPT"),
    ("无线麦克风", "设备", "一拖二", 1, "套", None, 3, "借场地的要提前测试, 备用电池"),
    ("插线板", "设备", "5米, 6位", 2, "个", 4500, 3, None),
    ("现场拍照", "其他", "手机稳定器/相机, 现场合影", 1, "次", None, 3, "指定一人负责, 会后当天出图"),
]

LIVE: list[Row] = [
    ("直播间预约与预热海报", "宣传物料", "竖版 1080×1920, 含预约二维码", 1, "套", None, 5, "提前3天在群内和朋友圈预热"),
    ("直播脚本与流程表", "其他", "分钟级流程, 含互动节点", 1, "份", None, 3, "彩排时逐项过一遍"),
    ("补光灯", "设备", "环形灯 + 柔光箱", 2, "个", 19900, 5, None),
    ("领夹麦克风", "设备", "无线, 一拖二", 1, "套", 39900, 5, "直播前充满电"),
    ("手机支架/三脚架", "设备", "落地, 可横竖切换", 2, "个", 8900, 5, None),
    ("备用手机与流量", "设备", "独立推流 + 评论区回复", 1, "台", None, 2, "关闭来电和通知"),
    ("背景布/KT板", "宣传物料", "品牌色, 1.5×2m", 1, "块", 12000, 5, None),
    ("福袋/抽奖奖品", "礼品", "直播间福袋, 按在线人数分档", 10, "份", 3000, 3, "中奖名单当天公示, 3天内寄出"),
    ("优惠券/转化链接", "其他", "群专属, 设置有效期", 1, "套", None, 2, "测试一遍领取和下单"),
    ("测试直播", "其他", "网络测速, 画面声音检查", 1, "次", None, 1, "开播前1小时再测一次"),
]

FAIR: list[Row] = [
    ("展位费", "场地", "3m×3m 标摊, 两天", 1, "个", 300000, 30, "确认布展与撤展时间、电源位置"),
    ("展位背景板", "宣传物料", "喷绘 3×2.5m, 含桁架", 1, "套", 80000, 10, "设计稿提前给主办方审核"),
    ("展架", "宣传物料", "X展架 60×160cm", 3, "个", 4500, 7, None),
    ("宣传单页", "宣传物料", "A5 双面, 157g 铜版纸", 1000, "张", 30, 7, "印刷需3-5个工作日"),
    ("社群二维码台卡", "宣传物料", "A5 亚克力台卡", 4, "个", 1500, 5, None),
    ("展台桌布", "场地", "1.8m 桌, 品牌色", 2, "块", 6000, 7, None),
    ("扫码小礼品", "礼品", "贴纸/徽章/钥匙扣", 500, "个", 250, 7, "按预估人流的30%准备"),
    ("样品/商品", "其他", "陈列 + 现场售卖", 1, "批", None, 5, "列出明细, 撤展时清点"),
    ("收款码与价签", "文具", "收款码立牌 + 价签", 1, "套", 2000, 3, None),
    ("插线板", "设备", "10米, 6位", 2, "个", 6000, 3, None),
    ("打包材料", "文具", "胶带/剪刀/扎带/收纳箱", 1, "套", 5000, 2, "撤展时用"),
    ("工作人员饮水与午餐", "餐饮", "按人头, 两天", 8, "份", 3000, 1, None),
]

BUILTIN: list[tuple[str, str, list[Row]]] = [
    ("线下沙龙", "30-50 人的线下分享/沙龙: 场地、签到、物料、茶歇、礼品、设备", SALON),
    ("线上直播", "一场社群直播: 预热、脚本、灯光收音、福袋与转化", LIVE),
    ("展会/市集", "两天的展位或市集摊位: 展位、展示物料、引流礼品、收款与撤展", FAIR),
]


def _items(rows: list[Row]) -> list[dict[str, object]]:
    keys = ("name", "category", "spec", "quantity", "unit", "unit_price", "due_days", "notes")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SQL)
    for name, description, rows in BUILTIN:
        conn.execute("INSERT OR IGNORE INTO checklist_templates"
                     " (name, description, items_json, builtin, created_at) VALUES (?,?,?,1,?)",
                     (name, description, json.dumps(_items(rows), ensure_ascii=False),
                      BUILTIN_SINCE))
