"""Files a community operator would bring to a demo workspace, written from its own members
(read with sqlite3, nothing faked in the workspace): a QQ group's own text export of a few
months, a small WeChat MemoTrace CSV and a 有赞 order report.

    python tools/intake_scene.py WORKSPACE OUT_DIR

The QQ export (``qq_export``) names about 60 speakers: most of them members by their
display name, a few known only by a QQ number remembered from "an earlier import" (the
scene stores those identities with ``models.activity.identities``), a few showing only
their QQ number, a few new people, and two names that two members of the group share.
It has the group's system lines (joins, invitations, a QR join, leaves, a removal) and
shares with links. Times follow a running club's day: mornings and evenings, more at
weekends.
"""

from __future__ import annotations

import csv
import random
import sqlite3
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

NEW_PEOPLE = ["风一样的女子", "老K跑者", "Lydia", "向阳而生", "小鹿乱撞"]
NICKNAMES = ["清晨五公里", "膝盖还好吗", "配速六分半", "奔跑的蜗牛"]
LINES = ["早上好！今天5公里打卡", "打卡 ✅ 10km 配速 5'45\"", "[图片]", "收到",
         "今晚夜跑几点集合？", "西湖边见", "下雨了还跑吗", "膝盖有点疼，今天休息", "[表情]",
         "周六的半马训练谁去？",
         "谢谢群主", "同意", "哈哈哈", "今天状态不错", "新鞋到了，明天试跑", "有人拼车去马拉松吗",
         "拉伸别忘了", "+1", "晚安", "明早6点老地方"]
SHARES = ["[分享] 跑步如何不伤膝盖 https://mp.weixin.qq.com/s/run-knee",
          "[链接] 2026杭州马拉松报名通道 https://www.hangzhoumarathon.cn/",
          "[分享] 我的悦跑圈轨迹 https://www.thejoyrun.com/share/87321",
          "[文件] 半马训练计划.xlsx", "[小程序] Keep 跑步打卡"]


@dataclass
class Speaker:
    name: str  # as the group shows them
    qq: str
    title: str = ""


def community_of(conn: sqlite3.Connection, platform: str) -> tuple[int, str]:
    """The biggest community on ``platform`` (demo communities have distinct names)."""
    row = conn.execute(
        "SELECT c.id, c.name FROM communities c JOIN memberships s ON s.community_id = c.id"
        " WHERE c.platform = ? GROUP BY c.id ORDER BY count(*) DESC LIMIT 1",
        (platform,)).fetchone()
    return int(row[0]), str(row[1])


def _live_names(conn: sqlite3.Connection, community_id: int) -> list[tuple[int, str, int]]:
    """(member id, display name, how many live members of the group have that name)."""
    return [(int(r[0]), str(r[1]), int(r[2])) for r in conn.execute(
        "SELECT m.id, m.display_name, count(*) OVER (PARTITION BY m.display_name)"
        " FROM members m JOIN memberships s ON s.member_id = m.id"
        " WHERE s.community_id = ? AND s.left_at IS NULL AND m.deleted_at IS NULL"
        " ORDER BY m.id", (community_id,))]


def cast(conn: sqlite3.Connection, community_id: int, rng: random.Random
         ) -> tuple[list[Speaker], list[tuple[int, str]]]:
    """The speakers, most talkative first, and the (member id, QQ number) pairs the scene
    remembers as identities from an earlier import."""
    rows = _live_names(conn, community_id)
    unique = [(mid, name) for mid, name, n in rows if n == 1 and len(name) >= 2]
    shared = sorted({name for _mid, name, n in rows if n == 2})[:2]
    rng.shuffle(unique)
    numbers = iter(rng.sample(range(100_000_000, 3_999_999_999), 200))
    speakers = [Speaker(name, str(next(numbers))) for _mid, name in unique[:48]]
    speakers[0].title, speakers[3].title = "【群主】", "【管理员】"
    remembered = [(mid, str(next(numbers))) for mid, _name in unique[48:52]]
    speakers += [Speaker(nick, qq) for nick, (_mid, qq) in zip(NICKNAMES, remembered,
                                                              strict=True)]
    speakers += [Speaker(name, str(next(numbers))) for name in shared]
    speakers += [Speaker(qq, qq) for qq in (str(next(numbers)) for _ in range(4))]
    speakers += [Speaker(name, str(next(numbers))) for name in NEW_PEOPLE]
    # talkative people are spread over every kind, not only the matched ones
    head, tail = speakers[:10], speakers[10:]
    rng.shuffle(tail)
    return head + tail, remembered


def _moment(rng: random.Random, day: datetime) -> datetime:
    """A running club's clock: morning runs, lunch, the evening chat."""
    hour = rng.choices([6, 7, 8, 12, 13, 19, 20, 21, 22, 23, 10, 15],
                       [9, 8, 4, 3, 2, 5, 9, 10, 6, 2, 2, 2])[0]
    return day.replace(hour=hour, minute=rng.randrange(60), second=rng.randrange(60))


def qq_export(path: Path, group: str, speakers: list[Speaker], start: datetime, days: int,
              rng: random.Random) -> None:
    """QQ's 导出消息记录 text file: banner, then messages and system lines in time order."""
    weights = [1 / (rank + 1) ** 1.05 for rank in range(len(speakers))]
    system = "系统消息(10000)"
    lines: list[tuple[datetime, str, str]] = []
    # newcomers join (most of them invited by the busiest members) before they speak
    joined: dict[str, datetime] = {}
    newcomers = [s for s in speakers if s.name in NEW_PEOPLE or s.name == s.qq]
    for n, person in enumerate(newcomers):
        at = _moment(rng, start + timedelta(days=3 + 9 * n))
        joined[person.qq] = at
        inviter = speakers[n % 6]
        text = f"{person.name}({person.qq})加入本群" if n % 3 == 2 else \
            f"\"{inviter.name}\"邀请\"{person.name}\"加入了本群"
        lines.append((at - timedelta(minutes=5), system, text))
    for d in range(days):
        day = start + timedelta(days=d)
        count = rng.randint(18, 40) + (25 if day.weekday() >= 5 else 0)
        for _ in range(count):
            who = rng.choices(speakers, weights)[0]
            at = _moment(rng, day)
            if at < joined.get(who.qq, at):
                continue
            text = rng.choice(SHARES) if rng.random() < 0.05 else rng.choice(LINES)
            lines.append((at, f"{who.title}{who.name}({who.qq})", text))
    # one newcomer leaves again (and says nothing after), one quiet member is removed
    gone = newcomers[1]
    left = _moment(rng, start + timedelta(days=days - 25))
    lines = [line for line in lines if not (line[1].endswith(f"({gone.qq})") and
                                            line[0] > left)]
    lines.append((left, system, f"{gone.name}({gone.qq})退出了本群"))
    quiet = speakers[-12]
    lines.append((_moment(rng, start + timedelta(days=days - 20)), system,
                  f"{quiet.name}({quiet.qq})被管理员移出本群"))
    lines.sort(key=lambda line: line[0])
    rule = "=" * 64
    out = ["消息记录（此消息记录为文本格式，不支持重新导入）", "", rule, "消息分组:我的QQ群", rule,
           f"消息对象:{group}", rule, ""]
    for at, sender, text in lines:
        out += [f"{at:%Y-%m-%d} {at.hour}:{at:%M:%S} {sender}", text, ""]
    path.write_text("\n".join(out), encoding="utf-8-sig")


MEMOTRACE = ["localId", "TalkerId", "Type", "SubType", "IsSender", "CreateTime", "Status",
             "StrContent", "StrTime", "Remark", "NickName", "Sender"]


def memotrace_csv(conn: sqlite3.Connection, path: Path, community_id: int, start: datetime,
                  rng: random.Random) -> None:
    """WeChatMsg/MemoTrace's CSV of a WeChat group: 12 people, about 150 rows."""
    people = [(mid, name) for mid, name, n in _live_names(conn, community_id) if n == 1][:12]
    wxids = {mid: row[0] or f"wxid_{mid:08x}" for mid in (p[0] for p in people)
             for row in conn.execute("SELECT wechat_id FROM members WHERE id = ?", (mid,))}
    rows: list[list[object]] = [MEMOTRACE]
    at = start
    for i in range(150):
        at += timedelta(minutes=rng.randint(5, 600))
        mid, name = rng.choice(people)
        kind, sub, wxid = 1, 0, wxids[mid]
        text = rng.choice(["这本书真好看", "周六见", "收到", "[图片]"])
        if i % 40 == 7:
            kind, name, wxid = 10000, "", ""
            text = f"\"{people[0][1]}\"邀请\"新朋友{i}\"加入了群聊"
        elif rng.random() < 0.08:
            kind, sub, text = 49, 5, "《置身事内》读书笔记"
        rows.append([i + 1, 5, kind, sub, 0, int(at.timestamp()), 2, text,
                     f"{at:%Y-%m-%d %H:%M:%S}", "", name, wxid])
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)


YOUZAN = ["订单号", "销售渠道", "归属店铺", "订单类型", "订单状态", "订单创建时间", "买家付款时间",
          "交易成功时间", "付款方式", "商品金额合计", "运费", "应收订单金额", "订单实付金额",
          "订单实收金额", "全部商品名称", "商品种类数", "收货人省份", "收货人城市",
          "详细收货地址/提货地址", "收货人/提货人", "收货人手机号/提货人手机号", "买家备注",
          "买家昵称", "买家手机号", "订单退款状态", "订单已退款金额"]
PRODUCTS = [("跑步打卡营季卡", 199.0), ("速干T恤", 89.0), ("能量胶 12支装", 66.0),
            ("马拉松训练营", 399.0), ("反光腰包", 45.5)]


def youzan_csv(conn: sqlite3.Connection, path: Path, community_id: int, start: datetime,
               rng: random.Random) -> None:
    """有赞's order report (UTF-8 with a BOM): 30 orders by members' phones, a few buyers
    the workspace does not know, one refunded and one closed."""
    buyers = conn.execute(
        "SELECT m.display_name, m.phone FROM members m JOIN memberships s ON s.member_id = m.id"
        " WHERE s.community_id = ? AND m.phone IS NOT NULL ORDER BY m.id LIMIT 25",
        (community_id,)).fetchall()
    buyers += [("跑者小陈", "13911112222"), ("Amy", "18655556666"), ("路人甲", "")]
    rows = []
    for n in range(30):
        name, phone = buyers[n % len(buyers)]
        product, price = rng.choice(PRODUCTS)
        created = start + timedelta(days=rng.randrange(110), hours=rng.randrange(8, 23))
        paid = created + timedelta(minutes=rng.randint(1, 30))
        status, refund, refunded = "交易成功", "", "0.00"
        if n == 11:
            status, refund, refunded = "交易成功", "退款成功", f"{price:.2f}"
        if n == 17:
            status, paid_text = "交易关闭", ""
        else:
            paid_text = f"{paid:%Y-%m-%d %H:%M:%S}"
        amount = f"{price:.2f}"
        rows.append([f"E2026{created:%m%d}{n:04d}{rng.randrange(10**6):06d}", "网店",
                     "奔跑吧小店", "普通订单", status, f"{created:%Y-%m-%d %H:%M:%S}", paid_text,
                     "", "微信支付", amount, "0.00", amount, amount, amount, product, "1",
                     "浙江省", "杭州市", "西湖区文三路1号", name, phone, "", name, phone, refund,
                     refunded])
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(YOUZAN)
        writer.writerows(rows)


def write_scene(workspace: Path, out: Path, seed: int = 16) -> dict[str, object]:
    """Write the three files into ``out`` and remember the scene's QQ identities in the
    workspace. Returns the QQ community's id and name and the files' paths."""
    from models.activity import identities
    from models.store.workspace import open_workspace, transaction

    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(f"file:{workspace}?mode=ro", uri=True)
    try:
        qq_id, qq_name = community_of(conn, "QQ群")
        wx_id, wx_name = community_of(conn, "微信群")
        speakers, remembered = cast(conn, qq_id, rng)
        start = datetime(2026, 8, 3)
        chat = out / f"{qq_name}.txt"
        qq_export(chat, qq_name, speakers, start, 119, rng)
        wechat = out / f"{wx_name}_MemoTrace.csv"
        memotrace_csv(conn, wechat, wx_id, start, rng)
        orders = out / "有赞订单报表.csv"
        youzan_csv(conn, orders, qq_id, start, rng)
    finally:
        conn.close()
    with open_workspace(workspace) as ws, transaction(ws.conn):
        for member_id, qq in remembered:
            identities.remember(ws.conn, member_id, "qq", qq)
    return {"community_id": qq_id, "community": qq_name, "chat": chat, "wechat": wechat,
            "wechat_community_id": wx_id,
            "orders": orders, "speakers": len(speakers), "start": start,
            "end": start + timedelta(days=118)}


if __name__ == "__main__":
    print(write_scene(Path(sys.argv[1]), Path(sys.argv[2])))
