"""A workspace in a synced folder or on a network share: the window explains and offers a
local copy, the CLI warns in one line. The synced folder here is a real folder named
``Dropbox`` (how the detector knows it); the network kind is described to the dialog."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

import desktop
from desktop import i18n, location_prompt, paths, settings
from desktop.location_prompt import LocationPrompt
from models.members import records
from models.store.location import Risk, RiskKind
from models.store.workspace import open_workspace
from tests.desktop.test_cli import qunzhu


@pytest.fixture
def synced(tmp_path):
    """A workspace holding one member, in a Dropbox folder."""
    path = tmp_path / "Dropbox" / "社群.qunzhu"
    path.parent.mkdir()
    with open_workspace(path) as ws:
        records.create_member(ws.conn, {"display_name": "李娜", "phone": "13900139000"})
    return path


@pytest.fixture
def window(qtbot, qapp, demo_path):
    paths.set_application_names(qapp)
    window = desktop.main_window(demo_path, "en")
    qtbot.addWidget(window)
    yield window
    window.close()


def _answer(monkeypatch, choice: str) -> None:
    def exec_(self):
        {"move": self.move_button, "open": self.open_button,
         "cancel": self.cancel_button}[choice].click()
        return 0

    monkeypatch.setattr(LocationPrompt, "exec", exec_)


def _file_dialog(monkeypatch, *answers):
    asked = []
    answers = list(answers)

    def save(parent, caption, suggested, *args, **kwargs):
        asked.append(suggested)
        answer = answers.pop(0)
        return (suggested if answer is None else str(answer)), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    return asked


def _messages(monkeypatch):
    shown = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a, k=kind, **kw:
                            shown.append((k, text)) or QMessageBox.StandardButton.Ok)
    return shown


def _names(path):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT display_name FROM members ORDER BY id")]
    finally:
        conn.close()


@pytest.mark.parametrize("lang, kind, expected", [
    ("en", RiskKind.SYNCED, ["Workspace in a synced folder", "Dropbox syncs",
                             "conflicted copies", "Move to a local folder…"]),
    ("en", RiskKind.NETWORK, ["Workspace on a network share", "(\\\\nas\\team)",
                              "write-ahead log (WAL)", "Open anyway"]),
    ("zh_CN", RiskKind.SYNCED, ["同步", "冲突副本", "移到本机文件夹…", "仍然打开"]),
    ("zh_CN", RiskKind.NETWORK, ["网络共享", "预写日志", "移到本机文件夹…"]),
])
def test_the_prompt_explains_why_and_moving_is_the_default(qtbot, tmp_path, lang, kind,
                                                           expected):
    i18n.use_language(lang)
    try:
        name = "Dropbox" if kind is RiskKind.SYNCED else "\\\\nas\\team"
        prompt = LocationPrompt(tmp_path / "社群.qunzhu", Risk(kind, name, "/x"), tmp_path)
        qtbot.addWidget(prompt)
        shown = "\n".join([prompt.windowTitle(), prompt.text(), prompt.informativeText(),
                           *(b.text() for b in prompt.buttons())])
        for text in expected:
            assert text in shown
        assert str(tmp_path) in prompt.informativeText()  # where the copy would go
        assert prompt.defaultButton() is prompt.move_button
        assert prompt.escapeButton() is prompt.cancel_button
    finally:
        i18n.use_language("en")


def test_moving_copies_checks_and_opens_a_local_copy_and_keeps_the_original(
        window, synced, monkeypatch):
    _answer(monkeypatch, "move")
    asked = _file_dialog(monkeypatch, None)  # the suggested place
    shown = _messages(monkeypatch)
    original = synced.read_bytes()

    assert window.open_path(synced)

    local = paths.default_workspace().parent / "社群.qunzhu"
    assert asked == [str(local)]
    assert window.workspace.path == local
    assert _names(local) == ["李娜"]
    assert synced.read_bytes() == original  # the original is left as it was
    assert [k for k, _ in shown] == ["information"]
    assert str(local) in shown[0][1] and str(synced) in shown[0][1]
    assert settings.get(settings.LAST_WORKSPACE) == str(local)  # the next start opens it


def test_moving_never_overwrites_and_never_picks_another_synced_folder(
        window, synced, tmp_path, monkeypatch):
    _answer(monkeypatch, "move")
    taken = tmp_path / "taken.qunzhu"
    taken.write_bytes(b"someone's file")
    elsewhere = tmp_path / "Dropbox" / "copy.qunzhu"
    asked = _file_dialog(monkeypatch, taken, elsewhere, "")  # then the user gives up
    shown = _messages(monkeypatch)
    before = window.workspace.path

    assert not window.open_path(synced)

    assert window.workspace.path == before
    assert taken.read_bytes() == b"someone's file"
    assert not elsewhere.exists()
    assert [k for k, _ in shown] == ["warning", "warning"]
    assert "already exists" in shown[0][1] and "not a local folder" in shown[1][1]
    assert asked[1] == str(tmp_path / "taken (2).qunzhu")  # a free name offered next


@pytest.mark.parametrize("choice, opens", [("open", True), ("cancel", False)])
def test_open_anyway_opens_it_and_cancel_keeps_the_current_workspace(
        window, synced, monkeypatch, choice, opens):
    _answer(monkeypatch, choice)
    before = window.workspace.path
    assert window.open_path(synced) is opens
    assert window.workspace.path == (synced if opens else before)
    assert not any(paths.default_workspace().parent.glob("社群*"))


def test_open_anyway_can_stop_asking_for_that_workspace(window, synced, monkeypatch):
    def exec_(self):
        self.checkBox().setChecked(True)
        self.open_button.click()
        return 0

    monkeypatch.setattr(LocationPrompt, "exec", exec_)
    assert location_prompt.settle(window, synced) == synced
    monkeypatch.setattr(LocationPrompt, "exec", lambda self: pytest.fail("asked again"))
    assert location_prompt.settle(window, synced) == synced
    other = synced.with_name("另一个.qunzhu")
    _answer(monkeypatch, "cancel")
    assert location_prompt.settle(window, other) is None, "only that workspace"


def test_a_local_workspace_opens_without_a_word(window, tmp_path, monkeypatch):
    monkeypatch.setattr(LocationPrompt, "exec", lambda self: pytest.fail("asked"))
    assert location_prompt.settle(window, tmp_path / "local.qunzhu") == tmp_path / "local.qunzhu"


@pytest.mark.slow
def test_the_cli_warns_in_one_line_when_it_writes_there(synced, tmp_path):
    source = tmp_path / "members.csv"
    source.write_text("姓名,手机号\n王芳,13800138000\n", encoding="utf-8")
    imported = qunzhu("import", "members", str(source), "--workspace", str(synced),
                      lang="zh_CN")
    assert imported.returncode == 0, imported.stderr
    warnings = [line for line in imported.stderr.splitlines() if "Dropbox" in line]
    assert len(warnings) == 1 and "警告" in warnings[0] and str(synced) in warnings[0]
    assert _names(synced) == ["李娜", "王芳"]  # warned, not refused

    exported = qunzhu("export", "roster", "--workspace", str(synced), "-o",
                      str(tmp_path / "r.xlsx"))
    assert exported.returncode == 0 and "Dropbox" not in exported.stderr  # reads only
    local = tmp_path / "local.qunzhu"
    made = qunzhu("import", "members", str(source), "--workspace", str(local))
    assert made.returncode == 0 and "warning" not in made.stderr
