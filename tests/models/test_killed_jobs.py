"""A big import or demo killed halfway (task manager, ``kill -9``, out of memory) leaves no
helper process running and no copy of members' data outside the workspace's folder; the
next open of the workspace removes its staging folder.

Each job runs in a child process with a temp folder of its own (``TMPDIR``), so "nothing
left in the temp folder" is exact. The processes are found in ``/proc`` (Linux).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from models.store import staging
from models.store.workspace import open_workspace

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds processes in /proc"),
]

IMPORT_JOB = textwrap.dedent('''
    """A big import, with its search helper, that stops once the helper is busy."""
    import sqlite3
    import sys
    import time
    from pathlib import Path

    from models.imports.report import DuplicatePolicy, ImportOptions
    from models.imports.member_import import MemberImport
    from models.store.workspace import open_workspace


    def busy(marker):
        """In the helper: one long SQLite call, as the index build over a million members
        is (here endless), announced first."""
        Path(marker).write_text("busy")
        sqlite3.connect(":memory:").execute(
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c)"
            " SELECT count(*) FROM c").fetchone()


    if __name__ == "__main__":
        workspace, marker = sys.argv[1:]
        ws = open_workspace(workspace)
        headers = ["姓名", "手机"]
        options = ImportOptions({0: "display_name", 1: "phone"}, headers,
                                policy=DuplicatePolicy.FILL_EMPTY, bulk=True, parallel=True)
        job = MemberImport(ws.conn, options)

        def rows():
            for number in range(2, 12_002):
                yield number, [f"成员{number}", f"139{number:08d}"]
            job.helper.pool.submit(busy, marker)
            time.sleep(3600)  # the test kills this process here

        job.run(rows(), dry_run=False, total=60_000)
''')

DEMO_JOB = textwrap.dedent('''
    """A big demo that stops while its processes draw the members."""
    import sys
    import time
    from pathlib import Path

    from models.demo.builder import build_demo
    from models.store.workspace import open_workspace

    if __name__ == "__main__":
        workspace, marker = sys.argv[1:]
        ws = open_workspace(workspace)

        def progress(stage, done, total):
            if stage == "members" and done:
                Path(marker).write_text("drawing")
                time.sleep(3600)  # the test kills this process here
            return True

        build_demo(ws, 300_000, progress=progress)
''')


def _stat(pid: int) -> tuple[int, str, str] | None:
    """(parent pid, state, start time) of a process, or None when it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2:].split()
    return int(fields[1]), fields[0], fields[19]


def _descendants(pid: int) -> dict[int, str]:
    """Every process below ``pid``, with its start time (to tell a reused pid)."""
    table = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (found := _stat(int(entry.name))) is not None:
            table[int(entry.name)] = found
    below, todo = {}, [pid]
    while todo:
        parent = todo.pop()
        for child, (ppid, _, started) in table.items():
            if ppid == parent and child not in below:
                below[child] = started
                todo.append(child)
    return below


def _alive(processes: dict[int, str]) -> list[str]:
    """The command lines of those still running (a zombie waiting for its reaper is not)."""
    alive = []
    for pid, started in processes.items():
        found = _stat(pid)
        if found is not None and found[2] == started and found[1] not in ("Z", "X"):
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
            alive.append(f"{pid}: {cmdline.decode(errors='replace')}")
    return alive


def _kill_halfway(tmp_path: Path, script: str) -> tuple[Path, Path, list[str]]:
    """Run ``script`` on a new workspace until it writes its marker, SIGKILL it, and give
    what it started a couple of seconds to end. Returns the workspace, the job's temp
    folder and the processes still running."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    workspace = tmp_path / "data" / "社群.qunzhu"
    job = tmp_path / "job.py"
    job.write_text(script, encoding="utf-8")
    marker = tmp_path / "marker"
    env = {**os.environ, "TMPDIR": str(temp), "TEMP": str(temp), "TMP": str(temp),
           "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, str(job), str(workspace), str(marker)], env=env,
                             start_new_session=True, stderr=subprocess.DEVNULL)
    try:
        for _ in range(1200):  # the helpers take a second or two to start
            if marker.exists() or child.poll() is not None:
                break
            time.sleep(0.1)
        assert marker.exists(), f"the job ended ({child.returncode}) before its helpers ran"
        started = _descendants(child.pid)
        assert started, "the job started no helper process"
        child.kill()
        child.wait()
        for _ in range(40):  # a helper notices within a fraction of a second
            if not (alive := _alive(started)):
                break
            time.sleep(0.1)
        return workspace, temp, alive
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        try:  # what survived on the code before the fix (same process group)
            os.killpg(child.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def _check_staging_removed_on_open(workspace: Path) -> None:
    root = staging.root_for(workspace)
    assert root.parent == workspace.parent
    assert any(p.suffix == ".sqlite" for p in root.rglob("*")), "staged beside the workspace"
    with open_workspace(workspace) as ws:
        assert not root.exists()
        assert ws.conn.execute("SELECT count(*) FROM members").fetchone()[0] == 0
    assert sorted(p.name for p in workspace.parent.iterdir()) == [workspace.name]


def test_a_killed_big_import_leaves_no_helper_and_no_staging_copy_behind(tmp_path):
    workspace, temp, alive = _kill_halfway(tmp_path, IMPORT_JOB)
    assert alive == []
    assert _files(temp) == []
    _check_staging_removed_on_open(workspace)


def test_a_killed_demo_leaves_no_helper_and_no_staging_copy_behind(tmp_path):
    workspace, temp, alive = _kill_halfway(tmp_path, DEMO_JOB)
    assert alive == []
    assert _files(temp) == []
    _check_staging_removed_on_open(workspace)
