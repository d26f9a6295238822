"""Charts never draw boxes: a font cache older than the CJK fonts is noticed and rebuilt,
the rebuild is not repeated for fonts matplotlib cannot read, and a draw that would show
boxes is refused with the characters named."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from exports import chart_fonts

ROOT = Path(__file__).resolve().parents[2]

#: Writes a font cache without any CJK family into MPLCONFIGDIR: the cache of a machine
#: where matplotlib ran before fonts-noto-cjk (or Microsoft YaHei) was installed.
STALE = """
import matplotlib
from matplotlib import font_manager as fm
from exports.chart_fonts import CJK_FALLBACK
manager = fm.fontManager
manager.ttflist = [f for f in manager.ttflist
                   if f.name not in CJK_FALLBACK and "CJK" not in f.name]
path = f"{matplotlib.get_cachedir()}/fontlist-v{fm.FontManager.__version__}.json"
fm.json_dump(manager, path)
print(path)
"""

#: What the app does when it draws its first chart.
FIRST_CHART = """
from matplotlib import font_manager as fm
from exports import chart_fonts
calls = []
real = chart_fonts.rebuild
chart_fonts.rebuild = lambda: (calls.append(1), real())
print(chart_fonts.families()[0], len(calls))
"""


def _run(script: str, config: Path) -> str:
    env = {**os.environ, "MPLCONFIGDIR": str(config), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    return done.stdout.strip()


@pytest.fixture(scope="module")
def system_cjk() -> str:
    found = chart_fonts.families()
    if found[0] not in chart_fonts.CJK_FALLBACK:
        pytest.skip("no CJK font installed on this machine")
    return found[0]


@pytest.mark.slow
def test_a_cache_older_than_the_cjk_font_is_rebuilt_once(system_cjk, tmp_path):
    cache_file = Path(_run(STALE, tmp_path))
    cached = {entry["name"] for entry in json.loads(cache_file.read_text())["ttflist"]}
    assert system_cjk not in cached  # the stale cache really lacks it

    first, rebuilds = _run(FIRST_CHART, tmp_path).rsplit(" ", 1)
    assert first == system_cjk and rebuilds == "1"
    cached = {entry["name"] for entry in json.loads(cache_file.read_text())["ttflist"]}
    assert system_cjk in cached  # written back: the next start reads it

    first, rebuilds = _run(FIRST_CHART, tmp_path).rsplit(" ", 1)
    assert first == system_cjk and rebuilds == "0"  # not rebuilt on every start


@pytest.mark.slow
def test_fonts_matplotlib_cannot_read_do_not_cause_a_rebuild_each_start(tmp_path):
    """A machine without any CJK font, but with a colour emoji font matplotlib skips: after
    one rebuild the skipped files are remembered, so later starts do not rescan."""
    script = """
from matplotlib import font_manager as fm
from exports import chart_fonts
real_find = fm.findSystemFonts
fm.findSystemFonts = lambda *a, **k: real_find() + ["/nowhere/Unreadable Emoji.ttf"]
chart_fonts.CJK_FALLBACK[:] = ["No Such Font"]
first = chart_fonts.rebuild_if_stale()
print(first, chart_fonts.rebuild_if_stale())
"""
    assert _run(script, tmp_path) == "True False"


def test_a_missing_glyph_is_refused_and_named():
    with pytest.raises(chart_fonts.GlyphsMissing) as refused:
        with chart_fonts.no_missing_glyphs():
            warnings.warn("Glyph 32676 (\\N{CJK UNIFIED IDEOGRAPH-7FA4}) missing from font(s) "
                          "DejaVu Sans.", UserWarning, stacklevel=1)
    assert refused.value.params == {"characters": "群"}


def test_other_warnings_pass_through_the_glyph_guard():
    with pytest.warns(DeprecationWarning, match="old"):
        with chart_fonts.no_missing_glyphs():
            warnings.warn("old", DeprecationWarning, stacklevel=1)


def test_the_refusal_is_worded_in_chinese(qapp):
    from desktop import i18n
    from views.error_text import describe

    i18n.use_language("zh_CN")
    try:
        text = describe(chart_fonts.GlyphsMissing("群"))
    finally:
        i18n.use_language("en")
    assert "群" in text and "字体" in text


def test_our_cache_folder_is_used_only_before_matplotlib_is_imported(tmp_path, monkeypatch):
    import matplotlib  # noqa: F401  (imported by now in any test run)

    monkeypatch.delenv("MPLCONFIGDIR", raising=False)
    assert chart_fonts.use_cache_folder(tmp_path / "mpl") is False
    assert "MPLCONFIGDIR" not in os.environ
    script = ("import os, sys; from exports import chart_fonts; "
              f"print(chart_fonts.use_cache_folder({str(tmp_path / 'mpl')!r})); "
              "import matplotlib; print(matplotlib.get_configdir())")
    env = {k: v for k, v in os.environ.items() if k != "MPLCONFIGDIR"}
    env["PYTHONPATH"] = str(ROOT)
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                         text=True, timeout=60, check=True).stdout.split()
    assert out == ["True", str(tmp_path / "mpl")]
