"""The side-by-side merge as the operator reads it: days as the profile shows them, not
stored timestamps."""

from __future__ import annotations

from PySide6.QtWidgets import QRadioButton

from models.members import records
from tests.views.test_roster_plan_operations import env  # noqa: F401  (the fixture)
from views.roster.merge_dialog import MergeDialog


def test_consent_dates_read_as_days_as_in_the_profile(env, qtbot):  # noqa: F811
    """Imports and the demo store the moment of consent; the merge showed it raw."""
    a, _ = records.create_member(env.conn, {"display_name": "王帆", "city": "南京"})
    b, _ = records.create_member(env.conn, {"display_name": "王帆", "city": "南京"})
    for member, moment in ((a, "2024-05-16T11:46:00+08:00"), (b, "2026-07-05T22:21:00+08:00")):
        env.conn.execute("UPDATE members SET consent_at = ? WHERE id = ?", (moment, member))
    dialog = MergeDialog(env.roster.workspace, a, b, env.roster)
    qtbot.addWidget(dialog)
    shown = [dialog.findChild(QRadioButton, f"choose_consent_at_{side}").text()
             for side in (1, 2)]
    assert shown == ["2024-05-16", "2026-07-05"]  # was 2024-05-16T11:46:00+08:00
    dialog.choose("consent_at", b)
    assert dialog.choices()["consent_at"] == b  # the choice still names the record
