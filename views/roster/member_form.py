"""The editable part of a member's profile: fields validated as the user types.

Used by the profile dialog and by "Add member". A phone, WeChat id or email that another
member already uses is flagged with a link to that member (``open_member_requested``).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from models.core.errors import Message
from models.core.validation import Invalid
from models.core.vocab import Lifecycle, SpendingLevel
from models.members import records
from models.members.records import Member
from models.store.workspace import Workspace
from views import labels, tones
from views.error_text import message_text


class MemberForm(QWidget):
    """Emits ``validity_changed(ok)`` as fields become valid or not, and
    ``open_member_requested(id)`` when a duplicate's link is clicked."""

    validity_changed = Signal(bool)
    open_member_requested = Signal(int)

    def __init__(self, workspace: Workspace, member: Member | None = None,
                 tags: set[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberForm")
        self.workspace = workspace
        self.member = member
        self.errors: dict[str, Message] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.name = QLineEdit(self)
        self.name.setObjectName("field_display_name")
        self.nickname = QLineEdit(self)
        self.gender = QComboBox(self)
        for value in ("", "女", "男"):
            self.gender.addItem(labels.gender(value) or "—", value or None)
        self.birth_year = QLineEdit(self)
        self.birth_year.setPlaceholderText(self.tr("e.g. 1990"))
        self.city = QLineEdit(self)
        self.occupation = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.phone.setObjectName("field_phone")
        self.phone.setPlaceholderText(self.tr("11 digits; spaces, dashes and +86 are fine"))
        self.wechat_id = QLineEdit(self)
        self.wechat_id.setObjectName("field_wechat_id")
        self.email = QLineEdit(self)
        self.email.setObjectName("field_email")
        self.source = QComboBox(self)
        self.source.setEditable(True)
        for value in ("", "朋友推荐", "公众号", "小红书", "微信群二维码", "线下活动", "视频号",
                      "抖音", "知乎", "微博", "官网", "其他"):
            self.source.addItem(value)
        self.lifecycle = QComboBox(self)
        self.lifecycle.addItem("—", None)
        for stage in Lifecycle:
            self.lifecycle.addItem(labels.lifecycle(stage), stage.value)
        self.interests = QLineEdit(self)
        self.interests.setPlaceholderText(self.tr("e.g. 读书、咖啡"))
        self.spending = QComboBox(self)
        self.spending.setEditable(True)
        self.spending.addItem("")
        for level in SpendingLevel:  # worded per language, stored as the preset
            self.spending.addItem(labels.spending_level(level))
        self.tags = QLineEdit(self)
        self.tags.setObjectName("field_tags")
        self.tags.setPlaceholderText(self.tr("separate with commas: 宝妈, VIP"))
        self.consented = QCheckBox(self.tr("Agreed on"), self)
        self.consent_at = QDateEdit(self)
        self.consent_at.setCalendarPopup(True)
        self.consent_at.setDisplayFormat("yyyy-MM-dd")
        self.consent_at.setDate(QDate.currentDate())
        self.consent_purpose = QLineEdit(self)
        self.consent_purpose.setPlaceholderText(self.tr("what the member agreed to, e.g. 活动通知"))
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(80)
        self.problem = QLabel(self)
        self.problem.setObjectName("formProblem")
        self.problem.setStyleSheet(tones.text_style("error"))
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.RichText)
        self.problem.linkActivated.connect(self._on_problem_link_activated)

        consent = QHBoxLayout()
        consent.addWidget(self.consented)
        consent.addWidget(self.consent_at)
        consent.addWidget(self.consent_purpose, 1)
        form.addRow(self.tr("Name *"), self.name)
        form.addRow(self.tr("Nickname"), self.nickname)
        form.addRow(self.tr("Gender"), self.gender)
        form.addRow(self.tr("Birth year"), self.birth_year)
        form.addRow(self.tr("City"), self.city)
        form.addRow(self.tr("Occupation"), self.occupation)
        form.addRow(self.tr("Mobile"), self.phone)
        form.addRow(self.tr("WeChat id"), self.wechat_id)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Stage"), self.lifecycle)
        form.addRow(self.tr("Interests"), self.interests)
        form.addRow(self.tr("Spending"), self.spending)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Consent"), consent)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.problem)

        if member is not None:
            self._load(member, tags or set())
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(150)
        self._check_timer.timeout.connect(self.validate)
        for edit in (self.name, self.phone, self.wechat_id, self.email, self.birth_year):
            edit.textChanged.connect(self._check_timer.start)
        self.consented.toggled.connect(self.consent_at.setEnabled)
        self.consent_at.setEnabled(self.consented.isChecked())
        self.validate()

    def _load(self, m: Member, tags: set[str]) -> None:
        self.name.setText(m.display_name)
        self.nickname.setText(m.nickname or "")
        self.gender.setCurrentIndex(max(self.gender.findData(m.gender), 0))
        self.birth_year.setText(str(m.birth_year or ""))
        self.city.setText(m.city or "")
        self.occupation.setText(m.occupation or "")
        self.phone.setText(m.phone or "")
        self.wechat_id.setText(m.wechat_id or "")
        self.email.setText(m.email or "")
        self.source.setCurrentText(m.source or "")
        self.lifecycle.setCurrentIndex(max(self.lifecycle.findData(m.lifecycle), 0))
        self.interests.setText(m.interests or "")
        self.spending.setCurrentText(labels.spending_level(m.spending_level))
        self.tags.setText("、".join(sorted(tags)))
        self.consented.setChecked(bool(m.consent_at))
        if m.consent_at:
            self.consent_at.setDate(QDate.fromString(m.consent_at[:10], "yyyy-MM-dd"))
        self.consent_purpose.setText(m.consent_purpose or "")
        self.notes.setPlainText(m.notes or "")

    def values(self) -> dict[str, object]:
        """The member fields as typed (cleaned by the model when written)."""
        return {
            "display_name": self.name.text(),
            "nickname": self.nickname.text(),
            "gender": self.gender.currentData(),
            "birth_year": self.birth_year.text(),
            "city": self.city.text(),
            "occupation": self.occupation.text(),
            "phone": self.phone.text(),
            "wechat_id": self.wechat_id.text(),
            "email": self.email.text(),
            "source": self.source.currentText(),
            "lifecycle": self.lifecycle.currentData(),
            "interests": self.interests.text(),
            "spending_level": labels.spending_level_stored(self.spending.currentText()),
            "consent_at": self.consent_at.date().toString("yyyy-MM-dd")
            if self.consented.isChecked() else None,
            "consent_purpose": self.consent_purpose.text(),
            "notes": self.notes.toPlainText(),
        }

    def changed_values(self) -> dict[str, object]:
        """Only the fields that differ from the member as loaded (all of them for a new one)."""
        typed = records.clean_fields(self.values())
        if self.member is None:
            return typed
        return {k: v for k, v in typed.items() if getattr(self.member, k) != v}

    def tag_names(self) -> set[str]:
        text = self.tags.text()
        for sep in "，、,;；|":
            text = text.replace(sep, " ")
        return {t for t in text.split() if t}

    def validate(self) -> bool:
        """Check every field now; show the first problems; emit ``validity_changed``."""
        errors: dict[str, str] = {}
        try:
            records.clean_fields(self.values())
        except records.FieldErrors as error:
            errors = dict(error.errors)
        messages = [self._describe(field, reason) for field, reason in errors.items()]
        exclude = self.member.id if self.member else None
        try:
            found = records.conflicts(
                self.workspace.conn,
                phone=(records.EDITABLE["phone"](self.phone.text())
                       if "phone" not in errors else None),
                wechat_id=self.wechat_id.text().strip() or None,
                email=self.email.text().strip().lower() or None if "email" not in errors else None,
                exclude_id=exclude)
        except Invalid:
            found = []
        for conflict in found:
            messages.append(self.tr('{field} is already used by <a href="member:{id}">{name}</a>')
                            .format(field=self._field_label(conflict.field), id=conflict.member_id,
                                    name=conflict.display_name))
        for field, edit in (("display_name", self.name), ("phone", self.phone),
                            ("wechat_id", self.wechat_id), ("email", self.email),
                            ("birth_year", self.birth_year)):
            bad = field in errors or any(c.field == field for c in found)
            edit.setStyleSheet(f"border: 1px solid {tones.tone('error').name()};" if bad else "")
        self.problem.setText("<br>".join(messages))
        self.errors = errors
        ok = not errors
        self.validity_changed.emit(ok)
        return ok

    def _field_label(self, field: str) -> str:
        return {"display_name": self.tr("Name"), "phone": self.tr("Mobile"),
                "wechat_id": self.tr("WeChat id"), "email": self.tr("Email"),
                "birth_year": self.tr("Birth year"), "gender": self.tr("Gender"),
                "consent_at": self.tr("Consent date"),
                "lifecycle": self.tr("Stage")}.get(field, field)

    def _describe(self, field: str, reason: Message) -> str:
        return f"{self._field_label(field)}: {message_text(reason)}"

    def _on_problem_link_activated(self, link: str) -> None:
        if link.startswith("member:"):
            self.open_member_requested.emit(int(link.split(":", 1)[1]))
