"""The headless face: exit codes and what it prints, run as a user runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from exports import charts
from models import __version__
from models.events.schedule import list_events
from models.events.series_tally import tally
from models.schema import migrations
from models.store.workspace import open_workspace
from views.calendar.tally_text import tally_text

ROOT = Path(__file__).resolve().parents[2]


def qunzhu(*args: str, lang: str = "en") -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desktop", *args, "--lang", lang],
                          cwd=ROOT, capture_output=True, text=True, env=env, timeout=120)


def test_version():
    result = subprocess.run([sys.executable, "-m", "desktop", "--version"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_demo_then_check_reports_ok_and_the_schema_version(tmp_path):
    path = tmp_path / "demo.qunzhu"
    made = qunzhu("demo", "--workspace", str(path), "--members", "1000")
    assert made.returncode == 0, made.stderr
    assert "1,000 members" in made.stdout
    checked = qunzhu("check", "--workspace", str(path))
    assert checked.returncode == 0, checked.stderr
    assert "Integrity: ok" in checked.stdout
    assert f"Schema version: {migrations.LATEST_VERSION}" in checked.stdout
    assert "members" in checked.stdout and "1,000" in checked.stdout


def test_messages_follow_the_language(tmp_path):
    path = tmp_path / "x.qunzhu"
    open_workspace(path).close()
    checked = qunzhu("check", "--workspace", str(path), lang="zh_CN")
    assert checked.returncode == 0
    assert "完整性" in checked.stdout


@pytest.mark.parametrize("members", ["0", "-5", "many"])
def test_demo_with_a_bad_count_is_refused(tmp_path, members):
    path = tmp_path / "demo.qunzhu"
    result = qunzhu("demo", "--workspace", str(path), "--members", members)
    assert result.returncode == 2
    assert "--members" in result.stderr


def test_demo_into_a_workspace_with_data_is_refused_and_changes_nothing(demo_path):
    before = demo_path.read_bytes()
    result = qunzhu("demo", "--workspace", str(demo_path), "--members", "10")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "already holds data" in result.stderr
    assert demo_path.read_bytes() == before


def test_check_refuses_garbage_with_one_line_and_exit_2(tmp_path):
    path = tmp_path / "notes.qunzhu"
    path.write_text("购物清单：牛奶、鸡蛋\n" * 50, encoding="utf-8")
    result = qunzhu("check", "--workspace", str(path))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "not a Qunzhu workspace" in result.stderr


def test_check_refuses_a_newer_file(tmp_path):
    path = tmp_path / "future.qunzhu"
    with open_workspace(path) as ws:
        ws.conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 3}")
    result = qunzhu("check", "--workspace", str(path))
    assert result.returncode == 2
    assert "newer version" in result.stderr


def test_check_exits_1_on_a_damaged_workspace(tmp_path):
    from tests.damaged_files import damage_an_index

    path = tmp_path / "broken.qunzhu"
    damage_an_index(path)
    result = qunzhu("check", "--workspace", str(path))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Integrity: DAMAGED" in result.stdout
    assert "members " in result.stdout, "row counts are still reported"


def test_backup_works_while_the_workspace_is_open_elsewhere(demo_path, tmp_path):
    target = tmp_path / "copy.qunzhu"
    with open_workspace(demo_path):  # like a window holding the lock
        result = qunzhu("backup", "--workspace", str(demo_path), "-o", str(target))
    assert result.returncode == 0, result.stderr
    with open_workspace(target, readonly=True) as copy:
        assert copy.conn.execute("SELECT count(*) FROM members").fetchone()[0] == 300


def test_backup_without_output_goes_to_the_backups_folder(demo_path):
    result = qunzhu("backup", "--workspace", str(demo_path))
    assert result.returncode == 0, result.stderr
    assert list(demo_path.parent.glob("demo.qunzhu.backups/auto-*.qunzhu"))


def test_backup_refuses_to_overwrite_the_workspace(demo_path):
    result = qunzhu("backup", "--workspace", str(demo_path), "-o", str(demo_path))
    assert result.returncode == 2


def test_unknown_command_exits_2():
    result = qunzhu("frobnicate")
    assert result.returncode == 2


def test_calendar_export_then_import_round_trip(tmp_path, demo_path):
    out = tmp_path / "cal.ics"
    exported = qunzhu("export", "calendar", "--workspace", str(demo_path), "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    assert "Asia/Shanghai" in exported.stdout and out.read_bytes().startswith(b"BEGIN:VCALENDAR")
    with open_workspace(demo_path, readonly=True) as ws:
        written = tally_text(tally(list_events(ws.conn)))
        events = ws.conn.execute("SELECT count(*) FROM events WHERE parent_id IS NULL"
                                 " AND deleted_at IS NULL").fetchone()[0]
    assert f"Wrote {out}: {written} (time zones" in exported.stdout
    imported = qunzhu("import", "calendar", str(out), "--workspace", str(demo_path))
    assert imported.returncode == 0, imported.stderr
    assert f"{written}; 0 new, 0 updated, {events} unchanged" in imported.stdout


def test_calendar_import_of_a_bad_file_exits_2_and_changes_nothing(tmp_path, demo_path):
    bad = tmp_path / "bad.ics"
    bad.write_bytes(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:x\r\nEND:VEVENT\r\n"
                    b"BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:y\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    result = qunzhu("import", "calendar", str(bad), "--workspace", str(demo_path))
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if "no DTSTART" in line]
    assert len(lines) == 2 and "nothing was imported" in result.stderr
    missing = qunzhu("export", "calendar", "--workspace", str(demo_path), "-o",
                     str(tmp_path / "x.ics"), "--community", "没有这个群")
    assert missing.returncode == 2 and "没有这个群" in missing.stderr


def test_export_report_writes_a_workbook_with_charts(demo_path, tmp_path):
    target = tmp_path / "报告.xlsx"
    result = qunzhu("export", "report", "--workspace", str(demo_path), "-o", str(target),
                    "--period", "last_365")
    assert result.returncode == 0, result.stderr
    assert str(target) in result.stdout
    from openpyxl import load_workbook

    wb = load_workbook(target)
    assert wb.sheetnames[0] == "Summary"
    assert any(ws._charts for ws in wb.worksheets)


def test_export_charts_in_chinese_as_svg(demo_path, tmp_path):
    folder = tmp_path / "charts"
    result = qunzhu("export", "charts", "--workspace", str(demo_path), "-o", str(folder),
                    "--format", "svg", "--from", "2026-01-01", "--to", "2026-06-30",
                    lang="zh_CN")
    assert result.returncode == 0, result.stderr
    files = sorted(folder.glob("*.svg"))
    assert len(files) == len(charts.CHARTS) == 12
    assert "成员增长" in files[0].read_text(encoding="utf-8") or files[0].stat().st_size > 0
    assert "张图表" in result.stdout


@pytest.mark.parametrize(("args", "reason"), [
    (["report", "-o", "r.csv"], ".xlsx"),
    (["charts", "-o", "out", "--format", "gif"], "--format"),
    (["report", "-o", "r.xlsx", "--community", "没有这个群"], "no community"),
    (["report", "-o", "r.xlsx", "--from", "2026-13-01"], "expected a date"),
    (["report", "-o", "r.xlsx", "--from", "2026-05-01", "--to", "2026-04-01"], "before"),
])
def test_export_refuses_bad_input_with_one_line(demo_path, tmp_path, args, reason):
    args = [a if a not in ("r.csv", "r.xlsx", "out") else str(tmp_path / a) for a in args]
    result = qunzhu("export", *args[:1], "--workspace", str(demo_path), *args[1:])
    assert result.returncode == 2
    assert reason in result.stderr
    assert not list(tmp_path.glob("r.*"))


def _member_rows(path) -> list[tuple]:
    with open_workspace(path, readonly=True) as ws:
        return ws.conn.execute("SELECT * FROM members ORDER BY id").fetchall()


def test_member_import_is_strict_by_default(tmp_path):
    workspace = tmp_path / "w.qunzhu"
    with open_workspace(workspace) as ws:
        from models.members.communities import create_community
        create_community(ws.conn, "读书会")
    source = tmp_path / "members.csv"
    source.write_bytes("2024 会员名单,,,\n姓名,手机号,邮箱,标签\n李娜,13900139000,,读书、跑步\n"
                       "王芳,1.38001E+10,,\n赵六,13700137000,not-mail,\n".encode("gbk"))
    before = _member_rows(workspace)
    strict = qunzhu("import", "members", str(source), "--workspace", str(workspace))
    assert strict.returncode == 2
    problems = [line for line in strict.stderr.splitlines() if ": row " in line]
    assert problems == [
        f"{source}: row 4, column 手机号: phone saved in scientific notation (digits lost);"
        " format the column as text and save again",
        f"{source}: row 5, column 邮箱: not an email address (name@example.com)"]
    assert "nothing was imported" in strict.stderr
    assert _member_rows(workspace) == before

    lenient = qunzhu("import", "members", str(source), "--workspace", str(workspace),
                     "--community", "读书会", "--skip-invalid")
    assert lenient.returncode == 0, lenient.stderr
    assert "1 added, 0 updated, 0 skipped, 2 rejected" in lenient.stdout
    with open_workspace(workspace, readonly=True) as ws:
        assert ws.conn.execute("SELECT display_name, communities_text, tags_text FROM members"
                               ).fetchall() == [("李娜", "读书会·成员", "读书、跑步")]
    again = qunzhu("import", "members", str(source), "--workspace", str(workspace),
                   "--skip-invalid")
    assert "0 added, 0 updated, 1 skipped, 2 rejected" in again.stdout


def test_roster_export_masked_from_the_command_line(tmp_path, demo_path):
    import openpyxl

    out = tmp_path / "roster.xlsx"
    result = qunzhu("export", "roster", "--workspace", str(demo_path), "-o", str(out),
                    "--mask-personal", "--community", "杭州读书会")
    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(out).active
    phones = [row[2].value for row in sheet.iter_rows(min_row=2) if row[2].value]
    assert phones and all("****" in p for p in phones)
    assert sheet["A1"].value != "ID"
    missing = qunzhu("import", "members", str(tmp_path / "nope.csv"), "--workspace",
                     str(demo_path))
    assert missing.returncode == 2 and "nope.csv" in missing.stderr


def test_member_import_reads_big5_and_shift_jis(tmp_path):
    """Big5 and Shift-JIS lists used to import as GB18030 mojibake (issue 14, item 6)."""
    workspace = tmp_path / "w.qunzhu"
    big5 = tmp_path / "tw.csv"
    big5.write_bytes("姓名,電話\r\n陳小明,13900139000\r\n林怡君,\r\n".encode("cp950"))
    sjis = tmp_path / "jp.csv"
    sjis.write_bytes("氏名,備考\r\n佐藤太郎,会員\r\n".encode("cp932"))
    for source in (big5, sjis):
        done = qunzhu("import", "members", str(source), "--workspace", str(workspace))
        assert done.returncode == 0, done.stderr
    with open_workspace(workspace, readonly=True) as ws:
        assert [n for (n,) in ws.conn.execute(
            "SELECT display_name FROM members ORDER BY id")] == ["陳小明", "林怡君", "佐藤太郎"]


def test_member_import_refuses_an_unknown_encoding_in_the_chosen_language(tmp_path):
    workspace = tmp_path / "w.qunzhu"
    open_workspace(workspace).close()
    source = tmp_path / "m.csv"
    source.write_bytes("name,phone\r\nJosé Müller,13900139000\r\n".encode("latin-1"))
    before = _member_rows(workspace)
    refused = qunzhu("import", "members", str(source), "--workspace", str(workspace),
                     lang="zh_CN")
    assert refused.returncode == 2
    assert "CSV UTF-8" in refused.stderr and "编码" in refused.stderr, refused.stderr
    assert _member_rows(workspace) == before
    chosen = qunzhu("import", "members", str(source), "--workspace", str(workspace),
                    "--encoding", "cp932")
    assert chosen.returncode == 2  # not Shift-JIS either: said, not guessed


def test_member_import_problem_lines_follow_the_language(tmp_path):
    """Under --lang zh_CN a refused row was said in English (issue 15)."""
    workspace = tmp_path / "w.qunzhu"
    open_workspace(workspace).close()
    source = tmp_path / "members.csv"
    source.write_text("姓名,手机号,出生年份\n李娜,13900139000,1990\n王芳,1380013800,\n"
                      "赵六,,一九九零\n", encoding="utf-8")
    before = workspace.read_bytes()
    refused = qunzhu("import", "members", str(source), "--workspace", str(workspace),
                     lang="zh_CN")
    assert refused.returncode == 2
    problems = [line for line in refused.stderr.splitlines() if line.startswith(str(source))]
    assert problems == [
        f"{source}: 第 3 行，“手机号”列：手机号应为 11 位，这里有 10 位",
        f"{source}: 第 4 行，“出生年份”列：出生年份应是数字，如 1990"]
    assert workspace.read_bytes() == before


def test_member_import_reports_a_totals_row_and_imports_the_rest(tmp_path):
    workspace = tmp_path / "w.qunzhu"
    source = tmp_path / "m.csv"
    source.write_bytes("姓名,手机号,城市\n李娜,13900139000,北京\n王芳,,上海\n,,杭州\n"
                       "合计,2人,\n".encode("gbk"))
    done = qunzhu("import", "members", str(source), "--workspace", str(workspace),
                  lang="zh_CN")
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith(str(source))]
    assert len(lines) == 2
    assert "第 4 行" in lines[0] and "未导入" in lines[0]
    assert "第 5 行" in lines[1] and "合计" in lines[1]
    assert "2" in done.stdout.splitlines()[-1] and "跳过" in done.stdout.splitlines()[-1]
    assert [r[1] for r in _member_rows(workspace)] == ["李娜", "王芳"]
