"""The small editors of the points rules dialog: one points rule, one honour.

Each is a plain form that checks nothing itself: the domain refuses what a rule or an
honour cannot be, and the dialog says why (``views/error_text.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from models.activity.honours import Honour, Metric
from models.activity.points_rules import Rule
from models.core.vocab import ActivityKind
from views import labels


@dataclass(frozen=True)
class RuleValues:
    kind: str
    points: int
    per_fen: int | None
    daily_cap: int | None


@dataclass(frozen=True)
class HonourValues:
    name: str
    metric: str
    threshold: int
    every_community: bool


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class RuleEditor(QDialog):
    """A points rule: which kind of activity, how many points, per ¥ of its amount or per
    activity, and a daily cap."""

    def __init__(self, kinds: list[str], rule: Rule | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ruleEditor")
        self.setWindowTitle(self.tr("Points rule") if rule is None else self.tr("Edit rule"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("ruleKind")
        self.kind.setEditable(True)  # a kind of the operator's own
        standard = [k.value for k in ActivityKind]
        for kind in standard + [k for k in kinds if k not in standard]:
            self.kind.addItem(labels.activity_kind(kind), kind)
        self.points = QSpinBox(self)
        self.points.setObjectName("rulePoints")
        self.points.setRange(-100_000, 100_000)
        self.points.setValue(1)
        self.per_yuan_on = QCheckBox(self.tr("for every"), self)
        self.per_yuan_on.setObjectName("rulePerYuanOn")
        self.per_yuan = QDoubleSpinBox(self)
        self.per_yuan.setObjectName("rulePerYuan")
        self.per_yuan.setRange(0.01, 1_000_000)
        self.per_yuan.setDecimals(2)
        self.per_yuan.setPrefix("¥")
        self.per_yuan.setValue(10)
        self.per_yuan.setToolTip(self.tr("Points for each whole amount of the purchase "
                                         "(¥25.80 at +1 per ¥10 earns 2)"))
        self.cap_on = QCheckBox(self.tr("at most a day"), self)
        self.cap_on.setObjectName("ruleCapOn")
        self.cap = QSpinBox(self)
        self.cap.setObjectName("ruleCap")
        self.cap.setRange(1, 1_000_000)
        self.cap.setValue(1)
        self.cap.setToolTip(self.tr("A member earns at most this many points from the rule "
                                    "in one day"))
        form = QFormLayout(self)
        form.addRow(self.tr("Kind of activity:"), self.kind)
        form.addRow(self.tr("Points:"), self.points)
        form.addRow(self.per_yuan_on, self.per_yuan)
        form.addRow(self.cap_on, self.cap)
        form.addRow(_buttons(self))
        self.per_yuan_on.toggled.connect(self.per_yuan.setEnabled)
        self.cap_on.toggled.connect(self.cap.setEnabled)
        if rule is not None:
            self.set_values(RuleValues(rule.kind, rule.points, rule.per_fen, rule.daily_cap))
        else:
            self.per_yuan.setEnabled(False)
            self.cap.setEnabled(False)

    def set_values(self, v: RuleValues) -> None:
        index = self.kind.findData(v.kind)
        if index < 0:
            self.kind.addItem(labels.activity_kind(v.kind), v.kind)
            index = self.kind.count() - 1
        self.kind.setCurrentIndex(index)
        self.points.setValue(v.points)
        self.per_yuan_on.setChecked(v.per_fen is not None)
        self.per_yuan.setEnabled(v.per_fen is not None)
        if v.per_fen is not None:
            self.per_yuan.setValue(v.per_fen / 100)
        self.cap_on.setChecked(v.daily_cap is not None)
        self.cap.setEnabled(v.daily_cap is not None)
        if v.daily_cap is not None:
            self.cap.setValue(v.daily_cap)

    def values(self) -> RuleValues:
        text = self.kind.currentText().strip()
        index = self.kind.findText(text)
        # A label picked from the list stands for its stored kind; typed text is the kind.
        kind = self.kind.itemData(index) if index >= 0 else text
        return RuleValues(
            str(kind or ""), self.points.value(),
            round(self.per_yuan.value() * 100) if self.per_yuan_on.isChecked() else None,
            self.cap.value() if self.cap_on.isChecked() else None)


class HonourEditor(QDialog):
    """An honour: its name, what it measures and from which threshold, and whether it is
    this community's or every community's."""

    def __init__(self, community_name: str, honour: Honour | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("honourEditor")
        self.setWindowTitle(self.tr("Honour") if honour is None else self.tr("Edit honour"))
        self.name = QLineEdit(self)
        self.name.setObjectName("honourName")
        self.name.setPlaceholderText(self.tr("e.g. 活跃之星, 拉新达人"))
        self.metric = QComboBox(self)
        self.metric.setObjectName("honourMetric")
        for metric in Metric:
            self.metric.addItem(labels.honour_metric(metric.value), metric.value)
        self.metric.setToolTip(self.tr(
            "Points: the member's balance. Events: events of the community checked in. "
            "Members invited: members they referred (in the community). Months active: "
            "months with any activity in the community."))
        self.threshold = QSpinBox(self)
        self.threshold.setObjectName("honourThreshold")
        self.threshold.setRange(1, 100_000_000)
        self.threshold.setValue(100)
        self.every = QCheckBox(self.tr("Every community, not only {name}").format(
            name=community_name), self)
        self.every.setObjectName("honourEveryCommunity")
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Measure:"), self.metric)
        form.addRow(self.tr("From:"), self.threshold)
        form.addRow(self.every)
        form.addRow(_buttons(self))
        if honour is not None:
            self.set_values(HonourValues(honour.name, honour.metric, honour.threshold,
                                         honour.community_id is None))

    def set_values(self, v: HonourValues) -> None:
        self.name.setText(v.name)
        self.metric.setCurrentIndex(max(self.metric.findData(v.metric), 0))
        self.threshold.setValue(v.threshold)
        self.every.setChecked(v.every_community)

    def values(self) -> HonourValues:
        return HonourValues(self.name.text(), str(self.metric.currentData()),
                            self.threshold.value(), self.every.isChecked())
