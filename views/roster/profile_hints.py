"""What each list in a member's profile says while it is empty: what belongs there and how
to put something there (the menus and buttons named as the window names them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def communities() -> str:
    return translate("ProfileHints", "Not in any community yet. Select this member in the "
                     "roster and use Add to community…, or import a chat export "
                     "(File > Import Chat Records…): joining lines add the membership.")


def invited() -> str:
    return translate("ProfileHints", "Has not invited anyone yet. Open the profile of someone "
                     "they invited and set them as the referrer, or import a chat export: its "
                     "invitation lines fill this in.")


def points() -> str:
    return translate("ProfileHints", "No points yet. Grant some above, or set points rules "
                     "(Edit > Points Rules & Honours…) so interactions earn them.")


def activities() -> str:
    return translate("ProfileHints", "No interactions yet. Use Log interaction… (Ctrl+L), or "
                     "import a chat export or a shop's orders from the File menu.")


def violations() -> str:
    return translate("ProfileHints", "No violations recorded. Record one with the form below.")


def needs() -> str:
    return translate("ProfileHints", "No needs recorded for this member. Needs are collected "
                     "in the Plan tab, under Needs backlog, where one can name this member.")
