""""Today" is the workspace's day (its time zone, ``models.core.clock``), never the
machine's: at 01:00 in Shanghai a laptop still on UTC is on yesterday, and the calendar's
today, the checklists' overdue marks, the "silent N days" filter and the violation
suggestions moved a day. A call to ``date.today()`` or ``datetime.now()`` slipped in is
found here (the schema steps are frozen as they shipped; ``zones`` reads the machine's own
offset on purpose, to choose a default zone)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ALLOWED = {"models/core/zones.py", "models/core/clock.py"}


def test_nothing_asks_the_machine_for_today():
    found = []
    for folder in ("models", "exports", "views", "desktop"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            name = path.relative_to(ROOT).as_posix()
            if name in ALLOWED or name.startswith("models/schema/steps/"):
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and isinstance(node.func.value, ast.Name)
                        and (node.func.value.id, node.func.attr) in {
                            ("date", "today"), ("datetime", "now"), ("datetime", "today")}):
                    found.append(f"{name}:{node.lineno}")
    assert found == [], "use models.core.clock (today(), utc_now()) instead"
