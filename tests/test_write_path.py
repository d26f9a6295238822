"""One write path: views and the shell run no SQL, exports write nothing to the workspace,
and no module grows past 500 lines.

Read by scanning the source (``ast``), so a query typed into a view fails here before
review: SQL belongs in a named function in ``models``, which returns plain data or, for a
write, a ``Change``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Statements SQLite runs; written in capitals, as the project writes SQL ("Delete" is a word
#: on a button, "DELETE FROM" is a query).
SQL_START = re.compile(r"\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|WITH|PRAGMA|CREATE|DROP|ALTER"
                       r"|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|ATTACH|DETACH|VACUUM)\s")
#: Statements that change a database.
SQL_WRITE = re.compile(r"\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|BEGIN|COMMIT"
                       r"|ROLLBACK|SAVEPOINT|RELEASE|ATTACH|DETACH|VACUUM)\s"
                       r"|\s*PRAGMA\s+\w+\s*=")
#: Methods of a connection or cursor that run SQL, or end a transaction.
RUNS_SQL = {"execute", "executemany", "executescript", "cursor"}
ENDS_TRANSACTION = {"commit", "rollback"}

#: Allowed to run SQL (none: every query lives in models).
SQL_ALLOWED: set[str] = set()
#: Allowed past 500 lines (none).
LONG_ALLOWED: set[str] = set()
MAX_LINES = 500


def _modules(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (ROOT / folder).rglob("*.py"))


def _name(path: Path) -> str:
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name


def _sql_uses(path: Path, pattern: re.Pattern[str], methods: set[str]) -> list[str]:
    """``file:line what`` for each call of ``methods`` and each string that ``pattern``
    matches (f-strings included: their text parts are string constants too)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), _name(path))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in methods):
            found.append(f"{_name(path)}:{node.lineno} .{node.func.attr}()")
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and pattern.match(node.value)):
            found.append(f"{_name(path)}:{node.lineno} {node.value.strip()[:40]!r}")
    return found


def test_views_and_the_shell_run_no_sql():
    offenders = []
    for path in _modules("views", "desktop"):
        if any(_name(path).startswith(allowed + "/") for allowed in SQL_ALLOWED):
            continue
        offenders += _sql_uses(path, SQL_START, RUNS_SQL)
    assert offenders == [], "move these queries into a named function in models/"


def _imported_names(path: Path) -> list[tuple[int, str, str]]:
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            out += [(node.lineno, node.module, a.name) for a in node.names]
    return out


def test_exports_write_nothing_to_the_workspace():
    """exports read and check files, and hand parsed rows to models, which write them: no
    SQL write, no transaction of their own (which would only be needed to write)."""
    offenders = []
    for path in _modules("exports"):
        offenders += _sql_uses(path, SQL_WRITE, {"executemany", "executescript"}
                               | ENDS_TRANSACTION)
        offenders += [f"{_name(path)}:{line} imports {module}.{name}"
                      for line, module, name in _imported_names(path)
                      if (module, name) == ("models.store.workspace", "transaction")]
    assert offenders == [], "move these writes into an operation in models/"


def test_no_module_is_over_500_lines():
    long = {}
    for path in _modules("desktop", "views", "exports", "models"):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES and _name(path) not in LONG_ALLOWED:
            long[_name(path)] = lines
    assert long == {}, "split these by job into modules of one job each"


def test_the_scans_see_what_they_look_for(tmp_path):
    """The patterns catch queries however they are written, and not the words of the UI."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        'conn.execute("SELECT 1")\n'
        'q = f"UPDATE t SET a = {x}"\n'
        'c = """\n  WITH x AS (SELECT 1) SELECT * FROM x"""\n'
        'label = tr("Delete items")\n'
        'other = "Select a member"\n', encoding="utf-8")
    found = sorted(line.split(" ", 1)[0] for line in _sql_uses(sample, SQL_START, RUNS_SQL))
    assert found == ["sample.py:1", "sample.py:1", "sample.py:2", "sample.py:3"]
    assert SQL_WRITE.match("PRAGMA user_version = 3") and not SQL_WRITE.match("PRAGMA foo")
