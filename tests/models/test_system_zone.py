"""The computer's zone is known on Windows too, where there is no /etc/localtime: read from
the registry through tzlocal and named the IANA way."""

from __future__ import annotations

import sys
import types

import pytest

from models.core import zones


@pytest.fixture
def on_windows(monkeypatch):
    monkeypatch.delenv("TZ", raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    zones.system_tzid.cache_clear()
    yield monkeypatch
    zones.system_tzid.cache_clear()


def _tzlocal(monkeypatch, answer):
    module = types.ModuleType("tzlocal")

    def get_localzone_name():
        if isinstance(answer, Exception):
            raise answer
        return answer
    module.get_localzone_name = get_localzone_name
    monkeypatch.setitem(sys.modules, "tzlocal", module)


def test_windows_zone_comes_from_the_registry_by_its_iana_name(on_windows):
    _tzlocal(on_windows, "Europe/Berlin")
    assert zones.system_tzid() == "Europe/Berlin"


def test_tz_still_wins_on_windows(on_windows):
    _tzlocal(on_windows, "Europe/Berlin")
    on_windows.setenv("TZ", "Asia/Tokyo")
    assert zones.system_tzid() == "Asia/Tokyo"


def test_a_windows_zone_without_an_iana_name_is_unknown_not_a_crash(on_windows):
    _tzlocal(on_windows, LookupError("no IANA name for 'Mid-Atlantic Standard Time'"))
    assert zones.system_tzid() is None
