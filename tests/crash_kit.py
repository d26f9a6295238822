"""The crash harness's machinery: run a job in a child process, SIGKILL it, judge what is left.

A ``Scenario`` is a job (``tests/crash_driver.py`` arguments) over a pristine folder holding
the workspace (and, for some jobs, its backups). ``run_scenario`` runs it once to the end on
a copy (its duration, the window of its writes, the counts "after"), then kills it again and
again on fresh copies: at uniform random points over the whole run, and at points aimed
inside its writes (after the driver says they began). After every kill, ``inspect`` asks
what a user would meet next:

- does ``qunzhu check`` exit 0, and does the workspace open for writing with no manual step
  (if not: a *lock-out*; the file is then recovered by hand to judge the rest);
- does SQLite's integrity check pass; are the row counts exactly those before or after;
- is every process the job started gone within ``GONE_WITHIN`` seconds;
- is the job's temp folder (its own ``TMPDIR``) empty, and is no backup the product counts
  a partial copy.

Each kill gets its own seed-derived delay; failures print the seed, the delay and where the
job was (the last phase line), so ``QUNZHU_CRASH_SEED=... pytest -k NAME`` reproduces them.
Linux only (it reads ``/proc``).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import queue
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DRIVER = Path(__file__).with_name("crash_driver.py")
#: Processes of a killed job still alive after this many seconds are leftovers.
GONE_WITHIN = 2.0
#: Full-text tables' internals: their row counts follow how segments were merged, not data.
FTS_INTERNALS = ("_data", "_idx", "_config")
SIDE_FILES = ("-journal", "-wal", "-shm")
#: Tries per kill when the job keeps ending before it.
RETRIES = 3
_check_lock = threading.Lock()


@dataclass
class Scenario:
    """One job to kill. ``args`` may use ``{ws}`` (the workspace), ``{out}`` (an output
    folder outside the workspace's) and ``{inputs}``; ``phases`` name the driver's phase
    lines whose span is "the write" that aimed kills land in."""

    name: str
    args: list[str]
    phases: tuple[str, ...]
    #: The phase whose ``-end`` span is its commit (half the aimed kills land there).
    commit: str | None = None
    workspace: str = "w.qunzhu"
    kills: int = 20
    aimed: int = 8
    extra_counts: dict[str, str] = field(default_factory=dict)
    #: False for jobs that leave the counts alone (a backup).
    changes: bool = True


@dataclass
class Kill:
    """What one kill found (``problems`` empty when all was well)."""

    number: int
    aimed: bool
    delay: float
    phase: str = ""
    finished_first: bool = False
    files: list[str] = field(default_factory=list)
    lockout: str = ""
    integrity: str = ""
    counts: str = ""
    processes: list[str] = field(default_factory=list)
    staging: list[str] = field(default_factory=list)
    backups: list[str] = field(default_factory=list)
    #: Left in the workspace's own folder after the recovery open (reported, not failed:
    #: the issue asks for nothing outside it), e.g. an interrupted backup's .partial.
    strays: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        found = []
        if self.lockout:
            found.append(f"lock-out: {self.lockout}")
        if self.integrity:
            found.append(f"integrity: {self.integrity}")
        if self.counts:
            found.append(f"counts: {self.counts}")
        if self.processes:
            found.append(f"processes left: {self.processes}")
        if self.staging:
            found.append(f"staging left outside the workspace's folder: {self.staging}")
        if self.backups:
            found.append(f"backups: {self.backups}")
        return found

    def line(self) -> str:
        how = "aimed" if self.aimed else "uniform"
        where = "finished before the kill" if self.finished_first else f"in {self.phase or '-'}"
        files = ", ".join(self.files)
        return (f"kill {self.number} ({how}, {self.delay:.4f} s, {where}; files: {files}): "
                + "; ".join(self.problems))


@dataclass
class Report:
    scenario: str
    seed: int
    duration: float
    window: float
    kills: list[Kill] = field(default_factory=list)

    def figures(self) -> dict[str, int]:
        k = self.kills
        return {"kills": len(k),
                "finished_first": sum(x.finished_first for x in k),
                "integrity_failures": sum(bool(x.integrity) for x in k),
                "lockouts": sum(bool(x.lockout) for x in k),
                "wrong_counts": sum(bool(x.counts) for x in k),
                "leftover_processes": sum(bool(x.processes) for x in k),
                "leftover_staging": sum(bool(x.staging) for x in k),
                "partial_backups": sum(bool(x.backups) for x in k),
                "strays_in_folder": sum(bool(x.strays) for x in k)}

    def summary(self) -> str:
        f = self.figures()
        return (f"{self.scenario}: seed {self.seed}, run {self.duration:.2f} s, write "
                f"{self.window:.3f} s | kills {f['kills']} (finished first {f['finished_first']})"
                f" | integrity failures {f['integrity_failures']} | lock-outs {f['lockouts']}"
                f" | wrong counts {f['wrong_counts']} | leftover processes "
                f"{f['leftover_processes']} | leftover staging {f['leftover_staging']}"
                f" | partial backups {f['partial_backups']} | (not failing: strays in the "
                f"workspace's folder {f['strays_in_folder']})")

    def failures(self) -> list[Kill]:
        return [k for k in self.kills if k.problems]

    def save(self, folder: Path) -> str:
        """The summary plus the failing kills, written beside the test and, when
        ``QUNZHU_CRASH_SUMMARY`` names a file, appended there as one JSON line."""
        strays = sorted({s for k in self.kills for s in k.strays})
        text = "\n".join([self.summary(), *(k.line() for k in self.failures()),
                          *([f"strays seen: {', '.join(strays[:10])}"] if strays else [])])
        (folder / "crash-summary.txt").write_text(text + "\n", encoding="utf-8")
        target = os.environ.get("QUNZHU_CRASH_SUMMARY")
        if target:
            with open(target, "a", encoding="utf-8") as handle:
                handle.write(json.dumps({"scenario": self.scenario, "seed": self.seed,
                                         "duration": round(self.duration, 3),
                                         **self.figures(),
                                         "failures": [k.line() for k in self.failures()]},
                                        ensure_ascii=False) + "\n")
        return text


def seed_for(scenario: str) -> int:
    """``QUNZHU_CRASH_SEED`` when set (to replay a failure), else a fresh one per run."""
    fixed = os.environ.get("QUNZHU_CRASH_SEED")
    return int(fixed) if fixed else random.SystemRandom().randrange(1, 2**31)


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


# -- running and killing ----------------------------------------------------------------------


@dataclass
class Child:
    process: subprocess.Popen
    marker: str
    phases: Path
    started: float


def start(scenario: Scenario, folder: Path, work: Path, tmp: Path, home: Path) -> Child:
    marker = uuid.uuid4().hex
    phases = folder / "phases.txt"
    phases.unlink(missing_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    env.update(TMPDIR=str(tmp), HOME=str(home), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(
                   os.pathsep),
               QUNZHU_CRASH_HARNESS=marker, QUNZHU_CRASH_PHASES=str(phases))
    args = [a.format(ws=work / scenario.workspace, out=folder / "out",
                     inputs=folder.parent / "inputs") for a in scenario.args]
    with open(folder / "stderr.txt", "wb") as stderr:
        began = time.monotonic()
        process = subprocess.Popen([sys.executable, str(DRIVER), *args], cwd=folder, env=env,
                                   stdout=subprocess.DEVNULL, stderr=stderr,
                                   start_new_session=True)
    return Child(process, marker, phases, began)


def phase_lines(path: Path) -> list[tuple[str, str, float]]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    found = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 3:
            found.append((parts[0], parts[1], float(parts[2])))
    return found


def write_window(lines: list[tuple[str, str, float]], names: tuple[str, ...]) -> tuple[
        float, float] | None:
    """(first enter, last exit) of the phases ``names``, in the driver's clock."""
    enters = [t for n, w, t in lines if n in names and w == "enter"]
    exits = [t for n, w, t in lines if n in names and w == "exit"]
    if not enters or not exits:
        return None
    return min(enters), max(exits)


def last_phase(lines: list[tuple[str, str, float]]) -> str:
    """Where the job was: the phases entered and not yet left, innermost last."""
    open_ = []
    for name, what, _ in lines:
        if what == "enter":
            open_.append(name)
        elif what == "exit" and name in open_:
            open_.remove(name)
    if open_:
        return ">".join(open_)
    return lines[-1][0] + " " + lines[-1][1] if lines else "start-up"


def wait_for_enter(child: Child, names: tuple[str, ...], timeout: float) -> bool:
    """Poll the phase file until one of ``names`` is entered (False: the job ended or the
    timeout passed first)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(n in names and w == "enter" for n, w, _ in phase_lines(child.phases)):
            return True
        if child.process.poll() is not None:
            return False
        time.sleep(0.001)
    return False


def ours(marker: str, session: int) -> list[int]:
    """Live processes carrying ``marker`` in their environment or in ``session``."""
    needle = f"QUNZHU_CRASH_HARNESS={marker}".encode()
    found = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
            fields = stat[stat.rindex(")") + 2:].split()
            if fields[0] == "Z":
                continue  # dead, waiting for a parent to reap it: nothing runs
            mine = int(fields[3]) == session or needle in Path(entry.path, "environ").read_bytes()
        except (OSError, ValueError, IndexError):
            continue
        if mine:
            found.append(int(entry.name))
    return found


def describe(pid: int) -> str:
    try:
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        cmd = "?"
    return f"{pid} {cmd.strip()[:120]}"


def leftovers(child: Child) -> list[str]:
    """Processes of the job still alive ``GONE_WITHIN`` seconds after its death; they are
    then killed (by pid) so the next kill starts clean."""
    deadline = time.monotonic() + GONE_WITHIN
    while True:
        alive = ours(child.marker, child.process.pid)
        if not alive or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    described = [describe(pid) for pid in alive]
    for pid in alive:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    return described


# -- judging what is left ---------------------------------------------------------------------


def counts(path: Path, extra: dict[str, str]) -> dict[str, int]:
    """Row counts of every table (but full-text internals) and of ``extra`` queries."""
    from models.stats import table_names

    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        found = {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]
                 for n in table_names(conn) if not n.endswith(FTS_INTERNALS)}
        for name, sql in extra.items():
            with contextlib.suppress(sqlite3.Error):
                found[name] = conn.execute(sql).fetchone()[0]
        return found
    finally:
        conn.close()


def difference(found: dict[str, int], before: dict[str, int], after: dict[str, int]) -> str:
    """'' when ``found`` is exactly the counts before or after, else what differs."""
    if found in (before, after):
        return ""
    parts = [f"{t} {found.get(t)} (before {before.get(t)}, after {after.get(t)})"
             for t in sorted(set(found) | set(before) | set(after))
             if found.get(t) not in (before.get(t), after.get(t))]
    return ", ".join(parts[:8]) or "some tables as before, others as after"


def run_check(path: Path) -> tuple[int, str]:
    """``qunzhu check --workspace PATH``, in this process (the command's own function:
    ``desktop.cli.main`` would create a QCoreApplication the Qt tests cannot share)."""
    from desktop.commands import check

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            status = check(path, argparse.Namespace())
        except Exception as error:  # noqa: BLE001 - main() turns these into exit 2
            return 2, f"{type(error).__name__}: {error}"
    return status, out.getvalue()


def recover_by_hand(path: Path) -> None:
    """What a user cannot do: open the file read-write in SQLite itself, which rolls a hot
    journal back, so the rest can still be judged after a lock-out."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchall()
    finally:
        conn.close()


def not_whole(path: Path) -> str:
    """'' when ``path`` opens as a whole workspace, else why not."""
    from models import migrations

    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            check = conn.execute("PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as error:
        return str(error)
    if app_id != migrations.APPLICATION_ID or check != [("ok",)]:
        return f"not a whole workspace (application id {app_id}, {check[:1]})"
    return ""


def finished_looking(folder: Path) -> list[Path]:
    """Files in ``folder`` named like a finished copy (not a .partial, not SQLite's side
    files)."""
    side = (".partial", *SIDE_FILES, *(".partial" + s for s in SIDE_FILES))
    return [p for p in folder.iterdir() if p.is_file() and not p.name.endswith(side)]


def backup_problems(workspace: Path) -> list[str]:
    """Backups the product counts (``_automatic_backups``: rotation and the window's
    "latest backup") and finished-looking files in the backups folder that are not whole
    workspaces."""
    from models import backup

    folder = backup.backups_dir(workspace)
    if not folder.is_dir():
        return []
    counted = backup._automatic_backups(folder)
    problems = []
    for path in sorted(set(counted) | set(finished_looking(folder))):
        why = not_whole(path)
        if why:
            tag = "counted as a backup" if path in counted else "in the backups folder"
            problems.append(f"{path.name} {tag}: {why}")
    return problems


def inspect(scenario: Scenario, work: Path, tmp: Path, before: dict[str, int],
            after: dict[str, int], kill: Kill, out: Path | None = None) -> Kill:
    """Fill ``kill`` with what the next user of the workspace meets (see module doc)."""
    from models.workspace import integrity_check, open_workspace

    path = work / scenario.workspace
    kill.files = sorted(p.name for p in work.iterdir())
    kill.staging = sorted(p.name for p in tmp.iterdir())
    if out is not None and out.is_dir():  # a backup written elsewhere (-o FILE)
        kill.staging += sorted(f"{out.name}/{p.name}" for p in out.iterdir()
                               if ".partial" in p.name)
        kill.backups += [f"{out.name}/{p.name}: {why}" for p in finished_looking(out)
                         if (why := not_whole(p))]
    with _check_lock:  # run_check swaps sys.stdout
        status, text = run_check(path)
    lockout = []
    if status != 0:
        lockout.append(f"check exit {status}: {' '.join(text.split())[:200]}")
    try:
        open_workspace(path).close()
    except Exception as error:  # noqa: BLE001 - any refusal is the finding
        lockout.append(f"open read-write: {type(error).__name__}: {error}")
    kill.lockout = " / ".join(lockout)
    if lockout:
        recover_by_hand(path)
        with contextlib.suppress(Exception):
            open_workspace(path).close()  # finish an upgrade, as the window would
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        kill.integrity = integrity_check(conn)
    except sqlite3.Error as error:
        kill.integrity = str(error)
    finally:
        conn.close()
    if not kill.integrity:
        kill.counts = difference(counts(path, scenario.extra_counts), before, after)
    kill.backups += backup_problems(path)
    kill.strays = strays(path)
    return kill


def strays(workspace: Path) -> list[str]:
    """Files in the workspace's folder (and its backups folder) that are neither the
    workspace, its SQLite side files and lock, nor a finished backup."""
    from models import backup

    expected = {workspace.name + s for s in ("", "-wal", "-shm", ".lock")}
    folder = backup.backups_dir(workspace)
    found = [p.name for p in workspace.parent.iterdir()
             if p.name not in expected and p != folder]
    if folder.is_dir():
        finished = set(finished_looking(folder))
        found += [f"{folder.name}/{p.name}" for p in folder.iterdir() if p not in finished]
    return sorted(found)


# -- one scenario ---------------------------------------------------------------------------


def fresh(folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


@dataclass
class Reference:
    """One uninterrupted run: how long it took, when it wrote, what it left."""

    duration: float
    window: tuple[float, float]
    commit: tuple[float, float] | None
    before: dict[str, int]
    after: dict[str, int]


def reference_run(scenario: Scenario, pristine: Path, folder: Path) -> Reference:
    work, tmp, home, out = (fresh(folder / d) for d in ("ws", "tmp", "home", "out"))
    shutil.rmtree(work)
    shutil.copytree(pristine, work)
    before = counts(pristine / scenario.workspace, scenario.extra_counts)
    child = start(scenario, folder, work, tmp, home)
    status = child.process.wait(timeout=600)
    duration = time.monotonic() - child.started
    stderr = (folder / "stderr.txt").read_text(errors="replace")
    assert status == 0, f"{scenario.name}: the uninterrupted run failed ({status}): {stderr}"
    lines = phase_lines(child.phases)
    window = write_window(lines, scenario.phases)
    assert window is not None, f"{scenario.name}: no {scenario.phases} phase in {lines}"
    commit = None
    if scenario.commit:
        commit = write_window(lines, (f"{scenario.commit}-end",))
        assert commit is not None, f"{scenario.name}: no {scenario.commit}-end in {lines}"
    after = counts(work / scenario.workspace, scenario.extra_counts)
    assert (after != before) == scenario.changes, f"{scenario.name}: {before} -> {after}"
    found = inspect(scenario, work, tmp, before, after, Kill(0, False, duration), out)
    found.processes = leftovers(child)
    assert not found.problems, f"{scenario.name}, uninterrupted: {found.line()}"
    return Reference(duration, window, commit, before, after)


def kill_once(scenario: Scenario, pristine: Path, folder: Path, ref: Reference, number: int,
              aim: str, seed: int) -> Kill:
    """Kill number ``number``: ``aim`` is "uniform" (over the whole run), "write" or
    "commit" (after the driver entered that phase). A job that ends before its kill is
    run again with a new delay, up to ``RETRIES`` times (a busy machine's reference run
    may have been slow)."""
    work, tmp, home, out = (folder / d for d in ("ws", "tmp", "home", "out"))
    fresh(home)
    rng = random.Random(f"{seed}-{scenario.name}-{number}")
    spans = {"write": ref.window, "commit": ref.commit or ref.window}
    for _ in range(RETRIES):
        if aim == "uniform":
            delay = rng.uniform(0, ref.duration)
        else:
            delay = rng.uniform(0, spans[aim][1] - spans[aim][0])
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(pristine, work)
        fresh(tmp), fresh(out)
        child = start(scenario, folder, work, tmp, home)
        if aim == "uniform":
            time.sleep(max(0.0, child.started + delay - time.monotonic()))
        else:
            phase = (f"{scenario.commit}-end",) if aim == "commit" and ref.commit \
                else scenario.phases
            wait_for_enter(child, phase, timeout=ref.duration * 5 + 10)
            time.sleep(delay)
        finished = child.process.poll() is not None
        if not finished:
            os.kill(child.process.pid, signal.SIGKILL)
        child.process.wait()
        kill = Kill(number, aim != "uniform", delay, finished_first=finished)
        kill.processes = leftovers(child)
        kill.phase = (aim + ": " if aim != "uniform" else "") + last_phase(
            phase_lines(child.phases))
        inspect(scenario, work, tmp, ref.before, ref.after, kill, out)
        if not finished or kill.problems:
            break
    return kill



def run_scenario(scenario: Scenario, pristine: Path, base: Path, jobs: int = 1,
                 log: Callable[[str], None] = print) -> Report:
    """Run ``scenario`` over copies of the ``pristine`` folder, in ``base``: one reference
    run, then its kills, ``jobs`` at a time (each in a folder of its own)."""
    seed = seed_for(scenario.name)
    folder = fresh(base / scenario.name)
    ref = reference_run(scenario, pristine, folder / "reference")
    aimed = ["write", "commit"] * scenario.aimed if scenario.commit else ["write"] * scenario.aimed
    plan = ["uniform"] * scenario.kills + aimed[:scenario.aimed]
    report = Report(scenario.name, seed, ref.duration, ref.window[1] - ref.window[0])
    slots: queue.Queue[Path] = queue.Queue()
    for slot in range(max(1, jobs)):
        slots.put(folder / f"slot{slot}")

    def one(number: int, aim: str) -> Kill:
        slot = slots.get()
        try:
            kill = kill_once(scenario, pristine, slot, ref, number, aim, seed)
        finally:
            slots.put(slot)
        if kill.problems:
            log(f"  {scenario.name} seed {seed} {kill.line()}")
        return kill

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        report.kills = list(pool.map(one, range(1, len(plan) + 1), plan))
    return report
