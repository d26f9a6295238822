"""Words the import wizard shows for the engine's fields and policies (why a file cannot be
read, and a row's problems, are worded by ``views/error_text.py``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.imports.member_import import DuplicatePolicy

translate = QCoreApplication.translate


def policy_label(policy: DuplicatePolicy) -> str:
    return {
        DuplicatePolicy.SKIP: translate("ImportLabels", "Skip: keep the member as it is"),
        DuplicatePolicy.FILL_EMPTY: translate(
            "ImportLabels", "Update empty fields: fill in only what the member is missing"),
        DuplicatePolicy.OVERWRITE: translate(
            "ImportLabels", "Overwrite: the file's values replace the member's"),
        DuplicatePolicy.KEEP_BOTH: translate(
            "ImportLabels", "Keep both: add the row as a new member anyway"),
    }[policy]
