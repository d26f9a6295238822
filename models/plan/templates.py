"""Plan templates a new community starts from, as an experienced operator writes them.

Each template fills every section, sets goals bound to live metrics (dated from the day the
community is created), names roles, lists the usual risks with their mitigation, writes
numbered group rules and an escalation ladder. ``EMPTY`` gives the seven roadmap steps and
a default escalation ladder only. Text is Chinese: it is the operator's own plan, kept as
data (like the stored vocabularies), and exported as is.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date, timedelta

from models.core.changes import Change
from models.core.errors import Code, DomainError
from models.core.vocab import PlanSection as S
from models.members.communities import create_community
from models.plan import document as plan_model
from models.store.workspace import transaction


@dataclass(frozen=True)
class PlanTemplate:
    key: str
    name: str
    sections: dict[str, str] = field(default_factory=dict)
    #: (title, metric, baseline, target, days from start to due)
    goals: tuple[tuple[str, str, float | None, float, int], ...] = ()
    #: (role, duties)
    roles: tuple[tuple[str, str], ...] = ()
    #: (description, category, likelihood, impact, mitigation)
    risks: tuple[tuple[str, str, int, int, str], ...] = ()
    rules: tuple[str, ...] = ()
    #: (threshold, counted action or None for any, window days, action, mute days)
    escalation: tuple[tuple[int, str | None, int, str, int | None], ...] = ()
    #: step number -> note
    stage_notes: dict[int, str] = field(default_factory=dict)


#: The ladder every community gets unless its template says otherwise.
DEFAULT_ESCALATION = (
    (1, None, 30, "警告", None),
    (3, "警告", 30, "禁言", 7),
    (2, "禁言", 90, "移出", None),
    (1, "移出", 3650, "拉黑", None),
)

COMMON_RULES = (
    "友善交流，对事不对人，禁止人身攻击、地域和性别歧视。",
    "未经群主同意不发广告、二维码、拉票和外部群链接。",
    "不刷屏：同一内容不连续发送，表情包一次不超过 3 个。",
    "不传播未经证实的信息、谣言和违法违规内容，涉政话题不讨论。",
    "不私下批量添加群成员推销；被投诉核实后直接移出。",
    "尊重隐私：不在群内公开他人手机号、聊天截图等个人信息。",
)

COMMON_RISKS = (
    ("群内出现广告、引流和违规言论", "言论/内容违规", 4, 3,
     "入群即发群规；管理员每日巡群两次；按升级规则处理：提醒 → 警告 → 禁言 → 移出。"),
    ("负面体验被截图外传，引发舆情", "舆情", 2, 4,
     "负面反馈 2 小时内私聊响应；统一口径由群主发布；准备常见问题答复模板。"),
    ("成员名单、手机号等个人信息外泄", "数据泄露", 2, 5,
     "报名表只收必要信息；名单只在工作区保存，导出时打码；离职管理员当天移除权限。"),
    ("活动抽奖、收费或宣传用语不合规", "合规", 2, 4,
     "抽奖规则事先公示；收费开具凭证；宣传不用“最”“第一”等绝对化用语。"),
    ("同行恶意举报导致群被封", "恶意攻击/举报", 2, 5,
     "备用群与企业微信同步建立；核心成员名单定期备份；敏感词提前屏蔽。"),
    ("新鲜感过后成员沉默、退群", "成员流失", 4, 3,
     "每周固定栏目；30 天未发言成员私聊回访；季度做一次满意度调研。"),
)

EMPTY = PlanTemplate(key="empty", name="空白规划", escalation=DEFAULT_ESCALATION)

CUSTOMER = PlanTemplate(
    key="customer", name="客户群/产品用户群",
    sections={
        S.TARGET_USERS: "已购买或试用过产品的用户：以 25-40 岁的一线使用者为主，关心怎么用好产品、"
                        "遇到问题能否快速解决、新功能何时上线。次要人群：渠道商和潜在客户。",
        S.POSITIONING: "官方用户交流与服务群：答疑、用法分享、新品抢先体验和用户共创。"
                       "不是促销群，每周推广信息不超过 1 条。",
        S.TONE: "专业、及时、有温度：客服式的准确答复，加上朋友式的称呼和表情；"
                "不用官腔，不回避问题。",
        S.GOALS: "半年内：群成员达到目标人数；30 天活跃成员占比不低于 30%；"
                 "每月至少 2 场线上活动；用户问题 2 小时内首次响应。",
        S.CHANNELS: "主阵地：企业微信客户群（可统计、可离职继承）；引流：产品内引导页、"
                    "订单短信、公众号菜单“加入用户群”；沉淀：知识库和公众号合集。",
        S.CONTENT_STRATEGY: "每周一“使用技巧”，每周三“用户案例”，每周五“本周问题汇总”；"
                            "新版本发布当天发更新说明和演示视频；每月一份产品路线图摘要。",
        S.INTERACTION_STRATEGY: "新人入群欢迎 + 填写使用场景；每月一次线上答疑直播；"
                                "新功能内测招募；优质反馈积分奖励，积分可兑换周边和会员时长。",
        S.USER_MANAGEMENT: "按购买版本和使用深度打标签；核心用户（KOC）单独建内测小组；"
                           "30 天未互动成员做一次回访；退群用户记录原因。",
        S.RULES: "见“群规与管理”：以答疑和交流为主，禁止广告与私下推销。",
        S.BUSINESS_STRATEGY: "提升续费和增购：老用户专属优惠、升级版本试用、转介绍奖励；"
                             "群内转化以服务带动，不做硬推。",
        S.ORGANIZATION: "群主（产品运营）负责整体；客服 2 人轮值答疑；产品经理每周在群内"
                        "答疑 1 次；核心用户协助回答常见问题。",
        S.RISK_MANAGEMENT: "重点：负面反馈外传和用户信息泄露。见风险登记表，每月复盘一次。",
    },
    goals=(
        ("群成员达到 500 人", "member_count", None, 500, 180),
        ("30 天活跃成员 150 人", "active_30d", None, 150, 180),
        ("每月 2 场线上活动", "events_held", 0, 12, 180),
        ("活动到场率 60%", "attendance_rate", None, 0.6, 180),
    ),
    roles=(
        ("群主", "制定规划和群规，审核公告，每周复盘数据"),
        ("客服", "工作日 9:00-21:00 轮值答疑，2 小时内首次响应，记录问题"),
        ("产品经理", "每周答疑 1 次，收集需求进入需求池"),
        ("核心用户", "协助回答常见问题，参与内测，分享使用案例"),
    ),
    risks=COMMON_RISKS,
    rules=(*COMMON_RULES, "产品问题请说明版本号和截图，客服会在 2 小时内回复。"),
    escalation=DEFAULT_ESCALATION,
    stage_notes={1: "梳理现有客户画像与使用场景", 2: "企业微信客户群", 3: "内容栏目与答疑排班",
                 4: "产品内引导入群", 5: "每周栏目 + 月度直播", 6: "巡群与回访",
                 7: "每月看活跃、到场率与续费"},
)

INTEREST = PlanTemplate(
    key="interest", name="兴趣社群",
    sections={
        S.TARGET_USERS: "同城或线上的同好：对主题有持续兴趣的 20-35 岁青年，既有新手也有资深"
                        "爱好者；想找同伴、学技巧、参加活动。",
        S.POSITIONING: "以兴趣结识朋友的社群：线上日常交流 + 线下定期活动，"
                       "新手能被带起来，老手有展示空间。",
        S.TONE: "轻松、友好、有梗：鼓励分享作品和心得，不比较、不说教。",
        S.GOALS: "一年内：成员达到目标人数，30 天活跃成员 200 人，每月 2 场活动，"
                 "30 天留存率 40%。",
        S.CHANNELS: "主阵地：微信群（超过 400 人开分群）；引流：小红书笔记、豆瓣同城、"
                    "线下活动现场扫码；作品沉淀在公众号。",
        S.CONTENT_STRATEGY: "每日一个话题，每周作品墙，每月主题挑战；"
                            "资深成员轮流做“新手入门”分享。",
        S.INTERACTION_STRATEGY: "每周打卡接龙，积分排行；每月一次线下活动；"
                                "按城市/水平分小组，由部落首领带队。",
        S.USER_MANAGEMENT: "新人 7 天内完成自我介绍和首次打卡；活跃成员升级为核心成员；"
                           "小组长（部落首领）每月评选一次。",
        S.RULES: "见“群规与管理”：友善交流，不发广告，活动报名后请守时。",
        S.BUSINESS_STRATEGY: "活动 AA 或小额报名费覆盖成本；品牌赞助物料；"
                             "不向成员推销与主题无关的商品。",
        S.ORGANIZATION: "群主统筹；2 名管理员负责巡群和活动；各小组由部落首领组织。",
        S.RISK_MANAGEMENT: "重点：线下活动安全、成员流失。活动前检查场地和报名信息。",
    },
    goals=(
        ("成员达到 800 人", "member_count", None, 800, 365),
        ("30 天活跃成员 200 人", "active_30d", None, 200, 365),
        ("每月 2 场活动", "events_held", 0, 24, 365),
        ("30 天留存率 40%", "retention_30d", None, 0.4, 365),
        ("全年发放积分 20000", "points_issued", 0, 20000, 365),
    ),
    roles=(
        ("群主", "定方向、定群规，组织月度活动"),
        ("管理员", "每日巡群，欢迎新人，处理违规"),
        ("部落首领", "带小组打卡和同城小聚"),
        ("活动志愿者", "活动签到、拍照和物料"),
    ),
    risks=(*COMMON_RISKS,
           ("线下活动发生意外或纠纷", "其他", 2, 4,
            "活动前确认场地安全和联系人；报名时提示注意事项；大型活动购买活动险。")),
    rules=(*COMMON_RULES, "活动报名后无法参加请提前 24 小时取消，连续 2 次爽约暂停报名 1 个月。"),
    escalation=DEFAULT_ESCALATION,
    stage_notes={1: "画出 3 类典型成员", 2: "微信群 + 小红书引流", 3: "话题、打卡与活动节奏",
                 4: "种子成员 50 人", 5: "每日话题、每月活动", 6: "分群与部落首领",
                 7: "每月看活跃与留存"},
)

PAID = PlanTemplate(
    key="paid", name="付费社群",
    sections={
        S.TARGET_USERS: "愿意为系统知识和圈子付费的职场人：28-40 岁，有明确的学习或成长目标，"
                        "时间有限，重视内容质量和同伴质量。",
        S.POSITIONING: "付费会员社群：体系化内容 + 专家答疑 + 高质量同伴；"
                       "承诺的服务写清楚，做到就是口碑。",
        S.TONE: "专业、克制、结果导向：内容有干货，答疑有深度，氛围互相成就。",
        S.GOALS: "一个会员周期内：付费成员达到目标人数，活动到场率 70%，"
                 "转化率（参加活动后购买）15%，续费率作为下一期目标。",
        S.CHANNELS: "主阵地：知识星球/企业微信群；招募：公众号长文、直播、老会员转介绍；"
                    "内容沉淀：会员专属知识库。",
        S.CONTENT_STRATEGY: "每周 1 篇深度文章，每月 2 次专家直播，每季度 1 份行业报告；"
                            "所有内容按主题归档，新会员可补看。",
        S.INTERACTION_STRATEGY: "入群破冰 + 学习小组；每周作业点评；月度线下闭门会；"
                                "优秀会员分享可获积分和续费优惠。",
        S.USER_MANAGEMENT: "入群核对付费信息；7 天新人引导；到期前 30 天提醒续费；"
                           "退费按公示规则处理并记录原因。",
        S.RULES: "见“群规与管理”：会员内容禁止外传，禁止广告与私下导流。",
        S.BUSINESS_STRATEGY: "年费会员为主，单次课程和线下闭门会为辅；老带新双方各得 1 个月；"
                             "成本：嘉宾费、平台费、活动场地，按会员数核算单人成本。",
        S.ORGANIZATION: "主理人负责内容与嘉宾；运营负责会员服务和活动；助教负责作业点评；"
                        "财务每月对账。",
        S.RISK_MANAGEMENT: "重点：内容外传、退费纠纷、宣传合规。见风险登记表。",
    },
    goals=(
        ("付费会员 300 人", "member_count", None, 300, 365),
        ("活动到场率 70%", "attendance_rate", None, 0.7, 365),
        ("活动后转化率 15%", "conversion_rate", None, 0.15, 365),
        ("每月 2 场直播或闭门会", "events_held", 0, 24, 365),
        ("会员满意度 4.5 分（调研）", "manual", None, 4.5, 365),
    ),
    roles=(
        ("主理人", "内容规划、嘉宾邀请、每月直播"),
        ("运营", "会员服务、活动组织、续费提醒"),
        ("助教", "作业点评、答疑整理"),
        ("财务", "收款对账、发票和退费"),
    ),
    risks=(*COMMON_RISKS,
           ("会员内容被外传或转卖", "合规", 3, 4,
            "内容加水印；群规写明外传即移出且不退费；发现后保留证据并处理。"),
           ("服务未达承诺引发退费纠纷", "舆情", 2, 4,
            "服务内容和退费规则入群前公示；每月公布服务清单完成情况。")),
    rules=(*COMMON_RULES, "会员内容仅限本人学习使用，禁止截图外传或转卖，违者移出且不退费。"),
    escalation=(
        (1, None, 30, "警告", None),
        (2, "警告", 60, "禁言", 3),
        (2, "禁言", 180, "移出", None),
        (1, "移出", 3650, "拉黑", None),
    ),
    stage_notes={1: "访谈 10 位目标会员", 2: "知识星球 + 企业微信", 3: "内容体系与定价",
                 4: "首期招募", 5: "周更内容、月度直播", 6: "续费提醒与会员回访",
                 7: "每月看到场率、转化与续费"},
)

TEMPLATES: dict[str, PlanTemplate] = {t.key: t for t in (EMPTY, CUSTOMER, INTEREST, PAID)}


def apply_template(conn: sqlite3.Connection, community_id: int, template: PlanTemplate,
                   today: date) -> int:
    """Write ``template`` into the community's (new) plan inside the caller's transaction."""
    plan_id = plan_model._insert_plan(conn, community_id)
    conn.executemany("INSERT INTO plan_sections (plan_id, section, body) VALUES (?, ?, ?)",
                     [(plan_id, str(k), v) for k, v in template.sections.items()])
    conn.executemany(
        "INSERT INTO plan_goals (plan_id, position, title, metric, baseline, target, starts_on,"
        " due_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(plan_id, i, title, metric, baseline, target, today.isoformat(),
          (today + timedelta(days=days)).isoformat())
         for i, (title, metric, baseline, target, days) in enumerate(template.goals)])
    conn.executemany("INSERT INTO plan_roles (plan_id, position, role, duties) VALUES (?,?,?,?)",
                     [(plan_id, i, r, d) for i, (r, d) in enumerate(template.roles)])
    conn.executemany(
        "INSERT INTO plan_risks (plan_id, description, category, likelihood, impact,"
        " mitigation, owner) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(plan_id, d, c, li, im, m, "群主") for d, c, li, im, m in template.risks])
    conn.executemany("INSERT INTO plan_rules (plan_id, position, text) VALUES (?, ?, ?)",
                     [(plan_id, i, text) for i, text in enumerate(template.rules)])
    conn.executemany(
        "INSERT INTO escalation_steps (community_id, position, threshold, counted, window_days,"
        " action, mute_days) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(community_id, i, *step) for i, step in enumerate(template.escalation)])
    conn.executemany("UPDATE plan_stages SET notes = ? WHERE plan_id = ? AND step = ?",
                     [(note, plan_id, step) for step, note in template.stage_notes.items()])
    return plan_id


def create_community_with_plan(conn: sqlite3.Connection, name: str, platform: str,
                               template_key: str, today: date) -> tuple[int, Change]:
    """A new community and its plan from a template, in one transaction."""
    template = TEMPLATES[template_key]
    with transaction(conn):
        if conn.execute("SELECT 1 FROM communities WHERE name = ?", (name.strip(),)).fetchone():
            raise DomainError(Code.COMMUNITY_EXISTS, name, name=name.strip())
        community = create_community(conn, name, platform,
                                     positioning=template.sections.get(S.POSITIONING, ""),
                                     tone=template.sections.get(S.TONE, ""))
        apply_template(conn, community.id, template, today)
    return community.id, Change.of("communities", "plans", "plan_sections", "plan_goals",
                                   "plan_roles", "plan_risks", "plan_rules", "plan_stages",
                                   "escalation_steps", ids=[community.id])

