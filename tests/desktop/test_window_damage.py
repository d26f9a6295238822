"""Damage found while the window is open: nothing more is written into the file."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

import desktop
from desktop import paths
from models.store import backup, damage


def test_damage_found_in_the_background_stops_writes_and_backups(
        demo_path, qtbot, qapp, monkeypatch):
    paths.set_application_names(qapp)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    window = desktop.main_window(demo_path, "en")
    qtbot.addWidget(window)
    try:
        window.safekeeping.on_check_done("*** in database main *** Page 42: btreeInitPage() error")

        assert shown and "will not save anything more" in shown[0]
        assert damage.recorded(demo_path)
        with pytest.raises(sqlite3.OperationalError):
            window.workspace.conn.execute("UPDATE members SET city = '上海'")
        window.safekeeping.back_up(announce=False)  # the timer's daily backup
        qtbot.waitUntil(lambda: "failed" in window.statusBar().currentMessage(),
                        timeout=5000)
        assert backup.latest_automatic_backup(demo_path) is None
    finally:
        window.close()
