"""A realistic demo workspace, deterministic for a seed and a date.

Every benchmark and screenshot gets its data here, so it is built for speed: members are
drawn in plain Python loops over pre-drawn random choices, one worker process per core
(``models/demo/parts.py``), and copied in with ``INSERT … SELECT`` in one transaction, with
the big tables' indexes dropped during the load and built once at the end. A million
members with ten million activities take under three minutes on a 2-core machine
(``benchmarks/demo.py``).
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from models.analytics import buyers_summary, funnel_summary, people_summary, points_summary
from models.core import clock, zones
from models.core.errors import Cancelled, Code, DomainError
from models.core.vocab import ActivityKind, PlanSection, PlanStep
from models.demo import parts
from models.demo import vocab as V
from models.demo.events import DAYS, DEMO_TZID, OFFSET, DemoEvents
from models.demo.follow_ups import add_follow_ups
from models.demo.honours import add_honours
from models.demo.parts import DrawPlan, SearchBuild, copy_staged, detach, draw_parts
from models.demo.tally import AnalyticsTally
from models.search import text_index
from models.search.text_index import search_columns
from models.store import staging
from models.store.bulk import (
    DroppedStructures,
    bulk_settings,
    foreign_keys_trusted,
    rollback_journal,
)
from models.store.workspace import Workspace

BULK_TABLES = ["members", "memberships", "member_tags", "activities", "points_ledger",
               "member_activity"]
#: Indexes that stay during the load: rows reach them in key order (members are written in
#: id order) or not at all (no demo activity has an event until the events come), so they
#: grow at their end for next to nothing. Keeping low-cardinality ones too was measured:
#: the build at the end got 9 s shorter, the load 28 s longer.
KEPT_INDEXES = {"activities_member", "points_ledger_member", "activities_event"}

MESSAGE, SHARE, INVITE, PURCHASE = (
    ActivityKind.MESSAGE.value, ActivityKind.SHARE.value, ActivityKind.INVITE.value,
    ActivityKind.PURCHASE.value)
PRICES = (1990, 4900, 9900, 29900)  # fen

#: progress(step, done, total) -> False to cancel.
Progress = Callable[[str, int, int], bool]


@dataclass(frozen=True)
class DemoSummary:
    communities: int
    members: int
    activities: int
    events: int
    registrations: int
    checklist_items: int
    seconds: float

    @property
    def rows_per_second(self) -> float:
        rows = self.members + self.activities
        return rows / self.seconds if self.seconds else 0.0


class DemoBuilder(DemoEvents):
    """Draws and writes the demo rows. Use ``build_demo``; this holds the shared state."""

    def __init__(self, conn: sqlite3.Connection | None, members: int, seed: int,
                 today: date) -> None:
        self.conn = conn  # type: ignore[assignment]
        self.today = today
        self.n = members
        self.rng = random.Random(seed)
        self.seed = seed
        self.start = today - timedelta(days=DAYS - 1)
        self.days = [(self.start + timedelta(days=d)).isoformat() for d in range(DAYS)]
        self.clock = [f"T{m // 60:02d}:{m % 60:02d}:00{OFFSET}" for m in range(24 * 60)]
        self.community_ids: list[int] = []
        self.community_names: dict[int, str] = {}
        self.tally = AnalyticsTally()
        self.tag_names: dict[int, str] = {}
        # per community: member ids in join order and their join days (for events)
        self.roster: dict[int, list[int]] = {}
        self.roster_days: dict[int, list[int]] = {}
        self.activities = 0
        self.founded: set[int] = set()  # communities whose owner (群主) is drawn
        self.attached: list[str] = []  # staging files, attached until the transaction ends
        self.search_build: SearchBuild | None = None

    # -- helpers -------------------------------------------------------------------------

    def at(self, day: int, minute: int | None = None) -> str:
        """A local time on demo day ``day`` (clamped into the demo's three years)."""
        day = min(max(day, 0), DAYS - 1)
        if minute is None:
            minute = 420 + int(self.rng.random() * 960)  # people talk from 7:00 to 23:00
        return self.days[day] + self.clock[minute]

    def weighted(self, pairs: list[tuple], k: int) -> list:
        values = [p[0] for p in pairs]
        weights = [p[-1] for p in pairs]
        return self.rng.choices(values, weights=weights, k=k)

    # -- communities and plans -----------------------------------------------------------

    def communities(self) -> None:
        count = 3 + self.rng.randrange(6)  # 3-8
        for name, platform, positioning, tone in V.COMMUNITIES[:count]:
            created = self.at(0, 9 * 60)
            cur = self.conn.execute(
                "INSERT INTO communities (name, platform, positioning, tone, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (name, platform, positioning, tone, created),
            )
            cid = int(cur.lastrowid or 0)
            self.community_ids.append(cid)
            self.community_names[cid] = name
            self.roster[cid] = []
            self.roster_days[cid] = []
            self.plan(cid, name, platform, positioning, tone, created)

    def plan(self, cid: int, name: str, platform: str, positioning: str, tone: str,
             created: str) -> None:
        cur = self.conn.execute(
            "INSERT INTO plans (community_id, created_at, updated_at) VALUES (?, ?, ?)",
            (cid, created, created),
        )
        plan_id = cur.lastrowid
        sections = {
            PlanSection.TARGET_USERS: positioning,
            PlanSection.POSITIONING: f"{name}：{positioning}的长期交流与成长空间。",
            PlanSection.TONE: tone,
            PlanSection.CHANNELS: f"主阵地：{platform}；"
                                  "引流：公众号文章、小红书笔记、线下活动扫码。",
            PlanSection.CONTENT_STRATEGY: "每周一篇精选内容，每月一次主题活动，节假日做专题。",
            PlanSection.INTERACTION_STRATEGY: "每日话题接龙，每周打卡，活跃成员积分可兑换礼品。",
            PlanSection.RULES: "1. 友善交流，不人身攻击\n2. 未经允许不发广告\n"
                               "3. 不传播未经证实的信息",
        }
        self.conn.executemany(
            "INSERT INTO plan_sections (plan_id, section, body) VALUES (?, ?, ?)",
            [(plan_id, str(k), v) for k, v in sections.items()],
        )
        year_end = self.days[-1][:4] + "-12-31"
        goals = [
            ("成员数达到目标", "member_count", 2 * max(self.n // 8, 10)),
            ("30 天活跃成员", "active_30d", max(self.n // 10, 5)),
            ("每月至少 2 场活动", "events_held", 24),
        ]
        self.conn.executemany(
            "INSERT INTO plan_goals (plan_id, position, title, metric, target, starts_on, due_on)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(plan_id, i, t, m, g, self.days[-1][:4] + "-01-01", year_end)
             for i, (t, m, g) in enumerate(goals)],
        )
        self.conn.executemany(
            "INSERT INTO plan_stages (plan_id, step, status) VALUES (?, ?, ?)",
            [(plan_id, i + 1, "done" if i < 5 else "doing") for i, _ in enumerate(PlanStep)],
        )
        self.plan_rows(cid, int(plan_id or 0))

    def plan_rows(self, cid: int, plan_id: int) -> None:
        """Roles, risks, numbered rules and the escalation ladder of a plan (issue 8)."""
        from models.plan.templates import COMMON_RISKS, COMMON_RULES, DEFAULT_ESCALATION

        roles = [("群主", "制定规划和群规，每周复盘数据"),
                 ("管理员", "每日巡群两次，欢迎新人，处理违规"),
                 ("活动志愿者", "活动签到、拍照和物料")]
        self.conn.executemany(
            "INSERT INTO plan_roles (plan_id, position, role, duties) VALUES (?, ?, ?, ?)",
            [(plan_id, i, r, d) for i, (r, d) in enumerate(roles)])
        statuses = ("open", "mitigating", "open", "closed", "open", "mitigating")
        self.conn.executemany(
            "INSERT INTO plan_risks (plan_id, description, category, likelihood, impact,"
            " mitigation, owner, status) VALUES (?, ?, ?, ?, ?, ?, '管理员', ?)",
            [(plan_id, *risk, statuses[i % len(statuses)])
             for i, risk in enumerate(COMMON_RISKS)])
        self.conn.executemany(
            "INSERT INTO plan_rules (plan_id, position, text) VALUES (?, ?, ?)",
            [(plan_id, i, text) for i, text in enumerate(COMMON_RULES)])
        self.conn.executemany(
            "INSERT INTO escalation_steps (community_id, position, threshold, counted,"
            " window_days, action, mute_days) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(cid, i, *step) for i, step in enumerate(DEFAULT_ESCALATION)])

    # -- members and what they do --------------------------------------------------------

    def members(self, folder: Path, progress: Progress | None) -> None:
        """Draw every member with what they did (in worker processes, ``demo_parts``) and
        copy them in. Their search index is built meanwhile, in another process."""
        rng, n = self.rng, self.n
        join_days = sorted(int(DAYS * rng.random() ** 0.5) for _ in range(n))  # growing
        join_days[0] = 0  # the founder was there from the first day
        tag_ids = [
            int(self.conn.execute("INSERT INTO tags (name, color) VALUES (?, ?)", t).lastrowid
                or 0)
            for t in V.TAGS
        ]
        self.tag_names = dict(zip(tag_ids, (t[0] for t in V.TAGS), strict=True))
        plan = DrawPlan(n, self.seed, self.today, join_days, tag_ids,
                        [1.0 / (i + 1) for i in range(len(self.community_ids))],
                        self.community_ids, self.community_names, self.tag_names,
                        type(self), parts.PART)
        staged = draw_parts(plan, folder,
                            lambda drawn: not progress or progress("members", drawn, n))
        self.search_build = SearchBuild(text_index.schema_for_rebuild(self.conn),
                                        [path for path, _ in staged],
                                        folder / "search.sqlite", in_process=len(staged) == 1)
        for number, (path, drawn) in enumerate(staged):
            for cid, (ids, days) in drawn.rosters.items():
                self.roster[cid].extend(ids)
                self.roster_days[cid].extend(days)
            self.tally.add(drawn.tally)
            self.activities += drawn.activities
            self.attached.append(f"stage{number}")
            copy_staged(self.conn, path, self.attached[-1])
            if progress and not progress("members", n, n):
                raise Cancelled()

    def member_chunk(self, first: int, join_days: list[int], tag_ids: list[int],
                     community_weights: list[float]) -> tuple[list, ...]:
        """The rows of members ``first + 1`` .. ``first + len(join_days)`` (nothing written)."""
        rng, k = self.rng, len(join_days)
        rnd, days, clock = rng.random, self.days, self.clock
        last_day = DAYS - 1
        surnames = self.weighted(V.SURNAMES, k)
        cities = self.weighted(V.CITIES, k)
        sources = self.weighted(V.SOURCES, k)
        spending = self.weighted(V.SPENDING_LEVELS, k)
        primary = rng.choices(self.community_ids, weights=community_weights, k=k)
        members, memberships, member_tags, acts, points = [], [], [], [], []
        member_activity: list[tuple] = []
        for j in range(k):
            mid = first + j + 1
            day = join_days[j]
            created = self.at(day)
            r = rng.random()
            gender = "女" if r < 0.55 else ("男" if r < 0.95 else None)
            given_pool = V.GIVEN_FEMALE if gender == "女" else V.GIVEN_MALE
            given = rng.choice(given_pool)
            if rng.random() < 0.7:
                given += rng.choice(V.GIVEN_ANY if rng.random() < 0.5 else given_pool)
            name = surnames[j] + given
            city = cities[j]
            nickname = None
            if rng.random() < 0.7:
                nickname = rng.choice(V.NICKNAME_STYLES).format(
                    g=given[0], g2=given[-1], city=city, n=mid % 100)
            source = sources[j]
            referrer = None
            if source == "朋友推荐" and mid > 10:
                referrer = int((mid - 1) * rng.random() ** 2) + 1
            phone = None
            if rng.random() < 0.9:
                phone = f"1{'3578'[mid % 4]}{(mid * 48271 + self.seed * 7919) % 10**9:09d}"
            wechat = f"wxid_{(mid * 2654435761 + self.seed) & 0xFFFFFFFFFF:010x}" \
                if rng.random() < 0.7 else None
            email = f"{(mid * 40503 + self.seed) % 10**9 + 10**8}@qq.com" \
                if rng.random() < 0.25 else None
            interests = "、".join(rng.sample(V.INTERESTS, 2))

            # Activities: most members say little, a few say a lot; some drift away.
            end = last_day if rng.random() < 0.65 else rng.randint(day, last_day)
            level = rng.random()
            n_acts = 0 if level < 0.12 else int(2 + 78 * (level - 0.12) ** 4)
            cid = primary[j]
            purchased = recent = False
            span = end - day + 1
            for _ in range(n_acts):
                act_day = day + int(rnd() * span)
                r = rnd()
                if r < 0.72:
                    kind, amount = MESSAGE, 0
                elif r < 0.86:
                    kind, amount = SHARE, 0
                elif r < 0.96:
                    kind, amount = INVITE, 0
                else:
                    kind, amount = PURCHASE, PRICES[int(rnd() * 4)]
                    purchased = True
                if act_day >= last_day - 30:
                    recent = True
                acts.append((mid, cid, days[act_day] + clock[420 + int(rnd() * 960)], kind,
                             amount))
            if purchased:
                lifecycle = "revenue"
            elif recent:
                lifecycle = "retention"
            elif n_acts:
                lifecycle = "activation"
            else:
                lifecycle = "acquisition"

            r = rng.random()
            status = "active" if r < 0.92 else "muted" if r < 0.95 else \
                "removed" if r < 0.99 else "banned"
            left = self.at(rng.randint(day, last_day)) if status in ("removed", "banned") \
                else None
            role = "群主" if cid not in self.founded else \
                "管理员" if rng.random() < 0.002 else "KOL" if rng.random() < 0.003 else "成员"
            mine = [(mid, cid, role, created, left, status)]
            self.founded.add(cid)
            self.roster[cid].append(mid)
            self.roster_days[cid].append(day)
            if rng.random() < 0.2 and len(self.community_ids) > 1:
                other = rng.choice(self.community_ids)
                if other != cid:
                    mine.append((mid, other, "成员", self.at(rng.randint(day, last_day)), None,
                                 "active"))
            memberships.extend(mine)
            tags = set(rng.sample(tag_ids, rng.choice((0, 0, 1, 1, 2, 3))))
            member_tags.extend((mid, tag) for tag in tags)
            my_points = [(mid, 20, "入群奖励", created)]
            if n_acts > 3:
                my_points.append((mid, 5 * n_acts, "活跃奖励", self.at(rng.randint(day, end))))
            if rng.random() < 0.05 and sum(p[1] for p in my_points) >= 100:
                my_points.append((mid, -100, "兑换礼品", self.at(rng.randint(day, last_day))))
            points.extend(my_points)

            # The roster's summary columns, as the triggers would have written them.
            summaries = (
                sum(p[1] for p in my_points),
                max(a[2] for a in acts[len(acts) - n_acts:]) if n_acts else None,
                min(m[3] for m in mine),
                "、".join(sorted(self.tag_names[t] for t in tags)),
                "、".join(sorted((self.community_names[m[1]] + "·" + m[2] for m in mine),
                                key=lambda label: label.split("·")[0])),
            )
            birth_year = rng.randint(1970, 2006) if rng.random() < 0.8 else None
            occupation = rng.choice(V.OCCUPATIONS) if rng.random() < 0.6 else None
            members.append((
                mid, name, nickname, *search_columns(name, nickname), *summaries, gender,
                birth_year, city, occupation, phone, wechat, email, source, referrer,
                interests, spending[j], lifecycle,
                created if rng.random() < 0.85 else None, created, created,
            ))
            member_activity.extend(self.tally.member(
                mid, created, [(m[1], m[3], m[4]) for m in mine], acts[len(acts) - n_acts:],
                {"gender": gender, "birth_year": birth_year, "city": city,
                 "spending_level": spending[j], "source": source}, tags))

        return members, memberships, member_tags, acts, points, member_activity

    def referral_stage(self) -> None:
        self.conn.execute(
            "UPDATE members SET lifecycle = 'referral' WHERE lifecycle IN"
            " ('activation', 'retention') AND id IN"
            " (SELECT referrer_id FROM members WHERE referrer_id IS NOT NULL)")

    def moderation_and_needs(self) -> None:
        rng = self.rng
        rules = ["发广告", "人身攻击", "刷屏", "发布不实信息", "私下拉人"]
        actions = [("提醒", 60), ("警告", 25), ("禁言", 10), ("移出", 4), ("拉黑", 1)]
        rows = []
        for _ in range(max(3, self.n // 300)):
            mid = rng.randint(1, self.n)
            day = rng.randrange(DAYS)
            action = self.weighted(actions, 1)[0]
            until = self.at(min(day + 7, DAYS - 1)) if action == "禁言" else None
            rows.append((mid, rng.choice(self.community_ids), self.at(day), rng.choice(rules),
                         action, until, "管理员"))
        self.conn.executemany(
            "INSERT INTO violations (member_id, community_id, occurred_at, rule, action, until,"
            " handled_by) VALUES (?,?,?,?,?,?,?)", rows)
        needs = ["希望多组织线下活动", "想要一份新人入门指南", "群里广告太多，希望加强管理",
                 "希望活动时间安排在周末", "能否提供往期分享的回放", "想认识同城的朋友",
                 "希望有积分兑换商城", "希望按兴趣分小组"]
        self.conn.executemany(
            "INSERT INTO needs (member_id, community_id, text, kind, urgency, importance,"
            " status, created_at) VALUES (?,?,?,?,?,?,?,?)",
            [(rng.randint(1, self.n), rng.choice(self.community_ids), rng.choice(needs),
              rng.choice(("共性", "个性")), rng.randint(1, 5), rng.randint(1, 5),
              rng.choice(("new", "new", "planned", "done", "declined")),
              self.at(rng.randrange(DAYS))) for _ in range(min(200, max(8, self.n // 50)))])

    def finish(self, dropped: DroppedStructures,
               progress: Progress | None) -> tuple[int, int, int]:
        """Everything after the members: summaries, indexes, events, the search index.
        Returns the numbers of events, registrations and checklist items."""
        conn = self.conn
        self.referral_stage()
        self.moderation_and_needs()
        if progress and not progress("indexes", 0, 1):
            raise Cancelled()
        self.tally.write(conn)
        dropped.restore()
        # Planner statistics from a sample of each index: cheap, and plans at a million
        # members depend on them (the check-in triggers' look-ups below, the roster's
        # choice between the name index and a small community).
        analyze(conn)
        # Events come last, with the triggers back: their check-ins are activities, and
        # the triggers add them to the members' summaries and the analytics tables.
        counts = self.events()
        add_follow_ups(conn, self.seed, self.n, self.days)
        funnel_summary.rebuild(conn)  # set-based, once: see their docstrings
        points_summary.rebuild(conn)
        buyers_summary.rebuild(conn)
        people_summary.rebuild(conn)
        add_honours(conn, self.at(DAYS - 1, 480))  # after what earns them; 08:00, no draw
        if progress and not progress("indexes", 1, 1):
            raise Cancelled()
        assert self.search_build is not None, "members() starts it"
        self.attached.append(text_index.BUILT)
        text_index.adopt_built(conn, self.search_build.wait())
        analyze(conn)
        conn.execute(
            "INSERT OR REPLACE INTO workspace_settings (key, value) VALUES ('demo', ?)",
            (json.dumps({"seed": self.seed, "members": self.n, "today": self.days[-1]}),),
        )
        return counts


def analyze(conn: sqlite3.Connection) -> None:
    """Planner statistics from a sample of each index (a second or two at a million)."""
    conn.execute("PRAGMA analysis_limit = 1000")
    conn.execute("ANALYZE")


def build_demo(
    workspace: Workspace,
    members: int,
    *,
    seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty workspace with ``members`` members and everything around them.

    All in one transaction: cancelling (``progress`` returns False) or any error leaves the
    workspace as it was. Raises ``ValueError`` if the workspace already holds data.
    """
    if members < 1:
        raise DomainError(Code.DEMO_NO_MEMBERS)
    conn = workspace.conn
    used = conn.execute(
        "SELECT (SELECT count(*) FROM communities) + (SELECT count(*) FROM members)"
    ).fetchone()[0]
    if used:
        raise DomainError(Code.DEMO_NOT_EMPTY, path=str(workspace.path))
    began = time.perf_counter()
    builder = DemoBuilder(conn, members, seed, today or clock.today())
    with staging.folder(workspace.path, "demo") as folder:
        try:
            with bulk_settings(conn), rollback_journal(conn), foreign_keys_trusted(conn), \
                    workspace.transaction():
                # its communities are in China and its rows carry +08:00: the workspace's
                # zone must say so, or the zone's triggers would rewrite what later changes
                zones.set_default_tzid(conn, DEMO_TZID)
                dropped = DroppedStructures(conn, BULK_TABLES, keep=KEPT_INDEXES)
                builder.communities()
                builder.members(folder, progress)
                n_events, n_regs, n_items = builder.finish(dropped, progress)
        finally:
            if builder.search_build is not None:
                builder.search_build.stop()
            detach(conn, builder.attached)
    return DemoSummary(
        communities=len(builder.community_ids), members=members,
        activities=builder.activities, events=n_events, registrations=n_regs,
        checklist_items=n_items, seconds=time.perf_counter() - began)
