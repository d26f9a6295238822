"""``qunzhu --self-test``: every step passes on a working installation, and a broken piece
(no Chinese font for charts) fails the run with one line naming it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _self_test(code: str, home: Path) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key != "MPLCONFIGDIR"}
    env.update({"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
                "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
                "XDG_DATA_HOME": str(home / ".local" / "share")})
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, env=env, timeout=300)


@pytest.mark.slow
def test_the_self_test_passes_and_leaves_the_users_files_alone(tmp_path):
    done = _self_test("import sys; from desktop.cli import main; "
                      "sys.exit(main(['--self-test']))", tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert not [line for line in lines if line.startswith("FAILED")]
    assert any(line.startswith("ok") and "Chinese" in line for line in lines)
    assert lines[-1].startswith("self-test: all 8 steps ok; window_shown_s=")
    assert "first_chart_s=" in lines[-1]
    # no settings, recent workspaces or log written into the user's folders
    assert not (tmp_path / ".config" / "Qunzhu").exists()
    assert not (tmp_path / ".local" / "share" / "Qunzhu").exists()


@pytest.mark.slow
def test_charts_that_would_draw_boxes_fail_the_self_test(tmp_path):
    """A machine without any font of the CJK list: the chart steps fail, each with a line
    saying why, and the run exits non-zero."""
    done = _self_test("import sys; from exports import chart_fonts; "
                      "chart_fonts.CJK_FALLBACK[:] = ['No Such Font']; "
                      "from desktop.cli import main; sys.exit(main(['--self-test']))",
                      tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    failed = [line for line in done.stdout.splitlines() if line.startswith("FAILED")]
    assert any("a chart with Chinese text" in line and "no Chinese font" in line
               for line in failed), failed
    assert any("export every chart" in line and "exited 2" in line for line in failed), failed
    assert "steps FAILED" in done.stdout.splitlines()[-1]
