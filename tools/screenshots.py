"""Save screenshots of the window, offscreen, in both languages, on the light palette or on
a dark one like a dark system theme's (views.tones.dark_palette).

    python tools/screenshots.py WS OUT [--dark]

Files are named LANG-N-TAB.png (with -dark before .png on the dark palette).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea  # noqa: E402


def wait(ms: int) -> None:
    """Run the event loop for ``ms`` (QTest.qWait would hold the GIL and starve workers)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(workspace: str, out: str, dark: bool = False) -> None:
    import desktop
    from desktop import i18n, paths
    from views import tones

    app = QApplication.instance() or QApplication([])
    paths.set_application_names(app)
    if dark:
        app.setPalette(tones.dark_palette())
    suffix = "-dark" if dark else ""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    for lang in ("zh_CN", "en"):
        i18n.use_language(lang)
        window = desktop.main_window(workspace)
        window.resize(1200, 760)
        window.show()
        for index in range(window.tabs.count()):
            tab = window.tabs.widget(index)
            window.tabs.setCurrentIndex(index)
            if hasattr(tab, "dashboard_ready"):  # a million members take a few seconds
                for _ in range(600):
                    if tab.dashboard is not None and not tab.busy.isVisible():
                        break
                    wait(200)
            wait(400)
            name = tab.objectName()
            window.grab().save(str(folder / f"{lang}-{index + 1}-{name}{suffix}.png"))
            scroll = tab.findChild(QScrollArea)
            # the whole scrolled page too, not only its top
            if scroll is not None and scroll.widget() is not None:
                scroll.widget().grab().save(
                    str(folder / f"{lang}-{index + 1}-{name}-full{suffix}.png"))
        window.close()


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--dark"]
    main(arguments[0], arguments[1], dark="--dark" in sys.argv[1:])
