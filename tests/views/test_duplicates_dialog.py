"""The roster's "Find duplicates…" (issue 19): the scan on a worker, the side-by-side merge,
"not the same person" and "merge all with the same phone", each one undo step that brings
both records back exactly. No modal exec: the dialogs are opened with ``open()``/``show()``
and driven through their buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from models.members import records
from models.members.duplicates import Reason
from tests.checksums import checksum, differing
from tests.views.test_roster_plan_operations import env  # noqa: F401  (the fixture)
from views.roster.duplicates_dialog import DuplicatesDialog
from views.roster.merge_all_dialog import MergeAllDialog
from views.roster.merge_dialog import MergeDialog


def _twins(env) -> tuple[int, int]:  # noqa: F811
    older, _ = records.create_member(env.conn, {"display_name": "李娜", "phone": "13912340001",
                                                "city": "上海"}, env.community_id)
    newer, _ = records.create_member(env.conn, {"display_name": "李娜娜",
                                                "phone": "13912340001", "city": "杭州",
                                                "email": "lina@x.cn"})
    env.conn.execute("INSERT INTO points_ledger (member_id, delta, reason, occurred_at)"
                     " VALUES (?, 8, '手动', '2026-11-01T10:00:00+08:00')", (newer,))
    return older, newer


def _scanned(env, qtbot) -> DuplicatesDialog:  # noqa: F811
    env.roster.findChild(QPushButton, "findDuplicates").click()
    dialog = env.roster.findChild(DuplicatesDialog)
    qtbot.waitUntil(lambda: dialog.task is None and dialog.compare_button.isEnabled(),
                    timeout=30_000)
    return dialog


def _select(dialog: DuplicatesDialog, ids: tuple[int, int]) -> None:
    row = next(n for n, s in enumerate(dialog.found) if s.member_ids == ids)
    dialog.table.selectRow(row)


def test_the_side_by_side_merge_is_one_undo_step(env, qtbot):  # noqa: F811
    older, newer = _twins(env)
    before = checksum(env.conn)
    dialog = _scanned(env, qtbot)
    assert any(s.reason is Reason.PHONE and s.member_ids == (older, newer)
               for s in dialog.found)
    _select(dialog, (older, newer))
    merging = dialog.compare_current()
    assert (merging.kept.id, merging.gone.id) == (older, newer)
    assert merging.findChild(QPushButton, "mergeRecords").isEnabled()
    # differing fields have a radio each; an empty field takes the other's by default
    assert merging.choices()["email"] == newer and merging.choices()["city"] == older
    assert "phone" not in merging.choices()
    assert merging.findChild(object, "count_points_2").text() == "8"
    merging.choose("city", newer)
    steps = env.stack.count()
    merging.merge_button.click()
    assert env.stack.count() == steps + 1 and env.told == []
    assert records.get_member(env.conn, newer) is None
    kept = records.get_member(env.conn, older)
    assert (kept.city, kept.email, kept.points) == ("杭州", "lina@x.cn", 8)
    assert all(newer not in s.member_ids for s in dialog.found)
    env.stack.undo()
    assert differing(checksum(env.conn), before) == []
    env.stack.redo()
    assert records.get_member(env.conn, newer) is None
    env.stack.undo()
    assert differing(checksum(env.conn), before) == []
    dialog.close()


def test_not_the_same_person_drops_the_pair_and_undoes(env, qtbot):  # noqa: F811
    older, newer = _twins(env)
    before = checksum(env.conn)
    dialog = _scanned(env, qtbot)
    _select(dialog, (older, newer))
    dialog.compare_current().not_same_button.click()
    assert env.conn.execute("SELECT count(*) FROM not_duplicates WHERE first_id = ? AND"
                            " second_id = ?", (older, newer)).fetchone()[0] == 1
    assert all(s.member_ids != (older, newer) for s in dialog.found)
    env.stack.undo()
    assert differing(checksum(env.conn), before) == []
    dialog.scan()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert any(s.member_ids == (older, newer) for s in dialog.found)
    dialog.close()


def test_merge_all_with_the_same_phone_previews_then_merges_as_one_step(env, qtbot):  # noqa: F811
    older, newer = _twins(env)
    third, _ = records.create_member(env.conn, {"display_name": "王芳", "phone": "13800990000"})
    fourth, _ = records.create_member(env.conn, {"display_name": "王芳",
                                                 "phone": "13800990000"})
    before = checksum(env.conn)
    preview = MergeAllDialog(env.roster)
    qtbot.waitUntil(lambda: preview.merge_button.isEnabled(), timeout=30_000)
    assert sorted((p.kept_id, p.gone_ids) for p in preview.plans) == [(older, (newer,)),
                                                                     (third, (fourth,))]
    assert next(p for p in preview.plans if p.kept_id == older).filled == {"email": newer}
    # 李娜 and 李娜娜 share a phone but not a name (a family may): that group starts unticked
    assert [p.kept_id for p in preview.ticked()] == [third]
    assert "1 of 2 group(s) ticked" in preview.summary.text()
    assert "different names" in preview.summary.text()
    preview.set_all_ticked(False)
    assert not preview.merge_button.isEnabled()
    preview.tick_all.click()
    assert len(preview.ticked()) == 2 and preview.merge_button.isEnabled()
    steps = env.stack.count()
    with qtbot.wait_signal(preview.merged, timeout=60_000):
        preview.merge_button.click()
    assert env.stack.count() == steps + 1
    assert records.get_member(env.conn, newer) is None
    assert records.get_member(env.conn, fourth) is None
    env.stack.undo()
    qtbot.waitUntil(lambda: differing(checksum(env.conn), before) == [], timeout=30_000)


def test_merge_ticked_leaves_the_unticked_groups_alone(env, qtbot):  # noqa: F811
    older, newer = _twins(env)  # 李娜 / 李娜娜: different names, unticked
    third, _ = records.create_member(env.conn, {"display_name": "王芳", "phone": "13800990000"})
    fourth, _ = records.create_member(env.conn, {"display_name": "Wang Fang",
                                                 "phone": "13800990000"})
    preview = MergeAllDialog(env.roster)
    qtbot.waitUntil(lambda: preview.merge_button.isEnabled(), timeout=30_000)
    assert [p.kept_id for p in preview.ticked()] == [third]  # 王芳 / Wang Fang read alike
    with qtbot.wait_signal(preview.merged, timeout=60_000):
        preview.merge_button.click()
    assert records.get_member(env.conn, fourth) is None
    assert records.get_member(env.conn, newer) is not None  # left as it was


def test_an_empty_scan_says_what_to_do_next(env, qtbot):  # noqa: F811
    env.roster.findChild(QPushButton, "findDuplicates").click()
    dialog = env.roster.findChild(DuplicatesDialog)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    dialog._on_scanned(([], {}))
    assert dialog.stack.currentWidget() is dialog.empty
    assert "Scan again after your next import" in dialog.empty.body.text()
    assert not dialog.compare_button.isEnabled()
    dialog.close()


def test_two_selected_rows_merge_from_the_context_menu(env, qtbot):  # noqa: F811
    from views.roster import bulk_actions

    older, newer = _twins(env)
    before = checksum(env.conn)
    env.select([older])
    menu = bulk_actions.context_menu(env.roster)
    entry = next(a for a in menu.actions() if a.text().startswith("Merge the two selected"))
    assert not entry.isEnabled()
    env.select([newer, older])
    menu = bulk_actions.context_menu(env.roster)
    entry = next(a for a in menu.actions() if a.text().startswith("Merge the two selected"))
    assert entry.isEnabled()
    entry.trigger()
    merging = env.roster.findChild(MergeDialog)
    assert (merging.kept.id, merging.gone.id) == (older, newer)  # the older record is kept
    steps = env.stack.count()
    merging.merge_button.click()
    assert env.stack.count() == steps + 1 and env.told == []
    assert records.get_member(env.conn, newer) is None
    env.stack.undo()
    assert differing(checksum(env.conn), before) == []


def test_every_reason_is_worded_in_both_languages(qapp):
    import re

    from desktop import i18n
    from views.roster.duplicates_dialog import reason_text

    try:
        for lang in ("en", "zh_CN"):
            i18n.use_language(lang)
            worded = {reason_text(r, "8") for r in Reason}
            assert len(worded) == len(Reason) and all("8" in w for w in worded)
            if lang == "zh_CN":
                assert all(re.search("[\u4e00-\u9fff]", w) for w in worded), worded
    finally:
        i18n.use_language("en")


def test_ctrl_z_in_the_duplicates_list_undoes_the_merge_and_lists_the_pair_again(env, qtbot):  # noqa: F811,E501
    """The merge is made from this dialog, so this is where the operator presses Ctrl+Z;
    the main window's Undo shortcut does not reach another window."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    older, newer = _twins(env)
    before = checksum(env.conn)
    dialog = _scanned(env, qtbot)
    _select(dialog, (older, newer))
    dialog.compare_current().merge_button.click()
    assert records.get_member(env.conn, newer) is None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.table.setFocus()
    QTest.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert differing(checksum(env.conn), before) == []  # the member is back
    qtbot.waitUntil(lambda: dialog.task is None and any(
        s.member_ids == (older, newer) for s in dialog.found), timeout=30_000)
    QTest.keyClick(dialog.table, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert records.get_member(env.conn, newer) is None  # and redo merges again
    # after this click the application still thought Shift held (measured), and a later
    # test's selectRow (test_analytics_view's slipping list) selected nothing
    QTest.keyRelease(dialog, Qt.Key.Key_Shift)
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    dialog.close()


def test_the_undo_step_tells_two_records_of_one_name_apart(env, qtbot):  # noqa: F811
    """Edit > Undo read "Undo Merge 王帆 into 王帆": duplicates usually share the name."""
    a, _ = records.create_member(env.conn, {"display_name": "王帆", "city": "南京"})
    b, _ = records.create_member(env.conn, {"display_name": "王帆", "city": "南京"})
    dialog = _scanned(env, qtbot)
    _select(dialog, (a, b))
    dialog.compare_current().merge_button.click()
    assert env.stack.undoText() == f"Merge 王帆 #{b} into 王帆 #{a}"
    dialog.close()


def test_an_undo_in_the_main_window_scans_again_and_keeps_the_place(env, qtbot):  # noqa: F811
    """Ctrl+Z in the main window (the stack's undo, not this dialog's keys) brought the
    merged record back, but the list kept the suggestions from before the undo."""
    older, newer = _twins(env)
    a, _ = records.create_member(env.conn, {"display_name": "王帆", "city": "南京"})
    b, _ = records.create_member(env.conn, {"display_name": "王帆", "city": "南京"})
    dialog = _scanned(env, qtbot)
    _select(dialog, (older, newer))
    dialog.compare_current().merge_button.click()
    assert all(newer not in s.member_ids for s in dialog.found)
    _select(dialog, (a, b))  # the user moves on to the next pair
    env.stack.undo()  # as Edit > Undo in the window does
    qtbot.waitUntil(lambda: dialog.task is None and any(
        s.member_ids == (older, newer) for s in dialog.found), timeout=30_000)
    assert dialog.current().member_ids == (a, b)  # the place is kept
    env.stack.redo()
    qtbot.waitUntil(lambda: dialog.task is None and all(
        newer not in s.member_ids for s in dialog.found), timeout=30_000)
    assert dialog.current().member_ids == (a, b)
    dialog.close()
    qtbot.wait(50)  # the dialog is deleted on close: a later undo reaches nothing of it
    env.stack.undo()
    assert records.get_member(env.conn, newer) is not None
