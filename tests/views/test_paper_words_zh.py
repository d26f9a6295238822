"""Paper read by a Chinese operator is set in Chinese typography: the day's weekday in
full-width brackets, 2026-12-05（周六）, in English (Sat)."""

from __future__ import annotations

import re

import pytest

from desktop import i18n
from models.events.attendees import find_sitting
from tests.models.calendar_fixtures import cal  # noqa: F401
from tests.models.test_attendees import single
from views.paper.attendee_text import when_text


@pytest.fixture
def language(qapp, request):
    i18n.use_language(request.param)
    yield request.param
    i18n.use_language("en")


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_the_weekday_is_bracketed_in_the_readers_typography(language, cal):  # noqa: F811
    ws, (community, _), _ = cal
    text = when_text(find_sitting(ws.conn, single(ws, community)))
    if language == "zh_CN":
        assert re.search(r"\d（周.）", text) and "(" not in text, text
    else:
        assert re.search(r"\d \([A-Z][a-z]+\)", text) and "（" not in text, text
