"""The profile's Timeline tab (issue 19): the member's history newest first, the kind
filter, and follow-ups written, edited, marked done and deleted as undo steps."""

from __future__ import annotations

from models.members import follow_ups, timeline
from tests.views.test_roster_plan_operations import env  # noqa: F401  (the fixture)


def _busy_member(env) -> int:  # noqa: F811
    with env.conn:  # without the demo's own follow-ups, so the tab shows the test's
        env.conn.execute("DELETE FROM follow_ups")
    return env.conn.execute("SELECT member_id FROM activities GROUP BY member_id"
                            " ORDER BY count(*) DESC, member_id LIMIT 1").fetchone()[0]


def _tab(env, member_id):  # noqa: F811
    dialog = env.roster.open_profile(member_id)
    tab = dialog.timeline_tab
    dialog.tabs.setCurrentWidget(tab)
    return tab


def test_the_timeline_shows_the_members_history_newest_first_and_pages(env):  # noqa: F811
    member_id = _busy_member(env)
    tab = _tab(env, member_id)
    total = sum(timeline.counts(env.conn, member_id).values())
    assert total > 10
    when = [r[0] for r in tab.rows()]
    assert when and when == sorted(when, reverse=True)
    tab.page_size = 4
    tab.reload()
    assert len(tab.rows()) == 4 and tab.more_button.isVisibleTo(tab)
    while tab.more_button.isVisibleTo(tab):
        tab.show_more()
    assert len(tab.rows()) == total
    assert len({(r.key, r.kind) for r in tab.items}) == total


def test_the_kind_filter_shows_only_the_kinds_ticked_and_says_what_to_do(env):  # noqa: F811
    member_id = _busy_member(env)
    tab = _tab(env, member_id)
    for kind, box in tab.kind_boxes.items():
        box.setChecked(kind == timeline.ACTIVITY)
    assert {r[1] for r in tab.rows()} == {"Interaction"}
    tab.kind_boxes[timeline.ACTIVITY].setChecked(False)
    assert tab.rows() == [] and tab.stack.currentWidget() is tab.empty
    assert "Tick more kinds" in tab.empty.body.text()


def test_a_follow_up_is_added_edited_done_and_deleted_each_one_undo_step(env):  # noqa: F811
    member_id = _busy_member(env)
    tab = _tab(env, member_id)
    steps = env.stack.count()
    tab.form.note.setPlainText("问了孩子的课程安排，周六想来试听")
    tab.form.channel.setCurrentIndex(tab.form.channel.findData("电话"))
    tab.form.pick_next("tomorrow")
    assert tab.submit()
    assert env.stack.count() == steps + 1
    top = tab.items[0]
    assert top.kind == timeline.FOLLOW_UP and top.detail["note"].startswith("问了孩子")
    tomorrow = follow_ups.quick_days(follow_ups.now_local().date())["tomorrow"].isoformat()
    assert top.detail["next_on"] == tomorrow and tomorrow in tab.rows()[0][2]
    assert tab.form.note.toPlainText() == ""  # ready for the next one

    tab.list.setCurrentItem(tab.list.topLevelItem(0))
    assert tab.done_button.isEnabled()
    tab.edit_selected()
    tab.form.note.setPlainText("改到下周六试听")
    assert tab.submit() and tab.items[0].detail["note"] == "改到下周六试听"
    tab.list.setCurrentItem(tab.list.topLevelItem(0))
    assert tab.mark_selected_done() and tab.items[0].detail["next_on"] is None
    env.stack.undo()
    assert follow_ups.latest(env.conn, member_id).next_on == tomorrow
    tab.reload()
    tab.list.setCurrentItem(tab.list.topLevelItem(0))
    assert tab.delete_selected()
    assert follow_ups.of_member(env.conn, member_id) == []
    env.stack.undo()
    assert [f.note for f in follow_ups.of_member(env.conn, member_id)] == ["改到下周六试听"]


def test_a_follow_up_without_a_note_is_refused_naming_the_field(env):  # noqa: F811
    member_id = _busy_member(env)
    tab = _tab(env, member_id)
    steps = env.stack.count()
    tab.form.note.setPlainText("   ")
    assert not tab.submit()
    assert env.stack.count() == steps and "Note" in env.told[-1]
    assert follow_ups.of_member(env.conn, member_id) == []
