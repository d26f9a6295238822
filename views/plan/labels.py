"""Display labels and prompts for the plan's vocabularies, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.core.vocab import NeedKind, NeedStatus, PlanSection, PlanStep

translate = QCoreApplication.translate


def section_title(key: str) -> str:
    return {
        PlanSection.TARGET_USERS: translate("PlanLabels", "Target users"),
        PlanSection.POSITIONING: translate("PlanLabels", "Positioning"),
        PlanSection.TONE: translate("PlanLabels", "Theme and tone"),
        PlanSection.GOALS: translate("PlanLabels", "Goals"),
        PlanSection.CHANNELS: translate("PlanLabels", "Platform and channels"),
        PlanSection.CONTENT_STRATEGY: translate("PlanLabels", "Content strategy"),
        PlanSection.INTERACTION_STRATEGY: translate("PlanLabels", "Interaction strategy"),
        PlanSection.USER_MANAGEMENT: translate("PlanLabels", "Member management"),
        PlanSection.RULES: translate("PlanLabels", "Group rules"),
        PlanSection.BUSINESS_STRATEGY: translate("PlanLabels", "Business strategy"),
        PlanSection.ORGANIZATION: translate("PlanLabels", "Organisation"),
        PlanSection.RISK_MANAGEMENT: translate("PlanLabels", "Risk management"),
    }.get(key, key)


def section_prompt(key: str) -> str:
    """What a good answer contains."""
    return {
        PlanSection.TARGET_USERS: translate(
            "PlanLabels", "Who exactly: age, city, job, what they care about and why they "
            "would join. Name the main group and any secondary one."),
        PlanSection.POSITIONING: translate(
            "PlanLabels", "What this community is, in one or two sentences, and what it is "
            "not. What members get here that they cannot get elsewhere."),
        PlanSection.TONE: translate(
            "PlanLabels", "The themes talked about and how the group sounds: professional, "
            "relaxed, playful… with an example of a welcome message."),
        PlanSection.GOALS: translate(
            "PlanLabels", "Specific, measurable, achievable goals with a date. Bind each to a "
            "number on the Goals page so its progress is tracked."),
        PlanSection.CHANNELS: translate(
            "PlanLabels", "Where the community lives (WeChat group, WeCom, QQ…), where new "
            "members come from, and where content is kept."),
        PlanSection.CONTENT_STRATEGY: translate(
            "PlanLabels", "Regular columns with their rhythm (daily, weekly, monthly), who "
            "writes them, and what happens on special days."),
        PlanSection.INTERACTION_STRATEGY: translate(
            "PlanLabels", "How members take part: topics, check-ins, events, points and "
            "rewards, and how newcomers are welcomed."),
        PlanSection.USER_MANAGEMENT: translate(
            "PlanLabels", "How members are tagged, grown into core members, followed up when "
            "they go quiet, and what happens when they leave."),
        PlanSection.RULES: translate(
            "PlanLabels", "The spirit of the rules; the numbered rules themselves and the "
            "escalation policy are on the Rules and moderation page."),
        PlanSection.BUSINESS_STRATEGY: translate(
            "PlanLabels", "How the community pays for itself or earns: products, fees, "
            "sponsors, referrals, and what it costs to run."),
        PlanSection.ORGANIZATION: translate(
            "PlanLabels", "Who does what and when (names are on the Roles page): owner, "
            "admins, customer service, volunteers."),
        PlanSection.RISK_MANAGEMENT: translate(
            "PlanLabels", "What could go wrong and the first response; each risk goes into "
            "the register with likelihood, impact and mitigation."),
    }.get(key, "")


def metric(value: str) -> str:
    return {
        "member_count": translate("PlanLabels", "Member count"),
        "new_members": translate("PlanLabels", "New members in the period"),
        "active_30d": translate("PlanLabels", "Active members (last 30 days)"),
        "retention_30d": translate("PlanLabels", "30-day retention"),
        "events_held": translate("PlanLabels", "Events held"),
        "attendance_rate": translate("PlanLabels", "Average attendance rate"),
        "conversion_rate": translate("PlanLabels", "Conversion rate"),
        "points_issued": translate("PlanLabels", "Points issued"),
        "manual": translate("PlanLabels", "Manual number"),
    }.get(value, value)


def goal_status(value: str) -> str:
    return {
        "not_started": translate("PlanLabels", "Not started"),
        "on_track": translate("PlanLabels", "On track"),
        "behind": translate("PlanLabels", "Behind"),
        "met": translate("PlanLabels", "Met"),
        "missed": translate("PlanLabels", "Missed"),
        "no_data": translate("PlanLabels", "No data"),
    }.get(value, value)


def risk_category(value: str) -> str:
    return {
        "言论/内容违规": translate("PlanLabels", "Speech/content violation"),
        "舆情": translate("PlanLabels", "Public opinion"),
        "数据泄露": translate("PlanLabels", "Data leak"),
        "合规": translate("PlanLabels", "Compliance"),
        "恶意攻击/举报": translate("PlanLabels", "Malicious attack/report"),
        "成员流失": translate("PlanLabels", "Member churn"),
        "其他": translate("PlanLabels", "Other"),
    }.get(value, value)


def risk_status(value: str) -> str:
    return {"open": translate("PlanLabels", "Open"),
            "mitigating": translate("PlanLabels", "Mitigating"),
            "closed": translate("PlanLabels", "Closed")}.get(value, value)


def stage_status(value: str) -> str:
    return {"todo": translate("PlanLabels", "To do"),
            "doing": translate("PlanLabels", "In progress"),
            "done": translate("PlanLabels", "Done"),
            "skipped": translate("PlanLabels", "Skipped")}.get(value, value)


def step(value: str) -> str:
    return {
        PlanStep.TARGET_USERS: translate("PlanLabels", "Define target users"),
        PlanStep.PLATFORM: translate("PlanLabels", "Choose the platform"),
        PlanStep.STRATEGY: translate("PlanLabels", "Set the strategy"),
        PlanStep.BUILD: translate("PlanLabels", "Build the community"),
        PlanStep.VALUE: translate("PlanLabels", "Provide value and interaction"),
        PlanStep.MAINTAIN: translate("PlanLabels", "Maintain the community"),
        PlanStep.OPTIMISE: translate("PlanLabels", "Analyse data and optimise"),
    }.get(value, value)


def need_kind(value: str) -> str:
    return {NeedKind.COMMON: translate("PlanLabels", "Common"),
            NeedKind.PERSONAL: translate("PlanLabels", "Individual")}.get(value, value)


def need_status(value: str) -> str:
    return {NeedStatus.NEW: translate("PlanLabels", "New"),
            NeedStatus.PLANNED: translate("PlanLabels", "Planned"),
            NeedStatus.DONE: translate("PlanLabels", "Done"),
            NeedStatus.DECLINED: translate("PlanLabels", "Declined")}.get(value, value)


def template_name(key: str) -> str:
    return {"empty": translate("PlanLabels", "Empty plan"),
            "customer": translate("PlanLabels", "Customer / product users group"),
            "interest": translate("PlanLabels", "Interest community"),
            "paid": translate("PlanLabels", "Paid community")}.get(key, key)
