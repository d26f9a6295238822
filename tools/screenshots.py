"""Save screenshots of the window, offscreen, in both languages.

    python tools/screenshots.py WS OUT
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


def main(workspace: str, out: str) -> None:
    import desktop
    from desktop import i18n, paths

    app = QApplication.instance() or QApplication([])
    paths.set_application_names(app)
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
            window.grab().save(str(folder / f"{lang}-{index + 1}-{name}.png"))
            scroll = tab.findChild(QScrollArea)
            # the whole scrolled page too, not only its top
            if scroll is not None and scroll.widget() is not None:
                scroll.widget().grab().save(str(folder / f"{lang}-{index + 1}-{name}-full.png"))
        window.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
