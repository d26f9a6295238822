"""The font paper is printed in: the application's, with Chinese from a Simplified Chinese
face when the machine has one, and without locale glyph substitution.

Why: pan-CJK fonts (Noto Sans CJK, Source Han Sans, the usual ones on Linux) hold the
Japanese, Korean and Chinese forms of each character and pick one by the text's language
(OpenType ``locl``). Qt's PDF writer names each glyph's character by looking it up in the
font's character map, which points at the default forms only; a form chosen by ``locl``
is found under no character and comes out of the PDF as nothing (夜, 李, 娜 vanished from
a badge's text under zh_CN). An SC face draws Simplified Chinese forms by default, and
with ``locl`` off every glyph painted is one the character map knows.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

#: Simplified Chinese faces, by platform: Linux (Noto, Source Han), Windows, macOS.
SIMPLIFIED = ("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN",
              "Microsoft YaHei", "PingFang SC")


@lru_cache(maxsize=1)
def _chinese_face() -> str | None:
    families = set(QFontDatabase.families())
    return next((f for f in SIMPLIFIED if f in families), None)


def paper_font(point_size: float | None = None, bold: bool = False) -> QFont:
    font = QFont(QGuiApplication.font())
    chinese = _chinese_face()
    if chinese and chinese != font.family():
        font.setFamilies([font.family(), chinese])
    font.setFeature(QFont.Tag("locl"), 0)
    if point_size is not None:
        font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def paper_families() -> list[str]:
    """The families paper is printed in, in order (for ``views.paper.pdf_text``)."""
    return paper_font().families()
