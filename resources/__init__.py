"""Data shipped with Qunzhu: translations, icons, style sheets. No code beyond paths."""

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent
TRANSLATIONS = RESOURCES / "translations"
ICONS = RESOURCES / "icons"
