"""Display labels for the checklist vocabularies and columns, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.core.vocab import ItemStatus, MaterialCategory

translate = QCoreApplication.translate


def category(value: str | None) -> str:
    return {
        MaterialCategory.PROMOTION: translate("ChecklistLabels", "Promotional material"),
        MaterialCategory.GIFT: translate("ChecklistLabels", "Gifts"),
        MaterialCategory.EQUIPMENT: translate("ChecklistLabels", "Equipment"),
        MaterialCategory.STATIONERY: translate("ChecklistLabels", "Stationery"),
        MaterialCategory.CATERING: translate("ChecklistLabels", "Catering"),
        MaterialCategory.VENUE: translate("ChecklistLabels", "Venue"),
        MaterialCategory.OTHER: translate("ChecklistLabels", "Other"),
    }.get(value or "", value or "")


def status(value: str | None) -> str:
    return {
        ItemStatus.TO_PREPARE: translate("ChecklistLabels", "To prepare"),
        ItemStatus.ORDERED: translate("ChecklistLabels", "Ordered"),
        ItemStatus.ARRIVED: translate("ChecklistLabels", "Arrived"),
        ItemStatus.PACKED: translate("ChecklistLabels", "Packed"),
        ItemStatus.USED: translate("ChecklistLabels", "Used"),
        ItemStatus.RETURNED: translate("ChecklistLabels", "Returned"),
    }.get(value or "", value or "")


def field(name: str) -> str:
    """The column header of an item field."""
    return {
        "name": translate("ChecklistLabels", "Item"),
        "category": translate("ChecklistLabels", "Category"),
        "spec": translate("ChecklistLabels", "Spec"),
        "quantity": translate("ChecklistLabels", "Qty"),
        "unit": translate("ChecklistLabels", "Unit"),
        "unit_price": translate("ChecklistLabels", "Unit price"),
        "amount": translate("ChecklistLabels", "Amount"),
        "supplier": translate("ChecklistLabels", "Supplier"),
        "owner": translate("ChecklistLabels", "Owner"),
        "due_on": translate("ChecklistLabels", "Due"),
        "status": translate("ChecklistLabels", "Status"),
        "location": translate("ChecklistLabels", "Stored at"),
        "notes": translate("ChecklistLabels", "Notes"),
        "material_id": translate("ChecklistLabels", "From library"),
    }.get(name, name)
