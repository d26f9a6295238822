"""A dashboard over the hand-built workspace of ``tests/models/analytics_fixture.py``."""

from __future__ import annotations

from datetime import date

import pytest

from exports.analytics_text import ENGLISH, Text
from models.analytics.dashboard import compute_dashboard
from models.analytics.period import Period
from models.store.workspace import open_workspace
from tests.models.analytics_fixture import TODAY, build


@pytest.fixture
def dashboard(tmp_path):
    path = build(tmp_path / "hand.qunzhu")
    with open_workspace(path) as ws:
        ws.conn.execute("UPDATE members SET display_name = '=HYPERLINK(\"x\")' WHERE id = 1")
    with open_workspace(path, readonly=True) as ws:
        return compute_dashboard(ws.conn, None, Period(date(2025, 11, 24), TODAY))


@pytest.fixture
def chinese() -> Text:
    """Every word in Chinese (not a translation: enough CJK to need the fallback fonts)."""
    return Text({key: f"中文标签{index}" + ("{n}" if "{n}" in value else "")
                 for index, (key, value) in enumerate(ENGLISH.items())})
