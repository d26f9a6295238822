"""The roster's "To follow up (N)" button and its list (issue 19): who is due (overdue
first), and acting on them: done, moved to another day, the profile opened; undoable."""

from __future__ import annotations

from datetime import timedelta

from models.core import clock, zones
from models.members import follow_ups
from tests.views.test_roster_plan_operations import env  # noqa: F401  (the fixture)


def _fresh(env):  # noqa: F811
    """Without the demo's own follow-ups, so the counts are the test's; the roster on all
    communities (the follow-ups planned here name none)."""
    with env.conn:
        env.conn.execute("DELETE FROM follow_ups")
    env.roster.set_community(None)


def _plan(conn, member_id, days_from_today, at_days_ago=5, note="问问近况"):
    today = zones.today(conn)
    at = (today - timedelta(days=at_days_ago)).isoformat() + "T10:00:00"
    next_on = None if days_from_today is None else (
        today + timedelta(days=days_from_today)).isoformat()
    return follow_ups.add(conn, member_id, channel="微信", note=note, at=at,
                          next_on=next_on)[0]


def test_the_button_counts_who_is_due_and_the_list_acts_on_them(env, qtbot):  # noqa: F811
    _fresh(env)
    late, today, later, answered = env.members(4)
    _plan(env.conn, late, -3, note="想买年卡")
    _plan(env.conn, today, 0)
    _plan(env.conn, later, 4)
    _plan(env.conn, answered, -2, at_days_ago=6)
    _plan(env.conn, answered, None, at_days_ago=1, note="已回复")  # the latest decides
    button = env.roster.follow_up_button
    button.refresh()
    qtbot.waitUntil(lambda: button.count == 2)
    assert "(2)" in button.text()

    dialog = button.open_list()
    qtbot.waitUntil(lambda: len(dialog.found) == 2)
    rows = dialog.rows()
    assert [d.member_id for d in dialog.found] == [late, today]
    assert "3" in rows[0][1] and rows[0][4] == "想买年卡"
    assert not dialog.done_button.isEnabled()  # nothing chosen yet

    steps = env.stack.count()
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    assert dialog.mark_selected_done()
    assert env.stack.count() == steps + 1
    qtbot.waitUntil(lambda: button.count == 1 and len(dialog.found) == 1)
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    assert dialog.move_selected_by("next_week")
    qtbot.waitUntil(lambda: button.count == 0 and not dialog.found)
    assert dialog.stack.currentWidget() is dialog.empty and button.text() == "To follow up"
    moved = follow_ups.latest(env.conn, today).next_on
    assert moved == (zones.today(env.conn) + timedelta(days=7)).isoformat()

    env.stack.undo()
    qtbot.waitUntil(lambda: button.count == 1)
    env.stack.undo()
    qtbot.waitUntil(lambda: button.count == 2 and len(dialog.found) == 2)


def test_the_list_opens_the_members_profile(env, qtbot):  # noqa: F811
    _fresh(env)
    member = env.members(1)[0]
    _plan(env.conn, member, -1)
    dialog = env.roster.follow_up_button.open_list()
    qtbot.waitUntil(lambda: len(dialog.found) == 1)
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    profile = dialog.open_selected()
    assert profile is not None and profile.member_id == member
    assert profile.tabs.currentWidget() is profile.timeline_tab
    profile.close()
    dialog.close()


def test_the_reminders_list_says_who_is_due_and_opens_the_list(env, qtbot):  # noqa: F811
    from models.events.reminders import reminders
    from views.reminders import wording
    from views.reminders.panel import RemindersPanel

    _fresh(env)
    _plan(env.conn, env.members(1)[0], 0)
    found = reminders(env.conn)
    panel = RemindersPanel()
    qtbot.addWidget(panel)
    panel.show_reminders(found)
    heading, rows = panel.rows()[0]
    assert heading == "To follow up" and rows[0][1] == "1 member(s) to follow up"
    with qtbot.waitSignal(panel.follow_ups_requested):
        panel._on_tree_item_activated(panel.tree.topLevelItem(0).child(0))
    assert "1 to follow up" in wording.status_line(found)[0]
    assert "1 member(s) to follow up" in wording.greeting(found)


def test_a_long_list_shows_the_longest_overdue_first_and_says_how_many(env, qtbot,  # noqa: F811
                                                                       monkeypatch):
    from views.roster import follow_up_list

    monkeypatch.setattr(follow_up_list, "LISTED", 2)
    _fresh(env)
    for n, member in enumerate(env.members(3)):
        _plan(env.conn, member, -n)
    dialog = env.roster.follow_up_button.open_list()
    qtbot.waitUntil(lambda: len(dialog.found) == 2)
    assert [d.overdue for d in dialog.found] == [2, 1]
    qtbot.waitUntil(lambda: dialog.summary.text().startswith(
        "3 member(s) to contact; the first 2 shown"))
    dialog.close()


def test_the_badge_counts_up_to_a_most_then_says_plus(env, qtbot, monkeypatch):  # noqa: F811
    monkeypatch.setattr(follow_ups, "BADGE_MOST", 2)
    _fresh(env)
    for member in env.members(3):
        _plan(env.conn, member, -1)
    button = env.roster.follow_up_button
    button.refresh()
    qtbot.waitUntil(lambda: button.count == 2)
    assert button.text() == "To follow up (2+)"


def test_the_count_moves_on_when_the_day_turns(env, qtbot, monkeypatch):  # noqa: F811
    """Left open overnight, the button counts tomorrow's plans once midnight has passed,
    with nothing written in between."""
    _fresh(env)
    member = env.members(1)[0]
    _plan(env.conn, member, 1)
    button = env.roster.follow_up_button
    button.refresh()
    qtbot.waitUntil(lambda: button._pending is None)
    assert button.count == 0
    button.check_day()  # the same day: nothing read again
    assert button._pending is None

    tomorrow = clock.utc_now() + timedelta(days=1)
    monkeypatch.setattr(clock, "utc_now", lambda: tomorrow)
    button.check_day()
    qtbot.waitUntil(lambda: button.count == 1)
    assert "(1)" in button.text()


def test_ctrl_z_in_the_list_brings_back_the_one_marked_done(env, qtbot):  # noqa: F811
    """The list is a window of its own: the main window's Undo key did not reach it."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    _fresh(env)
    [late] = env.members(1)
    _plan(env.conn, late, -3)
    button = env.roster.follow_up_button
    dialog = button.open_list()
    qtbot.waitUntil(lambda: len(dialog.found) == 1)
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    assert dialog.mark_selected_done()
    qtbot.waitUntil(lambda: not dialog.found)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.list.setFocus()
    QTest.keyClick(dialog.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: [d.member_id for d in dialog.found] == [late])


def test_the_count_and_the_list_follow_the_roster_s_community(env, qtbot):  # noqa: F811
    """The button counted every community's follow-ups while the roster showed one."""
    from models.members.communities import create_community, get_community

    _fresh(env)
    here, there, nowhere = env.members(3)
    other = create_community(env.conn, "跑团").id
    today = zones.today(env.conn)
    for member, community in ((here, env.community_id), (there, other), (nowhere, None)):
        follow_ups.add(env.conn, member, channel="微信", note="问问近况",
                       at=(today - timedelta(days=2)).isoformat() + "T10:00:00",
                       next_on=today.isoformat(), community_id=community)
    button = env.roster.follow_up_button
    env.roster.set_community(env.community_id)  # the toolbar's picker
    qtbot.waitUntil(lambda: button.count == 1)
    name = get_community(env.conn, env.community_id).name
    assert name in button.toolTip()
    dialog = button.open_list()
    qtbot.waitUntil(lambda: len(dialog.found) == 1)
    assert [d.member_id for d in dialog.found] == [here] and name in dialog.windowTitle()
    env.roster.set_community(other)
    qtbot.waitUntil(lambda: button.count == 1 and [d.member_id for d in dialog.found] == [there])
    assert "跑团" in button.toolTip()
    env.roster.set_community(None)  # all communities
    qtbot.waitUntil(lambda: button.count == 3 and len(dialog.found) == 3)
    assert "in every community" in button.toolTip()
    dialog.close()
