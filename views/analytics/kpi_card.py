"""A KPI card: what is measured, its value this period, and the change against the one
before (green up, red down; for no-shows lower would be better, but every KPI here is
"more is better")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from models.analytics.dashboard import Kpi
from views import tones
from views.analytics.glossary_button import GlossaryButton

translate = QCoreApplication.translate


def format_value(value: float | None, unit: str) -> str:
    locale = QLocale()
    if value is None:
        return "—"
    if unit == "rate":
        return locale.toString(value * 100, "f", 1) + "%"
    if unit == "fen":
        return "¥" + locale.toString(value / 100, "f", 2)
    return locale.toString(int(value))


class KpiCard(QFrame):
    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"kpi_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(130)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.title = QLabel(title, self)
        self.glossary = GlossaryButton(key, self)
        heading = QHBoxLayout()
        heading.setContentsMargins(0, 0, 0, 0)
        heading.addWidget(self.title, 1)
        heading.addWidget(self.glossary)
        self.value = QLabel("…", self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.value.setFont(font)
        self.change = QLabel(" ", self)
        self.change.setTextFormat(Qt.TextFormat.PlainText)
        layout.addLayout(heading)
        for label in (self.value, self.change):
            layout.addWidget(label)

    def show_kpi(self, kpi: Kpi) -> None:
        self.value.setText(format_value(kpi.value, kpi.unit))
        previous = format_value(kpi.previous, kpi.unit)
        change = kpi.change
        if change is None:
            self.change.setText(translate("AnalyticsView", "before: {previous}").format(
                previous=previous))
            self.change.setStyleSheet("color: palette(placeholder-text);")
        else:
            arrow = "▲" if change > 0 else ("▼" if change < 0 else "＝")
            tone = "ok" if change > 0 else ("error" if change < 0 else "muted")
            self.change.setText(translate("AnalyticsView", "{arrow} {change} vs {previous}")
                                .format(arrow=arrow, change=f"{abs(change):.1%}",
                                        previous=previous))
            self.change.setStyleSheet(tones.text_style(tone))
        self.setToolTip(translate("AnalyticsView", "This period: {value}\nPrevious period: "
                                  "{previous}").format(value=self.value.text(),
                                                        previous=previous))

    def set_busy(self) -> None:
        self.value.setText("…")
