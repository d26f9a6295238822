"""WeChat ids are one account whatever the case of their letters (WeChat does not tell
them apart): stored in lower case, matched so by every import, and brought into line by
the format 19 upgrade."""

from __future__ import annotations

from exports.chat.records import Person
from models.core.validation import clean_wechat_id
from models.imports.chat_match import match_people
from models.members import duplicates, records
from models.members.communities import create_community
from models.members.duplicates import Reason
from models.schema import migrations
from models.store.operations import run
from models.store.workspace import open_workspace
from tests.exports.order_samples import PLAIN_HEADER, write_csv


def test_a_wechat_id_is_stored_in_lower_case():
    assert clean_wechat_id(" Alice_88 ") == "alice_88"
    assert clean_wechat_id("ＡＬＩＣＥ_88") == "alice_88"  # full width, as typed on a phone


def test_imports_match_a_wechat_id_written_in_another_case(workspace_path, tmp_path):
    from models.imports.order_import import order_import_operation
    from models.imports.order_records import OrderImportOptions
    from tests.models.test_order_import import orders_of

    with open_workspace(workspace_path) as ws:
        club = create_community(ws.conn, "读书会").id
        alice, _ = records.create_member(ws.conn, {"display_name": "爱丽丝",
                                                    "wechat_id": "alice_88"})
        speaker = Person("wechat", "wxid_x1", "小爱", wechat_id="Alice_88")
        assert match_people(ws.conn, [speaker], club)[0].member_id == alice
        path = write_csv(tmp_path / "plain.csv", [*PLAIN_HEADER, "微信号"], [
            ["P1", "2026-01-05 12:00", "无名", "", "书", "20", "已付款", "ALICE_88"]])
        result = run(ws.conn, order_import_operation(orders_of(path).orders,
                                                     OrderImportOptions())).value
        assert result.matched_by == {"wechat_id": 1}


def test_the_format_19_upgrade_lowers_stored_ids_and_duplicates_find_them(
        workspace_path, monkeypatch):
    with monkeypatch.context() as format_18:  # no later step: it would run twice
        format_18.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:18])
        format_18.setattr(migrations, "LATEST_VERSION", 18)
        with open_workspace(workspace_path) as ws:
            for name in ("王芳", "汪芳"):
                records.create_member(ws.conn, {"display_name": name})
            # as format 18 stored them: as typed
            ws.conn.execute("UPDATE members SET wechat_id = CASE id WHEN 1 THEN 'Wf_88'"
                            " ELSE 'wf_88' END")
    with open_workspace(workspace_path) as ws:
        assert [w for (w,) in ws.conn.execute("SELECT wechat_id FROM members")] == \
            ["wf_88", "wf_88"]
        assert {(s.reason, s.member_ids) for s in duplicates.suggestions(ws.conn)} == {
            (Reason.WECHAT, (1, 2))}
