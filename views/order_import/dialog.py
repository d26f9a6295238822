"""File > Import Orders…: pick a shop's order export, check how its columns were mapped
(and change or save the mapping), choose the community, see what importing would do, then
import on a worker with progress and Cancel.

The preview is a dry run (``import_orders(dry_run=True)``) on a read-only connection off
the UI thread (``views.background.run_query``): the file is read and matched again whenever
the mapping, the community or the choice about unmatched buyers changes. Import runs the
orders of the last preview through ``views.operation_runner.perform_long``; Edit > Undo
takes it back, a big one (more than ``BULK_ORDERS`` orders) on a worker too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exports.order_columns import FIELDS, apply_saved, mapping_by_header
from models.core.changes import Change
from models.imports.order_records import OrderImportOptions, OrderImportResult, Unmatched
from models.members.communities import list_communities
from models.store.workspace import Workspace
from views.background import run_query
from views.error_text import describe, problem_line

translate = QCoreApplication.translate


def field_labels() -> dict[str, str]:
    return {
        "order_no": translate("OrderImport", "Order number"),
        "paid_at": translate("OrderImport", "Paid at"),
        "ordered_at": translate("OrderImport", "Ordered at"),
        "phone": translate("OrderImport", "Buyer's phone"),
        "wechat_id": translate("OrderImport", "Buyer's WeChat id"),
        "name": translate("OrderImport", "Buyer's name or nickname"),
        "amount": translate("OrderImport", "Amount paid (yuan)"),
        "refunded": translate("OrderImport", "Amount refunded (yuan)"),
        "product": translate("OrderImport", "Products"),
        "status": translate("OrderImport", "Order status"),
        "refund_status": translate("OrderImport", "Refund status"),
        "original_no": translate("OrderImport", "Original order of a refund (原订单号)"),
        "refund_no": translate("OrderImport", "Refund number (退款编号)"),
    }


def yuan(fen: int) -> str:
    return f"¥{fen // 100:,}.{fen % 100:02d}"


class OrderImportDialog(QDialog):
    """See the module docstring. ``imported`` carries the result once written;
    ``previewed`` fires when a preview (or its failure) is shown."""

    imported = Signal(object)
    previewed = Signal()

    def __init__(self, workspace: Workspace, community_id: int | None, parent: QWidget | None,
                 *, undo_stack: QUndoStack, notify: Any) -> None:
        super().__init__(parent)
        self.setObjectName("orderImportDialog")
        self.setWindowTitle(translate("OrderImport", "Import Orders"))
        self.workspace, self.undo_stack, self.notify = workspace, undo_stack, notify
        self.path: Path | None = None
        self.headers: list[str] = []
        self.found: Any = None  # the last preview's OrderFile
        self.preview: OrderImportResult | None = None
        self.pending = None  # the running preview's handle
        self.task = None
        self.mapping: dict[int, str] | None = None  # None: as guessed from the headers
        self._build(community_id)
        self._connect_signals()

    # -- building ------------------------------------------------------------------------

    def _build(self, community_id: int | None) -> None:
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.file_edit = QLineEdit(readOnly=True)
        self.file_edit.setPlaceholderText(translate(
            "OrderImport", "An order export from 有赞, 微店, 小鹅通, 淘宝 or any sheet"))
        self.choose_button = QPushButton(translate("OrderImport", "Choose File…"))
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        self.detected_label = QLabel(wordWrap=True)
        layout.addWidget(self.detected_label)
        self.mapping_form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for field, label in field_labels().items():
            combo = QComboBox(objectName=f"orderField_{field}")
            self.combos[field] = combo
            self.mapping_form.addRow(label, combo)
        layout.addLayout(self.mapping_form)
        self.save_preset_button = QPushButton(translate("OrderImport", "Save Mapping…"))
        layout.addWidget(self.save_preset_button, 0, Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        self.community_combo = QComboBox(objectName="orderCommunity")
        self.community_combo.addItem(translate(
            "OrderImport", "No community (counted under all communities)"), None)
        for community in list_communities(self.workspace.conn):
            self.community_combo.addItem(community.name, community.id)
        found = self.community_combo.findData(community_id)
        self.community_combo.setCurrentIndex(max(found, 0))
        form.addRow(translate("OrderImport", "Community:"), self.community_combo)
        layout.addLayout(form)
        self.new_members_box = QCheckBox(translate(
            "OrderImport", "Add buyers matching no member as new members (source 订单)"))
        layout.addWidget(self.new_members_box)
        self.summary_label = QLabel(wordWrap=True, objectName="orderSummary")
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary_label)
        self.buyers_table = QTableWidget(0, 4, objectName="orderBuyers")
        self.buyers_table.setHorizontalHeaderLabels([
            translate("OrderImport", "Buyer"), translate("OrderImport", "Why"),
            translate("OrderImport", "Orders"), translate("OrderImport", "Amount")])
        self.buyers_table.verticalHeader().hide()
        for column in (0, 1):  # the buyer and why: whole, neither cut nor wrapped
            self.buyers_table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.buyers_table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.buyers_table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            translate("OrderImport", "Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        layout.addWidget(self.buttons)
        self.resize(640, 720)

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.save_preset_button.clicked.connect(self._on_save_preset_button_clicked)
        for combo in self.combos.values():
            combo.activated.connect(self._on_options_changed)
        self.community_combo.activated.connect(self._on_options_changed)
        self.new_members_box.toggled.connect(self._on_options_changed)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self._on_import_button_clicked)

    # -- choosing and previewing ---------------------------------------------------------

    def _on_choose_button_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, translate("OrderImport", "Import Orders"), "",
            translate("OrderImport", "Order exports (*.xlsx *.xls *.csv *.ods);;All files (*)"))
        if chosen:
            self.open_file(Path(chosen))

    def open_file(self, path: Path) -> None:
        """Read ``path``'s header and mapping, then preview (both off the UI thread)."""
        self.path = path
        self.file_edit.setText(str(path))
        self.mapping = None
        self._preview()

    def current_mapping(self) -> dict[int, str]:
        return {combo.currentData(): field for field, combo in self.combos.items()
                if combo.currentData() is not None}

    def options(self) -> OrderImportOptions:
        return OrderImportOptions(self.community_combo.currentData(),
                                  Unmatched.NEW if self.new_members_box.isChecked()
                                  else Unmatched.SKIP)

    def _on_options_changed(self, *_: object) -> None:
        if self.path is not None:
            self.mapping = self.current_mapping()
            self._preview()

    def _preview(self) -> None:
        from exports.orders import open_orders, read_orders
        from models.imports.order_import import import_orders
        from models.imports.order_records import OrdersRejected

        if self.pending is not None:
            self.pending.cancel()
        self.import_button.setEnabled(False)
        self.summary_label.setText(translate("OrderImport", "Reading the file…"))
        path, mapping, options = self.path, self.mapping, self.options()

        def work(conn: Any) -> tuple:
            source = open_orders(path)
            try:
                found = read_orders(source, mapping)
            finally:
                source.close()
            try:
                result = import_orders(conn, found.orders, options, problems=found.problems,
                                       dry_run=True)
            except OrdersRejected as rejected:  # the reader's, or refunds of no order
                found.problems[:] = found.problems or rejected.problems
                result = None
            return source, found, result

        self.pending = run_query(self, self.workspace.path, work, self._on_preview_done,
                                 self._on_preview_failed)

    def _on_preview_failed(self, error: Exception) -> None:
        self.pending = None
        self.found = self.preview = None
        self.summary_label.setText(describe(error))
        self.previewed.emit()

    def _on_preview_done(self, value: tuple) -> None:
        self.pending = None
        source, self.found, self.preview = value
        if self.mapping is None:  # a new file: its headers and guessed mapping
            self.headers = source.headers
            self._fill_combos(source.mapping)
        shop = source.shop or translate("OrderImport", "a spreadsheet")
        detected = translate("OrderImport", "Read as {shop}, header in row {row}.").format(
            shop=shop, row=source.header_row)
        fields = set((source.mapping if self.mapping is None else self.mapping).values())
        if "refunded" in fields and "amount" not in fields:
            detected += " " + translate("OrderImport", "A refund list (no amount paid): each "
                                        "row refunds the order it names.")
        self.detected_label.setText(detected)
        self._show_summary()
        self.previewed.emit()

    def _fill_combos(self, mapping: dict[int, str]) -> None:
        by_field = {f: i for i, f in mapping.items()}
        for field, combo in self.combos.items():
            combo.clear()
            combo.addItem(translate("OrderImport", "(not in the file)"), None)
            for index, header in enumerate(self.headers):
                combo.addItem(header or f"#{index + 1}", index)
            combo.setCurrentIndex(max(combo.findData(by_field.get(field)), 0))

    def apply_preset(self, by_header: dict[str, str]) -> None:
        """Map the columns as a saved preset says and preview again."""
        self._fill_combos(apply_saved(by_header, self.headers))
        self._on_options_changed()

    def _show_summary(self) -> None:
        found, result = self.found, self.preview
        self.buyers_table.setRowCount(0)
        if found is None:
            return
        if found.problems:
            lines = [problem_line(p) for p in found.problems[:30]]
            self.summary_label.setText(translate(
                "OrderImport", "{count} problem(s): nothing can be imported until the file "
                               "or the mapping is fixed.").format(count=len(found.problems))
                + "\n" + "\n".join(lines))
            return
        assert result is not None
        text = [translate(
            "OrderImport", "{count:,} refund(s) read: {already:,} given back before, {back:,} "
                           "purchase(s) to take back whole ({amount}).").format(
            count=result.orders, already=result.already_imported, back=result.taken_back,
            amount=yuan(result.amount_taken_back)) if found.refund_list else translate(
            "OrderImport", "{orders:,} order(s) read: {added:,} purchase(s) to add ({amount}), "
                           "{already:,} already imported, {back:,} to take back.").format(
            orders=result.orders, added=result.purchases_added,
            amount=yuan(result.amount_added), already=result.already_imported,
            back=result.taken_back)]
        if result.amounts_changed:
            text.append(translate(
                "OrderImport", "{count:,} purchase(s) imported before have a new amount (a "
                               "partial refund): {change} in all.").format(
                count=result.amounts_changed, change=("-" if result.amount_changed < 0 else "+")
                + yuan(abs(result.amount_changed))))
        if result.amounts_kept:
            text.append(translate(
                "OrderImport", "{count:,} purchase(s) show a higher amount than imported before "
                               "(an export older than a refund): kept as they were.").format(
                count=result.amounts_kept))
        if result.ended_before:
            text.append(translate(
                "OrderImport", "{count:,} order(s) shown as paid were refunded or closed in a "
                               "file imported before: they will not be added again.").format(
                count=result.ended_before))
        if result.not_purchases:
            text.append(translate("OrderImport", "Not purchases, by status: {statuses}.").format(
                statuses=", ".join(f"{s} {n:,}" for s, n in sorted(
                    result.not_purchases.items(), key=lambda i: -i[1]))))
        if result.unmatched:
            text.append((translate(
                "OrderImport", "{count:,} buyer(s) match no member: they will be added as "
                               "members.") if result.members_created else translate(
                "OrderImport", "{count:,} buyer(s) match no member: their orders will be left "
                               "out.")).format(count=len(result.unmatched)))
        if result.ambiguous:
            text.append(translate(
                "OrderImport", "{count:,} buyer name(s) are shared by several members: left "
                               "out.").format(count=len(result.ambiguous)))
        if result.masked_phones:
            text.append(translate(
                "OrderImport", "{count:,} order(s) have a masked phone (138****0000), which "
                               "cannot match a member.").format(count=result.masked_phones))
        self.summary_label.setText("\n".join(text))
        lines = [*result.unmatched, *result.ambiguous][:1000]
        self.buyers_table.setRowCount(len(lines))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, line in enumerate(lines):
            for column, value in enumerate((line.buyer.label, self._why(line),
                                            f"{line.orders:,}", yuan(line.amount))):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(right)
                self.buyers_table.setItem(row, column, item)
        self.import_button.setEnabled(
            result.purchases_added + result.taken_back + result.amounts_changed > 0)

    def _why(self, line: Any) -> str:
        """Why a buyer's orders are listed here instead of counted for a member."""
        if len(line.candidates) > 1:
            return translate("OrderImport", "{count} members have this name").format(
                count=len(line.candidates))
        if self.preview is not None and self.preview.members_created:
            return translate("OrderImport", "Added as a new member")
        return translate("OrderImport", "Matches no member")

    # -- writing -------------------------------------------------------------------------

    def _on_save_preset_button_clicked(self) -> None:
        name, ok = QInputDialog.getText(self, translate("OrderImport", "Save Mapping"),
                                        translate("OrderImport", "Name of this mapping:"))
        if ok:
            self.save_preset(name)

    def save_preset(self, name: str) -> None:
        from models.imports.order_presets import save_order_preset
        from views.operation_runner import Performer

        by_header = mapping_by_header(self.headers, self.current_mapping())
        Performer(self.undo_stack, self.workspace.conn, self.notify, parent=self).record(
            translate("OrderImport", "Save order mapping"),
            lambda conn: save_order_preset(conn, name, by_header))

    def _on_import_button_clicked(self) -> None:
        self.start_import()

    def start_import(self) -> None:
        from models.imports.order_import import BULK_ORDERS, order_import_operation
        from views.operation_runner import perform_long

        if self.found is None or self.found.problems:
            return
        orders, options, path = self.found.orders, self.options(), self.workspace.path

        def work(conn: Any, progress: Any) -> Any:
            return order_import_operation(orders, options, progress=progress)(conn)

        work.own_transaction = len(orders) > BULK_ORDERS  # type: ignore[attr-defined]
        self.import_button.setEnabled(False)
        self.task = perform_long(
            self, self.undo_stack, self.workspace.conn, path,
            translate("OrderImport", "Import orders"), work, self._notify, source="import",
            on_done=self._on_import_done,
            on_failed=lambda _error: self.import_button.setEnabled(True))

    def _notify(self, change: Change) -> None:
        self.notify(change)

    def _on_import_done(self, done: Any) -> None:
        # The orders read (100,000: ~50 MB) are not needed once imported, and the undo
        # stack keeps what it needs itself.
        self.found = self.preview = None
        self.imported.emit(done.value)
        self.accept()


def open_order_import(window: Any, workspace: Workspace, community_id: int | None) -> QDialog:
    dialog = OrderImportDialog(workspace, community_id, window, undo_stack=window.undo_stack,
                               notify=window.apply_changes)
    dialog.setModal(True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # with the orders it read
    dialog.show()
    return dialog


__all__ = ["FIELDS", "OrderImportDialog", "open_order_import"]
