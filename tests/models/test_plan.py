"""The community plan in the workspace: sections, rows, risks, templates, moderation, needs."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from models.core.vocab import PlanSection, PlanStep
from models.members import profile
from models.members.communities import create_community
from models.members.records import create_member
from models.plan import document, moderation, needs, templates
from models.store.workspace import open_workspace

TODAY = date(2026, 11, 23)


@pytest.fixture
def ws(workspace_path):
    with open_workspace(workspace_path) as ws:
        yield ws


@pytest.fixture
def community(ws):
    with ws.transaction():
        return create_community(ws.conn, "读书会").id


def test_empty_plan_has_every_section_and_the_seven_steps(ws, community):
    plan_id = document.ensure_plan(ws.conn, community)
    assert document.ensure_plan(ws.conn, community) == plan_id
    assert list(document.sections(ws.conn, plan_id)) == [s.value for s in PlanSection]
    assert [s["step"] for s in document.stages(ws.conn, plan_id)] == list(range(1, 8))
    assert document.step_name(7) == PlanStep.OPTIMISE


def test_section_saved_as_typed_and_read_back(ws, community):
    plan_id = document.ensure_plan(ws.conn, community)
    change = document.save_section(ws.conn, plan_id, "positioning", "城市读书交流")
    assert change.touches("plan_sections")
    document.save_section(ws.conn, plan_id, "positioning", "城市读书交流与分享")
    assert document.sections(ws.conn, plan_id)["positioning"] == "城市读书交流与分享"
    with pytest.raises(ValueError):
        document.save_section(ws.conn, plan_id, "nonsense", "x")


@pytest.mark.parametrize("likelihood, impact, score, level", [
    (1, 1, 1, "low"), (2, 3, 6, "low"), (2, 4, 8, "medium"), (3, 4, 12, "medium"),
    (3, 5, 15, "high"), (5, 5, 25, "high")])
def test_risk_score_is_likelihood_times_impact(ws, community, likelihood, impact, score, level):
    plan_id = document.ensure_plan(ws.conn, community)
    document.add_row(ws.conn, "plan_risks", plan_id, {
        "description": "广告刷屏", "category": "言论/内容违规", "likelihood": likelihood,
        "impact": impact})
    (risk,) = document.risks(ws.conn, plan_id)
    assert risk["score"] == score
    assert document.risk_level(score) == level
    assert document.risk_matrix(ws.conn, plan_id)[(likelihood, impact)] == ["广告刷屏"]


@pytest.mark.parametrize("values", [
    {"description": "x", "category": "天灾"}, {"description": "x", "likelihood": 6},
    {"description": "", "impact": 2}, {"description": "x", "impact": "high"}])
def test_risk_refuses_bad_values(ws, community, values):
    plan_id = document.ensure_plan(ws.conn, community)
    with pytest.raises(ValueError):
        document.add_row(ws.conn, "plan_risks", plan_id, values)
    assert document.risks(ws.conn, plan_id) == []


def test_rows_edit_and_delete(ws, community):
    plan_id = document.ensure_plan(ws.conn, community)
    role_id, _ = document.add_row(ws.conn, "plan_roles", plan_id,
                                  {"role": "管理员", "duties": "巡群"})
    second, _ = document.add_row(ws.conn, "plan_roles", plan_id, {"role": "客服"})
    assert [r["position"] for r in document.roles(ws.conn, plan_id)] == [0, 1]
    document.update_row(ws.conn, "plan_roles", role_id, {"person": "小王"})
    assert document.roles(ws.conn, plan_id)[0]["person"] == "小王"
    document.delete_row(ws.conn, "plan_roles", role_id)
    assert [r["id"] for r in document.roles(ws.conn, plan_id)] == [second]
    with pytest.raises(ValueError):
        document.update_row(ws.conn, "plan_roles", role_id, {"plan_id": 99})


@pytest.mark.parametrize("key", list(templates.TEMPLATES))
def test_templates_create_complete_plans(ws, key):
    community_id, change = templates.create_community_with_plan(
        ws.conn, f"群 {key}", "微信群", key, TODAY)
    assert change.touches("communities")
    plan_id = document.get_plan(ws.conn, community_id).id
    template = templates.TEMPLATES[key]
    written = document.sections(ws.conn, plan_id)
    stages = document.stages(ws.conn, plan_id)
    assert len(stages) == 7
    assert len(moderation.policy(ws.conn, community_id)) >= 3
    if key == "empty":
        assert not any(written.values())
        return
    assert all(written[s.value].strip() for s in PlanSection), "every section written"
    goals = document.rows(ws.conn, "plan_goals", plan_id)
    assert len(goals) == len(template.goals) >= 4
    assert all(g["starts_on"] == TODAY.isoformat() and g["due_on"] > g["starts_on"]
               for g in goals)
    assert {g["metric"] for g in goals} <= set(document.METRICS)
    assert len(document.roles(ws.conn, plan_id)) >= 4
    risks = document.risks(ws.conn, plan_id)
    assert len(risks) >= 6 and all(r["mitigation"] for r in risks)
    assert {r["category"] for r in risks} <= set(document.RISK_CATEGORIES)
    assert len(document.rows(ws.conn, "plan_rules", plan_id)) >= 6
    assert all(s["notes"] for s in stages)


def test_community_names_include_archived_ones(ws, community):
    from models.members.communities import community_names

    ws.conn.execute("UPDATE communities SET archived = 1 WHERE id = ?", (community,))
    assert community_names(ws.conn) == {"读书会"}

def _member(ws, community_id, name="张伟"):
    member_id, _ = create_member(ws.conn, {"display_name": name}, community_id)
    return member_id


def _violation(ws, member_id, community_id, action, days_ago, until=None):
    ws.conn.execute(
        "INSERT INTO violations (member_id, community_id, occurred_at, rule, action, until)"
        " VALUES (?, ?, ?, '发广告', ?, ?)",
        (member_id, community_id, (TODAY - timedelta(days=days_ago)).isoformat() + "T10:00:00",
         action, until))


def test_escalation_suggests_the_next_action_after_n_warnings(ws, community):
    member = _member(ws, community)
    first = moderation.suggest(ws.conn, member, community, TODAY)
    assert (first.action, first.step) == ("提醒", None)
    _violation(ws, member, community, "提醒", 3)
    assert moderation.suggest(ws.conn, member, community, TODAY).action == "警告"
    _violation(ws, member, community, "警告", 20)
    _violation(ws, member, community, "警告", 10)
    assert moderation.suggest(ws.conn, member, community, TODAY).action == "警告"
    _violation(ws, member, community, "警告", 1)
    third = moderation.suggest(ws.conn, member, community, TODAY)
    assert (third.action, third.until, third.count) == ("禁言", "2026-11-30", 3)


def test_escalation_counts_only_the_window_and_the_community(ws, community):
    with ws.transaction():
        other = create_community(ws.conn, "跑步群").id
    member = _member(ws, community)
    for days in (40, 35, 31):  # three warnings, all older than 30 days
        _violation(ws, member, community, "警告", days)
    for days in (1, 2, 3):
        _violation(ws, member, other, "警告", days)
    assert moderation.suggest(ws.conn, member, community, TODAY).action == "提醒"
    assert moderation.suggest(ws.conn, member, other, TODAY).action == "禁言"


def test_a_community_policy_replaces_the_default(ws, community):
    moderation.copy_default_policy(ws.conn, community)
    steps = moderation.policy(ws.conn, community)
    document.update_row(ws.conn, "escalation_steps", steps[1].id,
                    {"threshold": 2, "mute_days": 3})
    member = _member(ws, community)
    _violation(ws, member, community, "警告", 2)
    _violation(ws, member, community, "警告", 1)
    suggestion = moderation.suggest(ws.conn, member, community, TODAY)
    assert (suggestion.action, suggestion.until) == ("禁言", "2026-11-26")


def test_muted_and_banned_lists_follow_recorded_violations(ws, community):
    muted, banned = _member(ws, community, "李娜"), _member(ws, community, "王强")
    profile.record_violation(ws.conn, muted, community, "刷屏", "禁言", "2026-11-30", "管理员")
    profile.record_violation(ws.conn, banned, community, "诈骗", "拉黑", None, "群主")
    (m,) = moderation.restricted(ws.conn, community, "muted")
    assert (m.member, m.until, m.rule) == ("李娜", "2026-11-30", "刷屏")
    assert not moderation.mute_expired(m, TODAY)
    assert moderation.mute_expired(m, date(2026, 12, 1))
    (b,) = moderation.restricted(ws.conn, None, "banned")
    assert b.member == "王强"
    total, log = moderation.violation_log(ws.conn, community)
    assert total == 2 and {r.member for r in log} == {"李娜", "王强"}
    old, _ = moderation.set_membership_status(ws.conn, muted, community, "active")
    assert old == "muted" and moderation.restricted(ws.conn, community, "muted") == []



def test_needs_sorted_by_priority(ws, community):
    member = _member(ws, community)
    for text, urgency, importance in (("回放", 2, 2), ("入门指南", 5, 4), ("同城", 4, 5),
                                      ("积分商城", 3, 3)):
        document.add_row(ws.conn, "needs", community, {
            "text": text, "urgency": urgency, "importance": importance, "kind": "共性",
            "member_id": member, "status": "new"})
    found = needs.list_needs(ws.conn, community)
    assert [n.text for n in found] == ["入门指南", "同城", "积分商城", "回放"]
    assert [n.priority for n in found] == [20, 20, 9, 4]
    assert found[0].member == "张伟"
    assert needs.priority_band(20) == "high" and needs.priority_band(9) == "medium"
    document.update_row(ws.conn, "needs", found[-1].id, {"status": "done"})
    assert [n.text for n in needs.list_needs(ws.conn, community, ("new",))] == [
        "入门指南", "同城", "积分商城"]
    with pytest.raises(ValueError):
        document.add_row(ws.conn, "needs", community, {"text": "x", "kind": "其他"})
