"""The process the crash harness kills (``tests/test_crash_harness.py``): one job, then exit.

    python tests/crash_driver.py cli ARGS...       the real ``qunzhu ARGS...``
    python tests/crash_driver.py bulk-edit FILE    tag every member, as the roster's bulk bar
    python tests/crash_driver.py open FILE         open for writing and close, as the window
                                                   does (an older file is upgraded)

With ``QUNZHU_CRASH_PHASES=PATH`` it appends ``NAME enter|exit SECONDS`` lines to PATH
around the writes that matter most (the bulk load with its rollback journal, each
transaction, each backup copy, each migration step), and ``NAME-end`` lines around the
exit of a ``with`` block (for a transaction: its COMMIT), so the harness can aim its kills
inside them. The hooks only wrap product functions; they change nothing they do.
Everything runs under the ``__main__`` guard: spawned helper processes import this file.
"""

from __future__ import annotations

import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path

#: (module, attribute, phase name, is a context manager).
HOOKS = (
    ("models.member_import", "rollback_journal", "bulk", True),
    ("models.member_import", "transaction", "transaction", True),
    ("models.demo", "rollback_journal", "bulk", True),
    ("models.members", "_transaction", "transaction", True),
    ("models.workspace", "transaction", "transaction", True),  # Workspace.transaction()
    ("models.backup", "backup_file", "copy", False),
    ("models.schema.migrations", "apply_step", "migrate", False),
)


def _mark(name: str, what: str) -> None:
    path = os.environ.get("QUNZHU_CRASH_PHASES")
    if not path:
        return
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:  # one write per line with O_APPEND: the harness never reads half a line
        os.write(fd, f"{name} {what} {time.monotonic():.6f}\n".encode())
    finally:
        os.close(fd)


def _traced_cm(function, name: str):
    @contextmanager
    def traced(*args, **kwargs):
        _mark(name, "enter")
        with function(*args, **kwargs) as value:
            yield value
            _mark(f"{name}-end", "enter")  # the body is done: what runs now is the commit
        _mark(f"{name}-end", "exit")
        _mark(name, "exit")
    return traced


def _traced(function, name: str):
    def traced(*args, **kwargs):
        _mark(name, "enter")
        result = function(*args, **kwargs)
        _mark(name, "exit")
        return result
    return traced


def install_hooks() -> None:
    import importlib

    for module_name, attribute, name, is_cm in HOOKS:
        module = importlib.import_module(module_name)
        original = getattr(module, attribute)
        setattr(module, attribute, (_traced_cm if is_cm else _traced)(original, name))


def bulk_edit(path: Path) -> int:
    from models import members
    from models.workspace import open_workspace

    with open_workspace(path) as ws:
        ids = [row[0] for row in ws.conn.execute("SELECT id FROM members ORDER BY id")]
        members.add_tags(ws.conn, ids, ["崩溃测试"])
    return 0


def open_and_close(path: Path) -> int:
    from models.workspace import open_workspace

    open_workspace(path).close()
    return 0


def main(argv: list[str]) -> int:
    _mark("driver", "start")
    import models

    if not Path(models.__file__).is_relative_to(ROOT):
        raise SystemExit(f"models imported from {models.__file__}, not from {ROOT}")
    install_hooks()
    job, rest = argv[0], argv[1:]
    if job == "cli":
        from desktop.cli import main as qunzhu

        status = qunzhu(rest)
    elif job == "bulk-edit":
        status = bulk_edit(Path(rest[0]))
    elif job == "open":
        status = open_and_close(Path(rest[0]))
    else:
        raise SystemExit(f"unknown job {job!r}")
    _mark("driver", "done")
    return status


if __name__ == "__main__":
    # This file's folder (tests/) is first on the path, where tests/models and
    # tests/desktop would stand in for the real packages: the project's root goes there
    # instead (spawned helper processes receive the same path).
    ROOT = Path(__file__).resolve().parents[1]
    sys.path[0] = str(ROOT)
    sys.exit(main(sys.argv[1:]))
