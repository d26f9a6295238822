"""The crash harness's machinery: run a job in a child process, SIGKILL it, judge what is left.

A ``Scenario`` is a job (``tests/crash_driver.py`` arguments) over a pristine folder holding
the workspace (and, for some jobs, its backups). ``run_scenario`` runs it once to the end on
a copy (its duration, the window of its writes, the counts "after"), then kills it again and
again on fresh copies: at uniform random points over the whole run, and at points aimed
inside its writes (after the driver says they began). After every kill, ``inspect``
(``tests/crash_judge.py``) asks
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

import contextlib
import json
import os
import queue
import random
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from tests.crash_judge import Kill, counts, inspect

ROOT = Path(__file__).resolve().parents[1]
DRIVER = Path(__file__).with_name("crash_driver.py")
#: Processes of a killed job still alive after this many seconds are leftovers.
GONE_WITHIN = 2.0
#: Tries per kill when the job keeps ending before it.
RETRIES = 3


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
    found = inspect(work / scenario.workspace, scenario.extra_counts, tmp, before, after,
                    Kill(0, False, duration), out)
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
        inspect(work / scenario.workspace, scenario.extra_counts, tmp, ref.before, ref.after,
                kill, out)
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
