"""Checklists: completeness, overdue, totals to the fen, filters, bulk status, templates,
stock reserved / available across events and after used / returned."""

from __future__ import annotations

import pytest

from models.materials import checklists, library, templates
from models.materials.checklists import InvalidItem, Item, ItemFilter
from models.schema.migrations import LATEST_VERSION
from tests.models.checklist_fixtures import TODAY, shop  # noqa: F401


def item(**values) -> Item:
    return Item(id=1, checklist_id=1, position=0, **{"name": "易拉宝", **values})


@pytest.mark.parametrize(("values", "missing"), [
    ({"quantity": 2, "unit": "个", "owner": "小王", "due_on": "2026-12-01"}, ()),
    ({"unit": "个", "owner": "小王", "due_on": "2026-12-01"}, ("quantity",)),
    ({"quantity": 0, "unit": "个", "owner": "小王", "due_on": "2026-12-01"}, ()),
    ({"quantity": 2, "unit": "", "owner": "小王", "due_on": "2026-12-01"}, ("unit",)),
    ({"quantity": 2, "unit": "个", "owner": None, "due_on": "2026-12-01"}, ("owner",)),
    ({"quantity": 2, "unit": "个", "owner": "小王"}, ("due_on",)),
    ({}, ("quantity", "unit", "owner", "due_on")),
])
def test_an_item_missing_quantity_unit_owner_or_due_date_is_incomplete(values, missing):
    assert item(**values).missing == missing
    assert item(**values).complete is (not missing)


@pytest.mark.parametrize(("due", "status", "overdue"), [
    ("2026-11-22", "待准备", True), ("2026-11-22", "已下单", True),
    ("2026-11-22", "已到货", False), ("2026-11-23", "待准备", False), (None, "待准备", False),
])
def test_overdue_means_past_due_and_not_yet_arrived(due, status, overdue):
    assert item(due_on=due, status=status).overdue(TODAY) is overdue


def test_totals_are_exact_to_the_fen(shop):  # noqa: F811
    ws, ids = shop
    rows = [{"name": f"物料{i}", "quantity": 3, "unit_price": 10 + i % 7,
             "category": ("礼品", "文具")[i % 2], "status": ("待准备", "已下单")[i % 2]}
            for i in range(1000)]
    checklists.add_items(ws.conn, ids["salon_list"], rows)
    items = checklists.list_items(ws.conn, ids["salon_list"], TODAY)
    expected = sum(3 * (10 + i % 7) for i in range(1000))
    got = checklists.totals(items, TODAY)
    assert got.cost == expected and isinstance(got.cost, int)
    assert got.by_category["礼品"] + got.by_category["文具"] == expected
    assert got.by_category["礼品"] == sum(3 * (10 + i % 7) for i in range(0, 1000, 2))
    assert got.by_status == {"待准备": 500, "已下单": 500}
    listed = checklists.get_checklist(ws.conn, ids["salon_list"], TODAY)
    assert listed.cost == expected and listed.items == 1000 and listed.incomplete == 1000


def test_header_counts_incomplete_and_the_filter_shows_only_those(shop):  # noqa: F811
    ws, ids = shop
    checklists.add_items(ws.conn, ids["salon_list"], [
        {"name": "签到表", "quantity": 3, "unit": "张", "owner": "小李", "due_on": "2026-12-04"},
        {"name": "伴手礼", "quantity": 50, "unit": "份"},
        {"name": "茶歇", "owner": "阿杰", "due_on": "2026-11-20"},
    ])
    listed = checklists.get_checklist(ws.conn, ids["salon_list"], TODAY)
    assert (listed.items, listed.incomplete, listed.overdue) == (3, 2, 1)
    only = checklists.list_items(ws.conn, ids["salon_list"], TODAY,
                                 ItemFilter(incomplete_only=True))
    assert [i.name for i in only] == ["伴手礼", "茶歇"]
    assert [i.name for i in checklists.list_items(
        ws.conn, ids["salon_list"], TODAY, ItemFilter(due="overdue"))] == ["茶歇"]
    assert [i.name for i in checklists.list_items(
        ws.conn, ids["salon_list"], TODAY, ItemFilter(owner="小李"))] == ["签到表"]
    assert [i.name for i in checklists.list_items(
        ws.conn, ids["salon_list"], TODAY, ItemFilter(owner=""))] == ["伴手礼"]


def test_bulk_status_change_is_one_transaction_and_bad_values_are_refused(shop):  # noqa: F811
    ws, ids = shop
    made, _ = checklists.add_items(ws.conn, ids["salon_list"],
                                   [{"name": n} for n in ("A", "B", "C")])
    change = checklists.set_status(ws.conn, made[:2], "已下单")
    assert change.touches("checklist_items")
    statuses = [i.status for i in checklists.list_items(ws.conn, ids["salon_list"], TODAY)]
    assert statuses == ["已下单", "已下单", "待准备"]
    with pytest.raises(InvalidItem):
        checklists.update_items(ws.conn, {made[0]: {"status": "已下单"},
                                          made[1]: {"status": "丢了"}})
    statuses = [i.status for i in checklists.list_items(ws.conn, ids["salon_list"], TODAY)]
    assert statuses == ["已下单", "已下单", "待准备"]


def test_checklists_list_by_event_date_and_standalone_last(shop):  # noqa: F811
    ws, ids = shop
    checklists.create_checklist(ws.conn, "办公室常备物料")
    titles = [c.title for c in checklists.list_checklists(ws.conn, TODAY)]
    assert titles == ["沙龙物料", "市集物料", "办公室常备物料"]
    from datetime import date
    december = checklists.list_checklists(ws.conn, TODAY, since=date(2026, 12, 10),
                                          until=date(2026, 12, 31), standalone=False)
    assert [c.title for c in december] == ["市集物料"]


def test_builtin_templates_are_in_every_new_workspace(shop):  # noqa: F811
    ws, _ = shop
    assert LATEST_VERSION >= 7  # format 7 added them; later formats keep them
    found = {t.name: t for t in templates.list_templates(ws.conn)}
    assert {"线下沙龙", "线上直播", "展会/市集"} <= set(found)
    assert all(found[n].builtin and len(found[n].items) >= 8 for n in ("线下沙龙", "线上直播"))


def test_start_from_template_counts_due_dates_back_from_the_event(shop):  # noqa: F811
    ws, ids = shop
    salon = next(t for t in templates.list_templates(ws.conn) if t.name == "线下沙龙")
    new_id, change = templates.start_from_template(ws.conn, salon.id, "一月沙龙",
                                                   event_id=ids["salon"])
    assert change.touches("checklists")
    items = checklists.list_items(ws.conn, new_id, TODAY)
    assert len(items) == len(salon.items)
    venue = next(i for i in items if i.name == "场地预订")
    assert venue.due_on == "2026-11-21" and venue.unit_price == 150000  # 14 days before
    assert all(i.owner is None for i in items)  # the team assigns owners


def test_save_as_template_keeps_what_not_who_and_round_trips(shop):  # noqa: F811
    ws, ids = shop
    checklists.add_items(ws.conn, ids["salon_list"], [
        {"name": "易拉宝", "quantity": 2, "unit": "个", "unit_price": 9000, "owner": "小王",
         "due_on": "2026-11-30", "status": "已到货"}])
    template_id, _ = templates.save_as_template(ws.conn, ids["salon_list"], "我的沙龙")
    with pytest.raises(ValueError):
        templates.save_as_template(ws.conn, ids["salon_list"], "我的沙龙")
    saved = templates.get_template(ws.conn, template_id)
    assert saved.items == [{"name": "易拉宝", "category": "其他", "quantity": 2, "unit": "个",
                            "unit_price": 9000, "due_days": 5}]
    new_id, _ = templates.start_from_template(ws.conn, template_id, "再办一次",
                                              event_id=ids["fair"])
    again = checklists.list_items(ws.conn, new_id, TODAY)[0]
    assert (again.status, again.owner, again.due_on) == ("待准备", None, "2026-12-15")
    templates.delete_template(ws.conn, template_id)
    assert templates.get_template(ws.conn, template_id) is None


def stand(ws, ids):
    return library.list_stock(ws.conn, TODAY, ids=[ids["stand"]])[0]


def test_stock_reserved_across_two_events_then_used_and_returned(shop):  # noqa: F811
    ws, ids = shop
    base = library.item_from_material(ws.conn, ids["stand"])
    (a,), _ = checklists.add_items(ws.conn, ids["salon_list"], [{**base, "quantity": 2}])
    (b,), _ = checklists.add_items(ws.conn, ids["fair_list"], [{**base, "quantity": 3}])
    past_list, _ = checklists.create_checklist(ws.conn, "旧", event_id=ids["past"],
                                               items=[{**base, "quantity": 9}])
    s = stand(ws, ids)
    assert (s.on_hand, s.reserved, s.available, s.events) == (3, 5, -2, 2)
    assert [m.name for m in library.shortages(ws.conn, TODAY)] == ["展架"]

    checklists.set_status(ws.conn, [a], "已使用")  # two taken out of stock
    s = stand(ws, ids)
    assert (s.on_hand, s.reserved, s.available) == (1, 3, -2)
    checklists.set_status(ws.conn, [a], "已归还")  # and put back
    s = stand(ws, ids)
    assert (s.on_hand, s.reserved, s.available) == (3, 3, 0)
    assert library.shortages(ws.conn, TODAY) == []

    checklists.update_items(ws.conn, {b: {"status": "已使用"}})
    checklists.update_items(ws.conn, {b: {"quantity": 1}})  # fewer used: 2 come back
    assert stand(ws, ids).on_hand == 2
    checklists.delete_items(ws.conn, [b])
    assert stand(ws, ids).on_hand == 3


def test_a_deleted_checklist_reserves_nothing(shop):  # noqa: F811
    ws, ids = shop
    base = library.item_from_material(ws.conn, ids["stand"])
    checklists.add_items(ws.conn, ids["fair_list"], [{**base, "quantity": 3}])
    assert stand(ws, ids).reserved == 3
    checklists.delete_checklist(ws.conn, ids["fair_list"])
    assert stand(ws, ids).reserved == 0
    checklists.restore_checklist(ws.conn, ids["fair_list"])
    assert stand(ws, ids).reserved == 3


def test_a_new_checklist_may_be_for_a_series_from_last_week_on(shop):  # noqa: F811
    from datetime import date, timedelta

    from models.events.schedule import EventFields, create_event
    from models.members.communities import create_community

    ws, ids = shop
    soon = (date.today() + timedelta(days=3)).isoformat()
    week_ago = (date.today() - timedelta(days=5)).isoformat()
    long_ago = (date.today() - timedelta(days=40)).isoformat()
    made = {title: create_event(ws.conn, EventFields(title, f"{day}T19:00:00+08:00",
                                                     community_id=ids["community"]))[0].id
            for title, day in (("周会", soon), ("上周沙龙", week_ago), ("旧活动", long_ago))}
    other = create_community(ws.conn, "跑步群").id
    create_event(ws.conn, EventFields("夜跑", f"{soon}T20:00:00+08:00", community_id=other))
    scoped = [c.title for c in checklists.event_choices(ws.conn, ids["community"])]
    assert "周会" in scoped and "上周沙龙" in scoped and "旧活动" not in scoped
    assert "夜跑" not in scoped and "夜跑" in [c.title for c in checklists.event_choices(ws.conn)]
    assert checklists.event_choice(ws.conn, made["旧活动"]) == checklists.EventChoice(
        made["旧活动"], "旧活动", long_ago)
    assert checklists.event_choice(ws.conn, 999_999) is None


def test_edits_read_from_a_file_are_written_all_or_nothing(shop):  # noqa: F811
    from models.materials.checklist_apply import SheetEdits, apply_edits
    from models.store.operations import recorded, run

    ws, ids = shop
    (item_id,), _ = checklists.add_items(ws.conn, ids["salon_list"], [{"name": "茶歇",
                                                                        "quantity": 45}])
    before = checklists.list_items(ws.conn, ids["salon_list"], TODAY)
    good = SheetEdits(ids["salon_list"], {item_id: {"quantity": 50}}, {item_id: {"quantity": 45}},
                      [{"name": "矿泉水", "quantity": 2}])
    bad = SheetEdits(ids["fair_list"], new_rows=[{"name": "展位", "status": "丢了"}])
    with pytest.raises(InvalidItem):
        apply_edits(ws.conn, [good, bad])
    assert checklists.list_items(ws.conn, ids["salon_list"], TODAY) == before
    assert checklists.list_items(ws.conn, ids["fair_list"], TODAY) == []

    done = run(ws.conn, recorded(lambda conn: apply_edits(conn, [good])))
    applied, change = done.value
    assert change.touches("checklist_items")
    after = checklists.list_items(ws.conn, ids["salon_list"], TODAY)
    assert [(i.name, i.quantity) for i in after] == [("茶歇", 50), ("矿泉水", 2)]
    back = run(ws.conn, done.undo)
    assert checklists.list_items(ws.conn, ids["salon_list"], TODAY) == before
    run(ws.conn, back.undo)  # redo: the new row gets its id back
    assert checklists.list_items(ws.conn, ids["salon_list"], TODAY) == after
    assert {i.id for i in after} == {item_id, *applied.created[ids["salon_list"]]}
