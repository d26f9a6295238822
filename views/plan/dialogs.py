"""New community: a name, a platform, and the plan to start from (empty or a template)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from models.core.vocab import Platform
from models.plan.templates import TEMPLATES
from views import tones
from views.plan import labels

translate = QCoreApplication.translate


class NewCommunityDialog(QDialog):
    def __init__(self, taken: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCommunityDialog")
        self.setWindowTitle(translate("PlanDialogs", "New community"))
        self.taken = taken
        self.name = QLineEdit(self)
        self.name.setObjectName("newCommunityName")
        self.platform = QComboBox(self)
        for platform in Platform:
            self.platform.addItem(platform.value, platform.value)
        self.template = QComboBox(self)
        self.template.setObjectName("newCommunityTemplate")
        for key in TEMPLATES:
            self.template.addItem(labels.template_name(key), key)
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(tones.text_style("error"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        form = QFormLayout(self)
        form.addRow(translate("PlanDialogs", "Name"), self.name)
        form.addRow(translate("PlanDialogs", "Platform"), self.platform)
        form.addRow(translate("PlanDialogs", "Start from"), self.template)
        form.addRow("", self.about)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.template.currentIndexChanged.connect(self._on_template_changed)
        self.name.textChanged.connect(self._check)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._on_template_changed()
        self._check()
        self.resize(480, 260)

    def _on_template_changed(self, *_args) -> None:
        key = self.template.currentData()
        self.about.setText({
            "empty": translate("PlanDialogs", "Every section empty, the seven roadmap steps and "
                               "the default escalation policy."),
        }.get(key, translate("PlanDialogs", "Every section written, {goals} goals bound to live "
                             "numbers, {roles} roles, {risks} risks, {rules} group rules and an "
                             "escalation policy, ready to adapt.").format(
            goals=len(TEMPLATES[key].goals), roles=len(TEMPLATES[key].roles),
            risks=len(TEMPLATES[key].risks), rules=len(TEMPLATES[key].rules))))

    def _check(self, *_args) -> None:
        name = self.name.text().strip()
        problem = ""
        if name in self.taken:
            problem = translate("PlanDialogs", "A community with this name exists already.")
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(name) and not problem)

    def values(self) -> tuple[str, str, str]:
        return self.name.text().strip(), self.platform.currentData(), self.template.currentData()
