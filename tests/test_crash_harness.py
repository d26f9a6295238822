"""Crash harness (issue 14): jobs SIGKILLed at random points leave nothing lost, nothing
polluted.

Each scenario runs a real job in a child process (``tests/crash_driver.py``: the ``qunzhu``
command line, or the roster's bulk edit, or opening an older file) over small data, once to
the end, then kills it at least 20 times at uniform random points over its run and a few
more times inside its writes. After every kill the next ``qunzhu check`` exits 0, the
workspace opens read-write with no manual step, its counts are exactly those before or
after, no process of the job is left, its temp folder is empty and no backup counted is a
partial copy (``tests/crash_kit.py``).

    QT_QPA_PLATFORM=offscreen pytest -s tests/test_crash_harness.py

``-s`` prints one summary line per scenario (kills / integrity failures / lock-outs / wrong
counts / leftover processes / leftover staging / partial backups). Knobs:
``QUNZHU_CRASH_SEED`` replays a run (failures print theirs), ``QUNZHU_CRASH_KILLS`` and
``QUNZHU_CRASH_AIMED`` set the kills per scenario (20 and 8),
``QUNZHU_CRASH_HELPER_KILLS`` those of the big jobs with helper processes (5),
``QUNZHU_CRASH_JOBS`` how many kills run at once (2), ``QUNZHU_CRASH_SUMMARY=FILE``
appends each scenario's figures to FILE as JSON lines.
"""

from __future__ import annotations

import csv
import random
import shutil
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import DEMO_TODAY
from tests.crash_kit import Scenario, env_int, run_scenario

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc"),
]

SMALL, BULK, PARALLEL = 300, 3_000, 50_000  # rows: below BULK_ROWS, above, above PARALLEL_ROWS
DEMO_MEMBERS, BASE_MEMBERS, OLD_MEMBERS = 1_000, 1_000, 2_000
#: Above ``demo_parts.PART``: drawn by worker processes, indexed by another.
DEMO_PARALLEL_MEMBERS = 20_000
TAG = "崩溃测试"
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"


# -- the data the jobs start from -------------------------------------------------------------


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2))))


def member_rows(count: int) -> list[list[str]]:
    """Rows of a member list as operators keep them: name, phone, city, tags; the phones
    are new to the demo workspace (its members have 13x numbers)."""
    rng = random.Random(count)
    cities = ["上海", "杭州", "北京", "成都", ""]
    return [[_name(rng), f"199{i:08d}", rng.choice(cities),
             "导入" if i % 3 else "导入、新人"] for i in range(count)]


HEADER = ["姓名", "手机号", "城市", "标签"]


def write_csv(path: Path, count: int) -> None:
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(member_rows(count))


def write_xlsx(path: Path, count: int) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("成员")
    sheet.append(HEADER)
    for row in member_rows(count):
        sheet.append(row)
    book.save(path)


def make_demo(path: Path, members: int) -> None:
    from models.demo import build_demo
    from models.workspace import open_workspace

    with open_workspace(path) as ws:
        build_demo(ws, members, seed=3, today=DEMO_TODAY)


def make_empty(path: Path) -> None:
    from models.workspace import open_workspace

    open_workspace(path).close()


def make_format1(path: Path, members: int = OLD_MEMBERS) -> None:
    """A workspace as the first released format wrote it (WAL, as every open set it), with
    members, memberships, tags, activities and points for the upgrade to carry over."""
    from models.schema import migrations

    rng = random.Random(1)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    migrations.apply_step(conn, migrations.MIGRATIONS[0])
    day = "2025-0{m}-{d:02d}T10:00:00+08:00"
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO communities (name, created_at) VALUES (?, ?)",
                     [(n, day.format(m=1, d=1)) for n in ("老读书会", "跑步群", "宝妈群")])
    conn.executemany("INSERT INTO tags (name) VALUES (?)", [("老会员",), ("活跃",), ("付费",)])
    for i in range(1, members + 1):
        stamp = day.format(m=1 + i % 9, d=1 + i % 28)
        conn.execute("INSERT INTO members (id, display_name, phone, city, created_at,"
                     " updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                     (i, _name(rng), f"138{i:08d}", rng.choice(["上海", "杭州"]), stamp, stamp))
        for community in {1 + i % 3, rng.randint(1, 3)}:
            conn.execute("INSERT INTO memberships (member_id, community_id, joined_at)"
                         " VALUES (?, ?, ?)", (i, community, stamp))
        conn.execute("INSERT INTO member_tags (member_id, tag_id) VALUES (?, ?)",
                     (i, 1 + i % 3))
        for k in range(3):
            conn.execute("INSERT INTO activities (member_id, community_id, occurred_at, kind,"
                         " amount) VALUES (?, ?, ?, ?, ?)",
                         (i, 1 + i % 3, day.format(m=1 + (i + k) % 9, d=1 + k),
                          "购买" if k == 2 and i % 4 == 0 else "发言",
                          9900 if k == 2 and i % 4 == 0 else 0))
        conn.execute("INSERT INTO points_ledger (member_id, delta, reason, occurred_at)"
                     " VALUES (?, 10, '签到', ?)", (i, stamp))
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def to_rollback_journal(path: Path) -> None:
    """A closed workspace in the rollback-journal mode backups have (``backup_file``), so
    opening it read-only makes no -wal or -shm file beside it."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


def seed_backups(workspace: Path, count: int = 7) -> None:
    """``count`` older automatic backups (small, whole workspaces), so a new one rotates
    the oldest out."""
    from models.backup import AUTO_PREFIX, backups_dir

    folder = backups_dir(workspace)
    folder.mkdir()
    make_empty(folder / "seed.qunzhu")
    to_rollback_journal(folder / "seed.qunzhu")
    for day in range(1, count + 1):
        shutil.copy(folder / "seed.qunzhu", folder / f"{AUTO_PREFIX}2026010{day}-090000.qunzhu")
    (folder / "seed.qunzhu").unlink()


# -- the scenarios ----------------------------------------------------------------------------


class Setup:
    """Builds each pristine folder once, from one demo workspace and the input files."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.inputs = root / "inputs"
        self.inputs.mkdir()
        self.base = root / "base" / "w.qunzhu"
        self.base.parent.mkdir()
        make_demo(self.base, BASE_MEMBERS)
        conn = sqlite3.connect(self.base)
        self.community = conn.execute("SELECT name FROM communities ORDER BY id").fetchone()[0]
        conn.close()

    def pristine(self, name: str, make: Callable[[Path], None] | None = None) -> Path:
        folder = self.root / "pristine" / name
        folder.mkdir(parents=True)
        if make is None:
            shutil.copy(self.base, folder / "w.qunzhu")
        else:
            make(folder / "w.qunzhu")
        return folder

    def import_scenario(self, name: str, kind: str, rows: int, phase: str,
                        **options) -> tuple[Scenario, Path]:
        source = self.inputs / f"members-{rows}.{kind}"
        if not source.exists():
            (write_csv if kind == "csv" else write_xlsx)(source, rows)
        args = ["cli", "import", "members", str(source), "--workspace", "{ws}",
                "--community", self.community, "--lang", "en"]
        return (Scenario(name, args, (phase,), commit="transaction", **options),
                self.pristine(name))


def build(setup: Setup, name: str) -> tuple[Scenario, Path]:
    helper_kills = env_int("QUNZHU_CRASH_HELPER_KILLS", 5)
    kills, aimed = env_int("QUNZHU_CRASH_KILLS", 20), env_int("QUNZHU_CRASH_AIMED", 8)
    counts = {"kills": kills, "aimed": aimed}
    demo = ["cli", "demo", "--workspace", "{ws}", "--seed", "5", "--lang", "en", "--members"]
    backup = ["cli", "backup", "--workspace", "{ws}", "--lang", "en"]
    return {
        "import_csv_small": lambda: setup.import_scenario(
            name, "csv", SMALL, "transaction", **counts),
        "import_csv_bulk": lambda: setup.import_scenario(name, "csv", BULK, "bulk", **counts),
        "import_xlsx_small": lambda: setup.import_scenario(
            name, "xlsx", SMALL, "transaction", **counts),
        "import_xlsx_bulk": lambda: setup.import_scenario(name, "xlsx", BULK, "bulk", **counts),
        "demo": lambda: (Scenario(name, [*demo, str(DEMO_MEMBERS)], ("bulk",),
                                  commit="transaction", **counts),
                         setup.pristine(name, make_empty)),
        "backup_automatic": lambda: (
            Scenario(name, backup, ("copy",), changes=False, **counts),
            setup.pristine(name, lambda p: (shutil.copy(setup.base, p), seed_backups(p)))),
        "backup_to_file": lambda: (
            Scenario(name, [*backup, "-o", "{out}/copy.qunzhu"], ("copy",), changes=False,
                     **counts), setup.pristine(name)),
        "upgrade": lambda: (
            Scenario(name, ["open", "{ws}"], ("copy", "migrate"),
                     extra_counts={"format": "PRAGMA user_version"}, **counts),
            setup.pristine(name, make_format1)),
        "bulk_edit": lambda: (
            Scenario(name, ["bulk-edit", "{ws}"], ("transaction",), commit="transaction",
                     extra_counts={
                "tagged": f"SELECT count(*) FROM members WHERE tags_text LIKE '%{TAG}%'"},
                **counts), setup.pristine(name)),
        "import_csv_helper": lambda: setup.import_scenario(
            name, "csv", PARALLEL, "bulk", kills=helper_kills - helper_kills // 2,
            aimed=helper_kills // 2),
        "demo_helper": lambda: (
            Scenario(name, [*demo, str(DEMO_PARALLEL_MEMBERS)], ("bulk",), commit="transaction",
                     kills=helper_kills - helper_kills // 2, aimed=helper_kills // 2),
            setup.pristine(name, make_empty)),
    }[name]()


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Setup:
    return Setup(tmp_path_factory.mktemp("crash"))


def _run(setup: Setup, name: str) -> None:
    scenario, pristine = build(setup, name)
    report = run_scenario(scenario, pristine, setup.root / "runs",
                          jobs=env_int("QUNZHU_CRASH_JOBS", 2))
    text = report.save(setup.root / "runs" / name)
    print("\n" + report.summary())
    assert not report.failures(), text


@pytest.mark.parametrize("name", [
    "import_csv_small", "import_csv_bulk", "import_xlsx_small", "import_xlsx_bulk", "demo",
    "backup_automatic", "backup_to_file", "upgrade", "bulk_edit"])
def test_a_killed_job_leaves_the_workspace_whole_and_nothing_behind(setup, name):
    _run(setup, name)


@pytest.mark.parametrize("name", ["import_csv_helper", "demo_helper"])
def test_a_killed_big_job_leaves_no_helper_process_behind(setup, name):
    """Imports of ``PARALLEL_ROWS`` rows and demos of more than one part start helper
    processes; a few kills each (``QUNZHU_CRASH_HELPER_KILLS``), their runs take seconds."""
    _run(setup, name)


def test_the_harness_sees_a_leftover_process_a_torn_write_and_a_counted_partial(tmp_path):
    """The judge itself: a grandchild outliving its killed parent is found (and ended), a
    mix of counts before and after is wrong, a stray SQLite side file among the automatic
    backups is reported."""
    import os
    import signal
    import subprocess
    import time

    from models.backup import backups_dir
    from tests.crash_judge import backup_problems, difference
    from tests.crash_kit import Child, leftovers, ours

    marker = "selftest" + str(os.getpid())
    script = ("import subprocess, sys, time; subprocess.Popen([sys.executable, '-c', "
              "'import time; time.sleep(60)']); time.sleep(60)")
    process = subprocess.Popen([sys.executable, "-c", script], start_new_session=True,
                               env={**os.environ, "QUNZHU_CRASH_HARNESS": marker})
    child = Child(process, marker, tmp_path / "phases.txt", time.monotonic())
    deadline = time.monotonic() + 30
    while len(ours(marker, process.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    left = leftovers(child)
    assert len(left) == 1 and "time.sleep(60)" in left[0]
    time.sleep(0.2)
    assert ours(marker, process.pid) == [], "leftovers() ends what it found"

    before, after = {"members": 1, "tags": 1}, {"members": 2, "tags": 2}
    assert difference(after, before, after) == ""
    assert difference({"members": 2, "tags": 1}, before, after)  # one table each way
    assert "members 3" in difference({"members": 3, "tags": 1}, before, after)

    workspace = tmp_path / "w.qunzhu"
    make_empty(workspace)
    folder = backups_dir(workspace)
    folder.mkdir()
    shutil.copy(workspace, folder / "auto-20260101-090000.qunzhu")
    to_rollback_journal(folder / "auto-20260101-090000.qunzhu")
    assert backup_problems(workspace) == []
    (folder / "auto-20260102-090000.qunzhu.partial-4242-journal").write_bytes(b"\0" * 512)
    assert backup_problems(workspace) == [], "a partial copy is not a backup"
    (folder / "auto-20260103-090000.qunzhu").write_bytes(b"\0" * 512)  # torn, yet counted
    assert backup_problems(workspace) == [
        "auto-20260103-090000.qunzhu counted as a backup: file is not a database"]
