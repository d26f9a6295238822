"""The fonts charts draw with, and the guarantee that Chinese never comes out as boxes.

matplotlib keeps the fonts it knows in a cache file (``fontlist-v*.json`` in its cache
folder) written the first time it runs and trusted from then on. A CJK font installed after
that (``fonts-noto-cjk`` on a machine matplotlib had already run on, or a frozen app whose
cache folder was made before) stays unknown, and every Chinese character becomes a box.
``families()`` notices it: when no family of ``CJK_FALLBACK`` is in the cache while the
system holds font files the cache has never seen, the cache is rebuilt once.

``use_cache_folder`` puts matplotlib's config and cache in a folder of ours (the app's
persistent cache), so a frozen app reads the cache instead of rebuilding it every launch
(PyInstaller's hook gives matplotlib a fresh temporary folder each time).

``no_missing_glyphs`` turns matplotlib's "Glyph ... missing from font" warnings during a draw
into ``GlyphsMissing``: a chart export fails with a message rather than writing boxes.
No Qt here: the CLI, the window and the self-test share it.
"""

from __future__ import annotations

import json
import os
import re
import sys
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from models.core.errors import Code, DomainError

#: Tried in order; the first installed ones are used, DejaVu Sans for what they lack.
CJK_FALLBACK = ["Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
                "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Hiragino Sans GB", "SimHei",
                "Noto Sans CJK JP", "Arial Unicode MS"]
LATIN_FALLBACK = "DejaVu Sans"

#: Font files seen at the last rebuild that matplotlib could not read (colour emoji, bitmap
#: fonts): known, so they do not make every later start rebuild again.
UNREADABLE_LIST = "qunzhu-unreadable-fonts.json"

_GLYPH_WARNING = re.compile(r"Glyph (\d+) \(.*\) missing from font")


class GlyphsMissing(DomainError):
    """A chart would draw boxes: no installed font has these characters."""

    def __init__(self, characters: str) -> None:
        super().__init__(Code.CHART_GLYPHS_MISSING, characters=characters)


def use_cache_folder(folder: Path | str) -> bool:
    """matplotlib's config and cache in ``folder`` (made if needed): call before matplotlib
    is imported. Returns False (and changes nothing) once matplotlib is imported, or when
    the user chose a folder with MPLCONFIGDIR (a frozen app's is PyInstaller's temporary one:
    replaced)."""
    if "matplotlib" in sys.modules:
        return False
    if os.environ.get("MPLCONFIGDIR") and not getattr(sys, "frozen", False):
        return False
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
    except OSError:
        return False  # matplotlib then finds a folder of its own (a temporary one at worst)
    os.environ["MPLCONFIGDIR"] = str(folder)
    return True


_lock = threading.Lock()
_families: list[str] = []


def families() -> list[str]:
    """The font families charts use, CJK ones first, then DejaVu Sans (found once per
    process; the font cache is rebuilt first when it predates the CJK fonts)."""
    with _lock:
        if not _families:
            from matplotlib import font_manager

            found = _installed_cjk(font_manager.fontManager)
            if not found and rebuild_if_stale():
                found = _installed_cjk(font_manager.fontManager)
            _families.extend(found + [LATIN_FALLBACK])
        return list(_families)


def forget() -> None:
    """Look the families up again next time (after a font was installed, and in tests)."""
    with _lock:
        _families.clear()


def _installed_cjk(manager) -> list[str]:
    installed = {entry.name for entry in manager.ttflist}
    return [name for name in CJK_FALLBACK if name in installed]


def rebuild_if_stale() -> bool:
    """Rebuild matplotlib's font cache when the system has font files it has never seen
    (neither in the cache nor known to be unreadable); True when it was rebuilt."""
    from matplotlib import font_manager

    manager = font_manager.fontManager
    known = {os.path.normcase(entry.fname) for entry in manager.ttflist}
    known |= _unreadable()
    unseen = [path for path in font_manager.findSystemFonts()
              if os.path.normcase(path) not in known]
    if not unseen:
        return False
    rebuild()
    return True


def rebuild() -> None:
    """Scan the system's fonts again, write the cache and use it in this process too."""
    from matplotlib import font_manager

    fresh = font_manager._load_fontmanager(try_read_cache=False)  # writes the cache file
    manager = font_manager.fontManager
    # in place: matplotlib's module-level findfont and get_font_names are its bound methods
    manager.__dict__.update(fresh.__dict__)
    manager._findfont_cached.cache_clear()
    font_manager._get_font.cache_clear()
    read = {os.path.normcase(entry.fname) for entry in manager.ttflist}
    unreadable = sorted(os.path.normcase(path) for path in font_manager.findSystemFonts()
                        if os.path.normcase(path) not in read)
    try:
        _unreadable_path().write_text(json.dumps(unreadable), encoding="utf-8")
    except OSError:
        pass  # a read-only cache folder: the next start checks again, no harm done


def _unreadable_path() -> Path:
    import matplotlib

    return Path(matplotlib.get_cachedir()) / UNREADABLE_LIST


def _unreadable() -> set[str]:
    try:
        return set(json.loads(_unreadable_path().read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return set()


@contextmanager
def no_missing_glyphs() -> Iterator[None]:
    """Raise ``GlyphsMissing`` (naming the characters) when matplotlib drew any character
    as a box inside the block; other warnings pass through as they would."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    missing: list[str] = []
    for warning in caught:
        match = _GLYPH_WARNING.search(str(warning.message))
        if match:
            character = chr(int(match.group(1)))
            if character not in missing:
                missing.append(character)
        else:
            warnings.warn_explicit(warning.message, warning.category, warning.filename,
                                   warning.lineno, source=warning.source)
    if missing:
        raise GlyphsMissing("".join(missing[:20]))
