"""Every CLI command, given bad input under ``--lang zh_CN``: exit 2, stderr in Chinese (no
English sentence left over from the model, a reader, the operating system or argparse), and
the workspace exactly as it was."""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from tests.checksums import checksum

#: A run of three or more ASCII words: an English sentence (or a piece of one).
_ENGLISH = re.compile(r"\b[A-Za-z]+(?: [A-Za-z]+){2,}\b")
_QUOTED = re.compile(r"'[^']*'|“[^”]*”|\"[^\"]*\"")
#: argparse's "qunzhu import members: error: ..." names the command (not English prose).
_PROG = re.compile(r"^qunzhu(?: [a-z]+)*\s*[:：]")


def english_left(stderr: str, *paths: Path) -> list[str]:
    """The English runs in ``stderr``, once file names, quoted values, the command's own
    name and argparse's usage synopsis (options and metavars, not sentences) are set aside."""
    found = []
    for line in stderr.splitlines():
        if line.startswith(("用法", "usage")) or line.startswith(" "):
            continue
        for path in sorted(paths, key=lambda p: -len(str(p))):
            line = line.replace(str(path), "")
        line = _QUOTED.sub("", _PROG.sub("", line))
        found += _ENGLISH.findall(line)
    return found


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    """A demo workspace and the bad files the commands are given."""
    from datetime import date

    from exports.checklists import export_checklists
    from models.demo.builder import build_demo
    from models.store.workspace import open_workspace
    from tests.conftest import DEMO_TODAY

    folder = tmp_path_factory.mktemp("zh")
    ws = folder / "demo.qunzhu"
    with open_workspace(ws) as opened:
        build_demo(opened, 60, seed=3, today=DEMO_TODAY)
    made = {"ws": ws, "folder": folder}

    def write(name: str, content: bytes | str) -> None:
        path = folder / name
        path.write_bytes(content.encode() if isinstance(content, str) else content)
        made[name] = path

    write("empty.csv", b"")
    write("damaged.xlsx", b"PK\x03\x04" + b"\x00" * 64)
    write("hello.ics", "hello\r\n")
    write("backwards.ics", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a@x\r\nSUMMARY:会\r\n"
                           "DTSTART:20260101T100000Z\r\nDTEND:20250101T100000Z\r\n"
                           "END:VEVENT\r\nEND:VCALENDAR\r\n")
    write("rule.ics", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:b@x\r\nSUMMARY:会\r\n"
                      "DTSTART:20260101T100000Z\r\nRRULE:FREQ=WEEKLY;COUNT=2;UNTIL=20260301\r\n"
                      "END:VEVENT\r\nEND:VCALENDAR\r\n")
    book = openpyxl.Workbook()
    book.active["A1"] = "hello there friend"
    book.save(folder / "other.xlsx")
    made["other.xlsx"] = folder / "other.xlsx"
    with sqlite3.connect(ws) as conn:
        conn.row_factory = sqlite3.Row
        export_checklists(conn, folder / "edited.xlsx", date(2026, 11, 23))
    conn.close()
    book = openpyxl.load_workbook(folder / "edited.xlsx")
    sheet = book.worksheets[1]
    headers = [c.value for c in sheet[1]]
    sheet.cell(2, headers.index("数量") + 1, "lots")
    sheet.cell(3, headers.index("单价") + 1, "cheap")
    sheet.cell(3, 1, 999999)
    book.save(folder / "edited.xlsx")
    made["edited.xlsx"] = folder / "edited.xlsx"
    return made


def _cases() -> list[tuple[str, list[str]]]:
    ws = ["--workspace", "{ws}"]
    return [
        ("members: no such file", ["import", "members", "{folder}/missing.csv", *ws]),
        ("members: empty file", ["import", "members", "{empty.csv}", *ws]),
        ("members: damaged xlsx", ["import", "members", "{damaged.xlsx}", *ws]),
        ("members: no such sheet", ["import", "members", "{other.xlsx}", "--sheet", "x", *ws]),
        ("members: a folder", ["import", "members", "{folder}", *ws]),
        ("members: bad community", ["import", "members", "{other.xlsx}", "--community",
                                    "nope", *ws]),
        ("members: no file given", ["import", "members", *ws]),
        ("calendar: no such file", ["import", "calendar", "{folder}/missing.ics", *ws]),
        ("calendar: not iCalendar", ["import", "calendar", "{hello.ics}", *ws]),
        ("calendar: end before start", ["import", "calendar", "{backwards.ics}", *ws]),
        ("calendar: bad rule", ["import", "calendar", "{rule.ics}", *ws]),
        ("calendar: a folder", ["import", "calendar", "{folder}", *ws]),
        ("checklist: no such file", ["import", "checklist", "{folder}/missing.xlsx", *ws]),
        ("checklist: not xlsx", ["import", "checklist", "{hello.ics}", *ws]),
        ("checklist: damaged xlsx", ["import", "checklist", "{damaged.xlsx}", *ws]),
        ("checklist: no checklist sheet", ["import", "checklist", "{other.xlsx}", *ws]),
        ("checklist: bad cells", ["import", "checklist", "{edited.xlsx}", *ws]),
        ("roster: missing folder", ["export", "roster", "-o", "{folder}/no/such/r.xlsx", *ws]),
        ("roster: bad community", ["export", "roster", "-o", "{folder}/r.xlsx", "--community",
                                   "nope", *ws]),
        ("materials: missing folder", ["export", "materials", "-o", "{folder}/no/m.xlsx",
                                       *ws]),
        ("materials: bad date", ["export", "materials", "-o", "{folder}/m.xlsx", "--from",
                                 "2026-13-01", *ws]),
        ("inventory: missing folder", ["export", "inventory", "-o", "{folder}/no/i.xlsx",
                                       *ws]),
        ("plan: bad community", ["export", "plan", "-o", "{folder}/p.xlsx", "--community",
                                 "nope", *ws]),
        ("plan: not xlsx", ["export", "plan", "-o", "{folder}/p.pdf", *ws]),
        ("report: backwards period", ["export", "report", "-o", "{folder}/r.xlsx", "--from",
                                      "2026-12-01", "--to", "2026-01-01", *ws]),
        ("charts: onto a file", ["export", "charts", "-o", "{other.xlsx}", *ws]),
        ("calendar out: bad date", ["export", "calendar", "-o", "{folder}/c.ics", "--to",
                                    "someday", *ws]),
        ("unknown export", ["export", "nonsense", *ws]),
        ("attendees: no such event", ["export", "attendees", "--event", "99999", "-o",
                                      "{folder}/a.pdf", *ws]),
        ("attendees: not xlsx or pdf", ["export", "attendees", "--event", "1", "-o",
                                        "{folder}/a.csv", *ws]),
        ("events: backwards", ["export", "events", "-o", "{folder}/e.xlsx", "--from",
                               "2026-12-31", "--to", "2026-12-01", *ws]),
        ("followups: no such community", ["followups", "--community", "没有这个群", *ws]),
        ("demo: not empty", ["demo", "--members", "5", *ws]),
        ("demo: no members", ["demo", "--members", "0", *ws]),
        ("check: not a workspace", ["check", "--workspace", "{other.xlsx}"]),
        ("backup: no workspace", ["backup", "--workspace", "{folder}/missing.qunzhu"]),
    ]


def run_cli(argv: list[str], capsys, lang: str = "zh_CN") -> tuple[int, str]:
    from desktop.cli import main

    try:
        status = main([*argv, "--lang", lang])
    except SystemExit as exit_:  # argparse refuses by exiting
        status = exit_.code
    return status, capsys.readouterr().err


def _state(ws: Path) -> dict[str, str]:
    conn = sqlite3.connect(f"file:{ws}?mode=ro", uri=True)
    try:
        return checksum(conn)
    finally:
        conn.close()


@pytest.mark.parametrize("argv", [c[1] for c in _cases()], ids=[c[0] for c in _cases()])
def test_bad_input_is_refused_in_chinese_and_changes_nothing(argv, files, capsys, qapp):
    before = _state(files["ws"])
    args = []
    for arg in argv:
        for name, path in files.items():
            arg = arg.replace("{" + name + "}", str(path))
        args.append(arg)

    status, err = run_cli(args, capsys)

    assert status == 2, err
    assert err.strip() and "Traceback" not in err
    assert re.search(r"[\u4e00-\u9fff]", err), err
    assert english_left(err, files["folder"]) == [], err
    assert ".~" not in err, err  # the file the user named, not a temporary twin
    assert _state(files["ws"]) == before


@pytest.mark.parametrize("what, suffix", [("roster", ".xlsx"), ("materials", ".xlsx"),
                                          ("inventory", ".xlsx"), ("calendar", ".ics")])
def test_an_output_file_locked_by_excel_is_named_with_what_to_do(
        what, suffix, files, tmp_path, capsys, qapp, monkeypatch):
    """On Windows a file open in Excel or WPS cannot be replaced: PermissionError."""
    target = tmp_path / f"导出{suffix}"
    target.write_bytes(b"open in Excel")
    before = _state(files["ws"])

    def locked(src, dst, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(src), None, str(dst))

    monkeypatch.setattr(os, "replace", locked)
    status, err = run_cli(["export", what, "-o", str(target), "--workspace",
                           str(files["ws"])], capsys)

    assert status == 2, err
    assert str(target) in err and "Excel" in err and "关闭" in err, err
    assert english_left(err, tmp_path, files["folder"]) == [], err
    assert not re.search(r"Permission denied|\.~", err), err
    assert target.read_bytes() == b"open in Excel"
    assert _state(files["ws"]) == before


def test_the_same_refusals_stay_english_under_en(files, capsys, qapp):
    status, err = run_cli(["import", "members", str(files["folder"] / "missing.csv"),
                           "--workspace", str(files["ws"])], capsys, lang="en")
    assert status == 2
    assert "does not exist" in err and not re.search(r"[\u4e00-\u9fff]", err)


def test_the_detector_sees_an_english_reason(files):
    err = f"qunzhu：{files['folder']}/a.csv：No such file or directory；未导入任何内容"
    assert english_left(err, files["folder"]) == ["No such file or directory"]
    assert english_left("用法：qunzhu demo [-h] --members N\nqunzhu demo：错误：参数 --members",
                        ) == []
