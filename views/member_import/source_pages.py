"""The wizard's first three steps: the file, its header row, and its columns."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from exports import text_encoding
from exports.member_file import open_member_file
from exports.tables import UnreadableFile
from models.core.errors import Code
from models.imports import column_mapping
from models.imports.column_mapping import FIELDS
from models.imports.field_columns import field_id_of, target, with_fields
from models.members import custom_fields
from models.store.operations import recorded
from views import tones
from views.error_text import describe, file_problem
from views.labels import member_field
from views.member_import.host import ImportHost
from views.operation_runner import perform

FILE_FILTER = "*.xlsx *.xlsm *.xls *.ods *.csv *.txt"


def shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return value.isoformat(" ") if hasattr(value, "hour") else value.isoformat()
    return str(value)


class FilePage(QWizardPage):
    def __init__(self, host: ImportHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = host
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr("A member list from Excel, WPS, LibreOffice or another tool: "
                                 "XLSX, XLS, ODS or CSV (UTF-8, UTF-16, GBK, Big5 or "
                                 "Shift-JIS)."))
        self.path = QLineEdit(self)
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("a .xlsx, .xls, .ods or .csv file"))
        self.path.editingFinished.connect(self._on_path_editing_finished)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setObjectName("importBrowse")
        browse.clicked.connect(self._on_browse_clicked)
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("importSheet")
        self.sheet.activated.connect(self._on_sheet_activated)
        self.encoding = QComboBox(self)
        self.encoding.setObjectName("importEncoding")
        self.encoding.setToolTip(self.tr("The encoding the CSV was saved in: change it if the "
                                         "names in the next step look wrong."))
        self.encoding.addItem(self.tr("Detect"), None)
        for codec, label in text_encoding.CHOICES.items():
            self.encoding.addItem(label, codec)
        self.encoding.setEnabled(False)
        self.encoding.activated.connect(self._on_encoding_activated)
        self.info = QLabel(self)
        self.info.setObjectName("importFileInfo")
        self.info.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(QLabel(self.tr("Sheet:"), self))
        sheet_row.addWidget(self.sheet, 1)
        sheet_row.addWidget(QLabel(self.tr("Encoding:"), self))
        sheet_row.addWidget(self.encoding)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(sheet_row)
        layout.addWidget(self.info)
        layout.addStretch(1)

    def _on_browse_clicked(self) -> None:
        start = self.path.text() or str(self.owner.workspace.path.parent)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import members"), start,
            self.tr("Spreadsheets ({patterns});;All files (*)").format(patterns=FILE_FILTER))
        if name:
            self.open_path(Path(name))

    def _on_path_editing_finished(self) -> None:
        text = self.path.text().strip()
        if text and (self.owner.source is None or Path(text) != self.owner.source.table.path):
            self.open_path(Path(text))

    def _on_sheet_activated(self, index: int) -> None:
        if self.owner.source is not None:
            self.open_path(self.owner.source.table.path, self.sheet.itemText(index))

    def _on_encoding_activated(self, index: int) -> None:
        text = self.path.text().strip()
        if text:
            self.open_path(Path(text), encoding=self.encoding.itemData(index))

    def open_path(self, path: Path, sheet: str | None = None,
                  encoding: str | None = None) -> bool:
        """Read ``path`` (a CSV in ``encoding`` when given, else in the one detected)."""
        self.path.setText(str(path))
        self.encoding.setCurrentIndex(max(self.encoding.findData(encoding), 0))
        try:
            source = open_member_file(path, sheet, encoding)
        except UnreadableFile as error:
            self._fail(self.tr("Cannot read {name}: {reason}").format(
                name=path.name, reason=describe(error)))
            # A CSV whose encoding could not be told (or not in the one chosen): choose one.
            self.encoding.setEnabled(error.code == Code.ENCODING_UNKNOWN
                                     or encoding is not None)
            return False
        except (OSError, ValueError) as error:
            self._fail(self.tr("Cannot read {name}: {reason}").format(
                name=path.name, reason=file_problem(error, path)))
            return False
        self.owner.set_source(source)
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(source.table.sheets)
        self.sheet.setCurrentText(sheet or source.table.sheets[0])
        self.sheet.setEnabled(source.table.kind != "csv")
        self.sheet.blockSignals(False)
        self.encoding.setEnabled(source.table.kind == "csv")
        table = source.table
        if table.kind == "csv":
            delimiter = {",": self.tr("comma"), "\t": self.tr("tab"), ";": self.tr("semicolon"),
                         "|": self.tr("vertical bar")}.get(table.delimiter or ",", "")
            named = text_encoding.LABELS.get(table.encoding or "", table.encoding or "")
            text = (self.tr("CSV text in {encoding} (chosen), separated by {delimiter}.")
                    if encoding else
                    self.tr("CSV text in {encoding} (detected), separated by {delimiter}."))
            text = text.format(encoding=named, delimiter=delimiter)
            first = next((values for n, values in source.preview if n > source.header_row), None)
            if first:
                text += " " + self.tr("The first row reads: {values}").format(
                    values=" | ".join(shown(v) for v in first if shown(v).strip()))
        else:
            text = self.tr("{kind} workbook with {count} sheet(s).").format(
                kind=table.kind.upper(), count=len(table.sheets))
        if not source.preview:
            text += " " + self.tr("This sheet is empty.")
        self.info.setStyleSheet("")
        self.info.setText(text)
        self.completeChanged.emit()
        return True

    def _fail(self, message: str) -> None:
        self.owner.set_source(None)
        self.sheet.clear()
        self.info.setStyleSheet(tones.text_style("error"))
        self.info.setText(message)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.owner.source is not None and bool(self.owner.source.preview)


class PreviewPage(QWizardPage):
    def __init__(self, host: ImportHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = host
        self.setTitle(self.tr("Check the first rows"))
        self.setSubTitle(self.tr("The header row is guessed; rows above it (titles, notes) "
                                 "are not imported. Change it if the guess is wrong."))
        self.header_row = QSpinBox(self)
        self.header_row.setObjectName("importHeaderRow")
        self.header_row.valueChanged.connect(self._on_header_row_value_changed)
        self.table = QTableWidget(self)
        self.table.setObjectName("importPreview")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Header row:"), self))
        row.addWidget(self.header_row)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self._numbers: list[int] = []

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        source = self.owner.source
        assert source is not None
        self._numbers = [n for n, _ in source.preview]
        width = max((len(v) for _, v in source.preview), default=0)
        self.table.clear()
        self.table.setColumnCount(width)
        self.table.setRowCount(len(source.preview))
        self.table.setVerticalHeaderLabels([str(n) for n in self._numbers])
        for r, (_, values) in enumerate(source.preview):
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(shown(value)))
        self.header_row.blockSignals(True)
        self.header_row.setRange(self._numbers[0], self._numbers[-1])
        self.header_row.setValue(source.header_row)
        self.header_row.blockSignals(False)
        self._shade()
        self.table.resizeColumnsToContents()

    def _on_header_row_value_changed(self, number: int) -> None:
        source = self.owner.source
        if source is None or number not in self._numbers:
            return
        source.set_header_index(self._numbers.index(number))
        self.owner.mapping = with_fields(self.owner.workspace.conn, source.headers,
                                         source.mapping)
        self._shade()

    def _shade(self) -> None:
        source = self.owner.source
        if source is None:
            return
        above = QBrush(tones.tone("muted"))
        header = self.owner.source.header_index if self.owner.source else 0
        for r in range(self.table.rowCount()):
            for c in range(self.table.columnCount()):
                item = self.table.item(r, c)
                if item is None:
                    continue
                font = item.font()
                font.setBold(r == header)
                item.setFont(font)
                item.setForeground(above if r < header else QBrush())
        labels = source.headers
        self.table.setHorizontalHeaderLabels(
            [labels[c] if c < len(labels) and labels[c] else str(c + 1)
             for c in range(self.table.columnCount())])


class MappingPage(QWizardPage):
    NOT_IMPORTED = ""

    def __init__(self, host: ImportHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = host
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Which member field each column fills. Columns left as "
                                 "\"not imported\" are ignored. An ID column (from an exported "
                                 "roster) updates those members instead of adding new ones."))
        self.presets = QComboBox(self)
        self.presets.setObjectName("importPresets")
        self.presets.activated.connect(self._on_presets_activated)
        save = QPushButton(self.tr("Save as preset…"), self)
        save.setObjectName("importSavePreset")
        save.clicked.connect(self._on_save_clicked)
        self.delete = QPushButton(self.tr("Delete preset"), self)
        self.delete.clicked.connect(self._on_delete_clicked)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("importMapping")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("Import into")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.warning = QLabel(self)
        self.warning.setObjectName("importMappingWarning")
        self.warning.setStyleSheet(tones.text_style("error"))
        self.warning.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Preset:"), self))
        row.addWidget(self.presets, 1)
        row.addWidget(save)
        row.addWidget(self.delete)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warning)
        self.combos: list[QComboBox] = []
        self._names: dict[str, str] = {}  # custom field targets -> their names

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self._fill_presets()
        source = self.owner.source
        assert source is not None
        headers = source.headers
        first = next((values for n, values in source.preview if n > source.header_row), [])
        self.table.setRowCount(len(headers))
        self.combos = []
        fields = custom_fields.fields(self.owner.workspace.conn)
        self._names = {target(f.id): f.name for f in fields}
        for index, header in enumerate(headers):
            self.table.setItem(index, 0, QTableWidgetItem(header or self.tr("(column {n})")
                                                          .format(n=index + 1)))
            self.table.setItem(index, 1, QTableWidgetItem(
                shown(first[index]) if index < len(first) else ""))
            combo = QComboBox(self.table)
            combo.addItem(self.tr("— not imported —"), self.NOT_IMPORTED)
            for name in FIELDS:
                combo.addItem(member_field(name), name)
            for custom in fields:  # the workspace's custom fields
                combo.addItem(custom.name, target(custom.id))
            combo.currentIndexChanged.connect(self._on_combo_changed)
            self.table.setCellWidget(index, 2, combo)
            self.combos.append(combo)
        self.set_mapping(self.owner.mapping)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(2, 220)

    def _label(self, name: str) -> str:
        return self._names.get(name, name) if field_id_of(name) else member_field(name)

    def set_mapping(self, mapping: dict[int, str]) -> None:
        for index, combo in enumerate(self.combos):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(mapping.get(index, self.NOT_IMPORTED)), 0))
            combo.blockSignals(False)
        self._on_combo_changed()

    def _on_combo_changed(self, *_: object) -> None:
        mapping: dict[int, str] = {}
        used: set[str] = set()
        twice: set[str] = set()
        for index, combo in enumerate(self.combos):
            name = combo.currentData()
            if name:
                if name in used:
                    twice.add(name)
                used.add(name)
                mapping.setdefault(index, name)
        self.owner.mapping = mapping
        if twice:
            self.warning.setText(self.tr("Each field can come from one column only: {fields}")
                                 .format(fields=", ".join(self._label(f) for f in sorted(twice))))
        elif not used & {"display_name", "nickname", "id"}:
            self.warning.setText(self.tr("Choose the column that holds the name (or the ID "
                                         "column of an exported roster)."))
        else:
            self.warning.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return not self.warning.text()

    def _fill_presets(self) -> None:
        self.presets.clear()
        self.presets.addItem(self.tr("(guessed from the headers)"), None)
        for name in column_mapping.presets(self.owner.workspace.conn):
            self.presets.addItem(name, name)
        self.delete.setEnabled(False)

    def _on_presets_activated(self, index: int) -> None:
        name = self.presets.itemData(index)
        source = self.owner.source
        if source is None:
            return
        if name is None:
            self.set_mapping(with_fields(self.owner.workspace.conn, source.headers,
                                         column_mapping.guess_mapping(source.headers)))
        else:
            saved = column_mapping.presets(self.owner.workspace.conn).get(name, {})
            self.set_mapping(column_mapping.apply_preset(saved, source.headers))
        self.delete.setEnabled(name is not None)

    def _on_save_clicked(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save preset"),
                                        self.tr("Name of this column mapping:"),
                                        text=self.presets.currentData() or "")
        if ok and name.strip():
            self.save_preset(name.strip())

    def save_preset(self, name: str) -> None:
        headers, mapping = self.owner.headers, dict(self.owner.mapping)
        self._perform(self.tr("Save import preset {name}").format(name=name), lambda conn:
                      column_mapping.save_preset(conn, name, headers, mapping))
        self._fill_presets()
        self.presets.setCurrentIndex(self.presets.findData(name))
        self.delete.setEnabled(True)

    def _on_delete_clicked(self) -> None:
        name = self.presets.currentData()
        if name:
            self._perform(self.tr("Delete import preset {name}").format(name=name),
                          lambda conn: column_mapping.delete_preset(conn, name))
            self._fill_presets()

    def _perform(self, text: str, work) -> None:
        """A preset is the user's: saving or deleting it is one step on the window's undo
        stack (``owner.notify`` hears it, and its undo and redo)."""
        owner = self.owner
        perform(owner.undo_stack, owner.workspace.conn, text, recorded(work), owner.notify,
                parent=self, on_error=owner.undo_failed)

