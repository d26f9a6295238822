"""The profile's Communities tab and the roster's bulk "Set role…" (issue 19): what the
user sees besides the undo round trips (those are in test_roster_plan_operations)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QInputDialog, QPushButton

from models.members import memberships, profile, records
from models.members.communities import create_community, list_communities
from tests.views.test_roster_plan_operations import env  # noqa: F401  (the fixture)
from views import labels


def test_the_tab_shows_role_and_leaving_and_a_refused_day_leaves_no_step(env):  # noqa: F811
    member_id = env.members(1)[0]
    tab = env.roster.open_profile(member_id).memberships_tab
    row = next(i for i, m in enumerate(tab.rows) if m.community_id == env.community_id)
    tab.table.selectRow(row)
    joined = QDate.fromString(tab.rows[row].joined_at[:10], "yyyy-MM-dd")
    tab.left_on.setDate(joined.addDays(-1))
    steps = env.stack.count()
    assert not tab.record_leave()
    assert env.stack.count() == steps and "before joining" in env.told[-1]
    tab.left_on.setDate(joined.addDays(3))
    tab.left_reason.setText("孩子上学，没时间")
    assert tab.record_leave()
    assert tab.table.item(row, 4).text() == joined.addDays(3).toString("yyyy-MM-dd")
    assert tab.table.item(row, 5).text() == "孩子上学，没时间"
    assert tab.rejoin_button.isEnabled()
    tab.role.setCurrentIndex(tab.role.findData("部落首领"))
    assert tab.set_role()
    assert tab.table.item(row, 1).text() == labels.role("部落首领")
    assert tab.rejoin()
    assert tab.table.item(row, 4).text() == "" and not tab.rejoin_button.isEnabled()


def test_bulk_role_leaves_members_of_other_communities_alone_and_says_so(env):  # noqa: F811
    other = create_community(env.conn, "新群").id
    inside = env.members(2)
    outsider, _ = records.create_member(env.conn, {"display_name": "外人"}, other)
    env.select([*inside, outsider])
    name = next(c.name for c in list_communities(env.conn) if c.id == env.community_id)
    answers = iter([name, labels.role("核心成员")])
    env.monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (next(answers), True))
    env.roster.findChild(QPushButton, "bulkRole").click()
    roles = {m: profile.memberships(env.conn, m) for m in [*inside, outsider]}
    assert all(s.role == "核心成员" for m in inside for s in roles[m]
               if s.community_id == env.community_id)
    assert [s.role for s in roles[outsider]] == ["成员"]
    assert "1 of the selected" in env.told[-1]


def test_the_filter_bar_filters_the_roster_by_role_and_leaving(env, qtbot):  # noqa: F811
    from models.members import roster
    from models.members.roster import RosterFilter

    admins = env.members(2)
    memberships.set_role(env.conn, admins, env.community_id, "管理员")
    bar = env.roster.filter_bar
    admin = next(a for a in bar.roles.menu().actions() if a.data() == "管理员")
    with qtbot.wait_signal(bar.filter_changed):
        admin.setChecked(True)
    f = env.roster.current_filter()
    assert f.roles == ("管理员",) and bar.roles.text() == bar.tr("Role") + " (1)"
    assert sorted(roster.all_ids(env.conn, f)) == sorted(
        r[0] for r in env.conn.execute(
            "SELECT ms.member_id FROM memberships ms JOIN members m ON m.id = ms.member_id"
            " WHERE ms.community_id = ? AND ms.role = '管理员' AND m.deleted_at IS NULL",
            (env.community_id,)))
    assert set(admins) <= set(roster.all_ids(env.conn, f))
    with qtbot.wait_signal(bar.filter_changed):
        bar.left_only.setChecked(True)
    assert env.roster.current_filter().left
    bar.apply(RosterFilter(roles=("KOL",)))
    assert bar.roles.values() == ("KOL",) and not bar.left_only.isChecked()


def test_a_membership_left_shows_left_not_active(env):  # noqa: F811
    """A member who left (退群) still showed 正常 (active) in the profile's Communities tab."""
    member_id = env.members(1)[0]
    memberships.record_leave(env.conn, member_id, env.community_id, "2099-01-01", "搬家")
    tab = env.roster.open_profile(member_id).memberships_tab
    row = next(i for i, m in enumerate(tab.rows) if m.community_id == env.community_id)
    assert tab.table.item(row, 2).text() == labels.membership_status("left")
    assert labels.membership_status("left") != labels.membership_status("active")
