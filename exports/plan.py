"""A community's plan as an xlsx workbook, through the shared writer (``exports.xlsx``).

Sheets, one per part: 规划 (the written sections), 目标 (goals with their live number,
progress and on-track status), 分工 (roles), 风险 (the register, score = likelihood x
impact, coloured), 风险矩阵 (open risks counted per likelihood x impact, cells coloured by
score), 路线图 (the seven steps), 群规 (numbered rules), 升级规则 (escalation policy),
违规记录 (the community's violations, latest first) and 需求池 (needs by priority).
Headers and stored vocabularies are Chinese, like the other exports.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from exports.xlsx import write_xlsx
from exports.xlsx_spec import Column, Highlight, Kind, Progress, Sheet
from models.core.vocab import NeedStatus, PlanSection, PlanStep
from models.plan import document, moderation, needs
from models.plan.goals import GoalStatus, plan_progress

SECTION_TITLES = {
    PlanSection.TARGET_USERS: "目标用户", PlanSection.POSITIONING: "定位",
    PlanSection.TONE: "主题与调性", PlanSection.GOALS: "目标", PlanSection.CHANNELS: "平台/渠道",
    PlanSection.CONTENT_STRATEGY: "内容策略", PlanSection.INTERACTION_STRATEGY: "互动策略",
    PlanSection.USER_MANAGEMENT: "用户管理", PlanSection.RULES: "群规",
    PlanSection.BUSINESS_STRATEGY: "商业策略", PlanSection.ORGANIZATION: "组织结构",
    PlanSection.RISK_MANAGEMENT: "风险管理",
}
METRIC_NAMES = {
    "member_count": "成员数", "new_members": "新增成员", "active_30d": "30 天活跃成员",
    "retention_30d": "30 天留存率", "events_held": "举办活动数", "attendance_rate": "平均到场率",
    "conversion_rate": "转化率", "points_issued": "发放积分", "manual": "手动填写",
}
GOAL_STATUS_NAMES = {
    GoalStatus.NOT_STARTED: "未开始", GoalStatus.ON_TRACK: "进度正常", GoalStatus.BEHIND: "落后",
    GoalStatus.MET: "已达成", GoalStatus.MISSED: "未达成", GoalStatus.NO_DATA: "暂无数据",
}
RISK_STATUS_NAMES = {"open": "未处理", "mitigating": "处理中", "closed": "已关闭"}
STAGE_STATUS_NAMES = {"todo": "未开始", "doing": "进行中", "done": "已完成", "skipped": "跳过"}
NEED_STATUS_NAMES = {NeedStatus.NEW: "新需求", NeedStatus.PLANNED: "已排期",
                     NeedStatus.DONE: "已完成", NeedStatus.DECLINED: "不采纳"}
SHEETS = ("规划", "目标", "分工", "风险", "风险矩阵", "路线图", "群规", "升级规则", "违规记录",
          "需求池")
#: Fill colours of the risk levels, as the window's matrix.
LEVEL_FILLS = {"high": ("EF9A9A", "8E0000"), "medium": ("FFE082", "6D4C00"),
               "low": ("C8E6C9", "1B5E20")}


@dataclass(frozen=True)
class PlanExportSummary:
    path: Path
    community: str
    rows: dict[str, int]


def _score_highlights(header: str) -> list[Highlight]:
    """Colour a score column by level (the first matching rule wins)."""
    return [Highlight(header, formula=f"{{cell}}>={lo}", fill=fill, font_color=font)
            for lo, (fill, font) in ((15, LEVEL_FILLS["high"]), (8, LEVEL_FILLS["medium"]),
                                     (1, LEVEL_FILLS["low"]))]


def _matrix_sheet(cells: dict[tuple[int, int], list[str]]) -> Sheet:
    """Rows: impact 5 down to 1; columns: likelihood 1-5; a cell = open risks there. Each
    cell is coloured by its score (impact x likelihood), whatever its count."""
    columns = [Column("影响 \\ 可能性", Kind.INT, width=14)] + [
        Column(f"可能性 {n}", Kind.INT, width=11) for n in range(1, 6)]
    rows = [[impact] + [len(cells[(likelihood, impact)]) for likelihood in range(1, 6)]
            for impact in range(5, 0, -1)]
    highlights = []
    for n in range(1, 6):
        for lo, level in ((15, "high"), (8, "medium"), (1, "low")):
            fill, font = LEVEL_FILLS[level]
            highlights.append(Highlight(f"可能性 {n}", formula=f"$A{{row}}*{n}>={lo}",
                                        fill=fill, font_color=font))
    return Sheet("风险矩阵", columns, rows, row_count=5, highlights=highlights, autofilter=False)


def plan_sheets(conn: sqlite3.Connection, community_id: int, today: date) -> list[Sheet]:
    found = document.get_plan(conn, community_id)
    if found is None:
        raise LookupError(f"community {community_id} has no plan")
    plan_id = found.id
    written = document.sections(conn, plan_id)
    sections = Sheet("规划", [Column("部分", width=14), Column("内容", wrap=True, width=90)],
                     [[SECTION_TITLES[PlanSection(k)], v] for k, v in written.items()],
                     row_count=len(written))

    progress = plan_progress(conn, community_id, plan_id, today)
    rate = document.RATE_METRICS

    goal_rows = [[p.goal.title, METRIC_NAMES.get(p.goal.metric, p.goal.metric),
                  p.goal.baseline, p.goal.target, p.actual,
                  None if p.expected is None else round(p.expected, 4),
                  p.progress, GOAL_STATUS_NAMES[p.status], p.goal.starts_on, p.goal.due_on,
                  "比例" if p.goal.metric in rate else "数量"] for p in progress]
    goals = Sheet("目标", [
        Column("目标"), Column("指标"), Column("基线", Kind.NUMBER), Column("目标值", Kind.NUMBER),
        Column("当前", Kind.NUMBER), Column("按时间应达到", Kind.NUMBER),
        Column("完成度", Kind.PERCENT), Column("状态", width=10), Column("开始", Kind.DATE),
        Column("截止", Kind.DATE), Column("单位", width=7)], goal_rows, row_count=len(goal_rows),
        highlights=[Highlight("状态", "equal", ('"落后"',)),
                    Highlight("状态", "equal", ('"未达成"',)),
                    Highlight("状态", "equal", ('"进度正常"',), fill="C6EFCE", font_color="006100"),
                    Highlight("状态", "equal", ('"已达成"',), fill="BDD7EE", font_color="1F4E78")])

    role_rows = [[r["role"], r["person"] or r.get("member_name") or "", r["duties"]]
                 for r in document.roles(conn, plan_id)]
    roles = Sheet("分工", [Column("角色"), Column("负责人"), Column("职责", wrap=True, width=60)],
                  role_rows, row_count=len(role_rows))

    risk_rows = [[r["description"], r["category"], r["likelihood"], r["impact"], r["score"],
                  r["mitigation"], r["owner"], RISK_STATUS_NAMES.get(r["status"], r["status"])]
                 for r in document.risks(conn, plan_id)]
    risks = Sheet("风险", [
        Column("风险", wrap=True, width=36), Column("类别", choices=document.RISK_CATEGORIES),
        Column("可能性", Kind.INT, width=8), Column("影响", Kind.INT, width=8),
        Column("分值", Kind.INT, width=8), Column("应对措施", wrap=True, width=50),
        Column("负责人"), Column("状态", choices=tuple(RISK_STATUS_NAMES.values()))],
        risk_rows, row_count=len(risk_rows), highlights=_score_highlights("分值"))

    stage_rows = [[s["step"], document.step_name(s["step"]),
                   STAGE_STATUS_NAMES.get(s["status"], s["status"]), s["starts_on"], s["due_on"],
                   s["notes"]] for s in document.stages(conn, plan_id)]
    roadmap = Sheet("路线图", [
        Column("步骤", Kind.INT, width=6), Column("名称", width=16),
        Column("状态", choices=tuple(STAGE_STATUS_NAMES.values()), width=9),
        Column("开始", Kind.DATE), Column("截止", Kind.DATE), Column("备注", wrap=True, width=50)],
        stage_rows, row_count=len(stage_rows))
    assert len(stage_rows) == len(PlanStep)

    rule_rows = [[n, r["text"]]
                 for n, r in enumerate(document.rows(conn, "plan_rules", plan_id), 1)]
    rules = Sheet("群规", [Column("序号", Kind.INT, width=6), Column("群规", wrap=True, width=80)],
                  rule_rows, row_count=len(rule_rows))

    steps = moderation.policy(conn, community_id)
    policy = Sheet("升级规则", [
        Column("已有次数", Kind.INT), Column("计入的处理", width=12), Column("天数内", Kind.INT),
        Column("建议处理", width=10), Column("禁言天数", Kind.INT)],
        [[s.threshold, s.counted or "任意", s.window_days, s.action, s.mute_days] for s in steps],
        row_count=len(steps))

    _total, log = moderation.violation_log(conn, community_id, limit=100_000)
    violations = Sheet("违规记录", [
        Column("时间", Kind.DATETIME), Column("成员"), Column("违反群规", width=24),
        Column("处理", width=8), Column("禁言至", Kind.DATE), Column("处理人")],
        [[v.occurred_at, v.member, v.rule, v.action, v.until, v.handled_by] for v in log],
        row_count=len(log))

    backlog = needs.list_needs(conn, community_id, limit=1_000_000)
    need_sheet = Sheet("需求池", [
        Column("优先级", Kind.INT, width=8), Column("需求", wrap=True, width=40),
        Column("类型", choices=("共性", "个性"), width=8), Column("紧急度", Kind.INT, width=8),
        Column("重要度", Kind.INT, width=8),
        Column("状态", choices=tuple(NEED_STATUS_NAMES.values()), width=9),
        Column("提出人"), Column("来源"), Column("收集时间", Kind.DATE)],
        [[n.priority, n.text, n.kind, n.urgency, n.importance,
          NEED_STATUS_NAMES.get(NeedStatus(n.status), n.status), n.member, n.source,
          n.created_at] for n in backlog], row_count=len(backlog),
        highlights=_score_highlights("优先级"))

    return [sections, goals, roles, risks, _matrix_sheet(document.risk_matrix(conn, plan_id)),
            roadmap, rules, policy, violations, need_sheet]


def export_plan(conn: sqlite3.Connection, path: Path | str, community_id: int, today: date,
                progress: Progress | None = None) -> PlanExportSummary:
    found = document.get_plan(conn, community_id)
    if found is None:
        raise LookupError(f"community {community_id} has no plan")
    summary = write_xlsx(path, plan_sheets(conn, community_id, today), progress=progress)
    return PlanExportSummary(Path(path), found.community, summary.rows)
