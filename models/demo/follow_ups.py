"""The demo's follow-ups (跟进记录): a few members the operator keeps in touch with, some due
today or late, so the timeline and the "to follow up" list show something.

Drawn from a random source of their own (``seed`` + "follow-ups"), so adding them left every
other row of a demo as it was for its seed.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta

from models.demo.events import DAYS, OFFSET

NOTES = (
    "问了孩子的课程安排，周末想来试听", "对年卡有兴趣，想看看优惠",
    "上次活动反馈很好，邀请她做分享",
    "最近没怎么发言，私聊问候一下", "介绍了两位朋友进群，表示感谢", "咨询线下活动的时间和地点",
    "想加入核心成员小组", "对群里的广告有意见，已解释处理办法", "下单后问了发货时间",
    "想换到周末的班", "说最近工作忙，下个月再联系", "答应帮忙带新人",
)
CHANNELS = (("微信", 60), ("电话", 20), ("面谈", 10), ("短信", 5), ("邮件", 3), ("其他", 2))


def add_follow_ups(conn: sqlite3.Connection, seed: int, members: int, days: list[str]) -> int:
    """Follow-ups for about one member in a hundred (3 to 2,000 of them), over the last two
    months; each member's latest one names a next day from 5 days ago to 10 days ahead, or
    none. Returns how many were written."""
    rng = random.Random(f"{seed}:follow-ups")
    count = min(2000, max(3, members // 100))
    chosen = sorted(rng.sample(range(1, members + 1), min(count, members)))
    channels, weights = [c for c, _ in CHANNELS], [w for _, w in CHANNELS]
    last = DAYS - 1
    rows = []
    for member_id in chosen:
        community = conn.execute("SELECT community_id FROM memberships WHERE member_id = ?"
                                 " ORDER BY community_id LIMIT 1", (member_id,)).fetchone()
        contacts = sorted(rng.sample(range(0, 60), rng.randint(1, 3)), reverse=True)
        for n, ago in enumerate(contacts):
            day = last - ago
            at = f"{days[day]}T{rng.randint(9, 20):02d}:{rng.randrange(60):02d}:00{OFFSET}"
            latest = n == len(contacts) - 1
            if latest and rng.random() < 0.7:
                next_day = min(max(day, last + rng.randint(-5, 10)), day + 30)
                next_on: str | None = _day(days, next_day)
            elif not latest:
                next_on = _day(days, min(day + rng.randint(2, 14), last + 30))
            else:
                next_on = None
            rows.append((member_id, community[0] if community else None, at,
                         rng.choices(channels, weights)[0], rng.choice(NOTES), next_on, at))
    conn.executemany("INSERT INTO follow_ups (member_id, community_id, at, channel, note,"
                     " next_on, created_at) VALUES (?,?,?,?,?,?,?)", rows)
    return len(rows)


def _day(days: list[str], index: int) -> str:
    """The demo's day ``index`` (past its last day: counted on from it)."""
    if index < len(days):
        return days[index]
    return (date.fromisoformat(days[-1]) + timedelta(days=index - len(days) + 1)).isoformat()
