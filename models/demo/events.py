"""The demo's events: 2-4 a month, with registrations, check-ins and material checklists.

A mixin of ``models.demo.builder.DemoBuilder`` (its random source, dates and rosters), kept apart
because the members make up the bulk of that module.
"""

from __future__ import annotations

import bisect
import random
import uuid
from datetime import date, timedelta

from models.core.vocab import ActivityKind, EventStatus, ItemStatus
from models.demo import vocab as V

DAYS = 3 * 365 + 1
OFFSET = "+08:00"  # demo communities are in China, which keeps one offset all year
DEMO_TZID = "Asia/Shanghai"  # the workspace zone of a demo: its rows carry OFFSET


class DemoEvents:
    """Needs from the builder: conn, rng, n, start, days, community_ids, roster,
    roster_days, activities, and ``at(day, minute)``."""

    def events(self) -> tuple[int, int, int]:
        rng = self.rng
        themes = ["读书", "育儿", "跑步", "设计", "咖啡", "产品", "露营", "理财"]
        material_ids = self.materials()
        events = registrations = items = 0
        first_month = self.start.replace(day=1)
        month = first_month
        last = date.fromisoformat(self.days[-1])
        horizon = last + timedelta(days=60)  # a little of the future is planned too
        while month <= horizon:
            for _ in range(rng.randint(2, 4)):
                day_in_month = rng.randint(1, 28)
                when = month.replace(day=day_in_month)
                day = (when - self.start).days
                cid = rng.choice(self.community_ids)
                title, kind, online = rng.choice(V.EVENT_TITLES)
                title = title.format(theme=themes[(cid - 1) % len(themes)])
                past = when < last
                status = EventStatus.FINISHED if past else rng.choice(
                    (EventStatus.PUBLISHED, EventStatus.DRAFT))
                hour = rng.choice((10, 14, 19))
                starts = f"{when.isoformat()}T{hour:02d}:00:00{OFFSET}"
                ends = f"{when.isoformat()}T{hour + 2:02d}:00:00{OFFSET}"
                capacity = rng.choice((30, 50, 80, 200)) if not online else None
                budget = rng.choice((50000, 100000, 300000)) if not online else 0
                cur = self.conn.execute(
                    "INSERT INTO events (uid, community_id, title, kind, online, location, link,"
                    " starts_at, ends_at, capacity, budget, owner, status, description,"
                    " expected_attendance, created_at, updated_at)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (str(uuid.UUID(int=rng.getrandbits(128))) + "@qunzhu", cid, title, kind,
                     int(online), None if online else rng.choice(V.VENUES),
                     "https://meeting.tencent.com/" if online else None, starts, ends,
                     capacity, budget, "运营小组", status.value, f"{title}，欢迎报名。",
                     capacity or 100, self.at(day - 14), self.at(day - 14)))
                event_id = int(cur.lastrowid or 0)
                events += 1
                registrations += self.registrations(event_id, cid, day, capacity, past)
                if not online:
                    items += self.checklist(event_id, title, day, past, material_ids)
            month = (month + timedelta(days=32)).replace(day=1)
        return events + self.series(last), registrations, items

    def series(self, last: date) -> int:
        """Two repeating events, so the calendar shows series (no random draws: the rest
        of the demo stays as it was for a seed)."""
        first_wednesday = last - timedelta(days=26 * 7)
        first_wednesday += timedelta(days=(2 - first_wednesday.weekday()) % 7)
        cid = self.community_ids[0]
        rows = [
            ("每周三 线上共读", "讲座", 1, f"{first_wednesday}T20:00:00{OFFSET}",
             f"{first_wednesday}T21:00:00{OFFSET}", 0, "FREQ=WEEKLY;BYDAY=WE;COUNT=40",
             "https://meeting.tencent.com/", None, cid),
            ("会员日", "促销", 1, f"{last.replace(day=15) - timedelta(days=150)}T00:00:00{OFFSET}",
             f"{last.replace(day=15) - timedelta(days=149)}T00:00:00{OFFSET}", 1,
             "FREQ=MONTHLY;COUNT=12", None, None,
             self.community_ids[1 % len(self.community_ids)]),
        ]
        stamp = self.at(0, 9 * 60)
        for n, (title, kind, online, starts, ends, all_day, rule, link, loc, c) in enumerate(rows):
            self.conn.execute(
                "INSERT INTO events (uid, community_id, title, kind, online, location, link,"
                " starts_at, ends_at, all_day, rrule, owner, status, description, created_at,"
                " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (f"demo-series-{self.seed}-{n}@qunzhu", c, title, kind, online, loc, link, starts,
                 ends, all_day, rule, "运营小组", EventStatus.PUBLISHED.value,
                 f"{title}，长期固定活动。", stamp, stamp))
        return len(rows)

    def registrations(self, event_id: int, cid: int, day: int, capacity: int | None,
                      past: bool) -> int:
        rng = self.rng
        joined_by = bisect.bisect_right(self.roster_days[cid], min(day, DAYS - 1))
        pool = self.roster[cid][:joined_by]
        if not pool:
            return 0
        wanted = min(len(pool), capacity or rng.randint(40, 150), rng.randint(10, 90))
        people = rng.sample(pool, wanted)
        regs, attended = [], []
        for mid in people:
            registered = self.at(day - rng.randint(1, 10))
            checked = None
            if past and rng.random() < 0.72:
                checked = self.at(day, rng.randrange(9 * 60, 20 * 60))
                attended.append((mid, cid, event_id, checked, ActivityKind.ATTEND.value, 0))
            regs.append((event_id, mid, "registered", registered, checked, 0,
                         self.ticket_code(event_id, mid)))
        self.conn.executemany(
            "INSERT INTO registrations (event_id, member_id, status, registered_at,"
            " checked_in_at, walk_in, code) VALUES (?,?,?,?,?,?,?)", regs)
        self.conn.executemany(
            "INSERT INTO activities (member_id, community_id, event_id, occurred_at, kind, amount)"
            " VALUES (?,?,?,?,?,?)", attended)
        self.activities += len(attended)
        return len(regs)

    def ticket_code(self, event_id: int, member_id: int) -> str:
        """A ticket code drawn from the seed, not by SQLite (``registrations.code``): the
        same seed makes the same workspace, and drawing it apart from ``rng`` leaves every
        other demo number as it was before codes existed."""
        draw = random.Random(f"{self.seed}:{event_id}:{member_id}")
        return f"{draw.randrange(10**12):012d}"

    def materials(self) -> dict[str, int]:
        reusable = [i for i in V.CHECKLIST_ITEMS if i[1] in ("设备", "宣传物料")]
        ids = {}
        for name, category, spec, unit, price in reusable:
            cur = self.conn.execute(
                "INSERT INTO materials (name, category, spec, unit, unit_price, supplier,"
                " on_hand, location) VALUES (?,?,?,?,?,?,?,?)",
                (name, category, spec, unit, price, "义乌小商品城" if price else None,
                 self.rng.randint(2, 20), "办公室储物柜"))
            ids[name] = int(cur.lastrowid or 0)
        return ids

    def checklist(self, event_id: int, title: str, day: int, past: bool,
                  material_ids: dict[str, int]) -> int:
        rng = self.rng
        now = self.at(min(day, DAYS - 1) - 20)
        cur = self.conn.execute(
            "INSERT INTO checklists (event_id, title, created_at, updated_at)"
            " VALUES (?, ?, ?, ?)", (event_id, f"{title} 物料清单", now, now))
        checklist_id = cur.lastrowid
        chosen = rng.sample(V.CHECKLIST_ITEMS, rng.randint(6, 12))
        statuses = list(ItemStatus)
        rows = []
        for position, (name, category, spec, unit, price) in enumerate(chosen):
            status = ItemStatus.USED if past else rng.choice(statuses[:4])
            due = (self.start + timedelta(days=day - 2)).isoformat()
            rows.append((checklist_id, position, name, category, spec,
                         rng.randint(1, 60), unit if rng.random() < 0.95 else None, price,
                         rng.choice(("小王", "小李", "阿杰", None)), due, status.value,
                         material_ids.get(name)))
        self.conn.executemany(
            "INSERT INTO checklist_items (checklist_id, position, name, category, spec,"
            " quantity, unit, unit_price, owner, due_on, status, material_id)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        return len(rows)


