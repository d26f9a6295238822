"""The .ics export and import count a series by its occurrences: one weekly series of 8 with
an evening edited on its own is "1 series, 8 occurrences" (1 个系列，共 8 场), never "2 events"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from models.core.zones import set_default_tzid
from models.events import schedule as ev
from models.events.occurrences import detach_occurrence
from models.events.schedule import EventFields
from models.store.workspace import open_workspace

ROOT = Path(__file__).resolve().parents[2]


def qunzhu(*args: str, lang: str = "en") -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desktop", *args, "--lang", lang],
                          cwd=ROOT, capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def one_series(tmp_path):
    path = tmp_path / "runs.qunzhu"
    with open_workspace(path) as ws:
        set_default_tzid(ws.conn, "Asia/Shanghai")
        series, _ = ev.create_event(ws.conn, EventFields(
            title="周三夜跑", starts_at="2026-12-02T19:00:00+08:00",
            ends_at="2026-12-02T21:00:00+08:00", rrule="FREQ=WEEKLY;BYDAY=WE;COUNT=8"))
        moved, _ = detach_occurrence(ws.conn, series.id, "2026-12-16T19:00:00+08:00")
        ev.update_event(ws.conn, moved.id, location="操场东门")
    return path


def test_export_and_import_count_the_occurrences_of_a_series(one_series, tmp_path):
    out = tmp_path / "runs.ics"
    exported = qunzhu("export", "calendar", "--workspace", str(one_series), "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    assert f"Wrote {out}: 1 series, 8 occurrences (time zones" in exported.stdout
    imported = qunzhu("import", "calendar", str(out), "--workspace", str(one_series))
    assert imported.returncode == 0, imported.stderr
    assert "1 series, 8 occurrences; 0 new, 0 updated, 1 unchanged." in imported.stdout


def test_the_counts_in_chinese(one_series, tmp_path):
    out = tmp_path / "runs.ics"
    exported = qunzhu("export", "calendar", "--workspace", str(one_series), "-o", str(out),
                      lang="zh_CN")
    assert exported.returncode == 0, exported.stderr
    assert f"已写入 {out}：1 个系列，共 8 场（时区" in exported.stdout
    assert "2 场活动" not in exported.stdout
