"""The wizard's first steps: the file, its format, the community and whether to keep text;
then, for a sheet, which column holds what."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from models.members.communities import list_communities
from views.chat_import import engine
from views.chat_import.engine import Source
from views.chat_import.host import ChatImportHost
from views.chat_import.labels import FORMATS, format_label, format_short, handle_label, platform_of
from views.error_text import file_problem
from views.member_import.source_pages import shown

FILE_FILTER = "*.txt *.json *.csv *.xlsx *.xls *.ods *.html *.htm"
ERROR_STYLE = "color: #c0392b;"
MUTED_STYLE = "color: palette(placeholder-text);"


class FilePage(QWizardPage):
    """The file (its format detected from the content, or chosen), the community, and
    whether message text is kept."""

    def __init__(self, host: ChatImportHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = host
        self.setTitle(self.tr("Choose a chat export"))
        self.setSubTitle(self.tr("The group's own export, or any sheet with a time and a "
                                 "person column. Nothing is written until the last step."))
        self.path = QLineEdit(self)
        self.path.setObjectName("chatImportPath")
        self.path.setPlaceholderText(self.tr("a .txt, .json, .csv, .xlsx, .xls, .ods or .html "
                                             "file"))
        self.path.editingFinished.connect(self._on_path_editing_finished)
        self.browse = QPushButton(self.tr("Choose…"), self)
        self.browse.setObjectName("chatImportBrowse")
        self.browse.clicked.connect(self._on_browse_clicked)
        self.format = QComboBox(self)
        self.format.setObjectName("chatImportFormat")
        for fmt in FORMATS:
            self.format.addItem(format_label(fmt), fmt)
        self.format.activated.connect(self._on_format_activated)
        self.info = QLabel(self)
        self.info.setObjectName("chatImportFileInfo")
        self.info.setWordWrap(True)
        self.community = QComboBox(self)
        self.community.setObjectName("chatImportCommunity")
        self.community.currentIndexChanged.connect(lambda _: self.completeChanged.emit())
        self.no_community = QLabel(self.tr("There is no community yet. Create one first (File > "
                                           "New Community…), then import its chat here."), self)
        self.no_community.setWordWrap(True)
        self.no_community.setStyleSheet(ERROR_STYLE)
        self.keep_text = QCheckBox(self.tr("Keep message text (for keyword counts)"), self)
        self.keep_text.setObjectName("chatImportKeepText")
        why = QLabel(self.tr("Off by default: who spoke, when and in which community is all the "
                             "numbers need. The words people wrote are personal data; keep them "
                             "only if you will count keywords."), self)
        why.setWordWrap(True)
        why.setStyleSheet(MUTED_STYLE)
        where = QLabel(self.tr(
            "<b>Where to get the file</b><br>"
            "QQ (PC): 消息管理器, right-click the group, 导出消息记录, save as .txt.<br>"
            "WeChat: a desktop exporter (e.g. 留痕, WeChatMsg): the group as CSV, XLSX or "
            "HTML.<br>"
            "Telegram Desktop: in the group, ⋮ > Export chat history, format JSON.<br>"
            "Discord: DiscordChatExporter, the channel as CSV or JSON."), self)
        where.setObjectName("chatImportWhere")
        where.setWordWrap(True)
        where.setStyleSheet(MUTED_STYLE)

        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Format:"), self.format)
        form.addRow("", self.info)
        form.addRow(self.tr("Community:"), self.community)
        form.addRow("", self.no_community)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(self.keep_text)
        layout.addWidget(why)
        layout.addSpacing(18)
        layout.addWidget(where)
        layout.addStretch(1)
        self.setTabOrder(self.path, self.browse)
        self.setTabOrder(self.browse, self.format)
        self.setTabOrder(self.format, self.community)
        self.setTabOrder(self.community, self.keep_text)
        self._fill_communities()

    def _fill_communities(self) -> None:
        communities = list_communities(self.owner.workspace.conn)
        self.community.clear()
        for c in communities:
            self.community.addItem(c.name, c.id)
        self.community.setCurrentIndex(max(self.community.findData(self.owner.community_id), 0))
        self.community.setEnabled(bool(communities))
        self.no_community.setVisible(not communities)

    def choose_format(self, fmt: str) -> None:
        """Select ``fmt`` (one of ``FORMATS``) without reading the file again."""
        self.format.setCurrentIndex(max(self.format.findData(fmt), 0))

    def _on_browse_clicked(self) -> None:
        start = self.path.text() or self.owner.last_folder or str(
            self.owner.workspace.path.parent)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import chat records"), start,
            self.tr("Chat exports ({patterns});;All files (*)").format(patterns=FILE_FILTER))
        if name:
            self.open_path(Path(name))

    def _on_path_editing_finished(self) -> None:
        text = self.path.text().strip()
        source = self.owner.source
        if text and (source is None or Path(text) != source.path):
            self.open_path(Path(text))

    def _on_format_activated(self, _index: int) -> None:
        text = self.path.text().strip()
        if text:
            self.open_path(Path(text))

    def open_path(self, path: Path) -> bool:
        """Read enough of ``path`` to tell its format (the one chosen, or detected)."""
        self.path.setText(str(path))
        chosen = self.format.currentData()
        self.owner.source = None
        self.owner.detected = None
        self.format.setItemText(0, format_label("auto"))
        try:
            found, group = engine.detect(path, chosen)
        except Exception as error:  # the reader's refusal or the system's, in their words
            self._say(self.tr("Cannot read {name}: {reason}").format(
                name=path.name, reason=file_problem(error, path)), error=True)
            return False
        self.owner.detected = found
        self.owner.source = Source(path, "sheet" if platform_of(found) == "sheet" else chosen)
        if chosen == "auto":
            self.format.setItemText(0, self.tr("Detect from the content (found: {format})")
                                    .format(format=format_short(found)))
            text = self.tr("Found a {format} export.").format(format=format_short(found))
        else:
            text = self.tr("Read as a {format} export.").format(format=format_short(found))
        if group:
            text += " " + self.tr("Group: {name}.").format(name=group)
        if platform_of(found) == "sheet":
            text += " " + self.tr("Next, choose which column holds the time and the person.")
        self._say(text)
        self.owner.file_chosen(path, chosen)
        return True

    def _say(self, text: str, error: bool = False) -> None:
        self.info.setStyleSheet(ERROR_STYLE if error else "")
        self.info.setText(text)
        self.completeChanged.emit()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        self.owner.community_id = self.community.currentData()
        self.owner.keep_text = self.keep_text.isChecked()
        return True

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.owner.source is not None and self.community.currentData() is not None


class MappingPage(QWizardPage):
    """For a sheet: the time and person columns (and which handle the person column holds),
    optionally a second handle, the kind, the amount and the text. Edits a copy of the
    ``SheetMapping`` the sheet reader guessed from the headers."""

    NONE = -1

    def __init__(self, host: ChatImportHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = host
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Each row is one message, purchase or other interaction: say "
                                 "which column holds its time and who it was. The rest is "
                                 "optional."))
        self.preview: Any = None
        self.guessed: Any = None  # the reader's SheetMapping: headers and header row
        self.first: list[Any] = []
        self.time = self._combo("chatMapTime")
        self.person = self._combo("chatMapPerson")
        self.handle = self._handles("chatMapHandle")
        self.person2 = self._combo("chatMapPerson2")
        self.handle2 = self._handles("chatMapHandle2")
        self.kind = self._combo("chatMapKind")
        self.amount = self._combo("chatMapAmount")
        self.text = self._combo("chatMapText")
        self.samples: dict[QComboBox, QLabel] = {}
        self.header_info = QLabel(self)
        self.header_info.setStyleSheet(MUTED_STYLE)
        form = QFormLayout()
        for label, combo, handle in (
                (self.tr("Time:"), self.time, None),
                (self.tr("Person:"), self.person, self.handle),
                (self.tr("Another handle (optional):"), self.person2, self.handle2),
                (self.tr("Kind (optional):"), self.kind, None),
                (self.tr("Amount in yuan (optional):"), self.amount, None),
                (self.tr("Message text (optional):"), self.text, None)):
            row = QHBoxLayout()
            row.addWidget(combo, 2)
            if handle is not None:
                row.addWidget(QLabel(self.tr("holds"), self))
                row.addWidget(handle, 1)
            sample = QLabel(self)
            sample.setStyleSheet(MUTED_STYLE)
            sample.setMinimumWidth(200)
            self.samples[combo] = sample
            row.addWidget(sample, 2)
            form.addRow(label, row)
        self.warning = QLabel(self)
        self.warning.setObjectName("chatMapWarning")
        self.warning.setStyleSheet(ERROR_STYLE)
        self.warning.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header_info)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addStretch(1)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.currentIndexChanged.connect(self._on_changed)
        return combo

    def _handles(self, name: str) -> QComboBox:
        from exports.chat.sheet import HANDLES

        combo = QComboBox(self)
        combo.setObjectName(name)
        for handle in HANDLES:
            combo.addItem(handle_label(handle), handle)
        return combo

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        source = self.owner.source
        assert source is not None
        try:
            self.preview = engine.sheet_preview(source.path)
        except Exception as error:
            self.preview = None
            self.warning.setText(file_problem(error, source.path))
            self.completeChanged.emit()
            return
        guessed = source.mapping if source.mapping is not None else self.preview.mapping
        self.guessed = guessed
        self.first = next((values for n, values in self.preview.rows
                           if n > guessed.header_row), [])
        self.header_info.setText(self.tr("Header row: {row}. The first row below it is shown "
                                         "beside each choice.").format(row=guessed.header_row))
        headers = [h or self.tr("(column {n})").format(n=i + 1)
                   for i, h in enumerate(guessed.headers)]
        for combo in (self.time, self.person, self.person2, self.kind, self.amount, self.text):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— choose —") if combo in (self.time, self.person)
                          else self.tr("— none —"), self.NONE)
            for index, header in enumerate(headers):
                combo.addItem(header, index)
            combo.blockSignals(False)
        self.set_mapping(guessed)

    def set_mapping(self, mapping: Any) -> None:
        for combo, index in ((self.time, mapping.time), (self.person, mapping.person),
                             (self.person2, mapping.person2), (self.kind, mapping.kind),
                             (self.amount, mapping.amount), (self.text, mapping.text)):
            combo.setCurrentIndex(max(combo.findData(self.NONE if index is None else index), 0))
        self.handle.setCurrentIndex(max(self.handle.findData(mapping.person_handle), 0))
        self.handle2.setCurrentIndex(max(self.handle2.findData(mapping.person2_handle), 0))
        self._on_changed()

    def _column(self, combo: QComboBox) -> int | None:
        value = combo.currentData()
        return None if value in (None, self.NONE) else value

    def mapping(self) -> Any:
        """The columns chosen, as the sheet reader's ``SheetMapping``."""
        return replace(self.guessed, time=self._column(self.time),
                       person=self._column(self.person),
                       person_handle=self.handle.currentData(),
                       person2=self._column(self.person2),
                       person2_handle=self.handle2.currentData(),
                       kind=self._column(self.kind), amount=self._column(self.amount),
                       text=self._column(self.text))

    def _on_changed(self, *_: Any) -> None:
        for combo, sample in self.samples.items():
            index = combo.currentData()
            value = shown(self.first[index]) if isinstance(index, int) and \
                0 <= index < len(self.first) else ""
            sample.setText(self.tr("e.g. {value}").format(value=value) if value else "")
        chosen = [c for c in (self._column(x) for x in (
            self.time, self.person, self.person2, self.kind, self.amount, self.text))
            if c is not None]
        if self.preview is None:
            pass  # the reason is in the warning already
        elif self._column(self.time) is None or self._column(self.person) is None:
            self.warning.setText(self.tr("Choose the column with the time and the one that "
                                         "says who it was."))
        elif len(chosen) != len(set(chosen)):
            self.warning.setText(self.tr("Each column can fill one field only."))
        else:
            self.warning.clear()
        self.completeChanged.emit()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        source = self.owner.source
        if source is not None:
            self.owner.source = Source(source.path, "sheet", self.mapping())
        return True

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.preview is not None and not self.warning.text()
