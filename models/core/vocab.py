"""Fixed vocabularies, as stored in the workspace.

Values follow DESIGN.md: where the practice names a thing in Chinese (platforms, roles,
activity kinds), the stored value is that Chinese word, so a workspace opened with any
language shows the same data and exports stay readable. Display labels in both languages
live in ``views/labels.py``; nothing here is shown without going through it.
"""

from __future__ import annotations

from enum import StrEnum


class Platform(StrEnum):
    WECHAT_GROUP = "微信群"
    WECOM = "企业微信"
    QQ_GROUP = "QQ群"
    ZHIHU = "知乎圈子"
    WEIBO = "微博"
    DOUYIN = "抖音"
    DISCORD = "Discord"
    TELEGRAM = "Telegram"
    OFFLINE = "线下"
    OTHER = "其他"


class Role(StrEnum):
    OWNER = "群主"
    ADMIN = "管理员"
    CORE = "核心成员"
    KOL = "KOL"
    CHIEF = "部落首领"
    MEMBER = "成员"


class MembershipStatus(StrEnum):
    ACTIVE = "active"
    MUTED = "muted"
    REMOVED = "removed"
    BANNED = "banned"


class Lifecycle(StrEnum):
    """AARRR stage of a member."""

    ACQUISITION = "acquisition"
    ACTIVATION = "activation"
    RETENTION = "retention"
    REFERRAL = "referral"
    REVENUE = "revenue"


class SpendingLevel(StrEnum):
    """The spending levels (消费水平) the member form offers. The field is free text; these
    presets are stored in Chinese, as they always were, and worded per language."""

    LOW = "低"
    MEDIUM = "中"
    HIGH = "高"
    VIP = "VIP"


class ActivityKind(StrEnum):
    MESSAGE = "发言"
    SHARE = "分享"
    INVITE = "邀请"
    ATTEND = "参加活动"
    PURCHASE = "购买"


class ViolationAction(StrEnum):
    REMINDER = "提醒"
    WARNING = "警告"
    MUTE = "禁言"
    REMOVE = "移出"
    BAN = "拉黑"


class EventKind(StrEnum):
    TALK = "讲座"
    SHARING = "分享会"
    MEETUP = "聚会"
    WORKSHOP = "工作坊"
    LIVE = "直播"
    GIVEAWAY = "抽奖"
    PROMOTION = "促销"
    EXHIBITION = "展会"
    OTHER = "其他"


class EventStatus(StrEnum):
    DRAFT = "草稿"
    PUBLISHED = "已发布"
    RUNNING = "进行中"
    FINISHED = "已结束"
    CANCELLED = "已取消"


class RegistrationStatus(StrEnum):
    REGISTERED = "registered"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"


class MaterialCategory(StrEnum):
    PROMOTION = "宣传物料"
    GIFT = "礼品"
    EQUIPMENT = "设备"
    STATIONERY = "文具"
    CATERING = "餐饮"
    VENUE = "场地"
    OTHER = "其他"


class ItemStatus(StrEnum):
    TO_PREPARE = "待准备"
    ORDERED = "已下单"
    ARRIVED = "已到货"
    PACKED = "已打包"
    USED = "已使用"
    RETURNED = "已归还"


class NeedKind(StrEnum):
    COMMON = "共性"
    PERSONAL = "个性"


class NeedStatus(StrEnum):
    NEW = "new"
    PLANNED = "planned"
    DONE = "done"
    DECLINED = "declined"


class PlanSection(StrEnum):
    """The written parts of a community plan, in the order the practice gives them."""

    TARGET_USERS = "target_users"
    POSITIONING = "positioning"
    TONE = "tone"
    GOALS = "goals"
    CHANNELS = "channels"
    CONTENT_STRATEGY = "content_strategy"
    INTERACTION_STRATEGY = "interaction_strategy"
    USER_MANAGEMENT = "user_management"
    RULES = "rules"
    BUSINESS_STRATEGY = "business_strategy"
    ORGANIZATION = "organization"
    RISK_MANAGEMENT = "risk_management"


class PlanStep(StrEnum):
    """The seven implementation steps, stored by their step number 1-7 in ``plan_stages``."""

    TARGET_USERS = "确定目标用户"
    PLATFORM = "选择平台"
    STRATEGY = "制定策略"
    BUILD = "建立社群"
    VALUE = "提供价值和互动"
    MAINTAIN = "维护社群"
    OPTIMISE = "分析数据和优化"
