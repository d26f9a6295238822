"""Upgrades from every past format: the committed fixtures (tests/fixtures/formats), each a
small workspace made at its format, are opened as the app opens them, upgraded to the
current format, and must then equal a fresh workspace given the same rows, schema and
contents, SQLite's checks passing.

The fresh workspace runs every step too, so a step edited in place would change both
sides alike: the committed files are what catch it (they were made by the steps as they
were). The tests at the end edit a step on purpose and check that the comparison fails.
"""

from __future__ import annotations

import ast
import dataclasses
import re
import sqlite3
from pathlib import Path

import pytest

from models.analytics import buyers_summary, funnel_summary, points_summary, summary
from models.core import zones
from models.members.summaries import REFRESH_MEMBER_SUMMARIES
from models.schema import migrations
from models.schema.sql import split_statements
from models.schema.steps import name_search, v05, v07
from models.search import text_index
from models.store.workspace import open_workspace
from tests.fixtures import make_upgrade_fixtures, sql_dump, upgrade_data
from tests.fixtures.workspace_compare import contents, differences, fts_problems, schema
from tests.models.test_pinyin_text import TRICKY, _names

ROOT = Path(__file__).resolve().parents[2]
PAST = list(make_upgrade_fixtures.past_formats())


def upgraded(version: int, folder: Path) -> tuple[sqlite3.Connection, dict[str, list[str]]]:
    """The fixture of format ``version`` opened (so upgraded) by ``open_workspace`` and
    closed again; a plain connection to it, and the columns it had before."""
    path = folder / f"format_{version:02d}.qunzhu"
    sql_dump.load(make_upgrade_fixtures.fixture_path(version).read_text(encoding="utf-8"), path)
    with sqlite3.connect(path) as before:
        assert before.execute("PRAGMA user_version").fetchone()[0] == version
        columns = upgrade_data.table_columns(before)
    before.close()
    open_workspace(path).close()
    return sqlite3.connect(path, isolation_level=None), columns


def fresh_with(version: int, columns: dict[str, list[str]], folder: Path) -> sqlite3.Connection:
    """A new workspace holding the fixture's rows in the fixture's columns, written the way
    the app writes them now (search columns from ``models.search.text_index``)."""
    path = folder / "fresh.qunzhu"
    with open_workspace(path) as ws:
        ws.conn.execute("PRAGMA foreign_keys = ON")
        # the fixtures' rows were written in China (+08:00): an upgraded fixture keeps that
        # zone (format 13 takes the zone the data was written in), a new workspace takes
        # the computer's, which may be another
        with ws.transaction() as c:
            zones.set_default_tzid(c, "Asia/Shanghai")
        upgrade_data.insert(ws.conn, version, text_index.search_columns, columns)
    return sqlite3.connect(path, isolation_level=None)


def compare(version: int, folder: Path) -> list[str]:
    """What differs between the upgraded fixture and the fresh workspace, and what
    SQLite's checks find in the upgraded file."""
    old, columns = upgraded(version, folder)
    new = fresh_with(version, columns, folder)
    try:
        found = [f"integrity: {r[0]}" for r in old.execute("PRAGMA integrity_check")
                 if r[0] != "ok"]
        found += [f"foreign key: {r}" for r in old.execute("PRAGMA foreign_key_check")]
        found += fts_problems(old)
        found += differences(schema(old), schema(new))
        found += differences(contents(old), contents(new))
        return found
    finally:
        old.close()
        new.close()


def test_there_is_a_fixture_for_every_past_format():
    missing = [v for v in PAST if not make_upgrade_fixtures.fixture_path(v).exists()]
    assert not missing, (f"no fixture for formats {missing}: run"
                         " python tests/fixtures/make_upgrade_fixtures.py")


@pytest.mark.parametrize("version", PAST)
def test_upgrade_equals_a_fresh_workspace(version, tmp_path):
    problems = compare(version, tmp_path)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("version", PAST)
def test_the_frozen_steps_still_make_each_fixture(version):
    """A committed fixture is what steps 1..N made; making it again must give the same
    text, or one of those steps was edited (put it back, and add a new step)."""
    committed = make_upgrade_fixtures.fixture_path(version).read_text(encoding="utf-8")
    again = make_upgrade_fixtures.make(version)
    if again != committed:
        old, new = set(committed.splitlines()), set(again.splitlines())
        gone = [line[:200] for line in committed.splitlines() if line not in new]
        came = [line[:200] for line in again.splitlines() if line not in old]
        pytest.fail(f"format {version}: lines gone {gone[:5]}, lines new {came[:5]}")


def test_the_summaries_refresh_agrees_with_the_triggers(tmp_path):
    """The member import's REFRESH_MEMBER_SUMMARIES computes what format 3's triggers keep."""
    conn, _ = upgraded(PAST[-1], tmp_path)
    query = "SELECT * FROM members ORDER BY id"
    kept = conn.execute(query).fetchall()
    conn.execute("BEGIN")
    for statement in REFRESH_MEMBER_SUMMARIES:
        conn.execute(statement)
    assert conn.execute(query).fetchall() == kept
    conn.execute("ROLLBACK")
    conn.close()


def test_the_frozen_name_search_is_the_apps_rule():
    """Steps 3 and 11 compute the search columns the app writes for a new member now, or
    upgraded members would be found and sorted apart from new ones. When the app's rule
    changes, a new step computes every member's columns again (with its own copy)."""
    names = _names(1_000, seed=3)
    nicknames = [None, *TRICKY, "小雨", "Lucky"]
    pairs = [(n, nicknames[i % len(nicknames)]) for i, n in enumerate(names)]
    pairs += [(a, b) for a in TRICKY for b in [None, *TRICKY]]
    for name, nick in pairs:
        assert name_search.search_columns(name, nick) == text_index.search_columns(
            name, nick), (name, nick)


@pytest.mark.parametrize("module", [summary, funnel_summary, points_summary, buyers_summary],
                         ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_the_analytics_summaries_match_the_current_format(module, tmp_path):
    """Bulk loads drop and re-create the summaries' triggers from the analytics modules:
    those must be the triggers and tables the current format has (a change to them is a
    new format step, with its own copy)."""
    with open_workspace(tmp_path / "fresh.qunzhu") as ws:
        stored = {name: " ".join(sql.split()) for name, sql in ws.conn.execute(
            "SELECT name, sql FROM sqlite_schema WHERE sql IS NOT NULL")}
    triggers = {**module.TRIGGERS, **getattr(module, "DAILY_TRIGGERS", {})}
    for name, sql in triggers.items():
        assert stored.get(name) == " ".join(sql.strip().rstrip(";").split()), name
    for statement in split_statements(module.TABLES):
        lines = statement.strip().rstrip(";").splitlines()
        while lines and lines[0].lstrip().startswith("--"):
            lines.pop(0)
        text = " ".join(" ".join(lines).split())
        if text.startswith("CREATE"):
            assert stored.get(text.split()[2]) == text


# -- the tests above catch a step changed in place -------------------------------------


def test_a_step_that_loses_an_index_is_caught(monkeypatch, tmp_path):
    monkeypatch.setattr(v05, "SQL", v05.SQL.replace(
        "CREATE INDEX registrations_event ON registrations(event_id, status);", ""))
    assert "index registrations_event: not in the fresh workspace" in compare(5, tmp_path)
    assert make_upgrade_fixtures.make(5) != make_upgrade_fixtures.fixture_path(5).read_text(
        encoding="utf-8")


def test_a_step_that_changes_its_data_is_caught(monkeypatch, tmp_path):
    salon = v07.BUILTIN[0]
    monkeypatch.setattr(v07, "BUILTIN", [(salon[0], "改过的说明", salon[2]), *v07.BUILTIN[1:]])
    assert [line for line in compare(7, tmp_path) if "checklist_templates" in line]


def test_a_step_that_no_longer_computes_the_name_keys_is_caught(monkeypatch, tmp_path):
    skipped = tuple(dataclasses.replace(m, apply=lambda conn: None) if m.version == 11 else m
                    for m in migrations.MIGRATIONS)
    monkeypatch.setattr(migrations, "MIGRATIONS", skipped)
    assert [line for line in compare(10, tmp_path) if line.startswith("rows members:")]


# -- the old path is gone ---------------------------------------------------------------

#: What a frozen step may import of ours besides ``models.schema``: the lowest helpers.
ALLOWED = {"models.core.errors", "models.core.clock"}


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_the_schema_package_imports_no_domain_code():
    """Imports inside functions count too: steps 4, 7, 9 and 11 used to call the domain."""
    for path in sorted((ROOT / "models" / "schema").rglob("*.py")):
        ours = {m for m in _imports(path) if m == "models" or m.startswith("models.")}
        bad = {m for m in ours if not m.startswith("models.schema") and m not in ALLOWED
               and not any(m.startswith(f"{a}.") for a in ALLOWED)}
        assert not bad, f"{path.relative_to(ROOT)} imports {sorted(bad)}"


def test_the_flat_migration_modules_are_gone():
    for name in ("migrations.py", "schema_v1.py", "schema_v3.py", "builtin_templates.py"):
        assert not (ROOT / "models" / name).exists(), name
    old = re.compile(r"models\.(migrations|schema_v[13])\b|from models import [^\n]*\bmigrations\b")
    users = [str(p.relative_to(ROOT)) for folder in ("models", "desktop", "views", "exports",
                                                     "tests", "benchmarks", "tools")
             for p in (ROOT / folder).rglob("*.py")
             if p != Path(__file__).resolve() and old.search(p.read_text(encoding="utf-8"))]
    assert users == []
