"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void Qt call and the
process aborts after a few thousand. pyproject.toml pins around it; this proves the pin."""

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for i in range(10_000):
        label.setText("x" if i % 2 else "y")  # returns nothing: the case that leaked
    after = sys.getrefcount(None)
    assert after >= before - 50, f"None lost {before - after} references over 10,000 calls"
