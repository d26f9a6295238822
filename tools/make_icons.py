"""Render the app icon's PNG, ICO (Windows) and ICNS (macOS) from resources/icons/qunzhu.svg.

    python tools/make_icons.py

The outputs are committed (the build and the window use them as they are); run this again
after editing the SVG. Qt draws the SVG (its text in the CJK font installed here, Noto Sans
CJK SC on the developers' machines); Pillow, which matplotlib already brings, packs the sizes
into .ico and .icns.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]


def render(size: int):
    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS / "qunzhu.svg"))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    big = render(512)
    big.save(ICONS / "qunzhu-512.png", optimize=True)
    render(256).save(ICONS / "qunzhu.png", optimize=True)
    render(48).save(ICONS / "qunzhu-48.png", optimize=True)
    render(256).save(ICONS / "qunzhu.ico", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[render(s) for s in ICO_SIZES[:-1]])
    big.save(ICONS / "qunzhu.icns")
    for name in sorted(p.name for p in ICONS.iterdir()):
        print(name, (ICONS / name).stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
