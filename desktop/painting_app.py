"""The application object a headless command runs under.

Most commands need only a ``QCoreApplication`` (translations, settings). An ``export``
may paint (a sign-in sheet or badges as PDF through ``QPdfWriter``, a ticket as PNG),
and Qt paints text only under a ``QGuiApplication``; one application object is allowed
per process, so the choice is made before it exists. On Linux without a display the
``offscreen`` platform paints just the same (fonts through fontconfig); Windows and macOS
need no display to paint, so their own platform is kept there.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication

#: Commands that may paint a file.
PAINTING = ("export",)


def _no_display() -> bool:
    return sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def application(command: str | None) -> QCoreApplication:
    """The running application, or a new one fit for ``command``."""
    found = QCoreApplication.instance()
    if found is not None:
        return found
    if command not in PAINTING:
        return QCoreApplication(["qunzhu"])
    from PySide6.QtGui import QGuiApplication

    if _no_display():
        if not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QGuiApplication(["qunzhu"])
