"""A warning sign on the profile's tab that holds a refused value, so an operator who sees
Save greyed out on one tab knows which other tab to open, and the Save button says why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QPushButton, QStyle, QTabWidget, QWidget

translate = QCoreApplication.translate


def flag_tab(tabs: QTabWidget, page: QWidget, save: QPushButton, ok: bool) -> None:
    """Mark ``page``'s tab while its values are refused (``ok`` False), and clear it."""
    index = tabs.indexOf(page)
    if index < 0:
        return
    warning = tabs.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    tabs.setTabIcon(index, QIcon() if ok else warning)
    tabs.setTabToolTip(index, "" if ok else translate(
        "ProfileDialog", "A value here is refused: the reason is under the field."))
    flagged = [tabs.tabText(i).replace("&", "") for i in range(tabs.count())
               if not tabs.tabIcon(i).isNull()]
    save.setToolTip(translate("ProfileDialog", "Fix the refused value first (tab: {tabs})")
                    .format(tabs=", ".join(flagged)) if flagged else "")
