"""The plan workbook read back sheet by sheet."""

from __future__ import annotations

import openpyxl
import pytest

from exports.plan import SHEETS, export_plan
from models.members import profile
from models.members.records import create_member
from models.plan import document, templates
from models.store.workspace import open_workspace
from tests.conftest import DEMO_TODAY


@pytest.fixture
def workbook(tmp_path):
    with open_workspace(tmp_path / "w.qunzhu") as ws:
        cid, _ = templates.create_community_with_plan(ws.conn, "付费读书会", "微信群", "paid",
                                                           DEMO_TODAY)
        plan_id = document.get_plan(ws.conn, cid).id
        member, _ = create_member(ws.conn, {"display_name": "=张伟"}, cid)
        # joined on the export's day, not the machine's: the goal counts members as of that day
        ws.conn.execute("UPDATE memberships SET joined_at = ?", (f"{DEMO_TODAY}T09:00:00",))
        profile.record_violation(ws.conn, member, cid, "发广告", "警告", None, "管理员")
        document.add_row(ws.conn, "needs", cid, {"text": "想要回放", "urgency": 2, "importance": 2,
                                             "member_id": member})
        document.add_row(ws.conn, "needs", cid, {"text": "入门指南", "urgency": 5, "importance": 4})
        last_goal = document.rows(ws.conn, "plan_goals", plan_id)[-1]["id"]
        document.update_row(ws.conn, "plan_goals", last_goal, {"manual_value": 4.6})
        path = tmp_path / "plan.xlsx"
        summary = export_plan(ws.conn, path, cid, DEMO_TODAY)
    assert summary.community == "付费读书会"
    return openpyxl.load_workbook(path)


def rows(sheet):
    return [list(r) for r in sheet.iter_rows(values_only=True)]


def test_a_sheet_per_part(workbook):
    assert workbook.sheetnames[:len(SHEETS)] == list(SHEETS)


def test_sections_sheet(workbook):
    found = rows(workbook["规划"])
    assert found[0] == ["部分", "内容"]
    assert [r[0] for r in found[1:]][:3] == ["目标用户", "定位", "主题与调性"]
    assert len(found) == 13 and all(r[1] for r in found[1:])


def test_goals_sheet_with_progress(workbook):
    found = rows(workbook["目标"])
    assert found[0][:8] == ["目标", "指标", "基线", "目标值", "当前", "按时间应达到", "完成度",
                            "状态"]
    manual = [r for r in found if r[1] == "手动填写"][0]
    assert manual[3] == 4.5 and manual[4] == 4.6 and manual[7] == "已达成" and manual[6] == 1
    member = [r for r in found if r[1] == "成员数"][0]
    assert member[4] == 1 and member[7] in ("进度正常", "落后", "未开始")
    assert workbook["目标"]["G2"].number_format == "0.0%"


def test_risks_and_matrix(workbook):
    risks = rows(workbook["风险"])
    assert risks[0][:5] == ["风险", "类别", "可能性", "影响", "分值"]
    assert all(r[4] == r[2] * r[3] for r in risks[1:])
    assert [r[4] for r in risks[1:]] == sorted((r[4] for r in risks[1:]), reverse=True)
    matrix = rows(workbook["风险矩阵"])
    assert matrix[0] == ["影响 \\ 可能性"] + [f"可能性 {n}" for n in range(1, 6)]
    assert [r[0] for r in matrix[1:]] == [5, 4, 3, 2, 1]
    open_risks = [r for r in risks[1:] if r[7] != "已关闭"]
    assert sum(sum(r[1:]) for r in matrix[1:]) == len(open_risks)
    for r in open_risks:
        assert matrix[1 + 5 - r[3]][r[2]] >= 1
    assert len(workbook["风险矩阵"].conditional_formatting) >= 5


def test_roadmap_rules_policy(workbook):
    roadmap = rows(workbook["路线图"])
    assert [r[1] for r in roadmap[1:]] == ["确定目标用户", "选择平台", "制定策略", "建立社群",
                                           "提供价值和互动", "维护社群", "分析数据和优化"]
    rules = rows(workbook["群规"])
    assert [r[0] for r in rules[1:]] == list(range(1, len(rules)))
    assert "外传" in rules[-1][1]
    policy = rows(workbook["升级规则"])
    assert policy[2][:5] == [2, "警告", 60, "禁言", 3]


def test_violations_and_needs(workbook):
    log = rows(workbook["违规记录"])
    assert log[1][1:4] == ["=张伟", "发广告", "警告"]
    assert workbook["违规记录"]["B2"].data_type == "s", "text, never a formula"
    backlog = rows(workbook["需求池"])
    assert [r[0] for r in backlog[1:]] == [20, 4]
    assert backlog[2][6] == "=张伟"
