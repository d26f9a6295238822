"""Save screenshots of the first run, offscreen, in both languages: the welcome page of an
empty workspace, the empty roster, the Help guide, an export's "Open / Show in folder".

    python tools/first_run_screenshots.py OUT
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from tools.screenshots import wait  # noqa: E402


def main(out: str) -> None:
    import desktop
    from desktop import i18n, paths
    from views.export_target import offer_written

    app = QApplication.instance() or QApplication([])
    paths.set_application_names(app)
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        for lang in ("zh_CN", "en"):
            i18n.use_language(lang)
            window = desktop.main_window(Path(scratch) / f"empty-{lang}.qunzhu")
            window.resize(1200, 760)
            window.show()
            wait(400)
            window.grab().save(str(folder / f"{lang}-welcome.png"))
            window.show_tab(1)
            wait(400)
            offer_written(window.roster_view, Path(scratch) / "qunzhu-roster.xlsx")
            wait(200)
            window.grab().save(str(folder / f"{lang}-empty-roster.png"))
            guide = window.first_run.open_guide()
            wait(300)
            guide.grab().save(str(folder / f"{lang}-guide.png"))
            bar = guide.browser.verticalScrollBar()
            bar.setValue(bar.maximum())
            wait(200)
            guide.grab().save(str(folder / f"{lang}-guide-end.png"))
            guide.close()
            window.close()


if __name__ == "__main__":
    main(sys.argv[1])
