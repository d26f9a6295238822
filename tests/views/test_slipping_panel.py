"""The slipping-away list (流失预警) in Analytics."""

from __future__ import annotations

from models.analytics.audience import Slipping, SlippingMember
from views.analytics.slipping_panel import SlippingPanel


def test_the_list_opens_most_active_first(qtbot):
    """It says "the 500 most active are listed" but showed them by ID, newest first."""
    panel = SlippingPanel()
    qtbot.addWidget(panel)
    members = [SlippingMember(9, "林琪一", "2026-11-22T15:13:00+08:00", 3, 15),
               SlippingMember(5, "周琳晶", "2026-11-23T22:43:00+08:00", 25, 14),
               SlippingMember(7, "潘倩雯", "2026-11-16T15:33:00+08:00", 19, 21)]
    panel.show_slipping(Slipping(3, members), "2026-12-07")
    assert [panel.table.item(r, 1).text() for r in range(3)] == ["周琳晶", "潘倩雯", "林琪一"]
    panel.table.sortItems(3)  # the user's own order is kept for the next period
    panel.show_slipping(Slipping(3, members), "2026-12-08")
    assert [panel.table.item(r, 3).text() for r in range(3)] == ["14", "15", "21"]
