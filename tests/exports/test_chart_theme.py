"""Charts in a dark window are drawn on the window's dark paper with light text; a chart saved
from there is still the light one a file should be."""

from __future__ import annotations

import io

import pytest
from matplotlib.colors import to_hex

from exports import charts
from exports.chart_theme import LIGHT, Theme

DARK = Theme(paper="#2b2b2b", text="#e8e8e8", muted="#8c8c8c", grid="#303030")


def _texts(figure) -> set[str]:
    from matplotlib.text import Text

    return {to_hex(t.get_color()) for t in figure.findobj(Text) if t.get_text()}


@pytest.mark.parametrize("key", list(charts.CHARTS))
def test_a_dark_chart_has_dark_paper_and_no_black_text(dashboard, chinese, key):
    chart = charts.CHARTS[key](dashboard, chinese)
    chart.restyle(DARK)
    assert to_hex(chart.figure.patch.get_facecolor()) == DARK.paper
    for ax in chart.figure.axes:
        assert to_hex(ax.patch.get_facecolor()) in (DARK.paper, "#000000") or \
            not ax.patch.get_visible()
    assert "#000000" not in _texts(chart.figure)


def test_a_chart_saved_from_a_dark_window_is_light(dashboard, chinese, tmp_path):
    from PIL import Image

    chart = charts.growth_chart(dashboard, chinese)
    chart.restyle(DARK)
    path = charts.save(chart, tmp_path / "growth.png")
    with Image.open(io.BytesIO(path.read_bytes())) as image:
        corner = image.convert("RGB").getpixel((2, 2))
    assert corner == (255, 255, 255)
    # and the window's figure is dark again
    assert to_hex(chart.figure.patch.get_facecolor()) == DARK.paper
    assert chart.theme == DARK
    chart.restyle(LIGHT)
    assert "#e8e8e8" not in _texts(chart.figure)
