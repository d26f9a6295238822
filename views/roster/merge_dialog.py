"""The side-by-side merge of two records of one person.

Both records' fields in two columns, the older record (kept) on the left; where both
have a value and they differ, a radio button on each side picks the one to keep; where only
one has a value, it is kept. Above them, how much each record has (activities,
registrations, points, communities), so the operator sees where the history is. The dialog
only decides: ``decided`` says what (``MERGE`` with the choices, ``NOT_SAME``, ``SKIP``);
the duplicates dialog writes it through the roster's writer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.members import merge_preview
from models.members.merge import FIELDS
from models.members.merge_preview import Side
from models.store.workspace import Workspace
from views import labels

MERGE, NOT_SAME, SKIP = "merge", "not_same", "skip"
EMPTY = "—"
translate = QCoreApplication.translate


def field_label(field: str) -> str:
    """A member field as the merge dialogs name it."""
    own = {"spending_level": translate("MergeDialog", "Spending level"),
           "lifecycle": translate("MergeDialog", "Lifecycle stage"),
           "consent_at": translate("MergeDialog", "Consent date"),
           "consent_purpose": translate("MergeDialog", "Consent purpose"),
           "referrer_id": translate("MergeDialog", "Referrer")}
    return own.get(field) or labels.member_field(field)


class MergeDialog(QDialog):
    """Emits ``decided(kind, kept_id, gone_id, choices)``; ``choices`` maps a field (or
    ``field:ID``) to the member whose value is kept."""

    decided = Signal(str, int, int, dict)

    def __init__(self, workspace: Workspace, first: int, second: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge two records"))
        self.workspace = workspace
        self.kept, self.gone = merge_preview.sides(workspace.conn, first, second)
        self.groups: dict[str, QButtonGroup] = {}
        self._layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Everything both records have is kept: communities, tags, points, activities, "
            "registrations, follow-ups. Where both have a value and they differ, choose the "
            "one to keep; a value only one record has is kept (in bold)."), self)
        intro.setWordWrap(True)
        self._layout.addWidget(intro)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self._layout.addWidget(self.scroll, 1)
        buttons = QDialogButtonBox(self)
        self.merge_button = buttons.addButton(self.tr("Merge"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeRecords")
        self.not_same_button = buttons.addButton(self.tr("Not the same person"),
                                                 QDialogButtonBox.ButtonRole.ActionRole)
        self.not_same_button.setObjectName("notSamePerson")
        self.swap_button = buttons.addButton(self.tr("Keep the other record"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.swap_button.setObjectName("swapRecords")
        self.skip_button = buttons.addButton(self.tr("Skip"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        self.skip_button.setObjectName("skipPair")
        self.merge_button.clicked.connect(lambda: self._decide(MERGE))
        self.not_same_button.clicked.connect(lambda: self._decide(NOT_SAME))
        self.skip_button.clicked.connect(lambda: self._decide(SKIP))
        self.swap_button.clicked.connect(self.swap)
        self._layout.addWidget(buttons)
        self._build()
        # Tall enough for every field, but never past a 1366x768 screen's taskbar, where the
        # buttons would be out of reach (the grid scrolls instead).
        self.resize(720, min(760, self.screen().availableGeometry().height() - 80))

    # -- the grid ------------------------------------------------------------------------

    def _shown(self, side: Side, field: str) -> str:
        value = side.values[field]
        if value in (None, ""):
            return EMPTY
        if field == "lifecycle":
            return labels.lifecycle(str(value))
        if field == "gender":
            return labels.gender(str(value))
        if field == "spending_level":
            return labels.spending_level(str(value))
        if field == "referrer_id":
            return side.referrer_name or f"#{value}"
        if field == "consent_at":  # a day, as the profile shows it (imports keep the moment)
            return str(value)[:10]
        return str(value)

    def _build(self) -> None:
        self.groups = {}
        self.fixed: dict[str, int] = {}
        grid_host = QWidget(self.scroll)
        grid = QGridLayout(grid_host)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        for column, (side, title) in enumerate(((self.kept, self.tr("Kept #{id}")),
                                                (self.gone, self.tr("Merged into it #{id}"))),
                                               start=1):
            head = QLabel(f"<b>{title.format(id=side.id)}</b>", grid_host)
            grid.addWidget(head, 0, column)
            grid.addWidget(QLabel(side.created_at[:10], grid_host), 1, column)
        grid.addWidget(QLabel(self.tr("Record added"), grid_host), 1, 0)
        row = 2
        has = self.tr("What each has")
        counts = QLabel(f"<b>{has}</b>", grid_host)
        grid.addWidget(counts, row, 0, 1, 3)
        row += 1
        for name, label in (("activities", self.tr("Activities")),
                            ("registrations", self.tr("Registrations")),
                            ("points", self.tr("Points")),
                            ("communities", self.tr("Communities")),
                            ("tags", self.tr("Tags")),
                            ("follow_ups", self.tr("Follow-ups"))):
            grid.addWidget(QLabel(label, grid_host), row, 0)
            for column, side in enumerate((self.kept, self.gone), start=1):
                shown = QLabel(f"{side.counts[name]:,}", grid_host)
                shown.setObjectName(f"count_{name}_{column}")
                grid.addWidget(shown, row, column)
            row += 1
        fields = self.tr("Fields")
        grid.addWidget(QLabel(f"<b>{fields}</b>", grid_host), row, 0, 1, 3)
        row += 1
        for field in FIELDS:
            row = self._add_row(grid, grid_host, row, field, field_label(field),
                                self._shown(self.kept, field), self._shown(self.gone, field))
        for custom in merge_preview.differing_custom_fields(self.workspace.conn, self.kept,
                                                            self.gone):
            row = self._add_row(grid, grid_host, row, f"field:{custom.id}", custom.name,
                                "、".join(map(str, self.kept.custom[custom.id])),
                                "、".join(map(str, self.gone.custom[custom.id])))
        grid.setRowStretch(row, 1)
        self.scroll.setWidget(grid_host)

    def _add_row(self, grid: QGridLayout, host: QWidget, row: int, key: str, label: str,
                 kept_text: str, gone_text: str) -> int:
        grid.addWidget(QLabel(label, host), row, 0)
        if kept_text == gone_text or EMPTY in (kept_text, gone_text):
            # Nothing to choose: the same value, or the one side that has one is kept.
            if kept_text != gone_text:
                self.fixed[key] = self.gone.id if kept_text == EMPTY else self.kept.id
            for column, text in ((1, kept_text), (2, gone_text)):
                same = QLabel(text, host)
                same.setObjectName(f"value_{key}_{column}")
                if self.fixed.get(key) == (self.kept.id, self.gone.id)[column - 1]:
                    bold = same.font()  # the value the merged record will have
                    bold.setBold(True)
                    same.setFont(bold)
                same.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(same, row, column)
            return row + 1
        group = QButtonGroup(host)
        for column, (text, member) in enumerate(((kept_text, self.kept.id),
                                                 (gone_text, self.gone.id)), start=1):
            radio = QRadioButton(text, host)
            radio.setObjectName(f"choose_{key}_{column}")
            group.addButton(radio, member)
            grid.addWidget(radio, row, column)
        group.button(self.kept.id).setChecked(True)
        self.groups[key] = group
        return row + 1

    # -- deciding ------------------------------------------------------------------------

    def choices(self) -> dict[str, int]:
        return {**self.fixed, **{key: group.checkedId() for key, group in self.groups.items()}}

    def choose(self, key: str, member_id: int) -> None:
        """Pick ``member_id``'s value of ``key`` (as a click on its radio button would)."""
        self.groups[key].button(member_id).setChecked(True)

    def swap(self) -> None:
        """Keep the other record (its id stays; the choices start over)."""
        self.kept, self.gone = self.gone, self.kept
        self._build()

    def _decide(self, kind: str) -> None:
        self.decided.emit(kind, self.kept.id, self.gone.id, self.choices())
        self.accept() if kind == MERGE else self.reject()
