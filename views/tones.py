"""Colours that mean something (an error, a warning, done, a tinted row), readable on any palette.

Every colour the tabs paint beyond the palette's own roles comes from here: a pair per meaning,
one for light palettes and one for dark ones (a dark system theme, Windows' high-contrast
themes), picked by whether the palette's text is lighter than its window. A tint is a
background *and* the text to write on it, so a tinted row never keeps the palette's text
colour (white on a pale yellow was the dark-mode bug). ``contrast`` is WCAG's ratio, which the
tests hold every pair to.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

#: Text colours: (on a light palette, on a dark one).
TONES = {
    "error": ("#c62828", "#ff8a80"),
    "warning": ("#9a5b00", "#ffcc80"),
    "ok": ("#2e7d32", "#81c784"),
    "info": ("#1565c0", "#90caf9"),
    "muted": ("#6b6b6b", "#a8a8a8"),
}

#: Backgrounds with the text written on them: (light (background, text), dark (background, text)).
TINTS = {
    "attention": (("#fff4d6", "#4a3800"), ("#4a3a12", "#ffe7a8")),
    "danger": (("#fdecea", "#8a1c1c"), ("#5a1f1f", "#ffd9d6")),
    "low": (("#c8e6c9", "#1b5e20"), ("#1f4a24", "#c8e6c9")),
    "medium": (("#ffe082", "#5c4100"), ("#5a4708", "#ffe082")),
    "high": (("#ef9a9a", "#7a0000"), ("#5f1f1f", "#ffcdd2")),
    "neutral": (("#e0e0e0", "#212121"), ("#3c3c3c", "#e6e6e6")),
}


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (the application's by default) writes light text on a dark window."""
    palette = _palette(palette)
    return (palette.color(QPalette.ColorRole.WindowText).lightness()
            > palette.color(QPalette.ColorRole.Window).lightness())


def tone(name: str, palette: QPalette | None = None) -> QColor:
    """The text colour meaning ``name`` (a key of ``TONES``) on ``palette``."""
    return QColor(TONES[name][is_dark(palette)])


def tint(name: str, palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """The background meaning ``name`` (a key of ``TINTS``) and the text to write on it."""
    background, text = TINTS[name][is_dark(palette)]
    return QColor(background), QColor(text)


def text_style(name: str, palette: QPalette | None = None) -> str:
    """A style sheet colouring a label's text with ``tone(name)``."""
    return f"color: {tone(name, palette).name()};"


def tint_style(name: str, palette: QPalette | None = None) -> str:
    """A label style sheet's ``background`` and ``color`` for ``tint(name)``."""
    background, text = tint(name, palette)
    return f"background: {background.name()}; color: {text.name()};"


def luminance(color: QColor) -> float:
    """WCAG 2 relative luminance."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours, 1 (the same) to 21 (black on white)."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(color: QColor, background: QColor, ratio: float = 4.5) -> QColor:
    """``color`` (a community's, say) made lighter or darker, in steps, until text in it
    reaches ``ratio`` against ``background``; the same hue, so it still says which."""
    lighter = luminance(background) < 0.18
    h, s, lightness, a = color.getHslF()
    step = 0.05 if lighter else -0.05
    result = QColor(color)
    while contrast(result, background) < ratio and 0.0 < lightness < 1.0:
        lightness = max(0.0, min(1.0, lightness + step))
        result = QColor.fromHslF(h, s, lightness, a)
    return result


def dark_palette() -> QPalette:
    """A dark palette like a dark system theme's (for screenshots and tests; the app itself
    takes the system's)."""
    roles = QPalette.ColorRole
    palette = QPalette()
    for role, value in ((roles.Window, "#2b2b2b"), (roles.WindowText, "#e8e8e8"),
                        (roles.Base, "#1e1e1e"), (roles.AlternateBase, "#262626"),
                        (roles.Text, "#e8e8e8"), (roles.Button, "#353535"),
                        (roles.ButtonText, "#e8e8e8"), (roles.BrightText, "#ffffff"),
                        (roles.Highlight, "#3d6fb4"), (roles.HighlightedText, "#ffffff"),
                        (roles.ToolTipBase, "#3a3a3a"), (roles.ToolTipText, "#e8e8e8"),
                        (roles.PlaceholderText, "#8c8c8c"), (roles.Link, "#8ab4f8"),
                        (roles.Light, "#505050"), (roles.Midlight, "#404040"),
                        (roles.Mid, "#303030"), (roles.Dark, "#1a1a1a"),
                        (roles.Shadow, "#000000")):
        palette.setColor(role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7a7a7a"))
    return palette
