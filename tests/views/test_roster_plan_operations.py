"""Every write of the roster and plan tabs is one operation on the undo stack (issue 15).

For each: undo brings back exactly the tables of before (checksums), redo those of after.
A refused write leaves no step behind and nothing written; an undo whose rows changed
since, outside the stack, is refused and changes nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton

from models.members import memberships, profile, records
from models.members.communities import list_communities
from models.plan import document, moderation
from models.store.workspace import Workspace, open_workspace
from tests.checksums import checksum, differing, fts_ok
from tests.conftest import DEMO_TODAY
from views import labels
from views.plan import goals as goals_page
from views.plan import moderation as moderation_page
from views.plan.view import PlanView
from views.roster.member_form import MemberForm
from views.roster.view import RosterView

MEASURE = goals_page.GoalsPage.measure  # the real one (the fixture keeps it still)


@dataclass
class Env:
    ws: Workspace
    stack: QUndoStack
    roster: RosterView
    plan: PlanView
    told: list[str]
    monkeypatch: pytest.MonkeyPatch
    community_id: int

    @property
    def conn(self) -> sqlite3.Connection:
        return self.ws.conn

    def page(self, name: str):
        page = getattr(self.plan, name)
        self.plan.pages.setCurrentWidget(page)
        return page

    def members(self, count: int = 3, *, active: bool = True) -> list[int]:
        """Members of the community in sight (the first ``count`` by id)."""
        status = " AND ms.status = 'active'" if active else ""
        return [r[0] for r in self.conn.execute(
            "SELECT ms.member_id FROM memberships ms JOIN members m ON m.id = ms.member_id"
            f" WHERE ms.community_id = ? AND m.deleted_at IS NULL{status}"
            " ORDER BY ms.member_id LIMIT ?", (self.community_id, count))]

    def select(self, ids: list[int]) -> None:
        self.monkeypatch.setattr(self.roster, "selected_ids", lambda: list(ids))

    def first_id(self, table: str) -> int:
        owner = "community_id" if table in ("needs", "escalation_steps") else "plan_id"
        key = self.community_id if owner == "community_id" else self.plan.ctx.plan_id
        return self.conn.execute(f"SELECT min(id) FROM {table} WHERE {owner} = ?",
                                 (key,)).fetchone()[0]


@pytest.fixture
def env(demo_path, qtbot, monkeypatch):
    monkeypatch.setattr(goals_page, "today", lambda: DEMO_TODAY)
    monkeypatch.setattr(moderation_page, "today", lambda: DEMO_TODAY)
    # The live goal numbers are read in the background after every change: kept still
    # here (they write nothing; a test reads them with MEASURE).
    monkeypatch.setattr(goals_page.GoalsPage, "measure", lambda self: None)
    told: list[str] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a, **k: (
            told.append(text), QMessageBox.StandardButton.Yes)[1])
    with open_workspace(demo_path) as ws:
        stack = QUndoStack()
        roster = RosterView(ws, stack)
        plan = PlanView(ws, stack)
        for view in (roster, plan):  # the main window's fan-out
            qtbot.addWidget(view)
            view.changed.connect(roster.apply_changes)
            view.changed.connect(plan.apply_changes)
        community_id = ws.conn.execute("SELECT min(id) FROM communities").fetchone()[0]
        roster.set_community(community_id)
        plan.set_community(community_id)
        roster.stack_ = stack
        yield Env(ws, stack, roster, plan, told, monkeypatch, community_id)
        stack.clear()
        for form in roster.findChildren(MemberForm):  # a dialog a refusal left open
            form._check_timer.stop()
        plan.close()


# -- the operations, driven as the user drives them ------------------------------------

def edit_member_inline(env: Env) -> None:
    from models.members.roster import Column

    model = env.roster.model
    assert model.setData(model.index(0, list(Column).index(Column.CITY)), "苏州")


def tag_selected(env: Env) -> None:
    env.select(env.members())
    env.monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("回归用户", True))
    env.roster.add_tag_to_selected()


def untag_selected(env: Env) -> None:
    tag, member = env.conn.execute(
        "SELECT t.name, mt.member_id FROM member_tags mt JOIN tags t ON t.id = mt.tag_id"
        " ORDER BY mt.member_id LIMIT 1").fetchone()
    env.select([member])
    env.monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (tag, True))
    env.roster.remove_tag_from_selected()


def set_stage_of_selected(env: Env) -> None:
    env.select(env.members())
    env.roster.set_stage_of_selected("revenue")


def join_community(env: Env) -> None:
    other = env.conn.execute("SELECT name FROM communities WHERE id != ? ORDER BY id LIMIT 1",
                             (env.community_id,)).fetchone()[0]
    env.select(env.members(5))
    env.monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (other, True))
    env.roster.join_selected()


def grant_points(env: Env) -> None:
    env.select(env.members())
    env.monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (15, True))
    env.monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("新年红包", True))
    env.roster.grant_points_to_selected()


def move_to_trash(env: Env) -> None:
    env.select(env.members(2))
    env.roster.delete_selected()


def restore_from_trash(env: Env) -> None:
    from views.roster.trash import TrashDialog

    trash = TrashDialog(env.ws, env.stack, env.roster.apply_changes)
    env.roster.window_trash_ = trash
    env.monkeypatch.setattr(trash, "selected_ids", lambda: env.trashed)
    trash.restore_selected()


def _trash_two(env: Env) -> None:
    env.trashed = env.members(2)
    records.set_deleted(env.conn, env.trashed, True)


def add_member(env: Env) -> None:
    dialog = env.roster.add_member()
    dialog.form.name.setText("赵六")
    dialog.form.phone.setText("13900001234")
    dialog.form.tags.setText("新人，VIP")
    assert dialog.form.validate()
    dialog.ok_button.click()


def save_profile(env: Env) -> None:
    dialog = env.roster.open_profile(env.members(1)[0])
    dialog.form.city.setText("宁波")
    dialog.form.name.setText("改了名")
    dialog.form.tags.setText("核心，志愿者")
    assert dialog.save()


def grant_points_in_profile(env: Env) -> None:
    dialog = env.roster.open_profile(env.members(1)[0])
    dialog.points_delta.setValue(-20)
    dialog.points_reason.setText("兑换礼品")
    dialog.findChild(type(dialog.erase_button), "grantPoints").click()


def record_violation_in_profile(env: Env) -> None:
    dialog = env.roster.open_profile(env.members(1)[0])
    dialog.violation_rule.setText("发广告")
    dialog.violation_action.setCurrentIndex(dialog.violation_action.findData("禁言"))
    dialog.findChild(type(dialog.erase_button), "recordViolation").click()


def set_role_of_selected(env: Env) -> None:
    env.select(env.members(4))
    answers = iter([next(c for c in list_communities(env.conn) if c.id == env.community_id).name,
                    labels.role("管理员")])
    env.monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (next(answers), True))
    env.roster.findChild(QPushButton, "bulkRole").click()


def set_role_in_profile(env: Env) -> None:
    tab = env.roster.open_profile(env.members(1)[0]).memberships_tab
    tab.role.setCurrentIndex(tab.role.findData("KOL"))
    assert tab.set_role()


def record_leaving_in_profile(env: Env) -> None:
    tab = env.roster.open_profile(env.members(1)[0]).memberships_tab
    tab.left_on.setDate(QDate(2026, 11, 20))
    tab.left_reason.setText("换城市了")
    assert tab.record_leave()


def _left_one(env: Env) -> None:
    memberships.record_leave(env.conn, env.members(1)[0], env.community_id, "2026-11-20", "忙")


def rejoin_in_profile(env: Env) -> None:
    tab = env.roster.open_profile(env.members(1)[0]).memberships_tab
    assert tab.rejoin()


def save_segment(env: Env) -> None:
    env.monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("杭州宝妈", True))
    env.roster.filter_bar.save_segment.click()


def type_in_a_section(env: Env) -> None:
    sections = env.page("sections")
    sections.editor("tone").insertPlainText("轻松、真诚")
    sections.flush()
    sections.editor("tone").insertPlainText("，不刷屏")
    sections.flush()  # the same section again: one undo step


def add_role(env: Env) -> None:
    env.page("roles")._on_add_clicked()


def edit_role(env: Env) -> None:
    env.page("roles")._on_table_edited(env.first_id("plan_roles"), "duties", "每日巡群两次")


def delete_role(env: Env) -> None:
    page = env.page("roles")
    page.table.select_id(env.first_id("plan_roles"))
    page._on_delete_clicked()


def link_role_to_member(env: Env) -> None:
    env.page("roles").link(env.first_id("plan_roles"), env.members(1)[0])


def edit_risk(env: Env) -> None:
    env.page("risks")._on_table_edited(env.first_id("plan_risks"), "likelihood", 5)


def add_risk(env: Env) -> None:
    env.page("risks")._on_add_clicked()


def edit_goal_target(env: Env) -> None:
    env.page("goals")._on_table_edited(env.first_id("plan_goals"), "target", 12345)


def edit_goal_metric(env: Env) -> None:
    env.page("goals")._on_table_edited(env.first_id("plan_goals"), "metric", "points_issued")


def add_goal(env: Env) -> None:
    env.page("goals")._on_add_clicked()


def edit_roadmap(env: Env) -> None:
    env.page("roadmap")._on_table_edited(env.first_id("plan_stages"), "status", "done")


def add_rule(env: Env) -> None:
    env.page("moderation").rules._on_add_clicked()


def delete_rule(env: Env) -> None:
    rules = env.page("moderation").rules
    rules.table.select_id(env.first_id("plan_rules"))
    rules._on_delete_clicked()


def _no_own_policy(env: Env) -> None:
    moderation.clear_policy(env.conn, env.community_id)


def customise_policy(env: Env) -> None:
    env.page("moderation").policy._on_own_clicked()


def _own_policy(env: Env) -> None:
    moderation.clear_policy(env.conn, env.community_id)
    moderation.copy_default_policy(env.conn, env.community_id)


def edit_policy(env: Env) -> None:
    env.page("moderation").policy._on_table_edited(env.first_id("escalation_steps"),
                                                    "mute_days", 3)


def add_need(env: Env) -> None:
    env.page("needs")._on_add_clicked()


def edit_need(env: Env) -> None:
    env.page("needs")._on_table_edited(env.first_id("needs"), "urgency", 5)


def link_need_to_member(env: Env) -> None:
    env.page("needs").link(env.first_id("needs"), env.members(1)[0])


def record_violation_in_plan(env: Env) -> None:
    member_id = env.members(1)[0]
    name = records.get_member(env.conn, member_id).display_name
    page = env.page("moderation")
    dialog = page.open_record_dialog()
    dialog.search.setText(name)
    dialog.hits.setCurrentRow([i for i in range(dialog.hits.count())
                               if dialog.hits.item(i).data(256) == member_id][0])
    dialog.action.setCurrentIndex(dialog.action.findData("拉黑"))
    dialog.rule.setCurrentText("不发广告")
    assert page.record(dialog)
    dialog.deleteLater()


def _mute_one(env: Env) -> None:
    env.muted = env.members(1)[0]
    profile.record_violation(env.conn, env.muted, env.community_id, "刷屏", "禁言",
                             "2026-12-01")


def lift_mute(env: Env) -> None:
    page = env.page("moderation")
    page.reload()
    row = [r for r in range(page.muted.rowCount())
           if page.muted.item(r, 0).data(256) == (env.muted, env.community_id)][0]
    page.muted.setCurrentCell(row, 0)
    page._lift(page.muted)


def new_community(env: Env) -> None:
    assert env.plan.create_community("新品体验官", "微信群", "customer") is not None


Step = Callable[[Env], None]
OPERATIONS: list[tuple[Step, Step | None]] = [
    (edit_member_inline, None), (tag_selected, None), (untag_selected, None),
    (set_stage_of_selected, None), (join_community, None), (grant_points, None),
    (move_to_trash, None), (restore_from_trash, _trash_two), (add_member, None),
    (save_profile, None), (grant_points_in_profile, None),
    (record_violation_in_profile, None), (save_segment, None),
    (type_in_a_section, None), (add_role, None), (edit_role, None), (delete_role, None),
    (link_role_to_member, None), (edit_risk, None), (add_risk, None),
    (edit_goal_target, None), (edit_goal_metric, None), (add_goal, None),
    (edit_roadmap, None), (add_rule, None), (delete_rule, None),
    (customise_policy, _no_own_policy), (edit_policy, _own_policy), (add_need, None),
    (edit_need, None), (link_need_to_member, None), (record_violation_in_plan, None),
    (lift_mute, _mute_one), (new_community, None),
    (set_role_of_selected, None), (set_role_in_profile, None),
    (record_leaving_in_profile, None), (rejoin_in_profile, _left_one),
]


@pytest.mark.parametrize("operation, setup", OPERATIONS,
                         ids=[op.__name__ for op, _ in OPERATIONS])
def test_undo_restores_every_table_and_redo_the_result(env, qtbot, operation, setup):
    if setup is not None:
        setup(env)
    before = checksum(env.conn)
    count = env.stack.count()
    operation(env)
    after = checksum(env.conn)
    assert differing(before, after), "the operation wrote nothing"
    assert env.stack.count() == count + 1, "one operation, one undo step"
    env.stack.undo()
    assert differing(checksum(env.conn), before) == []
    assert fts_ok(env.conn)
    env.stack.redo()
    assert differing(checksum(env.conn), after) == []
    env.stack.undo()
    assert differing(checksum(env.conn), before) == []
    qtbot.wait(1)  # any refusal would be reported on the next turn of the loop
    assert env.told == [] and env.stack.count() == count + 1


# -- a refused write leaves nothing behind -------------------------------------------------

def refuse_taken_community_name(env: Env) -> None:
    taken = env.conn.execute("SELECT name FROM communities LIMIT 1").fetchone()[0]
    assert env.plan.create_community(taken, "微信群", "customer") is None


def refuse_member_with_a_bad_phone(env: Env) -> None:
    dialog = env.roster.add_member()
    dialog.form.name.setText("赵六")
    dialog.form.phone.setText("1380013")
    assert env.roster._on_add_accepted(dialog) is None


def refuse_lifting_a_membership_gone_since(env: Env) -> None:
    _mute_one(env)
    page = env.page("moderation")
    page.reload()
    row = [r for r in range(page.muted.rowCount())
           if page.muted.item(r, 0).data(256) == (env.muted, env.community_id)][0]
    page.muted.setCurrentCell(row, 0)
    records.leave_community(env.conn, [env.muted], env.community_id)  # by another window
    env.before = checksum(env.conn)
    page._lift(page.muted)


def refuse_deleting_a_row_gone_since(env: Env) -> None:
    page = env.page("roles")
    role_id = env.first_id("plan_roles")
    page.table.select_id(role_id)
    document.delete_row(env.conn, "plan_roles", role_id)  # gone, the table not yet reloaded
    env.before = checksum(env.conn)
    page._on_delete_clicked()
    assert page.error.isVisibleTo(page)


def refuse_a_goal_target_that_is_no_number(env: Env) -> None:
    page = env.page("goals")
    page._on_table_edited(env.first_id("plan_goals"), "target", "45%")
    assert page.error.isVisibleTo(page)


REFUSED = [refuse_taken_community_name, refuse_member_with_a_bad_phone,
           refuse_lifting_a_membership_gone_since, refuse_deleting_a_row_gone_since,
           refuse_a_goal_target_that_is_no_number]


@pytest.mark.parametrize("refused", REFUSED, ids=[f.__name__ for f in REFUSED])
def test_a_refused_write_leaves_no_undo_step(env, refused):
    """Roster and plan commands used to write inside ``redo()``: a refusal there left the
    command on the stack, and undoing it reached an assert or wrote the wrong thing."""
    env.before = checksum(env.conn)
    refused(env)
    assert env.stack.count() == 0
    assert differing(checksum(env.conn), env.before) == []
    page = env.plan.pages.currentWidget()
    assert env.told or page.error.isVisibleTo(page), "the user is told why"


def _read_only(env: Env) -> None:
    env.conn.execute("PRAGMA query_only = ON").fetchall()


WRITES_WHEN_THE_FILE_REFUSES: list[tuple[Step, Step | None]] = [
    (tag_selected, None), (save_profile, None), (move_to_trash, None), (add_role, None),
    (edit_policy, _own_policy), (lift_mute, _mute_one), (type_in_a_section, None),
    (new_community, None)]


@pytest.mark.parametrize("operation, setup", WRITES_WHEN_THE_FILE_REFUSES,
                         ids=[op.__name__ for op, _ in WRITES_WHEN_THE_FILE_REFUSES])
def test_a_write_the_file_refuses_leaves_no_undo_step(env, operation, setup):
    """A workspace that refuses writes (damage found while open, a full disk): the error
    goes to the window's handler, and nothing is pushed."""
    if setup is not None:
        setup(env)
    before = checksum(env.conn)
    _read_only(env)
    try:
        with pytest.raises(sqlite3.OperationalError):
            operation(env)
    finally:
        env.conn.execute("PRAGMA query_only = OFF").fetchall()
    assert env.stack.count() == 0
    assert differing(checksum(env.conn), before) == []


# -- undo refuses when what it would undo changed since ----------------------------------

def _undo_is_refused(env: Env, qtbot) -> None:
    before = checksum(env.conn)
    env.stack.undo()
    qtbot.waitUntil(lambda: bool(env.told))
    assert "Nothing was changed" in env.told[-1]
    assert differing(checksum(env.conn), before) == []
    assert env.stack.count() == 0, "the steps around it no longer fit the data"


def test_undo_of_an_edit_changed_since_is_refused(env, qtbot):
    edit_member_inline(env)
    member_id = env.roster.model.member_id(0)
    records.update_members(env.conn, {member_id: {"city": "温州"}})  # outside the stack
    _undo_is_refused(env, qtbot)
    assert records.get_member(env.conn, member_id).city == "温州"


def test_undo_of_a_new_member_with_points_since_is_refused(env, qtbot):
    add_member(env)
    member_id = env.conn.execute("SELECT id FROM members WHERE display_name = '赵六'"
                                 ).fetchone()[0]
    records.grant_points(env.conn, [member_id], 5, "签到")  # e.g. a check-in, elsewhere
    _undo_is_refused(env, qtbot)
    assert records.get_member(env.conn, member_id).points == 5


def test_undo_of_a_new_community_joined_since_is_refused(env, qtbot):
    new_community(env)
    community_id = env.conn.execute("SELECT id FROM communities WHERE name = '新品体验官'"
                                    ).fetchone()[0]
    records.join_community(env.conn, env.members(2), community_id)
    _undo_is_refused(env, qtbot)
    assert env.conn.execute("SELECT count(*) FROM memberships WHERE community_id = ?",
                            (community_id,)).fetchone()[0] == 2


def test_undo_of_a_plan_row_edited_since_is_refused(env, qtbot):
    add_role(env)
    role_id = env.conn.execute("SELECT max(id) FROM plan_roles").fetchone()[0]
    document.update_row(env.conn, "plan_roles", role_id, {"person": "小李"})
    _undo_is_refused(env, qtbot)
    assert document.get_row(env.conn, "plan_roles", role_id)["person"] == "小李"


def test_a_goal_measured_since_still_undoes(env, qtbot):
    """The goals page reads the live numbers again after every edit, and keeps them out of
    the workspace: an edit of the goal stays undoable after it was measured again."""
    goal_id = env.first_id("plan_goals")
    old = document.get_row(env.conn, "plan_goals", goal_id)["target"]
    edit_goal_target(env)
    page = env.page("goals")
    qtbot.waitUntil(lambda: not env.plan._refresh.isActive())  # its reload cancels readings
    before = checksum(env.conn)
    with qtbot.waitSignal(page.progress_ready, timeout=20000):
        MEASURE(page)
    assert checksum(env.conn) == before, "reading the live numbers wrote to the workspace"
    env.stack.undo()
    qtbot.wait(1)
    assert env.told == []
    assert document.get_row(env.conn, "plan_goals", goal_id)["target"] == old
    env.stack.redo()
    assert document.get_row(env.conn, "plan_goals", goal_id)["target"] == 12345


# -- refreshing ----------------------------------------------------------------------------

def test_each_tab_refreshes_once_per_write_and_undo(env, qtbot, monkeypatch):
    refreshed = {"roster": 0, "plan": 0}
    monkeypatch.setattr(env.roster.model, "refresh", lambda: refreshed.__setitem__(
        "roster", refreshed["roster"] + 1))
    monkeypatch.setattr(env.plan, "_refresh_soon", lambda change: refreshed.__setitem__(
        "plan", refreshed["plan"] + 1))
    record_violation_in_plan(env)  # the plan writes; the roster shows the member's status
    assert refreshed == {"roster": 1, "plan": 1}
    env.stack.undo()
    assert refreshed == {"roster": 2, "plan": 2}
    tag_selected(env)  # the roster writes; the plan does not show tags but hears of it
    assert refreshed == {"roster": 3, "plan": 3}
