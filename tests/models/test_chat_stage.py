"""What the chat import stages is what it stored before it was made faster: times in the
workspace's zone and in UTC (zones with half-hour offsets and summer time too), and import
keys that never change (a re-import must find the rows an earlier version wrote)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from models.activity import import_keys
from models.imports.chat_stage import Times


@pytest.mark.parametrize("tzid", ["Asia/Shanghai", "Asia/Kathmandu", "America/St_Johns",
                                  "Europe/London", "Australia/Lord_Howe", "UTC"])
def test_stored_and_utc_texts_follow_the_zone(tzid):
    zone = ZoneInfo(tzid)
    times = Times(zone)
    at = datetime(2025, 1, 1, 0, 0, 7)
    while at < datetime(2026, 1, 3):
        offset = at.replace(tzinfo=zone).utcoffset()
        minutes = int(offset.total_seconds()) // 60
        sign = "-" if minutes < 0 else "+"
        suffix = f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
        assert times.texts(at) == (at.isoformat() + suffix, (at - offset).isoformat() + "Z")
        at += timedelta(minutes=37, seconds=11)


def test_message_keys_are_those_earlier_versions_wrote():
    # computed by the import as it was first released (c94c91d): a changed key would make
    # every message of a file imported again a new activity
    assert import_keys.message_key(3, ("qq", "123456"), "2025-12-01T00:00:05Z", "发言",
                                   "大家早上好\n\ud800", 1) == 1288047600964871667
    assert import_keys.message_key(3, "qq:123456", "2025-12-01T00:00:05Z", "分享", "",
                                   0) == 2028713607081383354
    prefix = import_keys.message_key_prefix(3, ("qq", "123456"))
    assert import_keys.message_key_after(prefix, "2025-12-01T00:00:05Z", "分享", "", 0
                                         ) == 2028713607081383354
