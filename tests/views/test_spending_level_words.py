"""消费水平 (spending level): the presets 低/中/高 read in the window's language (the English
window showed them in Chinese) and are stored as they always were; free text stays as typed."""

from __future__ import annotations

import pytest

from desktop import i18n
from models.members import records
from tests.views.test_roster_view import view, ws  # noqa: F401


@pytest.fixture
def english(qapp):
    i18n.use_language("en")
    yield
    i18n.use_language("en")


def _spent(ws, name, level):  # noqa: F811
    member = ws.ids[name]
    records.update_members(ws.conn, {member: {"spending_level": level}})
    return member


def test_the_english_profile_shows_a_preset_in_english_and_stores_it_as_before(
        english, ws, view):  # noqa: F811
    member = _spent(ws, "张伟", "高")
    dialog = view.open_profile(member)
    assert dialog.form.spending.currentText() == "High"  # was 高
    offered = [dialog.form.spending.itemText(i) for i in range(dialog.form.spending.count())]
    assert offered == ["", "Low", "Medium", "High", "VIP"]
    assert dialog.form.values()["spending_level"] == "高"
    assert "spending_level" not in dialog.form.changed_values()  # nothing to save
    dialog.form.spending.setCurrentText("Low")
    assert dialog.form.values()["spending_level"] == "低"
    dialog.form.spending.setCurrentText("月消费500以上")  # free text: as typed
    assert dialog.form.values()["spending_level"] == "月消费500以上"
    dialog.close()


def test_free_text_and_the_chinese_window_read_as_stored(ws, view):  # noqa: F811
    other = _spent(ws, "张伟", "偶尔买")
    dialog = view.open_profile(other)
    assert dialog.form.spending.currentText() == "偶尔买"
    dialog.close()
    i18n.use_language("zh_CN")
    try:
        dialog = view.open_profile(_spent(ws, "张伟", "中"))
        assert dialog.form.spending.currentText() == "中"
        assert dialog.form.values()["spending_level"] == "中"
        dialog.close()
    finally:
        i18n.use_language("en")


def test_the_merge_dialog_and_the_audience_chart_word_the_presets(english, ws):  # noqa: F811
    from views.analytics.texts import chart_text
    from views.roster.merge_dialog import MergeDialog

    first = _spent(ws, "张伟", "低")
    second, _ = records.create_member(ws.conn, {"display_name": "张伟", "spending_level": "高"})
    dialog = MergeDialog(ws, first, second)
    assert dialog._shown(dialog.kept, "spending_level") == "Low"
    assert dialog._shown(dialog.gone, "spending_level") == "High"
    dialog.deleteLater()
    words = chart_text()
    assert [words.value(v, "spending") for v in ("低", "中", "高", "VIP", "很高")] == [
        "Low", "Medium", "High", "VIP", "很高"]
    assert words.value("高", "city") == "高"  # only the spending level's presets
