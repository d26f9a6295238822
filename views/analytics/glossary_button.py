"""The "?" beside a KPI or chart title: hovering or clicking it shows the metric's written
definition (``exports.analytics_text.DEFINITIONS``, in the user's language)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QToolButton, QToolTip, QWidget

translate = QCoreApplication.translate


def definition(key: str) -> str:
    """The definition of metric ``key`` in the language installed now."""
    from views.analytics.texts import chart_text

    return chart_text().define(key)


class GlossaryButton(QToolButton):
    """A small "?" (objectName ``glossary_<key>``) whose tooltip is the definition."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"glossary_{key}")
        self.setText("?")
        self.setAutoRaise(True)
        self.setFixedSize(18, 18)
        self.setAccessibleName(translate("AnalyticsView", "What this number means"))
        self.text_shown = definition(key)
        # rich text, so a long definition wraps instead of running off the screen
        self.setToolTip(f"<p>{escape(self.text_shown)}</p>")
        self.clicked.connect(self.show_definition)

    def show_definition(self) -> None:
        QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self.toolTip(), self)
